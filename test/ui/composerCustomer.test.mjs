// UI: the composer knows the account. In a workspace with the README's worked example of conditions,
// the team's (fictional) customers and the team's convention that a ticket's link starts as the
// account's Zendesk organisation, the CE types part of an alias in "Customer Name", picks the account
// from the list with the keyboard, sees the link filled and the account card beside the form, then
// answers "Yes" to "Is there a time consideration?" and watches the handbook's question appear.
// Screenshots: test-results/screenshots/composer-customer-*.png (list open, card in each theme, narrow).
/* global document, window */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, beforeEach, describe, it } from 'mocha';
import { moveMouseAway, pageWithHeading, pickRow, previewWhen, THEMES, useWorkbench, VISIBLE_TIMEOUT, waitUntil, WEBVIEW_THEME_CLASS } from './helpers.mjs';
import { ROOT } from './workbench.mjs';

const TITLE = 'Compose Support Ticket Request';
const LINK_LABEL = 'Link to issue (Slack / Github issue / ZD ticket #)';
const TIME_LABEL = 'Is there a time consideration we need to be aware of, if so what is it and why?';
const ZENDESK = 'https://example.zendesk.com/organizations/1';

/** The conditions workspace with the team's customers (one account given another name by a later file) and the link mapping. */
function customerWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-ui-customers-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace-conditions'), dir, { recursive: true });
  for (const name of ['customers.yaml', 'account-fields.yaml']) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'customers', name), path.join(dir, '.ce-playbook', name));
  fs.writeFileSync(path.join(dir, '.ce-playbook', 'team-aliases.yaml'), 'customers:\n  - id: acme-rockets\n    aliases: ["ACME", "Acme Rocket Co.", "Roadrunner Supply"]\n');
  return dir;
}

