/**
 * What the loader remembers: an unchanged file is not checked again, a stored check is used only
 * when it is exactly right (garbage, other bytes, another version or a changed body mean a fresh
 * parse), and the summary the data feature shows.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cacheEntryName, checksVersion, decodeCacheEntry, encodeCacheEntry } from '../../src/core/load/checkCache';
import { contentHash } from '../../src/core/load/checkFile';
import { loadHandbook, LoadMemory, type DataFileInput } from '../../src/core/load/loadHandbook';
import { summarizeLoad } from '../../src/core/load/summary';
import { DEFAULT_LIMITS } from '../../src/core/load/yamlFile';
import { bundledHandbook } from './helpers';

const input = (name: string, text: string): DataFileInput => ({ key: `file:///ws/${name}`, label: `.ce-playbook/${name}`, bytes: Buffer.from(text) });
const TEAM = 'teams:\n  - id: product\n    name: "Product (ours)"\n';
const CHANNEL = 'channels:\n  - id: ce\n    description: "Ours."\n';

describe('loading with memory and a persistent store', () => {
  it('a reload checks only the file whose bytes changed', () => {
    const memory = new LoadMemory();
    const first = loadHandbook(bundledHandbook(), [input('a.yaml', TEAM), input('b.yaml', CHANNEL)], memory);
    assert.equal(first.fresh.length, 2);
    const checkedA = memory.latest.get('file:///ws/a.yaml');
    const second = loadHandbook(bundledHandbook(), [input('a.yaml', TEAM), input('b.yaml', CHANNEL.replace('Ours', 'Mine'))], memory);
    assert.deepEqual(second.fresh.map((f) => f.file), ['file:///ws/b.yaml'], 'only the changed file is checked');
    assert.equal(memory.latest.get('file:///ws/a.yaml'), checkedA, 'the unchanged file is the same check');
    assert.equal(second.handbook.channels.find((c) => c.id === 'ce')!.description, 'Mine.');
    assert.equal(second.handbook.teams.find((t) => t.id === 'product')!.name, 'Product (ours)');
  });

  it('a stored check is used instead of parsing, and keeps positions for later problems', () => {
    const file = input('a.yaml', TEAM);
    const fresh = loadHandbook(bundledHandbook(), [file]).fresh;
    const stored = new Map([[contentHash(file.bytes), encodeCacheEntry(fresh[0])!]]);
    const result = loadHandbook(bundledHandbook(), [file], new LoadMemory(), { stored });
    assert.deepEqual(result.fresh, [], 'nothing was checked again');
    assert.equal(result.handbook.teams.find((t) => t.id === 'product')!.name, 'Product (ours)');
    // A stored file whose entries break the whole is still blamed at the exact line and column.
    const dangling = input('d.yaml', 'channels:\n  - id: ce\n    teams: [sales, no-such-team]\n');
    const storedDangling = new Map([[contentHash(dangling.bytes), encodeCacheEntry(loadHandbook(bundledHandbook(), [input('other.yaml', 'channels:\n  - id: ce\n    teams: [sales, no-such-team]\n')]).fresh[0])!]]);
    const broken = loadHandbook(bundledHandbook(), [dangling], new LoadMemory(), { stored: storedDangling });
    assert.deepEqual(broken.fresh, [], 'taken from the store');
    const [problem] = broken.problems.get(dangling.key)!;
    assert.deepEqual([problem.rule, problem.line, problem.column], ['unknown-reference', 3, 20]);
  });

  describe('a corrupt, stale or foreign entry is ignored, never trusted: the file is parsed afresh', () => {
    const file = input('a.yaml', TEAM);
    const hash = contentHash(file.bytes);
    const good = encodeCacheEntry(loadHandbook(bundledHandbook(), [file]).fresh[0])!;
    const [header, body] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];
    const cases: Record<string, string> = {
      'garbage': '\u0000\u00ff not json at all',
      'no header': body,
      'truncated': good.slice(0, good.length - 7),
      'a changed body (checksum)': `${header}\n${body.replace('Product (ours)', 'Product (evil)')}`,
      'another version of the checks': good.replace(checksVersion(), '0000000000000000'),
      'an entry for other bytes': good.replace(hash, contentHash(Buffer.from('other'))),
      'a header that is not an object': `[1]\n${body}`,
      'a body that is not a mapping': (() => { const h = JSON.parse(header); return `${JSON.stringify({ ...h, sum: createHash('sha256').update('[]').digest('hex') })}\n[]`; })(),
    };
    for (const [name, entry] of Object.entries(cases)) {
      it(name, () => {
        assert.equal(decodeCacheEntry(entry, hash), undefined);
        const result = loadHandbook(bundledHandbook(), [file], new LoadMemory(), { stored: new Map([[hash, entry]]) });
        assert.equal(result.fresh.length, 1, 'checked afresh');
        assert.equal(result.handbook.teams.find((t) => t.id === 'product')!.name, 'Product (ours)');
      });
    }
    it('the exact entry decodes', () => assert.deepEqual(decodeCacheEntry(good, hash), { teams: [{ id: 'product', name: 'Product (ours)' }] }));
  });

  it('only files without problems are stored; entry names carry the checks version', () => {
    const bad = input('bad.yaml', 'teams: [');
    const result = loadHandbook(bundledHandbook(), [bad]);
    assert.deepEqual(result.fresh, []);
    assert.ok(cacheEntryName('abc').startsWith(`${checksVersion()}-`));
    assert.notEqual(checksVersion({ ...DEFAULT_LIMITS, maxDepth: 8 }), checksVersion());
  });
});

describe('the load summary', () => {
  it('labels problems, origins, failed and stale files once; counts problems, unreadable files included', () => {
    const memory = new LoadMemory();
    const good = input('a.yaml', TEAM);
    const channel = input('b.yaml', CHANNEL);
    loadHandbook(bundledHandbook(), [good, channel], memory);
    const broken = input('b.yaml', 'channels: [');
    const result = loadHandbook(bundledHandbook(), [good, broken], memory);
    const unreadable = { key: 'file:///ws/c.yaml', label: '.ce-playbook/c.yaml', problem: { file: 'file:///ws/c.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, rule: 'unreadable', message: 'No access.' } };
    const summary = summarizeLoad(result, [good, broken], [unreadable]);
    assert.deepEqual(summary.origins.get('teams/product'), ['.ce-playbook/a.yaml']);
    assert.deepEqual(summary.origins.get('channels/ce'), ['.ce-playbook/b.yaml'], 'the stale file still shows what it changed');
    assert.equal(summary.origins.has('teams/sales'), false, 'bundled entries have no workspace origin');
    assert.deepEqual(summary.failed, ['.ce-playbook/b.yaml', '.ce-playbook/c.yaml']);
    assert.deepEqual(summary.stale, ['.ce-playbook/b.yaml']);
    assert.deepEqual([...summary.problemsByKey.keys()], ['file:///ws/b.yaml', 'file:///ws/c.yaml']);
    assert.equal(summary.problemCount, summary.problemsByKey.get('file:///ws/b.yaml')!.length + 1);
    assert.ok(summary.logLines.every((l) => l.startsWith('.ce-playbook/')), 'the log names files by label');
    assert.match(summary.logLines.at(-1)!, /^\.ce-playbook\/c\.yaml:1:1: error: No access\. \[unreadable\]$/);
  });
});
