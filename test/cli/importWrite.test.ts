/**
 * `ce-playbook import --out`: what it writes validates over the bundled handbook, a new revision that
 * drops a step the bundled guide uses is one problem at that step list, nothing is written when the
 * check fails or a file would change (unless asked), and names from pages stay inside comments.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDataFile } from '../../src/core/load/loadHandbook';
import { repoRoot } from '../unit/helpers';
import { runCli } from './help.test';

const EARLIER = 'media/handbook/customer-engineering-team-culture.md';
const LATER = 'media/handbook/how-ce-intersects-internal-teams.md';
const REVISED_CULTURE = 'test/fixtures/pages/revised-team-culture.md';
/** The later page without its escalation sentence: the step "more-help" the bundled guide ends at. */
const REVISED_TEAMS = 'test/fixtures/pages/revised-internal-teams.md';
const run = (args: string[]) => runCli(args, { cwd: repoRoot });
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ce-import-write-'));
const listing = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const contents = (dir: string) => Object.fromEntries(listing(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

describe('ce-playbook import --out, then validate', () => {
  for (const page of [EARLIER, LATER, REVISED_CULTURE]) {
    it(`${path.basename(page)}: the written folder passes validate over the bundled handbook`, () => {
      const out = path.join(tempDir(), 'imported');
      const imported = run(['import', page, '--out', out]);
      assert.equal(imported.code, 0, imported.stderr);
      const validated = run(['validate', out]);
      assert.equal(validated.stdout, '');
      assert.equal(validated.code, 0, validated.stderr);
      assert.match(validated.stderr, / 0 error\(s\)/);
    });
  }

  it('keeps the steps the other page says, with their source, where the bundled procedure has them', () => {
    const out = tempDir();
    assert.equal(run(['import', LATER, '--out', out]).code, 0);
    const procedures = parseDataFile({ key: 'p', label: 'p', bytes: fs.readFileSync(path.join(out, 'procedures.yaml')) }).value as { procedures: { id: string; steps: { id: string; source?: { page: string } }[] }[] };
    const steps = procedures.procedures.find((p) => p.id === 'engage-support')!.steps;
    assert.deepEqual(steps.map((s) => [s.id, s.source?.page]), [
      ['collaborate', 'team-culture'], ['engineer-assigned', 'team-culture'], ['not-yet-assigned', 'team-culture'], ['head-of-support', 'team-culture'],
      ['customer-asks-for-update', undefined], ['more-help', undefined],
    ]);
  });
});

describe('ce-playbook import --out: a revision that drops a step the bundled guide uses', () => {
  const problemLine = (text: string) => text.split('\n').filter((l) => /: error: /.test(l));

  it('writes nothing, exit 1, and says once, at the imported procedure\'s steps, what the page dropped and what to decide', () => {
    const out = path.join(tempDir(), 'imported');
    const { code, stdout, stderr } = run(['import', REVISED_TEAMS, '--out', out]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(listing(out), [], 'nothing written');
    const errors = problemLine(stderr);
    assert.equal(errors.length, 1, stderr);
    assert.match(errors[0], new RegExp(`^${path.relative(repoRoot, out)}/procedures\\.yaml:\\d+:5: error: The procedure "engage-support" here no longer has the step "more-help" \\("If additional assistance is needed, the CE should reach out to @cs-leadership`));
    assert.match(errors[0], /which the bundled guide "customer-issue" still leads to \(node "escalate"\)\. If it still applies, keep it in this procedure's steps with the id "more-help"; if not, change the guide "customer-issue" in a data file/);
    assert.match(stderr, /nothing was written/);
    assert.match(stderr, /--write-invalid/);
  });

  it('--write-invalid writes it; validate then reports the same one problem', () => {
    const out = path.join(tempDir(), 'imported');
    const imported = run(['import', REVISED_TEAMS, '--out', out, '--write-invalid']);
    assert.equal(imported.code, 1);
    assert.deepEqual(imported.stdout.trimEnd().split('\n').map((f) => path.basename(f)), ['sources.yaml', 'teams.yaml', 'procedures.yaml', 'slack.yaml']);
    const validated = run(['validate', out]);
    assert.equal(validated.code, 1);
    assert.equal(validated.stdout.trimEnd().split('\n').length, 1, validated.stdout);
    assert.deepEqual(problemLine(validated.stdout), problemLine(imported.stderr));
    assert.match(validated.stdout, /\[guide-needs-step\]$/m);
    // At the imported procedure's `steps:`, the list that needs the decision.
    const line = Number(/procedures\.yaml:(\d+):5:/.exec(validated.stdout)?.[1]);
    const written = fs.readFileSync(path.join(out, 'procedures.yaml'), 'utf8').split('\n');
    assert.equal(written[line - 1], '    steps:');
    assert.equal(written.slice(0, line).filter((l) => l.startsWith('  - id: ')).pop(), '  - id: engage-support');
  });
});

describe('ce-playbook import --out: files that would change', () => {
  it('lists each with what would change, writes nothing and exits 1; --force overwrites', () => {
    const out = tempDir();
    assert.equal(run(['import', LATER, '--out', out]).code, 0);
    const teams = path.join(out, 'teams.yaml');
    const edited = fs.readFileSync(teams, 'utf8').replace('AEs and CEs are stably paired', 'Our own words');
    assert.notEqual(edited, fs.readFileSync(teams, 'utf8'));
    fs.writeFileSync(teams, edited);
    fs.rmSync(path.join(out, 'slack.yaml'));
    const before = contents(out);

    const refused = run(['import', LATER, '--out', out]);
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, '');
    assert.deepEqual(contents(out), before, 'nothing written, not even the missing slack.yaml');
    assert.match(refused.stderr, /1 file\(s\) in .* hold something else than the import would write; run again with --force to overwrite them:\n {2}.*teams\.yaml: 1 entry changed \(teams\/sales\)\n/);
    assert.match(refused.stderr, /nothing was written/);

    const forced = run(['import', LATER, '--out', out, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.doesNotMatch(fs.readFileSync(teams, 'utf8'), /Our own words/);
    assert.ok(fs.existsSync(path.join(out, 'slack.yaml')));
  });

  it('importing the same page again changes nothing and succeeds without --force', () => {
    const out = tempDir();
    assert.equal(run(['import', EARLIER, '--out', out]).code, 0);
    const before = contents(out);
    const again = run(['import', EARLIER, '--out', out]);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(contents(out), before);
  });

  it('says when a file there is not data at all', () => {
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'teams.yaml'), 'teams: [unclosed\n');
    const { code, stderr } = run(['import', LATER, '--out', out]);
    assert.equal(code, 1);
    assert.match(stderr, /teams\.yaml: its current text is not valid data \(line \d+\); the import would replace all of it/);
    assert.equal(fs.readFileSync(path.join(out, 'teams.yaml'), 'utf8'), 'teams: [unclosed\n');
  });
});

describe('ce-playbook import: a page name that would break out of the YAML comment', () => {
  it('stays in the comment (the line break shown as \\n), and the file holds only the page\'s data', () => {
    const dir = tempDir();
    const page = path.join(dir, 'notes\nprocedures: x.md');
    fs.copyFileSync(path.join(repoRoot, LATER), page);
    const out = path.join(dir, 'out');
    const { code, stderr } = run(['import', page, '--out', out]);
    assert.equal(code, 0, stderr);
    const text = fs.readFileSync(path.join(out, 'teams.yaml'), 'utf8');
    assert.equal(text.split('\n')[1], '# Imported by ce-playbook from notes\\nprocedures: x.md; review before committing.');
    const parsed = parseDataFile({ key: 't', label: 't', bytes: Buffer.from(text) });
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(Object.keys(parsed.value as object), ['teams']);
  });
});
