// UI foundation: the CE Playbook view and the palette commands, driven through the real workbench.
// Screenshots of each step land in test-results/screenshots/ for a human look.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { useWorkbench, VISIBLE_TIMEOUT } from './helpers.mjs';


/** True if the locator becomes visible within the time; lets the test assert with its own message. */
async function becomesVisible(locator, timeout = VISIBLE_TIMEOUT) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

describe('UI foundation', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('shows Teams and Processes in the CE Playbook view, with Sales under Teams', async function () {
    await wb.openActivity('CE Playbook');
    assert.ok(await becomesVisible(wb.treeItem('Teams')), 'no "Teams" row in the CE Playbook view');
    assert.ok(await becomesVisible(wb.treeItem('Processes')), 'no "Processes" row in the CE Playbook view');

    await wb.expandTreeItem('Teams');
    assert.ok(await becomesVisible(wb.treeItem('Sales')), 'no "Sales" row after expanding Teams');
    await wb.screenshot('foundation-explorer-teams');
  });

  it('inserts the support ticket context from the command palette', async function () {
    await wb.runCommand('CE Playbook: Insert Support Ticket Context');
    // The command opens an untitled Markdown editor when none is open; wait for it to render the text.
    const editorLine = wb.page.locator('.part.editor .view-lines', { hasText: 'Customer Name:' });
    assert.ok(await becomesVisible(editorLine), 'the editor never showed "Customer Name:"');
    const text = await wb.editorText();
    assert.match(text, /Customer Name:/);
    assert.match(text, /Link to issue \(slack \/ GH \/ ZD ticket #\):/);
    await wb.screenshot('foundation-ticket-context');
  });

  it('keeps the view usable in the dark and high-contrast themes', async function () {
    for (const theme of ['Default Dark Modern', 'Default High Contrast', 'Default Light Modern']) {
      await wb.setTheme(theme);
      await wb.openActivity('CE Playbook');
      assert.ok(await becomesVisible(wb.treeItem('Teams')), `no "Teams" row in ${theme}`);
      await wb.screenshot(`foundation-theme-${theme}`);
    }
  });
});
