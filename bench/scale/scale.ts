/**
 * The pure half of the benchmark, run in plain Node (bundled by bench/lib/pure.mjs, started with
 * --expose-gc): loading, validating and merging handbooks of growing size, the tree's first level,
 * search, memory, and the team panel's HTML. Prints one JSON object on stdout; run.mjs does the
 * statistics and the table.
 *
 *   node --expose-gc scale.cjs <data root (has data/)> <built extension (has dist/)> [--quick]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildBundledData } from '../../src/build/dataBuild';
import { loadHandbook, LoadMemory, parseDataFile, type DataFileInput } from '../../src/core/load/loadHandbook';
import { mergeLayers, type Layer } from '../../src/core/load/merge';
import { validateDataFile } from '../../src/core/load/validate';
import { findUnsafeLinks } from '../../src/core/load/linkSafetyChecks';
import { fastParse } from '../../src/core/load/fastYaml';
import { decodeDataFile } from '../../src/core/load/decode';
import { cacheEntryName, encodeCacheEntry } from '../../src/core/load/checkCache';
import { contentHash } from '../../src/core/load/checkFile';
import { DEFAULT_LIMITS } from '../../src/core/load/yamlFile';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { TreeModel, type TreeNode } from '../../src/features/tree/model/treeModel';
import { buildSearchIndex } from '../../src/features/search/model/searchIndex';
import { sameData } from '../../src/features/whatChanged/model/sameData';
import { changesBetween } from '../../src/features/whatChanged/model/seenData';
import { renderTeamPageBody } from '../../src/features/teamPage/model/teamPageHtml';
import { teamPageIcons } from '../../src/features/teamPage/teamPageIcons';
import { testTeamPageLabels, testTreeLabels } from '../../test/unit/labels';
import type { Handbook } from '../../src/core/schema/schema';
import { generateFiles, teamName } from './generate';
import { measureHostileShapes } from './hostileShapes';

const [root, extensionDir] = process.argv.slice(2);
const quick = process.argv.includes('--quick');
const gc = (globalThis as { gc?: () => void }).gc;

/** Representative queries: a team, two words, a channel, prefixes, a very common word, a first keystroke, a generated team. */
const QUERIES = ['sales', 'support ticket', '#ce', 'tick req', 'customer', 'c', teamName(42)];
/** Timed runs per size: the big sizes take a second per cold load, so fewer runs (the total stays ~1 min). */
const SIZES: Array<{ label: string; teams: number; runs: number; queryRuns: number }> = [
  { label: 'bundled', teams: 0, runs: quick ? 5 : 30, queryRuns: 50 },
  { label: '100 teams', teams: 100, runs: quick ? 3 : 10, queryRuns: 30 },
  { label: '1,000 teams', teams: 1000, runs: quick ? 2 : 5, queryRuns: 15 },
  { label: '10,000 teams', teams: 10000, runs: quick ? 1 : 3, queryRuns: 7 },
];
const progress = (msg: string) => process.stderr.write(`[scale] ${msg}\n`);

const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const samples = (runs: number, fn: () => void) => Array.from({ length: runs }, () => time(fn));
/**
 * Wall-clock samples, plus the CPU time of the same runs (all threads of the process, GC helpers
 * included) into `cpu`: on a busy machine the wall clock also counts waiting for a core.
 */
const samplesWithCpu = (runs: number, cpu: number[], fn: () => void) => Array.from({ length: runs }, () => {
  const before = process.cpuUsage();
  const ms = time(fn);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  return ms;
});
const heapUsed = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const EMPTY = { sources: [], teams: [], procedures: [], templates: [], meetings: [], channels: [], userGroups: [], guides: [] } as unknown as Handbook;
const encoder = new TextEncoder();

