// UI: from "CE Playbook: I Need Help with a Customer Issue" to the ticket composer, driven as a CE
// would (Chromium on code-server): the outcome's primary button opens the page with the customer's
// name, the CE types the other fields, sees the Slack preview follow and a required field's message
// next to it, reaches the buttons by keyboard, and copies for Slack; the page and its values come
// back after a window reload. Screenshots of the page in light,
// dark and both high-contrast themes: test-results/screenshots/composer-<theme>.png.
/* global document, getComputedStyle */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { connectBotToken, helpGuideToOutcome, moveMouseAway, pageWithHeading, pickRow, previewWhen, THEMES, useSlackStandIn, useWorkbench, VISIBLE_TIMEOUT, WEBVIEW_THEME_CLASS } from './helpers.mjs';

const RELOAD_TIMEOUT = 60_000;
const TITLE = 'Compose Support Ticket Context';
const LINK_LABEL = 'Link to issue (slack / GH / ZD ticket #)';
const BACKGROUND_LABEL = 'Background information or anything we should know that would be helpful?';

/** Waits until the visible webview is the composer page (its h1) and returns its frame. */
export function composerFrame(wb, title = TITLE, timeout = VISIBLE_TIMEOUT) {
  return pageWithHeading(wb, title, timeout);
}

/** Walks the help guide to the Support Ticket Context outcome and presses its primary button. */
export async function helpGuideToComposer(wb, customer) {
  const dialog = await helpGuideToOutcome(wb, customer);
  const buttons = await dialog.locator('.dialog-buttons .monaco-button').evaluateAll((els) => els.map((el) => ({ text: el.textContent.trim(), secondary: el.classList.contains('secondary') })));
  const primary = buttons.filter((b) => !b.secondary).map((b) => b.text);
  assert.deepEqual(primary, ['Compose Support Ticket Context…'], `Compose is the outcome's primary button: ${JSON.stringify(buttons)}`);
  await wb.screenshot('composer-help-outcome');
  await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Compose Support Ticket Context…' }).click();
  return composerFrame(wb);
}

