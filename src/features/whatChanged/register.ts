/**
 * "What changed": after activation (once the team's data files have loaded), the data shown is
 * compared with what this user last saw (kept in global storage, see seenDataStore.ts). When they differ the tree shows a
 * "What changed" row, team pages mark the sections that changed, and the page lists the changes
 * with Mark as Seen. The first run ever records silently. `CE Playbook: Compare Handbook Revisions`
 * imports the two bundled handbook pages and shows what changed between them. Only the
 * registrations are in the activation bundle: the record and the check are in the seenData chunk,
 * the diff and the pages in the whatChanged chunk.
 */
import vscode = require('vscode');
import type * as SeenData from './seenData.chunk';
import { registerCommand } from '../../core/host/commands';
import type { HandbookStore } from '../data/handbookStore';
import type { DataFeature } from '../data/register';
import type { ChangesPages, PageKind } from './changesPages';
import { whatChangedChunk } from './whatChangedChunk';
import type { ChangedSections, SeenChanges } from './seenChanges';
import type { SeenDataStore } from './seenDataStore';
import { lazyChunk } from '../../core/host/lazyChunk';
import { onFirstUse } from '../../core/host/deferred';
import { userState } from '../../core/host/userState';

const seenDataChunk = lazyChunk<typeof SeenData>('seenData');

/** The sections of a team page to mark, computed by the chunk (loaded only when something changed). */
export const changedSectionsLazily: ChangedSections = (diff, index, teamId) => whatChangedChunk().changedSections(diff, index, teamId);

export interface WhatChangedFeature {
  seen: SeenChanges;
  /** Compares the data now with what was last seen (after the first check). */
  check(): Promise<void>;
  page(kind: PageKind): ReturnType<ChangesPages['page']>;
}

export function registerWhatChanged(context: vscode.ExtensionContext, deps: { store: HandbookStore; data: DataFeature; seen: SeenChanges }): WhatChangedFeature {
  const { store, seen } = deps;
  let record: SeenDataStore | undefined;
  const seenData = (): SeenDataStore => (record ??= new (seenDataChunk().SeenDataStore)(userState(context), context.globalStorageUri));

  const checkNow = async (): Promise<void> => {
    // In an untrusted workspace the team's files are not loaded: that is no change to report.
    if (store.status.untrusted) return;
    const handbook = store.current.handbook;
    const last = await seenData().seen();
    if (last === undefined) {
      // First run ever (or the record is gone): nothing to compare, record what is shown.
      seen.set(undefined);
      return seenData().write(handbook);
    }
    if (seenDataChunk().sameData(last, handbook)) {
      seenData().remember(handbook);
      return seen.set(undefined);
    }
    // The diff's chunk loads only when something changed.
    seen.set(whatChangedChunk().changesBetween(last, handbook));
  };

  // One check at a time, in order: each reads and may write the record.
  let checking: Promise<void> = Promise.resolve();
  const check = (): Promise<void> => (checking = checking.then(checkNow, checkNow));

  const markSeen = (): Promise<void> => (checking = checking.then(async () => {
    await seenData().write(store.current.handbook);
    seen.set(undefined);
  }));

  const changesPages = onFirstUse(context, (): ChangesPages => new (whatChangedChunk().ChangesPages)(context.extensionUri, store, seen, () => void markSeen()));

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
    page: (kind) => changesPages.made?.page(kind),
  };
}