/** Cold costs of the lazy chunks, measured first, before this process has run any of their code. */
function coldChunks() {
  const dist = path.join(extensionDir, 'dist');
  const out: Record<string, number> = {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const requireMs = (file: string) => time(() => require(path.join(dist, file)));
  const renderer = path.join(dist, 'teamPageRenderer.js');
  if (fs.existsSync(renderer)) {
    out.panelRendererRequireMs = requireMs('teamPageRenderer.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const r = require(renderer) as typeof import('../../src/features/teamPage/teamPageRenderer.chunk');
    const bundled = buildBundledData(path.join(root, 'data')).handbook!;
    const index = new HandbookIndex(bundled);
    out.panelFirstRenderMs = time(() => r.renderTeamPageBody(index, index.team('sales') ?? bundled.teams[0], testTeamPageLabels, r.teamPageIcons));
  }
  if (fs.existsSync(path.join(dist, 'workspaceData.js'))) out.workspaceDataRequireMs = requireMs('workspaceData.js');
  return out;
}

function main() {
  const cold = coldChunks();
  const dataDir = path.join(root, 'data');
  const bundledBuild = buildBundledData(dataDir);
  if (!bundledBuild.handbook) throw new Error('data/ does not validate; fix it before benchmarking.');
  const bundledHandbook = bundledBuild.handbook;
  const bundledFiles = fs.readdirSync(dataDir).filter((f) => /\.ya?ml$/.test(f)).sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dataDir, f), 'utf8') }));

  // Panel HTML for the Sales team of the bundled data; many runs (it is well under a millisecond).
  const bundledIndex = new HandbookIndex(bundledHandbook);
  const sales = bundledIndex.team('sales') ?? bundledHandbook.teams[0];
  const renderPanel = (index: HandbookIndex, team = sales) => renderTeamPageBody(index, team, testTeamPageLabels, teamPageIcons);
  const panelHtml = renderPanel(bundledIndex);
  samples(200, () => renderPanel(bundledIndex)); // warm-up (JIT)
  const panel = { team: sales.id, htmlBytes: Buffer.byteLength(panelHtml), ...cold, ms: samples(quick ? 200 : 2000, () => renderPanel(bundledIndex)) };

  const results = [];
  for (const size of SIZES) {
    const yamlFiles = [...bundledFiles, ...generateFiles(size.teams, bundledHandbook)];
    const inputs: DataFileInput[] = yamlFiles.map((f) => ({ key: `file:///ws/.ce-playbook/${f.name}`, label: `.ce-playbook/${f.name}`, bytes: encoder.encode(f.text) }));
    const bytes = inputs.reduce((n, f) => n + f.bytes.byteLength, 0);
    progress(`${size.label}: ${inputs.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB of YAML`);
    // A cold load: nothing remembered, nothing stored (a window opening on the data for the first time).
    const load = (memory = new LoadMemory()) => loadHandbook(EMPTY, inputs, memory, { limits: DEFAULT_LIMITS });

    // The small sizes warm the code up (JIT) for all; the big ones take long enough to need none.
    if (size.teams < 1000) load();

    // Memory, after full GCs: what a load keeps (the data feature keeps the LoadMemory: each file's
    // checked data and its bytes, for positions found later), then the merged handbook alone.
    // Each copy gets its own bytes, so the bytes kept outside the JS heap are counted too. Small
    // data is loaded in several copies and divided, so the figure stands above the heap's noise;
    // a single big load is also the first timed run.
    const copies = size.teams >= 1000 ? 1 : size.teams >= 100 ? 10 : 50;
    const base = heapUsed();
    const baseExternal = process.memoryUsage().arrayBuffers;
    let memories: LoadMemory[] = Array.from({ length: copies }, () => new LoadMemory());
    let loaded: Array<ReturnType<typeof loadHandbook>> = [];
    const copyInputs = () => inputs.map((f) => ({ ...f, bytes: Uint8Array.from(f.bytes) }));
    const firstMs = time(() => { loaded.push(loadHandbook(EMPTY, copyInputs(), memories[0])); });
    for (let c = 1; c < copies; c++) loaded.push(loadHandbook(EMPTY, copyInputs(), memories[c]));
    const withMemory = (heapUsed() - base) / copies;
    const bytesOutsideHeap = (process.memoryUsage().arrayBuffers - baseExternal) / copies;
    const problems = [...loaded[0].problems.values()].flat();
    if (problems.length || loaded[0].failed.length) throw new Error(`${size.label}: the data has problems: ${problems.slice(0, 3).map((p) => `${p.file}:${p.line} ${p.message}`).join('; ')}`);
    const fresh = loaded[0].fresh;
    let handbooks: Handbook[] = loaded.map((l) => l.handbook);
    loaded = [];
    memories = [];
    const handbookOnly = (heapUsed() - base) / copies;
    const handbook = handbooks[0];
    const searchCopies = handbooks.map((h) => buildSearchIndex(h));
    const searchIndexBytes = (heapUsed() - base) / copies - handbookOnly;
    searchCopies.length = 0;
    handbooks = [];
    const loadMs = copies === 1 ? [firstMs] : [];
    const loadCpuMs: number[] = [];
    gc?.();
    loadMs.push(...samplesWithCpu(Math.max(1, size.runs - loadMs.length), loadCpuMs, () => load()));

    // With the persistent cache: a new window, the entries on disk from an earlier one. The time
    // includes hashing the files' bytes and reading the entries (what the data feature does).
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-bench-cache-'));
    for (const f of fresh) fs.writeFileSync(path.join(cacheDir, cacheEntryName(f.hash)), encodeCacheEntry(f)!);
    gc?.();
    const cachedCpuMs: number[] = [];
    const cachedMs = samplesWithCpu(size.runs, cachedCpuMs, () => {
      const hashed = inputs.map((f) => ({ ...f, hash: contentHash(f.bytes) }));
      const stored = new Map<string, string>();
      for (const f of hashed) {
        const file = path.join(cacheDir, cacheEntryName(f.hash));
        if (fs.existsSync(file)) stored.set(f.hash, fs.readFileSync(file, 'utf8'));
      }
      const result = loadHandbook(EMPTY, hashed, new LoadMemory(), { stored });
      if (result.fresh.length) throw new Error(`${size.label}: ${result.fresh.length} file(s) missed the persistent cache`);
    });
    fs.rmSync(cacheDir, { recursive: true, force: true });

    // Reload after saving one file: the session remembers the others; the saved file (the largest)
    // gets a new comment line each time.
    const reloadMemory = new LoadMemory();
    loadHandbook(EMPTY, inputs, reloadMemory);
    const last = inputs.reduce((best, f, i) => (f.bytes.byteLength > inputs[best].bytes.byteLength ? i : best), 0);
    const lastText = new TextDecoder().decode(inputs[last].bytes);
    gc?.();
    let saves = 0;
    const reloadCpuMs: number[] = [];
    const reloadMs = samplesWithCpu(Math.max(5, size.runs * 2), reloadCpuMs, () => {
      const saved = [...inputs];
      saved[last] = { ...inputs[last], bytes: encoder.encode(`${lastText}\n# saved ${++saves}\n`) };
      loadHandbook(EMPTY, saved, reloadMemory);
    });

    // Where a cold load goes, one step at a time: decode + the fast YAML parse, the link check,
    // schema validation, and the merge with the checks of the merged entries.
    const parseMs: number[] = [], linksMs: number[] = [], validateMs: number[] = [], mergeMs: number[] = [];
    for (let r = 0; r < size.runs; r++) {
      gc?.();
      let values: unknown[] = [];
      parseMs.push(time(() => { values = inputs.map((f) => { const d = decodeDataFile(f.key, f.bytes); return d.ok ? fastParse(d.text) : undefined; }); }));
      linksMs.push(time(() => { for (const v of values) findUnsafeLinks(v); }));
      validateMs.push(time(() => { for (const v of values) validateDataFile(v); }));
      const checked = inputs.map((f) => parseDataFile(f));
      const layers: Layer[] = [{ name: 'bundled', parsed: { file: 'bundled', value: EMPTY, problems: [], locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } },
        ...checked.map((p, i) => ({ name: inputs[i].key, parsed: p }))];
      mergeMs.push(time(() => mergeLayers(layers)));
    }

    // The tree's first level: index the handbook, list the Teams root, describe every row.
    const tree = () => {
      const model = new TreeModel(new HandbookIndex(handbook), testTreeLabels);
      const rows = model.getChildren({ kind: 'root', root: 'teams' } as TreeNode);
      for (const row of rows) model.describe(row);
      return rows.length;
    };
    const teamRows = tree();
    gc?.();
    // Milliseconds at most per run: enough samples that the fastest is not one a collection happened to hit.
    const treeMs = samples(Math.max(30, size.runs * 3), tree);

    // What changed after a reload: the data seen (read back from its record, so other objects) against
    // the data now, equal; then with one team's sentence changed, the diff.
    const seenCopy = JSON.parse(JSON.stringify(handbook)) as Handbook;
    const seenOlder = structuredClone(seenCopy);
    seenOlder.teams[seenOlder.teams.length - 1].valueToTeam.text = 'A sentence the user saw before.';
    gc?.();
    const seenEqualMs = samples(Math.max(5, size.runs), () => sameData(seenCopy, handbook));
    const seenDiffMs = samples(Math.max(5, size.runs), () => changesBetween(seenOlder, handbook));

    // Search: building the index, then each query (the default limit of 50 results).
    gc?.();
    const searchBuildMs = samples(quick ? 3 : 5, () => buildSearchIndex(handbook));
    const search = buildSearchIndex(handbook);
    gc?.();
    const queries = QUERIES.map((query) => {
      const hits = search.search(query).length;
      return { query, hits, ms: samples(size.queryRuns, () => search.search(query)) };
    });

    // The panel of one team at this size (its lookups scan every collection).
    const index = new HandbookIndex(handbook);
    gc?.();
    const panelMs = samples(Math.max(10, size.runs * 10), () => renderPanel(index, index.team('sales') ?? handbook.teams[0]));

    results.push({
      label: size.label, generatedTeams: size.teams, files: inputs.length, bytes,
      counts: { teams: handbook.teams.length, channels: handbook.channels.length, meetings: handbook.meetings.length, templates: handbook.templates.length, searchItems: search.size, treeRows: teamRows },
      loadMs, cachedMs, reloadMs, loadCpuMs, cachedCpuMs, reloadCpuMs, parseMs, linksMs, validateMs, mergeMs, treeMs, seenEqualMs, seenDiffMs, searchBuildMs, queries, panelMs,
      memory: gc ? { afterLoadBytes: withMemory, bytesOutsideHeap, handbookBytes: handbookOnly, searchIndexBytes } : undefined,
    });
  }
  progress('hostile shapes of data file');
  const hostile = measureHostileShapes(bundledHandbook, quick ? 1 : 3);
  process.stdout.write(JSON.stringify({ panel, sizes: results, hostile, limits: DEFAULT_LIMITS, gc: Boolean(gc) }));
}

main();
