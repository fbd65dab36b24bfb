/**
 * Loads a bundle chunk (dist/<name>.js) the first time it is needed. Activation loads only
 * dist/extension.js; code that runs when the user asks for something lives in chunks, whose
 * entries are src/lazy/<name>.ts (esbuild.js builds one chunk per entry). This is the one way
 * chunks are loaded; features import src/lazy/* only as types (lint enforces it).
 */
import type * as Commands from '../lazy/commands';
import type * as MeetingNotes from '../lazy/meetingNotes';
import type * as PanelRenderer from '../lazy/panelRenderer';
import type * as WorkspaceData from '../lazy/workspaceData';

export interface Chunks {
  commands: typeof Commands;
  meetingNotes: typeof MeetingNotes;
  panelRenderer: typeof PanelRenderer;
  workspaceData: typeof WorkspaceData;
}

export function lazyChunk<K extends keyof Chunks>(name: K): () => Chunks[K] {
  let loaded: Chunks[K] | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return () => (loaded ??= require(`${__dirname}/${name}.js`) as Chunks[K]);
}
