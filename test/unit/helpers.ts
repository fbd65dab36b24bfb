import path from 'node:path';
import { buildBundledData } from '../../src/build/dataBuild';
import type { Handbook } from '../../src/core/schema/schema';

/** Tests are compiled to out/test/unit; the repository root is three levels up. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixture = (...parts: string[]) => path.join(repoRoot, 'test', 'fixtures', ...parts);

let cached: Handbook | undefined;
/** The bundled data, loaded and validated exactly as the build does. */
export function bundledHandbook(): Handbook {
  if (!cached) {
    const result = buildBundledData(path.join(repoRoot, 'data'));
    if (!result.handbook) throw new Error(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n'));
    cached = result.handbook;
  }
  return structuredClone(cached);
}
