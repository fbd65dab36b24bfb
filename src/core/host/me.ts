/** The CE's own name or Slack user id (user setting `cePlaybook.me`), which marks "my accounts". */
import vscode = require('vscode');

export const myName = (): string | undefined => vscode.workspace.getConfiguration('cePlaybook').get<string>('me')?.trim() || undefined;
