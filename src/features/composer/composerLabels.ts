/** The words the ticket composer adds to the handbook's text, and its messages. */
import vscode = require('vscode');
import type { ComposerLabels } from './model/composerHtml';
import type { TemplateField } from '../../core/schema/schema';
import type { FillMessages } from '../templates/model/fillFlow';
import { earlierLabels } from './earlierNotice';
import { customerPickerLabels } from './customerCard';

const t = vscode.l10n.t;

export const composerLabels: ComposerLabels = {
  pageTitle: (template) => t('Compose {0}', template),
  requiredNote: t('Fields marked * are required.'),
  required: t('required'),
  optional: t('(optional)'),
  chooseOption: t('Choose…'),
  fieldShown: (label) => t('"{0}" is now shown: it applies to this ticket.', label),
  fieldHidden: (label) => t('"{0}" is now hidden: it does not apply, and is not sent. What you typed in it is kept.', label),
  destination: (channel) => t('Goes to {0}', channel),
  preview: t('Preview'),
  previewNote: t('Exactly what will be sent, in Slack formatting.'),
  actions: t('Ticket actions'),
  send: t('Send to Slack'),
  copy: t('Copy for Slack'),
  insert: t('Insert into Editor'),
  discard: t('Discard Draft'),
  earlier: earlierLabels,
  customers: { list: customerPickerLabels.list, hint: customerPickerLabels.hint },
};

/** Shown next to a field as the CE types (the fill-in form words them for its own prompts). */
export const composerFieldMessages: FillMessages = {
  required: (field: TemplateField) => t('"{0}" is required.', field.label),
  notAnOption: (field: TemplateField) => t('Choose one of the options for "{0}".', field.label),
};

const quoted = (fields: readonly TemplateField[]) => fields.map((f) => `"${f.label}"`).join(', ');

export const composerMessages = {
  pickTemplate: t('Choose a template to compose'),
  notCopied: (title: string, missing: readonly TemplateField[]) => t('Not copied: {0} is missing {1}. Fill in every required field first.', title, quoted(missing)),
  notSent: (title: string, missing: readonly TemplateField[]) => t('Not sent: {0} is missing {1}. Fill in every required field first.', title, quoted(missing)),
  copied: (title: string) => t('Copied {0} for Slack to the clipboard.', title),
  inserted: (title: string) => t('Inserted {0} into the editor.', title),
  sending: (title: string) => t('Sending {0} to Slack…', title),
  sent: (title: string) => t('Sent {0} to Slack. The draft is cleared.', title),
  openInSlack: t('Open in Slack'),
  sendUnavailable: t('Sending to Slack is not available: the delivery part of CE Playbook did not start. Your draft is kept; use Copy for Slack meanwhile.'),
  discardQuestion: (title: string) => t('Discard your draft of {0}? What you typed is removed.', title),
  discard: t('Discard'),
  discarded: (title: string) => t('The draft of {0} is discarded.', title),
  templateGone: (id: string) => t('The template "{0}" is no longer in the playbook. Your draft is kept.', id),
};
