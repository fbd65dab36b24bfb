/** `ce-playbook import` and `diff` end to end on the handbook pages and made-up revisions. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDataFile } from '../../src/core/load/loadHandbook';
import { repoRoot } from '../unit/helpers';
import { runCli } from './help.test';

const EARLIER = 'media/handbook/customer-engineering-team-culture.md';
const LATER = 'media/handbook/how-ce-intersects-internal-teams.md';
const REVISED = 'test/fixtures/pages/revised-team-culture.md';
const run = (args: string[]) => runCli(args, { cwd: repoRoot });
const parseYaml = (name: string, text: string) => parseDataFile({ key: name, label: name, bytes: Buffer.from(text) });

describe('ce-playbook import', () => {
  it('prints the page as one data file the extension accepts, and warns by line about what it cannot place', () => {
    const { code, stdout, stderr } = run(['import', EARLIER]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^# yaml-language-server: \$schema=dist\/schema\/handbook\.schema\.json\n/);
    const parsed = parseYaml('stdout.yaml', stdout);
    assert.deepEqual(parsed.problems, []);
    const value = parsed.value as Record<string, { id: string }[]>;
    assert.deepEqual(value.teams.map((t) => t.id), ['sales', 'customer-support-engineers', 'software-engineers', 'product', 'marketing']);
    assert.equal(value.meetings.length, 5);
    assert.equal(value.channels.length, 5);
    assert.deepEqual(stderr.trimEnd().split('\n').map((l) => l.split(': warning:')[0]), [`${EARLIER}:6:1`, `${EARLIER}:14:1`]);
  });

  it('--strict exits 1 on a block it cannot place, naming its line', () => {
    const { code, stderr } = run(['import', '--strict', REVISED]);
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`^${REVISED}:59:1: warning: not imported: a blockquote under "Partnerships".*"Note: this section is new`, 'm'));
  });

  it('--out writes the data files of data/\'s layout, each with the schema comment', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-import-'));
    const { code, stdout } = run(['import', LATER, '--out', out]);
    assert.equal(code, 0);
    const written = stdout.trimEnd().split('\n').map((f) => path.basename(f));
    assert.deepEqual(written, ['sources.yaml', 'teams.yaml', 'procedures.yaml', 'slack.yaml']);
    for (const name of written) {
      const text = fs.readFileSync(path.join(out, name), 'utf8');
      const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
      assert.ok(schema && fs.existsSync(path.resolve(out, schema)), `${name}: schema path ${schema}`);
      assert.deepEqual(parseYaml(name, text).problems, [], name);
    }
    assert.match(fs.readFileSync(path.join(out, 'teams.yaml'), 'utf8'), /- id: sdr-questions\n\s+text: "SDRs, during their prospecting efforts/);
  });

  it('writes what the page says but reports, as an error with the file and line, what the extension would refuse', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-import-'));
    const page = path.join(out, 'page.md');
    fs.writeFileSync(page, '# A page\n\n### Partners\n- **How CE adds value to partners:** See [this](javascript:alert(1)).\n- **How partners adds value to CE:** They help.\n- **Collaboration overview:** Calls.\n');
    const { code, stdout, stderr } = run(['import', page]);
    assert.equal(code, 1);
    assert.match(stdout, /javascript:alert/, 'the text is kept as the page has it');
    assert.match(stderr, /^<stdout>:\d+:\d+: error: The link "javascript:alert\(1\)" is not allowed: links must start with https: or mailto:.*\[unsafe-link\]$/m);
  });

  it('refuses a page over the size limit with one line and exit 2', () => {
    const page = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ce-import-')), 'huge.md');
    fs.writeFileSync(page, '# Huge\n\n' + 'x'.repeat(1024 * 1024 + 1));
    const { code, stdout, stderr } = run(['import', page]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^ce-playbook: .*huge\.md: the page is \d+ bytes; pages may be at most 1048576 bytes\n$/);
  });

  it('refuses a missing page with one line on stderr and exit 2', () => {
    const { code, stdout, stderr } = run(['import', 'no-such-page.md']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'ce-playbook: no-such-page.md: cannot read the page (ENOENT)\n');
  });
});

describe('ce-playbook diff', () => {
  it('--json: a new team and meeting, a removed channel, a changed sentence with old and new text; exit 1', () => {
    const { code, stdout } = run(['diff', EARLIER, REVISED, '--json', '--ignore', 'file']);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout), {
      added: [
        { collection: 'teams', id: 'partnerships', label: 'Partnerships' },
        { collection: 'meetings', id: 'partner-sync', label: 'Partner sync' },
      ],
      removed: [{ collection: 'channels', id: 'feedback', label: '#feedback' }],
      changed: [{
        collection: 'teams', id: 'marketing', label: 'Marketing', field: 'valueToCe.text',
        old: 'Marketing provides self-service avenues for our customers to learn and help each other learn (community, developer education).',
        new: 'Marketing provides self-service avenues and launch briefings for our customers and for CEs.',
      }],
    });
  });

  it('shows the earlier and the later handbook page: the renamed support section, the SDR route, the moved steps', () => {
    const { code, stdout } = run(['diff', EARLIER, LATER, '--ignore', 'source']);
    assert.equal(code, 1);
    assert.match(stdout, /^changed {2}teams\/customer-support {2}Customer Support \(CS\)\n {2}id\n {4}- customer-support-engineers\n {4}\+ customer-support\n {2}name\n {4}- Customer Support Engineers \(CSEs\)\n {4}\+ Customer Support \(CS\)$/m);
    assert.match(stdout, /^ {2}routes\[sdr-questions\]\.text\n {4}\+ SDRs, during their prospecting efforts/m);
    assert.match(stdout, /^ {2}valueToTeam\.text\n {4}- CEs help ensure that when developers think of Sourcegraph/m);
    assert.match(stdout, /^ {2}steps\[more-help\]\.text\n {4}\+ If additional assistance is needed/m);
    assert.match(stdout, /^ {2}steps\[head-of-support\]\.text\n {4}- CE may also need to share/m);
  });

  it('finds nothing between a page and itself: empty output, exit 0', () => {
    const { code, stdout } = run(['diff', LATER, LATER]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
  });

  it('compares data folders entry by entry', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-diff-'));
    for (const f of fs.readdirSync(path.join(repoRoot, 'data'))) fs.copyFileSync(path.join(repoRoot, 'data', f), path.join(copy, f));
    const meetings = path.join(copy, 'meetings.yaml');
    fs.writeFileSync(meetings, fs.readFileSync(meetings, 'utf8').replace('Global team sync;', 'Global team sync and planning;'));
    const { code, stdout } = run(['diff', 'data', copy, '--json']);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).changed, [{
      collection: 'meetings', id: 'ce-team-meeting', label: 'CE team meeting', field: 'description',
      old: 'Global team sync; open team discussion about any topics', new: 'Global team sync and planning; open team discussion about any topics',
    }]);
  });

  describe('input errors: one line on stderr, nothing on stdout, exit 2', () => {
    const cases: [string, string[], RegExp][] = [
      ['a missing page', ['diff', EARLIER, 'missing.md'], /^ce-playbook: missing\.md: cannot read the page \(ENOENT\)$/],
      ['a missing folder', ['diff', 'data', 'no-such-folder'], /^ce-playbook: no-such-folder: no such file or folder$/],
      ['a broken data file', ['diff', 'data', 'test/fixtures/data/bad/yaml-syntax.yaml'], /^ce-playbook: test\/fixtures\/data\/bad\/yaml-syntax\.yaml:4:1: error: YAML syntax error.*\(run ce-playbook validate/],
      ['one argument', ['diff', EARLIER], /missing required argument 'new'/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const { code, stdout, stderr } = run(args);
        assert.equal(code, 2, stderr);
        assert.equal(stdout, '');
        const errorLines = stderr.trimEnd().split('\n').filter((l) => !l.includes('warning: not imported'));
        assert.equal(errorLines.length, 1, stderr);
        assert.match(errorLines[0], message);
      });
    }
  });
});
