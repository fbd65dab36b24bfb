// UI: a sent ticket's status on its "Sent tickets" row, clicked through as a CE would (Chromium on
// code-server, Slack replaced by the stand-in on 127.0.0.1). The CE sends Acme Corp's ticket; support
// replies twice and reacts 👀 in its thread as soon as it lands; "CE Playbook: Refresh Ticket Status"
// from the view's title; the row says "2 replies · last by Dana … · Picked up" and its tooltip shows
// the replies as text. A second ticket, read without channels:history, says so in words.
// Screenshots: test-results/screenshots/ticket-status-rows.png and ticket-status-tooltip.png.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { connectBotToken, helpGuideToOutcome, moveMouseAway, pageWithHeading, useSlackStandIn, useWorkbench, VISIBLE_TIMEOUT, waitUntil } from './helpers.mjs';

const TITLE = 'Compose Support Ticket Context';
const LINK_LABEL = 'Link to issue (slack / GH / ZD ticket #)';
const BACKGROUND_LABEL = 'Background information or anything we should know that would be helpful?';
const TOKEN = 'xoxb-test-token-status-ui';
const ROW = '.part.sidebar .monaco-list-row[role="treeitem"]';

/** "I Need Help with a Customer Issue" for `customer`, to the composer page, filled in and sent. */
async function sendTicketFor(wb, customer) {
  const dialog = await helpGuideToOutcome(wb, customer);
  await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Compose Support Ticket Context…' }).click({ timeout: VISIBLE_TIMEOUT });
  const frame = await pageWithHeading(wb, TITLE);
  const name = frame.getByRole('combobox', { name: 'Customer Name' });
  await waitUntil(async () => (await name.inputValue()) === customer, `the customer name "${customer}" in the page`);
  await frame.getByRole('textbox', { name: LINK_LABEL }).fill('https://github.com/acme/app/issues/42');
  await frame.getByRole('textbox', { name: BACKGROUND_LABEL }).fill('Deploys fail since 5.2.');
  await waitUntil(async () => (await frame.locator('#preview').textContent()).includes('Deploys fail since 5.2.'), 'the preview');
  await frame.getByRole('button', { name: 'Send to Slack' }).click();
  await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Send$/ }).click();
  await frame.locator('#status.success', { hasText: 'Sent Support Ticket Context to Slack' }).waitFor({ state: 'visible', timeout: 60_000 });
}

/** The view title's "Refresh Ticket Status" button. */
async function refreshFromViewTitle(wb) {
  const button = wb.page.locator('.part.sidebar .actions-container .action-label[aria-label^="Refresh Ticket Status"]').first();
  // The title's actions show while the pointer is over the view.
  await wb.page.locator('.part.sidebar').hover();
  await button.click({ timeout: VISIBLE_TIMEOUT });
}

describe('UI sent tickets: status from the Slack thread (stand-in Slack)', function () {
  const options = { settings: {} };
  const slack = useSlackStandIn(options, TOKEN, (standIn) => {
    standIn.threads.users.set('U0DANA', { name: 'dana', displayName: 'Dana' });
    // Support answers as soon as Acme Corp's ticket lands: there is no moment without the replies.
    standIn.onMessage = (message) => {
      if (!JSON.stringify(message.blocks).includes('Acme Corp')) return;
      standIn.threads.reply(message.ts, 'U0SAM', 'Looking, <@U0DANA> can you check *5.2*?');
      standIn.threads.reply(message.ts, 'U0DANA', 'Reproduced. Fix in <https://github.com/acme/app/pull/7|PR 7>.');
      standIn.threads.react(message.ts, 'eyes');
    };
  });
  const workbench = useWorkbench(options);
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('send, support replies in the thread, Refresh Ticket Status: the row shows replies, who replied last and the status', async function () {
    const { page } = wb;
    await connectBotToken(wb, TOKEN);

    await sendTicketFor(wb, 'Acme Corp');
    await wb.openActivity('CE Playbook');
    await wb.expandTreeItem('Sent tickets');
    await refreshFromViewTitle(wb);
    const acme = page.locator(ROW, { hasText: 'Acme Corp' }).first();
    await acme.locator('.label-description', { hasText: 'Picked up' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.match(await acme.locator('.label-description').textContent(), /^2 replies · last by Dana \S.* · Picked up · Support Ticket Context · /);
    assert.equal(await acme.locator('.codicon-eye').count(), 1, 'the 👀 status has its icon');

    // Globex's ticket, read by an app without channels:history.
    slack().threads.scopes = new Set(['chat:write']);
    await sendTicketFor(wb, 'Globex');
    await wb.openActivity('CE Playbook');
    await wb.runCommand('CE Playbook: Refresh Ticket Status');
    const globex = page.locator(ROW, { hasText: 'Globex' }).first();
    await globex.locator('.label-description', { hasText: 'status not available: the app needs channels:history' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await page.locator('.notification-toast', { hasText: /error/i }).count(), 0, 'no error notification');
    // Wide enough to read the rows: drag the sidebar's edge as a CE would.
    const box = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 350, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await moveMouseAway(wb, 1200, 700);
    await wb.screenshot('ticket-status-rows');

    await acme.hover();
    const tooltip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Last replies' }).first();
    await tooltip.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    const text = await tooltip.textContent();
    assert.match(text, /Looking, @Dana can you check 5\.2\?/, 'mrkdwn as text, the user id as a name');
    assert.match(text, /Reproduced\. Fix in PR 7 \(https:\/\/github\.com\/acme\/app\/pull\/7\)\./);
    assert.equal(await tooltip.locator('a').count(), 0, 'nothing in it is a link');
    await wb.screenshot('ticket-status-tooltip');
  });
});
