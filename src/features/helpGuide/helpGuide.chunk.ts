// Entry of dist/helpGuide.js: the help guide's questions and outcomes, loaded when it is first run.
export { runHelpGuide, quickInputHelpGuideDeps } from './helpGuideFlow';
