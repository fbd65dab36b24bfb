/**
 * The kinds of rows of the sidebar tree, as far as commands see them. VS Code passes the tree's
 * focused row, of whatever kind, to the buttons of the view's title bar; the command arguments
 * (commandArguments.ts) tell such a row from an argument by its kind. The tree's rows
 * (features/tree/model/treeModel.ts) are typed against this list, so a new kind of row does not
 * compile until it is listed here.
 */
export type TreeRowKind =
  | 'team' | 'procedure' | 'step' | 'template' | 'meeting' | 'channel' | 'userGroup'
  | 'root' | 'group' | 'sentTicket' | 'whatChanged' | 'customer';
