/**
 * Where the data this user last saw is kept: the text in `seen-data.json` in the extension's global
 * storage, its digest in global state (see features/whatChanged/model/seenText.ts). The file is written before the
 * digest, so a digest never points at a file that is not there; a file that is missing or does not
 * match its digest counts as never seen (recorded again, silently), never as trusted data. When the
 * data shown is what was seen, that object is remembered with the digest, so the checks after later
 * reloads read no file; a copy read from the file is not kept (at 10,000 teams it is tens of MB).
 */
import vscode = require('vscode');
import { SEEN_DATA_FILE, SEEN_DIGEST_KEY, seenDataText, seenDigest } from './model/seenText';
import type { Handbook } from '../../core/schema/schema';

export class SeenDataStore {
  private memory: { digest: string; handbook: Handbook } | undefined;

  constructor(readonly state: vscode.Memento, readonly folder: vscode.Uri) {}

  private get file(): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, SEEN_DATA_FILE);
  }

  /** The data last seen; undefined if nothing was recorded yet, or the record cannot be trusted. */
  async seen(): Promise<Handbook | undefined> {
    const digest = this.state.get<string>(SEEN_DIGEST_KEY);
    if (digest === undefined) return undefined;
    if (this.memory?.digest === digest) return this.memory.handbook;
    const text = await this.read();
    if (text === undefined || seenDigest(text) !== digest) return undefined;
    try {
      return JSON.parse(text) as Handbook;
    } catch {
      return undefined;
    }
  }

  /** The data shown (`handbook`) is the same as the data last seen: remember that object instead. */
  remember(handbook: Handbook): void {
    const digest = this.state.get<string>(SEEN_DIGEST_KEY);
    if (digest !== undefined) this.memory = { digest, handbook };
  }

  /** The text of the record, as it is on disk (undefined: no file). */
  async read(): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file));
    } catch {
      return undefined;
    }
  }

  /** Records `handbook` as seen (undefined: nothing seen, as before a first run). */
  async write(handbook: Handbook | undefined): Promise<void> {
    if (handbook === undefined) {
      this.memory = undefined;
      await this.state.update(SEEN_DIGEST_KEY, undefined);
      await vscode.workspace.fs.delete(this.file).then(undefined, () => undefined);
      return;
    }
    const text = seenDataText(handbook);
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(text));
    const digest = seenDigest(text);
    await this.state.update(SEEN_DIGEST_KEY, digest);
    this.memory = { digest, handbook };
  }
}
