/**
 * scripts/generate-contributions.mjs as a process: the committed package.json is what the command
 * contract and the tool table generate, and a hand edit of a generated section fails the check (the
 * first step of `npm test`) with the command that fixes it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../unit/helpers';

const script = path.join(repoRoot, 'scripts', 'generate-contributions.mjs');
const committed = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');

function runGenerator(args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('package.json generated from the code (scripts/generate-contributions.mjs)', () => {
  let dir: string;
  let copy: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-manifest-'));
    copy = path.join(dir, 'package.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A copy of the committed package.json with `edit` applied to its parsed contents, formatted as the file is. */
  function editedCopy(edit: (manifest: { contributes: Record<string, Array<Record<string, unknown>>> }) => void) {
    const manifest = JSON.parse(committed);
    edit(manifest);
    fs.writeFileSync(copy, `${JSON.stringify(manifest, null, 2)}\n`);
  }

  it('the committed package.json passes the check', () => {
    const { code, stdout, stderr } = runGenerator(['--check']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /up to date/);
  });

  it('a tool input schema edited by hand fails the check, naming the tool and `npm run generate`', () => {
    editedCopy((m) => {
      const tool = m.contributes.languageModelTools.find((t) => t.name === 'cePlaybook_getProcedure')!;
      (tool.inputSchema as { properties: { procedureId: { maxLength: number } } }).properties.procedureId.maxLength = 81;
    });
    const { code, stderr } = runGenerator(['--check', copy]);
    assert.equal(code, 1);
    assert.match(stderr, /contributes\.languageModelTools\[3\] \(cePlaybook_getProcedure\)/);
    assert.match(stderr, /run `npm run generate`/);
  });

  it('a command added by hand, or one whose icon was changed, fails the check', () => {
    editedCopy((m) => m.contributes.commands.push({ command: 'cePlaybook.handMade', title: 'Hand made', category: '%category%' }));
    const added = runGenerator(['--check', copy]);
    assert.equal(added.code, 1);
    assert.match(added.stderr, /contributes\.commands\[\d+\] \(cePlaybook\.handMade\)/);

    editedCopy((m) => {
      m.contributes.commands.find((c) => c.command === 'cePlaybook.search')!.icon = '$(zap)';
    });
    const changed = runGenerator(['--check', copy]);
    assert.equal(changed.code, 1);
    assert.match(changed.stderr, /\(cePlaybook\.search\)/);
  });

  it('generating rewrites only the generated sections: an edited copy comes back byte for byte', () => {
    editedCopy((m) => {
      m.contributes.languageModelTools.reverse();
      delete m.contributes.commands[0].icon;
    });
    assert.notEqual(fs.readFileSync(copy, 'utf8'), committed);
    const { code, stderr } = runGenerator([copy]);
    assert.equal(code, 0, stderr);
    assert.equal(fs.readFileSync(copy, 'utf8'), committed);
  });

  it('a hand-written section the generator does not own (the menus) is left as it is', () => {
    editedCopy((m) => {
      (m.contributes.menus as unknown as Record<string, unknown[]>).commandPalette.push({ command: 'cePlaybook.search', when: 'false' });
    });
    const before = fs.readFileSync(copy, 'utf8');
    assert.equal(runGenerator(['--check', copy]).code, 0);
    assert.equal(runGenerator([copy]).code, 0);
    assert.equal(fs.readFileSync(copy, 'utf8'), before);
  });
});
