import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, notificationsDuring, waitFor } from './support';

describe('commands run with plain JSON (keybindings, links, other extensions)', () => {
  afterEach(async () => {
    // A command that took what it got for nothing asks instead, in a quick pick nobody answers.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
  });

  it('openChannel with "customer-support" opens that channel (here: says what to set to open #customer-support)', async () => {
    const config = vscode.workspace.getConfiguration('cePlaybook');
    assert.equal(config.get('slack.workspaceUrl') || config.get('slack.teamId') || undefined, undefined, 'precondition: no Slack workspace set');
    const shown = await notificationsDuring(() => Promise.resolve(vscode.commands.executeCommand('cePlaybook.openChannel', 'customer-support')));
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.equal(shown[0].level, 'info');
    assert.match(shown[0].text, /^To open #customer-support in Slack, set "cePlaybook\.slack\.workspaceUrl"/);
  });

  it('openIntersection with "sales" opens the Sales page', async () => {
    const { teamPages } = await api();
    const running = vscode.commands.executeCommand('cePlaybook.openIntersection', 'sales');
    try {
      const page = await waitFor(() => teamPages.get('sales'), 'the Sales page');
      assert.equal(page.panel.title, 'Sales');
      assert.equal(await running, 'sales');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('a number, a wrong object or an unknown id gets an error naming the command and what it expects; nothing throws', async () => {
    const cases: Array<{ command: string; args: unknown[]; says: RegExp }> = [
      { command: 'cePlaybook.openChannel', args: [42], says: /^CE Playbook: "cePlaybook\.openChannel" expects a channel id such as "customer-support" or \{ kind: "channel", channelId \}; it was given a number\.$/ },
      { command: 'cePlaybook.openIntersection', args: [{ kind: 'team', teamId: 7 }], says: /^CE Playbook: "cePlaybook\.openIntersection" expects a team id such as "sales" or \{ kind: "team", teamId \}; it was given an object/ },
      { command: 'cePlaybook.openChannel', args: ['no-such-channel'], says: /^CE Playbook: "cePlaybook\.openChannel" was given "no-such-channel", but the playbook has no channel with that id\./ },
      { command: 'cePlaybook.fillTemplate', args: ['support-ticket-request', ['Acme']], says: /^CE Playbook: "cePlaybook\.fillTemplate" expects as argument 2 the values of the template's fields/ },
    ];
    for (const c of cases) {
      let outcome: unknown = 'not run';
      const shown = await notificationsDuring(async () => {
        outcome = await vscode.commands.executeCommand(c.command, ...c.args).then((value) => value, (error: unknown) => `rejected: ${String(error)}`);
      });
      assert.equal(outcome, undefined, `${c.command} ${JSON.stringify(c.args)}`);
      assert.deepEqual(shown.map((s) => s.level), ['error'], `${c.command} ${JSON.stringify(c.args)}: ${JSON.stringify(shown)}`);
      assert.match(shown[0].text, c.says);
    }
  });
});
