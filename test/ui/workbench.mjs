// Shared helper for the UI tests (test/ui/*.test.mjs, run by plain mocha, not compiled): a real
// VS Code workbench (code-server) in headless Chromium with the extension under development
// loaded, and the few interactions the tests need (the selectors and page-level steps are in
// workbenchDriver.mjs, shared with the benchmark), written against the VS Code 1.100 DOM.
//
//   const wb = await startWorkbench({ theme: 'Default Dark Modern' });
//   await wb.runCommand('CE Playbook: Insert Support Ticket Context');
//   assert.match(await wb.editorText(), /Customer Name:/);
//   await wb.screenshot('ticket-context');
//   await wb.close();
//
// Env: CE_PLAYBOOK_EXTENSION_PATH (default: the repo root), CE_PLAYBOOK_VERBOSE=1 to print the
// workbench log as it happens, HEADED=1 to watch (needs a display).
// Functions passed to page.evaluate()/waitForFunction() run in the browser, hence these globals.
/* global document */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { openWorkbench, printLog, isWorkbenchNoise } from '../../scripts/lib/browser.mjs';
import { escapeRegExp, pick, SEL, waitForCommandPick, waitUntilReady } from './workbenchDriver.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const verbose = process.env.CE_PLAYBOOK_VERBOSE === '1';

// Built-in themes: the settings id (what `workbench.colorTheme` holds), the label the theme picker
// shows, and the CSS class the workbench root gets for its base type. The class lets setTheme()
// confirm the switch instead of trusting that the quick pick took the keystrokes.
const BUILTIN_THEMES = [
  { id: 'Default Light Modern', label: 'Light Modern', base: 'vs' },
  { id: 'Default Light+', label: 'Light+', base: 'vs' },
  { id: 'Visual Studio Light', label: 'Light (Visual Studio)', base: 'vs' },
  { id: 'Default Dark Modern', label: 'Dark Modern', base: 'vs-dark' },
  { id: 'Default Dark+', label: 'Dark+', base: 'vs-dark' },
  { id: 'Visual Studio Dark', label: 'Dark (Visual Studio)', base: 'vs-dark' },
  { id: 'Default High Contrast', label: 'Dark High Contrast', base: 'hc-black' },
  { id: 'Default High Contrast Light', label: 'Light High Contrast', base: 'hc-light' },
];
const findTheme = (name) => BUILTIN_THEMES.find((t) => t.id === name || t.label === name);


// Workbenches not closed yet. On Ctrl+C or SIGTERM mocha's `after` hooks never run, so close them
// here; otherwise code-server and Chromium would outlive the test process.
const live = new Set();
let signalsHooked = false;
function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      process.stderr.write(`[ui] ${signal}: closing ${live.size} workbench(es)\n`);
      await Promise.allSettled([...live].map((wb) => wb.close()));
      process.exit(130);
    });
  }
}

/** CSS attribute values need quotes and backslashes escaped. */
const cssString = (s) => JSON.stringify(String(s));

function slug(name) {
  return String(name).replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'screenshot';
}

/**
 * Starts code-server on a fresh copy of test/fixtures/workspace, opens the workbench with the
 * extension loaded and waits until it is usable. Always pair with close() (in an `after` hook).
 */
