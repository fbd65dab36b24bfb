import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FieldPrompt, PromptAnswer } from '../../src/features/templates/model/fillFlow';
import { api, closeAllEditors, waitFor, withAnswers } from './support';

describe('search, help guide, deep links and meeting dates (real extension host)', () => {
  afterEach(closeAllEditors);

  it('search finds any handbook word with its kind and team, and opening a result reveals its row and opens its team', async () => {
    const { search, tree, teamPages } = await api();
    const results = search.index().search('BambooHr');
    assert.equal(results[0]?.target.kind, 'step');
    assert.equal(results[0]?.label.includes('BambooHr'), true);
    const sdr = search.index().search('ce-sdr-collab')[0];
    assert.equal(sdr.kind, 'userGroup');
    assert.equal(sdr.teamId, 'sales');
    const workaround = search.index().search('workaround')[0];
    assert.equal(workaround.target.kind, 'step');
    await search.open(workaround);
    await waitFor(() => teamPages.get('customer-support'), 'the Customer Support page');
    // reveal() resolves before the view reports its new selection: wait for it rather than race it.
    await waitFor(() => tree.view.selection.some((n) => n.kind === 'step' && n.stepId === 'collaborate'), 'the step row revealed and selected');
  });

  for (const [answers, stepId, templateId] of [
    [[0, 0], 'engineer-assigned', undefined],
    [[0, 1], 'not-yet-assigned', 'support-ticket-context'],
    [[1], 'head-of-support', 'support-ticket-request'],
    [[2, 0], 'customer-asks-for-update', undefined],
    [[2, 1], 'more-help', undefined],
  ] as const) {
    it(`help guide: answers ${answers.join(' → ')} end at "${stepId}"`, async () => {
      const queue = [...answers];
      let offered: string[] = [];
      // "The customer is asking me for an update": the customer's sent tickets, then the handbook's steps.
      let update: { title: string; actions: string[] } | undefined;
      const result = await withAnswers({
        update: {
          pickTicket: async (title, choices) => { update = { title, actions: [] }; return choices.find((c) => !c.ticket); },
          chooseAction: async (_heading, _detail, actions) => { update!.actions = actions; return undefined; },
        },
        help: {
          askCustomerName: async () => 'Acme',
          askQuestion: async () => ({ kind: 'answer', index: queue.shift()! }),
          chooseAction: async (_g, _o, actions) => { offered = actions.map((a) => a.action.kind); return undefined; },
        },
      }, () => vscode.commands.executeCommand<{ outcome: { step: { id: string }; template?: { id: string }; userGroup?: { id: string } } }>('cePlaybook.getHelp'));
      assert.equal(result.outcome.step.id, stepId);
      assert.equal(result.outcome.template?.id, templateId);
      if (templateId) assert.deepEqual(offered.slice(0, 2), ['composeTicket', 'fillTemplate'], 'Compose first (the primary button), then Fill In');
      if (stepId === 'more-help' || stepId === 'customer-asks-for-update') {
        assert.equal(update?.title, 'Acme\'s sent tickets', 'the tickets of the customer named in the flow');
        // No ticket chosen: the message to @cs-leadership is still offered (first when more help is needed).
        assert.deepEqual(update.actions, ['Ask @cs-leadership in #customer-support…']);
        assert.deepEqual(offered, [], 'the update flow, not the outcome dialog');
      }
    });
  }

  it('help guide to a filled template: the customer name from the flow is carried into the form', async () => {
    const { templates } = await api();
    const asked: FieldPrompt[] = [];
    const answers: PromptAnswer[] = [{ kind: 'value', value: 'Acme' }, { kind: 'value', value: 'ZD-7' }, { kind: 'value', value: 'They have a workaround.' }];
    await templates.fillDeps.drafts.clear('support-ticket-context');
    await withAnswers({
      fill: {
        prompter: () => async (p) => { asked.push(p); return answers.shift() ?? { kind: 'cancel' }; },
        chooseAction: async () => ({ kind: 'copy', format: 'slack' }),
      },
      help: {
        askCustomerName: async () => 'Acme',
        askQuestion: (() => { const q = [0, 1]; return async () => ({ kind: 'answer' as const, index: q.shift()! }); })(),
        chooseAction: async (_g, _o, actions) => actions.find((a) => a.action.kind === 'fillTemplate')!.action,
      },
    }, () => vscode.commands.executeCommand('cePlaybook.getHelp'));
    assert.equal(asked[0].field.id, 'customer-name');
    assert.equal(asked[0].value, 'Acme', 'the name typed in the flow is pre-filled');
    assert.match(await vscode.env.clipboard.readText(), /^\*Support Ticket Context\*\n• \*Customer Name:\* Acme\n/);
  });

  it('links open the right panel; bad links get a message, not a crash; Copy Link makes them', async () => {
    const { deepLinks, teamPages } = await api();
    const link = await vscode.commands.executeCommand<string>('cePlaybook.copyLink', { kind: 'team', teamId: 'product' });
    assert.match(link, /^[a-z-]+:\/\/ce-tools\.ce-playbook\/team\/product$/);
    assert.equal(await deepLinks.handle(vscode.Uri.parse(link)), true);
    await waitFor(() => teamPages.get('product'), 'the Product page');
    for (const bad of ['vscode://ce-tools.ce-playbook/team/no-such-team', 'vscode://ce-tools.ce-playbook/nonsense/x', 'vscode://ce-tools.ce-playbook/team/%E0%A4%A', 'vscode://ce-tools.ce-playbook/']) {
      assert.equal(await deepLinks.handle(vscode.Uri.parse(bad)), false, bad);
    }
  });

  it('a meeting row shows its next date once a reference date is set, and says so before', async () => {
    const { tree } = await api();
    const row = () => tree.provider.getTreeItem(tree.provider.find('meeting:ce-sales-office-hours')!).description as string;
    const config = vscode.workspace.getConfiguration('cePlaybook');
    await config.update('meetings.referenceDates', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(() => row().includes('needs a reference date'), 'the row to ask for a reference date');
    try {
      await config.update('meetings.referenceDates', { 'ce-sales-office-hours': '2026-01-06' }, vscode.ConfigurationTarget.Global);
      await waitFor(() => /^bi-weekly on Tuesdays · (today|tomorrow|next .+)$/.test(row()), `a next date, got "${row()}"`);
    } finally {
      await config.update('meetings.referenceDates', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('Open in Slack without a workspace set opens nothing and copies nothing, and does not hold the command', async () => {
    const config = vscode.workspace.getConfiguration('cePlaybook');
    assert.equal(config.get('slack.workspaceUrl') || config.get('slack.teamId') || undefined, undefined, 'precondition: no Slack workspace set');
    await vscode.env.clipboard.writeText('untouched');
    // With a workspace set it would copy the channel's name and open Slack; here it only says what to set.
    await vscode.commands.executeCommand('cePlaybook.openChannel', { kind: 'channel', channelId: 'customer-support' });
    assert.equal(await vscode.env.clipboard.readText(), 'untouched');
  });
});
