/**
 * scripts/import-cycles.js as a process (esbuild.js runs the same checks before every build): the
 * sources pass, and a kernel that imports a capability, or an import circle, fails with the files named.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fixture, repoRoot } from '../unit/helpers';

function checkImports(root: string) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'import-cycles.js'), root], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the import rules (scripts/import-cycles.js)', () => {
  it('the sources have no import circle and no import from the kernel into a capability', () => {
    const { code, stdout, stderr } = checkImports(repoRoot);
    assert.equal(code, 0, stdout + stderr);
    assert.equal(stdout, '');
  });

  it('fails on a kernel file that imports a capability, even only a type, and names both files', () => {
    const { code, stdout } = checkImports(fixture('import-rules', 'kernel-imports-feature'));
    assert.equal(code, 1);
    assert.equal(stdout.trim(), `${path.join('src', 'core', 'host', 'strings.ts')} (the kernel) imports ${path.join('src', 'features', 'tree', 'model', 'rows.ts')} (a capability)`);
  });

  it('fails on an import circle between two capabilities and names its files', () => {
    const { code, stdout } = checkImports(fixture('import-rules', 'circle'));
    assert.equal(code, 1);
    assert.match(stdout, /^import circle among /);
    assert.match(stdout, /src\/features\/search\/results\.ts/);
    assert.match(stdout, /src\/features\/tree\/reveal\.ts/);
  });
});
