#!/usr/bin/env node
// Integration tests in a real VS Code without downloading it: code-server (VS Code 1.100.3 from
// npm) serves the workbench, headless Debian Chromium opens it with the extension under development
// and `extensionTestsPath`, and the workbench runs the mocha suite in the extension host.
//
// Two runs, one after the other, each with its own code-server, browser and workspace copy:
//   trusted    out/test/integration/index.js            on test/fixtures/workspace, workspace trust off
//   untrusted  out/test/integration-untrusted/index.js  on test/fixtures/workspace plus
//              test/integration-untrusted/workspace (a .ce-playbook/team.yaml), workspace trust on
//              and the folder not trusted, so the extension must ignore that file
//
//   node scripts/test-integration.mjs [--suite all|trusted|untrusted] [--extension-path DIR] [--timeout SECONDS]
//   node scripts/test-integration.mjs --tests-path FILE [--workspace DIR] [--untrusted]   (one custom run)
//
// Env equivalents: CE_PLAYBOOK_SUITE, CE_PLAYBOOK_EXTENSION_PATH, CE_PLAYBOOK_TESTS_PATH,
// CE_PLAYBOOK_WORKSPACE, CE_PLAYBOOK_TEST_TIMEOUT (per run), and CE_PLAYBOOK_VERBOSE=1 to also print
// the workbench's routine log and its browser console.
// Output: each run's mocha spec output as it comes, then ONE line `CE_PLAYBOOK_RESULT {...}` with the
// counts of all runs added up (scripts/test.mjs reads it); a run that does not finish counts as a failure.
// Exit code: 0 if every run passed, 1 otherwise (failed tests, timeout or setup errors).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCodeServer } from './lib/codeServer.mjs';
import { openWorkbench, printLog, isWorkbenchNoise } from './lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULT_MARKER = 'CE_PLAYBOOK_RESULT';
const FIXTURE_WORKSPACE = path.join(root, 'test', 'fixtures', 'workspace');

const SUITES = {
  trusted: {
    testsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
    workspaces: [FIXTURE_WORKSPACE],
    workspaceTrust: false,
  },
  untrusted: {
    testsPath: path.join(root, 'out', 'test', 'integration-untrusted', 'index.js'),
    workspaces: [FIXTURE_WORKSPACE, path.join(root, 'test', 'integration-untrusted', 'workspace')],
    workspaceTrust: true,
  },
};

const { values: opts } = parseArgs({
  options: {
    'suite': { type: 'string', default: process.env.CE_PLAYBOOK_SUITE ?? 'all' },
    'extension-path': { type: 'string', default: process.env.CE_PLAYBOOK_EXTENSION_PATH ?? root },
    'tests-path': { type: 'string', default: process.env.CE_PLAYBOOK_TESTS_PATH },
    'workspace': { type: 'string', default: process.env.CE_PLAYBOOK_WORKSPACE },
    'untrusted': { type: 'boolean', default: false },
    'timeout': { type: 'string', default: process.env.CE_PLAYBOOK_TEST_TIMEOUT ?? '300' },
  },
});

let log = (msg) => process.stderr.write(`[integration] ${msg}\n`);
const extensionPath = path.resolve(opts['extension-path']);
const timeoutMs = Number(opts.timeout) * 1000;
const verbose = process.env.CE_PLAYBOOK_VERBOSE === '1';

/** The runs to do: the named suites, or one custom run when a tests path is given. */
function plannedRuns() {
  if (opts['tests-path']) {
    return [{
      name: opts.untrusted ? 'custom (untrusted)' : 'custom',
      testsPath: path.resolve(opts['tests-path']),
      workspaces: [path.resolve(opts.workspace ?? FIXTURE_WORKSPACE)],
      workspaceTrust: opts.untrusted,
    }];
  }
  const names = opts.suite === 'all' ? Object.keys(SUITES) : opts.suite.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !SUITES[n]);
  if (unknown.length || names.length === 0) {
    throw new Error(`Unknown suite(s): ${unknown.join(', ') || '(none)'}. Choose from: all, ${Object.keys(SUITES).join(', ')}`);
  }
  return names.map((name) => ({
    name,
    ...SUITES[name],
    // --workspace replaces the base fixture of the named suites (the untrusted overlay stays).
    workspaces: opts.workspace ? [path.resolve(opts.workspace), ...SUITES[name].workspaces.slice(1)] : SUITES[name].workspaces,
  }));
}

