// UI: the composer is a new ticket, a reply is the reply page's, clicked through as a CE would (Chromium on
// code-server, Slack replaced by the stand-in on 127.0.0.1). The CE sends Acme Corp's ticket, sees the
// "sent before" notice for the same customer, follows the ticket up from its "Sent tickets" row (the
// reply page of that thread opens; replyInThread.test.mjs walks it), then starts Globex's ticket from
// "I Need Help with a Customer Issue": the composer page is a new ticket and Slack gets a new message
// in the channel, not a reply in Acme Corp's thread.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { activeTabLabel, connectBotToken, helpGuideToOutcome, pageWithHeading, useSlackStandIn, useWorkbench, VISIBLE_TIMEOUT, waitUntil } from './helpers.mjs';

const TITLE = 'Compose Support Ticket Context';
const LINK_LABEL = 'Link to issue (slack / GH / ZD ticket #)';
const BACKGROUND_LABEL = 'Background information or anything we should know that would be helpful?';
const TOKEN = 'xoxb-test-token-thread';

/** "I Need Help with a Customer Issue" for `customer`, to its outcome's Compose button: the composer page. */
async function helpGuideToComposer(wb, customer) {
  const dialog = await helpGuideToOutcome(wb, customer);
  await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Compose Support Ticket Context…' }).click({ timeout: VISIBLE_TIMEOUT });
  const frame = await pageWithHeading(wb, TITLE);
  const name = frame.getByRole('combobox', { name: 'Customer Name' });
  await waitUntil(async () => (await name.inputValue()) === customer, `the customer name "${customer}" in the page`);
  return frame;
}

/** Fills the rest, presses Send to Slack, confirms, and waits for the page to say it is sent. */
async function fillAndSend(wb, frame, background) {
  await frame.getByRole('textbox', { name: LINK_LABEL }).fill('https://github.com/acme/app/issues/42');
  await frame.getByRole('textbox', { name: BACKGROUND_LABEL }).fill(background);
  await waitUntil(async () => (await frame.locator('#preview').textContent()).includes(background), 'the preview to show the background');
  await frame.getByRole('button', { name: 'Send to Slack' }).click();
  const dialog = wb.page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Send$/ }).click();
  await frame.locator('#status.success', { hasText: 'Sent Support Ticket Context to Slack' }).waitFor({ state: 'visible', timeout: 60_000 });
}

/** "Follow Up in Thread", the inline action of the customer's "Sent tickets" row. */
async function followUp(wb, customer) {
  await wb.openActivity('CE Playbook');
  await wb.expandTreeItem('Sent tickets');
  const row = wb.page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { hasText: customer }).first();
  await row.hover();
  await row.locator('.action-label[aria-label="Follow Up in Thread"]').click({ timeout: VISIBLE_TIMEOUT });
}

describe('UI composer: a follow-up is the reply page\'s, the composer stays a new ticket (stand-in Slack)', function () {
  const options = { settings: {} };
  const slack = useSlackStandIn(options, TOKEN);
  const workbench = useWorkbench(options);
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('Follow Up in Thread on Acme Corp\'s ticket, then the help guide for Globex: Globex\'s ticket goes to the channel, not into the thread', async function () {
    const { page } = wb;
    await connectBotToken(wb, TOKEN);

    // Acme Corp's ticket, sent.
    await fillAndSend(wb, await helpGuideToComposer(wb, 'Acme Corp'), 'Deploys fail since 5.2.');
    await slack().waitForRequests('/api/chat.postMessage', 1);
    const acme = slack().messages[0];
    assert.equal(acme.threadTs, undefined);

    // The same customer again, written another way: before Send, the page says a ticket was sent.
    const again = await helpGuideToComposer(wb, 'ACME corp.');
    const notice = again.getByRole('region', { name: 'Sent before' });
    await notice.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.match(await notice.textContent(), /You sent a Support Ticket Context for Acme Corp on \w+ \d+\. Follow up in that thread instead\?/);
    await wb.screenshot('composer-sent-before');
    // Its answers are buttons in the tab order: Keep as a New Ticket by keyboard, and the notice goes.
    await notice.getByRole('button', { name: 'Keep as a New Ticket' }).focus();
    await page.keyboard.press('Enter');
    await notice.waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT });

    // Follow Up in Thread opens the reply page of Acme Corp's ticket (replyInThread.test.mjs), not this composer page.
    await followUp(wb, 'Acme Corp');
    await pageWithHeading(wb, 'Reply to Acme Corp\'s Ticket');
    assert.equal(await activeTabLabel(wb), 'Reply: Acme Corp');

    // Another customer, from the help guide: the same page, now a new ticket.
    const globex = await helpGuideToComposer(wb, 'Globex');
    await globex.getByText('Goes to #customer-support').waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await activeTabLabel(wb), TITLE);
    await fillAndSend(wb, globex, 'Login loops.');
    await slack().waitForRequests('/api/chat.postMessage', 2);
    assert.equal(slack().messages.length, 2, 'exactly two messages in Slack');
    const second = slack().messages[1];
    assert.match(JSON.stringify(second.blocks), /Globex/);
    assert.equal(second.threadTs, undefined, 'Globex\'s ticket is a new message, not a reply in Acme Corp\'s thread');
    assert.equal(slack().requestsTo('/api/chat.postMessage')[1].body.thread_ts, undefined);
    assert.equal(second.channel, acme.channel, 'in the channel');
    await wb.screenshot('composer-thread-new-ticket-sent');
  });
});
