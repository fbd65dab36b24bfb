/**
 * Holds the handbook the extension shows. Features read `current` and listen to `onDidChange`;
 * only the data feature replaces it, and only with data that passed validation.
 */
import vscode = require('vscode');
import type * as BundledHandbook from './bundledHandbook.chunk';
import { HandbookIndex } from '../../core/handbook/handbookIndex';
import type { Handbook } from '../../core/schema/schema';
import type { LabelledProblem } from '../../core/load/problem';
import { lazyChunk } from '../../core/host/lazyChunk';

const bundledChunk = lazyChunk<typeof BundledHandbook>('bundledHandbook');

/** What the shown data is made of, beyond the entries themselves. */
export interface DataStatus {
  /** Key `${collection}/${id}` → the files (workspace-relative labels) that changed or added it, in order. */
  origins: ReadonlyMap<string, readonly string[]>;
  /** The workspace's data files are not loaded because the workspace is not trusted. */
  untrusted: boolean;
  /** Files with problems whose last good version is still shown. */
  stale: readonly string[];
  /** Files with problems, in total. */
  failed: readonly string[];
  /** Every problem of the team's files: the Problems panel and the assistants' tools are made from these. */
  problems: readonly LabelledProblem[];
}

const BUNDLED_STATUS: DataStatus = { origins: new Map(), untrusted: false, stale: [], failed: [], problems: [] };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function sameStatus(a: DataStatus, b: DataStatus): boolean {
  return a.untrusted === b.untrusted && (a.origins === b.origins || (a.origins.size === 0 && b.origins.size === 0)) && sameList(a.stale, b.stale) && sameList(a.failed, b.failed);
}

export class HandbookStore implements vscode.Disposable {
  /** Indexed on first use, not at activation. */
  private index: HandbookIndex | undefined;
  private dataStatus: DataStatus = BUNDLED_STATUS;
  /** The data replace() last showed; undefined before its first call: the bundled handbook. */
  private shown: Handbook | undefined;
  private readonly changed = new vscode.EventEmitter<HandbookIndex>();
  readonly onDidChange = this.changed.event;

  get current(): HandbookIndex {
    return (this.index ??= new HandbookIndex(this.bundled));
  }

  get bundled(): Handbook {
    return bundledChunk().bundledHandbook;
  }

  get status(): DataStatus {
    return this.dataStatus;
  }

  /** The workspace file that last changed or added the entry; undefined for bundled entries. */
  readonly originOf = (collection: string, id: string): string | undefined => {
    const files = this.dataStatus.origins.get(`${collection}/${id}`);
    return files && files.length ? files[files.length - 1] : undefined;
  };

  /**
   * Shows `handbook`. The same handbook with the same status tells nobody (a workspace without data
   * files reloads to the bundled data): every listener redraws on a change. The problems are kept
   * whatever they are; nobody redraws for them (their readers read them when they need them).
   */
  replace(handbook: Handbook, status: DataStatus = BUNDLED_STATUS): void {
    if (handbook === (this.shown ?? this.bundled) && sameStatus(status, this.dataStatus)) {
      this.dataStatus = { ...this.dataStatus, problems: status.problems };
      return;
    }
    this.shown = handbook;
    this.index = new HandbookIndex(handbook);
    this.dataStatus = status;
    this.changed.fire(this.index!);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
