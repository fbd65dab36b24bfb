import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isTeamPageState, isTeamPageToHost, TEAM_PAGE_ACTIONS } from '../../src/features/teamPage/teamPageMessages';
import { ACTION_CALLS } from '../../src/features/teamPage/model/actionCalls';
import { parseCommandArguments, type ArgumentContext } from '../../src/core/commands/commandArguments';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { bundledHandbook } from './helpers';

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

  it('whatever arrives, a message the page accepts runs one of its buttons\' commands with arguments that command reads', () => {
    const index = new HandbookIndex(bundledHandbook());
    const context: ArgumentContext = { index, asUri: () => undefined };
    const buttonCommands = new Set(TEAM_PAGE_ACTIONS.map((action) => ACTION_CALLS[action]('x', index).command));
    // Mostly message-shaped values (fc.anything() alone almost never makes one), some of them hostile.
    const arrives = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.oneof(fc.constantFrom('ready', 'action', 'render'), fc.anything()),
        action: fc.oneof(fc.constantFrom(...TEAM_PAGE_ACTIONS, 'runCommand', 'toString', '__proto__'), fc.anything()),
        id: fc.oneof(fc.string({ maxLength: 260 }), fc.constantFrom('support-ticket-context', 'customer-support', 'sales'), fc.anything()),
      }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(arrives, (value) => {
        if (!isTeamPageToHost(value) || value.type === 'ready') return;
        const call = ACTION_CALLS[value.action](value.id, index);
        assert.ok(buttonCommands.has(call.command), call.command);
        const parsed = parseCommandArguments(call.command, JSON.parse(JSON.stringify(call.arguments)) as unknown[], context);
        // An id that is not in the data is the command's own message to the CE, never a malformed call.
        assert.ok(parsed.ok || parsed.problem.problem === 'unknownId', JSON.stringify(parsed));
        assert.ok(value.id.length <= 200, 'ids are bounded');
      }),
      { numRuns: 2000 },
    );
  });

  it('restore a page only from a state naming its team', () => {
    assert.equal(isTeamPageState({ teamId: 'sales' }), true);
    for (const state of [null, undefined, {}, { teamId: 3 }, 'sales']) assert.equal(isTeamPageState(state), false, JSON.stringify(state));
  });
});
