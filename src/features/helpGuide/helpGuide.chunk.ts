// Entry of dist/helpGuide.js: the help guide's questions and outcomes, loaded when it is first run.
export { runHelp, quickInputHelpDeps } from './helpGuideFlow';
