/** The data diff: added, removed, changed field by field, renames, ignored fields. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffData, isEmptyDiff } from '../../src/features/whatChanged/model/dataDiff';
import { flattenEntry } from '../../src/features/whatChanged/model/flatten';
import { bundledHandbook } from './helpers';

describe('data diff', () => {
  it('finds nothing between a data set and its copy', () => {
    const h = bundledHandbook();
    assert.ok(isEmptyDiff(diffData(h, structuredClone(h))));
  });

  it('names fields by path, list items by id, id lists as one field', () => {
    const fields = flattenEntry(bundledHandbook().procedures[0]);
    assert.equal(fields.get('steps[more-help].userGroup'), 'cs-leadership');
    assert.equal(fields.get('source.section'), 'Customer Support Engineers (CSEs)');
    assert.equal(flattenEntry(bundledHandbook().channels[1]).get('teams'), 'sales, customer-support, software-engineers, product, marketing');
    assert.equal(flattenEntry(bundledHandbook().teams[1]).get('collaboration.details[0]')?.startsWith('An account CE'), true);
  });

  it('reports an added and a removed entry, and a changed sentence with its old and new text', () => {
    const before = bundledHandbook();
    const after = structuredClone(before);
    after.teams[4].valueToCe.text = 'Marketing teaches.';
    after.channels = after.channels.filter((c) => c.id !== 'feedback');
    after.meetings.push({ ...after.meetings[0], id: 'new-meeting', name: 'New meeting', description: 'Something new entirely, not like before.' });
    after.procedures[1].steps[2].text = 'Plan cover.';
    const diff = diffData(before, after);
    assert.deepEqual(diff.added, [{ collection: 'meetings', id: 'new-meeting', label: 'New meeting' }]);
    assert.deepEqual(diff.removed, [{ collection: 'channels', id: 'feedback', label: '#feedback' }]);
    assert.deepEqual(diff.changed, [
      { collection: 'teams', id: 'marketing', label: 'Marketing', field: 'valueToCe.text', old: before.teams[4].valueToCe.text, new: 'Marketing teaches.' },
      { collection: 'procedures', id: 'out-of-office', label: 'OOO Protocols', field: 'steps[coverage-plan].text', old: 'Work with their manager to identify a coverage plan', new: 'Plan cover.' },
    ]);
  });

  it('pairs a renamed entry by a long text it kept, as an id change plus its changed fields', () => {
    const before = bundledHandbook();
    const after = structuredClone(before);
    Object.assign(after.teams[0], { id: 'sales-team', name: 'Sales team' });
    const diff = diffData(before, after);
    assert.deepEqual(diff.added, []);
    assert.deepEqual(diff.removed, []);
    assert.deepEqual(diff.changed.map((c) => [c.id, c.field, c.old, c.new]), [
      ['sales-team', 'id', 'sales', 'sales-team'],
      ['sales-team', 'name', 'Sales', 'Sales team'],
    ]);
  });

  it('leaves out ignored fields at any depth', () => {
    const before = bundledHandbook();
    const after = structuredClone(before);
    after.teams[0].source.page = 'elsewhere';
    after.procedures[0].steps[4].source = { page: 'elsewhere', section: 'X' };
    assert.equal(diffData(before, after).changed.length, 3);
    assert.ok(isEmptyDiff(diffData(before, after, { ignore: ['source'] })));
  });

  it('property: entries edited in place (kept in their places, some the very same objects) give the same changes as the entries in another order', () => {
    const entry = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), name: fc.string({ maxLength: 6 }), text: fc.string({ maxLength: 12 }) });
    const unique = fc.uniqueArray(entry, { selector: (e) => e.id, minLength: 2, maxLength: 6 });
    const edits = fc.array(fc.record({ text: fc.option(fc.string({ maxLength: 12 })), name: fc.option(fc.string({ maxLength: 6 })) }), { minLength: 6, maxLength: 6 });
    const sorted = (d: ReturnType<typeof diffData>) => JSON.stringify([d.added, d.removed, [...d.changed].sort((x, y) => `${x.id}${x.field}`.localeCompare(`${y.id}${y.field}`))]);
    fc.assert(fc.property(unique, edits, (teams, edit) => {
      // Unedited entries stay the same objects, as the incremental merge keeps them.
      const after = teams.map((t, i) => (edit[i].text === null && edit[i].name === null ? t : { ...t, ...(edit[i].text !== null ? { text: edit[i].text } : {}), ...(edit[i].name !== null ? { name: edit[i].name } : {}) }));
      const inPlace = diffData({ teams: teams as never }, { teams: after as never });
      const moved = diffData({ teams: teams as never }, { teams: [...after].reverse() as never });
      assert.equal(sorted(inPlace), sorted(moved));
      assert.equal(inPlace.added.length + inPlace.removed.length, 0);
    }));
  });
});
