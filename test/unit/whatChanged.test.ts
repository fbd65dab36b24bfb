/** "What changed": the comparison with the data last seen, the marked page sections, the page, the tree row. */
import assert from 'node:assert/strict';
import { renderChangesBody, renderChangesDocument, type ChangesLabels } from '../../src/features/whatChanged/model/changesHtml';
import { diffData } from '../../src/features/whatChanged/model/dataDiff';
import { changedSections, changesSince } from '../../src/features/whatChanged/model/seenData';
import { seenDataText } from '../../src/features/whatChanged/model/seenText';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { renderTeamPageBody } from '../../src/features/teamPage/model/teamPageHtml';
import { TreeModel } from '../../src/features/tree/model/treeModel';
import { bundledHandbook } from './helpers';
import { testIcons, testTeamPageLabels, testTreeLabels } from './labels';

const labels: ChangesLabels = {
  added: 'Added', removed: 'Removed', changed: 'Changed', noChanges: 'Nothing has changed.', oldText: 'Before', newText: 'Now', none: '(none)',
  openDiff: (field, entry) => `Compare ${field} of ${entry}`, markSeen: 'Mark as Seen', collection: (c) => c,
  summary: (a, r, c) => `${a} added, ${r} removed, ${c} changed.`,
};

describe('what changed', () => {
  const seen = bundledHandbook();
  const seenText = seenDataText(seen);

  it('finds no changes when the data is what was seen, and none from an unreadable record', () => {
    assert.equal(changesSince(seenText, bundledHandbook()), undefined);
    assert.equal(changesSince('{not json', bundledHandbook()), undefined);
  });

  it('finds a changed sentence and an added team since the data was seen', () => {
    const now = bundledHandbook();
    now.teams[4].valueToTeam.text = 'CEs help marketing with customer stories.';
    now.teams.push({ ...now.teams[3], id: 'partnerships', name: 'Partnerships', valueToCe: { label: 'x', text: 'Partners bring customers, and this sentence is long enough.' } });
    const diff = changesSince(seenText, now)!;
    assert.deepEqual(diff.added.map((e) => e.id), ['partnerships']);
    assert.deepEqual(diff.changed.map((c) => [c.id, c.field, c.new]), [['marketing', 'valueToTeam.text', 'CEs help marketing with customer stories.']]);
  });

  it('marks the sections of a team page that hold a change', () => {
    const now = bundledHandbook();
    now.teams[4].valueToCe.text = 'Changed.';
    now.procedures[0].steps[5].text = 'Escalate differently.';
    now.channels.push({ id: 'sales-deals', name: '#sales-deals', description: 'Deals.', teams: ['sales'], source: now.channels[0].source });
    const diff = diffData(seen, now);
    const index = new HandbookIndex(now);
    assert.deepEqual([...changedSections(diff, index, 'marketing')], ['value-to-ce']);
    assert.deepEqual([...changedSections(diff, index, 'customer-support')], ['engage']);
    assert.deepEqual([...changedSections(diff, index, 'sales')], ['where']);
    assert.deepEqual([...changedSections(diff, index, 'product')], []);
    const html = renderTeamPageBody(index, now.teams[4], testTeamPageLabels, testIcons, undefined, undefined, changedSections(diff, index, 'marketing'));
    assert.match(html, /<section id="value-to-ce" aria-labelledby="value-to-ce-heading" class="changed"><h2 id="value-to-ce-heading">How marketing adds value to CE <span class="changed-badge">Changed<\/span><\/h2>/);
    assert.equal((html.match(/changed-badge/g) ?? []).length, 1);
  });

  it('lists changes field by field as text, a long one with a diff-editor button, and Mark as Seen', () => {
    const now = bundledHandbook();
    now.teams[0].collaboration.text = 'Paired <script>alert(1)</script> on accounts.';
    now.meetings[0].name = 'CE sync';
    const diff = diffData(seen, now);
    const body = renderChangesBody({ title: 'What changed', subtitle: 'Since you last looked', diff, canMarkSeen: true }, labels);
    assert.ok(body.includes('Paired &lt;script&gt;alert(1)&lt;/script&gt; on accounts.'));
    assert.ok(!body.includes('<script>'));
    assert.match(body, /<div class="old"><span class="visually-hidden">Before: <\/span>CE team meeting<\/div><div class="new"><span class="visually-hidden">Now: <\/span>CE sync<\/div>/);
    assert.equal((body.match(/data-action="openDiff"/g) ?? []).length, 0, 'short texts stay inline');
    assert.match(body, /data-action="markSeen"/);
    now.teams[0].valueToTeam.text = 'A much longer rewrite of the value statement. '.repeat(4);
    const long = renderChangesBody({ title: 'T', subtitle: 'S', diff: diffData(seen, now), canMarkSeen: false }, labels);
    assert.match(long, /<button type="button" class="action" data-action="openDiff" data-index="0">Compare valueToTeam.text of Sales<\/button>/);
    assert.doesNotMatch(long, /markSeen/);
  });

  it('says there is nothing when nothing changed; the document has a strict CSP with the nonce', () => {
    assert.match(renderChangesBody({ title: 'T', subtitle: 'S', diff: undefined, canMarkSeen: true }, labels), /<p class="empty">Nothing has changed\.<\/p>$/);
    const doc = renderChangesDocument('<p>x</p>', 'T', { cspSource: 'https://w.test', nonce: 'abc123', scriptUri: 'https://w.test/a.js', styleUris: ['https://w.test/a.css', 'https://w.test/b.css'] });
    assert.match(doc, /content="default-src 'none'; style-src https:\/\/w\.test; script-src 'nonce-abc123'; font-src https:\/\/w\.test"/);
    assert.match(doc, /<script nonce="abc123" src="https:\/\/w\.test\/a\.js"><\/script>/);
  });

  it('shows a "What changed" row first in the tree while entries changed, running the page\'s command', () => {
    const index = new HandbookIndex(bundledHandbook());
    const withChanges = new TreeModel(index, testTreeLabels, { checked: new Set(), changedEntries: 3 });
    const [first] = withChanges.getChildren();
    assert.deepEqual(first, { kind: 'whatChanged' });
    const row = withChanges.describe(first)!;
    assert.equal(row.label, 'What changed');
    assert.equal(row.description, '3 entries changed');
    assert.equal(row.command?.command, 'cePlaybook.showChanges');
    assert.equal(withChanges.getParent(first), undefined);
    assert.deepEqual(new TreeModel(index, testTreeLabels, { checked: new Set(), changedEntries: 0 }).getChildren().map((n) => n.kind), ['root', 'root']);
  });
});
