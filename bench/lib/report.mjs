// Turns the raw measurements into the printed report and the JSON of bench-results/latest.json.
import { bytes, ms, range, ratio, summarize, table, x } from './stats.mjs';
import { reportReload } from './reloadReport.mjs';

export const TARGETS = {
  activationRatio: 1.5,
  startupBundleBytes: 60 * 1024,
  /** The Slack and MCP chunks ship in the package (loaded only when used). */
  vsixBytes: 600 * 1024, // as scripts/check-package.mjs (raised from 500 KB on 2026-12-04)
  /** 10,000 teams: a window opening on the data for the first time. */
  loadMs10k: 1000,
  /** 10,000 teams: a new window, with the persistent cache of checked files. */
  cachedMs10k: 300,
  /** 10,000 teams: reload after saving one file. */
  reloadMs10k: 150,
  heapBytes10k: 100 * 1024 * 1024,
  queryMs10k: 20,
  /** A 10× step in teams may cost at most 11×. */
  growthRatio: 11,
};

/** Heap deltas of tiny data are within GC noise and can come out negative. */
const heap = (n) => (n > 0 ? bytes(Math.round(n)) : '≈ 0');
const pct = (over, of) => `${((over / of) * 100).toFixed(0)}%`;

function target(name, met, value, detail) {
  return { name, met, value, detail };
}

/** Summaries of the pure results: every sample array becomes { n, median, min, max }. */
function summarizeScale(pure) {
  return pure.sizes.map((s) => {
    const sum = (key) => summarize(s[key]);
    const queries = s.queries.map((q) => ({ query: q.query, hits: q.hits, ...summarize(q.ms) }));
    const worst = queries.reduce((a, b) => (b.median > a.median ? b : a), queries[0]);
    const load = sum('loadMs');
    const cached = sum('cachedMs');
    const reload = sum('reloadMs');
    const cpu = { load: sum('loadCpuMs'), cached: sum('cachedCpuMs'), reload: sum('reloadCpuMs') };
    const parse = sum('parseMs');
    const links = sum('linksMs');
    const validate = sum('validateMs');
    const merge = sum('mergeMs');
    return {
      label: s.label, generatedTeams: s.generatedTeams, files: s.files, bytes: s.bytes, counts: s.counts, memory: s.memory,
      load, cached, reload, cpu, parse, links, validate, merge,
      // The steps of a cold load, from their medians: YAML = decode + the fast path's parse.
      breakdown: {
        yaml: parse.median,
        links: links.median,
        validate: validate.median,
        merge: merge.median,
      },
      tree: sum('treeMs'), searchBuild: sum('searchBuildMs'), panel: sum('panelMs'),
      seenEqual: sum('seenEqualMs'), seenDiff: sum('seenDiffMs'),
      queries, worstQuery: worst,
      queryMedian: summarize(queries.map((q) => q.median)).median,
    };
  });
}

function growth(rows, pick) {
  const steps = [];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    if (!a.generatedTeams || b.generatedTeams !== a.generatedTeams * 10) continue;
    const r = ratio(pick(b), pick(a));
    steps.push({ from: a.label, to: b.label, ratio: r, exponent: Math.log10(r) });
  }
  return steps;
}

