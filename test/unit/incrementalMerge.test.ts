/**
 * The incremental merge (incrementalMerge.ts) against a full merge of the same layers: random data
 * files over the bundled handbook, then random sequences of edits (an entry changed in place, which
 * the incremental merge takes; a file rewritten, added or deleted, which it merges in full). After
 * every step the handbook, the origins and the problems must be exactly those of a full merge, and
 * a load with the session's memory exactly that of a load whose merge remembers nothing.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { MergeMemory } from '../../src/core/load/incrementalMerge';
import { loadHandbook, LoadMemory, parseDataFile, type DataFileInput, type LoadedHandbook } from '../../src/core/load/loadHandbook';
import { mergeLayers, type Layer } from '../../src/core/load/merge';
import type { CollectionName, HandbookFile } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';

const bundled = bundledHandbook();
type Plain = Record<string, unknown>;
const copyOf = (collection: CollectionName, id: string, newId: string): Plain => ({ ...(bundled[collection] as unknown as Plain[]).find((e) => e.id === id)!, id: newId });
const TEAM_IDS = ['sales', 'product', 'new-a', 'new-b'];
const CHANNEL_IDS = ['ce', 'feedback', 'new-c'];
const steps = (bundled.procedures.find((p) => p.id === 'engage-support')!.steps as unknown as Plain[]);

/** One file's version of an entry: a small change, hidden or shown again, or a whole new entry. */
const teamPatch = (id: string) => fc.oneof(
  fc.constantFrom({ id, name: 'Renamed' }, { id, name: 'Other' }, { id, hidden: true }, { id, hidden: false }),
  fc.constant(copyOf('teams', 'sales', id)),
);
const channelPatch = (id: string) => fc.oneof(
  fc.subarray([...TEAM_IDS, 'ghost']).map((teams) => ({ id, teams })),
  fc.constantFrom({ id, hidden: true }, { id, hidden: false }, { id, name: '#renamed' }),
  fc.subarray(TEAM_IDS).map((teams) => ({ ...copyOf('channels', 'ce', id), teams })),
);
const procedurePatch = fc.oneof(
  fc.constantFrom({ id: 'engage-support', hidden: true }, { id: 'engage-support', hidden: false }),
  fc.integer({ min: 1, max: steps.length }).map((n) => ({ id: 'engage-support', steps: steps.slice(0, n) })),
);
const entryOf = (collection: CollectionName, id: string) =>
  collection === 'teams' ? teamPatch(id) : collection === 'channels' ? channelPatch(id) : procedurePatch;

type File = Partial<Record<CollectionName, Plain[]>>;

/** A data file: each collection's ids once, in any order. */
const dataFile: fc.Arbitrary<File> = fc.record({
  teams: fc.shuffledSubarray(TEAM_IDS).chain((ids) => fc.tuple(...ids.map(teamPatch))),
  channels: fc.shuffledSubarray(CHANNEL_IDS).chain((ids) => fc.tuple(...ids.map(channelPatch))),
  procedures: fc.option(procedurePatch, { nil: undefined }).map((p) => (p ? [p] : [])),
});

/** An edit: one entry of one file changed in place (ids kept), or a whole file rewritten, added or deleted. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('entry' as const), file: fc.nat(), collection: fc.constantFrom<CollectionName>('teams', 'channels', 'procedures'), entry: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('rewrite' as const, 'add' as const), file: fc.nat(), content: dataFile }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), file: fc.nat() }) },
);
type Edit =
  | { kind: 'entry'; file: number; collection: CollectionName; entry: number }
  | { kind: 'rewrite' | 'add'; file: number; content: File }
  | { kind: 'delete'; file: number };

function applyEdit(files: File[], e: Edit, replacement: (collection: CollectionName, id: string) => Plain): File[] {
  const next = [...files];
  const at = e.file % Math.max(1, files.length);
  if (e.kind === 'add') return [...next, e.content];
  if (!files.length) return next;
  if (e.kind === 'delete') next.splice(at, 1);
  else if (e.kind === 'rewrite') next[at] = e.content;
  else if (e.kind === 'entry') {
    const list = files[at][e.collection] ?? [];
    if (!list.length) return next;
    const index = e.entry % list.length;
    next[at] = { ...files[at], [e.collection]: list.map((entry, i) => (i === index ? replacement(e.collection, entry.id as string) : entry)) };
  }
  return next;
}

const inputOf = (file: File, i: number): DataFileInput => ({ key: `file:///ws/f${i}.yaml`, label: `f${i}.yaml`, bytes: Buffer.from(stringify(file)) });
const bundledLayer: Layer = { name: 'bundled', parsed: { file: 'bundled', value: bundled as unknown as HandbookFile, problems: [], locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } };
/** What a load shows (the rest of its result are the checked files themselves). */
const shown = (r: LoadedHandbook) => ({ handbook: r.handbook, origins: r.origins, problems: r.problems, failed: r.failed, stale: r.stale });