function preflight(runs) {
  if (!fs.existsSync(path.join(extensionPath, 'package.json'))) {
    throw new Error(`No extension at ${extensionPath} (no package.json).`);
  }
  for (const run of runs) {
    if (!fs.existsSync(run.testsPath)) {
      throw new Error(`Test entry ${run.testsPath} (${run.name} run) does not exist. Compile the tests first: npx tsc -p .`);
    }
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  if (manifest.main && !fs.existsSync(path.resolve(extensionPath, manifest.main))
      && !fs.existsSync(path.resolve(extensionPath, `${manifest.main}.js`))) {
    // VS Code would only log this deep inside the extension host; say it up front.
    log(`warning: the extension's main ${manifest.main} does not exist. Build it first: npm run build`);
  }
}

/**
 * Each run gets its own copy of the workspace (the fixture, then any overlay copied over it), so
 * tests may edit and save files freely.
 */
function copyWorkspace(sources) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-ws-'));
  for (const source of sources) fs.cpSync(source, dir, { recursive: true });
  return dir;
}

// What is open right now, so Ctrl+C or a failure can close it.
let server;
let workbench;
let workspace;
async function cleanup() {
  const [w, s, dir] = [workbench, server, workspace];
  workbench = server = workspace = undefined;
  await w?.close().catch(() => {});
  await s?.stop().catch(() => {});
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

// Ctrl+C or a CI cancel must not leave code-server or Chromium behind.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    interrupted = true;
    log(`${signal}: stopping code-server and Chromium`);
    await cleanup();
    process.exit(130);
  });
}

/**
 * One run: code-server, the workbench with the tests, and the counts from the suite's result line.
 * Returns { passed, failed, pending, code }; `failed` is at least 1 when the run did not finish.
 */
async function runOnce(run) {
  let result;
  workspace = copyWorkspace(run.workspaces);
  const t0 = Date.now();
  server = await startCodeServer({ workspace, workspaceTrust: run.workspaceTrust });
  log(`code-server ${server.base} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (workspace trust ${run.workspaceTrust ? 'on' : 'off'})`);

  const t1 = Date.now();
  workbench = await openWorkbench({
    server,
    folder: workspace,
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: run.testsPath,
    onLog: (type, text) => {
      // The suite's own result line is for this script; the combined one goes out at the end.
      const at = text.indexOf(`${RESULT_MARKER} `);
      if (at >= 0) {
        try { result = JSON.parse(text.slice(at + RESULT_MARKER.length + 1)); } catch { /* reported below */ }
        return;
      }
      if (verbose || !isWorkbenchNoise(text)) printLog(type, text);
    },
    onConsole: verbose ? (type, text) => process.stderr.write(`[browser ${type}] ${text}\n`) : undefined,
  });

  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(
      `TIMEOUT: the ${run.name} integration tests did not finish within ${timeoutMs / 1000} s. `
      + 'The extension host may have failed to start or a test hangs; rerun with CE_PLAYBOOK_VERBOSE=1 to see the workbench console.',
    )), timeoutMs);
  });
  try {
    const code = await Promise.race([workbench.exitCode, timeout]);
    log(`${run.name} run finished with exit code ${code} after ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    if (!result) return { passed: 0, failed: 1, pending: 0, code, note: `no ${RESULT_MARKER} line: the run did not complete` };
    return { ...result, failed: code !== 0 && result.failed === 0 ? 1 : result.failed, code };
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  const runs = plannedRuns();
  preflight(runs);
  const totals = { passed: 0, failed: 0, pending: 0 };
  const lines = [];
  for (const run of runs) {
    if (interrupted) break;
    const prefix = `[integration:${run.name}]`;
    log = (msg) => process.stderr.write(`${prefix} ${msg}\n`);
    process.stdout.write(`\n${prefix} ${path.relative(root, run.testsPath)}\n`);
    let r;
    try {
      r = await runOnce(run);
    } catch (err) {
      // After Ctrl+C the page closing under us is expected, not a finding.
      if (!interrupted) log(`FAILED: ${err.message ?? err}`);
      r = { passed: 0, failed: 1, pending: 0, note: err.message ?? String(err) };
    } finally {
      await cleanup();
    }
    totals.passed += r.passed ?? 0;
    totals.failed += r.failed ?? 0;
    totals.pending += r.pending ?? 0;
    lines.push(`  ${r.failed ? 'FAIL' : 'ok  '} ${run.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''}${r.note ? ` - ${r.note.split('\n')[0]}` : ''}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
  // Exactly one machine-readable line, the last: scripts/test.mjs counts from it.
  process.stdout.write(`${RESULT_MARKER} ${JSON.stringify(totals)}\n`);
  return totals.failed > 0 ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  if (!interrupted) log(`FAILED: ${err.message ?? err}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
