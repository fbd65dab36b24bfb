// UI: "the customer is asking me for an update", clicked through as a CE would (Chromium on
// code-server, Slack replaced by the stand-in on 127.0.0.1). The CE sends Acme Corp's ticket, support
// replies in its thread; then "I Need Help with a Customer Issue" › "The customer is asking me for an
// update" lists Acme Corp's tickets with their status and last reply, "Reply in the Thread to the
// Support Engineer…" opens the reply page (one text area, its preview, whose thread it goes to), and
// Send posts the reply in the ticket's thread. Screenshots of the reply page in light, dark and both
// high-contrast themes: test-results/screenshots/reply-thread-<theme>.png.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { activeTabLabel, connectBotToken, moveMouseAway, helpGuideToOutcome, pageWithHeading, pickRow, THEMES, useSlackStandIn, useWorkbench, VISIBLE_TIMEOUT, waitUntil, WEBVIEW_THEME_CLASS } from './helpers.mjs';
import { SEL } from './workbenchDriver.mjs';

const TOKEN = 'xoxb-test-token-reply-ui';
const POST = '/api/chat.postMessage';
const REPLY_TITLE = 'Reply to Acme Corp\'s Ticket';
const RELOAD_TIMEOUT = 60_000;

/** Acme Corp's ticket, composed from the help guide and sent (confirmed in the dialog). */
async function sendAcmeTicket(wb) {
  const dialog = await helpGuideToOutcome(wb, 'Acme Corp');
  await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Compose Support Ticket Context…' }).click({ timeout: VISIBLE_TIMEOUT });
  const frame = await pageWithHeading(wb, 'Compose Support Ticket Context');
  await frame.getByRole('textbox', { name: 'Link to issue (slack / GH / ZD ticket #)' }).fill('https://github.com/acme/app/issues/42');
  await frame.getByRole('textbox', { name: 'Background information or anything we should know that would be helpful?' }).fill('Exports time out since 5.2.');
  await frame.getByRole('button', { name: 'Send to Slack' }).click();
  await confirmSend(wb);
  await frame.locator('#status.success').waitFor({ state: 'visible', timeout: 60_000 });
}

/** "The Customer Is Asking for an Update…" › Acme Corp's ticket › Reply in the Thread: its reply page. */
async function openAcmeReplyPage(wb) {
  await wb.runCommand('CE Playbook: The Customer Is Asking for an Update…', { opensQuickPick: true });
  await wb.page.locator(SEL.quickInputRows, { hasText: 'Acme Corp · Support Ticket Context' }).first().click({ timeout: VISIBLE_TIMEOUT });
  await wb.page.locator('.monaco-dialog-box .dialog-buttons .monaco-button', { hasText: 'Reply in the Thread to the Support Engineer…' }).click({ timeout: VISIBLE_TIMEOUT });
  return pageWithHeading(wb, REPLY_TITLE);
}

async function confirmSend(wb) {
  const dialog = wb.page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  const text = await dialog.textContent();
  await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Send$/ }).click();
  return text;
}

