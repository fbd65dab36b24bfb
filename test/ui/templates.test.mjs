// UI: the ticket templates, driven as a user would (Chromium on code-server).
//   - palette "Insert Support Ticket Request" in a Markdown editor, then type a value and press Tab
//     for each of the 7 fields, and read the whole block back from the editor;
//   - an empty "Support Ticket Context" gets one warning per required field (status bar count and
//     the Problems panel);
//   - "Fill In Template…": the step-by-step form (title, step count, validation) ends in "Insert
//     into Editor".
/* global document */
import assert from 'node:assert/strict';
import { describe, it, before, after, afterEach } from 'mocha';
import { startWorkbench } from './workbench.mjs';

const VISIBLE_TIMEOUT = 15_000;
const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .editor-instance .monaco-editor';

const escapeRegExp = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Clicks the row of the open quick pick whose label is exactly `label` (icons aside). A picker that
 * fills its list asynchronously (the language picker) can miss a filter typed too early, so the
 * filter is typed again until the row shows.
 */
async function pickRow(wb, label, { filter = true, timeout = VISIBLE_TIMEOUT } = {}) {
  const { page } = wb;
  const row = page.locator(QUICK_INPUT_ROWS).filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) }).first();
  const deadline = Date.now() + timeout;
  for (;;) {
    if (filter) {
      await page.locator(QUICK_INPUT_BOX).fill('');
      await page.locator(QUICK_INPUT_BOX).fill(label);
    }
    try {
      await row.waitFor({ state: 'visible', timeout: 3000 });
      break;
    } catch {
      if (Date.now() > deadline) {
        const shown = await page.locator(`${QUICK_INPUT_ROWS} .label-name`).allTextContents();
        throw new Error(`No quick pick row "${label}". Shown: ${JSON.stringify(shown.map((s) => s.trim()))}`);
      }
    }
  }
  await row.click();
}

/**
 * New untitled editor in Markdown (a plain-text one would get the plain template format). Once in
 * a while, right after startup, the language picker opened from the palette shows no list at all;
 * close it and ask again (the attempts are logged, to tell flakiness from a broken picker).
 */
async function newMarkdownEditor(wb) {
  const { page } = wb;
  await wb.runCommand('File: New Untitled Text File');
  await page.locator('.part.editor .editor-group-container.active .monaco-editor').first().waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  for (let attempt = 1; ; attempt++) {
    await wb.runCommand('Change Language Mode', { opensQuickPick: true });
    try {
      await pickRow(wb, 'Markdown', { timeout: 6000 });
      break;
    } catch (err) {
      const state = await page.locator('.quick-input-widget').evaluate((w) => ({
        placeholder: w.querySelector('input')?.placeholder, value: w.querySelector('input')?.value, rows: w.querySelectorAll('.monaco-list-row').length,
      })).catch(() => undefined);
      console.log(`      (language picker attempt ${attempt} showed no "Markdown" row: ${JSON.stringify(state)})`);
      if (attempt >= 3) throw err;
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    }
  }
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT });
  await page.locator('#status\\.editor\\.mode', { hasText: /^\s*Markdown\s*$/ }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  // The editor has the keyboard focus again once the picker is gone.
  await page.waitForFunction(() => document.querySelector('.part.editor .editor-group-container.active .monaco-editor')?.contains(document.activeElement), null, { timeout: VISIBLE_TIMEOUT });
}

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
  let wb;

  before(async function () {
    wb = await startWorkbench();
  });

  after(async function () {
    await wb?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !wb) return;
    const file = await wb.screenshot(`FAILED ${this.currentTest.fullTitle()}`).catch(() => undefined);
    if (file) console.log(`      screenshot of the failure: ${file}`);
    const errors = wb.logs.filter((l) => l.startsWith('[error]') && !l.includes('open-vsx.org'));
    if (errors.length) console.log(`      workbench errors:\n${errors.slice(-10).join('\n')}`);
  });

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
