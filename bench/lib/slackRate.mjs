// Runs bench/slack/statusRate.ts in plain Node (bundled with esbuild from the build snapshot, as
// pure.mjs does for the scale part): Slack requests per minute for 20 open tickets, and during a 429.
import { spawn } from 'node:child_process';
import path from 'node:path';
import esbuild from 'esbuild';
import { OUT, STAGE } from './paths.mjs';

export async function measureSlackRate({ log = () => {} } = {}) {
  const outfile = path.join(OUT, 'pure', 'status-rate.cjs');
  await esbuild.build({
    entryPoints: [path.join(STAGE, 'bench', 'slack', 'statusRate.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning',
  });
  log(`node ${path.relative(process.cwd(), outfile)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [outfile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`Slack status benchmark failed (exit ${code}):\n${stderr.slice(-3000)}`));
      try { resolve(JSON.parse(stdout)); } catch (err) { reject(new Error(`Slack status benchmark printed no JSON: ${err.message}`)); }
    });
  });
}

/** The lines the report prints for it. */
export function slackRateLines(r) {
  const steady = r.requestsPerMinute;
  const limited = r.afterRateLimit.requestsPerMinute;
  return [
    `Ticket status, ${r.tickets} open tickets, a refresh every ${r.triggerEverySeconds} s for ${r.simulatedMinutes} simulated minutes:`,
    `  Slack read requests per minute: ${steady.join(', ')} (max ${Math.max(...steady)}; by method ${Object.entries(r.requestsByMethod).map(([m, n]) => `${m} ${n}`).join(', ')})`,
    `  a round that reads the threads takes ${r.readingRoundMedianMs.toFixed(0)} ms (median, stand-in on 127.0.0.1)`,
    `  after a 429 (Retry-After: 30): ${limited.join(', ')} requests in the next minutes; no request for ${r.afterRateLimit.blockedForSeconds} s`,
  ];
}
