// Activation in the real extension host: for each sample a fresh code-server (fresh user data) on
// an empty workspace folder, with one extension under development and bench/activation/index.js
// as `extensionTestsPath`. That module waits until the window is idle, times
// `await extension.activate()` and prints one line, read here through codeAutomationLog.
// CE Playbook and the minimal fixture alternate, so drift (caches, thermal) hits both alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runInHost } from './hostRun.mjs';
import { ACTIVATION_TESTS } from './paths.mjs';

const MARKER = 'CE_PLAYBOOK_BENCH_ACTIVATION ';

async function sampleOnce({ browser, extensionPath, id, timeoutMs = 90_000 }) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-bench-empty-'));
  try {
    // The extension host inherits code-server's environment: tell the module which extension to time.
    return await runInHost({
      browser, workspace, extensionPath, testsPath: ACTIVATION_TESTS, marker: MARKER, what: 'activation', timeoutMs,
      env: { CE_PLAYBOOK_BENCH_ORDER: id },
    });
  } finally {
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
