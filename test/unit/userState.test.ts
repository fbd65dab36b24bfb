/**
 * The CE's own state written one update at a time (core/host/userState.ts). The stand-in below
 * behaves as VS Code 1.100's globalState does (extHostStorage.ts's ExtensionMemento and
 * mainThreadStorage.ts): an update changes the extension host's copy at once and flushes the whole
 * object on the next tick; the window stores it and sends its copy of the whole object back, which
 * replaces the extension host's copy; only then does the update's promise settle.
 */
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { SerialMemento } from '../../src/core/host/userState';

class EchoingGlobalState implements vscode.Memento {
  private hostCopy: Record<string, unknown> = {};
  windowCopy: Record<string, unknown> = {};
  private flushDue = false;
  private waitingForFlush: Array<() => void> = [];
  private readonly echoes: Array<{ copy: Record<string, unknown>; settle: Array<() => void> }> = [];

  keys(): readonly string[] {
    return Object.keys(this.hostCopy).filter((key) => this.hostCopy[key] !== undefined);
  }

  get<T>(key: string, defaultValue?: T): T | undefined {
    const value = this.hostCopy[key] as T | undefined;
    return value === undefined ? defaultValue : value;
  }

  update(key: string, value: unknown): Promise<void> {
    this.hostCopy[key] = value;
    this.flushDue = true;
    return new Promise((settle) => this.waitingForFlush.push(settle));
  }

  /** The extension host's scheduler runs: the whole object goes to the window, whose copy is to come back. */
  flush(): void {
    if (!this.flushDue) return;
    this.flushDue = false;
    this.windowCopy = structuredClone(this.hostCopy);
    this.echoes.push({ copy: structuredClone(this.windowCopy), settle: this.waitingForFlush });
    this.waitingForFlush = [];
  }

  /** The window's copy arrives and replaces the extension host's; the updates it carried settle. */
  deliverEcho(): void {
    const echo = this.echoes.shift();
    if (!echo) return;
    this.hostCopy = echo.copy;
    for (const settle of echo.settle) settle();
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A sent ticket recorded, and a draft saved while that record is on its way to the window. */
async function twoUpdates(state: vscode.Memento, raw: EchoingGlobalState): Promise<void> {
  const first = state.update('cePlaybook.sentTickets', ['globex']);
  await tick();
  raw.flush();
  const second = state.update('cePlaybook.messageDrafts', { acme: 'For Acme only' });
  for (const step of [() => raw.deliverEcho(), () => raw.flush(), () => raw.deliverEcho()]) {
    await tick();
    step();
  }
  await Promise.all([first, second]);
}

describe('the CE\'s own state, one update at a time', () => {
  it('VS Code\'s globalState alone loses an update made while another is on its way (why SerialMemento exists)', async () => {
    const raw = new EchoingGlobalState();
    await twoUpdates(raw, raw);
    assert.equal(raw.get('cePlaybook.messageDrafts'), undefined, 'the stand-in reproduces the echo');
    assert.equal(raw.windowCopy['cePlaybook.messageDrafts'], undefined);
  });

  it('keeps both updates, in the extension host and in the window', async () => {
    const raw = new EchoingGlobalState();
    const state = new SerialMemento(raw);
    await twoUpdates(state, raw);
    assert.deepEqual(state.get('cePlaybook.sentTickets'), ['globex']);
    assert.deepEqual(state.get('cePlaybook.messageDrafts'), { acme: 'For Acme only' });
    assert.deepEqual(raw.windowCopy, { 'cePlaybook.sentTickets': ['globex'], 'cePlaybook.messageDrafts': { acme: 'For Acme only' } });
  });

  it('reads its own updates before they settle, the newest of a key winning', async () => {
    const raw = new EchoingGlobalState();
    const state = new SerialMemento(raw);
    const writes = [state.update('k', 1), state.update('k', 2), state.update('gone', 'x'), state.update('gone', undefined)];
    assert.equal(state.get('k'), 2);
    assert.equal(state.get('gone', 'default'), 'default');
    assert.deepEqual([...state.keys()], ['k']);
    for (let i = 0; i < 4; i++) {
      await tick();
      raw.flush();
      raw.deliverEcho();
    }
    await Promise.all(writes);
    assert.equal(state.get('k'), 2);
    assert.deepEqual([...state.keys()], ['k']);
  });

  it('a failed update rejects to its caller and does not stop the ones after it', async () => {
    const raw = new EchoingGlobalState();
    let fail = true;
    const failing: vscode.Memento = { keys: () => raw.keys(), get: (key: string, d?: unknown) => raw.get(key, d), update: (key, value) => (fail ? ((fail = false), Promise.reject(new Error('disk full'))) : raw.update(key, value)) } as vscode.Memento;
    const state = new SerialMemento(failing);
    await assert.rejects(state.update('a', 1), /disk full/);
    const b = state.update('b', 2);
    await tick();
    raw.flush();
    raw.deliverEcho();
    await b;
    assert.equal(state.get('a'), undefined);
    assert.equal(state.get('b'), 2);
  });
});
