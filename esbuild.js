// Builds CE Playbook. Modeled on the esbuild template of microsoft/vscode-generator-code.
//   node esbuild.js                 development build with source maps
//   node esbuild.js --production    minified release build
//   CE_PLAYBOOK_BENCH_NAMES=1       (with --production) not minified: CPU profiles of the benchmark keep function names
//   node esbuild.js --watch         rebuild on change
// First the bundled YAML in data/ is validated (a bad file fails the build with file:line:column)
// and turned into JSON inside the bundle, so activation parses no YAML.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { checkBundle } = require('./scripts/bundle-check');
const { importCycles, kernelImportsOfFeatures } = require('./scripts/import-cycles');
const { yamlWithoutDebugEnv } = require('./scripts/yaml-debug-env');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = __dirname;
const dist = path.join(root, 'dist');

/** Compiles and runs the data step (it is TypeScript sharing the model with the extension). */
async function buildData() {
  const out = path.join(root, 'out', 'build', 'dataBuild.js');
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'build', 'dataBuild.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning',
  });
  delete require.cache[require.resolve(out)];
  const { buildBundledData, writeDataOutputs, formatProblem } = require(out);
  const result = buildBundledData(path.join(root, 'data'));
  if (!result.handbook) {
    for (const p of result.problems) console.error(formatProblem(p));
    throw new Error(`data/ has ${result.problems.length} problem(s); fix them and build again.`);
  }
  writeDataOutputs(dist);
  return result.handbook;
}

/**
 * package.json's commands and language model tools, from the command contract and the tool table
 * (scripts/generate-contributions.mjs): rewritten by a development build; a release build only
 * checks them, so what `vsce package` ships was committed.
 */
async function generateContributions() {
  const { syncContributions } = await import('./scripts/generate-contributions.mjs');
  const result = await syncContributions({ write: !production });
  if (result.changed && production) throw new Error(result.message);
  if (result.changed) console.log(result.message);
}

/** Resolves `ce-playbook:bundled-handbook` to the validated data. */
function bundledDataPlugin(getHandbook) {
  return {
    name: 'bundled-handbook',
    setup(build) {
      build.onResolve({ filter: /^ce-playbook:bundled-handbook$/ }, (args) => ({ path: args.path, namespace: 'bundled-handbook' }));
      build.onLoad({ filter: /.*/, namespace: 'bundled-handbook' }, () => ({
        contents: JSON.stringify(getHandbook()),
        loader: 'json',
        watchFiles: fs.readdirSync(path.join(root, 'data')).map((f) => path.join(root, 'data', f)),
      }));
    },
  };
}

/**
 * What dist/mcpServer.js leaves out of the MCP SDK, for stand-ins that fail loudly if ever reached:
 * Ajv and its formats (the SDK's server needs them only to check answers to elicitation requests,
 * which the playbook's server never makes; about 130 KB), and Zod 3 with zod-to-json-schema (used
 * only for Zod 3 schemas; the server's are all Zod 4; about 75 KB).
 */
const mcpServerTrimPlugin = {
  name: 'mcp-server-trim',
  setup(build) {
    const fromSdk = (args) => args.importer.includes(`${path.sep}@modelcontextprotocol${path.sep}sdk${path.sep}`);
    const standIn = (file) => ({ path: path.join(root, 'src', 'cli', 'mcp', file) });
    build.onResolve({ filter: /[\\/]validation[\\/]ajv-provider\.js$/ }, (args) => (fromSdk(args) ? standIn('noJsonSchemaValidator.ts') : undefined));
    build.onResolve({ filter: /^(zod\/v3|zod-to-json-schema)$/ }, (args) => (fromSdk(args) ? standIn('noZod3.ts') : undefined));
  },
};

/**
 * One `require('vscode')` per bundle file instead of one per source module: VS Code's extension
 * host intercepts each such call (it resolves the caller's real path on disk to find the
 * extension), about 15 microseconds each, and activation made nineteen of them.
 */
const oneVscodeRequirePlugin = {
  name: 'one-vscode-require',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-api' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-api' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({ contents: 'module.exports = require("vscode");', loader: 'js' }));
  },
};

/**
 * The schema functions (src/core/zodMini.ts) are one chunk, dist/zodMini.js, which the chunks that
 * use them require at run time instead of carrying a copy each; only its own entry bundles it.
 */
const sharedZodMiniPlugin = {
  name: 'shared-zod-mini',
  setup(build) {
    build.onResolve({ filter: /(^|\/)zodMini$/ }, (args) => (args.importer.endsWith('zodMini.chunk.ts') ? undefined : { path: './zodMini.js', external: true }));
  },
};

/** Prints problems in the form VS Code's $esbuild-watch problem matcher reads. */
const problemMatcherPlugin = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/** Copies static files (the pages' stylesheets) next to the bundle after each build. */
function copyPlugin(pairs) {
  return {
    name: 'copy',
    setup(build) {
      build.onEnd(() => {
        for (const [from, to] of pairs) {
          fs.mkdirSync(path.dirname(to), { recursive: true });
          fs.copyFileSync(from, to);
        }
      });
    },
  };
}

/** Every file under `dir` whose name passes `test`, walked depth first. */
function filesUnder(dir, test) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, test);
    return test(entry.name) ? [full] : [];
  });
}

/**
 * The chunks loaded on first use, declared by the capabilities: each `<name>.chunk.ts` under src/ is
 * the entry of dist/<name>.js (loaded with lazyChunk, src/core/host/lazyChunk.ts).
 */
