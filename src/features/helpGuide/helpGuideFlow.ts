/**
 * "I need help with a customer issue": a guided flow of quick picks that follows the handbook's
 * procedure for engaging support (questions and outcomes are data) to the action it prescribes.
 * Loaded on first use (see register.ts).
 */
import vscode = require('vscode');
import { answerPickItems } from '../../core/render/pickItems';
import { runGuide, type GuideAnswerChoice, type GuideOutcome } from './model/helpGuideSteps';
import { customerPickItems, customerPickItemsFor, type CustomerPickItem, type CustomerPickLabels } from '../customers/model/customerPick';
import type { Customer, Guide, GuideNode } from '../../core/schema/schema';
import type { HandbookStore } from '../data/handbookStore';
import { executeCommand } from '../../core/host/commands';
import { entryRef } from '../../core/handbook/entryRef';
import { myName } from '../../core/host/me';

const t = vscode.l10n.t;

export type OutcomeAction =
  | { kind: 'composeTicket'; templateId: string }
  | { kind: 'fillTemplate'; templateId: string }
  | { kind: 'copyTemplate'; templateId: string }
  | { kind: 'openChannel'; channelId: string }
  | { kind: 'copyName'; userGroupId: string }
  | { kind: 'openTeam'; teamId: string };

/**
 * The steps of the handbook's procedure (data/procedures.yaml) where the customer asks the CE for an
 * update: the flow goes on with that customer's sent tickets (features/reply/updateFlow.ts).
 */
const UPDATE_STEPS: ReadonlySet<string> = new Set(['customer-asks-for-update', 'more-help']);

/** What the customer picker offers: the team's customers as items (my accounts first). */
export interface CustomerChoices {
  items: CustomerPickItem[];
  customers: readonly Customer[];
}

export interface HelpGuideDeps {
  /** The customer's name ('' for none), or undefined when the CE cancels. */
  askCustomerName(guide: Guide, choices: CustomerChoices): Promise<string | undefined>;
  askQuestion(guide: Guide, node: GuideNode, depth: number): Promise<GuideAnswerChoice>;
  chooseAction(guide: Guide, outcome: GuideOutcome, actions: Array<{ label: string; action: OutcomeAction }>): Promise<OutcomeAction | undefined>;
}

function quickPickQuestion(guide: Guide, node: GuideNode, depth: number): Promise<GuideAnswerChoice> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { index: number }>();
    pick.title = guide.title;
    pick.placeholder = node.question;
    pick.items = answerPickItems(node).map(({ value, ...item }) => ({ ...item, index: value }));
    pick.buttons = depth > 0 ? [vscode.QuickInputButtons.Back] : [];
    pick.ignoreFocusOut = true;
    let done = false;
    const finish = (choice: GuideAnswerChoice) => { if (!done) { done = true; resolve(choice); pick.hide(); } };
    pick.onDidAccept(() => { const item = pick.selectedItems[0]; if (item) finish({ kind: 'answer', index: item.index }); });
    pick.onDidTriggerButton((b) => { if (b === vscode.QuickInputButtons.Back) finish({ kind: 'back' }); });
    pick.onDidHide(() => { finish({ kind: 'cancel' }); pick.dispose(); });
    pick.show();
  });
}

/** The outcome: the handbook's step in full, and its actions as buttons. */
async function modalOutcome(_guide: Guide, outcome: GuideOutcome, actions: Array<{ label: string; action: OutcomeAction }>): Promise<OutcomeAction | undefined> {
  // The heading names the situation; the handbook's sentence is the body, shown once.
  const { step, procedure } = outcome;
  const heading = step.label ?? procedure.title;
  const choice = await vscode.window.showInformationMessage(heading, { modal: true, detail: step.text }, ...actions.map((a) => a.label));
  return actions.find((a) => a.label === choice)?.action;
}

const pickLabels: CustomerPickLabels = {
  myAccount: t('My account'),
  useTyped: (typed) => t('Use "{0}"', typed),
  notInData: t('not in your team\'s customers'),
  withoutCustomer: t('Continue without a customer name'),
};


export function customerChoices(store: HandbookStore): CustomerChoices {
  const customers = store.current.handbook.customers;
  return { items: customerPickItems(customers, myName(), pickLabels), customers };
}

/** "Which customer is it?": type-ahead over the customers' names and aliases; any other name stays possible. */
function pickCustomer(guide: Guide, choices: CustomerChoices): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { item: CustomerPickItem }>();
    pick.title = guide.title;
    pick.placeholder = t('Which customer is it? Type a name or an alias (optional: it is carried into the template)');
    pick.matchOnDescription = true;
    pick.ignoreFocusOut = true;
    const show = (typed: string) => { pick.items = customerPickItemsFor(choices.items, choices.customers, typed, pickLabels).map((item) => ({ label: item.label, description: item.description, detail: item.detail, alwaysShow: item.alwaysShow, item })); };
    show('');
    let done = false;
    const finish = (value: string | undefined) => { if (!done) { done = true; resolve(value); pick.hide(); } };
    pick.onDidChangeValue(show);
    pick.onDidAccept(() => finish(pick.selectedItems[0]?.item.value ?? pick.value.trim()));
    pick.onDidHide(() => { finish(undefined); pick.dispose(); });
    pick.show();
  });
}

