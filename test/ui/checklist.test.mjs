// UI: the out-of-office checklist in the CE Playbook tree (Chromium on code-server). A tick made by
// clicking a step's checkbox is counted on the "OOO Protocols" row, survives "Developer: Reload
// Window", and "Reset Out-of-Office Checklist" clears it.
//
// Reloading works in this harness: the workbench reloads its own URL, which carries the folder and
// the payload with extensionDevelopmentPath, so the extension under development comes back; the
// browser context (and with it the workbench's IndexedDB, where the web workbench keeps the
// extension's globalState) and code-server's user-data-dir stay the same.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { useWorkbench, VISIBLE_TIMEOUT } from './helpers.mjs';

// After a reload the extension host starts again and activates the extension before the tree has rows.
const RELOAD_TIMEOUT = 60_000;
const STEPS = 5;

describe('UI out-of-office checklist', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  /** The row of step n (1-based); its aria-label is "Step n of 5: <text>". */
  const stepRow = (n) => wb.page.locator(`.part.sidebar .monaco-list-row[role="treeitem"][aria-label^="Step ${n} of ${STEPS}:"]`).first();
  const checkbox = (n) => stepRow(n).locator('.custom-view-tree-node-item-checkbox[role="checkbox"]');
  /** The checkbox's state as the accessibility tree and the styling see it. */
  const checkState = async (n) => {
    const box = checkbox(n);
    return { aria: await box.getAttribute('aria-checked'), cls: (await box.getAttribute('class')).split(/\s+/).includes('checked') };
  };
  const progress = () => wb.treeItem('OOO Protocols').locator('.label-description');

  async function expectProgress(text, timeout = VISIBLE_TIMEOUT) {
    await wb.treeItem('OOO Protocols').locator('.label-description', { hasText: new RegExp(`^\\s*${text}\\s*$`) })
      .waitFor({ state: 'visible', timeout })
      .catch(async () => { throw new Error(`"OOO Protocols" never showed "${text}"; it shows ${JSON.stringify(await progress().textContent().catch(() => null))}.`); });
  }

  async function openChecklist(timeout = VISIBLE_TIMEOUT) {
    await wb.openActivity('CE Playbook', { timeout });
    await wb.treeItem('OOO Protocols').waitFor({ state: 'visible', timeout });
    await wb.expandTreeItem('OOO Protocols');
    await stepRow(STEPS).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  }

  it('ticks the first step by clicking its checkbox and counts it on the checklist row', async function () {
    await openChecklist();
    await expectProgress(`0 of ${STEPS}`);
    for (let n = 1; n <= STEPS; n++) assert.deepEqual(await checkState(n), { aria: 'false', cls: false }, `step ${n} starts unticked`);

    await checkbox(1).click();
    await wb.page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await checkbox(1).elementHandle(), { timeout: VISIBLE_TIMEOUT })
      .catch(() => { throw new Error('The first step\'s checkbox did not become checked after a click.'); });
    assert.deepEqual(await checkState(1), { aria: 'true', cls: true });
    await expectProgress(`1 of ${STEPS}`);
    assert.match(await wb.treeItem('OOO Protocols').getAttribute('aria-label'), /OOO Protocols, 1 of 5/, 'screen readers hear the progress too');
    for (let n = 2; n <= STEPS; n++) assert.deepEqual(await checkState(n), { aria: 'false', cls: false }, `step ${n} stays unticked`);
    await wb.screenshot('checklist-ticked');
  });

  it('keeps the tick across "Developer: Reload Window"', async function () {
    const { page } = wb;
    const url = page.url();
    const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: RELOAD_TIMEOUT });
    // The palette goes away with the old page; runCommand may or may not see that before the reload.
    let commandError;
    await wb.runCommand('Developer: Reload Window').catch((err) => { commandError = err; });
    await navigated.catch((err) => {
      throw new Error(`The window did not reload (${err.message})${commandError ? `; running the command failed: ${commandError.message}` : ''}`);
    });
    assert.equal(page.url(), url, 'the window reloaded the same workbench URL (folder and extension under development)');
    await wb.waitUntilReady(RELOAD_TIMEOUT);
    assert.match(await page.title(), /Extension Development Host/, 'the extension under development is loaded again');

    await openChecklist(RELOAD_TIMEOUT);
    await expectProgress(`1 of ${STEPS}`);
    assert.deepEqual(await checkState(1), { aria: 'true', cls: true }, 'the first step is still ticked after the reload');
    for (let n = 2; n <= STEPS; n++) assert.deepEqual(await checkState(n), { aria: 'false', cls: false }, `step ${n} is still unticked`);
  });

  it('"Reset Out-of-Office Checklist" clears the ticks', async function () {
    await wb.runCommand('CE Playbook: Reset Out-of-Office Checklist');
    await expectProgress(`0 of ${STEPS}`);
    await wb.page.waitForFunction((el) => el.getAttribute('aria-checked') === 'false', await checkbox(1).elementHandle(), { timeout: VISIBLE_TIMEOUT })
      .catch(() => { throw new Error('The first step\'s checkbox is still checked after the reset.'); });
    for (let n = 1; n <= STEPS; n++) assert.deepEqual(await checkState(n), { aria: 'false', cls: false }, `step ${n} is unticked after the reset`);
  });
});
