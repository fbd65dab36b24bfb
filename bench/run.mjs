#!/usr/bin/env node
// `npm run bench`: the CE Playbook benchmark. Builds a production snapshot if anything changed,
// then measures and prints (and writes bench-results/latest.json):
//   1. activation in the real extension host (code-server) against the minimal fixture extension
//   2. sizes: dist/extension.js, the lazy chunks and the rest of dist/, the .vsix
//   3. scale: loading, the tree, search and memory for the bundled data and 100/1,000/10,000 teams
//   4. the team panel: HTML rendering, and time to visible next to VS Code's Markdown preview
//   5. reload: the Reload Data command in the real extension host, 10,000 teams in 20 files
//   6. slack: ticket status reads per minute for 20 open tickets against the Slack stand-in, and a 429
// It only prints: no timing is asserted here or in the test suite.
//
//   node bench/run.mjs [--quick] [--only size,scale,activation,panel,reload,slack] [--samples N]
//
// --quick: fewer samples (a smoke run, ~2 min). --samples: code-server samples per extension/view
// (default 5). Env: CHROMIUM_PATH, CE_PLAYBOOK_CACHE (see scripts/lib), CE_PLAYBOOK_BENCH_OUT.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ensureCodeServer } from '../scripts/lib/codeServer.mjs';
import { launchBrowser } from '../scripts/lib/browser.mjs';
import { ROOT, RESULTS_DIR, STAGE, MINIMAL_EXTENSION } from './lib/paths.mjs';
import { machineInfo } from './lib/machine.mjs';
import { ensureBuild, distSizes } from './lib/build.mjs';
import { classifyActivationEvents } from './lib/activationEvents.mjs';
import { runPure } from './lib/pure.mjs';
import { measureActivation } from './lib/activation.mjs';
import { measurePanel } from './lib/panel.mjs';
import { measureReload } from './lib/reload.mjs';
import { buildReport } from './lib/report.mjs';
import { measureSlackRate, slackRateLines } from './lib/slackRate.mjs';

const PARTS = ['size', 'scale', 'activation', 'panel', 'reload', 'slack'];
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    samples: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opts.help) {
  console.log(`usage: node bench/run.mjs [--quick] [--only ${PARTS.join(',')}] [--samples N]`);
  process.exit(0);
}
const only = new Set((opts.only ?? PARTS).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean));
const unknown = [...only].filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Choose from: ${PARTS.join(', ')}`);
  process.exit(2);
}
const samples = Number(opts.samples ?? (opts.quick ? 2 : 5));
// An activation sample takes a few seconds, and about one in four lands on a busy moment of the
// fresh window (both extensions alike): more samples keep the medians steady.
const activationSamples = Number(opts.samples ?? (opts.quick ? 2 : 11));
// A reload sample takes about a second; one window holds them all.
const reloadSamples = Number(opts.samples ?? (opts.quick ? 3 : 11));
const logger = (part) => (msg) => process.stderr.write(`[bench:${part}] ${msg}\n`);

let browser;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    process.stderr.write(`[bench] ${signal}: stopping\n`);
    await browser?.close().catch(() => {});
    process.exit(130); // code-server children are killed by their own exit hook
  });
}

async function main() {
  const started = performance.now();
  const machine = machineInfo();
  const needsWorkbench = only.has('activation') || only.has('panel') || only.has('reload');
  if (needsWorkbench) ensureCodeServer();

  const build = ensureBuild({ log: logger('build') });
  const sizes = distSizes();
  const manifest = JSON.parse(fs.readFileSync(path.join(STAGE, 'package.json'), 'utf8'));
  const minimalManifest = JSON.parse(fs.readFileSync(path.join(MINIMAL_EXTENSION, 'package.json'), 'utf8'));
  const events = classifyActivationEvents(manifest);

  // A part that fails is reported as such; the others still run and print.
  const failures = {};
  const attempt = async (part, fn) => {
    try {
      return await fn();
    } catch (err) {
      failures[part] = String(err.message ?? err);
      process.stderr.write(`[bench:${part}] FAILED: ${err.stack ?? err}\n`);
      return undefined;
    }
  };

  const pure = only.has('scale') ? await attempt('scale', () => runPure({ quick: opts.quick, log: logger('scale') })) : undefined;
  const slack = only.has('slack') ? await attempt('slack', () => measureSlackRate({ log: logger('slack') })) : undefined;

  let activation;
  let panel;
  let reload;
  if (needsWorkbench) {
    browser = await attempt('browser', () => launchBrowser());
    if (browser) {
      try {
        if (only.has('activation')) {
          activation = await attempt('activation', () => measureActivation({
            browser,
            samples: activationSamples,
            log: logger('activation'),
            extensions: [
              { key: 'ce', id: `${manifest.publisher}.${manifest.name}`, path: STAGE },
              { key: 'minimal', id: `${minimalManifest.publisher}.${minimalManifest.name}`, path: MINIMAL_EXTENSION },
            ],
          }));
        }
        if (only.has('panel')) panel = await attempt('panel', () => measurePanel({ browser, extensionPath: STAGE, samples, log: logger('panel') }));
        if (only.has('reload')) {
          reload = await attempt('reload', () => measureReload({
            browser, extensionId: `${manifest.publisher}.${manifest.name}`, samples: reloadSamples, log: logger('reload'),
          }));
        }
      } finally {
        await browser.close().catch(() => {});
        browser = undefined;
      }
    }
  }

  machine.loadAverageAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)));
  const { text, json } = buildReport({
    machine, build, sizes, events, pure, activation, panel, reload, failures,
    options: { quick: opts.quick, only: [...only], samples, activationSamples, reloadSamples },
    elapsedMs: performance.now() - started,
  });
  console.log(text);
  if (slack) {
    console.log(slackRateLines(slack).join('\n'));
    json.slack = slack;
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'latest.json');
  fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  console.log(`Results: ${path.relative(ROOT, file)}`);
  if (Object.keys(failures).length) process.exitCode = 1;
}

main().catch(async (err) => {
  console.error(`[bench] FAILED: ${err.stack ?? err}`);
  await browser?.close().catch(() => {});
  process.exit(1);
});
