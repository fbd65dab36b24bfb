import assert from 'node:assert/strict';
import { buildSearchIndex, type SearchIndex, type SearchResult } from '../../src/features/search/model/searchIndex';
import type { EntryRef } from '../../src/core/handbook/entryRef';
import type { Channel, Handbook } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';

const key = (t: EntryRef) => JSON.stringify(t);
const targets = (results: SearchResult[]) => results.map((r) => key(r.target));
const source = { page: 'team-culture', section: 'CE-Specific Slack Channels' };

/** The bundled handbook with its channels replaced: small, controlled texts for ranking tests. */
function withChannels(channels: Array<[name: string, description: string]>): Handbook {
  const h = bundledHandbook();
  h.channels = channels.map(([name, description]): Channel => ({ id: name.slice(1), name, description, teams: [], source }));
  return h;
}
const channelOrder = (h: Handbook, query: string) =>
  buildSearchIndex(h).search(query).filter((r) => r.kind === 'channel').map((r) => r.label);

/** Every searchable text of the handbook with the result it must produce (derived from the data). */
function expectedItems(h: Handbook): Array<{ text: string; kind: SearchResult['kind']; target: EntryRef }> {
  const out: Array<{ text: string; kind: SearchResult['kind']; target: EntryRef }> = [];
  for (const t of h.teams) {
    const target: EntryRef = { kind: 'team', teamId: t.id };
    out.push({ text: t.name, kind: 'team', target });
    for (const text of [t.valueToTeam.text, t.valueToCe.text, t.collaboration.text, ...(t.collaboration.details ?? []), ...(t.routes ?? []).map((r) => r.text)]) {
      out.push({ text, kind: 'teamFacet', target });
    }
  }
  for (const p of h.procedures) {
    out.push({ text: p.title, kind: 'procedure', target: { kind: 'procedure', procedureId: p.id } });
    for (const s of p.steps) out.push({ text: s.text, kind: 'step', target: { kind: 'step', procedureId: p.id, stepId: s.id } });
  }
  for (const t of h.templates) {
    out.push({ text: `${t.title} ${t.description}`, kind: 'template', target: { kind: 'template', templateId: t.id } });
    for (const f of t.fields) out.push({ text: f.label, kind: 'field', target: { kind: 'template', templateId: t.id } });
  }
  for (const m of h.meetings) out.push({ text: `${m.name} ${m.cadence.text} ${m.description}`, kind: 'meeting', target: { kind: 'meeting', meetingId: m.id } });
  for (const c of h.channels) out.push({ text: `${c.name} ${c.description}`, kind: 'channel', target: { kind: 'channel', channelId: c.id } });
  for (const g of h.userGroups) out.push({ text: `${g.name} ${g.description ?? ''}`, kind: 'userGroup', target: { kind: 'userGroup', userGroupId: g.id } });
  return out;
}

