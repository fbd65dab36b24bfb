/** Workspace data files: merging over the bundled data, and a precise message for every bad file. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { loadHandbook, LoadMemory, type DataFileInput } from '../../src/core/load/loadHandbook';
import { bundledHandbook, fixture } from './helpers';

const input = (name: string, bytes?: Uint8Array | string): DataFileInput => ({
  key: `file:///ws/${name}`,
  label: name,
  bytes: typeof bytes === 'string' ? Buffer.from(bytes) : (bytes ?? fs.readFileSync(fixture('data', name))),
});
const load = (files: DataFileInput[], memory?: LoadMemory) => loadHandbook(bundledHandbook(), files, memory);

interface Expected { rule: string; line: number; column: number; message: RegExp }
/** One fixture per kind of bad file: the rule, the exact position and what the message says. */
const BAD: Record<string, Expected[]> = {
  'bad/yaml-syntax.yaml': [{ rule: 'yaml-missing-char', line: 4, column: 1, message: /YAML syntax error: Missing closing "quote/ }],
  'bad/unknown-property.yaml': [{ rule: 'schema', line: 3, column: 5, message: /Unknown property "nmae".*allowed here: id, name, source/ }],
  'bad/crlf-unknown-property.yaml': [{ rule: 'schema', line: 4, column: 5, message: /Unknown property "colour"/ }],
  'bad/wrong-enum.yaml': [{ rule: 'schema', line: 5, column: 18, message: /"meetings\[0\]\.cadence\.frequency" is the text "fortnightly"; expected one of "weekly", "every-other-week", "monthly"/ }],
  'bad/wrong-shape.yaml': [{ rule: 'schema', line: 2, column: 5, message: /"teams\[0\]" is a list; expected a mapping/ }],
  'bad/alias-bomb.yaml': [{ rule: 'yaml-aliases', line: 1, column: 1, message: /resource exhaustion.*Use fewer aliases/ }],
  // An alias inside the node it names would make endless data (every later walk would never end).
  'bad/recursive-alias.yaml': [{ rule: 'yaml-recursive-alias', line: 5, column: 16, message: /alias \*team is inside the node it refers to/ }],
  'bad/deep-nesting.yaml': [{ rule: 'too-deep', line: 3, column: 75, message: /nested more than 64 levels deep/ }],
  'bad/proto-keys.yaml': [
    { rule: 'schema', line: 1, column: 1, message: /Unknown property "__proto__"/ },
    { rule: 'schema', line: 5, column: 5, message: /Unknown property "constructor"/ },
  ],
  'bad/javascript-link.yaml': [{ rule: 'unsafe-link', line: 5, column: 13, message: /"javascript:alert\(1\)" is not allowed: links must start with https: or mailto:/ }],
  'bad/duplicate-id.yaml': [{ rule: 'duplicate-id', line: 4, column: 9, message: /channel id "ce" is used twice in this file \(first at channels\[0\]\)/ }],
  'bad/duplicate-key.yaml': [{ rule: 'yaml-duplicate-key', line: 4, column: 5, message: /Map keys must be unique/ }],
  'bad/dangling-reference.yaml': [{ rule: 'unknown-reference', line: 3, column: 20, message: /channel "ce" refers to the team "no-such-team", which does not exist\. Known: sales, customer-support/ }],
  'bad/empty.yaml': [{ rule: 'empty-file', line: 1, column: 1, message: /The file is empty/ }],
  'bad/comment-only.yaml': [{ rule: 'empty-file', line: 1, column: 1, message: /The file is empty/ }],
  'bad/invalid-utf8.yaml': [{ rule: 'invalid-utf8', line: 3, column: 15, message: /not valid UTF-8 \(byte 0xff at offset 35\)\. Save it with UTF-8 encoding/ }],
  'bad/incomplete-new-entry.yaml': ['source', 'valueToTeam', 'valueToCe', 'collaboration'].map((p) => ({ rule: 'schema', line: 2, column: 5, message: new RegExp(`team "new-team" is missing "${p}"`) })),
};

describe('workspace data files', () => {
  describe('a precise message for each bad file, and nothing else changes', () => {
    const baseline = JSON.stringify(bundledHandbook());
    for (const [name, expected] of Object.entries(BAD)) {
      it(name, () => {
        const file = input(name);
        const result = load([file]);
        const problems = result.problems.get(file.key)!;
        assert.deepEqual(
          problems.map((p) => ({ rule: p.rule, line: p.line, column: p.column })),
          expected.map((e) => ({ rule: e.rule, line: e.line, column: e.column })),
        );
        problems.forEach((p, i) => assert.match(p.message, expected[i].message));
        assert.ok(problems.every((p) => p.file === file.key && p.severity === 'error'), 'problems name the file by its key');
        assert.deepEqual(result.failed, [file.key]);
        assert.equal(JSON.stringify(result.handbook), baseline, 'the bundled data is shown unchanged');
      });
    }
    it('__proto__ and constructor keys pollute nothing', () => {
      load([input('bad/proto-keys.yaml')]);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = input('big.yaml', 'teams: []\n' + '#'.repeat(1024 * 1024));
    const problems = load([big]).problems.get(big.key)!;
    assert.equal(problems[0].rule, 'file-too-large');
    assert.match(problems[0].message, /data files may be at most 1048576 bytes/);
  });

  it('a BOM, CRLF line endings and HTML in text are handled', () => {
    for (const name of ['good/bom.yaml', 'good/crlf.yaml', 'good/html-text.yaml']) {
      const f = input(name);
      const result = load([f]);
      assert.deepEqual(result.problems.get(f.key), [], name);
    }
    const html = load([input('good/html-text.yaml')]).handbook.channels.find((c) => c.id === 'ce')!;
    assert.equal(html.description, '<script>alert(1)</script> <b>bold</b>', 'kept as text; the renderers escape it');
  });

  it('merges by id: changes a nested field, adds entries, hides one, and records where each came from', () => {
    const f = input('good/override.yaml');
    const result = load([f]);
    assert.deepEqual(result.problems.get(f.key), []);
    const marketing = result.handbook.teams.find((t) => t.id === 'marketing')!;
    assert.equal(marketing.valueToTeam.text, 'CEs help marketing with customer stories.');
    assert.equal(marketing.valueToTeam.label, 'How CE adds value to marketing', 'the rest of the entry stays');
    assert.deepEqual(result.handbook.teams.map((t) => t.id).slice(-1), ['partnerships']);
    assert.ok(result.handbook.channels.some((c) => c.id === 'partners'));
    assert.ok(!result.handbook.meetings.some((m) => m.id === 'ce-team-hangout'));
    assert.deepEqual(result.origins.get('teams/marketing')?.map((o) => o.layer), ['bundled', f.key]);
    assert.deepEqual(result.origins.get('teams/partnerships')?.map((o) => o.file), [f.key], 'origins name the file by its key');
  });

  it('hiding a team removes it from the lists that name it, without errors', () => {
    const f = input('good/hide-team.yaml');
    const result = load([f]);
    assert.deepEqual(result.problems.get(f.key), []);
    assert.ok(!result.handbook.teams.some((t) => t.id === 'sales'));
    assert.ok(!result.handbook.channels.find((c) => c.id === 'ce')!.teams.includes('sales'));
    assert.deepEqual(result.handbook.userGroups.find((g) => g.id === 'ce-sdr-collab')!.teams, []);
  });

  it('a later file can refer to what an earlier file added; a bad file does not stop the others', () => {
    const adds = input('adds.yaml', 'channels:\n  - id: new-channel\n    name: "#new"\n    description: "New."\n    teams: [sales]\n    source: { page: team-culture, section: "CE-Specific Slack Channels" }\n');
    const uses = input('uses.yaml', 'userGroups:\n  - id: new-group\n    name: "@new"\n    channel: new-channel\n    teams: [sales]\n    source: { page: team-culture, section: "CE-Specific Slack Channels" }\n');
    const broken = input('broken.yaml', 'teams: [');
    const result = load([adds, broken, uses]);
    assert.deepEqual(result.failed, [broken.key]);
    assert.ok(result.handbook.userGroups.some((g) => g.id === 'new-group'));
  });

  it('a file that refers to a hidden entry through a required reference is refused with a clear message', () => {
    const f = input('hide-procedure.yaml', 'procedures:\n  - id: engage-support\n    hidden: true\n');
    const result = load([f]);
    assert.deepEqual(result.failed, [f.key]);
    const [problem] = result.problems.get(f.key)!;
    assert.match(problem.message, /The procedure "engage-support" is hidden here, but the guide "customer-issue" needs it/);
    assert.deepEqual([problem.rule, problem.line, problem.column], ['hidden-needed', 3, 5], 'reported at the hidden: line');
    assert.ok(result.handbook.procedures.some((p) => p.id === 'engage-support'), 'nothing of the file applies');
  });

  it('keeps showing the last good version of a file that breaks, and drops it when it is fixed or deleted', () => {
    const memory = new LoadMemory();
    const good = input('team.yaml', 'teams:\n  - id: product\n    name: "Product (ours)"\n');
    assert.equal(load([good], memory).handbook.teams.find((t) => t.id === 'product')!.name, 'Product (ours)');
    const broken = input('team.yaml', 'teams:\n  - id: product\n    name: "Product (ours\n');
    const afterBreak = load([broken], memory);
    assert.equal(afterBreak.handbook.teams.find((t) => t.id === 'product')!.name, 'Product (ours)', 'last good data stays');
    assert.deepEqual(afterBreak.stale, [broken.key]);
    assert.equal(afterBreak.problems.get(broken.key)![0].line, 4, 'the parser reports the unclosed quote where the file ends');
    const fixed = input('team.yaml', 'teams:\n  - id: product\n    name: "Product (fixed)"\n');
    assert.equal(load([fixed], memory).handbook.teams.find((t) => t.id === 'product')!.name, 'Product (fixed)');
    assert.equal(load([], memory).handbook.teams.find((t) => t.id === 'product')!.name, 'Product', 'deleting the file restores the bundled entry');
    assert.equal(memory.lastGood.size, 0);
  });

  it('a file that was never good contributes nothing', () => {
    const broken = input('new.yaml', 'teams:\n  - id: product\n    name: 42\n');
    const result = load([broken], new LoadMemory());
    assert.equal(result.handbook.teams.find((t) => t.id === 'product')!.name, 'Product');
    assert.deepEqual(result.stale, []);
  });
});

describe('guides in data files', () => {
  it('a guide whose answer leads nowhere is refused with the position of that answer', () => {
    const f = input('guide.yaml', [
      'guides:',
      '  - id: customer-issue',
      '    nodes:',
      '      - id: need',
      '        question: "What does the situation call for?"',
      '        answers:',
      '          - label: "A"',
      '            next: nowhere',
      '          - label: "B"',
      '            next: escalate',
      '      - id: escalate',
      '        outcome: more-help',
      '',
    ].join('\n'));
    const result = load([f]);
    const problems = result.problems.get(f.key)!;
    assert.ok(problems.length >= 1);
    assert.equal(problems[0].rule, 'guide');
    assert.match(problems[0].message, /The guide "customer-issue": .*nowhere/);
    assert.deepEqual([problems[0].line, problems[0].column], [8, 19]);
    assert.equal(result.handbook.guides[0].nodes.length, bundledHandbook().guides[0].nodes.length, 'the bundled guide stays');
  });
});
