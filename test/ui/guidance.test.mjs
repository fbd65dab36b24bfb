// UI: the help guide from the palette to a filled-in template, Search the Playbook to a result's
// page, and a team panel that comes back after "Developer: Reload Window" (its serializer), driven
// as a user would.
import assert from 'node:assert/strict';
/* global document */
import { beforeEach, describe, it } from 'mocha';
import { activeTabLabel, newMarkdownEditor, panelOf, pickRow, useWorkbench, VISIBLE_TIMEOUT } from './helpers.mjs';

const RELOAD_TIMEOUT = 60_000;
const QUICK_INPUT = '.quick-input-widget';
const SALES = { name: 'Sales' };

describe('UI guided help and panel restore', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  /** Waits for the quick input to show this title (VS Code appends the step count, e.g. "(1/3)"). */
  async function expectQuickInput({ title, placeholder }) {
    const widget = wb.page.locator(QUICK_INPUT);
    if (title) await widget.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    if (placeholder) {
      await wb.page.waitForFunction(
        ([sel, text]) => document.querySelector(sel)?.getAttribute('placeholder')?.includes(text),
        [`${QUICK_INPUT} .quick-input-box input`, placeholder],
        { timeout: VISIBLE_TIMEOUT },
      );
    }
  }
  const inputBox = () => wb.page.locator(`${QUICK_INPUT} .quick-input-box input`);

  it('walks "I Need Help with a Customer Issue" to a Support Ticket Context with the customer name carried in', async function () {
    await newMarkdownEditor(wb);
    await wb.runCommand('CE Playbook: I Need Help with a Customer Issue', { opensQuickPick: true });
    await expectQuickInput({ title: 'I need help with a customer issue' });
    await inputBox().fill('Acme Corp');
    await wb.page.keyboard.press('Enter');

    await expectQuickInput({ placeholder: 'What does the situation call for?' });
    await pickRow(wb, 'I have useful information, background or a workaround for the issue', { filter: false });
    await expectQuickInput({ placeholder: 'Has a support engineer already been assigned to the issue?' });
    await pickRow(wb, 'No, the ticket is not assigned yet', { filter: false });

    // The outcome: the handbook's step in a dialog, with its actions as buttons.
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    const said = await dialog.textContent();
    assert.match(said, /Engaging support on a customer issue/);
    assert.equal(said.split('provide the context in the support channel (via the Support Ticket Context shortcut)').length - 1, 1, 'the handbook sentence, once');
    await wb.screenshot('help-outcome');
    await dialog.locator('.monaco-button', { hasText: 'Fill In Support Ticket Context…' }).click();

    await expectQuickInput({ title: 'Support Ticket Context: Customer Name' });
    assert.equal(await inputBox().inputValue(), 'Acme Corp', 'the name given in the flow is already filled in');
    await wb.page.keyboard.press('Enter');
    await expectQuickInput({ title: 'Support Ticket Context: Link to issue' });
    await inputBox().fill('https://github.com/acme/app/issues/42');
    await wb.page.keyboard.press('Enter');
    await expectQuickInput({ title: 'Support Ticket Context: Background information' });
    await inputBox().fill('Deploys fail since 5.2; a workaround is in the thread.');
    await wb.page.keyboard.press('Enter');
    await pickRow(wb, 'Insert into Editor', { filter: false });

    const text = await wb.editorText();
    assert.equal(text.trim(), [
      '**Support Ticket Context**',
      '- **Customer Name:** Acme Corp',
      '- **Link to issue (slack / GH / ZD ticket #):** https://github.com/acme/app/issues/42',
      '- **Background information or anything we should know that would be helpful?:** Deploys fail since 5.2; a workaround is in the thread.',
    ].join('\n'));
  });

  it('Search the Playbook: the words typed, Enter, and the team page of the first result opens', async function () {
    await wb.runCommand('CE Playbook: Search the Playbook', { opensQuickPick: true });
    await expectQuickInput({ title: 'Search the CE Playbook' });
    await inputBox().fill('suggested workaround');
    const first = wb.page.locator(`${QUICK_INPUT} .monaco-list-row`).first();
    await first.filter({ hasText: 'CEs may collaborate with CSEs on an issue.' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.match(await first.textContent(), /Step · Customer Support \(CS\)/, 'its kind and team');
    await wb.page.keyboard.press('Enter');
    const team = await panelOf(wb, { name: 'Customer Support (CS)' });
    await team.getByText('the CE has a suggested workaround', { exact: false }).first().waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await activeTabLabel(wb), 'Customer Support (CS)');
    await wb.screenshot('search-result-opened');
  });

  it('a team panel comes back after "Developer: Reload Window"', async function () {
    const { page } = wb;
    await wb.runCommand('CE Playbook: Open Team Intersection', { opensQuickPick: true });
    await pickRow(wb, 'Sales');
    const before = await panelOf(wb, SALES);
    await before.getByText('CEs are the right-hand team for Sales', { exact: false }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });

    const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: RELOAD_TIMEOUT });
    await wb.runCommand('Developer: Reload Window').catch(() => undefined);
    await navigated;
    await wb.waitUntilReady(RELOAD_TIMEOUT);

    const after = await panelOf(wb, SALES, RELOAD_TIMEOUT);
    await after.getByText('CEs are the right-hand team for Sales', { exact: false }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await activeTabLabel(wb), 'Sales', 'the restored panel keeps its title');
    await wb.screenshot('panel-restored');
  });
});