describe('UI ticket composer', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('goes from "I Need Help with a Customer Issue" to the composer, checks fields as the CE types, previews and copies for Slack', async function () {
    const frame = await helpGuideToComposer(wb, 'Acme Corp');
    const name = frame.getByLabel('Customer Name', { exact: false });
    assert.equal(await name.inputValue(), 'Acme Corp', 'the name given in the flow is filled in');
    assert.equal(await name.getAttribute('aria-required'), 'true');
    const link = frame.getByRole('textbox', { name: LINK_LABEL });
    const background = frame.getByRole('textbox', { name: BACKGROUND_LABEL });
    assert.equal(await background.evaluate((el) => el.tagName), 'TEXTAREA', 'a text field is a multi-line text area');

    // A required field emptied while typing says so next to it.
    await link.pressSequentially('ZD');
    await link.fill('');
    await link.press('Tab');
    const linkError = frame.locator('#field-issue-link-error');
    await linkError.filter({ hasText: `"${LINK_LABEL}" is required.` }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await link.getAttribute('aria-invalid'), 'true');
    assert.match(await link.getAttribute('aria-describedby'), /field-issue-link-error/);

    await link.pressSequentially('https://github.com/acme/app/issues/42');
    await linkError.filter({ hasText: /^$/ }).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT });
    assert.equal(await link.getAttribute('aria-invalid'), null, 'no longer invalid');
    await background.click();
    await background.pressSequentially('Deploys fail since 5.2.');
    await background.press('Enter');
    await background.pressSequentially('A workaround is in the thread.');
    const expected = [
      '*Support Ticket Context*',
      '• *Customer Name:* Acme Corp',
      `• *${LINK_LABEL}:* https://github.com/acme/app/issues/42`,
      `• *${BACKGROUND_LABEL}:* Deploys fail since 5.2.`,
      '  A workaround is in the thread.',
      '',
    ].join('\n');
    await previewWhen(frame, (t) => t === expected, 'the typed values in Slack formatting');

    // The buttons follow the fields in the focus order, with a visible focus ring.
    const focusInfo = () => frame.locator('body').evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { text: el.textContent.trim(), focusVisible: el.matches(':focus-visible'), outline: style.outlineStyle, width: style.outlineWidth };
    });
    await background.press('Tab');
    const send = await focusInfo();
    assert.equal(send.text, 'Send to Slack');
    assert.ok(send.focusVisible && send.outline !== 'none' && send.width !== '0px', `a visible focus ring: ${JSON.stringify(send)}`);
    await wb.page.keyboard.press('Tab');
    assert.equal((await focusInfo()).text, 'Copy for Slack');
    await wb.screenshot('composer-keyboard-focus');
    await wb.page.keyboard.press('Enter');
    await frame.locator('#status', { hasText: 'Copied Support Ticket Context for Slack to the clipboard.' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await wb.page.evaluate(() => navigator.clipboard.readText()), expected);
  });

  it('keeps what the page said under its buttons when the webview reloads ("Developer: Reload Webviews")', async function () {
    const before = await composerFrame(wb);
    await before.locator('#status', { hasText: 'Copied Support Ticket Context' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    // Mark the old document, so the test can tell that the page really is a new one.
    await before.locator('body').evaluate((body) => { body.dataset.old = 'yes'; });
    await wb.runCommand('Developer: Reload Webviews');
    const deadline = Date.now() + VISIBLE_TIMEOUT;
    let after = await composerFrame(wb);
    while ((await after.locator('body[data-old]').count().catch(() => 1)) > 0) {
      if (Date.now() > deadline) throw new Error('The composer page was not reloaded.');
      await wb.page.waitForTimeout(100);
      after = await composerFrame(wb);
    }
    await after.locator('#status', { hasText: 'Copied Support Ticket Context for Slack to the clipboard.' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await after.getByRole('combobox', { name: 'Customer Name' }).inputValue(), 'Acme Corp');
  });

  it('the page and what was typed come back after "Developer: Reload Window"', async function () {
    const { page } = wb;
    const before = await composerFrame(wb);
    // Copying saved the draft at once (typing saves it a moment later).
    await before.locator('#status', { hasText: 'Copied' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: RELOAD_TIMEOUT });
    await wb.runCommand('Developer: Reload Window').catch(() => undefined);
    await navigated;
    await wb.waitUntilReady(RELOAD_TIMEOUT);
    const after = await composerFrame(wb, TITLE, RELOAD_TIMEOUT);
    // The restored page is rendered from the draft store, so the values are in its first HTML.
    const background = after.getByRole('textbox', { name: BACKGROUND_LABEL });
    assert.equal(await after.getByRole('combobox', { name: 'Customer Name' }).inputValue(), 'Acme Corp');
    assert.equal(await after.getByRole('textbox', { name: LINK_LABEL }).inputValue(), 'https://github.com/acme/app/issues/42');
    assert.equal(await background.inputValue(), 'Deploys fail since 5.2.\nA workaround is in the thread.');
    await previewWhen(after, (t) => t.includes('A workaround is in the thread.'), 'the restored values');
  });

  it('saves screenshots of the composer in light, dark and high-contrast themes', async function () {
    const frame = await composerFrame(wb).catch(() => undefined) ?? await (async () => {
      await wb.runCommand('CE Playbook: Compose Ticket…', { opensQuickPick: true });
      await pickRow(wb, 'Support Ticket Context');
      return composerFrame(wb);
    })();
    // Show one field's message too, so every state is in the pictures.
    await frame.getByRole('textbox', { name: LINK_LABEL }).fill('');
    await frame.getByRole('textbox', { name: LINK_LABEL }).press('Tab');
    for (const theme of THEMES) {
      await wb.setTheme(theme);
      const themed = await composerFrame(wb);
      await themed.locator(`body.${WEBVIEW_THEME_CLASS[theme]}`).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT });
      await moveMouseAway(wb);
      await wb.screenshot(`composer-${theme}`);
    }
  });
});


