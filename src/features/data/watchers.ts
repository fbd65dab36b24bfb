/**
 * Watches everything that can change which data files there are or what they hold: the
 * `.ce-playbook/` folders, the `cePlaybook.dataFiles` entries (re-watched when the setting changes)
 * and the workspace folders. Saving fires several file events in a row; `onChange` runs once they
 * settle.
 */
import vscode = require('vscode');
import { CONVENTION_DIR, settingPatterns } from './discover';

const CONVENTION_GLOB = `**/${CONVENTION_DIR}/*.{yaml,yml,json}`;
/** The folder itself: see the constructor. */
const CONVENTION_FOLDER_GLOB = `**/${CONVENTION_DIR}`;
const SETTLE_MS = 300;

export class DataWatchers implements vscode.Disposable {
  private readonly fixed: vscode.Disposable[] = [];
  private fromSetting: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: () => void) {
    const convention = vscode.workspace.createFileSystemWatcher(CONVENTION_GLOB);
    // A file written right after its new folder (a pull, a script) can be missed by the file
    // watcher, which starts watching a new folder only once it has seen it: the folder's creation
    // reloads too, and the reload finds whatever the folder holds by then.
    const folder = vscode.workspace.createFileSystemWatcher(CONVENTION_FOLDER_GLOB, false, true, false);
    this.fixed.push(
      convention,
      ...this.listen(convention),
      folder,
      folder.onDidCreate(() => this.schedule()),
      folder.onDidDelete(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('cePlaybook.dataFiles')) return;
        this.watchSetting();
        this.schedule();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()),
    );
    this.watchSetting();
  }

  /** Runs `onChange` once the events of the last few hundred milliseconds have settled. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onChange, SETTLE_MS);
  }

  private listen(watcher: vscode.FileSystemWatcher): vscode.Disposable[] {
    const changed = () => this.schedule();
    return [watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)];
  }

  private watchSetting(): void {
    vscode.Disposable.from(...this.fromSetting).dispose();
    this.fromSetting = [];
    for (const pattern of settingPatterns()) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      this.fromSetting.push(watcher, ...this.listen(watcher));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.fixed, ...this.fromSetting).dispose();
    this.fromSetting = [];
  }
}
