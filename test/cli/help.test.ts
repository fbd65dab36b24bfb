import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Runs the built command line as a user would. */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd, input: options.input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ce-playbook (command line)', () => {
  it('prints its usage with --help and exits 0', () => {
    const { code, stdout } = runCli(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /Usage: ce-playbook/);
  });

  it('refuses an unknown command with one line on stderr and exit 2', () => {
    const { code, stdout, stderr } = runCli(['no-such-command']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
  });
});
