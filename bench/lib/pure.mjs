// Runs bench/scale/scale.ts in plain Node: bundled with esbuild (as esbuild.js does for the data
// step) from the build snapshot, so it measures the same source as the extension build, then
// started with --expose-gc so memory is measured after full collections.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import esbuild from 'esbuild';
import { OUT, STAGE } from './paths.mjs';

// As the extension's bundles do (esbuild.js): `yaml` without its per-token environment reads.
const { yamlWithoutDebugEnv } = createRequire(import.meta.url)('../../scripts/yaml-debug-env.js');

export async function runPure({ quick = false, log = () => {} } = {}) {
  const outfile = path.join(OUT, 'pure', 'scale.cjs');
  await esbuild.build({
    entryPoints: [path.join(STAGE, 'bench', 'scale', 'scale.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile,
    loader: { '.svg': 'text' }, logLevel: 'warning', sourcemap: false, plugins: [yamlWithoutDebugEnv],
  });
  log(`node --expose-gc ${path.relative(process.cwd(), outfile)}`);
  const args = ['--expose-gc', '--max-old-space-size=4096', outfile, STAGE, STAGE, ...(quick ? ['--quick'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; process.stderr.write(c); });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`scale benchmark failed (exit ${code}):\n${stderr.slice(-3000)}`));
      try { resolve(JSON.parse(stdout)); } catch (err) { reject(new Error(`scale benchmark printed no JSON: ${err.message}\n${stdout.slice(0, 500)}`)); }
    });
  });
}
