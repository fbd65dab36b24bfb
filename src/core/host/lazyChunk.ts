/**
 * Loads a bundle chunk (dist/<name>.js) the first time it is needed. Activation loads only
 * dist/extension.js; code that runs when the user asks for something lives in chunks, whose
 * entries are the capabilities' `<name>.chunk.ts` files (esbuild.js builds one chunk per entry). This is
 * the one way chunks are loaded; features import chunk entries only as types (lint enforces it), e.g.
 * `const chunk = lazyChunk<typeof Templates>('templates')` with `import type * as Templates`.
 */
export type ChunkName =
  | 'bundledHandbook' | 'commandArguments' | 'composer' | 'dataSession' | 'deepLinks' | 'draftChecks' | 'helpGuide'
  | 'lmTools' | 'mcpProvider' | 'meetingNotes' | 'reply' | 'search' | 'seenData' | 'slackChannels' | 'slackDelivery'
  | 'teamPageRenderer' | 'teamPages' | 'templates' | 'tree' | 'whatChanged' | 'workspaceData';

export function lazyChunk<T>(name: ChunkName): () => T {
  let loaded: T | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return () => (loaded ??= require(`${__dirname}/${name}.js`) as T);
}
