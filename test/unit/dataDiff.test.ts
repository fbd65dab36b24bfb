/** The data diff: added, removed, changed field by field, renames, ignored fields. */
import assert from 'node:assert/strict';
import { diffData, isEmptyDiff } from '../../src/model/diff/dataDiff';
import { flattenEntry } from '../../src/model/diff/flatten';
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
});
