import assert from 'node:assert/strict';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { entryKey, entryRef, lookupEntry, type EntryRef } from '../../src/core/handbook/entryRef';
import { openEntryCall } from '../../src/core/commands/openEntry';
import { entryDeepLink, deepLinkEntry, DEEP_LINK_KINDS } from '../../src/features/deepLinks/model/deepLink';
import { buildSearchIndex } from '../../src/features/search/model/searchIndex';
import { TreeModel } from '../../src/features/tree/model/treeModel';
import { bundledHandbook } from './helpers';
import { testTreeLabels } from './labels';

describe('entry references', () => {
  const index = new HandbookIndex(bundledHandbook());

  it('finds each kind of entry in the data', () => {
    assert.equal(lookupEntry(index, entryRef.team('sales'))?.name, 'Sales');
    assert.equal(lookupEntry(index, entryRef.template('support-ticket-request'))?.title, 'Support Ticket Request');
    assert.equal(lookupEntry(index, entryRef.channel('customer-support'))?.name, '#customer-support');
    assert.equal(lookupEntry(index, entryRef.guide('customer-issue'))?.id, 'customer-issue');
    const step = lookupEntry(index, entryRef.step('out-of-office', 'coverage-plan'));
    assert.equal(step?.procedure.id, 'out-of-office');
    assert.equal(step?.step.id, 'coverage-plan');
    assert.equal(step?.position, 2);
  });

  it('finds nothing, and throws nothing, for an entry that was removed', () => {
    const h = bundledHandbook();
    h.teams = h.teams.filter((t) => t.id !== 'sales');
    h.procedures = h.procedures.map((p) => ({ ...p, steps: p.steps.filter((s) => s.id !== 'coverage-plan') }));
    const smaller = new HandbookIndex(h);
    const gone: EntryRef[] = [entryRef.team('sales'), entryRef.step('out-of-office', 'coverage-plan'), entryRef.step('no-such-procedure', 'x'), entryRef.meeting('no-such-meeting')];
    const tree = new TreeModel(smaller, testTreeLabels);
    for (const ref of gone) {
      assert.equal(lookupEntry(smaller, ref), undefined, entryKey(ref));
      if (ref.kind !== 'guide') assert.equal(tree.describe(ref), undefined, `row of ${entryKey(ref)}`);
    }
  });

  it('has one key per entry across kinds, the tree row ids', () => {
    assert.equal(entryKey(entryRef.team('sales')), 'team:sales');
    assert.equal(entryKey(entryRef.step('out-of-office', 'log-request')), 'step:out-of-office/log-request');
    assert.notEqual(entryKey(entryRef.channel('ce')), entryKey(entryRef.userGroup('ce')));
  });

  it('search results point at the same references the tree uses as rows', () => {
    const tree = new TreeModel(index, testTreeLabels);
    for (const result of buildSearchIndex(index.handbook).search('support', 50)) {
      if (result.target.kind === 'guide') continue;
      assert.ok(tree.describe(result.target), `a row for ${entryKey(result.target)}`);
    }
  });

  it('links and references convert both ways for every kind a link can name', () => {
    for (const kind of DEEP_LINK_KINDS) {
      const link = { kind, id: 'some-id' };
      assert.deepEqual(entryDeepLink(deepLinkEntry(link)), link);
    }
    assert.equal(entryDeepLink(entryRef.step('out-of-office', 'log-request')), undefined, 'a step has no link of its own');
  });

  it('opening an entry runs its command; a team procedure step opens the team page', () => {
    assert.deepEqual(openEntryCall(index, entryRef.team('sales')), { command: 'cePlaybook.openIntersection', arguments: [entryRef.team('sales')] });
    assert.deepEqual(openEntryCall(index, entryRef.userGroup('cs-leadership')), { command: 'cePlaybook.channelActions', arguments: [entryRef.userGroup('cs-leadership')] });
    assert.deepEqual(openEntryCall(index, entryRef.step('engage-support', 'more-help')), { command: 'cePlaybook.openIntersection', arguments: [entryRef.team('customer-support')] });
    assert.deepEqual(openEntryCall(index, entryRef.step('out-of-office', 'log-request')), { command: 'cePlaybook.showStep', arguments: [entryRef.step('out-of-office', 'log-request')] });
    assert.equal(openEntryCall(index, entryRef.procedure('out-of-office')), undefined, 'a checklist has nothing to open but its row');
    assert.deepEqual(openEntryCall(index, entryRef.guide('customer-issue')), { command: 'cePlaybook.getHelp', arguments: [entryRef.guide('customer-issue')] });
  });
});
