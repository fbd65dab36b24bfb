#!/usr/bin/env node
// Integration tests in a real VS Code without downloading it: code-server (VS Code 1.100.3 from
// npm) serves the workbench, headless Debian Chromium opens it with the extension under development
// and `extensionTestsPath`, and the workbench runs the mocha suite in the extension host.
//
//   node scripts/test-integration.mjs [--extension-path DIR] [--tests-path FILE] [--timeout SECONDS]
//
// Env equivalents: CE_PLAYBOOK_EXTENSION_PATH, CE_PLAYBOOK_TESTS_PATH, CE_PLAYBOOK_TEST_TIMEOUT,
// and CE_PLAYBOOK_VERBOSE=1 to also print the workbench's routine log and its browser console.
// Exit code: the one the test run reports (0 passed, 1 failed), or 1 on timeout or setup errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCodeServer } from './lib/codeServer.mjs';
import { openWorkbench, printLog, isWorkbenchNoise } from './lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: opts } = parseArgs({
  options: {
    'extension-path': { type: 'string', default: process.env.CE_PLAYBOOK_EXTENSION_PATH ?? root },
    'tests-path': { type: 'string', default: process.env.CE_PLAYBOOK_TESTS_PATH ?? path.join(root, 'out', 'test', 'integration', 'index.js') },
    'workspace': { type: 'string', default: process.env.CE_PLAYBOOK_WORKSPACE ?? path.join(root, 'test', 'fixtures', 'workspace') },
    'timeout': { type: 'string', default: process.env.CE_PLAYBOOK_TEST_TIMEOUT ?? '300' },
  },
});

const log = (msg) => process.stderr.write(`[integration] ${msg}\n`);
const extensionPath = path.resolve(opts['extension-path']);
const testsPath = path.resolve(opts['tests-path']);
const timeoutMs = Number(opts.timeout) * 1000;
const verbose = process.env.CE_PLAYBOOK_VERBOSE === '1';

function preflight() {
  if (!fs.existsSync(path.join(extensionPath, 'package.json'))) {
    throw new Error(`No extension at ${extensionPath} (no package.json).`);
  }
  if (!fs.existsSync(testsPath)) {
    throw new Error(`Test entry ${testsPath} does not exist. Compile the tests first: npx tsc -p .`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  if (manifest.main && !fs.existsSync(path.resolve(extensionPath, manifest.main))
      && !fs.existsSync(path.resolve(extensionPath, `${manifest.main}.js`))) {
    // VS Code would only log this deep inside the extension host; say it up front.
    log(`warning: the extension's main ${manifest.main} does not exist. Build it first: npm run build`);
  }
}

/** Each run gets its own copy of the fixture workspace, so tests may edit and save files freely. */
function copyWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-ws-'));
  fs.cpSync(opts.workspace, dir, { recursive: true });
  return dir;
}

let server;
let workbench;
let workspace;
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    await workbench?.close().catch(() => {});
    await server?.stop().catch(() => {});
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  })();
  return cleaning;
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

async function main() {
  preflight();
  workspace = copyWorkspace();
  const t0 = Date.now();
  server = await startCodeServer({ workspace });
  log(`code-server ${server.base} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const t1 = Date.now();
  workbench = await openWorkbench({
    server,
    folder: workspace,
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: testsPath,
    onLog: (type, text) => { if (verbose || !isWorkbenchNoise(text)) printLog(type, text); },
    onConsole: verbose ? (type, text) => process.stderr.write(`[browser ${type}] ${text}\n`) : undefined,
  });

  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(
      `TIMEOUT: the integration tests did not finish within ${timeoutMs / 1000} s. `
      + 'The extension host may have failed to start or a test hangs; rerun with CE_PLAYBOOK_VERBOSE=1 to see the workbench console.',
    )), timeoutMs);
  });
  try {
    const code = await Promise.race([workbench.exitCode, timeout]);
    log(`test run finished with exit code ${code} after ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    clearTimeout(timer);
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  // After Ctrl+C the page closing under us is expected, not a finding.
  if (!interrupted) log(`FAILED: ${err.message ?? err}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
