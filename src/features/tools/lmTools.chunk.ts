// Entry of dist/lmTools.js: the language model tools' implementations (the tool core and its input
// schemas), loaded the first time a model calls a playbook tool.
export { invoke, prepareInvocation, toolContext } from './toolInvocation';
