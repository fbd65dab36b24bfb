// UI: the ticket templates, driven as a user would (Chromium on code-server).
//   - palette "Insert Support Ticket Request" in a Markdown editor, then type a value and press Tab
//     for each of the 7 fields, and read the whole block back from the editor;
//   - an empty "Support Ticket Context" gets one warning per required field (status bar count and
//     the Problems panel);
//   - "Fill In Template…": the step-by-step form (title, step count, validation) ends in "Insert
//     into Editor".
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { newMarkdownEditor, pickRow, useWorkbench, VISIBLE_TIMEOUT } from './helpers.mjs';
import { escapeRegExp } from './workbenchDriver.mjs';

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .editor-instance .monaco-editor';




/** The status bar's problems entry says e.g. "Warnings: 3" or "Errors: 1, Warnings: 2". */
const problemsLabel = (wb) => wb.page.locator('#status\\.problems').first().getAttribute('aria-label');

/** Title line of the quick input (with the step count VS Code appends, e.g. "… (1/3)"). */
const quickInputTitle = (wb) => wb.page.locator(`${QUICK_INPUT} .quick-input-title`).first();

async function waitForTitle(wb, re) {
  const title = quickInputTitle(wb);
  await title.filter({ hasText: re }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).catch(async () => {
    throw new Error(`The quick input title never matched ${re}; it is ${JSON.stringify(await title.textContent().catch(() => null))}`);
  });
  return (await title.textContent()).trim();
}

describe('UI ticket templates', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('inserts a Support Ticket Request from the palette and tabs through its 7 fields', async function () {
    const { page } = wb;
    await newMarkdownEditor(wb);
    await wb.runCommand('CE Playbook: Insert Support Ticket Request');
    await page.locator(`${ACTIVE_EDITOR} .view-lines`, { hasText: 'Support Ticket Request' })
      .waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });

    // Label (as the handbook has it) and what the user types into its tab stop.
    const fields = [
      ['Customer Name', 'Acme Corp'],
      ['Link to issue (Slack / Github issue / ZD ticket #)', 'https://support.example.com/tickets/4821'],
      ['What’s the ask', 'Raise the API rate limit for the EU tenant'],
      ['Why are we making this ask', 'Nightly sync jobs fail with 429 errors'],
      ['What happens if we don’t take this desired action', 'The customer misses its quarter end reporting'],
      ['Is there a time consideration we need to be aware of, if so what is it and why?', 'Yes, before Friday when the next batch runs'],
      ['Anything else we should know that would be helpful?', 'Their admin is on call all week'],
    ];
    for (const [label, value] of fields) {
      await page.keyboard.type(value);
      // A suggestion list would swallow the Tab; that would be a finding in itself.
      assert.equal(await page.locator(`${ACTIVE_EDITOR} .suggest-widget.visible`).count(), 0, `no suggestion list open after typing the "${label}" value`);
      await page.keyboard.press('Tab');
    }

    // The last Tab leaves the snippet at its final stop, the empty line after the block. (Read
    // before editorText(), which selects all to copy.)
    await page.locator('#status\\.editor\\.selection', { hasText: /^\s*Ln 9, Col 1\s*$/ }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).catch(async () => {
      throw new Error(`The cursor did not end on the line after the block: ${await page.locator('#status\\.editor\\.selection').textContent()}`);
    });
    const expected = ['**Support Ticket Request**', ...fields.map(([label, value]) => `- **${label}:** ${value}`), ''].join('\n');
    assert.equal(await wb.editorText(), expected);
  });

  it('warns once per empty required field of a Support Ticket Context (status bar and Problems panel)', async function () {
    const { page } = wb;
    // The filled-in request of the previous test has no warnings once the checker has caught up
    // (it checks 250 ms after the last keystroke).
    await page.locator('#status\\.problems[aria-label="No Problems"]').waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).catch(async () => {
      throw new Error(`The filled-in Support Ticket Request still has problems: ${JSON.stringify(await problemsLabel(wb))}.`);
    });
    await newMarkdownEditor(wb);
    await wb.runCommand('CE Playbook: Insert Support Ticket Context');
    await page.locator(`${ACTIVE_EDITOR} .view-lines`, { hasText: 'Support Ticket Context' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await page.keyboard.press('Escape'); // leave snippet mode; the fields stay empty

    const status = page.locator('#status\\.problems[aria-label="Warnings: 3"]');
    await status.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).catch(async () => {
      throw new Error(`The status bar never counted 3 warnings; it says ${JSON.stringify(await problemsLabel(wb))}.`);
    });

    await status.click(); // opens the Problems panel
    const panel = page.locator('.part.panel');
    const rows = panel.locator('.monaco-list-row');
    for (const label of ['Customer Name', 'Link to issue (slack / GH / ZD ticket #)', 'Background information or anything we should know that would be helpful?']) {
      const row = rows.filter({ hasText: `"${label}" is empty.` }).first();
      assert.ok(await row.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).then(() => true, () => false), `the Problems panel lists "${label}" as empty`);
    }
    assert.ok(await rows.filter({ hasText: 'The handbook asks for it in every Support Ticket Context raised in #customer-support.' }).first().isVisible(),
      'the warning says why the field is needed');
    await wb.screenshot('templates-problems');
    await wb.runCommand('View: Hide Panel');
  });

  it('fills in a Support Ticket Context step by step and inserts it into the editor', async function () {
    const { page } = wb;
    await newMarkdownEditor(wb);
    await wb.runCommand('CE Playbook: Fill In Template…', { opensQuickPick: true });
    await pickRow(wb, 'Support Ticket Context');

    const box = page.locator(QUICK_INPUT_BOX);
    const message = page.locator(`${QUICK_INPUT} .quick-input-message`);
    const title1 = await waitForTitle(wb, /Customer Name/);
    assert.match(title1, /\(1\/3\)/, `the first step says "1/3": ${title1}`);
    assert.match(title1, /^Support Ticket Context: Customer Name/);

    // Enter on the empty required field: stays on the step with the validation message.
    await page.keyboard.press('Enter');
    await message.filter({ hasText: 'is required' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).catch(async () => {
      throw new Error(`No "is required" message after Enter on an empty field; the message is ${JSON.stringify(await message.textContent().catch(() => null))}.`);
    });
    assert.match(await message.textContent(), /"Customer Name" is required/);
    assert.match(await quickInputTitle(wb).textContent(), /\(1\/3\)/, 'still on step 1');
    await wb.screenshot('templates-fill-required');

    const values = [
      ['Customer Name', /\(1\/3\)/, 'Globex'],
      ['Link to issue (slack / GH / ZD ticket #)', /\(2\/3\)/, 'ZD 99120'],
      ['Background information or anything we should know that would be helpful?', /\(3\/3\)/, 'Seen since the 2.4 upgrade on two clusters'],
    ];
    for (const [label, step, value] of values) {
      const title = await waitForTitle(wb, new RegExp(escapeRegExp(label)));
      assert.match(title, step, `step count of "${label}"`);
      await box.focus();
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    }

    await waitForTitle(wb, /Support Ticket Context is complete/);
    await pickRow(wb, 'Insert into Editor', { filter: false });
    await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT });
    await page.locator(`${ACTIVE_EDITOR} .view-lines`, { hasText: 'Globex' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    const text = await wb.editorText();
    assert.equal(text, [
      '**Support Ticket Context**',
      '- **Customer Name:** Globex',
      '- **Link to issue (slack / GH / ZD ticket #):** ZD 99120',
      '- **Background information or anything we should know that would be helpful?:** Seen since the 2.4 upgrade on two clusters',
      '',
    ].join('\n'));
  });
});
