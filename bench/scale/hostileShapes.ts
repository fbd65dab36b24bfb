/**
 * Data files of the worst shapes under the size limit, checked one at a time as a reload checks a
 * saved file: how long the extension host's thread is busy with each, and what it reports. Before
 * issue 19 a map of 60,000 keys took 20–50 s (the `yaml` library's duplicate-key check) and 100,000
 * aliases did not finish in 15 min (each alias walked the whole document).
 */
import { performance } from 'node:perf_hooks';
import { checkDataFile } from '../../src/model/load/checkFile';
import { buildSearchIndex } from '../../src/model/search/searchIndex';
import type { Handbook } from '../../src/model/schema';

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('');

export const HOSTILE_SHAPES: Record<string, () => string> = {
  'map of 60,000 keys': () => lines(60000, (i) => `k${i}: 1\n`),
  'map of 60,000 keys, last one repeated': () => `${lines(60000, (i) => `k${i}: 1\n`)}k0: 2\n`,
  'flow map of 60,000 keys on one line': () => `{${lines(60000, (i) => `${i ? ', ' : ''}k${i}: 1`)}}\n`,
  '1,000 keys of 1,000 characters': () => lines(1000, (i) => `${String(i).padStart(1000, 'k')}: 1\n`),
  '60,000 anchors': () => `x:\n${lines(60000, (i) => `  - &a${i} v\n`)}`,
  '1 anchor, 100,000 aliases': () => `x:\n  - &a v\n${lines(100000, () => '  - *a\n')}`,
  'one line of 1 MB (flow list)': () => `[${lines(200000, (i) => `${i ? ',' : ''}${i % 1000}`)}`.slice(0, 1000000) + ']\n',
  'nesting 64 levels deep': () => `${lines(64, (i) => `${' '.repeat(i)}a:\n`)}${' '.repeat(64)}b\n`,
};

export function measureHostileShapes(handbook: Handbook, runs: number) {
  const encoder = new TextEncoder();
  const shapes = Object.entries(HOSTILE_SHAPES).map(([name, make]) => {
    const bytes = encoder.encode(make());
    let rule = '';
    const ms = Array.from({ length: runs }, () => {
      const start = performance.now();
      rule = checkDataFile('hostile.yaml', bytes).problems[0]?.rule ?? 'none';
      return performance.now() - start;
    });
    return { name, bytes: bytes.byteLength, rule, ms };
  });
  // A pasted page as a search query: only its first 200 characters / 20 words are read.
  const index = buildSearchIndex(handbook);
  const query = 'support ticket request '.repeat(5000).slice(0, 100000);
  const queryMs = Array.from({ length: runs }, () => {
    const start = performance.now();
    index.search(query);
    return performance.now() - start;
  });
  return { shapes, longQuery: { chars: query.length, ms: queryMs } };
}
