/** "I need help with a customer issue" (the flow itself is in helpFlow.ts, loaded on first use). */
import vscode = require('vscode');
import type * as HelpGuide from './helpGuide.chunk';
import type { HandbookStore } from '../data/handbookStore';
import { lazyChunk } from '../../core/host/lazyChunk';
import type { HelpDeps } from './helpGuideFlow';
import { registerCommand } from '../../core/host/commands';

const helpGuide = lazyChunk<typeof HelpGuide>('helpGuide');

export interface HelpFeature {
  /** The prompts of the flow; tests replace them with scripted answers. */
  deps(): HelpDeps;
  setDeps(deps: Partial<HelpDeps>): void;
}

export function registerHelp(context: vscode.ExtensionContext, deps: { store: HandbookStore }): HelpFeature {
  let overrides: Partial<HelpDeps> = {};
  const current = (): HelpDeps => ({ ...helpGuide().quickInputHelpDeps, ...overrides });
  context.subscriptions.push(registerCommand('cePlaybook.getHelp', (guide) => helpGuide().runHelp(deps.store, current(), guide?.guideId)));
  return { deps: current, setDeps: (d) => { overrides = d; } };
}
