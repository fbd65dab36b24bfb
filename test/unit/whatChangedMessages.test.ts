import assert from 'node:assert/strict';
import { isWhatChangedToHost } from '../../src/features/whatChanged/whatChangedMessages';

describe('What changed page protocol guard', () => {
  it('accepts the handshake and its two buttons', () => {
    for (const message of [{ type: 'ready' }, { type: 'markSeen' }, { type: 'openDiff', index: 0 }, { type: 'openDiff', index: 12 }]) {
      assert.equal(isWhatChangedToHost(message), true, JSON.stringify(message));
    }
  });

  it('refuses anything else: unknown types, an index that is not a whole number from 0', () => {
    for (const message of [
      null, undefined, 'markSeen', [], {},
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'openDiff' },
      { type: 'openDiff', index: '3' },
      { type: 'openDiff', index: -1 },
      { type: 'openDiff', index: 1.5 },
      { type: 'openDiff', index: Number.NaN },
      { type: 'openDiff', index: Number.POSITIVE_INFINITY },
    ]) {
      assert.equal(isWhatChangedToHost(message), false, String(JSON.stringify(message)));
    }
  });
});
