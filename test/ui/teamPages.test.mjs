// UI: the team pages, driven as a user would (Chromium on code-server).
//   - click the CE Playbook activity-bar entry, click each team under "Teams", read the handbook's
//     own sentences (data/teams.yaml) in the visible panel;
//   - reach a panel button with the keyboard only (Tab, visible focus ring, Enter);
//   - screenshots of the tree and the Customer Support panel in the light, dark and both
//     high-contrast themes: test-results/screenshots/panel-<theme>.png (top of the panel) and
//     panel-<theme>-buttons.png (scrolled to its channels and templates), for a human to look at.
/* global document, getComputedStyle */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, it } from 'mocha';
import { parse } from 'yaml';
import { ROOT } from './workbench.mjs';
import { activeTabLabel, contrastOf, moveMouseAway, newMarkdownEditor, panelOf, THEMES, useWorkbench, VISIBLE_TIMEOUT, WEBVIEW_THEME_CLASS } from './helpers.mjs';

const TEAMS = parse(fs.readFileSync(path.join(ROOT, 'data', 'teams.yaml'), 'utf8')).teams;
const CS = TEAMS.find((t) => t.id === 'customer-support');




describe('UI team pages', function () {
  const workbench = useWorkbench();
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('opens each team from the tree and shows the handbook sentences of that team', async function () {
    assert.equal(TEAMS.length, 5, 'data/teams.yaml has the five teams');
    await wb.openActivity('CE Playbook');
    const teamsRow = wb.treeItem('Teams');
    await teamsRow.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await teamsRow.getAttribute('aria-expanded'), 'true', '"Teams" is expanded when the view opens');

    for (const team of TEAMS) {
      await wb.treeItem(team.name).click();
      const frame = await panelOf(wb, team);
      assert.equal(await activeTabLabel(wb), team.name, `the panel's tab is titled with the team name`);
      for (const part of [team.valueToTeam, team.collaboration]) {
        // The sentence sits in the section headed by its own label (a region named by its h2).
        const region = frame.getByRole('region', { name: part.label, exact: true });
        const sentence = region.getByText(part.text, { exact: true });
        await sentence.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).catch(async () => {
          const shown = await region.innerText({ timeout: 1000 }).catch(() => '(no such section)');
          throw new Error(`${team.name}: the section "${part.label}" does not show the sentence\n  ${part.text}\nIt shows:\n  ${shown}`);
        });
        assert.ok(await sentence.isVisible(), `${team.name}: "${part.text}" is visible`);
      }
    }
  });

  it('reaches "Insert Support Ticket Context" by Tab, shows a focus ring, and Enter inserts into the last editor', async function () {
    await newMarkdownEditor(wb);
    const editorTab = await activeTabLabel(wb);
    assert.match(editorTab ?? '', /^Untitled-\d+$/, 'an untitled editor is the last editor');

    await wb.openActivity('CE Playbook');
    await wb.treeItem(CS.name).click();
    const frame = await panelOf(wb, CS);
    // Put the keyboard focus into the panel's document (a click on the heading focuses no control).
    await frame.locator('h1').first().click();
    const target = 'Insert Support Ticket Context';
    const focusedLabel = () => frame.locator('body').evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    const seen = [];
    for (let i = 0; i < 40 && (await focusedLabel()) !== target; i++) {
      await wb.page.keyboard.press('Tab');
      seen.push(await focusedLabel());
    }
    const focus = await frame.locator('body').evaluate(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : undefined;
      return {
        tag: el?.tagName,
        label: el?.getAttribute('aria-label'),
        focusVisible: el?.matches(':focus-visible') ?? false,
        outlineStyle: style?.outlineStyle,
        outlineWidth: style?.outlineWidth,
        outlineColor: style?.outlineColor,
      };
    });
    assert.equal(focus.label, target, `Tab never reached the button; focus went through: ${JSON.stringify(seen)}`);
    assert.equal(focus.tag, 'BUTTON');
    assert.ok(focus.focusVisible, 'the button matches :focus-visible after keyboard navigation');
    assert.notEqual(focus.outlineStyle, 'none', `a visible focus outline (got ${JSON.stringify(focus)})`);
    assert.notEqual(focus.outlineWidth, '0px', `a focus outline with a width (got ${JSON.stringify(focus)})`);
    assert.notEqual(focus.outlineColor, 'rgba(0, 0, 0, 0)', `a focus outline with a colour (got ${JSON.stringify(focus)})`);

    const tabs = wb.page.locator('.part.editor .tab');
    const tabCount = await tabs.count();
    await wb.screenshot('panel-keyboard-focus');
    await wb.page.keyboard.press('Enter');
    const editorLine = wb.page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines', { hasText: 'Support Ticket Context' });
    await editorLine.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT }).catch(() => {
      throw new Error('Enter on the panel button did not bring an editor with "Support Ticket Context" to the front.');
    });
    // An untitled tab is named after its first line once it has text, so compare by count: the text
    // went into the last editor, brought to the front again, not into a new one.
    assert.equal(await tabs.count(), tabCount, 'no new editor was opened');
    assert.equal(await activeTabLabel(wb), '**Support Ticket Context**', 'the untitled editor, now named after its first line, is in front');
    const text = await wb.editorText();
    assert.ok(text.includes('**Support Ticket Context**'), `the editor has the Markdown title; it has:\n${text}`);
    assert.ok(text.includes('- **Customer Name:** '), `the editor has the first field; it has:\n${text}`);
    // Leave nothing selected or half-typed for the screenshots.
    await wb.page.keyboard.press('Escape');
  });

  it('saves screenshots of the expanded tree and the Customer Support panel in light, dark and high-contrast themes', async function () {
    for (const theme of THEMES) {
      await wb.setTheme(theme);
      await wb.openActivity('CE Playbook');
      for (const row of ['Teams', 'Processes', 'OOO Protocols', 'Slack channels and user groups']) await wb.expandTreeItem(row);
      await wb.treeItem(CS.name).click();
      const frame = await panelOf(wb, CS);
      // The webview follows the workbench theme (VS Code sets a class on its body).
      await frame.locator(`body.${WEBVIEW_THEME_CLASS[theme]}`).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT }).catch(async () => {
        const cls = await frame.locator('body').getAttribute('class');
        throw new Error(`The panel did not switch to ${theme}: its body has class "${cls}".`);
      });
      assert.ok(await wb.treeItem('1. Log time off request').isVisible(), `${theme}: the OOO steps are shown`);
      // Hover tooltips and the tree's hover highlight would cover parts of the picture.
      await moveMouseAway(wb);
      await frame.locator('body').evaluate(() => document.scrollingElement.scrollTo(0, 0));
      // What the picture shows, read from the page: the heading, readable (WCAG AA: 4.5:1), and the handbook's words.
      const heading = frame.locator('h1').first();
      assert.equal((await heading.textContent()).trim(), `CE and ${CS.name}`);
      const headingContrast = await contrastOf(heading);
      assert.ok(headingContrast >= 4.5, `${theme}: the heading's contrast is ${headingContrast.toFixed(2)}:1`);
      const sentence = frame.getByText(CS.valueToTeam.text, { exact: false }).first();
      assert.ok(await sentence.isVisible(), `${theme}: the handbook's sentence is on the page`);
      const textContrast = await contrastOf(sentence);
      assert.ok(textContrast >= 4.5, `${theme}: the text's contrast is ${textContrast.toFixed(2)}:1`);
      await wb.screenshot(`panel-${theme}`);
      // The same panel further down, where its buttons are (channels and templates).
      // Scrolling is immediate; the screenshot waits for the next paint.
      await frame.locator('#where').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await wb.screenshot(`panel-${theme}-buttons`);
      await frame.locator('body').evaluate(() => document.scrollingElement.scrollTo(0, 0));
    }
  });
});
