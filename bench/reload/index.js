// Runs INSIDE the extension host, loaded through `extensionTestsPath` by bench/lib/reload.mjs, in a
// window on a workspace with 10,000 generated teams in 20 `.ce-playbook/` files and CE Playbook
// under development. It opens the CE Playbook view (so the tree is live), lets the first load finish,
// then times `executeCommand('cePlaybook.reloadData')`, which resolves once the data is loaded and
// shown: the diagnostics set and the tree told. Samples alternate between nothing changed and one
// file changed (a sentence of one team edited on disk just before the command). Prints one
// machine-readable line, read by the outer script through codeAutomationLog. Plain JavaScript.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { startProfile } = require('../lib/hostProfile.js');

const MARKER = 'CE_PLAYBOOK_BENCH_RELOAD';
const ID = process.env.CE_PLAYBOOK_BENCH_ORDER || 'ce-tools.ce-playbook';
const SAMPLES = Number(process.env.CE_PLAYBOOK_BENCH_SAMPLES || 11);
/** The file watcher reloads 300 ms after a save: let it pass before the next sample. */
const BETWEEN_MS = 1200;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One round trip to the workbench (the renderer) and back: setContext runs there. */
async function roundTrip() {
  await vscode.commands.executeCommand('setContext', 'cePlaybookBench.probe', performance.now());
}

/** Edits one sentence of the middle file on disk: a change of content the reload must show. */
function editOneFile(dir, n) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const file = path.join(dir, files[files.length >> 1]);
  const text = fs.readFileSync(file, 'utf8');
  const edited = text.replace(/answers questions from CEs and other teams\.( Edit \d+\.)?/, `answers questions from CEs and other teams. Edit ${n}.`);
  if (edited === text) throw new Error(`no sentence to edit in ${file}`);
  fs.writeFileSync(file, edited);
}

async function sample(kind, dir, n, profiled) {
  let diagnosticEvents = 0;
  const listening = vscode.languages.onDidChangeDiagnostics((e) => { diagnosticEvents += e.uris.length; });
  try {
    if (kind === 'changed') editOneFile(dir, n);
    // Only the timed window is profiled: what runs until the command resolves, nothing after it.
    const profile = profiled ? await startProfile(`reload-${kind}-`) : undefined;
    const start = performance.now();
    await vscode.commands.executeCommand('cePlaybook.reloadData');
    const ms = performance.now() - start;
    await profile?.stop(String(n));
    // What the reload set off in the workbench (the tree asks for its rows when told of a change):
    // two round trips, so whatever the workbench sends back in reply is handled too.
    await roundTrip();
    await roundTrip();
    const settledMs = performance.now() - start;
    return { kind, ms, settledMs, diagnosticEvents, profiled };
  } finally {
    listening.dispose();
  }
}

async function run() {
  const result = { id: ID, unchanged: [], changed: [] };
  try {
    const extension = vscode.extensions.getExtension(ID);
    if (!extension) throw new Error(`${ID} is not loaded`);
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('no workspace folder');
    const dir = path.join(folder.uri.fsPath, '.ce-playbook');
    await extension.activate();
    // The view shown, so the tree provider exists and refreshes for real.
    await vscode.commands.executeCommand('workbench.view.extension.cePlaybook');
    const firstStart = performance.now();
    await vscode.commands.executeCommand('cePlaybook.reloadData'); // waits for the first load too
    result.firstLoadMs = performance.now() - firstStart;
    // Warm-up: both kinds once, untimed.
    await sample('unchanged', dir, 0);
    await sleep(BETWEEN_MS);
    await sample('changed', dir, 0);
    await sleep(BETWEEN_MS * 2);
    const profiled = Boolean(process.env.CE_PLAYBOOK_BENCH_PROFILE);
    for (let i = 0; i < SAMPLES * 2; i++) {
      const kind = i % 2 === 0 ? 'unchanged' : 'changed';
      result[kind].push(await sample(kind, dir, i + 1, profiled));
      await sleep(BETWEEN_MS);
    }
  } catch (err) {
    result.error = String(err && err.stack || err);
  }
  console.log(`${MARKER} ${JSON.stringify(result)}`);
  if (result.error) throw new Error(result.error);
}

module.exports = { run };
