#!/usr/bin/env node
// `npm test`: THE one test command. Runs every layer in order, keeps going after a failure where
// the later layers still mean something, and ends with a single line "N passed, N failed".
//
//   build        scripts/generate-contributions.mjs --check, node esbuild.js   (1 check)
//   typecheck    tsc -p . (emit to out/), tsc -p tsconfig.webview.json   (1 check)
//   lint         eslint .                                (1 check)
//   package      .vsix made offline and installed into code-server (1 check)
//   unit         mocha out/test/unit/**/*.test.js        (1 per test)
//   cli          mocha out/test/cli/**/*.test.js         (1 per test: dist/cli.js and the MCP server as processes)
//   integration  scripts/test-integration.mjs            (1 per test, in code-server)
//   ui           mocha test/ui/*.test.mjs                (1 per test, in code-server + Chromium)
//
// Developers: `npm test -- --only unit` or `--only integration,ui`. Layers a selected layer depends
// on (build and typecheck) still run first, so it never tests stale output; the others are listed
// as not selected. A layer that cannot run counts as a failure, never as silently skipped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCodeServer } from './lib/codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const STATS_REPORTER = path.join(root, 'scripts', 'lib', 'mochaStatsReporter.cjs');
const RESULT_MARKER = 'CE_PLAYBOOK_RESULT ';

const LAYERS = ['build', 'typecheck', 'lint', 'package', 'unit', 'cli', 'integration', 'ui'];
const NEEDS = { unit: ['typecheck'], cli: ['build', 'typecheck'], integration: ['build', 'typecheck'], ui: ['build'] };

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opts.help) {
  console.log(`usage: npm test [-- --only ${LAYERS.join('|')}[,...]]`);
  process.exit(0);
}

let selected = new Set(LAYERS);
if (opts.only?.length) {
  const wanted = opts.only.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !LAYERS.includes(w));
  if (unknown.length) {
    console.error(`Unknown layer(s): ${unknown.join(', ')}. Choose from: ${LAYERS.join(', ')}`);
    process.exit(2);
  }
  selected = new Set([...wanted, ...wanted.flatMap((w) => NEEDS[w] ?? [])]);
}

// ---- child processes, stopped on Ctrl+C / SIGTERM --------------------------------------------
let current;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    // A terminal's Ctrl+C reaches the child too; a SIGTERM from CI reaches only us, so pass it on and
    // let the child (which cleans up code-server and Chromium itself) finish before we exit.
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(130);
  });
}

/**
 * Runs a command with its output passed through as it comes. `onLine` sees each stdout line
 * (to pick up result markers) while the line is still printed unchanged.
 */
function run(cmd, args, { env, onLine } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...env },
      stdio: ['ignore', onLine ? 'pipe' : 'inherit', 'inherit'],
    });
    current = child;
    if (onLine) {
      let buffered = '';
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        buffered += chunk.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop();
        lines.forEach(onLine);
      });
      child.stdout.on('end', () => { if (buffered) onLine(buffered); });
    }
    child.on('error', (err) => { console.error(`could not start ${cmd}: ${err.message}`); resolve(1); });
    child.on('close', (code, signal) => { current = undefined; resolve(code ?? (signal ? 1 : 0)); });
  });
}

