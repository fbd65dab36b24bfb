/**
 * Where the data this user last saw is kept: the text in `seen-data.json` in the extension's global
 * storage, its digest in global state (see model/diff/seenText.ts). The file is written before the
 * digest, so a digest never points at a file that is not there; a file that is missing or does not
 * match its digest counts as never seen (recorded again, silently), never as trusted data.
 */
import vscode = require('vscode');
import { LEGACY_SEEN_DATA_KEY, SEEN_DATA_FILE, SEEN_DIGEST_KEY, seenDigest } from '../../model/diff/seenText';

export class SeenDataStore {
  constructor(readonly state: vscode.Memento, readonly folder: vscode.Uri) {}

  private get file(): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, SEEN_DATA_FILE);
  }

  /** The digest of what was last seen; undefined if nothing was recorded yet. Moves an old record first. */
  async digest(): Promise<string | undefined> {
    const legacy = this.state.get<string>(LEGACY_SEEN_DATA_KEY);
    if (typeof legacy === 'string') {
      await this.write(legacy);
      await this.state.update(LEGACY_SEEN_DATA_KEY, undefined);
    }
    return this.state.get<string>(SEEN_DIGEST_KEY);
  }

  /** The text last seen, if the file is there and is what the digest says. */
  async read(): Promise<string | undefined> {
    const digest = this.state.get<string>(SEEN_DIGEST_KEY);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file));
      return digest !== undefined && seenDigest(text) === digest ? text : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records `text` (undefined: nothing seen, as on a first run). */
  async write(text: string | undefined): Promise<void> {
    if (text === undefined) {
      await this.state.update(SEEN_DIGEST_KEY, undefined);
      await vscode.workspace.fs.delete(this.file).then(undefined, () => undefined);
      return;
    }
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(text));
    await this.state.update(SEEN_DIGEST_KEY, seenDigest(text));
  }
}
