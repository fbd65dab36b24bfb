/**
 * CE Playbook: the Customer Engineering handbook inside VS Code. activate() only composes the
 * features; each feature folder under src/features registers its own commands and views.
 */
import vscode = require('vscode');
import { HandbookStore } from './features/data/handbookStore';
import { registerTree } from './features/tree/register';
import { registerTemplates } from './features/templates/register';
import { registerSlack } from './features/slack/register';
import { sentTicketRows } from './features/slack/sentTicketRows';
import { registerTeamPages } from './features/teamPage/register';
import { registerData } from './features/data/register';
import { ChecklistTicks, registerChecklist } from './features/checklist/register';
import { registerSearch } from './features/search/register';
import { registerHelpGuide } from './features/helpGuide/register';
import { registerDeepLinks } from './features/deepLinks/register';
import { SeenChanges } from './features/whatChanged/seenChanges';
import { changedSectionsLazily, registerWhatChanged } from './features/whatChanged/register';
import { registerComposer } from './features/composer/register';
import { registerLmTools } from './features/tools/register';
import { registerReply } from './features/reply/register';
import { checkCommandIdsAgainst } from './core/host/commands';
import { scriptedAnswers, testExports } from './testExports';
import { userState } from './core/host/userState';

export function activate(context: vscode.ExtensionContext) {
  // Undefined outside a test run: every prompt is then the real one.
  const answers = scriptedAnswers(context);
  const store = new HandbookStore();
  context.subscriptions.push(store, checkCommandIdsAgainst(store));
  const ticks = new ChecklistTicks(userState(context));
  const changes = new SeenChanges(changedSectionsLazily);
  context.subscriptions.push(changes);
  const tree = registerTree(context, { store, checked: () => ticks.checked, changes, sent: sentTicketRows(userState(context), (id) => store.current.template(id)?.delivery?.statusReactions) });
  registerChecklist(context, { store, tree, ticks });
  const data = registerData(context, { store });
  const templates = registerTemplates(context, { store, scripted: answers?.of('fill') });
  const slack = registerSlack(context, { store, drafts: () => templates.fillDeps.drafts, refreshTree: () => tree.refresh(), scripted: answers?.of('send') }, () => tree.view);
  const teamPages = registerTeamPages(context, { store, changes });
  const search = registerSearch(context, { store, reveal: tree.reveal });
  registerHelpGuide(context, { store, scripted: answers?.of('help') });
  const deepLinks = registerDeepLinks(context, { store, drafts: () => templates.fillDeps.drafts });
  const lmTools = registerLmTools(context, { store, data });
  const composer = registerComposer(context, { store, templates, slack, scripted: answers?.of('composer') });
  const whatChanged = registerWhatChanged(context, { store, data, seen: changes });
  const reply = registerReply(context, { store, scripted: answers?.of('update') });
  // Nothing outside a test run (see testExports.ts).
  return testExports(context, answers, { store, tree, get teamPages() { return teamPages.pages; }, templates, data, ticks, search, deepLinks, lmTools, composer, whatChanged, reply });
}

export function deactivate() {}
