#!/usr/bin/env node
// `npm run test:desktop`: the same integration suite (out/test/integration) in desktop VS Code
// through @vscode/test-electron. It downloads VS Code, so it only works with network access to the
// VS Code update servers; `npm test` runs the same suite offline in code-server.
//
// Env: VSCODE_EXECUTABLE_PATH  use an installed VS Code instead of downloading one
//      VSCODE_VERSION          version to download (default: stable), e.g. 1.90.0 for the engine floor
// On Linux without a display, run it under xvfb-run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionDevelopmentPath = root;
const extensionTestsPath = path.join(root, 'out', 'test', 'integration', 'index.js');
const log = (msg) => process.stderr.write(`[test:desktop] ${msg}\n`);

if (!fs.existsSync(extensionTestsPath)) {
  log(`${extensionTestsPath} does not exist. Compile the tests first: npx tsc -p . (and build: npm run build)`);
  process.exit(1);
}

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION || 'stable', timeout: 30_000 });
  } catch (err) {
    log(`Could not download VS Code: ${err.message ?? err}`);
    log('test:desktop needs network access to download VS Code; use npm test for the offline code-server run'
      + ' (or set VSCODE_EXECUTABLE_PATH to an installed VS Code).');
    process.exit(1);
  }
}

// A fresh copy of the fixture workspace, so tests may edit files freely.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-ws-'));
fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath,
    // --disable-extensions: only the extension under development, as in the code-server run.
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (err) {
  // runTests rejects with TestRunFailedError when VS Code exits non-zero (failed tests or a crash).
  log(`FAILED: ${err.message ?? err}`);
  code = typeof err.code === 'number' ? err.code || 1 : 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