export function buildReport({ machine, build, sizes, events, pure, activation, panel, reload, failures = {}, options, elapsedMs }) {
  const out = [];
  const say = (s = '') => out.push(s);
  const targets = [];
  const json = { machine, options, elapsedMs, build, size: sizes, activationEvents: events, failures };
  const notRun = (...parts) => {
    const failed = parts.map((p) => failures[p] && `${p} FAILED: ${failures[p].split('\n')[0]}`).filter(Boolean);
    return failed.length ? `(${failed.join('; ')})` : '(not run)';
  };

  say(`CE Playbook benchmark${options.quick ? ' (quick: fewer samples)' : ''}`);
  say(`Machine: ${machine.cpu}, ${machine.cores} cores, ${bytes(machine.memoryBytes)} RAM, ${machine.os}; Node ${machine.node}; VS Code ${machine.vscode} (code-server ${machine.codeServer})`);
  say(`Build: production snapshot of the working tree (${build.inputs} files), ${build.rebuilt ? `built in ${ms(build.buildMs)}, packaged in ${ms(build.packageMs)}` : 'unchanged since the last run'}`);
  const busy = Math.max(machine.loadAverageAtStart[0], machine.loadAverageAtEnd?.[0] ?? 0) > machine.cores * 0.75;
  say(`Load average (1, 5, 15 min) at start: ${machine.loadAverageAtStart.join(', ')}; at end: ${machine.loadAverageAtEnd?.join(', ') ?? 'n/a'}${busy ? ` — WARNING: the machine was busy (${machine.cores} cores): timings are inflated and noisy; rerun when it is idle` : ''}`);
  say('Timings: median (min–max) of the samples stated.');

  // ---- 1. Activation ------------------------------------------------------------------------
  say();
  say('1. ACTIVATION — `await extension.activate()` in the real extension host (code-server), fresh window and user data per sample, empty workspace folder');
  if (activation) {
    const ce = summarize(activation.ce.map((r) => r.ms));
    const min = summarize(activation.minimal.map((r) => r.ms));
    const r = ratio(ce.median, min.median);
    const wasActive = [...activation.ce, ...activation.minimal].filter((s) => s.wasActive);
    const unsettled = [...activation.ce, ...activation.minimal].filter((s) => !s.settled);
    say(table([
      ['extension', 'activation', 'samples', 'active before?', 'idle wait before'],
      ['CE Playbook', range(ce), String(ce.n), activation.ce.some((s) => s.wasActive) ? 'YES (sample invalid)' : 'no', range(summarize(activation.ce.map((s) => s.settledMs)))],
      ['Minimal fixture (floor)', range(min), String(min.n), activation.minimal.some((s) => s.wasActive) ? 'YES (sample invalid)' : 'no', range(summarize(activation.minimal.map((s) => s.settledMs)))],
    ]));
    say(`Ratio CE / minimal (medians): ${x(r)}; CE's own cost over the floor: ${ms(ce.median - min.median)}`);
    if (unsettled.length) say(`Note: ${unsettled.length} sample(s) measured before the window was idle (waited the 10 s maximum).`);
    const loaded = [...new Set(activation.ce.flatMap((s) => s.loaded ?? []))].sort();
    say(`Files of CE Playbook that activate() loaded: ${loaded.join(', ') || 'none'} (every chunk is loaded on first use, after activation)`);
    const onlyStartup = loaded.length === 1 && loaded[0] === sizes.startup.file;
    targets.push(target(`Activation loads only ${sizes.startup.file}`, onlyStartup, loaded.join(', ') || 'none', onlyStartup ? 'met: no chunk is loaded during activate()' : 'missed: a chunk is loaded during activate(); load it on first use instead'));
    json.activation = { ce: { samples: activation.ce, ...ce }, minimal: { samples: activation.minimal, ...min }, ratio: r };
    targets.push(target(`Activation ≤ ${TARGETS.activationRatio}× the minimal extension`, r <= TARGETS.activationRatio && !wasActive.length, x(r),
      r <= TARGETS.activationRatio
        ? `met: ${ms(ce.median)} vs ${ms(min.median)}; ${ms(min.median * TARGETS.activationRatio - ce.median)} to spare`
        : `missed: ${ms(ce.median)} vs ${ms(min.median)}; CE would need ≤ ${ms(min.median * TARGETS.activationRatio)}, i.e. ${ms(ce.median - min.median * TARGETS.activationRatio)} less`));
  } else {
    say(notRun('browser', 'activation'));
    targets.push(target(`Activation ≤ ${TARGETS.activationRatio}× the minimal extension`, null, 'n/a', notRun('browser', 'activation')));
  }
  say();
  say('Activation events (package.json, plus those VS Code derives from contributions):');
  for (const e of events.explicit) say(`  ${e.allowed ? 'ok  ' : 'FLAG'} ${e.event} — ${e.kind}; fires at startup: ${e.atStartup}`);
  const implicitByKind = new Map();
  for (const e of events.implicit) implicitByKind.set(`${e.allowed ? 'ok  ' : 'FLAG'} ${e.kind}`, [...(implicitByKind.get(`${e.allowed ? 'ok  ' : 'FLAG'} ${e.kind}`) ?? []), e]);
  for (const [k, list] of implicitByKind) say(`  ${k} (implicit): ${list.length === 1 ? list[0].event : `${list.length} events, e.g. ${list[0].event}`} — fires at startup: ${list[0].atStartup}`);
  targets.push(target('No startup work the user did not ask for', events.flagged.length === 0,
    events.flagged.length ? events.flagged.map((e) => e.event).join(', ') : 'none flagged',
    events.flagged.length ? `missed: ${events.flagged.length} event(s) that are not views, commands, the URI handler, panel restore or workspace data files` : `met: ${events.explicit.length} listed event(s), all views/commands/URI/panel restore/data files`));

  // ---- 2. Size --------------------------------------------------------------------------------
  say();
  say('2. SIZE — production build (node esbuild.js --production)');
  const sizeRows = [['file', 'bytes', '']];
  sizeRows.push([`${sizes.startup.file} (loaded at activation)`, String(sizes.startup.bytes), bytes(sizes.startup.bytes)]);
  for (const f of sizes.lazyChunks) sizeRows.push([`${f.file} (lazy chunk)`, String(f.bytes), bytes(f.bytes)]);
  const otherBytes = sizes.other.reduce((n, f) => n + f.bytes, 0);
  sizeRows.push([`other dist/ files (${sizes.other.length})`, String(otherBytes), bytes(otherBytes)]);
  sizeRows.push(['everything in dist/ but the startup bundle', String(sizes.restBytes), bytes(sizes.restBytes)]);
  sizeRows.push(['.vsix', String(sizes.vsixBytes), bytes(sizes.vsixBytes)]);
  say(table(sizeRows));
  say(`Other dist/ files: ${sizes.other.map((f) => `${f.file.replace(/^dist\//, '')} ${bytes(f.bytes)}`).join(', ')}`);
  say(`.vsix made with: ${build.vsceCommand}${build.vsceFlagsFromPackageScript ? ' (the flags of `npm run package`)' : ''}`);
  if (sizes.vscodeInterop) say(`${sizes.startup.file} imports vscode through esbuild's __toESM ${sizes.vscodeInterop} time(s): each copies every property of the vscode API object when the bundle loads (\`import * as vscode\` in ${sizes.vscodeInterop} modules; \`import vscode = require('vscode')\` avoids it)`);
  if (build.extensionInputs?.length) {
    say(`Largest inputs of ${sizes.startup.file} (esbuild --analyze, minified bytes): ${build.extensionInputs.slice(0, 8).map((i) => `${i.input} ${bytes(i.bytes)}`).join(', ')}`);
  }
  if (build.vsixContents?.length) say(`In the .vsix (uncompressed): ${build.vsixContents.map((c) => `${c.entry} ${c.kb} KB`).join(', ')}`);
  if (build.packageProblem) say(`NOTE: vsce with the flags of \`npm run package\` FAILS: ${build.packageProblem} (measured with placeholder base URLs instead)`);
  if (build.vsceWarnings?.length) say(`vsce warnings: ${build.vsceWarnings.join(' | ')}`);
  targets.push(target('dist/extension.js ≤ 60 KB minified', sizes.startup.bytes <= TARGETS.startupBundleBytes, bytes(sizes.startup.bytes),
    sizes.startup.bytes <= TARGETS.startupBundleBytes ? `met: ${bytes(TARGETS.startupBundleBytes - sizes.startup.bytes)} to spare`
      : `missed by ${bytes(sizes.startup.bytes - TARGETS.startupBundleBytes)} (${pct(sizes.startup.bytes - TARGETS.startupBundleBytes, TARGETS.startupBundleBytes)} over)`));
  targets.push(target(`.vsix ≤ ${bytes(TARGETS.vsixBytes)}`, sizes.vsixBytes <= TARGETS.vsixBytes, bytes(sizes.vsixBytes),
    sizes.vsixBytes <= TARGETS.vsixBytes ? `met: ${bytes(TARGETS.vsixBytes - sizes.vsixBytes)} to spare`
      : `missed by ${bytes(sizes.vsixBytes - TARGETS.vsixBytes)} (${pct(sizes.vsixBytes - TARGETS.vsixBytes, TARGETS.vsixBytes)} over)`));

  // ---- 3. Scale -------------------------------------------------------------------------------
  say();
  say('3. SCALE — plain Node; the data/ YAML files plus generated YAML data files (per team: 1 channel, 1 meeting, 0.2 templates),');
  say(`   loaded with loadHandbook over an empty base with the default limits (${pure ? bytes(pure.limits.maxBytes) : '1 MB'} per file, so generated data is split into files under 900 KB)`);
  let rows;
  if (pure) {
    rows = summarizeScale(pure);
    say(table([
      ['data', 'teams', 'YAML', 'files', 'cold load', 'with persistent cache', 'reload after saving 1 file', 'heap kept after load', '+ bytes outside the heap', 'handbook alone'],
      ...rows.map((r) => [r.label, String(r.counts.teams), bytes(r.bytes), String(r.files), range(r.load), range(r.cached), range(r.reload),
        r.memory ? heap(r.memory.afterLoadBytes) : 'n/a (no --expose-gc)', r.memory ? heap(r.memory.bytesOutsideHeap) : 'n/a', r.memory ? heap(r.memory.handbookBytes) : 'n/a']),
    ]));
    say('CPU time of the same runs (all threads of the process; on a busy machine the wall clock also counts the wait for a core):');
    say(table([
      ['data', 'cold load', 'with persistent cache', 'reload after saving 1 file'],
      ...rows.map((r) => [r.label, range(r.cpu.load), range(r.cpu.cached), range(r.cpu.reload)]),
    ]));
    say(table([
      ['data', 'tree 1st level', 'search/query (median of queries)', 'slowest query', 'search index build'],
      ...rows.map((r) => [r.label, range(r.tree), ms(r.queryMedian), `${ms(r.worstQuery.median)} "${r.worstQuery.query}"`, range(r.searchBuild)]),
    ]));
    say('What changed after a reload (the data seen, read back from its record, against the data now): nothing changed / one sentence changed (the diff):');
    say(table([
      ['data', 'nothing changed', 'one sentence changed'],
      ...rows.map((r) => [r.label, range(r.seenEqual), range(r.seenDiff)]),
    ]));
    say('Where a cold load goes (medians; YAML = decode + the fast path\'s parse; merge = mergeLayers with the checks of the merged entries):');
    say(table([
      ['data', 'YAML parse', 'link check', 'schema validation', 'merge + entry checks', 'sum', 'YAML share'],
      ...rows.map((r) => {
        const b = r.breakdown;
        const total = b.yaml + b.links + b.validate + b.merge;
        return [r.label, ms(b.yaml), ms(b.links), ms(b.validate), ms(b.merge), ms(total), `${((b.yaml / total) * 100).toFixed(0)}%`];
      }),
    ]));
    const big = rows[rows.length - 1];
    say(`Queries at ${big.label} (median of ${big.queries[0].n}, default limit 50): ${big.queries.map((q) => `"${q.query}" ${ms(q.median)} (${q.hits} hits)`).join(', ')}`);
    // Growth from the fastest run of each size: noise (GC, other processes) only ever adds time,
    // so the minimum is the steadiest estimate of the cost itself.
    const metrics = {
      'cold load': (r) => r.load.min,
      'reload after saving 1 file': (r) => r.reload.min,
      'tree first level': (r) => r.tree.min,
      'search, slowest query': (r) => r.worstQuery.min,
      'search index build': (r) => r.searchBuild.min,
      'heap kept after load': (r) => r.memory?.afterLoadBytes ?? NaN,
    };
    const growthJson = {};
    say('Growth per 10× more teams (ratio of the fastest runs; linear = 10×):');
    for (const [name, pick] of Object.entries(metrics)) {
      const steps = growth(rows, pick);
      growthJson[name] = steps;
      say(`  ${name}: ${steps.map((s) => `${s.from} → ${s.to} ${x(s.ratio)}`).join(', ')}`);
    }
    json.scale = { rows, growth: growthJson, raw: pure.sizes, limits: pure.limits };

    if (big.generatedTeams === 10000) {
      const upTo = (name, value, limit, show = ms) => target(`10,000 teams: ${name} ≤ ${show(limit)}`, value <= limit, show(value),
        value <= limit ? `met: ${show(limit - value)} to spare` : `missed by ${show(value - limit)} (${x(value / limit)} the target)`);
      targets.push(upTo('cold load', big.load.median, TARGETS.loadMs10k));
      targets.push(upTo('load with the persistent cache', big.cached.median, TARGETS.cachedMs10k));
      targets.push(upTo('reload after saving one file', big.reload.median, TARGETS.reloadMs10k));
      if (big.memory) targets.push(upTo('heap kept after load', big.memory.afterLoadBytes, TARGETS.heapBytes10k, bytes));
      targets.push(target('10,000 teams: a search query < 20 ms', big.worstQuery.median < TARGETS.queryMs10k, `${ms(big.worstQuery.median)} (slowest query)`,
        big.worstQuery.median < TARGETS.queryMs10k ? `met: slowest query "${big.worstQuery.query}" ${ms(big.worstQuery.median)}, ${ms(TARGETS.queryMs10k - big.worstQuery.median)} to spare`
          : `missed by ${ms(big.worstQuery.median - TARGETS.queryMs10k)} ("${big.worstQuery.query}")`));
      const counted = ['cold load', 'reload after saving 1 file', 'tree first level', 'search index build'];
      const steep = counted.flatMap((name) => growthJson[name].filter((s) => s.ratio > TARGETS.growthRatio).map((s) => `${name} ${s.from} → ${s.to} ${x(s.ratio)}`));
      targets.push(target(`Every 10× step in teams costs ≤ ${TARGETS.growthRatio}× (${counted.join(', ')})`, steep.length === 0, steep.length ? `${steep.length} step(s) steeper` : 'all within',
        steep.length ? `missed: ${steep.join('; ')}` : `met: ${counted.map((name) => `${name} ${growthJson[name].map((s) => x(s.ratio)).join(', ')}`).join('; ')}`));
    }
    if (pure.hostile) {
      say();
      say('Data files of the worst shapes under the size limit (one file checked, as after a save; the rule of its first problem):');
      say(table([['shape', 'size', 'check', 'first problem'], ...pure.hostile.shapes.map((h) => [h.name, bytes(h.bytes), range(summarize(h.ms)), h.rule])]));
      say(`A search query of ${pure.hostile.longQuery.chars.toLocaleString('en')} characters (only its first 200 characters / 20 words are read): ${range(summarize(pure.hostile.longQuery.ms))}`);
      json.hostile = pure.hostile;
    }
  } else {
    say(notRun('scale'));
    for (const name of ['10,000 teams: cold load, cached load, reload, heap', '10,000 teams: a search query < 20 ms', 'Every 10× step in teams costs ≤ 11×']) targets.push(target(name, null, 'n/a', notRun('scale')));
  }

  // ---- 4. Panel -------------------------------------------------------------------------------
  say();
  say('4. PANEL');
  if (pure) {
    const p = pure.panel;
    const render = summarize(p.ms);
    say(`renderTeamPageBody, team "${p.team}", bundled data: ${range(render)} over ${render.n} runs; ${bytes(p.htmlBytes)} of HTML`);
    say(`First panel in a fresh process: require dist/teamPageRenderer.js ${ms(p.panelRendererRequireMs)} + first render ${ms(p.panelFirstRenderMs)}; (require dist/workspaceData.js, first data file: ${ms(p.workspaceDataRequireMs)})`);
    if (rows) say(`Render at scale: ${rows.map((r) => `${r.label} ${ms(r.panel.median)}`).join(', ')}`);
    json.panelRender = { ...p, ms: undefined, samples: p.ms, ...render };
  }
  if (panel) {
    const md = summarize(panel.markdown.map((s) => s.ms));
    const ce = summarize(panel.panel.map((s) => s.ms));
    const ceCmd = summarize(panel.panel.map((s) => s.fromCommandMs));
    const mdFrame = summarize(panel.markdown.map((s) => s.frameMs));
    const ceFrame = summarize(panel.panel.map((s) => s.frameMs));
    say(`In Chromium on code-server, ${md.n} alternating samples each (the first of each is the first use in the window):`);
    say(table([
      ['view', 'start', 'until the text is visible', 'until a webview frame exists', 'first sample'],
      ['Markdown preview', 'click on "Markdown: Open Preview"', range(md), range(mdFrame), ms(panel.markdown[0].ms)],
      ['Team panel', 'click on "Sales" in the team pick', range(ce), range(ceFrame), ms(panel.panel[0].ms)],
      ['Team panel', 'click on the command (incl. the pick)', range(ceCmd), '', ms(panel.panel[0].fromCommandMs)],
    ]));
    json.panel = { markdown: { samples: panel.markdown, ...md }, panel: { samples: panel.panel, ...ce }, panelFromCommand: ceCmd };
    targets.push(target('Team panel visible no later than the Markdown preview', ce.median <= md.median, `${ms(ce.median)} vs ${ms(md.median)}`,
      ce.median <= md.median ? `met: ${ms(md.median - ce.median)} sooner (${x(ce.median / md.median)} of the preview's time)` : `missed by ${ms(ce.median - md.median)}`));
  } else {
    say(`In code-server: ${notRun('browser', 'panel')}`);
    targets.push(target('Team panel visible no later than the Markdown preview', null, 'n/a', notRun('browser', 'panel')));
  }

  // ---- 5. Reload ------------------------------------------------------------------------------
  reportReload({ reload, say, targets, target, json, notRun });

  // ---- Targets --------------------------------------------------------------------------------
  say();
  say('TARGETS');
  for (const t of targets) say(`  ${t.met === null ? 'NOT RUN' : t.met ? 'MET    ' : 'MISSED '} ${t.name}: ${t.value} — ${t.detail}`);
  say();
  say(`Whole benchmark: ${ms(elapsedMs)}`);
  json.targets = targets;
  return { text: out.join('\n'), json };
}
