import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isTeamPageState, isTeamPageToHost, TEAM_PAGE_ACTIONS } from '../../src/features/teamPage/teamPageMessages';

describe('team page protocol guards', () => {
  it('accept the handshake and every button action with an id', () => {
    assert.equal(isTeamPageToHost({ type: 'ready' }), true);
    for (const action of TEAM_PAGE_ACTIONS) assert.equal(isTeamPageToHost({ type: 'action', action, id: 'support-ticket-context' }), true, action);
  });

  it('refuse what a compromised webview might send instead', () => {
    const refused: unknown[] = [
      null, undefined, 'ready', 42, [], {},
      { type: 'announce', text: 'x' },
      { type: 'action', action: 'runCommand', id: 'workbench.action.quit' },
      { type: 'action', action: 'copyChannel' },
      { type: 'action', action: 'copyChannel', id: 7 },
      { type: 'action', action: 'copyChannel', id: 'x'.repeat(201) },
      { type: 'action', action: ['copyChannel'], id: 'ce' },
    ];
    for (const message of refused) assert.equal(isTeamPageToHost(message), false, JSON.stringify(message));
  });

  it('accept only messages of the protocol, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (!isTeamPageToHost(value)) return;
        const message = value as { type: string; action?: string; id?: string };
        assert.ok(message.type === 'ready' || (TEAM_PAGE_ACTIONS.includes(message.action as never) && typeof message.id === 'string' && message.id.length <= 200));
      }),
    );
  });

  it('restore a page only from a state naming its team', () => {
    assert.equal(isTeamPageState({ teamId: 'sales' }), true);
    for (const state of [null, undefined, {}, { teamId: 3 }, 'sales']) assert.equal(isTeamPageState(state), false, JSON.stringify(state));
  });
});
