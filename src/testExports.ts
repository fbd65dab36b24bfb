/**
 * What the integration tests reach, only when VS Code runs the extension for its tests
 * (`ExtensionMode.Test`: a window opened with `extensionTestsPath`). Installed or under development,
 * activate() exports nothing, so no other extension reaches the internals, and every prompt is the
 * real quick pick or message box: `scriptedAnswers` gives the features nothing to consult.
 */
import vscode = require('vscode');
import type { HelpGuideDeps } from './features/helpGuide/helpGuideFlow';
import type { UpdatePrompts } from './features/reply/updateFlow';
import type { FillPrompts } from './features/templates/fillForm';
import type { SendPrompts } from './features/slack/sendTicket';
import type { ComposerPrompts } from './features/composer/composerPages';
import { userState } from './core/host/userState';

/** The prompts of each feature a test may answer for the CE. */
export interface ScriptablePrompts {
  help: HelpGuideDeps;
  update: UpdatePrompts;
  fill: FillPrompts;
  send: SendPrompts;
  composer: ComposerPrompts;
}

export type Scripted = { [K in keyof ScriptablePrompts]?: Partial<ScriptablePrompts[K]> };

/**
 * The answers a test scripts for the prompts a modal dialog or a quick pick would ask (a test in the
 * extension host cannot click them). A prompt the test did not script stays the real one.
 */
export class ScriptedAnswers {
  private scripted: Scripted = {};

  /** Answers these prompts as given (on top of those scripted before) until reset(). */
  script(answers: Scripted): void {
    for (const [feature, prompts] of Object.entries(answers)) {
      this.scripted = { ...this.scripted, [feature]: { ...this.scripted[feature as keyof Scripted], ...prompts } };
    }
  }

  reset(): void {
    this.scripted = {};
  }

  /** For a feature's registration: its scripted answers, read at each prompt. */
  of<K extends keyof ScriptablePrompts>(feature: K): () => Partial<ScriptablePrompts[K]> {
    return () => this.scripted[feature] ?? {};
  }
}

/** Scripted answers in a test run; undefined otherwise (the features then ask the CE). */
export function scriptedAnswers(context: vscode.ExtensionContext): ScriptedAnswers | undefined {
  return context.extensionMode === vscode.ExtensionMode.Test ? new ScriptedAnswers() : undefined;
}

/**
 * The internals, the scripted answers and where the extension keeps its state, in a test run only
 * (the tests read sent tickets and stored files where the extension writes them).
 */
export function testExports<T extends object>(context: vscode.ExtensionContext, answers: ScriptedAnswers | undefined, internals: T) {
  if (context.extensionMode !== vscode.ExtensionMode.Test || !answers) return undefined;
  const storage = {
    globalState: userState(context),
    globalStorageUri: context.globalStorageUri,
    globalStorage: context.globalStorageUri.fsPath,
    workspaceStorage: context.storageUri?.fsPath,
    log: context.logUri.fsPath,
  };
  return { ...internals, answers, storage };
}
