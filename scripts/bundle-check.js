// The chunk boundaries, checked on every build (esbuild.js calls checkBundle with the metafile of
// the extension-host bundle): activation loads dist/extension.js only, so heavy libraries stay out
// of it and it stays small; and each chunk holds what its entry needs, without copies of modules
// another chunk already has (a copy means two module instances and bytes loaded twice).
const path = require('node:path');
const esbuild = require('esbuild');

/** Libraries only a chunk may contain (parsing, rendering, validation, search, network). */
const NOT_AT_STARTUP = [
  { name: 'the YAML parser', pattern: /node_modules\/(yaml|js-yaml)\// },
  { name: 'the Markdown library', pattern: /node_modules\/marked\// },
  { name: 'the schema library', pattern: /node_modules\/@sinclair\/typebox\// },
  { name: 'the search library', pattern: /node_modules\/minisearch\// },
  { name: 'a network or protocol SDK', pattern: /node_modules\/(@slack|@modelcontextprotocol|zod)\// },
];

/** dist/extension.js, minified, at most this many bytes. */
const STARTUP_LIMIT = 60 * 1024;

/**
 * Small leaf modules several chunks may each carry a copy of: stateless helpers and tables that
 * cost less to copy than to load another chunk for. Anything else in two chunks fails the build.
 */
const SHARED = new Set([
  'vscode-api:vscode', // the one require('vscode') of each file (esbuild.js, oneVscodeRequirePlugin)
  'src/core/commands/commandContract.ts', // the command ids, for the commands that run commands
  'src/core/commands/openEntry.ts', // what opening an entry runs, for a search result and a deep link
  'src/core/handbook/entryRef.ts', // which entry: builders and lookups
  'src/core/host/commands.ts', // the typed executeCommand
  'src/core/host/lazyChunk.ts', // lazyChunk, for a chunk that loads another
  'src/core/host/messages.ts', // the localized strings
  'src/core/host/webviewPage.ts', // the one base of every webview page and its pages kept by key
  'src/core/webview/protocol.ts', // the guards the pages' protocols make from their schemas
  'src/core/render/plainText.ts', // text helpers
  'src/core/render/pickItems.ts', // quick pick items that show data as typed
  'src/core/render/linkSafety.ts', // the one link policy, for validation and every renderer
  'src/core/render/html.ts', // escapeHtml
  'src/core/render/webviewDocument.ts', // the CSP document around every webview page
  'src/core/handbook/headingAnchor.ts', // a heading's anchor
  'src/core/load/problem.ts', // the problem type and its one-line form
  'src/features/data/notice.ts', // the sentence about the data's state, above the tree and on the team pages
  'src/features/teamPage/viewType.ts', // the team page's webview type, for its serializer and its pages
  'src/core/host/me.ts', // the CE's own name (cePlaybook.me), for "my accounts" in the tree, help flow and composer
  'src/core/host/localTime.ts', // a time in the CE's language, for the rows, the reply pages and the update flow
  'src/features/slack/destinationWords.ts', // a ticket's destination in words, for the confirmation and the composer's "Goes to"
  'src/core/templates/fieldConditions.ts', // which fields of a template apply: the one rule of the loader's checks, the draft check, the form and the snippet
  'src/features/whatChanged/model/sameData.ts', // plain data equality: "did anything change?" after each load, and the diff's shortcut
  'src/features/customers/model/customers.ts', // a customer by name or alias, normalised: the picker, the tree's Customers and the tools
  // zod: dist/zodMini.js holds what the pages' messages and the commands' arguments use (src/core/zodMini.ts);
  // the language model tools carry their own copy, with its JSON Schema output and English messages.
  'node_modules/zod',
]);

/**
 * `node_modules/yaml/dist/x.js` → `node_modules/yaml`; a source file stays itself. A build from a
 * copy of the sources (the benchmark's snapshot) finds node_modules above it (`../../../node_modules`):
 * named from node_modules all the same, so the rules below apply.
 */
function packageOf(input) {
  const match = /^(?:\.\.\/)*(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match ? match[1].replace(/^.*?(node_modules\/)/, '$1') : input;
}

/**
 * Chunks that may carry their own copy of modules another chunk has too. The language model tools
 * run the tool core (src/features/tools/model), which the command line and the MCP server share, over the
 * same pure model as the commands (search with its library included); the composer pages render templates and keep drafts with the
 * same model as the fill-in form, and draw the team page's icons; sending to Slack renders templates too. Splitting that model into chunks of
 * its own would cost another load for a few KB; it is pure, so a copy holds no state of its own.
 */
/** The pure model: the kernel (but its VS Code glue) and each capability's model/ folder. */
const PURE = /^src\/(core\/(?!host\/)|features\/[^/]+\/model\/)/;

const REUSES = {
  'lmTools.js': [PURE, /(^|\/)node_modules\/minisearch$/],
  'composer.js': [PURE, /^media\/icons\//],
  // Sending to Slack builds the message from the template (render, slack message model) and
  // scans for secrets with the same pure model as the loader and the tree.
  'slackDelivery.js': [PURE],
  // The message pages render and check with the same pure model (sent tickets, statuses, Slack text).
  'reply.js': [PURE],
  // Compare Handbook Revisions imports the bundled pages with marked's lexer (the team page renders with it).
  'whatChanged.js': [/^node_modules\/marked$/],
};

/** Returns the problems with the bundle, as sentences; none when it is as it should be. */
async function checkBundle(metafile, { extensionEntry, outdir, esbuildOptions }) {
  const problems = [];
  const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const startup = outputs.find(([file]) => path.basename(file) === 'extension.js');
  if (!startup) return { problems: ['The build made no dist/extension.js.'], startupBytes: 0 };

  for (const rule of NOT_AT_STARTUP) {
    const found = Object.keys(startup[1].inputs).filter((input) => rule.pattern.test(input));
    if (found.length) problems.push(`dist/extension.js contains ${rule.name} (${packageOf(found[0])}); load it from a chunk (a <name>.chunk.ts, lazyChunk) instead.`);
  }
  // The schema functions are a chunk the other chunks require (esbuild.js, sharedZodMiniPlugin): not at activation either.
  if ((startup[1].imports ?? []).some((i) => i.external && /zodMini\.js$/.test(i.path))) {
    problems.push('dist/extension.js requires dist/zodMini.js (the schema functions); import the module that uses them from a chunk (a <name>.chunk.ts, lazyChunk) instead.');
  }

  // A library counts once, by its package, not per file.
  const chunksOf = new Map();
  for (const [file, output] of outputs) {
    const chunk = path.relative(outdir, file);
    for (const input of new Set(Object.keys(output.inputs).map(packageOf))) chunksOf.set(input, [...(chunksOf.get(input) ?? []), chunk]);
  }
  for (const [input, chunks] of chunksOf) {
    const owners = chunks.filter((chunk) => !(REUSES[chunk] ?? []).some((pattern) => pattern.test(input)));
    if (chunks.length > 1 && owners.length > 1 && !SHARED.has(input)) {
      problems.push(`${input} is copied into ${chunks.join(', ')}; import it from one chunk only (or, if it is a small stateless helper, list it in SHARED in scripts/bundle-check.js).`);
    }
  }

  // Measured minified whatever the build, so a development build says the same as a release.
  const minified = await esbuild.build({ ...esbuildOptions, entryPoints: [extensionEntry], minify: true, sourcemap: false, write: false, metafile: false, outdir: undefined, outfile: 'extension.js' });
  const size = minified.outputFiles.find((f) => f.path.endsWith('.js')).contents.length;
  if (size > STARTUP_LIMIT) problems.push(`dist/extension.js is ${(size / 1024).toFixed(1)} KB minified; the limit is ${STARTUP_LIMIT / 1024} KB. Move code that runs on request into a chunk.`);
  return { problems, startupBytes: size };
}

module.exports = { checkBundle, STARTUP_LIMIT };
