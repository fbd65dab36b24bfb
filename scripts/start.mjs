#!/usr/bin/env node
// `npm start`: try the extension by hand in a real VS Code in the browser. Builds the extension,
// starts code-server (installing it once, from npm) on 127.0.0.1 with the extension loaded from this
// repository and sample-workspace/ open, prints the URL, and runs until Ctrl+C.
//
// Env: PORT (default 8080; a free port is used if it is taken).
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, freePort, startCodeServer } from './lib/codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspace = path.join(root, 'sample-workspace');
const log = (msg) => process.stderr.write(`[start] ${msg}\n`);

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

log('building the extension (node esbuild.js)');
const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  log(`the build failed (exit ${build.status}); fix it and run npm start again.`);
  process.exit(1);
}

ensureCodeServer();

const wanted = Number(process.env.PORT || 8080);
let port = wanted;
if (!(await portIsFree(wanted))) {
  port = await freePort();
  log(`port ${wanted} is taken; using ${port} instead`);
}

const server = await startCodeServer({
  workspace,
  port,
  // The sample workspace sits inside this repository; don't nag about opening the parent repo.
  settings: { 'git.openRepositoryInParentFolders': 'never' },
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping code-server`);
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

const url = server.url({ folder: workspace, extensionDevelopmentPath: root });
console.log([
  '',
  'CE Playbook is running in VS Code (code-server) with the extension from this repository.',
  '',
  `  Open: ${url}`,
  '',
  `  Workspace: ${workspace}`,
  '  After changing the extension: run `npm run build` (or `npm run watch`), then reload the browser tab.',
  '  Press Ctrl+C to stop.',
  '',
].join('\n'));

// code-server (a child process) keeps the event loop alive; if it dies on its own, say so and exit.
server.exited.then((code) => {
  if (stopping) return;
  log(`code-server exited unexpectedly (code ${code}).`);
  process.exit(1);
});
