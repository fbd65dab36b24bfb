#!/usr/bin/env node
// Packages the extension as a .vsix (offline, @vscode/vsce) and installs it into code-server with
// --install-extension, as a user would; checks what got installed. Part of `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerBin, ensureCodeServer } from './lib/codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-vsix-'));
const fail = (message) => { console.error(`package: ${message}`); process.exitCode = 1; };
try {
  const vsix = path.join(work, 'ce-playbook.vsix');
  execFileSync(process.execPath, [path.join(root, 'esbuild.js'), '--production'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const size = fs.statSync(vsix).size;
  // The budget of the README's Performance section (the Slack and MCP chunks included).
  const VSIX_BUDGET = 500 * 1024;
  if (size > VSIX_BUDGET) fail(`the .vsix is ${(size / 1024).toFixed(1)} KB, over its ${VSIX_BUDGET / 1024} KB budget`);
  ensureCodeServer();
  const extensions = path.join(work, 'extensions');
  const install = spawnSync(process.execPath, [codeServerBin(), '--extensions-dir', extensions, '--user-data-dir', path.join(work, 'user-data'), '--install-extension', vsix], { encoding: 'utf8' });
  if (install.status !== 0 || !/successfully installed/.test(install.stdout)) fail(`code-server could not install the .vsix:\n${install.stdout}${install.stderr}`);
  const installed = path.join(extensions, 'ce-tools.ce-playbook-' + JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  for (const file of ['package.json', 'package.nls.json', 'dist/extension.js', 'dist/panelRenderer.js', 'dist/workspaceData.js', 'dist/commands.js', 'dist/webview/intersection.js', 'dist/schema/handbook.schema.json', 'media/handbook/how-ce-intersects-internal-teams.md']) {
    if (!fs.existsSync(path.join(installed, file))) fail(`the installed extension lacks ${file}`);
  }
  for (const file of ['src', 'data', 'test', 'node_modules', 'dist/extension.js.map']) {
    if (fs.existsSync(path.join(installed, file))) fail(`the .vsix ships ${file}, which the extension does not need`);
  }
  if (!process.exitCode) console.log(`package: ce-playbook.vsix (${(size / 1024).toFixed(1)} KB) installs into code-server as ${path.basename(installed)}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
