import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isPanelState, isWebviewToHost, PANEL_ACTIONS } from '../../src/features/teamPage/teamPageMessages';

describe('intersection panel protocol guards', () => {
  it('accept the handshake and every button action with an id', () => {
    assert.equal(isWebviewToHost({ type: 'ready' }), true);
    for (const action of PANEL_ACTIONS) assert.equal(isWebviewToHost({ type: 'action', action, id: 'support-ticket-context' }), true, action);
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
    for (const message of refused) assert.equal(isWebviewToHost(message), false, JSON.stringify(message));
  });

  it('accept only messages of the protocol, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (!isWebviewToHost(value)) return;
        const message = value as { type: string; action?: string; id?: string };
        assert.ok(message.type === 'ready' || (PANEL_ACTIONS.includes(message.action as never) && typeof message.id === 'string' && message.id.length <= 200));
      }),
    );
  });

  it('restore a panel only from a state naming its team', () => {
    assert.equal(isPanelState({ teamId: 'sales' }), true);
    for (const state of [null, undefined, {}, { teamId: 3 }, 'sales']) assert.equal(isPanelState(state), false, JSON.stringify(state));
  });
});