// ---- layers -----------------------------------------------------------------------------------
/** Each returns { passed, failed, note? }; `failed` counts tests (or 1 for a single check). */
const check = async (cmd, args) => {
  const code = await run(cmd, args);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit code ${code}` };
};

async function mochaLayer(args) {
  const statsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-stats-')), 'stats.json');
  try {
    const code = await run(process.execPath, [bin('mocha', 'bin/mocha.js'), '--reporter', STATS_REPORTER, '--no-color', ...args], {
      env: { CE_PLAYBOOK_STATS_FILE: statsFile },
    });
    if (!fs.existsSync(statsFile)) {
      // Mocha stopped before running (no test files, a syntax error, a crash): one failure, not zero.
      return { passed: 0, failed: 1, note: `mocha exited with code ${code} before reporting results` };
    }
    const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
    if (code !== 0 && stats.failed === 0) return { passed: stats.passed, failed: 1, note: `mocha exited with code ${code}` };
    return { passed: stats.passed, failed: stats.failed, pending: stats.pending };
  } finally {
    fs.rmSync(path.dirname(statsFile), { recursive: true, force: true });
  }
}

// code-server is installed from npm on first use (about a minute, once per machine). Doing it here,
// before the first layer that needs it, keeps that minute out of the test timeouts and makes an
// install failure show up as what it is.
let codeServerError;
let codeServerChecked = false;
function codeServerReady() {
  if (!codeServerChecked) {
    codeServerChecked = true;
    try {
      ensureCodeServer();
    } catch (err) {
      codeServerError = err.message ?? String(err);
      console.error(`code-server is not available: ${codeServerError}`);
    }
  }
  return !codeServerError;
}
const needsCodeServer = (fn) => async () => (codeServerReady() ? fn() : { passed: 0, failed: 1, note: 'code-server install failed' });

const layers = {
  // First whether the committed package.json is what the code generates (the build would rewrite it).
  build: async () => {
    const generated = await check(process.execPath, [path.join(root, 'scripts', 'generate-contributions.mjs'), '--check']);
    return generated.failed ? generated : check(process.execPath, ['esbuild.js']);
  },
  typecheck: async () => {
    // Start from an empty out/: tsc never deletes the output of removed or renamed tests, which
    // would otherwise keep running. (dist/ belongs to esbuild and is left alone.)
    fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
    const extension = await check(process.execPath, [bin('typescript', 'bin/tsc'), '-p', '.']);
    // The webview script has its own project (DOM types, no Node).
    const webview = await check(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.webview.json']);
    return extension.failed ? extension : webview;
  },
  lint: () => check(process.execPath, [bin('eslint', 'bin/eslint.js'), '.']),
  // The .vsix is made and installed into code-server; then the development build is restored.
  package: needsCodeServer(async () => {
    const result = await check(process.execPath, [path.join(root, 'scripts', 'check-package.mjs')]);
    const rebuilt = await check(process.execPath, ['esbuild.js']);
    return result.failed ? result : rebuilt;
  }),
  unit: () => mochaLayer(['--timeout', '10000', 'out/test/unit/**/*.test.js']),
  // The built command line (dist/cli.js) and MCP server, run as separate processes.
  cli: () => mochaLayer(['--timeout', '30000', 'out/test/cli/**/*.test.js']),
  integration: needsCodeServer(async () => {
    let result;
    const code = await run(process.execPath, [path.join(root, 'scripts', 'test-integration.mjs')], {
      onLine: (line) => {
        const at = line.indexOf(RESULT_MARKER);
        if (at >= 0) {
          try { result = JSON.parse(line.slice(at + RESULT_MARKER.length)); } catch { /* reported below */ }
        }
      },
    });
    if (!result) return { passed: 0, failed: 1, note: `no ${RESULT_MARKER.trim()} line (exit code ${code}): the run did not complete` };
    if (code !== 0 && result.failed === 0) return { passed: result.passed, failed: 1, note: `exit code ${code}` };
    return { passed: result.passed, failed: result.failed, pending: result.pending };
  }),
  // UI tests start code-server and a browser per suite: allow minutes, not seconds.
  ui: needsCodeServer(() => mochaLayer(['--timeout', '180000', '--slow', '10000', 'test/ui/*.test.mjs'])),
};

// ---- main -------------------------------------------------------------------------------------
const results = [];
const started = Date.now();
const rule = (title) => console.log(`\n==== ${title} ${'='.repeat(Math.max(4, 72 - title.length))}`);

for (const name of LAYERS) {
  if (interrupted) break;
  if (!selected.has(name)) {
    results.push({ name, status: 'not selected' });
    continue;
  }
  // Running the bundle-based layers after a failed build would only test a stale or missing bundle.
  const blockedBy = (NEEDS[name] ?? []).filter((dep) => dep === 'build' && results.find((r) => r.name === dep)?.failed);
  if (blockedBy.length) {
    rule(`${name}: NOT RUN`);
    console.log(`not run because ${blockedBy.join(', ')} failed; counted as 1 failure`);
    results.push({ name, passed: 0, failed: 1, note: `not run: ${blockedBy.join(', ')} failed` });
    continue;
  }
  rule(name);
  const t0 = Date.now();
  const r = await layers[name]();
  results.push({ name, ...r, seconds: (Date.now() - t0) / 1000 });
  // Build, tsc and eslint print nothing on success; say how the layer ended either way.
  console.log(`-> ${name}: ${r.failed ? 'FAILED' : 'ok'} (${r.passed} passed, ${r.failed} failed)${r.note ? ` - ${r.note}` : ''}`);
}

if (interrupted) {
  console.log('\nInterrupted.');
  process.exit(130);
}

rule('summary');
let passed = 0;
let failed = 0;
for (const r of results) {
  if (r.status) {
    console.log(`  -    ${r.name.padEnd(12)} ${r.status}`);
    continue;
  }
  passed += r.passed;
  failed += r.failed;
  const counts = `${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''}`;
  const time = r.seconds !== undefined ? ` (${r.seconds.toFixed(1)} s)` : '';
  console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.name.padEnd(12)} ${counts}${time}${r.note ? ` - ${r.note}` : ''}`);
}
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
