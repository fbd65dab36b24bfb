// Helpers shared by the UI test files: the workbench's lifecycle in a suite, quick-pick rows and a
// Markdown editor.
/* global document, getComputedStyle */
import { after, afterEach, before } from 'mocha';
import { startWorkbench } from './workbench.mjs';
import { escapeRegExp, SEL } from './workbenchDriver.mjs';

export const VISIBLE_TIMEOUT = 15_000;
/** The themes the screenshots are taken in, and the class VS Code puts on a webview's <body> for each. */
export const THEMES = ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast', 'Default High Contrast Light'];
export const WEBVIEW_THEME_CLASS = {
  'Default Light Modern': 'vscode-light',
  'Default Dark Modern': 'vscode-dark',
  'Default High Contrast': 'vscode-high-contrast',
  'Default High Contrast Light': 'vscode-high-contrast-light',
};
const QUICK_INPUT_BOX = SEL.quickInputBox;
const QUICK_INPUT_ROWS = SEL.quickInputRows;

/**
 * Starts a workbench for the suite and closes it after; a failing test leaves a screenshot and the
 * workbench's recent errors. Returns a getter for the workbench.
 */
export function useWorkbench(options) {
  let wb;
  before(async function () {
    wb = await startWorkbench(options);
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
  return () => wb;
}

/**
 * Clicks the row of the open quick pick whose label is exactly `label` (icons aside). A picker that
 * fills its list asynchronously (the language picker) can miss a filter typed too early, so the
 * filter is typed again until the row shows.
 */
export async function pickRow(wb, label, { filter = true, timeout = VISIBLE_TIMEOUT } = {}) {
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
export async function newMarkdownEditor(wb) {
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


/**
 * The content document of the intersection panel on screen. A webview is two iframes deep: the
 * workbench's `iframe.webview` host, then the `active-frame` holding our HTML. Hidden panels (other
 * tabs) keep their host iframe in the DOM, so pick the visible one.
 */
export function visiblePanel(wb) {
  return wb.page.locator('iframe.webview').filter({ visible: true }).first().contentFrame().locator('iframe#active-frame').contentFrame();
}

/** Waits until the visible panel is the one of `team` (its h1) and returns its frame. */
export function panelOf(wb, team, timeout = VISIBLE_TIMEOUT) {
  return pageWithHeading(wb, `CE and ${team.name}`, timeout);
}

/** Waits until the visible webview page has the h1 `heading` and returns its frame. */
export async function pageWithHeading(wb, heading, timeout = VISIBLE_TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = visiblePanel(wb);
    const h1 = await frame.locator('h1').first().textContent({ timeout: 1000 }).catch(() => undefined);
    if (h1?.trim() === heading) return frame;
    if (Date.now() > deadline) throw new Error(`The visible page never showed the heading "${heading}" (last seen: ${JSON.stringify(h1)}).`);
    await wb.page.waitForTimeout(100);
  }
}

/** Label of the active editor tab (a webview panel's title, or a file name). */
export async function activeTabLabel(wb) {
  return (await wb.page.locator('.part.editor .editor-group-container.active .tab.active .label-name').first().textContent())?.trim();
}

/**
 * The Slack stand-in (test/support/slackStandIn.ts) for a suite: started before the workbench (call
 * this before useWorkbench) with `token` accepted, `cePlaybook.slack.apiUrl` pointed at it, closed
 * after. `script` scripts it further (users, replies). Returns a getter for the stand-in.
 */
export function useSlackStandIn(options, token, script = () => {}) {
  let standIn;
  before(async function () {
    const { SlackStandIn } = await import('../../out/test/support/slackStandIn.js');
    standIn = await SlackStandIn.start();
    standIn.tokens.add(token);
    script(standIn);
    options.settings ??= {};
    options.settings['cePlaybook.slack.apiUrl'] = standIn.apiUrl;
  });
  after(async function () { await standIn?.close(); });
  return () => standIn;
}

/** Connect Slack… › Bot token, the token typed into its password box as a CE does, until VS Code says it is stored. */
export async function connectBotToken(wb, token) {
  const { page } = wb;
  const input = SEL.quickInputBox;
  await wb.runCommand('CE Playbook: Connect Slack…', { opensQuickPick: true });
  await pickRow(wb, 'Bot token', { filter: false });
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('type') === 'password', input, { timeout: VISIBLE_TIMEOUT });
  await page.locator(input).fill(token);
  await page.keyboard.press('Enter');
  await page.locator('.notification-toast', { hasText: 'stored in VS Code' }).first().waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
}

/** Waits until `check()` is true, or fails naming `what`. */
export async function waitUntil(check, what, timeout = VISIBLE_TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The composer's preview text, once it satisfies `check`. */
export async function previewWhen(frame, check, what) {
  const deadline = Date.now() + VISIBLE_TIMEOUT;
  for (;;) {
    const text = await frame.locator('#preview').textContent();
    if (check(text)) return text;
    if (Date.now() > deadline) throw new Error(`The preview never showed ${what}; it shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * "I Need Help with a Customer Issue" for `customer`, answered as for a ticket not yet assigned, to
 * the outcome's dialog (whose buttons each suite presses itself). Returns the dialog.
 */
export async function helpGuideToOutcome(wb, customer) {
  await wb.runCommand('CE Playbook: I Need Help with a Customer Issue', { opensQuickPick: true });
  await wb.page.locator(`${SEL.quickInput} .quick-input-title`, { hasText: 'I need help with a customer issue' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  await wb.page.locator(QUICK_INPUT_BOX).fill(customer);
  await wb.page.keyboard.press('Enter');
  await pickRow(wb, 'I have useful information, background or a workaround for the issue', { filter: false });
  await pickRow(wb, 'No, the ticket is not assigned yet', { filter: false });
  const dialog = wb.page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
  return dialog;
}

/**
 * The contrast ratio (WCAG 2, 1 to 21) of an element's text colour against the background it is
 * drawn on (its own, or the nearest ancestor's that is not transparent), as the browser computed them.
 */
export async function contrastOf(locator) {
  return locator.evaluate((element) => {
    const channels = (colour) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    let background = [255, 255, 255];
    for (let e = element; e; e = e.parentElement) {
      const c = channels(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) { background = c; break; }
    }
    const luminance = ([r, g, b]) => {
      const linear = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const [a, b] = [luminance(channels(getComputedStyle(element).color)), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

/**
 * Moves the mouse to (x, y), out of the way of a screenshot, and waits until no hover (a tooltip,
 * a tree row's hover card) is shown any more.
 */
export async function moveMouseAway(wb, x = 700, y = 890) {
  await wb.page.mouse.move(x, y);
  await wb.page.waitForFunction(
    () => ![...document.querySelectorAll('.monaco-hover, .workbench-hover, .monaco-hover-content')].some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'),
    null, { timeout: VISIBLE_TIMEOUT, polling: 100 },
  );
}
