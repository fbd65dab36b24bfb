/**
 * What changed since this user last looked, shared by the tree (the "What changed" row), the team
 * pages (the marked sections) and the "What changed" page. Set only by the whatChanged feature.
 */
import vscode = require('vscode');
import type { DataDiff } from './model/dataDiff';
import type { HandbookIndex } from '../../core/handbook/handbookIndex';

/** Which sections of a team's page show a change (features/whatChanged/model/seenData.ts changedSections, loaded lazily). */
export type ChangedSections = (diff: DataDiff, index: HandbookIndex, teamId: string) => ReadonlySet<string>;

export class SeenChanges implements vscode.Disposable {
  private current: DataDiff | undefined;
  /** The current diff as text: a reload that finds the same changes does not refresh the views. */
  private currentText = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly sections: ChangedSections) {}

  get diff(): DataDiff | undefined {
    return this.current;
  }

  /** How many entries were added, removed or changed. */
  get entryCount(): number {
    const d = this.current;
    return d ? d.added.length + d.removed.length + new Set(d.changed.map((c) => `${c.collection}/${c.id}`)).size : 0;
  }

  set(diff: DataDiff | undefined): void {
    const text = diff ? JSON.stringify(diff) : '';
    if (text === this.currentText) return;
    this.current = diff;
    this.currentText = text;
    this.changed.fire();
  }

  /** The sections of a team's page to mark as changed. */
  sectionsOf(index: HandbookIndex, teamId: string): ReadonlySet<string> {
    return this.current ? this.sections(this.current, index, teamId) : new Set();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
