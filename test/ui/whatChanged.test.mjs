// UI: "What changed" as a CE meets it. The team's data file changes on disk (as after a pull), the
// tree shows a "What changed" row, its page lists the changes with old and new text (a long text
// in the diff editor), a team page marks the changed section, and Mark as Seen clears it all.
// Screenshots of the page in the light, dark and high-contrast themes:
// test-results/screenshots/what-changed-<theme>.png; the revisions page: compare-revisions.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, it } from 'mocha';
import { activeTabLabel, useWorkbench, visiblePanel, VISIBLE_TIMEOUT } from './helpers.mjs';

const THEMES = ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast'];
const NEW_VALUE = 'CEs help marketing tell customer stories that engineers recognize, from first evaluation to production, and bring back what customers say about the launch.';
const PULLED = `teams:
  - id: marketing
    valueToTeam:
      text: "${NEW_VALUE}"
channels:
  - id: feedback
    description: "Where CEs share customer feedback with product and design."
`;

/** Waits until the visible webview's h1 is `title` and returns its frame. */
async function pageTitled(wb, title) {
  const deadline = Date.now() + VISIBLE_TIMEOUT;
  for (;;) {
    const frame = visiblePanel(wb);
    const h1 = await frame.locator('h1').first().textContent({ timeout: 1000 }).catch(() => undefined);
    if (h1?.trim() === title) return frame;
    if (Date.now() > deadline) throw new Error(`No page titled "${title}" (last seen: ${JSON.stringify(h1)}).`);
    await wb.page.waitForTimeout(100);
  }
}

describe('UI what changed', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('after a data file changed: the row, the page with old and new text in every theme, the diff editor, the marked facet, Mark as Seen', async function () {
    await wb.openActivity('CE Playbook');
    await wb.treeItem('Teams').waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    // Once a reload has finished, the first run has recorded what this user sees (silently).
    await wb.runCommand('CE Playbook: Reload Data');
    await wb.page.locator('.part.statusbar', { hasText: 'CE Playbook data reloaded.' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await wb.treeItem('What changed').count(), 0, 'no "What changed" row on the first run');

    fs.mkdirSync(path.join(wb.workspace, '.ce-playbook'), { recursive: true });
    fs.writeFileSync(path.join(wb.workspace, '.ce-playbook', 'pulled.yaml'), PULLED);
    // The file watcher reloads too, but may miss a folder created this moment: reload as a user can.
    await wb.runCommand('CE Playbook: Reload Data');
    const row = wb.treeItem('What changed');
    await row.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.match(await row.innerText(), /2 entries changed/);
    await wb.screenshot('what-changed-tree');

    await row.click();
    let frame = await pageTitled(wb, 'What changed');
    assert.equal(await activeTabLabel(wb), 'What changed');
    const marketing = frame.locator('article.entry', { hasText: 'Team: Marketing' });
    await marketing.locator('.old', { hasText: 'CEs help ensure marketing material is relevant' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.ok(await marketing.locator('.new', { hasText: NEW_VALUE }).isVisible());
    assert.ok(await frame.locator('article.entry', { hasText: 'Slack channel: #feedback' }).locator('.new', { hasText: 'product and design.' }).isVisible());
    for (const theme of THEMES) {
      await wb.setTheme(theme);
      frame = await pageTitled(wb, 'What changed');
      assert.ok(await frame.locator('.new', { hasText: NEW_VALUE }).isVisible(), `the new text shows in ${theme}`);
      await wb.screenshot(`what-changed-${theme}`);
    }
    await wb.setTheme('Default Light Modern');

    // The long value statement opens in VS Code's diff editor.
    frame = await pageTitled(wb, 'What changed');
    await frame.getByRole('button', { name: 'Compare "valueToTeam.text" of Marketing in the diff editor' }).click();
    await wb.page.locator('.part.editor .tab.active', { hasText: 'valueToTeam.text of Marketing' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    // One sentence per line on each side, the changed ones highlighted.
    await wb.page.locator('.part.editor .monaco-diff-editor .editor.modified .view-lines', { hasText: 'from first evaluation to production,' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await wb.page.locator('.part.editor .monaco-diff-editor .editor.original .view-lines', { hasText: 'relevant and valuable to engineers' }).waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await wb.screenshot('what-changed-diff-editor');

    // The team page marks the section that changed.
    await wb.expandTreeItem('Teams');
    await wb.treeItem('Marketing').click();
    const teamPage = await pageTitled(wb, 'CE and Marketing');
    const section = teamPage.getByRole('region', { name: /How CE adds value to marketing/ });
    assert.ok(await section.locator('.changed-badge', { hasText: 'Changed' }).isVisible(), 'the changed facet is marked');
    assert.equal(await teamPage.locator('.changed-badge').count(), 1, 'only that facet');
    await wb.screenshot('what-changed-team-page');

    // Mark as Seen: the page says so, the row and the mark go.
    await row.click();
    frame = await pageTitled(wb, 'What changed');
    await frame.getByRole('button', { name: 'Mark as Seen' }).click();
    await frame.getByText('Nothing has changed since you last looked.').waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await row.waitFor({ state: 'detached', timeout: VISIBLE_TIMEOUT });
  });

  it('Compare Handbook Revisions shows the renamed support section, the SDR route and the moved steps', async function () {
    await wb.runCommand('CE Playbook: Compare Handbook Revisions');
    const frame = await pageTitled(wb, 'Handbook revisions');
    const support = frame.locator('article.entry', { hasText: 'Team: Customer Support (CS)' });
    await support.locator('.old', { hasText: 'Customer Support Engineers (CSEs)' }).first().waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.ok(await frame.locator('article.entry', { hasText: 'Team: Sales' }).getByText('routes[sdr-questions].text').isVisible());
    assert.ok(await frame.getByText('steps[head-of-support].text').isVisible());
    assert.equal(await frame.getByRole('button', { name: 'Mark as Seen' }).count(), 0);
    assert.ok(await frame.getByRole('heading', { name: /^Only on the earlier page/ }).isVisible(), 'what the later page does not cover is not called removed');
    await wb.page.mouse.move(900, 700); // no tab tooltip over the page
    await wb.page.locator('.workbench-hover, .monaco-hover').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    await wb.screenshot('compare-revisions');
  });
});
