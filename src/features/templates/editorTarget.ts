import vscode = require('vscode');

/**
 * The editor to insert into. A webview or quick pick takes focus away from the editor, so the
 * last text editor the user was in counts too; with none, a new untitled Markdown document.
 */
export class EditorTarget implements vscode.Disposable {
  private last: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor((e) => { if (e) this.last = e; });

  async editor(): Promise<vscode.TextEditor> {
    const active = vscode.window.activeTextEditor;
    if (active) return active;
    const last = this.last;
    if (last && !last.document.isClosed) return vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn, selection: last.selection });
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    return vscode.window.showTextDocument(document);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
