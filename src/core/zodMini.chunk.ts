// Entry of dist/zodMini.js: the schema functions of src/core/zodMini.ts, required by the chunks
// whose message or argument schemas use them (esbuild.js), never by dist/extension.js.
export * from './zodMini';
