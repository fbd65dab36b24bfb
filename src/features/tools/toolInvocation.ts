/**
 * What a playbook language model tool does when the model calls it (loaded on first use): run the
 * tool core on the data the extension shows (merged with the team's files, trust respected), and
 * for the one tool that opens an editor, ask the user first.
 */
import vscode = require('vscode');
import type { ToolContext } from './model/context';
import { toolDefinition, type ToolInput } from './model/definitions';
import type { DraftData } from './model/drafts';
import { markdownText } from '../../core/render/plainText';
import { runTool } from './model/run';
import { readSentTickets, SENT_TICKETS_KEY } from '../slack/model/sentTickets';
import { readStatusCache, TICKET_STATUS_KEY } from '../slack/model/statusCache';
import { executeCommand } from '../../core/host/commands';
import type { LmToolsDeps } from './deps';

const t = vscode.l10n.t;

export function toolContext(deps: LmToolsDeps): ToolContext {
  const state = deps.sentState;
  return {
    index: deps.store.current,
    origins: deps.store.status.origins,
    // The session's problems as the store carries them: the Problems panel is made from the same list.
    problems: deps.store.status.problems,
    // The sent tickets' store as the "Sent tickets" rows read it; the tools never read Slack themselves.
    ...(state ? { sentTickets: {
      tickets: readSentTickets(state.get(SENT_TICKETS_KEY)),
      statuses: readStatusCache(state.get(TICKET_STATUS_KEY)),
      reactionsFor: (id: string) => deps.store.current.template(id)?.delivery?.statusReactions,
    } } : {}),
  };
}

const textResult = (text: string) => new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);

/** Customer data is the team's: the CE says yes before the chat model gets it (VS Code offers "always allow"). */
function customerConfirmation(title: string, input: unknown): vscode.PreparedToolInvocation {
  const { customer } = (input ?? {}) as { customer?: unknown };
  const message = typeof customer === 'string'
    ? t('Give the chat model the account of "{0}" from your team\'s data files (account team, plan, channel, links, notes)?', markdownText(customer.slice(0, 200)))
    : t('Give the chat model the names of your team\'s customers from its data files?');
  return {
    invocationMessage: t('CE Playbook: {0}', title),
    confirmationMessages: { title: t('Share customer data with the chat model?'), message: new vscode.MarkdownString(message) },
  };
}

export function prepareInvocation(name: string, input: unknown, deps: LmToolsDeps): vscode.PreparedToolInvocation {
  const definition = toolDefinition(name);
  if (definition?.name === 'listCustomers' || definition?.name === 'getCustomer') return customerConfirmation(definition.title, input);
  if (definition?.name !== 'openDraft') return { invocationMessage: t('CE Playbook: {0}', definition?.title ?? name) };
  const { templateId, in: where } = (input ?? {}) as { templateId?: unknown; in?: unknown };
  const template = typeof templateId === 'string' ? deps.store.current.template(templateId) : undefined;
  const title = template?.title ?? t('ticket');
  const message = where === 'editor' ? t('Open a draft {0} in a new editor, to finish it there?', title) : t('Open a draft {0} in the ticket composer, to finish and send it there?', title);
  return {
    invocationMessage: t('Opening a draft {0}', title),
    confirmationMessages: { title: t('Open a ticket draft?'), message: new vscode.MarkdownString(message) },
  };
}

export async function invoke(name: string, input: unknown, deps: LmToolsDeps): Promise<vscode.LanguageModelToolResult> {
  const result = runTool(name, input, toolContext(deps));
  if (!result.ok) return textResult(`Error: ${result.error}`);
  if (toolDefinition(name)?.name === 'openDraft') {
    const draft = result.data as DraftData;
    const request = input as ToolInput<'openDraft'>;
    if (request.in !== 'editor') {
      await executeCommand('cePlaybook.composeTicket', { templateId: draft.template.id, values: request.values ?? {} });
      return textResult(`Opened the draft ${draft.template.title} in the ticket composer for the user to finish and send.\n\n${result.text}`);
    }
    const document = await vscode.workspace.openTextDocument({ language: draft.format === 'markdown' ? 'markdown' : 'plaintext', content: draft.ticket });
    await vscode.window.showTextDocument(document);
    return textResult(`Opened the draft ${draft.template.title} in a new editor for the user to finish.\n\n${result.text}`);
  }
  return textResult(result.text);
}