export async function startWorkbench({
  extensionPath = process.env.CE_PLAYBOOK_EXTENSION_PATH || ROOT,
  theme,
  settings = {},
  workspaceFixture = FIXTURE_WORKSPACE,
} = {}) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-ui-'));
  fs.cpSync(workspaceFixture, workspace, { recursive: true });
  const logs = [];
  let server;
  let opened;
  const started = Date.now();
  try {
    server = await startCodeServer({
      workspace,
      settings: {
        // The temp workspace is not in a repo, but keep git quiet in case TMPDIR is inside one.
        'git.openRepositoryInParentFolders': 'never',
        'workbench.colorTheme': theme ?? 'Default Light Modern',
        // Notifications about the offline marketplace would cover the editor in screenshots.
        'extensions.ignoreRecommendations': true,
        ...settings,
      },
    });
    opened = await openWorkbench({
      server,
      folder: workspace,
      extensionDevelopmentPath: path.resolve(extensionPath),
      onLog: (type, text) => {
        logs.push(`[${type}] ${text}`);
        if (verbose && !isWorkbenchNoise(text)) printLog(type, text);
      },
      onConsole: verbose ? (type, text) => process.stderr.write(`[browser ${type}] ${text}\n`) : undefined,
    });
    // editorText() reads the editor's content through the clipboard.
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
    const wb = new Workbench({ server, opened, workspace, logs });
    live.add(wb);
    hookSignals();
    await wb.waitUntilReady().catch((err) => { live.delete(wb); throw err; });
    wb.startupMs = Date.now() - started;
    return wb;
  } catch (err) {
    await opened?.close().catch(() => {});
    await server?.stop().catch(() => {});
    fs.rmSync(workspace, { recursive: true, force: true });
    if (logs.length) err.message += `\nWorkbench log (last lines):\n${logs.slice(-30).join('\n')}`;
    throw err;
  }
}

export class Workbench {
  constructor({ server, opened, workspace, logs }) {
    this.server = server;
    this.browser = opened.browser;
    this.context = opened.context;
    this.page = opened.page;
    this._opened = opened;
    this.workspace = workspace;
    /** Every line the workbench logged (codeAutomationLog), including the extension host's console. */
    this.logs = logs;
  }

  /** The workbench is usable once its parts are laid out and the activity bar has its entries. */
  async waitUntilReady(timeout = 60_000) {
    await waitUntilReady(this.page, timeout);
  }

