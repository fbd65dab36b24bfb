// Driving the VS Code 1.100 workbench in a Playwright page: the selectors and the few interactions
// both the UI tests (test/ui/workbench.mjs wraps these in its Workbench class) and the panel
// benchmark (bench/lib/panel.mjs) need. Timing-sensitive parts poll tightly instead of using
// Playwright's auto-waiting, whose retry back-off (up to 500 ms) would blur the benchmark's numbers.
/* global document, window, getComputedStyle */
import { performance } from 'node:perf_hooks';

export const SEL = {
  workbench: '.monaco-workbench',
  activityItems: '.part.activitybar .action-item',
  statusbar: '.part.statusbar',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  sidebar: '.part.sidebar',
  activeEditor: '.part.editor .editor-group-container.active .editor-instance .monaco-editor',
};

export const escapeRegExp = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The workbench is usable once its parts are laid out and the activity bar has its entries. */
export async function waitUntilReady(page, timeout = 60_000) {
  await page.locator(SEL.workbench).waitFor({ state: 'visible', timeout });
  await page.locator(SEL.statusbar).waitFor({ state: 'visible', timeout });
  await page.locator(SEL.activityItems).first().waitFor({ state: 'visible', timeout });
  // The window title switches to "[Extension Development Host] ..." once the dev extension is known.
  await page.waitForFunction(() => document.title.includes('Extension Development Host'), null, { timeout }).catch(() => {});
}

/** Opens the palette (`Control+Shift+P`) or Quick Open (`Control+P`); keys are ignored for a moment after load, so it retries. */
export async function openQuickInput(page, key = 'Control+Shift+P') {
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.keyboard.press(attempt % 2 === 0 ? key : key === 'Control+P' ? 'Control+E' : 'F1');
    try {
      await page.locator(SEL.quickInputBox).waitFor({ state: 'visible', timeout: 2000 });
      return;
    } catch { /* retry */ }
  }
  throw new Error(`The quick input did not open (${key}).`);
}

export async function closeQuickInput(page) {
  if (await page.locator(SEL.quickInput).isVisible()) {
    await page.keyboard.press('Escape');
    await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  }
}

/** The visible quick input row whose label is exactly `label` (waits up to `timeout`). */
export async function quickInputRow(page, label, timeout = 15_000) {
  const labelRe = new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`);
  const row = page.locator(SEL.quickInputRows).filter({ has: page.locator('.label-name', { hasText: labelRe }) }).first();
  await row.waitFor({ state: 'visible', timeout });
  return row;
}

/**
 * Opens a quick input (`open`, by default the palette or Quick Open for `key`), types `text` and
 * returns the row labelled exactly `label`. Right after startup an extension's commands may not be
 * listed yet, and an open palette never refreshes, so on no match it closes and reopens until `timeout`.
 */
export async function pick(page, { text, label, key = 'Control+Shift+P', open = () => openQuickInput(page, key), timeout = 20_000 }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await open();
    await page.locator(SEL.quickInputBox).fill(text);
    try {
      return await quickInputRow(page, label, Math.min(3000, Math.max(500, deadline - Date.now())));
    } catch {
      const shown = await page.locator(`${SEL.quickInputRows} .label-name`).allTextContents();
      await closeQuickInput(page);
      if (Date.now() >= deadline) throw new Error(`No quick pick entry "${label}" after typing "${text}". Shown: ${JSON.stringify(shown.map((s) => s.trim()))}`);
      await sleep(250);
    }
  }
}

/** Runs a command through the palette and waits until the palette has closed. */
export async function runCommand(page, title, timeout = 20_000) {
  const row = await pick(page, { text: `>${title}`, label: title, timeout });
  await row.click();
  await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {
    throw new Error(`The command palette stayed open after choosing "${title}".`);
  });
}

/** Waits until a command's own quick pick has replaced the palette in the same widget. */
export async function waitForCommandPick(page, timeout = 15_000) {
  await page.waitForFunction((sel) => {
    const input = document.querySelector(sel);
    return input && input.offsetParent !== null && !input.value.startsWith('>');
  }, SEL.quickInputBox, { timeout, polling: 'raf' });
}

/** Waits until the command's own quick pick replaced the palette and shows `label`; returns the row. */
export async function nextPick(page, label, timeout = 15_000) {
  await waitForCommandPick(page, timeout);
  return quickInputRow(page, label, timeout);
}

/** Opens a workspace file with Quick Open and waits until its editor is the active one. */
export async function openFile(page, fileName) {
  const row = await pick(page, { text: fileName, label: fileName, key: 'Control+P' });
  await row.click();
  await page.locator(`.part.editor .tab.active[aria-label*=${JSON.stringify(fileName)}]`).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 15_000 });
}

export async function closeAllEditors(page) {
  await runCommand(page, 'View: Close All Editors');
  await page.waitForFunction(() => document.querySelectorAll('.part.editor .tab').length === 0 && document.querySelectorAll('iframe.webview').length === 0, null, { timeout: 10_000 }).catch(() => {});
}

/**
 * Polls every frame of the page until one shows `text`: a webview's content frame that is the
 * active one (VS Code loads a webview into a hidden "pending-frame" and swaps it in as
 * "active-frame" once loaded) with the text rendered (innerText skips what is not rendered).
 * Resolves with performance.now() of the first check that saw a webview frame and of the first
 * that saw the text.
 */
export async function waitForWebviewText(page, text, timeout = 30_000) {
  const deadline = performance.now() + timeout;
  const check = (t) => {
    try {
      const el = window.frameElement;
      if (el && (el.id !== 'active-frame' || getComputedStyle(el).visibility === 'hidden')) return false;
    } catch { /* cross-origin parent: the frame element is not reachable; judge by content */ }
    return Boolean(document.body && document.body.innerText.includes(t));
  };
  let firstFrameAt;
  while (performance.now() < deadline) {
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    if (frames.length && firstFrameAt === undefined) firstFrameAt = performance.now();
    const seen = await Promise.all(frames.map((f) => f.evaluate(check, text).catch(() => false)));
    if (seen.some(Boolean)) return { visibleAt: performance.now(), firstFrameAt: firstFrameAt ?? NaN };
    await sleep(5);
  }
  throw new Error(`"${text}" did not appear in a webview within ${timeout} ms.`);
}
