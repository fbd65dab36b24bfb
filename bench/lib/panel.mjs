// The team panel against VS Code's own Markdown preview of the same handbook page, in one window
// (code-server + Chromium, CE Playbook under development, a workspace holding a copy of the page).
// Both are started from the command palette by clicking the command's row; the panel's command
// then shows its team quick pick, where "Sales" is clicked. The clock stops when the text is
// rendered in the webview's active content frame (polled every few ms, same wait for both).
//   markdown: click on "Markdown: Open Preview" (page open in the editor) -> "How CE adds value to sales"
//   panel:    click on "Sales" in the team pick -> "CEs are the right-hand team for Sales"
//             (also reported from the click on the command, which includes showing the pick)
// All editors are closed between samples, so each sample creates its webview anew.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { openWorkbench } from '../../scripts/lib/browser.mjs';
import { HANDBOOK_PAGE } from './paths.mjs';
import { closeAllEditors, nextPick, openFile, pick, waitForWebviewText, waitUntilReady } from '../../test/ui/workbenchDriver.mjs';

export const PANEL_COMMAND = 'CE Playbook: Open Team Intersection';
export const PANEL_TEXT = 'CEs are the right-hand team for Sales';
export const MARKDOWN_COMMAND = 'Markdown: Open Preview';
export const MARKDOWN_TEXT = 'How CE adds value to sales';

async function markdownSample(page, fileName) {
  await openFile(page, fileName);
  const row = await pick(page, { text: `>${MARKDOWN_COMMAND}`, label: MARKDOWN_COMMAND });
  const start = performance.now();
  await row.click();
  const seen = await waitForWebviewText(page, MARKDOWN_TEXT);
  return { ms: seen.visibleAt - start, frameMs: seen.firstFrameAt - start };
}

async function panelSample(page) {
  const row = await pick(page, { text: `>${PANEL_COMMAND}`, label: PANEL_COMMAND });
  const commandAt = performance.now();
  await row.click();
  const sales = await nextPick(page, 'Sales');
  const start = performance.now();
  await sales.click();
  const seen = await waitForWebviewText(page, PANEL_TEXT);
  return { ms: seen.visibleAt - start, frameMs: seen.firstFrameAt - start, fromCommandMs: seen.visibleAt - commandAt };
}

export async function measurePanel({ browser, extensionPath, samples, log = () => {} }) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-bench-panel-'));
  const fileName = path.basename(HANDBOOK_PAGE);
  fs.copyFileSync(HANDBOOK_PAGE, path.join(workspace, fileName));
  const logs = [];
  let server;
  let workbench;
  try {
    server = await startCodeServer({ workspace, settings: { 'git.openRepositoryInParentFolders': 'never', 'extensions.ignoreRecommendations': true } });
    workbench = await openWorkbench({ server, browser, folder: workspace, extensionDevelopmentPath: extensionPath, onLog: (type, text) => logs.push(`[${type}] ${text}`) });
    const { page } = workbench;
    await waitUntilReady(page);
    const results = { markdown: [], panel: [] };
    for (let i = 0; i < samples; i++) {
      for (const kind of i % 2 === 0 ? ['markdown', 'panel'] : ['panel', 'markdown']) {
        await closeAllEditors(page);
        const r = kind === 'markdown' ? await markdownSample(page, fileName) : await panelSample(page);
        results[kind].push(r);
        log(`sample ${i + 1}/${samples} ${kind}: ${r.ms.toFixed(0)} ms`);
      }
    }
    return results;
  } catch (err) {
    err.message += `\nWorkbench log (last lines):\n${logs.slice(-15).join('\n')}`;
    throw err;
  } finally {
    await workbench?.close().catch(() => {});
    await server?.stop().catch(() => {});
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
