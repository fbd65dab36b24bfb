/**
 * Loads a bundle chunk (dist/<name>.js) the first time it is needed. Activation loads only
 * dist/extension.js; code that runs when the user asks for something lives in chunks.
 */
export function lazyChunk<T>(name: string): () => T {
  let loaded: T | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return () => (loaded ??= require(`${__dirname}/${name}.js`) as T);
}
