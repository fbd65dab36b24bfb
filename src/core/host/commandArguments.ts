/**
 * The boundary of every command (loaded with dist/commandArguments.js when the first command runs):
 * the arguments that arrived, parsed by core/commands/commandArguments.ts, or the message saying
 * what the command expects. The message names the command, what it expects, with an example, and
 * what it got instead, by type only (the value may be a secret pasted into the wrong command).
 */
import vscode = require('vscode');
import { EXAMPLE_IDS, parseCommandArguments, type ArgumentProblem, type Expected, type Received } from '../commands/commandArguments';
import { REF_FIELDS } from '../commands/argumentSchemas';
import type { CommandId } from '../commands/commandContract';
import type { EntryKind } from '../handbook/entryRef';
import type { HandbookIndex } from '../handbook/handbookIndex';
import { notificationText } from '../render/plainText';

const t = vscode.l10n.t;

/** A code lens passes a Uri; a script or keybinding may write one as a string with its scheme. */
function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value !== 'string') return undefined;
  try {
    return vscode.Uri.parse(value, true);
  } catch {
    return undefined;
  }
}

/** The arguments for the command's implementation, or the message to show instead of running it. */
export function checkCommandArguments(command: CommandId, received: readonly unknown[], index: HandbookIndex | undefined): { ok: true; args: unknown[] } | { ok: false; message: string } {
  const parsed = parseCommandArguments(command, received, { index, asUri });
  return parsed.ok ? parsed : { ok: false, message: argumentProblemText(parsed.problem) };
}

const kindNames = (): Record<EntryKind, string> => ({
  team: t('team'),
  procedure: t('procedure'),
  step: t('step'),
  template: t('template'),
  meeting: t('meeting'),
  channel: t('channel'),
  userGroup: t('user group'),
  guide: t('guide'),
});

/** `{ kind: "step", procedureId, stepId }`: the reference as a script writes it. */
const refShape = (kind: EntryKind) => `{ kind: "${kind}", ${REF_FIELDS[kind].join(', ')} }`;

function expectedText(expected: Expected): string {
  switch (expected.type) {
    case 'entry': {
      const names = kindNames();
      return expected.kinds.map((kind) => t('a {0} id such as "{1}" or {2}', names[kind], EXAMPLE_IDS[kind], refShape(kind))).join(t(', or '));
    }
    case 'searchText': return t('the text to search for, such as "escalation"');
    case 'fieldValues': return t('the values of the template\'s fields by field id, such as { "customer-name": "Acme" }');
    case 'document': return t('the URI of a document');
    case 'line': return t('a line number (0 for the first line)');
    case 'ticket': return t('a template id such as "{0}", {1}, or {2}', EXAMPLE_IDS.template, refShape('template'), '{ templateId, values }');
    case 'credential': return t('nothing (it asks), or {0}', '{ kind: "botToken" | "workflowWebhook" | "incomingWebhook", value, templateId }');
    case 'sentTicket': return t('the id of a sent ticket, or {0}', '{ kind: "sentTicket", sentId }');
  }
}

function receivedText(received: Received): string {
  switch (received) {
    case 'nothing': return t('nothing');
    case 'null': return t('null');
    case 'string': return t('a string');
    case 'number': return t('a number');
    case 'boolean': return t('true or false');
    case 'list': return t('a list');
    case 'object': return t('an object of another shape');
    case 'other': return t('a value of another type');
  }
}

/** An id shown in the message: as typed, cut short, and never a link. */
const shownId = (id: string) => notificationText(id.length > 80 ? `${id.slice(0, 80)}…` : id);

export function argumentProblemText(problem: ArgumentProblem): string {
  if (problem.problem === 'unknownId') {
    const names = kindNames();
    return t('CE Playbook: "{0}" was given "{1}", but the playbook has no {2} with that id. It expects {3}.', problem.command, shownId(problem.id), problem.kinds.map((k) => names[k]).join(t(' or ')), expectedText({ type: 'entry', kinds: problem.kinds }));
  }
  const expected = expectedText(problem.expected);
  const received = receivedText(problem.received);
  return problem.position === 0
    ? t('CE Playbook: "{0}" expects {1}; it was given {2}.', problem.command, expected, received)
    : t('CE Playbook: "{0}" expects as argument {1} {2}; it was given {3}.', problem.command, problem.position + 1, expected, received);
}