describe('search index', () => {
  const h = bundledHandbook();
  const index = buildSearchIndex(h);

  describe('finds what the handbook says', () => {
    it('"BambooHr" finds the out-of-office step', () => {
      const [first, ...rest] = index.search('BambooHr');
      assert.deepEqual(first.target, { kind: 'step', procedureId: 'out-of-office', stepId: 'log-request' });
      assert.equal(first.kind, 'step');
      assert.equal(first.label, 'Log time off request in BambooHr');
      assert.equal(rest.length, 0);
    });

    it('"SDRs" finds only Sales, the way to engage first', () => {
      const results = index.search('SDRs');
      assert.ok(results.length >= 2);
      assert.ok(results.every((r) => r.teamId === 'sales' && r.kind === 'teamFacet'), JSON.stringify(results));
      assert.deepEqual(results[0].target, { kind: 'team', teamId: 'sales' });
      assert.match(results[0].detail, /^SDRs, during their prospecting efforts/);
    });

    it('"ce-sdr-collab" finds the user group first, then the Sales route that names it', () => {
      const results = index.search('ce-sdr-collab');
      assert.deepEqual(targets(results).slice(0, 2), [key({ kind: 'userGroup', userGroupId: 'ce-sdr-collab' }), key({ kind: 'team', teamId: 'sales' })]);
      assert.equal(results[0].kind, 'userGroup');
      assert.equal(results[0].teamId, 'sales');
    });

    it('"workaround" finds the step about collaborating with support', () => {
      const results = index.search('workaround');
      assert.deepEqual(targets(results), [key({ kind: 'step', procedureId: 'engage-support', stepId: 'collaborate' })]);
      assert.equal(results[0].teamId, 'customer-support');
      assert.match(results[0].detail, /workaround/);
    });

    it('"Wednesdays" finds exactly the meetings held on Wednesdays', () => {
      const results = index.search('Wednesdays');
      const expected = h.meetings.filter((m) => /Wednesdays/.test(m.cadence.text)).map((m) => key({ kind: 'meeting', meetingId: m.id }));
      assert.ok(expected.length >= 2);
      assert.deepEqual(new Set(targets(results)), new Set(expected));
      assert.ok(results.every((r) => r.kind === 'meeting'));
    });

    it('"ZD" finds the issue-link fields of both templates', () => {
      const results = index.search('ZD');
      assert.deepEqual(results.map((r) => [r.kind, r.target, r.teamId]), [
        ['field', { kind: 'template', templateId: 'support-ticket-context' }, 'customer-support'],
        ['field', { kind: 'template', templateId: 'support-ticket-request' }, 'customer-support'],
      ]);
      assert.match(results[0].label, /ZD ticket/);
      assert.equal(results[0].detail, 'Support Ticket Context');
    });

    it('every word of every entry finds that entry', () => {
      let checked = 0;
      for (const item of expectedItems(h)) {
        for (const chunk of item.text.split(/\s+/)) {
          if (!/[\p{L}\p{N}]/u.test(chunk)) continue;
          const found = index.search(chunk, 1000).some((r) => r.kind === item.kind && key(r.target) === key(item.target));
          assert.ok(found, `"${chunk}" should find the ${item.kind} ${key(item.target)}`);
          checked++;
        }
      }
      assert.ok(checked > 500, `only ${checked} words checked`);
    });

    it('gives each item its team: the facet’s team, the procedure’s team, the first of teams', () => {
      const step = index.search('head of support').find((r) => r.kind === 'step')!;
      assert.equal(step.teamId, 'customer-support');
      const ooo = index.search('slack status').find((r) => r.kind === 'step')!;
      assert.deepEqual(ooo.target, { kind: 'step', procedureId: 'out-of-office', stepId: 'slack-status' });
      assert.equal(ooo.teamId, undefined);
      assert.equal(index.search('#ce')[0].teamId, h.channels.find((c) => c.id === 'ce')!.teams[0]);
      assert.equal(index.search('ask product eng')[0].teamId, 'software-engineers');
    });
  });

  describe('matching', () => {
    it('needs every query word, each as the start of some word ("tick req")', () => {
      const both = index.search('tick req', 1000);
      assert.deepEqual(both[0].target, { kind: 'template', templateId: 'support-ticket-request' });
      const found = (q: string) => new Set(index.search(q, 1000).map((r) => `${key(r.target)}|${r.label}`));
      const [tick, req] = [found('tick'), found('req')];
      assert.deepEqual(found('tick req'), new Set([...tick].filter((x) => req.has(x))));
      assert.ok(tick.size > both.length && req.size > both.length, 'each word alone finds more');
      assert.deepEqual(index.search('bamboohr sales'), []);
    });

    it('does not match in the middle of a word', () => {
      assert.deepEqual(index.search('amboo'), []);
      assert.deepEqual(index.search('orkaround'), []);
    });

    it('forgives a typo in a word of 5 letters or more: "suport tiket" finds the ticket templates', () => {
      const results = index.search('suport tiket', 1000);
      assert.deepEqual(targets(results).slice(0, 2).sort(), [key({ kind: 'template', templateId: 'support-ticket-context' }), key({ kind: 'template', templateId: 'support-ticket-request' })]);
      assert.deepEqual(index.search('suport tiket request')[0].target, { kind: 'template', templateId: 'support-ticket-request' });
      const [swapped] = index.search('wrokaround');
      assert.deepEqual(swapped?.target, { kind: 'step', procedureId: 'engage-support', stepId: 'collaborate' }, 'two letters swapped in a long word');
      assert.match(swapped.detail, /workaround/, 'the detail is taken around the word found');
    });

    it('forgives no typo in the first letter, nor in words under 5 letters', () => {
      assert.deepEqual(index.search('xorkaround'), []);
      assert.deepEqual(index.search('tuport'), []);
      assert.deepEqual(index.search('sdrz'), []);
      assert.deepEqual(index.search('bambohr sales'), [], 'still every word has to be found');
    });

    it('ignores case, diacritics and apostrophes', () => {
      const h2 = withChannels([['#cafe', 'Café Résumé NAÏVE things'], ['#other', 'Nothing to see']]);
      const i2 = buildSearchIndex(h2);
      for (const q of ['cafe resume naive', 'CAFÉ', 'résumé', 'Naïve', 'CAF RÉS']) {
        assert.deepEqual(i2.search(q).filter((r) => r.kind === 'channel').map((r) => r.label), ['#cafe'], q);
      }
      for (const q of ['dont', "don't", 'don’t', 'DON’T TAKE']) {
        const [first] = index.search(q);
        assert.equal(first?.label, 'What happens if we don’t take this desired action', q);
      }
    });

    it('ignores # and @ for matching, but "#ce" and "@ce" put the channel and the user group first', () => {
      assert.deepEqual(index.search('#ce')[0].target, { kind: 'channel', channelId: 'ce' });
      assert.deepEqual(index.search('@ce')[0].target, { kind: 'userGroup', userGroupId: 'ce-sdr-collab' });
      assert.deepEqual(index.search('#customer-support')[0].target, { kind: 'channel', channelId: 'customer-support' });
      // Without the sign the same items are found, just ranked differently.
      assert.deepEqual(new Set(targets(index.search('#ce', 1000))), new Set(targets(index.search('ce', 1000))));
    });

    it('an empty, blank or punctuation-only query finds nothing', () => {
      for (const q of ['', '   ', '\t\n', '#', '@', '’', "'", '# @ -- / ?!', '…']) assert.deepEqual(index.search(q), [], JSON.stringify(q));
    });

    it('returns at most `limit` results, the best ones, and nothing for a limit of 0', () => {
      const all = index.search('ce', 1000);
      assert.ok(all.length > 10);
      assert.deepEqual(index.search('ce', 3), all.slice(0, 3));
      assert.equal(index.search('ce').length, Math.min(50, all.length));
      assert.deepEqual(index.search('ce', 0), []);
    });

    it('shortens long text around the first hit, and keeps short text whole', () => {
      const group = h.userGroups.find((g) => g.id === 'ce-sdr-collab')!;
      assert.ok(group.description!.length > 200);
      const [hit] = index.search('responsibility');
      assert.deepEqual(hit.target, { kind: 'userGroup', userGroupId: 'ce-sdr-collab' });
      assert.match(hit.detail, /^….*responsibility/);
      assert.ok(hit.detail.length <= 142, hit.detail);
      assert.ok(group.description!.includes(hit.detail.replace(/^…|…$/g, '')), 'the detail is a piece of the description');
      const [channel] = index.search('#ce');
      assert.equal(channel.detail, h.channels.find((c) => c.id === 'ce')!.description);
    });
  });

  describe('ranking', () => {
    it('puts whole-word matches before prefix matches', () => {
      const h2 = withChannels([['#alphabet', 'x'], ['#alpha-beta', 'x y z']]);
      assert.deepEqual(channelOrder(h2, 'alpha'), ['#alpha-beta', '#alphabet']);
      // …also when the whole word is in the body and the prefix in the label.
      const h3 = withChannels([['#omicronic', 'x'], ['#pi', 'about omicron']]);
      assert.deepEqual(channelOrder(h3, 'omicron'), ['#pi', '#omicronic']);
    });

    it('puts a word with a typo after the whole word and after a prefix', () => {
      const h2 = withChannels([['#tickets', 'x'], ['#tiket', 'x'], ['#ticket', 'x']]);
      assert.deepEqual(channelOrder(h2, 'ticket'), ['#ticket', '#tickets', '#tiket']);
      assert.deepEqual(channelOrder(h2, 'tiket'), ['#tiket', '#ticket'], '"tickets" is two letters away');
      assert.deepEqual(channelOrder(withChannels([['#omega', 'about ticket'], ['#tiketing', 'x']]), 'tiket'), ['#tiketing', '#omega'], 'a prefix in the label, then a typo in the body');
    });

    it('puts label matches before body matches', () => {
      const h2 = withChannels([['#zeta', 'all about gamma'], ['#gamma', 'something else entirely, and longer than the other']]);
      assert.deepEqual(channelOrder(h2, 'gamma'), ['#gamma', '#zeta']);
    });

    it('puts earlier positions first, even over shorter items', () => {
      const h2 = withChannels([['#one', 'short nu'], ['#two', `nu ${'word '.repeat(40)}`]]);
      assert.deepEqual(channelOrder(h2, 'nu'), ['#two', '#one']);
    });

    it('puts shorter items first when all else is equal', () => {
      const h2 = withChannels([['#kappa-one', 'a b c d e f g'], ['#kappa-two', 'a']]);
      assert.deepEqual(channelOrder(h2, 'kappa'), ['#kappa-two', '#kappa-one']);
    });

    it('keeps the handbook’s order on ties', () => {
      assert.deepEqual(channelOrder(withChannels([['#lambda-a', 'same words'], ['#lambda-b', 'same words']]), 'lambda'), ['#lambda-a', '#lambda-b']);
      assert.deepEqual(channelOrder(withChannels([['#lambda-b', 'same words'], ['#lambda-a', 'same words']]), 'lambda'), ['#lambda-b', '#lambda-a']);
    });

    it('sorts by score, highest first', () => {
      const results = index.search('c', 1000);
      assert.ok(results.length > 20);
      for (let i = 1; i < results.length; i++) assert.ok(results[i - 1].score >= results[i].score, `${i}`);
    });

    it('puts the team first when searching for its name', () => {
      for (const team of h.teams) assert.deepEqual(index.search(team.name)[0].target, { kind: 'team', teamId: team.id }, team.name);
    });
  });

  describe('a large handbook', () => {
    // 2,000 generated teams: the bundled teams cloned, each with a new id and a unique name word.
    const nameWord = (n: number) => `clone${n.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)])}`;
    const big = bundledHandbook();
    const originals = big.teams.slice();
    let bigIndex: SearchIndex;
    before(() => {
      for (let n = 0; n < 2000; n++) {
        const team = structuredClone(originals[n % originals.length]);
        big.teams.push({ ...team, id: `${team.id}-${n}`, name: `${team.name} ${nameWord(n)}` });
      }
      bigIndex = buildSearchIndex(big);
    });

    it('indexes every team and its facets', () => {
      const facetsPerTeam = (t: Handbook['teams'][number]) => 4 + (t.collaboration.details?.length ?? 0) + (t.routes?.length ?? 0);
      const teamItems = big.teams.reduce((n, t) => n + facetsPerTeam(t), 0);
      assert.equal(bigIndex.size - index.size, teamItems - h.teams.reduce((n, t) => n + facetsPerTeam(t), 0));
    });

    it('finds a generated team by its unique name', () => {
      for (const n of [0, 1, 777, 1999]) {
        const [first] = bigIndex.search(nameWord(n));
        assert.equal(first.kind, 'team');
        assert.deepEqual(first.target, { kind: 'team', teamId: `${originals[n % originals.length].id}-${n}` });
      }
    });

    it('finds every facet that has the word, and no other', () => {
      const expected = big.teams.reduce((n, t) => n + [t.valueToCe.text, ...(t.routes ?? []).map((r) => r.text)].filter((x) => /\bSDRs\b/.test(x)).length, 0);
      assert.ok(expected > 800);
      const results = bigIndex.search('SDRs', 100_000);
      assert.equal(results.length, expected);
      assert.ok(results.every((r) => r.teamId?.startsWith('sales')));
    });

    it('ranks a large result set like a full sort would', () => {
      const top = bigIndex.search('customer', 25);
      const all = bigIndex.search('customer', 100_000);
      assert.ok(all.length > 1000);
      assert.deepEqual(top, all.slice(0, 25));
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].score >= all[i].score);
    });
  });
});
