/**
 * Loads a bundle chunk (dist/<name>.js) the first time it is needed. Activation loads only
 * dist/extension.js; code that runs when the user asks for something lives in chunks, whose
 * entries are src/lazy/<name>.ts (esbuild.js builds one chunk per entry). This is the one way
 * chunks are loaded; features import src/lazy/* only as types (lint enforces it), e.g.
 * `const commands = lazyChunk<typeof Commands>('commands')` with `import type * as Commands`.
 */
export type ChunkName = 'bundledHandbook' | 'commandArguments' | 'commands' | 'composer' | 'dataSession' | 'draftChecks' | 'intersectionPanels' | 'lmTools' | 'mcpProvider' | 'meetingNotes' | 'panelRenderer' | 'reply' | 'seenData' | 'slackDelivery' | 'tree' | 'whatChanged' | 'workspaceData';

export function lazyChunk<T>(name: ChunkName): () => T {
  let loaded: T | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return () => (loaded ??= require(`${__dirname}/${name}.js`) as T);
}