  /**
   * Opens the command palette, types `title` and runs the command whose label is exactly `title`
   * (the palette sorts recently used commands first, so the top row is not necessarily it).
   */
  async runCommand(title, { timeout = 15_000, opensQuickPick = false } = {}) {
    const row = await pick(this.page, { text: `>${title}`, label: title, timeout });
    await row.click();
    if (opensQuickPick) {
      // The command shows its own quick pick in the same widget: wait until it replaced the palette.
      await waitForCommandPick(this.page, timeout);
      return;
    }
    await this.page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout }).catch(() => {
      throw new Error(`The command palette stayed open after choosing "${title}".`);
    });
  }

  /** Locator of an activity bar entry; its aria-label may end in a keybinding, e.g. "Explorer (Ctrl+Shift+E)". */
  activityItem(title) {
    return this.page.locator(`.part.activitybar a.action-label[aria-label^=${cssString(title)}]`).first();
  }

  /** Shows the view container `title` in the side bar (without toggling it closed if already shown). */
  async openActivity(title, { timeout = 15_000 } = {}) {
    const item = this.activityItem(title);
    await item.waitFor({ state: 'visible', timeout }).catch(async () => {
      const labels = await this.page.locator('.part.activitybar a.action-label').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      throw new Error(`No activity bar entry "${title}". Entries: ${JSON.stringify(labels)}`);
    });
    // Clicking the entry of the container already shown would hide the side bar. Right after a
    // window reload the workbench is still restoring which container is shown, so check, click if
    // needed, and check again until the side bar shows the container.
    const shown = this.page.locator(`${SEL.sidebar} .composite.title`).filter({ hasText: new RegExp(escapeRegExp(title), 'i') });
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await shown.isVisible()) return;
      const active = await item.evaluate((a) => a.closest('.action-item')?.classList.contains('checked') ?? false);
      const sidebarVisible = await this.page.locator(SEL.sidebar).isVisible();
      if (!active || !sidebarVisible) {
        await item.click();
        // Move the pointer off the entry so its hover tooltip does not end up in screenshots.
        await this.page.mouse.move(200, 12);
      }
      if (await shown.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false)) return;
      if (Date.now() > deadline) throw new Error(`The side bar did not show "${title}" after clicking its activity bar entry.`);
    }
  }

  /** A row of a tree in the side bar whose label starts with `label` (tree rows carry aria-labels). */
  treeItem(label) {
    return this.page.locator(`${SEL.sidebar} .monaco-list-row[role="treeitem"]`)
      .filter({ has: this.page.locator('.label-name, .monaco-highlighted-label', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}`) }) })
      .first();
  }

  /** Expands a collapsed tree row by its twistie, so an item's own command does not run. */
  async expandTreeItem(label, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      // Looked up again each time: a refresh of the tree draws its rows anew, and a click on the old
      // element, or a wait on it, would never see the row expand.
      const row = this.treeItem(label);
      await row.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
      if ((await row.getAttribute('aria-expanded')) !== 'false') return row;
      if (Date.now() > deadline) throw new Error(`The tree row "${label}" did not expand.`);
      await row.locator('.monaco-tl-twistie').click();
      const expanded = this.treeItem(label).and(this.page.locator('[aria-expanded="true"]'));
      if (await expanded.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false)) return this.treeItem(label);
    }
  }

  /** Saves a PNG of the whole window to test-results/screenshots/<name>.png and returns its path. */
  async screenshot(name) {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** The base class of the current theme on the workbench root: vs, vs-dark, hc-black or hc-light. */
  async themeBase() {
    return this.page.locator(SEL.workbench).evaluate((el) => ['vs-dark', 'hc-black', 'hc-light', 'vs'].find((c) => el.classList.contains(c)));
  }

  /**
   * Switches the color theme through "Preferences: Color Theme", as a user would. `themeName` is the
   * settings id ("Default Dark Modern") or the picker label ("Dark Modern"). To start in a theme
   * instead, pass `theme` to startWorkbench (it goes into the settings file before start).
   */
  async setTheme(themeName, { timeout = 15_000 } = {}) {
    const known = findTheme(themeName);
    const label = known?.label ?? themeName;
    const row = await pick(this.page, {
      open: () => this.runCommand('Preferences: Color Theme', { opensQuickPick: true, timeout }),
      text: label,
      label,
      timeout,
    });
    await row.click();
    await this.page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout });
    if (known) {
      await this.page.waitForFunction(
        ([sel, cls]) => document.querySelector(sel)?.classList.contains(cls), [SEL.workbench, known.base], { timeout },
      ).catch(() => { throw new Error(`Theme "${themeName}" did not apply (expected class "${known.base}" on the workbench).`); });
    }
  }

  /**
   * Full text of the active editor. Monaco renders only the lines in view, so the DOM is not
   * enough for long documents: select all, copy, read the clipboard, then "Cursor Undo" (Ctrl+U)
   * to put the cursor and selection back where they were. Falls back to the rendered lines if the
   * clipboard gives nothing.
   */
  async editorText({ timeout = 10_000 } = {}) {
    const { page } = this;
    const editor = page.locator(SEL.activeEditor).first();
    await editor.waitFor({ state: 'visible', timeout }).catch(() => { throw new Error('No active text editor.'); });
    // Focus the editor's input element without clicking (a click would move the cursor).
    await editor.locator('textarea.inputarea, .native-edit-context').first().focus();
    const sentinel = `__ce_playbook_clipboard_${Date.now()}__`;
    await page.evaluate((s) => navigator.clipboard.writeText(s), sentinel);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    let text;
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      if (copied !== sentinel) { text = copied; break; }
      await page.waitForTimeout(50);
    }
    await page.keyboard.press('Control+U'); // cursorUndo: restores the selection from before Ctrl+A
    return text ?? this.visibleEditorText();
  }

  /** Text of the lines the active editor currently renders (no side effects; only what is in view). */
  async visibleEditorText() {
    return this.page.locator(SEL.activeEditor).first().evaluate((editor) => {
      const lines = [...editor.querySelectorAll('.view-lines .view-line')]
        .map((line) => ({ top: parseFloat(line.style.top) || 0, text: line.textContent ?? '' }))
        .sort((a, b) => a.top - b.top);
      // Monaco renders spaces as non-breaking spaces.
      return lines.map((l) => l.text.replace(/\u00a0/g, ' ')).join('\n');
    });
  }

  /** Texts of the notification toasts currently shown. */
  async notifications() {
    return this.page.locator('.notification-toast .notification-list-item-message').allTextContents();
  }

  async close() {
    live.delete(this);
    await this._opened.close().catch(() => {});
    await this.server.stop().catch(() => {});
    fs.rmSync(this.workspace, { recursive: true, force: true });
  }
}

export { slug };
