/**
 * "What changed": after activation (once the team's data files have loaded), the data shown is
 * compared with what this user last saw (kept in globalState). When they differ the tree shows a
 * "What changed" row, team pages mark the sections that changed, and the page lists the changes
 * with Mark as Seen. The first run ever records silently. `CE Playbook: Compare Handbook Revisions`
 * imports the two bundled handbook pages and shows what changed between them. Only the check lives
 * in the activation bundle; the diff and the pages are in the whatChanged chunk.
 */
import vscode = require('vscode');
import { SEEN_DATA_KEY, seenDataText } from '../../model/diff/seenText';
import { registerCommand } from '../commands';
import type { HandbookStore } from '../data/handbookStore';
import type { DataFeature } from '../data/register';
import type { Handbook } from '../../model/schema';
import type { ChangesPages, PageKind } from './changesPages';
import { whatChangedChunk } from './chunk';
import type { ChangedSections, SeenChanges } from './seenChanges';

/** The sections of a team page to mark, computed by the chunk (loaded only when something changed). */
export const changedSectionsLazily: ChangedSections = (diff, index, teamId) => whatChangedChunk().changedSections(diff, index, teamId);

export interface WhatChangedFeature {
  seen: SeenChanges;
  /** Compares the data now with what was last seen (after the first check; for tests). */
  check(): Promise<void>;
  page(kind: PageKind): ReturnType<ChangesPages['page']>;
  /** Records data as the data this user last saw (undefined: never saw any); for tests. */
  recordSeen(handbook: Handbook | undefined): Thenable<void>;
}

export function registerWhatChanged(context: vscode.ExtensionContext, deps: { store: HandbookStore; data: DataFeature; seen: SeenChanges }): WhatChangedFeature {
  const { store, seen } = deps;
  let pages: ChangesPages | undefined;

  const check = async (): Promise<void> => {
    // In an untrusted workspace the team's files are not loaded: that is no change to report.
    if (store.status.untrusted) return;
    const now = seenDataText(store.current.handbook);
    const last = context.globalState.get<string>(SEEN_DATA_KEY);
    if (last === undefined) {
      seen.set(undefined);
      return void (await context.globalState.update(SEEN_DATA_KEY, now)); // first run ever: nothing to compare
    }
    seen.set(last === now ? undefined : whatChangedChunk().changesSince(last, store.current.handbook));
  };

  const markSeen = async () => {
    await context.globalState.update(SEEN_DATA_KEY, seenDataText(store.current.handbook));
    seen.set(undefined);
  };

  const changesPages = (): ChangesPages => {
    if (!pages) {
      pages = new (whatChangedChunk().ChangesPages)(context.extensionUri, store, seen, () => void markSeen());
      context.subscriptions.push(pages);
    }
    return pages;
  };

  // After activation: wait for the first load of the team's files, then compare; again after
  // every reload (a pull, a save), which also covers bundled data changed by an update.
  // The data feature starts its first load once activation has returned (a timer set before this
  // one); waiting here starts nothing of its own, so activation loads no data chunk for this.
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const firstLoad = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0) void deps.data.nextReload().then(resolve);
      else resolve();
    }, 0);
  });
  const started = firstLoad.then(() => { ready = true; return check(); });

  context.subscriptions.push(
    // In step with the reload that changed the data, so the views refresh once, together.
    store.onDidChange(() => { if (ready) void check(); }),
    { dispose: () => clearTimeout(timer) },
    seen.onDidChange(() => void vscode.commands.executeCommand('setContext', 'cePlaybook.hasChanges', seen.diff !== undefined)),
    registerCommand('cePlaybook.showChanges', () => changesPages().showSeen()),
    registerCommand('cePlaybook.markChangesSeen', markSeen),
    registerCommand('cePlaybook.compareRevisions', () => changesPages().compareRevisions()),
  );
  return {
    seen,
    check: async () => { await started; await check(); },
    page: (kind) => pages?.page(kind),
    recordSeen: (handbook) => context.globalState.update(SEEN_DATA_KEY, handbook && seenDataText(handbook)),
  };
}