describe('UI replies: "any update?" to the reply page, sent in the ticket\'s thread (stand-in Slack)', function () {
  const options = { settings: {} };
  const slack = useSlackStandIn(options, TOKEN, (standIn) => {
    standIn.threads.users.set('U0DANA', { name: 'dana', displayName: 'Dana' });
    // Support answers as the ticket lands (not the CE's own replies).
    standIn.onMessage = (message) => { if (!message.threadTs) standIn.threads.reply(message.ts, 'U0DANA', 'Looking into it, *ETA Friday*.'); };
  });
  const workbench = useWorkbench(options);
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('help guide › The customer is asking me for an update › the ticket › Reply in the Thread › Send: the reply is in the thread', async function () {
    const { page } = wb;
    await connectBotToken(wb, TOKEN);
    await sendAcmeTicket(wb);
    const ticket = (await slack().waitForRequests(POST, 1)) && slack().messages[0];
    await wb.runCommand('CE Playbook: Refresh Ticket Status');
    await waitUntil(() => slack().requestsTo('/api/conversations.replies').length > 0, 'the thread to be read');

    await wb.runCommand('CE Playbook: I Need Help with a Customer Issue', { opensQuickPick: true });
    await page.locator(`${SEL.quickInput} .quick-input-title`, { hasText: 'I need help with a customer issue' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await page.locator(SEL.quickInputBox).fill('Acme Corp');
    await page.keyboard.press('Enter');
    await pickRow(wb, 'The customer is asking me for an update', { filter: false });
    await pickRow(wb, 'No, I\'ll follow up with the support engineer', { filter: false });
    // The customer's tickets, with their status and last reply.
    const row = page.locator(SEL.quickInputRows, { hasText: 'Acme Corp · Support Ticket Context' }).first();
    await row.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await waitUntil(async () => /1 reply/.test(await row.textContent()), 'the ticket\'s status in the list');
    assert.match(await row.textContent(), /Last reply, Dana: Looking into it, ETA Friday\./);
    await wb.screenshot('reply-update-tickets');
    await row.click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.ok((await dialog.textContent()).includes('In instances like this, the CE should work directly with the Support Engineer.'), 'the handbook\'s step');
    await wb.screenshot('reply-update-steps');
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Reply in the Thread to the Support Engineer…' }).click();

    const frame = await pageWithHeading(wb, REPLY_TITLE);
    assert.equal(await activeTabLabel(wb), 'Reply: Acme Corp');
    assert.match(await frame.locator('#destination-text').textContent(), /A reply in the thread of the Support Ticket Context for Acme Corp, sent .*\d/);
    assert.match(await frame.locator('#thread-replies').textContent(), /Dana.*Looking into it, ETA Friday\./);
    const message = frame.getByRole('textbox', { name: 'Your message' });
    await message.fill('Hi Dana, the customer asks for an update: *is Friday still on?* @here');
    await frame.locator('#preview .bold', { hasText: 'is Friday still on?' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await wb.screenshot('reply-thread-typed');
    await frame.getByRole('button', { name: 'Send Reply' }).click();
    const confirmation = await confirmSend(wb);
    assert.match(confirmation, /Send this message to the thread of the ticket for Acme Corp sent/);
    await frame.locator('#status.success').waitFor({ state: 'visible', timeout: 60_000 });
    await slack().waitForRequests(POST, 2);
    const reply = slack().messages[1];
    assert.equal(reply.threadTs, ticket.ts, 'in the ticket\'s thread');
    assert.equal(reply.text, 'Hi Dana, the customer asks for an update: *is Friday still on?* @here');
    assert.equal(await message.inputValue(), '', 'cleared once Slack has it');
    await wb.screenshot('reply-thread-sent');

    // The row: one follow-up, still one sent ticket.
    await wb.openActivity('CE Playbook');
    await wb.expandTreeItem('Sent tickets');
    const sentRows = page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { hasText: 'Acme Corp' });
    await waitUntil(async () => /1 follow-up/.test(await sentRows.first().textContent()), 'the row to show the follow-up');

    // More help needed: the palette's command, the same ticket, "Ask @cs-leadership…": a message page to the channel.
    await wb.runCommand('CE Playbook: The Customer Is Asking for an Update…', { opensQuickPick: true });
    await page.locator(SEL.quickInputRows, { hasText: 'Acme Corp · Support Ticket Context' }).first().click({ timeout: VISIBLE_TIMEOUT });
    await page.locator('.monaco-dialog-box .dialog-buttons .monaco-button', { hasText: 'Ask @cs-leadership in #customer-support…' }).click({ timeout: VISIBLE_TIMEOUT });
    const ask = await pageWithHeading(wb, 'Message @cs-leadership in #customer-support');
    const prefilled = await ask.getByRole('textbox', { name: 'Your message' }).inputValue();
    assert.match(prefilled, /^@cs-leadership Acme Corp is asking me for an update/);
    assert.match(prefilled, /• .*: Hi Dana, the customer asks for an update/, 'what was asked so far');
    assert.match(await ask.locator('#destination').textContent(), /written as its name only/, 'no Slack id in the data: the page says the group is not notified');
    await waitUntil(async () => (await ask.locator('#preview').textContent()).startsWith('@cs-leadership Acme Corp'), 'the preview of the prefilled text');
    assert.equal(await ask.locator('#preview .mention').count(), 0, 'not a mention in Slack without the group\'s id, nor in the preview');
    await wb.screenshot('reply-ask-cs-leadership');

    // The page in every theme, with a text and its preview (last: a theme change rewrites the settings).
    await page.locator('.part.editor .tab', { hasText: 'Reply: Acme Corp' }).click();
    const again = await pageWithHeading(wb, REPLY_TITLE);
    await again.getByRole('textbox', { name: 'Your message' }).fill('Thanks! _Any_ news on `ZD-4711`?');
    await again.locator('#preview .code', { hasText: 'ZD-4711' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    for (const theme of THEMES) {
      await wb.setTheme(theme);
      const themed = await pageWithHeading(wb, REPLY_TITLE);
      await themed.locator(`body.${WEBVIEW_THEME_CLASS[theme]}`).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT });
      await moveMouseAway(wb);
      await wb.screenshot(`reply-thread-${theme}`);
    }
  });

  it('the reply page and its text come back after "Developer: Reload Window"', async function () {
    const { page } = wb;
    const text = 'Before the reload: _any_ news on `ZD-4711`?';
    // Its own page and text (Acme Corp's ticket is sent first when this suite has not sent it yet).
    if (slack().messages.length === 0) {
      await connectBotToken(wb, TOKEN);
      await sendAcmeTicket(wb);
    }
    let reply = await openAcmeReplyPage(wb);
    await reply.getByRole('textbox', { name: 'Your message' }).fill(text);
    // The preview is the host's answer to the text: the host has it.
    await waitUntil(async () => (await reply.locator('#preview').textContent()).startsWith('Before the reload'), 'the preview of the text typed');
    // Closing the page keeps its text at once (the autosave otherwise waits for a pause in typing);
    // opened again, it shows the text kept, and it is the active editor at the reload.
    await page.locator('.part.editor .tab', { hasText: 'Reply: Acme Corp' }).locator('.codicon-close').click();
    await page.locator('.part.editor .tab', { hasText: 'Reply: Acme Corp' }).waitFor({ state: 'detached', timeout: VISIBLE_TIMEOUT });
    reply = await openAcmeReplyPage(wb);
    assert.equal(await reply.getByRole('textbox', { name: 'Your message' }).inputValue(), text, 'the text kept');
    assert.equal(await activeTabLabel(wb), 'Reply: Acme Corp');

    const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: RELOAD_TIMEOUT });
    await wb.runCommand('Developer: Reload Window').catch(() => undefined);
    await navigated;
    await wb.waitUntilReady(RELOAD_TIMEOUT);
    // The page that was active comes back active: no click needed (a failure names the tabs there are).
    const restored = await pageWithHeading(wb, REPLY_TITLE, RELOAD_TIMEOUT).catch(async (err) => {
      throw new Error(`${err.message}\nTabs after the reload: ${JSON.stringify(await page.locator('.part.editor .tab').allTextContents())}`);
    });
    assert.equal(await activeTabLabel(wb), 'Reply: Acme Corp');
    assert.equal(await restored.getByRole('textbox', { name: 'Your message' }).inputValue(), text);
    assert.match(await restored.locator('#destination-text').textContent(), /A reply in the thread of the Support Ticket Context for Acme Corp/);
    await restored.locator('#preview .code', { hasText: 'ZD-4711' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  });
});
