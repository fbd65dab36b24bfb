// Activation in the real extension host: for each sample a fresh code-server (fresh user data) on
// an empty workspace folder, with one extension under development and bench/activation/index.js
// as `extensionTestsPath`. That module waits until the window is idle, times
// `await extension.activate()` and prints one line, read here through codeAutomationLog.
// CE Playbook and the minimal fixture alternate, so drift (caches, thermal) hits both alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { openWorkbench } from '../../scripts/lib/browser.mjs';
import { ACTIVATION_TESTS } from './paths.mjs';

const MARKER = 'CE_PLAYBOOK_BENCH_ACTIVATION ';

async function sampleOnce({ browser, extensionPath, id, timeoutMs = 90_000 }) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-bench-empty-'));
  const logs = [];
  let result;
  let server;
  let workbench;
  // The extension host inherits code-server's environment: tell the module which extension to time.
  process.env.CE_PLAYBOOK_BENCH_ORDER = id;
  try {
    // Built-in extensions that go on working in the background of a fresh window (git looks for a
    // repository with child processes, task providers scan the folder) land in the timed window at
    // random (CPU profiles of slow samples showed git's spawn and IPC writes, not CE's code): they
    // are switched off for both extensions alike.
    server = await startCodeServer({
      workspace,
      settings: {
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'npm.autoDetect': 'off',
        'task.autoDetect': 'off',
        'extensions.ignoreRecommendations': true,
      },
    });
    workbench = await openWorkbench({
      server, browser, folder: workspace, extensionDevelopmentPath: extensionPath, extensionTestsPath: ACTIVATION_TESTS,
      onLog: (type, text) => {
        logs.push(`[${type}] ${text}`);
        const at = text.indexOf(MARKER);
        if (at >= 0) result = JSON.parse(text.slice(at + MARKER.length));
      },
    });
    let timer;
    const code = await Promise.race([
      workbench.exitCode,
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs / 1000} s`)), timeoutMs); }),
    ]).finally(() => clearTimeout(timer));
    if (code !== 0 || !result || result.error) throw new Error(result?.error ?? `the activation run ended with exit code ${code}`);
    return result;
  } catch (err) {
    err.message += `\nWorkbench log (last lines):\n${logs.slice(-15).join('\n')}`;
    throw err;
  } finally {
    delete process.env.CE_PLAYBOOK_BENCH_ORDER;
    await workbench?.close().catch(() => {});
    await server?.stop().catch(() => {});
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** `samples` activations of each extension, alternating (and alternating which goes first). */
export async function measureActivation({ browser, extensions, samples, log = () => {} }) {
  const results = Object.fromEntries(extensions.map((e) => [e.key, []]));
  for (let i = 0; i < samples; i++) {
    const order = i % 2 === 0 ? extensions : [...extensions].reverse();
    for (const ext of order) {
      const r = await sampleOnce({ browser, extensionPath: ext.path, id: ext.id });
      results[ext.key].push(r);
      log(`sample ${i + 1}/${samples} ${ext.key}: ${r.ms.toFixed(1)} ms${r.wasActive ? ' (WAS ALREADY ACTIVE)' : ''}${r.settled ? '' : ' (window never idle)'}`);
    }
  }
  return results;
}
