import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, editorWith, waitFor, untilReady, withAnswers } from './support';

const CONTEXT = 'support-ticket-context';

async function templatesCleared(templateId: string) {
  await (await api()).templates.fillDeps.drafts.clear(templateId);
}

describe('ticket composer page (real webviews)', function () {
  this.timeout(90_000);
  afterEach(closeAllEditors);
  beforeEach(async () => {
    const { templates, composer } = await api();
    // A page opened just before the last test ended may reach the tab list only now, and closing a
    // tab reaches the extension host a moment later: close again until no page is left.
    await waitFor(async () => { await closeAllEditors(); return composer.pages.openTemplates.length === 0; }, 'the pages of the last test to close');
    await templates.fillDeps.drafts.clear(CONTEXT);
  });

  it('opens with the values given: every field, the values, a strict CSP, and the webview says ready', async () => {
    const { composer, store } = await api();
    const opened = await vscode.commands.executeCommand<string>('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': 'Acme <Corp>', stray: 'ignored' } });
    assert.equal(opened, CONTEXT);
    const page = composer.pages.get(CONTEXT)!;
    assert.equal(page.panel.viewType, 'cePlaybook.composer');
    assert.equal(page.panel.title, 'Compose Support Ticket Context');
    const html = page.panel.webview.html;
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    for (const field of store.current.template(CONTEXT)!.fields) assert.ok(html.includes(`data-field="${field.id}"`), field.id);
    assert.ok(html.includes('value="Acme &lt;Corp&gt;"'), 'the given value, escaped');
    assert.ok(html.includes('• *Customer Name:* Acme &lt;Corp&gt;'), 'the preview shows it');
    assert.deepEqual(page.values, { 'customer-name': 'Acme <Corp>' });
    await untilReady(page);
  });

  it('autosaves what is typed to the fill-in form\'s draft store, and the fill-in form offers it', async () => {
    const { composer, templates } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const page = composer.pages.get(CONTEXT)!;
    await untilReady(page);
    await page.handleMessage({ type: 'change', values: { 'customer-name': 'Globex', background: 'Since Monday.' } });
    const draft = await waitFor(() => templates.fillDeps.drafts.get(CONTEXT), 'the autosaved draft');
    assert.deepEqual(draft, { templateId: CONTEXT, values: { 'customer-name': 'Globex', background: 'Since Monday.' }, step: 1 });

    // The fill-in form reads the same store: it offers to resume this very draft.
    let offered: unknown;
    await withAnswers({ fill: { askResume: async (_t, d) => { offered = d.values; return undefined; } } },
      () => vscode.commands.executeCommand('cePlaybook.fillTemplate', { kind: 'template', templateId: CONTEXT }));
    assert.deepEqual(offered, { 'customer-name': 'Globex', background: 'Since Monday.' });
  });

  it('restores the draft when the page is closed and composed again; a second open reveals it and applies values', async () => {
    const { composer } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': 'Initech' } });
    const first = composer.pages.get(CONTEXT)!;
    await first.handleMessage({ type: 'change', values: { 'customer-name': 'Initech', 'issue-link': 'ZD-42' } });
    first.panel.dispose();
    assert.equal(composer.pages.get(CONTEXT), undefined);

    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const second = composer.pages.get(CONTEXT)!;
    assert.notEqual(second, first);
    assert.deepEqual(second.values, { 'customer-name': 'Initech', 'issue-link': 'ZD-42' });
    assert.ok(second.panel.webview.html.includes('value="ZD-42"'));

    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { background: 'More.' } });
    assert.equal(composer.pages.get(CONTEXT), second, 'the same page');
    assert.deepEqual(composer.pages.openTemplates, [CONTEXT]);
    assert.deepEqual(second.values, { 'customer-name': 'Initech', 'issue-link': 'ZD-42', background: 'More.' });
  });

  it('Discard asks first: "no" keeps the draft, "yes" removes it from the store and empties the page', async () => {
    const { composer, templates } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': 'Umbrella' } });
    const page = composer.pages.get(CONTEXT)!;
    await page.saved;
    assert.ok(templates.fillDeps.drafts.get(CONTEXT), 'saved on open with values');
    const asked: string[] = [];
    await withAnswers({ composer: { confirmDiscard: async (t) => { asked.push(t.title); return false; } } },
      () => page.handleMessage({ type: 'action', action: 'discard', values: page.values }));
    assert.deepEqual(templates.fillDeps.drafts.get(CONTEXT)?.values, { 'customer-name': 'Umbrella' });
    await withAnswers({ composer: { confirmDiscard: async (t) => { asked.push(t.title); return true; } } },
      () => page.handleMessage({ type: 'action', action: 'discard', values: page.values }));
    assert.deepEqual(asked, ['Support Ticket Context', 'Support Ticket Context']);
    assert.equal(templates.fillDeps.drafts.get(CONTEXT), undefined);
    assert.deepEqual(page.values, {});
    assert.equal(page.lastStatus?.text, 'The draft of Support Ticket Context is discarded.');
  });

  it('Copy for Slack refuses while a required field is empty, then copies the Slack text', async () => {
    const { composer } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const page = composer.pages.get(CONTEXT)!;
    await vscode.env.clipboard.writeText('unchanged');
    await page.handleMessage({ type: 'action', action: 'copy', values: { 'customer-name': 'Acme' } });
    assert.equal(await vscode.env.clipboard.readText(), 'unchanged');
    assert.equal(page.lastStatus?.kind, 'error');
    assert.match(page.lastStatus!.text, /Not copied: Support Ticket Context is missing "Link to issue \(slack \/ GH \/ ZD ticket #\)", "Background information/);
    await page.handleMessage({ type: 'action', action: 'copy', values: { 'customer-name': 'Acme', 'issue-link': 'ZD-1', background: 'Two\nlines' } });
    assert.equal(await vscode.env.clipboard.readText(), '*Support Ticket Context*\n• *Customer Name:* Acme\n• *Link to issue (slack / GH / ZD ticket #):* ZD-1\n• *Background information or anything we should know that would be helpful?:* Two\n  lines\n');
  });

  it('Send refuses while a required field is empty, and keeps the draft', async () => {
    const { composer, templates } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const page = composer.pages.get(CONTEXT)!;
    await page.handleMessage({ type: 'action', action: 'send', values: { 'customer-name': 'Acme' } });
    assert.equal(page.lastStatus?.kind, 'error');
    assert.match(page.lastStatus!.text, /^Not sent: Support Ticket Context is missing /);
    await page.saved;
    assert.deepEqual(templates.fillDeps.drafts.get(CONTEXT)?.values, { 'customer-name': 'Acme' });
  });

  it('Insert into Editor puts the filled-in template into the editor the CE was in', async () => {
    const { composer } = await api();
    const editor = await editorWith('Notes\n');
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': 'Hooli' } });
    const page = composer.pages.get(CONTEXT)!;
    // The button is in the page: a CE can press it only once the page has loaded.
    await untilReady(page);
    await page.handleMessage({ type: 'action', action: 'insert', values: { 'customer-name': 'Hooli', 'issue-link': 'GH-9' } });
    await waitFor(() => editor.document.getText().includes('- **Customer Name:** Hooli'), 'the template in the editor');
    assert.ok(editor.document.getText().startsWith('Notes\n**Support Ticket Context**\n'));
  });

  it('ignores malformed messages, and the serializer restores a page from its state with the draft', async () => {
    const { composer, templates } = await api();
    await templates.fillDeps.drafts.set({ templateId: CONTEXT, values: { 'customer-name': 'Restored Co' }, step: 1 });
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const page = composer.pages.get(CONTEXT)!;
    for (const bad of [null, { type: 'action', action: 'runCommand', values: {} }, { type: 'change', values: { 'customer-name': 7 } }]) await page.handleMessage(bad);
    assert.deepEqual(page.values, { 'customer-name': 'Restored Co' });
    page.panel.dispose();

    const raw = vscode.window.createWebviewPanel('cePlaybook.composer', 'restored', vscode.ViewColumn.Active);
    await composer.pages.deserializeWebviewPanel(raw, { templateId: CONTEXT });
    const restored = composer.pages.get(CONTEXT)!;
    assert.equal(restored.panel, raw);
    assert.ok(raw.webview.html.includes('value="Restored Co"'));
    await untilReady(restored, 'restored webview ready');
    const junk = vscode.window.createWebviewPanel('cePlaybook.composer', 'junk', vscode.ViewColumn.Active);
    let disposed = false;
    junk.onDidDispose(() => { disposed = true; });
    await composer.pages.deserializeWebviewPanel(junk, { templateId: 42 });
    assert.ok(disposed, 'a page with a bad state is closed');
  });

  it('opens pre-filled from the help guide\'s primary action, with the customer name', async () => {
    const { composer } = await api();
    await withAnswers({ help: {
      askCustomerName: async () => 'Acme Corp',
      askQuestion: (() => { const q = [0, 1]; return async () => ({ kind: 'answer' as const, index: q.shift()! }); })(),
      chooseAction: async (_g, _o, actions) => actions[0].action,
    } }, () => vscode.commands.executeCommand('cePlaybook.getHelp'));
    const page = await waitFor(() => composer.pages.get(CONTEXT), 'the composer page');
    assert.deepEqual(page.values, { 'customer-name': 'Acme Corp' });
  });

  it('opens pre-filled from a draft block\'s "Compose…" code lens', async () => {
    const { composer } = await api();
    const editor = await editorWith('**Support Ticket Context**\n- **Customer Name:** Lens Co\n- **Link to issue (slack / GH / ZD ticket #):** ZD-5\n- **Background information or anything we should know that would be helpful?:**\n');
    const lens = await waitFor(async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      return lenses?.find((l) => l.command?.command === 'cePlaybook.composeTicket');
    }, 'the Compose… lens');
    assert.equal(lens.command!.title, '$(comment-discussion) Compose…');
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const page = await waitFor(() => composer.pages.get(CONTEXT), 'the composer page');
    assert.deepEqual(page.values, { 'customer-name': 'Lens Co', 'issue-link': 'ZD-5' });
  });

  it('opens from the team page\'s Compose button', async () => {
    const { composer, teamPages } = await api();
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'customer-support' });
    const team = teamPages.get('customer-support')!;
    await team.handleMessage({ type: 'action', action: 'composeTicket', id: 'support-ticket-request' });
    const page = await waitFor(() => composer.pages.get('support-ticket-request'), 'the composer page');
    assert.equal(page.panel.title, 'Compose Support Ticket Request');
    await templatesCleared('support-ticket-request');
  });
  it('says where Send delivers, from the template\'s delivery data', async () => {
    const { composer, store } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const page = composer.pages.get(CONTEXT)!;
    assert.ok(page.panel.webview.html.includes('Goes to #customer-support'));
    const original = store.current.handbook;
    const changed = structuredClone(original);
    changed.templates.find((t) => t.id === CONTEXT)!.delivery = { mode: 'workflowWebhook' };
    try {
      store.replace(changed);
      await waitFor(() => page.panel.webview.html.includes('Goes to your team&#39;s Slack workflow'), 'the page to follow the data');
    } finally {
      store.replace(original);
    }
  });

  it('a page saved as a reply in a thread by an older version restores as a new ticket (well-formed thread or not)', async () => {
    const { composer } = await api();
    for (const thread of [{ channel: 'C0123ABC', ts: '1700000000.000100' }, { channel: 'C1', ts: 'not a ts' }]) {
      await waitFor(async () => { await closeAllEditors(); return composer.pages.openTemplates.length === 0; }, 'the page to close');
      const raw = vscode.window.createWebviewPanel('cePlaybook.composer', 'restored', vscode.ViewColumn.Active);
      await composer.pages.deserializeWebviewPanel(raw, { templateId: CONTEXT, thread });
      const page = composer.pages.get(CONTEXT);
      assert.ok(page, `restored, not closed: ${JSON.stringify(thread)}`);
      assert.equal(page.panel, raw);
      await untilReady(page, 'restored webview ready');
      assert.equal(page.panel.title, 'Compose Support Ticket Context');
      assert.deepEqual(page.state, { templateId: CONTEXT }, 'saved again without the thread');
      const state = /data-state="([^"]*)"/.exec(page.panel.webview.html)?.[1] ?? '';
      assert.ok(state.includes(CONTEXT) && !state.includes('thread'), state);
      assert.ok(!/thread-banner|A reply in the thread/.test(page.panel.webview.html), 'no reply banner');
    }
  });

  it('every open is a new ticket: a script\'s thread is ignored like any other opener\'s lack of one', async () => {
    const { composer } = await api();
    const thread = { channel: 'C0123ABC', ts: '1700000000.000100' };
    const openers: Array<[string, unknown]> = [
      ['an old script with a thread', { templateId: CONTEXT, thread }],
      ['an old script with values and a thread', { templateId: CONTEXT, values: { 'customer-name': 'Globex' }, thread }],
      ['a tree row or a team page\'s Compose…', { kind: 'template', templateId: CONTEXT }],
      ['the help guide, a code lens or a tool', { templateId: CONTEXT, values: { 'customer-name': 'Globex' } }],
      ['a script with the id only', CONTEXT],
    ];
    for (const [opener, args] of openers) {
      await vscode.commands.executeCommand('cePlaybook.composeTicket', args);
      const page = composer.pages.get(CONTEXT)!;
      assert.ok(page, opener);
      assert.equal(page.panel.title, 'Compose Support Ticket Context', opener);
      assert.deepEqual(page.state, { templateId: CONTEXT }, opener);
      assert.ok(page.panel.webview.html.includes('Goes to #customer-support'), `${opener}: the template's channel`);
      assert.ok(!/thread-banner|A reply in the thread/.test(page.panel.webview.html), `${opener}: no reply banner`);
    }
  });
});
