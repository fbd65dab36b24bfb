/** "I need help with a customer issue" (the flow itself is in helpGuideFlow.ts, loaded on first use). */
import vscode = require('vscode');
import type * as HelpGuide from './helpGuide.chunk';
import type { HandbookStore } from '../data/handbookStore';
import { lazyChunk } from '../../core/host/lazyChunk';
import type { HelpGuideDeps } from './helpGuideFlow';
import { registerCommand } from '../../core/host/commands';

const helpGuide = lazyChunk<typeof HelpGuide>('helpGuide');

/** `scripted`: answers given for the CE in a test run (see src/testExports.ts); the rest are the real prompts. */
export function registerHelpGuide(context: vscode.ExtensionContext, deps: { store: HandbookStore; scripted?: () => Partial<HelpGuideDeps> }): void {
  const prompts = (): HelpGuideDeps => ({ ...helpGuide().quickInputHelpGuideDeps, ...deps.scripted?.() });
  context.subscriptions.push(registerCommand('cePlaybook.getHelp', (guide) => helpGuide().runHelpGuide(deps.store, prompts(), guide?.guideId)));
}
