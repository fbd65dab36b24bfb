/** What a composer page needs of the set of pages that owns it (ComposerPages). */
import type vscode = require('vscode');
import type { Template } from '../../core/schema/schema';
import type { TemplateFormat } from '../../core/templates/render';
import type { ComposerState, EarlierNotice } from './composerMessages';
import type { WebviewEnvironment } from '../../core/render/webviewDocument';
import type { HandbookStore } from '../data/handbookStore';
import type { DraftStore } from '../templates/fillForm';
import type { TemplatesFeature } from '../templates/register';
import type { composerLabels } from './composerLabels';
import type { AccountTracker } from './customerCard';

export interface ComposerHost {
  readonly extensionUri: vscode.Uri;
  readonly store: HandbookStore;
  readonly templates: TemplatesFeature;
  readonly labels: typeof composerLabels;
  confirmDiscard(template: Template): Promise<boolean>;
  drafts(): DraftStore;
  templateFormat(): TemplateFormat;
  renderDocument(environment: WebviewEnvironment, template: Template | undefined, values: Record<string, string>, state: ComposerState): string;
  earlierNotice(template: Template, values: Readonly<Record<string, string>>, dismissed: ReadonlySet<string>): (EarlierNotice & { sentId: string }) | undefined;
  /** A page's own customer tracker (its picker, fills and account card). */
  accountTracker(): AccountTracker;
}
