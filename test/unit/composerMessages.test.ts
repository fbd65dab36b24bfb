import assert from 'node:assert/strict';
import { isComposerState, isComposerToHost, MAX_VALUE_LENGTH } from '../../src/features/composer/composerMessages';

describe('ticket composer protocol guards', () => {
  it('accepts the messages the webview sends', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'change', values: {} },
      { type: 'change', values: { 'customer-name': 'Acme', background: 'a\nb' } },
      { type: 'action', action: 'send', values: { 'customer-name': 'Acme' } },
      { type: 'action', action: 'copy', values: {} },
      { type: 'action', action: 'insert', values: {} },
      { type: 'action', action: 'discard', values: {} },
      { type: 'action', action: 'followUpEarlier', values: {} },
      { type: 'action', action: 'keepNewTicket', values: {} },
    ]) {
      assert.ok(isComposerToHost(message), JSON.stringify(message));
    }
  });

  it('refuses anything else: unknown types and actions, missing or non-string values, oversized input', () => {
    const tooMany = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x']));
    for (const message of [
      null,
      'ready',
      [],
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'action', action: 'runCommand', values: {} },
      // The composer has no thread mode any more: the old banner's button is refused.
      { type: 'action', action: 'leaveThread', values: {} },
      { type: 'action', action: 'send' },
      { type: 'change' },
      { type: 'change', values: [] },
      { type: 'change', values: { a: 1 } },
      { type: 'change', values: { a: null } },
      { type: 'change', values: { a: 'x'.repeat(MAX_VALUE_LENGTH + 1) } },
      { type: 'change', values: { ['k'.repeat(201)]: 'x' } },
      { type: 'change', values: tooMany },
      { type: 'change', values: JSON.parse('{"__proto__": "x"}') },
    ]) {
      assert.equal(isComposerToHost(message), false, JSON.stringify(message)?.slice(0, 80));
    }
  });

  it('checks the restore state; an older version\'s thread in it, well-formed or not, is no reason to refuse the page', () => {
    assert.ok(isComposerState({ templateId: 'support-ticket-context' }));
    // Saved by a version whose composer had a thread mode: restored as a new ticket (see composerPages.ts).
    assert.ok(isComposerState({ templateId: 't', thread: { channel: 'C0123', ts: '1700000000.123456' } }));
    assert.ok(isComposerState({ templateId: 't', thread: { channel: 'C1', ts: 'now' } }));
    for (const bad of [undefined, null, {}, { templateId: '' }, { templateId: 3 }, { templateId: 'x'.repeat(201) }]) {
      assert.equal(isComposerState(bad), false, JSON.stringify(bad));
    }
  });
});
