/** "I need help with a customer issue" (the flow itself is in helpGuideFlow.ts, loaded on first use). */
import vscode = require('vscode');
import type * as HelpGuide from './helpGuide.chunk';
import type { HandbookStore } from '../data/handbookStore';
import { lazyChunk } from '../../core/host/lazyChunk';
import type { HelpGuideDeps } from './helpGuideFlow';
import { registerCommand } from '../../core/host/commands';

const helpGuide = lazyChunk<typeof HelpGuide>('helpGuide');

export interface HelpGuideFeature {
  /** The prompts of the flow; tests replace them with scripted answers. */
  deps(): HelpGuideDeps;
  setDeps(deps: Partial<HelpGuideDeps>): void;
}

export function registerHelpGuide(context: vscode.ExtensionContext, deps: { store: HandbookStore }): HelpGuideFeature {
  let overrides: Partial<HelpGuideDeps> = {};
  const current = (): HelpGuideDeps => ({ ...helpGuide().quickInputHelpGuideDeps, ...overrides });
  context.subscriptions.push(registerCommand('cePlaybook.getHelp', (guide) => helpGuide().runHelpGuide(deps.store, current(), guide?.guideId)));
  return { deps: current, setDeps: (d) => { overrides = d; } };
}
