// Builds CE Playbook. Modeled on the esbuild template of microsoft/vscode-generator-code.
//   node esbuild.js                 development build with source maps
//   node esbuild.js --production    minified release build
//   node esbuild.js --watch         rebuild on change
// First the bundled YAML in data/ is validated (a bad file fails the build with file:line:column)
// and turned into JSON inside the bundle, so activation parses no YAML.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

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

/** Copies static files (the panel's stylesheet) next to the bundle after each build. */
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

async function main() {
  fs.rmSync(dist, { recursive: true, force: true });
  let handbook = await buildData();
  const common = {
    bundle: true,
    minify: production,
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
    // The extension host code. panelRenderer (with the Markdown library) and workspaceData (YAML and
    // schema validation) are separate files required on first use, so activation loads only extension.js.
    await esbuild.context({
      ...common,
      entryPoints: {
        extension: path.join(root, 'src', 'extension.ts'),
        panelRenderer: path.join(root, 'src', 'lazy', 'panelRenderer.ts'),
        // The YAML parser and schema validator, only needed once a workspace data file exists.
        workspaceData: path.join(root, 'src', 'lazy', 'workspaceData.ts'),
        // Command implementations that run only when the user asks (search, help flow, fill-in form).
        commands: path.join(root, 'src', 'lazy', 'commands.ts'),
      },
      outdir: dist,
      loader: { '.svg': 'text' },
      plugins: [bundledDataPlugin(() => handbook), problemMatcherPlugin],
    }),
    // The command line (`ce-playbook`, also the MCP server): a standalone Node program.
    await esbuild.context({
      ...common,
      entryPoints: { cli: path.join(root, 'src', 'cli', 'main.ts') },
      outdir: dist,
      banner: { js: '#!/usr/bin/env node' },
      plugins: [bundledDataPlugin(() => handbook), problemMatcherPlugin],
    }),
    // The panel's webview script, for the browser.
    await esbuild.context({
      ...common,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      external: [],
      entryPoints: { intersection: path.join(root, 'src', 'webview', 'intersection.ts') },
      outdir: path.join(dist, 'webview'),
      plugins: [problemMatcherPlugin, copyPlugin([[path.join(root, 'media', 'intersection.css'), path.join(dist, 'webview', 'intersection.css')]])],
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
