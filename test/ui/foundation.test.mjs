// UI foundation: the CE Playbook view and the palette commands, driven through the real workbench.
// Screenshots of each step land in test-results/screenshots/ for a human look.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { useWorkbench, VISIBLE_TIMEOUT } from './helpers.mjs';
/* global getComputedStyle */


/** True if the locator becomes visible within the time; lets the test assert with its own message. */
async function becomesVisible(locator, timeout = VISIBLE_TIMEOUT) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

/** In the page: the colours of a tree row's label and icon, and the first opaque background behind it. */
function rowColors(row) {
  const opaque = (color) => !/rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent';
  let background = 'rgb(255, 255, 255)';
  for (let el = row; el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor;
    if (opaque(color)) { background = color; break; }
  }
  const icon = row.querySelector('.custom-view-tree-node-item-icon');
  return { text: getComputedStyle(row.querySelector('.label-name')).color, icon: icon && getComputedStyle(icon).color, background };
}

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha ignored). */
function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, bl] = color.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('UI foundation', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('shows Teams and Processes in the CE Playbook view, with Sales under Teams', async function () {
    await wb.openActivity('CE Playbook');
    assert.ok(await becomesVisible(wb.treeItem('Teams')), 'no "Teams" row in the CE Playbook view');
    assert.ok(await becomesVisible(wb.treeItem('Processes')), 'no "Processes" row in the CE Playbook view');

    await wb.expandTreeItem('Teams');
    assert.ok(await becomesVisible(wb.treeItem('Sales')), 'no "Sales" row after expanding Teams');
    await wb.screenshot('foundation-explorer-teams');
  });

  it('shows a team row\'s tooltip when it is hovered: the team in bold and the handbook\'s sentence', async function () {
    await wb.openActivity('CE Playbook');
    const sales = wb.treeItem('Sales');
    await sales.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await sales.hover();
    const hover = wb.page.locator('.workbench-hover, .monaco-hover').filter({ visible: true }).first();
    assert.ok(await becomesVisible(hover), 'no tooltip over the hovered "Sales" row');
    await hover.locator('strong', { hasText: /^Sales$/ }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.match(await hover.innerText(), /How CE adds value to sales:/);
    await wb.screenshot('foundation-row-tooltip');
    await wb.page.mouse.move(900, 700);
    await hover.waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT }).catch(() => {});
  });

  it('inserts the support ticket context from the command palette', async function () {
    await wb.runCommand('CE Playbook: Insert Support Ticket Context');
    // The command opens an untitled Markdown editor when none is open; wait for it to render the text.
    const editorLine = wb.page.locator('.part.editor .view-lines', { hasText: 'Customer Name:' });
    assert.ok(await becomesVisible(editorLine), 'the editor never showed "Customer Name:"');
    const text = await wb.editorText();
    assert.match(text, /Customer Name:/);
    assert.match(text, /Link to issue \(slack \/ GH \/ ZD ticket #\):/);
    await wb.screenshot('foundation-ticket-context');
  });

  it('keeps the rows legible in the dark, high-contrast and light themes: text and icons stand out from the side bar', async function () {
    const seen = new Set();
    for (const theme of ['Default Dark Modern', 'Default High Contrast', 'Default Light Modern']) {
      await wb.setTheme(theme);
      await wb.openActivity('CE Playbook');
      const row = wb.treeItem('Teams');
      assert.ok(await becomesVisible(row), `no "Teams" row in ${theme}`);
      const { text, icon, background } = await row.evaluate(rowColors);
      seen.add(background);
      // WCAG 2.1 AA: 4.5:1 for text, 3:1 for the graphics that carry meaning (the row's icon).
      assert.ok(contrast(text, background) >= 4.5, `${theme}: the label's ${text} on ${background} has contrast ${contrast(text, background).toFixed(2)}`);
      assert.ok(icon, `${theme}: the row has no icon`);
      assert.ok(contrast(icon, background) >= 3, `${theme}: the icon's ${icon} on ${background} has contrast ${contrast(icon, background).toFixed(2)}`);
      await wb.screenshot(`foundation-theme-${theme}`);
    }
    assert.equal(seen.size, 3, 'each theme paints the side bar its own colour (the theme did change)');
  });
});
