// Runs INSIDE the extension host, loaded through `extensionTestsPath` by bench/lib/activation.mjs,
// in a window whose extension under development is CE Playbook or the minimal fixture (the web
// workbench loads only one). It checks the extension is not active yet, waits until the window is
// idle, times `await extension.activate()` and prints one machine-readable line, which the outer
// script reads through codeAutomationLog. Plain JavaScript: no build step.
'use strict';
const path = require('node:path');
const vscode = require('vscode');
const { startProfile } = require('../lib/hostProfile.js');

const MARKER = 'CE_PLAYBOOK_BENCH_ACTIVATION';
// The extension(s) to activate, in order: set by the outer script (the extension host inherits
// code-server's environment).
const ORDER = (process.env.CE_PLAYBOOK_BENCH_ORDER || 'ce-tools.ce-playbook,ce-tools.minimal-fixture').split(',');

/** performance.now() in the extension host counts from the host's start. */
const MIN_HOST_UPTIME_MS = 4000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One round trip to the workbench (the renderer) and back: setContext runs there. */
async function roundTrip() {
  const start = performance.now();
  await vscode.commands.executeCommand('setContext', 'cePlaybookBench.probe', start);
  return performance.now() - start;
}

/** Extensions that start with every window ("*", onStartupFinished) and have not finished yet. */
function startingUp() {
  return vscode.extensions.all.filter((e) => !e.isActive && (e.packageJSON.activationEvents || []).some((ev) => ev === '*' || ev === 'onStartupFinished'));
}

/**
 * Waits until the window has finished starting up: every extension that activates with each
 * window ("*", onStartupFinished) is active, then five round trips in a row under 15 ms each and
 * timers on time; at most `maxMs` in all. Activation awaits round trips to the workbench (storage
 * set-up), so measuring while the built-in extensions still start would mostly measure them.
 */
async function settle(maxMs = 10_000) {
  const start = performance.now();
  while (startingUp().length && performance.now() - start < maxMs) await sleep(50);
  // The workbench starts a second round of work 2.5 s after it has restored its views (lifecycle
  // phase "Eventually"). Measured before that, about one sample in three took 15-25 ms for either
  // extension alike (both await a round trip to the busy workbench); so wait until the host has run
  // for a while, then for the quiet spell below.
  while (performance.now() < MIN_HOST_UPTIME_MS) await sleep(50);
  let quiet = 0;
  let rtt = 0;
  while (performance.now() - start < maxMs) {
    rtt = await roundTrip();
    const before = performance.now();
    await sleep(50);
    const lag = performance.now() - before - 50;
    quiet = rtt < 15 && lag < 10 ? quiet + 1 : 0;
    if (quiet >= 5) break;
  }
  const pending = startingUp().map((e) => e.id);
  return { settledMs: performance.now() - start, rttMs: rtt, settled: quiet >= 5 && !pending.length, startupPending: pending };
}

async function run() {
  for (const id of ORDER) {
    const extension = vscode.extensions.getExtension(id);
    if (!extension) {
      console.log(`${MARKER} ${JSON.stringify({ id, error: 'not loaded' })}`);
      throw new Error(`${id} is not loaded`);
    }
    const wasActive = extension.isActive;
    const idle = await settle();
    const hostUptimeMs = performance.now();
    const profile = await startProfile();
    const cached = new Set(Object.keys(require.cache));
    const start = performance.now();
    await extension.activate();
    const ms = performance.now() - start;
    await profile?.stop(id);
    // The extension's own files that activation loaded (CommonJS modules share one cache).
    const loaded = Object.keys(require.cache)
      .filter((file) => !cached.has(file) && file.startsWith(extension.extensionPath))
      .map((file) => path.relative(extension.extensionPath, file).split(path.sep).join('/'));
    console.log(`${MARKER} ${JSON.stringify({ id, ms, loaded, wasActive, isActive: extension.isActive, hostUptimeMs, ...idle })}`);
  }
}

module.exports = { run };
