// A reload in the real extension host: one code-server window on a workspace with 10,000
// generated teams in 20 `.ce-playbook/` files (bench/reload/workspace.ts, bundled by esbuild from
// the build snapshot like the scale part), CE Playbook under development and
// bench/reload/index.js as `extensionTestsPath`. That module times the Reload Data command with
// nothing changed and with one file changed, and prints one line, read here through
// codeAutomationLog.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';
import { runInHost } from './hostRun.mjs';
import { OUT, RELOAD_TESTS, STAGE } from './paths.mjs';

const MARKER = 'CE_PLAYBOOK_BENCH_RELOAD ';

async function writeWorkspace(workspace) {
  const outfile = path.join(OUT, 'reload', 'workspace.cjs');
  await esbuild.build({
    entryPoints: [path.join(STAGE, 'bench', 'reload', 'workspace.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile,
    loader: { '.svg': 'text' }, logLevel: 'warning', sourcemap: false,
  });
  return JSON.parse(execFileSync(process.execPath, [outfile, STAGE, workspace], { encoding: 'utf8' }));
}

export async function measureReload({ browser, extensionId, samples, log = () => {}, timeoutMs = 300_000 }) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-bench-reload-'));
  try {
    const data = await writeWorkspace(workspace);
    log(`${data.files.length} files, ${(data.bytes / 1024 / 1024).toFixed(1)} MB of YAML (largest ${(data.largest / 1024).toFixed(0)} KB); ${samples} samples of each kind`);
    const result = await runInHost({
      browser, workspace, extensionPath: STAGE, testsPath: RELOAD_TESTS, marker: MARKER, what: 'reload', timeoutMs,
      env: { CE_PLAYBOOK_BENCH_ORDER: extensionId, CE_PLAYBOOK_BENCH_SAMPLES: String(samples) },
    });
    for (const kind of ['unchanged', 'changed']) log(`${kind}: ${result[kind].map((s) => s.ms.toFixed(0)).join(', ')} ms`);
    return { ...result, files: data.files.length, bytes: data.bytes };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