/** Each edit's new entry, drawn up front so the whole run is one fast-check case. */
const scenario = fc.record({
  start: fc.array(dataFile, { minLength: 1, maxLength: 4 }),
  edits: fc.array(fc.tuple(edit, fc.nat()), { minLength: 1, maxLength: 12 }),
});

function replacementFrom(seed: number) {
  return (collection: CollectionName, id: string) => fc.sample(entryOf(collection, id), { numRuns: 1, seed })[0] as Plain;
}

describe('incremental merge (property-based)', () => {
  it('merges like a full merge after every edit, in place or not (50 sequences)', function () {
    this.timeout(120_000);
    let partial = 0;
    fc.assert(
      fc.property(scenario, ({ start, edits }) => {
        const memory = new MergeMemory();
        let files = start;
        for (let step = 0; step <= edits.length; step++) {
          if (step > 0) files = applyEdit(files, edits[step - 1][0], replacementFrom(edits[step - 1][1]));
          const layers = [bundledLayer, ...files.map((f, i) => ({ name: `file:///ws/f${i}.yaml`, parsed: parseDataFile(inputOf(f, i)) }))];
          const before = memory.merges.partial;
          assert.deepStrictEqual(memory.merge(layers), mergeLayers(layers));
          partial += memory.merges.partial - before;
        }
      }),
      { numRuns: 100 },
    );
    // The comparison means something only if the incremental path ran, many times.
    assert.ok(partial > 100, `the incremental merge ran ${partial} times`);
  });

  it('a session loads like a load whose merge remembers nothing, across saves (50 sequences)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(scenario, ({ start, edits }) => {
        const session = new LoadMemory();
        const reference = new LoadMemory();
        let files = start;
        for (let step = 0; step <= edits.length; step++) {
          if (step > 0) files = applyEdit(files, edits[step - 1][0], replacementFrom(edits[step - 1][1]));
          const inputs = files.map(inputOf);
          (reference as { merge: MergeMemory }).merge = new MergeMemory();
          assert.deepStrictEqual(shown(loadHandbook(bundled, inputs, session)), shown(loadHandbook(bundled, inputs, reference)));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('a template changed with fieldChanges, across saves, merges like a full merge', () => {
    const memory = new MergeMemory();
    // A comment line moves the change that cannot apply ("before: nowhere"): its problem moves too.
    const change = (label: string, extra = '') => [
      ...(label === 'Two' ? ['# moved down one line'] : []), 'templates:', '  - id: support-ticket-request', `    title: "${label}"`, '    fieldChanges:',
      '      - id: time-sensitive', '        before: nowhere', extra, '',
    ].join('\n');
    const other = { name: 'file:///ws/f1.yaml', parsed: parseDataFile(inputOf({ teams: [{ id: 'sales', name: 'Renamed' }] }, 1)) };
    for (const text of [change('One'), change('Two'), change('Two', '      - id: nothing-here'), change('Three')]) {
      const layers = [bundledLayer, { name: 'file:///ws/f0.yaml', parsed: parseDataFile({ key: 'file:///ws/f0.yaml', label: 'f0.yaml', bytes: Buffer.from(text) }) }, other];
      assert.deepStrictEqual(memory.merge(layers), mergeLayers(layers));
    }
  });

  it('checks again what refers to an edited entry: a channel listing a team that a save hides', () => {
    const memory = new MergeMemory();
    const layer = (file: File): Layer => ({ name: 'file:///ws/f0.yaml', parsed: parseDataFile(inputOf(file, 0)) });
    const team = copyOf('teams', 'sales', 'new-a');
    const channel = { ...copyOf('channels', 'ce', 'new-c'), teams: ['new-a'] };
    // The channel's file is the same checked file both times: only the team's file changed.
    const channels = { ...layer({ channels: [channel] }), name: 'file:///ws/f1.yaml' };
    memory.merge([bundledLayer, layer({ teams: [team] }), channels]);
    const hiding = [bundledLayer, layer({ teams: [{ ...team, hidden: true }] }), channels];
    const result = memory.merge(hiding);
    assert.equal(memory.merges.partial, 1, 'merged incrementally');
    // The channel's list of teams is pruned of the hidden team, exactly as a full merge does.
    assert.deepStrictEqual(result.handbook.channels.find((c) => c.id === 'new-c')?.teams, []);
    assert.deepStrictEqual(result, mergeLayers(hiding));
  });
});