function chunkEntries() {
  const entries = {};
  for (const file of filesUnder(path.join(root, 'src'), (name) => name.endsWith('.chunk.ts'))) {
    const name = path.basename(file, '.chunk.ts');
    if (entries[name]) throw new Error(`Two chunks are named ${name}: ${path.relative(root, entries[name])} and ${path.relative(root, file)}; rename one.`);
    entries[name] = file;
  }
  return entries;
}

/**
 * The webview pages, one per capability that has one: `src/features/<capability>/webview/<capability>.ts`
 * is the page's script (dist/webview/<capability>.js); the `.css` files beside it, and the shared
 * src/core/webview/page.css, are copied to dist/webview/.
 */
function pageEntries() {
  const features = path.join(root, 'src', 'features');
  const scripts = {};
  const styles = [path.join(root, 'src', 'core', 'webview', 'page.css')];
  for (const capability of fs.readdirSync(features)) {
    const dir = path.join(features, capability, 'webview');
    if (!fs.existsSync(dir)) continue;
    if (fs.existsSync(path.join(dir, `${capability}.ts`))) scripts[capability] = path.join(dir, `${capability}.ts`);
    styles.push(...filesUnder(dir, (name) => name.endsWith('.css')));
  }
  return { scripts, styles };
}

/** Fails the build when a chunk holds what it should not (see scripts/bundle-check.js). */
async function checkChunks(metafile, options) {
  const { problems, startupBytes } = await checkBundle(metafile, { extensionEntry: path.join(root, 'src', 'extension.ts'), outdir: dist, esbuildOptions: options });
  if (problems.length) throw new Error(`The bundle breaks its chunk boundaries:\n  ${problems.join('\n  ')}`);
  if (process.argv.includes('--analyze')) console.log(`dist/extension.js minified: ${(startupBytes / 1024).toFixed(1)} KB`);
}

async function main() {
  const cycles = importCycles(root);
  if (cycles.length) throw new Error(`Import circles in src/ (break each by moving what both sides need into a module of its own):\n  ${cycles.map((c) => c.join(', ')).join('\n  ')}`);
  const climbs = kernelImportsOfFeatures(root);
  if (climbs.length) throw new Error(`The kernel (src/core/) imports a capability (src/features/); move what it needs into the kernel, or leave it to the capability:\n  ${climbs.map(({ from, to }) => `${from} imports ${to}`).join('\n  ')}`);
  await generateContributions();
  fs.rmSync(dist, { recursive: true, force: true });
  let handbook = await buildData();
  const pages = pageEntries();
  const common = {
    bundle: true,
    minify: production && !process.env.CE_PLAYBOOK_BENCH_NAMES,
    sourcemap: !production,
    sourcesContent: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'silent',
    legalComments: 'none',
    metafile: true,
  };
  const contexts = [
    // The extension host code. teamPageRenderer (with the Markdown library) and workspaceData (YAML and
    // schema validation) are separate files required on first use, so activation loads only extension.js.
    await esbuild.context({
      ...common,
      // One chunk per src/**/<name>.chunk.ts (teamPageRenderer: the Markdown library; workspaceData:
      // YAML and schema validation; slackDelivery: Slack's SDK; see chunkEntries).
      entryPoints: { extension: path.join(root, 'src', 'extension.ts'), ...chunkEntries() },
      outdir: dist,
      loader: { '.svg': 'text' },
      plugins: [oneVscodeRequirePlugin, sharedZodMiniPlugin, bundledDataPlugin(() => handbook), yamlWithoutDebugEnv, problemMatcherPlugin],
    }),
    // The command line (`ce-playbook`, also the MCP server): a standalone Node program.
    await esbuild.context({
      ...common,
      entryPoints: {
        cli: path.join(root, 'src', 'cli', 'main.ts'),
        // The MCP server with the MCP SDK, loaded only by `ce-playbook mcp`.
        mcpServer: path.join(root, 'src', 'cli', 'mcp', 'server.ts'),
      },
      define: { CE_PLAYBOOK_VERSION: JSON.stringify(require('./package.json').version), CE_PLAYBOOK_EXTENSION_ID: JSON.stringify(`${require('./package.json').publisher}.${require('./package.json').name}`) },
      outdir: dist,
      banner: { js: '#!/usr/bin/env node' },
      plugins: [bundledDataPlugin(() => handbook), mcpServerTrimPlugin, yamlWithoutDebugEnv, problemMatcherPlugin],
    }),
    // The pages' webview scripts, for the browser.
    await esbuild.context({
      ...common,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      external: [],
      entryPoints: pages.scripts,
      outdir: path.join(dist, 'webview'),
      plugins: [problemMatcherPlugin, copyPlugin(pages.styles.map((file) => [file, path.join(dist, 'webview', path.basename(file))]))],
    }),
  ];
  if (watch) {
    // Rebuild the data when a data file changes, then the bundle picks it up.
    fs.watch(path.join(root, 'data'), async () => {
      try { handbook = await buildData(); await contexts[0].rebuild(); } catch (e) { console.error(e.message); }
    });
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    const results = await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
    await checkChunks(results[0].metafile, { ...common, loader: { '.svg': 'text' }, plugins: [oneVscodeRequirePlugin, bundledDataPlugin(() => handbook)] });
    if (process.argv.includes('--analyze')) {
      // What each input adds to the startup bundle (for keeping activation small).
      console.log(await esbuild.analyzeMetafile(results[0].metafile, { verbose: false }));
    }
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