export const quickInputHelpGuideDeps: HelpGuideDeps = {
  askCustomerName: pickCustomer,
  askQuestion: quickPickQuestion,
  chooseAction: modalOutcome,
};

export function outcomeActions(store: HandbookStore, outcome: GuideOutcome): Array<{ label: string; action: OutcomeAction }> {
  const actions: Array<{ label: string; action: OutcomeAction }> = [];
  if (outcome.template) {
    // The composer comes first: it is the dialog's primary button.
    actions.push({ label: t('Compose {0}…', outcome.template.title), action: { kind: 'composeTicket', templateId: outcome.template.id } });
    actions.push({ label: t('Fill In {0}…', outcome.template.title), action: { kind: 'fillTemplate', templateId: outcome.template.id } });
  }
  if (outcome.userGroup) actions.push({ label: t('Copy {0}', outcome.userGroup.name), action: { kind: 'copyName', userGroupId: outcome.userGroup.id } });
  if (outcome.channel) actions.push({ label: t('Open {0} in Slack', outcome.channel.name), action: { kind: 'openChannel', channelId: outcome.channel.id } });
  if (outcome.procedure.team) {
    const team = store.current.team(outcome.procedure.team);
    if (team) actions.push({ label: t('Open the {0} Page', team.name), action: { kind: 'openTeam', teamId: team.id } });
  }
  return actions;
}

/** Runs a guide from its first question to the action the CE picks, and performs that action. */
export async function runHelpGuide(store: HandbookStore, h: HelpGuideDeps, guideId?: string) {
  const guides = store.current.handbook.guides;
  let guide = guideId ? store.current.guide(guideId) : guides.length === 1 ? guides[0] : undefined;
  if (!guide && !guideId && guides.length > 1) {
    const pick = await vscode.window.showQuickPick(guides.map((g) => ({ label: g.title, id: g.id })), { title: t('What do you need help with?') });
    if (!pick) return undefined;
    guide = guides.find((g) => g.id === pick.id);
  }
  if (!guide) return void vscode.window.showWarningMessage(t('CE Playbook has no guide "{0}".', guideId ?? ''));
  const chosen = guide;
  const customerName = chosen.askCustomerName ? await h.askCustomerName(chosen, customerChoices(store)) : undefined;
  if (customerName === undefined && chosen.askCustomerName) return undefined;
  const result = await runGuide(chosen, store.current, (node, position) => h.askQuestion(chosen, node, position.depth));
  if (result.kind === 'cancelled') return undefined;
  // "The customer is asking me for an update": the customer's sent tickets first, then the handbook's steps as actions.
  if (UPDATE_STEPS.has(result.outcome.step.id)) {
    await executeCommand('cePlaybook.askForUpdate', { ...(customerName?.trim() ? { customer: customerName.trim() } : {}), stepId: result.outcome.step.id });
    return { outcome: result.outcome, action: undefined, path: result.path };
  }
  const action = await h.chooseAction(chosen, result.outcome, outcomeActions(store, result.outcome));
  if (action) await perform(store, action, customerName);
  return { outcome: result.outcome, action, path: result.path };
}

/** The customer's name from the flow, for the template's "Customer Name" field. */
function customerValues(store: HandbookStore, templateId: string, customerName: string | undefined): Record<string, string> | undefined {
  const nameField = store.current.template(templateId)?.fields.find((f) => f.id === 'customer-name');
  return customerName?.trim() && nameField ? { [nameField.id]: customerName.trim() } : undefined;
}

async function perform(store: HandbookStore, action: OutcomeAction, customerName: string | undefined) {
  switch (action.kind) {
    case 'composeTicket':
      return executeCommand('cePlaybook.composeTicket', { templateId: action.templateId, values: customerValues(store, action.templateId, customerName) });
    case 'fillTemplate':
      return executeCommand('cePlaybook.fillTemplate', entryRef.template(action.templateId), customerValues(store, action.templateId, customerName));
    case 'copyTemplate': return executeCommand('cePlaybook.copyTemplateForSlack', entryRef.template(action.templateId));
    case 'openChannel': return executeCommand('cePlaybook.openChannel', entryRef.channel(action.channelId));
    case 'copyName': return executeCommand('cePlaybook.copyChannel', entryRef.userGroup(action.userGroupId));
    case 'openTeam': return executeCommand('cePlaybook.openIntersection', entryRef.team(action.teamId));
  }
}
