/**
 * Data files of the worst shapes under the size limit, checked one at a time as a reload checks a
 * saved file: how long the extension host's thread is busy with each, and what it reports. Before
 * issue 19 a map of 60,000 keys took 20–50 s (the `yaml` library's duplicate-key check) and 100,000
 * aliases did not finish in 15 min (each alias walked the whole document). Since then a file of more
 * than 50,000 lines and commas is refused before parsing (DEFAULT_LIMITS.maxEntries), so the worst
 * shapes that are parsed are those just under that limit, filled up to the size limit.
 */
import { performance } from 'node:perf_hooks';
import { checkDataFile } from '../../src/core/load/checkFile';
import { buildSearchIndex } from '../../src/features/search/model/searchIndex';
import type { Handbook } from '../../src/core/schema/schema';

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('');
/** `i` padded to `width` characters with `k`, to fill a file up to the size limit. */
const padded = (i: number, width: number) => String(i).padStart(width, 'k');

export const HOSTILE_SHAPES: Record<string, () => string> = {
  'map of 60,000 keys': () => lines(60000, (i) => `k${i}: 1\n`),
  'map of 60,000 keys, last one repeated': () => `${lines(60000, (i) => `k${i}: 1\n`)}k0: 2\n`,
  'flow map of 60,000 keys on one line': () => `{${lines(60000, (i) => `${i ? ', ' : ''}k${i}: 1`)}}\n`,
  '1,000 keys of 1,000 characters': () => lines(1000, (i) => `${String(i).padStart(1000, 'k')}: 1\n`),
  '60,000 anchors': () => `x:\n${lines(60000, (i) => `  - &a${i} v\n`)}`,
  '1 anchor, 100,000 aliases': () => `x:\n  - &a v\n${lines(100000, () => '  - *a\n')}`,
  'one line of 1 MB (flow list)': () => `[${lines(200000, (i) => `${i ? ',' : ''}${i % 1000}`)}`.slice(0, 1000000) + ']\n',
  '100,000 compact sequences on one line (- - - x)': () => `${'- '.repeat(100000)}x\n`,
  'nesting 64 levels deep': () => `${lines(64, (i) => `${' '.repeat(i)}a:\n`)}${' '.repeat(64)}b\n`,
  // Just under the entry limit (50,000 lines and commas), as large as the size limit allows.
  'map of 49,999 keys': () => lines(49999, (i) => `k${i}: 1\n`),
  'map of 49,999 keys of 15 characters (1 MB)': () => lines(49999, (i) => `${padded(i, 15)}: 1\n`),
  'map of 49,999 keys, last one repeated': () => `${lines(49998, (i) => `k${i}: 1\n`)}k0: 2\n`,
  'list of 49,999 items of 15 characters (1 MB)': () => `x:\n${lines(49998, (i) => `  - ${padded(i, 15)}\n`)}`,
  'flow list of 49,999 items on one line (1 MB)': () => `[${lines(49999, (i) => `${i ? ',' : ''}${padded(i, 19)}`)}]\n`,
  '49,998 anchors (1 MB)': () => `x:\n${lines(49998, (i) => `  - &a${i} ${padded(i, 7)}\n`)}`,
  '1 anchor, 49,997 aliases': () => `x:\n  - &a v\n${lines(49997, () => '  - *a\n')}`,
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
