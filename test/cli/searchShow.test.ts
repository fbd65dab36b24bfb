/** `ce-playbook search` and `show`: the extension's search and entries, as text or JSON. */
import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../src/features/search/model/searchIndex';
import { bundledHandbook, repoRoot } from '../unit/helpers';
import { runCli } from './help.test';

const run = (args: string[]) => runCli(args, { cwd: repoRoot });

describe('ce-playbook search and show', () => {
  it('search --json gives the extension\'s search results for the query, in its order', () => {
    const { code, stdout } = run(['search', 'ticket', 'req', '--json']);
    assert.equal(code, 0);
    const expected = buildSearchIndex(bundledHandbook()).search('ticket req', 20);
    assert.ok(expected.length > 0);
    // Without `item`, the index's own numbering of its items.
    assert.deepEqual(JSON.parse(stdout), JSON.parse(JSON.stringify(expected.map(({ item: _item, ...result }) => result))));
  });

  it('search prints one result per line: kind, label and the text around the match', () => {
    const { code, stdout } = run(['search', '#ce', '--limit', '2']);
    assert.equal(code, 0);
    assert.deepEqual(stdout.trimEnd().split('\n').map((l) => l.split('\t').slice(0, 2)), [['channel', '#ce'], ['channel', '#ce-internal']]);
  });

  it('search cuts a 100,000-character query to its start, says so on stderr, and answers', () => {
    const { code, stdout, stderr } = run(['search', 'support ticket request '.repeat(5000).slice(0, 100_000)]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /^ce-playbook: The query is longer than 200 characters or 20 words; only "(support ticket request ){6}support ticket" was searched\.$/m);
    assert.match(stdout, /^template\tSupport Ticket Request\t/m);
  });

  it('search searches the team\'s data files too (--data)', () => {
    const { code, stdout } = run(['search', 'partnerships', '--data', 'test/fixtures/data/good/override.yaml', '--json']);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout)[0].label, 'Partnerships');
  });

  it('search exits 1 when nothing is found, with nothing on stdout', () => {
    const { code, stdout } = run(['search', 'zzyzx']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
  });

  it('show team prints the page\'s sections in the handbook\'s words', () => {
    const { code, stdout } = run(['show', 'team', 'customer-support']);
    assert.equal(code, 0);
    const team = bundledHandbook().teams.find((t) => t.id === 'customer-support')!;
    assert.ok(stdout.startsWith(`Customer Support (CS)\n\nHow CE adds value to CS: ${team.valueToTeam.text}\n`));
    assert.match(stdout, /^ {2}- What should CE do if the customer needs more help: Given the relationship/m);
    assert.match(stdout, /^ {2}- #customer-support: Where support collaborates with everyone outside of support\.$/m);
    assert.match(stdout, /^ {2}- Support Ticket Context \(3 fields\)$/m);
    assert.match(stdout, /^Source: How CE Intersects Internal Teams, "Customer Support \(CS\)"$/m);
  });

  it('show --json prints the entry as the data has it', () => {
    const { code, stdout } = run(['show', 'meeting', 'ce-team-hangout', '--json']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), bundledHandbook().meetings.find((m) => m.id === 'ce-team-hangout'));
  });

  for (const [what, args, message] of [
    ['an unknown id', ['show', 'team', 'nope'], /^ce-playbook: no team "nope"; try: ce-playbook search nope$/],
    ['an unknown kind', ['show', 'planet', 'mars'], /value 'planet' is invalid for argument 'kind'/],
    ['a bad --limit', ['search', 'x', '--limit', 'ten'], /--limit must be a whole number/],
  ] as [string, string[], RegExp][]) {
    it(`refuses ${what} with one line on stderr and exit 2`, () => {
      const { code, stdout, stderr } = run(args);
      assert.equal(code, 2, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
      assert.match(stderr.trimEnd(), message);
    });
  }
});
