/**
 * The same data folder gives the same problems, in the same words and positions, in
 * `ce-playbook validate` and in the MCP server (both run from dist/cli.js as processes): the
 * extension's session is theirs too. test/integration/sameProblems.test.ts adds the editor.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixture } from '../unit/helpers';
import { lines, mcpProblemLines, PROBLEM_FILES, validateProblems } from '../support/sameProblems';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

describe('one data folder, the same problems in validate and the MCP server', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-same-problems-'));
    fs.mkdirSync(path.join(dir, '.ce-playbook'));
    for (const name of PROBLEM_FILES) fs.copyFileSync(fixture('problems', name), path.join(dir, '.ce-playbook', name));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a YAML error, a schema error and a bad reference: the same lines, file by file, from both', async () => {
    const validated = lines(validateProblems(CLI, '.ce-playbook', dir));
    assert.deepEqual(validated, [
      '.ce-playbook/bad-reference.yaml:4:20: error: The channel "ce" refers to the team "no-such-team", which does not exist. Known: sales, customer-support, software-engineers, product, marketing. [unknown-reference]',
      '.ce-playbook/schema-error.yaml:3:5: error: Unknown property "nmae". Check its spelling; allowed here: id, name, source, valueToTeam, valueToCe, collaboration, routes, hidden. [schema]',
      '.ce-playbook/yaml-error.yaml:4:1: error: YAML syntax error: Missing closing "quote [yaml-missing-char]',
    ]);
    const served = await mcpProblemLines(CLI, '.ce-playbook', dir);
    assert.deepEqual(served.lines, validated);
    // The server's log says the same at start.
    assert.deepEqual(served.log.split('\n').filter((line) => line.startsWith('.ce-playbook/')), validated);
  });
});
