/** `ce-playbook validate`: the build's problem lines, JSON, GitHub annotations and exit codes. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadHandbook } from '../../src/core/load/loadHandbook';
import { formatProblem } from '../../src/core/load/problem';
import { bundledHandbook, fixture, repoRoot } from '../unit/helpers';
import { runCli } from './help.test';

const BAD_DIR = fixture('data', 'bad');
const badFiles = fs.readdirSync(BAD_DIR).sort();
const PROBLEM_LINE = /^(.+):(\d+):(\d+): (error|warning): (.+) \[([a-z0-9-]+)\]$/;

/** What the extension's own loader reports for one file, in the build's form. */
function extensionProblems(relative: string): string[] {
  const loaded = loadHandbook(bundledHandbook(), [{ key: relative, label: relative, bytes: fs.readFileSync(path.join(repoRoot, relative)) }]);
  return (loaded.problems.get(relative) ?? []).map(formatProblem);
}

describe('ce-playbook validate', () => {
  describe('every bad file of the test table: exit 1 and the extension\'s problems, one per line', () => {
    for (const name of badFiles) {
      it(name, () => {
        const relative = path.join('test', 'fixtures', 'data', 'bad', name);
        const { code, stdout } = runCli(['validate', relative], { cwd: repoRoot });
        assert.equal(code, 1, stdout);
        const lines = stdout.trimEnd().split('\n');
        assert.ok(lines.length >= 1);
        for (const line of lines) {
          const match = PROBLEM_LINE.exec(line);
          assert.ok(match, `not in the build's form: ${line}`);
          assert.equal(match[1], relative);
        }
        assert.deepEqual(lines, extensionProblems(relative));
      });
    }
  });

  it('passes good files and folders with exit 0 and nothing on stdout', () => {
    const { code, stdout, stderr } = runCli(['validate', 'test/fixtures/data/good'], { cwd: repoRoot });
    assert.equal(code, 0, stdout + stderr);
    assert.equal(stdout, '');
    assert.match(stderr, /5 file\(s\) checked: 0 error\(s\)/);
  });

  it('refuses a file over the size limit by its size, unread, with a positioned message, and checks the others', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-validate-large-'));
    try {
      // A sparse file: 600 MB to stat, no disk used. Reading and decoding it crashed validate.
      fs.writeFileSync(path.join(dir, 'big.yaml'), '');
      fs.truncateSync(path.join(dir, 'big.yaml'), 600 * 1024 * 1024);
      fs.copyFileSync(fixture('data', 'bad', 'unknown-property.yaml'), path.join(dir, 'team.yaml'));
      const { code, stdout, stderr } = runCli(['validate', '.'], { cwd: dir });
      assert.equal(code, 1, stderr);
      assert.deepEqual(stdout.trimEnd().split('\n'), [
        'big.yaml:1:1: error: The file is 629145600 bytes; data files may be at most 1048576 bytes. Split it into smaller files. [file-too-large]',
        'team.yaml:3:5: error: Unknown property "nmae". Check its spelling; allowed here: id, name, source, valueToTeam, valueToCe, collaboration, routes, hidden. [schema]',
      ]);
      assert.match(stderr, /2 file\(s\) checked: 2 error\(s\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks .ce-playbook/ by default', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-validate-'));
    fs.mkdirSync(path.join(dir, '.ce-playbook'));
    fs.copyFileSync(fixture('data', 'bad', 'unknown-property.yaml'), path.join(dir, '.ce-playbook', 'team.yaml'));
    fs.copyFileSync(fixture('data', 'good', 'override.yaml'), path.join(dir, '.ce-playbook', 'override.yaml'));
    const { code, stdout } = runCli(['validate'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(stdout, `${path.join('.ce-playbook', 'team.yaml')}:3:5: error: Unknown property "nmae". Check its spelling; allowed here: id, name, source, valueToTeam, valueToCe, collaboration, routes, hidden. [schema]\n`);
  });

  it('--format json prints one object with the files, the problems and the counts', () => {
    const { code, stdout } = runCli(['validate', '--format', 'json', 'test/fixtures/data/bad/incomplete-new-entry.yaml', 'test/fixtures/data/good/crlf.yaml'], { cwd: repoRoot });
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.files, ['test/fixtures/data/bad/incomplete-new-entry.yaml', 'test/fixtures/data/good/crlf.yaml']);
    assert.equal(report.errors, 4);
    assert.equal(report.warnings, 0);
    assert.deepEqual(report.problems.map((p: { field?: string; rule: string; line: number; column: number }) => [p.rule, p.line, p.column]), Array(4).fill(['schema', 2, 5]));
    assert.match(report.problems[0].message, /The team "new-team" is missing "source"/);
  });

  it('--format github prints GitHub Actions error annotations with the position', () => {
    const { code, stdout } = runCli(['validate', '--format', 'github', 'test/fixtures/data/bad/dangling-reference.yaml'], { cwd: repoRoot });
    assert.equal(code, 1);
    assert.equal(
      stdout,
      '::error file=test/fixtures/data/bad/dangling-reference.yaml,line=3,col=20,endLine=3,endColumn=32,title=ce-playbook unknown-reference::' +
        'The channel "ce" refers to the team "no-such-team", which does not exist. Known: sales, customer-support, software-engineers, product, marketing.\n',
    );
  });

  it('workflow variables that would lose a value: each a problem at its line, exit 1', () => {
    const file = 'test/fixtures/data/bad/workflow-variables.yaml';
    const { code, stdout } = runCli(['validate', file], { cwd: repoRoot });
    assert.equal(code, 1, stdout);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      `${file}:9:21: error: The template "support-ticket-context" maps the field "issue-link" onto "background", the id of its other field "background": the workflow would get one value under that name and lose the other. Choose a variable name that is not another field's id. [workflow-variables]`,
      `${file}:10:21: error: The template "support-ticket-context" maps the fields "customer-name" and "background" to the same workflow variable "customer": the workflow would get only one of them. Give each field its own variable. [workflow-variables]`,
      `${file}:11:9: error: The template "support-ticket-context" maps the field "backgroud" to the workflow variable "details", but it has no field "backgroud" (fields: customer-name, issue-link, background). Correct the field id or remove the line. [workflow-variables]`,
    ]);
  });

  it('field conditions that cannot work: each a problem at the value to fix, exit 1; the README\'s worked example passes', () => {
    const file = 'test/fixtures/data/bad/field-conditions.yaml';
    const { code, stdout } = runCli(['validate', file], { cwd: repoRoot });
    assert.equal(code, 1, stdout);
    const found = stdout.trimEnd().split('\n').map((line) => PROBLEM_LINE.exec(line)!).map((m) => `${m[2]}:${m[3]} ${m[6]}`);
    assert.deepEqual(found.sort(), [
      '11:18 field-condition',
      '14:24 field-condition',
      '16:48 field-condition',
      '18:24 field-condition',
      '20:24 field-condition',
    ]);
    assert.match(stdout, /the default "Maybe" of the field "time-sensitive" is not one of its options/);
    assert.match(stdout, /depends on "time-sensitiv", which is not a field of this template/);
    assert.match(stdout, /"anything-else" applies when "time-sensitive" equals "yes"\. It can never be true/);
    assert.match(stdout, /"why" → "if-not" → "why" form a cycle/);
    const example = runCli(['validate', 'test/fixtures/workspace-conditions/.ce-playbook'], { cwd: repoRoot });
    assert.equal(example.code, 0, example.stdout + example.stderr);
    assert.equal(example.stdout, '');
  });

  it('customer fields that cannot work: each a problem at the value to fix, exit 1; the test team\'s mapping passes', () => {
    const file = 'test/fixtures/data/bad/customer-fields.yaml';
    const { code, stdout } = runCli(['validate', file], { cwd: repoRoot });
    assert.equal(code, 1, stdout);
    const found = stdout.trimEnd().split('\n').map((line) => PROBLEM_LINE.exec(line)!).map((m) => `${m[2]}:${m[3]} ${m[6]}`);
    assert.deepEqual(found.sort(), ['13:23 field-condition', '19:23 field-condition', '7:19 field-condition', '7:19 field-condition']);
    assert.match(stdout, /the field "ask" is marked as the customer's name but is a "text" field/);
    assert.match(stdout, /the fields "customer-name" and "ask" are both marked as the customer's name/);
    assert.match(stdout, /the field "severity" is a choice, so the customer's "plan" could be none of its options/);
    assert.match(stdout, /the field "issue-link" is filled from the customer's "zendesk", but no field of the template is marked "customer: true"/);
    const mapping = runCli(['validate', 'test/fixtures/customers'], { cwd: repoRoot });
    assert.equal(mapping.code, 0, mapping.stdout + mapping.stderr);
  });

  describe('input errors: one line on stderr, nothing on stdout, exit 2', () => {
    const cases: [string, string[], RegExp][] = [
      ['a missing file', ['validate', 'no-such-file.yaml'], /^ce-playbook: no-such-file\.yaml: no such file or folder$/],
      ['no .ce-playbook/ folder', ['validate'], /^ce-playbook: no \.ce-playbook\/ folder here/],
      ['a folder without data files', ['validate', 'src'], /^ce-playbook: no data files/],
      ['an unknown format', ['validate', '--format', 'xml', 'data'], /--format.*xml/],
      ['an unknown option', ['validate', '--colour'], /unknown option '--colour'/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const { code, stdout, stderr } = runCli(args, { cwd: what === 'no .ce-playbook/ folder' ? os.tmpdir() : repoRoot });
        assert.equal(code, 2, stderr);
        assert.equal(stdout, '');
        assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
        assert.match(stderr.trimEnd(), message);
      });
    }
  });
});
