// A compose link (the MCP server's draftTicket gives one to any assistant) opens the composer
// pre-filled in the real extension host: it never sends, names the values it left out, and asks
// before it replaces values of a draft the CE already has.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { composeLink } from '../../src/features/deepLinks/model/composeLink';
import { api, closeAllEditors, EXTENSION_ID, notificationsDuring, waitFor } from './support';

const CONTEXT = 'support-ticket-context';
const linkTo = (values: Record<string, string>, templateId = CONTEXT) => vscode.Uri.parse(composeLink(EXTENSION_ID, templateId, values)!);

describe('compose links (an assistant\'s draft opened for the CE)', () => {
  beforeEach(async () => {
    const { templates, composer } = await api();
    await waitFor(async () => { await closeAllEditors(); return composer.pages.openTemplates.length === 0; }, 'the pages of the last test to close');
    await templates.fillDeps.drafts.clear(CONTEXT);
  });
  afterEach(closeAllEditors);

  it('opens the composer with the link\'s values (& = % and newlines intact), sends nothing, and names a field the template lacks', async () => {
    const { composer, deepLinks } = await api();
    const values = { 'customer-name': 'Acme & Sons = 100%', background: 'Deploys fail\nsince 5.2.' };
    const shown = await notificationsDuring(async () => assert.equal(await deepLinks.handle(linkTo({ ...values, severity: 'P1' })), true));
    const page = await waitFor(() => composer.pages.get(CONTEXT), 'the composer page');
    assert.deepEqual(page.values, values);
    assert.deepEqual(shown.map((n) => [n.level, n.text]), [['warning', 'The link had values for fields that Support Ticket Context does not have, so they were left out: severity.']]);
    assert.equal(page.panel.title, 'Compose Support Ticket Context', 'a new ticket, not a reply in a thread');
  });

  it('asks before replacing values of the CE\'s draft: Cancel keeps the draft, Replace takes the link\'s', async () => {
    const { composer, deepLinks, templates } = await api();
    await templates.fillDeps.drafts.set({ templateId: CONTEXT, values: { 'customer-name': 'Globex', background: 'Typed by the CE.' }, step: 2 });
    const link = linkTo({ 'customer-name': 'Initech' });
    const cancelled = await notificationsDuring(async () => assert.equal(await deepLinks.handle(link), false));
    assert.equal(cancelled.length, 1);
    assert.match(cancelled[0].text, /^Your draft of Support Ticket Context already has other values for Customer Name\. Replace them with the link's\?$/);
    assert.equal(composer.pages.get(CONTEXT), undefined, 'nothing opened');
    assert.deepEqual(templates.fillDeps.drafts.get(CONTEXT)?.values, { 'customer-name': 'Globex', background: 'Typed by the CE.' });

    await notificationsDuring(async () => assert.equal(await deepLinks.handle(link), true), (n) => n.items.find((i) => i === 'Replace'));
    const page = await waitFor(() => composer.pages.get(CONTEXT), 'the composer page');
    assert.deepEqual(page.values, { 'customer-name': 'Initech', background: 'Typed by the CE.' }, 'the link\'s value replaces, the other value stays');
  });

  it('a malformed compose link or one for a template that is not in the playbook gets an error, nothing opens', async () => {
    const { composer, deepLinks } = await api();
    const bad = [
      vscode.Uri.parse(`vscode://${EXTENSION_ID}/compose/${CONTEXT}?values=not*base64`),
      vscode.Uri.parse(`vscode://${EXTENSION_ID}/compose`),
      linkTo({}, 'no-such-template'),
    ];
    const shown = await notificationsDuring(async () => {
      for (const uri of bad) assert.equal(await deepLinks.handle(uri), false, uri.toString());
    });
    assert.deepEqual(shown.map((n) => n.level), ['error', 'error', 'error']);
    assert.match(shown[0].text, /This CE Playbook link cannot be opened: The link's values are not valid base64url/);
    assert.match(shown[2].text, /points to a template "no-such-template" that is not in the playbook/);
    assert.equal(composer.pages.openTemplates.length, 0);
  });
});