describe('UI composer: the customer picker and the account card', function () {
  const fixture = customerWorkspace();
  after(() => fs.rmSync(fixture, { recursive: true, force: true }));
  const workbench = useWorkbench({ workspaceFixture: fixture, settings: { 'cePlaybook.me': 'Robin Sample' } });
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('picks a customer by typing part of an alias (keyboard only), fills the link, shows the card, and the conditional field appears', async function () {
    await wb.runCommand('CE Playbook: Compose Ticket…', { opensQuickPick: true });
    await pickRow(wb, 'Support Ticket Request');
    const frame = await pageWithHeading(wb, TITLE, 30_000);
    const name = frame.getByRole('combobox', { name: 'Customer Name' });
    const link = frame.getByRole('textbox', { name: LINK_LABEL });
    const card = frame.locator('#account-card');
    await name.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await card.isHidden(), true, 'no card before a customer is chosen');
    assert.equal(await name.getAttribute('aria-expanded'), 'false');

    // Part of an alias that is nowhere in the name: the list offers the account.
    await name.focus();
    await wb.page.keyboard.type('roadrun');
    const list = frame.getByRole('listbox', { name: 'Customers' });
    await list.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await name.getAttribute('aria-expanded'), 'true');
    const options = list.getByRole('option');
    assert.deepEqual(await options.locator('.choice-name').allTextContents(), ['Acme Rockets']);
    assert.match(await options.first().textContent(), /Roadrunner Supply · My account · Enterprise/);
    await wb.screenshot('composer-customer-list');

    await wb.page.keyboard.press('ArrowDown');
    assert.equal(await name.getAttribute('aria-activedescendant'), await options.first().getAttribute('id'), 'the option is active (aria-activedescendant)');
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    await wb.page.keyboard.press('Enter');
    await list.waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT });
    assert.equal(await name.inputValue(), 'Acme Rockets', 'the account\'s name, as the team writes it');
    assert.equal(await name.evaluate((el) => el === el.ownerDocument.activeElement), true, 'the focus stays in the field');

    // The account fills the empty link and its card shows beside the form.
    await previewWhen(frame, (t) => t.includes(`${LINK_LABEL}:* ${ZENDESK}`), 'the link from the account in the preview');
    assert.equal(await link.inputValue(), ZENDESK);
    await frame.locator('#field-announcer', { hasText: 'Filled from the account of Acme Rockets' }).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT });
    await card.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await card.getByRole('heading', { level: 2 }).textContent(), 'Account: Acme Rockets');
    assert.deepEqual(await card.locator('dt').allTextContents(), ['AE', 'CE', 'SDR', 'Plan', 'Shared channel']);
    assert.match(await card.textContent(), /#ext-acme-rockets/);
    assert.equal(await card.getByRole('link', { name: 'Zendesk' }).getAttribute('href'), ZENDESK);
    assert.match(await card.textContent(), /None sent from here yet\./);

    // The conditional field appears on "Yes".
    const controller = frame.getByRole('combobox', { name: 'Is there a time consideration?' });
    const conditional = frame.getByRole('textbox', { name: TIME_LABEL });
    assert.equal(await conditional.count(), 0, 'not there before the answer');
    await controller.selectOption('Yes');
    await conditional.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await conditional.fill('Renewal on Friday.');
    await previewWhen(frame, (t) => t.includes('• *Customer Name:* Acme Rockets') && t.includes(`${TIME_LABEL}:* Renewal on Friday.`), 'the customer and the conditional field in the preview');

    for (const theme of THEMES) {
      await wb.setTheme(theme);
      const themed = await pageWithHeading(wb, TITLE);
      await themed.locator(`body.${WEBVIEW_THEME_CLASS[theme]}`).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT });
      // The top of the page: the customer field, the filled link and the card beside them.
      await themed.locator('body').evaluate(() => window.scrollTo(0, 0));
      await moveMouseAway(wb, 5, 890);
      await wb.screenshot(`composer-customer-${theme}`);
    }
  });

  it('another customer takes the last account\'s link with it; Escape keeps what was typed (free text); a narrow editor stacks the card under the form', async function () {
    const frame = await pageWithHeading(wb, TITLE);
    const name = frame.getByRole('combobox', { name: 'Customer Name' });
    const link = frame.getByRole('textbox', { name: LINK_LABEL });
    assert.equal(await link.inputValue(), ZENDESK, 'as the last test left it: filled from Acme Rockets');
    await name.fill('');
    await name.focus();
    await wb.page.keyboard.type('Brand New Prospect');
    assert.equal(await frame.getByRole('listbox', { name: 'Customers' }).isHidden(), true, 'nothing matches: no list');
    await frame.locator('#account-card').waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT });
    await waitUntil(async () => (await link.inputValue()) === '', 'Acme Rockets\' link out of another customer\'s ticket');
    await frame.locator('#field-announcer', { hasText: 'it came from the account chosen before' }).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT });
    await name.fill('');
    await wb.page.keyboard.type('init');
    await frame.getByRole('listbox', { name: 'Customers' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    // The last theme of the first test (high contrast light): the active option must stand out there too.
    await wb.page.keyboard.press('ArrowDown');
    await wb.screenshot('composer-customer-list-active-high-contrast-light');
    await wb.page.keyboard.press('Escape');
    await frame.getByRole('listbox', { name: 'Customers' }).waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT });
    assert.equal(await name.inputValue(), 'init', 'free text stays as typed');
    assert.equal(await frame.locator('[role="dialog"]').count(), 0);

    await name.fill('ACME');
    await frame.locator('#account-card').waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await waitUntil(async () => (await link.inputValue()) === ZENDESK, 'the link filled again for Acme Rockets');
    await wb.page.keyboard.press('Escape');
    const size = wb.page.viewportSize();
    await wb.page.setViewportSize({ width: 640, height: size.height });
    try {
      const layoutNow = () => frame.locator('body').evaluate(() => {
        const form = document.getElementById('composer').getBoundingClientRect();
        const card = document.getElementById('account-card').getBoundingClientRect();
        return { stacked: card.top >= form.bottom - 1, overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1 };
      });
      // The webview follows the editor's new width once the workbench has laid it out again.
      await waitUntil(async () => (await layoutNow()).stacked, 'the card to move under the form');
      assert.deepEqual(await layoutNow(), { stacked: true, overflow: false });
      await frame.locator('#account-card').scrollIntoViewIfNeeded();
      await wb.screenshot('composer-customer-narrow');
    } finally {
      await wb.page.setViewportSize(size);
    }
  });
});
