/** Shared helpers of the integration suites (they run inside the real extension host). */
import * as vscode from 'vscode';
import path from 'node:path';
import type { activate } from '../../src/extension';
import type * as SlackDelivery from '../../src/features/slack/slackDelivery.chunk';
import type { Scripted } from '../../src/testExports';
import { readSentTickets, SENT_TICKETS_KEY, type SentTicket } from '../../src/features/slack/model/sentTickets';
import { readStatusCache, TICKET_STATUS_KEY, type StatusCache } from '../../src/features/slack/model/statusCache';

export type PlaybookApi = NonNullable<ReturnType<typeof activate>>;
export const EXTENSION_ID = 'ce-tools.ce-playbook';

/** The internals the extension exports in a test run (ExtensionMode.Test) only. */
export async function api(): Promise<PlaybookApi> {
  const extension = vscode.extensions.getExtension<PlaybookApi | undefined>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  const exported = await extension.activate();
  if (!exported) throw new Error(`${EXTENSION_ID} exported nothing: the window is not a test run (extensionTestsPath)`);
  return exported;
}

/** The sent tickets as the extension stored them (globalState), newest first. */
export async function sentTickets(): Promise<SentTicket[]> {
  return readSentTickets((await api()).storage.globalState.get(SENT_TICKETS_KEY));
}

/** The ticket status cache as the extension stored it (globalState). */
export async function ticketStatusCache(): Promise<StatusCache> {
  return readStatusCache((await api()).storage.globalState.get(TICKET_STATUS_KEY));
}

/**
 * Answers these prompts for the CE while `run` runs (a test cannot click a modal or a quick pick);
 * the others stay the real ones.
 */
export async function withAnswers<T>(answers: Scripted, run: () => Thenable<T>): Promise<T> {
  const scripted = (await api()).answers;
  scripted.script(answers);
  try {
    return await run();
  } finally {
    scripted.reset();
  }
}

/** Polls until the check returns a truthy value (the UI updates asynchronously). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * How long a webview page may take to say it is ready. In code-server every webview shares one
 * origin, so each new one first waits for the service worker of the webview before it to hand over
 * ("Found unexpected service worker controller … Waiting for controllerchange" in the browser log);
 * on a busy 2-core machine that took over 30 seconds for the first pages of a suite.
 */
export const WEBVIEW_READY_MS = 60_000;

/** Waits until the page's webview has said it is ready. */
export async function untilReady(page: { readonly isReady: boolean }, what = 'webview ready'): Promise<void> {
  await waitFor(() => page.isReady, what, WEBVIEW_READY_MS);
}

const openTabCount = () => vscode.window.tabGroups.all.reduce((n, group) => n + group.tabs.length, 0);

/**
 * Closes every editor without a save prompt: tests leave dirty untitled documents behind, and
 * closeAllEditors would ask "Save changes?" in a dialog nobody answers, hanging the run.
 */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && openTabCount() > 0; i++) {
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs)[0];
    if (tab.input instanceof vscode.TabInputText) {
      await vscode.window.showTextDocument(tab.input.uri, { preview: false, viewColumn: tab.group.viewColumn });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await vscode.window.tabGroups.close(tab);
    }
  }
  if (openTabCount() > 0) throw new Error('editors still open after closeAllEditors()');
}

let untitledCount = 0;

/**
 * A new untitled document with this content. It gets a name of its own: VS Code keeps the text of
 * an untitled document the extension host opened for a while after its editor closed, and a new
 * "Untitled-1" can come back with that old text instead of the content asked for.
 */
export async function untitledDocument(content: string, language = 'markdown'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `ce-playbook-test-${process.pid}-${++untitledCount}` });
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  return vscode.languages.setTextDocumentLanguage(document, language);
}

/** Opens an untitled document with this content and puts the cursor/selection where asked. */
export async function editorWith(content: string, language = 'markdown', selection?: vscode.Selection): Promise<vscode.TextEditor> {
  const document = await untitledDocument(content, language);
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = selection ?? new vscode.Selection(document.positionAt(content.length), document.positionAt(content.length));
  return editor;
}

export type NotificationLevel = 'info' | 'warning' | 'error';
export interface ShownNotification { level: NotificationLevel; text: string; items: string[] }

/**
 * Records the notifications shown while `run` runs (the extension host's window API is the one the
 * extension calls; notifications have no API to read them back). Each returns at once with what
 * `answer` picks (by default nothing, as if closed).
 */
export async function notificationsDuring(run: () => Promise<unknown>, answer: (shown: ShownNotification) => string | undefined = () => undefined): Promise<ShownNotification[]> {
  const shown: ShownNotification[] = [];
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = { showInformationMessage: window.showInformationMessage, showWarningMessage: window.showWarningMessage, showErrorMessage: window.showErrorMessage };
  const record = (level: NotificationLevel) => (text: string, ...rest: unknown[]) => {
    const items = rest.filter((item): item is string => typeof item === 'string');
    const notification = { level, text, items };
    shown.push(notification);
    return Promise.resolve(answer(notification));
  };
  Object.assign(window, { showInformationMessage: record('info'), showWarningMessage: record('warning'), showErrorMessage: record('error') });
  try {
    await run();
  } finally {
    Object.assign(window, originals);
  }
  return shown;
}

/** The Slack delivery chunk as the extension loaded it (the same module instance: one process). */
export function deliveryChunk(): typeof SlackDelivery {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(extension.extensionPath, 'dist', 'slackDelivery.js')) as typeof SlackDelivery;
}
