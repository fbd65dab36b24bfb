import assert from 'node:assert/strict';
import { slackTarget, validWorkspaceUrl } from '../../src/features/slack/model/slackLinks';

describe('Slack links', () => {
  const ce = { name: '#customer-support' };
  it('opens a channel by name under the workspace URL', () => {
    assert.deepEqual(slackTarget({ workspaceUrl: 'https://acme.slack.com/' }, ce), { kind: 'channel', url: 'https://acme.slack.com/channels/customer-support' });
  });
  it('prefers the channel id when the data has one', () => {
    assert.deepEqual(slackTarget({ workspaceUrl: 'https://acme.slack.com' }, { ...ce, slackId: 'C0123ABC' }), { kind: 'channel', url: 'https://acme.slack.com/archives/C0123ABC' });
    assert.deepEqual(slackTarget({ teamId: 'T0ABC123' }, { ...ce, slackId: 'C0123ABC' }), { kind: 'channel', url: 'slack://channel?team=T0ABC123&id=C0123ABC' });
  });
  it('with only a team id, opens the workspace', () => {
    assert.deepEqual(slackTarget({ teamId: 'T0ABC123' }, ce), { kind: 'workspace', url: 'slack://open?team=T0ABC123' });
  });
  it('says when nothing usable is set, and rejects unsafe or malformed settings', () => {
    assert.deepEqual(slackTarget({}, ce), { kind: 'unset' });
    for (const bad of ['http://acme.slack.com', 'javascript:alert(1)', 'https://acme.slack.com/x/y', 'acme', ' ']) {
      assert.equal(validWorkspaceUrl(bad), undefined, bad);
      assert.deepEqual(slackTarget({ workspaceUrl: bad, teamId: 'nope' }, ce), { kind: 'unset' }, bad);
    }
  });
});