// Sending: the real delivery (Slack's SDK) against the Slack stand-in on 127.0.0.1, with a made-up
// bot token stored through "Connect Slack…" as a CE would, and the API URL pointed at the stand-in.
describe('UI ticket composer sends to Slack (stand-in)', function () {
  const TOKEN = 'xoxb-test-token';
  const options = { settings: {} };
  const slack = useSlackStandIn(options, TOKEN);
  const workbench = useWorkbench(options);
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('connects Slack, sends from the composer after the confirmation, Slack gets exactly one message, and the Sent tickets row shows it', async function () {
    const { page } = wb;
    await connectBotToken(wb, TOKEN);

    const frame = await helpGuideToComposer(wb, 'Acme Corp');
    await frame.getByRole('textbox', { name: LINK_LABEL }).fill('https://github.com/acme/app/issues/42');
    await frame.getByRole('textbox', { name: BACKGROUND_LABEL }).fill('Deploys fail since 5.2.');
    await previewWhen(frame, (t) => t.includes('Deploys fail since 5.2.'), 'the background');
    await frame.getByRole('button', { name: 'Send to Slack' }).click();

    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.match(await dialog.textContent(), /Send Support Ticket Context to #customer-support\?/);
    assert.match(await dialog.textContent(), /Customer Name:\* Acme Corp/, 'the confirmation shows the preview');
    await wb.screenshot('composer-send-confirmation');
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Send$/ }).click();

    await frame.locator('#status', { hasText: 'Sent Support Ticket Context to Slack.' }).waitFor({ state: 'visible', timeout: 60_000 });
    const posts = await slack().waitForRequests('/api/chat.postMessage', 1);
    assert.equal(posts.length, 1, 'exactly one chat.postMessage');
    assert.equal(slack().messages.length, 1, 'exactly one message in Slack');
    assert.equal(posts[0].headers.authorization, `Bearer ${TOKEN}`);
    assert.match(JSON.stringify(slack().messages[0].blocks), /Acme Corp/);
    assert.equal(await frame.getByRole('textbox', { name: LINK_LABEL }).inputValue(), '', 'the page is emptied once Slack has the ticket');
    const permalink = await frame.locator('#status a', { hasText: 'Open in Slack' }).getAttribute('href');
    assert.match(permalink, new RegExp(`^https://stand-in\\.slack\\.com/archives/[^/]+/p${slack().messages[0].ts.replace('.', '')}$`), 'the page links the permalink Slack gave');
    await wb.screenshot('composer-sent');

    await wb.openActivity('CE Playbook');
    const sentRow = wb.treeItem('Sent tickets');
    await sentRow.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await wb.expandTreeItem('Sent tickets');
    const row = page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { hasText: 'Acme Corp' });
    await row.first().waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.match(await row.first().textContent(), /Support Ticket Context/);
    await wb.screenshot('composer-sent-tickets-row');
  });
  it('a send Slack refuses (a revoked token) shows why in the page and keeps every value', async function () {
    const { answers } = await import('../../out/test/support/slackStandIn.js');
    const frame = await composerFrame(wb);
    await frame.getByRole('combobox', { name: 'Customer Name' }).fill('Globex');
    await frame.getByRole('textbox', { name: LINK_LABEL }).fill('ZD-7');
    await frame.getByRole('textbox', { name: BACKGROUND_LABEL }).fill('Login loops.');
    await previewWhen(frame, (t) => t.includes('Login loops.'), 'the background');
    slack().script('/api/chat.postMessage', answers.apiError('invalid_auth'));
    const before = slack().messages.length;
    await frame.getByRole('button', { name: 'Send to Slack' }).click();
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Send$/ }).click();
    await frame.locator('#status.error', { hasText: 'Slack refused the' }).waitFor({ state: 'visible', timeout: 60_000 });
    assert.match(await frame.locator('#status').textContent(), /Connect Slack/);
    assert.equal(slack().messages.length, before, 'nothing was posted');
    assert.equal(await frame.getByRole('combobox', { name: 'Customer Name' }).inputValue(), 'Globex');
    assert.equal(await frame.getByRole('textbox', { name: BACKGROUND_LABEL }).inputValue(), 'Login loops.');
    assert.equal(await frame.getByRole('button', { name: 'Send to Slack' }).isEnabled(), true, 'Send can be pressed again');
    await wb.page.mouse.move(700, 890);
    await wb.screenshot('composer-send-failed');
  });
});
