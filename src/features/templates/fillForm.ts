/**
 * The fill-in form: one QuickInput per field (step count in the title, Back button, hint as
 * placeholder), then a choice of what to do with the result. Drafts survive cancelling.
 */
import vscode = require('vscode');
import { escapeIcons } from '../../core/render/plainText';
import { optionPickItems } from '../../core/render/pickItems';
import { fillTemplate, isDraftEmpty, type Draft, type FieldPrompt, type FillMessages, type PromptAnswer } from './model/fillFlow';
import { renderTemplate, TEMPLATE_FORMATS, type FieldValues, type TemplateFormat } from '../../core/templates/render';
import type { Template } from '../../core/schema/schema';
import type { HandbookStore } from '../data/handbookStore';

const t = vscode.l10n.t;

export const fillMessages: FillMessages = {
  required: (field) => t('"{0}" is required. Type a value, or press Escape to stop and keep your draft.', field.label),
  notAnOption: (field) => t('Choose one of the options for "{0}".', field.label),
};

/** Asks one field through a real InputBox or QuickPick. */
export function promptWithQuickInput(title: string): (prompt: FieldPrompt) => Promise<PromptAnswer> {
  return (prompt) =>
    new Promise<PromptAnswer>((resolve) => {
      const { field } = prompt;
      const disposables: vscode.Disposable[] = [];
      let settled = false;
      const finish = (answer: PromptAnswer) => {
        if (settled) return;
        settled = true;
        resolve(answer);
        input.hide();
        disposables.forEach((d) => d.dispose());
      };
      const stepTitle = `${title}: ${field.label}`;
      const hint = field.hint ?? field.placeholder ?? (field.required ? t('Required') : t('Optional: press Enter to skip'));
      let input: vscode.InputBox | vscode.QuickPick<vscode.QuickPickItem>;
      if (field.type === 'choice' && field.options?.length) {
        const pick = vscode.window.createQuickPick();
        // Labels show the option as typed (no icons); the value is the option itself.
        const items = optionPickItems(field.options);
        const options = new Map(items.map((item) => [item.label, item.value]));
        pick.items = items.map(({ label, detail, value }) => ({ label, detail, picked: value === prompt.value }));
        pick.matchOnDetail = true;
        pick.activeItems = pick.items.filter((i) => options.get(i.label) === prompt.value);
        pick.placeholder = hint;
        disposables.push(pick.onDidAccept(() => {
          const value = options.get(pick.selectedItems[0]?.label ?? pick.activeItems[0]?.label ?? '') ?? '';
          const error = prompt.validate(value);
          if (error) { pick.placeholder = error; return; }
          finish({ kind: 'value', value });
        }));
        input = pick;
      } else {
        const box = vscode.window.createInputBox();
        box.value = prompt.value;
        box.placeholder = hint;
        box.prompt = field.type === 'text' ? t('{0} (one line here; add more lines in the editor afterwards)', field.required ? t('Required') : t('Optional')) : field.required ? t('Required') : t('Optional');
        // Say what is wrong only once the user tries to go on, not while they start typing.
        let tried = false;
        disposables.push(
          box.onDidChangeValue((value) => { if (tried) box.validationMessage = prompt.validate(value); }),
          box.onDidAccept(() => {
            tried = true;
            const error = prompt.validate(box.value);
            box.validationMessage = error;
            if (!error) finish({ kind: 'value', value: box.value });
          }),
        );
        input = box;
      }
      input.title = stepTitle;
      input.step = prompt.step;
      input.totalSteps = prompt.totalSteps;
      input.ignoreFocusOut = true;
      input.buttons = prompt.canGoBack ? [vscode.QuickInputButtons.Back] : [];
      disposables.push(
        input.onDidTriggerButton((button) => { if (button === vscode.QuickInputButtons.Back) finish({ kind: 'back' }); }),
        input.onDidHide(() => finish({ kind: 'cancel' })),
        input,
      );
      input.show();
    });
}

export type FillResultAction =
  | { kind: 'insert'; format: TemplateFormat }
  | { kind: 'copy'; format: TemplateFormat }
  | { kind: 'copyAndOpenChannel'; format: TemplateFormat };

const FORMAT_NAMES = (): Record<TemplateFormat, string> => ({ markdown: t('Markdown'), slack: t('Slack formatting'), plain: t('plain text') });

/** What to do with the filled-in template; the default format comes first. */
export async function chooseResultAction(template: Template, channelName: string | undefined, defaultFormat: TemplateFormat): Promise<FillResultAction | undefined> {
  const names = FORMAT_NAMES();
  type Item = vscode.QuickPickItem & { action?: FillResultAction };
  const others = TEMPLATE_FORMATS.filter((f) => f !== defaultFormat);
  const items: Item[] = [
    { label: `$(insert) ${t('Insert into Editor')}`, description: names[defaultFormat], action: { kind: 'insert', format: defaultFormat } },
    { label: `$(copy) ${t('Copy to Clipboard')}`, description: names[defaultFormat], action: { kind: 'copy', format: defaultFormat } },
    ...(channelName ? [{ label: `$(link-external) ${t('Copy and Open {0} in Slack', channelName)}`, description: names.slack, action: { kind: 'copyAndOpenChannel', format: 'slack' } } as Item] : []),
    { label: t('Other formats'), kind: vscode.QuickPickItemKind.Separator },
    ...others.flatMap((format): Item[] => [
      { label: `$(copy) ${t('Copy as {0}', names[format])}`, action: { kind: 'copy', format } },
      { label: `$(insert) ${t('Insert as {0}', names[format])}`, action: { kind: 'insert', format } },
    ]),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: t('{0} is complete: what next?', template.title), ignoreFocusOut: true });
  return pick?.action;
}

/** Offers to resume an unfinished draft of the template. */
export async function askResume(template: Template, draft: Draft): Promise<'resume' | 'startOver' | undefined> {
  const resume = t('Resume');
  const startOver = t('Start Over');
  const filled = Object.values(draft.values).filter((v) => v.trim()).length;
  const choice = await vscode.window.showInformationMessage(
    t('You have an unfinished {0} ({1} of {2} fields filled). Resume it?', template.title, filled, template.fields.length),
    resume,
    startOver,
  );
  return choice === resume ? 'resume' : choice === startOver ? 'startOver' : undefined;
}

const DRAFTS_KEY = 'cePlaybook.templateDrafts';

/** Drafts are kept per user (global state), so a cancelled form can be resumed later. */
export class DraftStore {
  constructor(private readonly memento: vscode.Memento) {}
  private all(): Record<string, Draft> {
    return this.memento.get<Record<string, Draft>>(DRAFTS_KEY, {});
  }
  get(templateId: string): Draft | undefined {
    return this.all()[templateId];
  }
  async set(draft: Draft): Promise<void> {
    await this.memento.update(DRAFTS_KEY, { ...this.all(), [draft.templateId]: draft });
  }
  async clear(templateId: string): Promise<void> {
    const { [templateId]: _removed, ...rest } = this.all();
    await this.memento.update(DRAFTS_KEY, rest);
  }
}

export interface FillDeps {
  store: HandbookStore;
  drafts: DraftStore;
  /** Asks each field (the real one shows QuickInputs). */
  prompter: (title: string) => (prompt: FieldPrompt) => Promise<PromptAnswer>;
  chooseAction: typeof chooseResultAction;
  askResume: typeof askResume;
  insertText: (text: string) => Promise<void>;
  openChannel: (channelId: string) => Promise<void>;
}

/** What the form asks the CE (a test run may script answers, see src/testExports.ts). */
export type FillPrompts = Pick<FillDeps, 'prompter' | 'chooseAction' | 'askResume'>;

export function templateFormatSetting(): TemplateFormat {
  const value = vscode.workspace.getConfiguration('cePlaybook').get<string>('templateFormat', 'markdown');
  return value === 'slack' || value === 'plain' ? value : 'markdown';
}

/**
 * Asks every field of the template, offering first to resume an unfinished draft. `initial`
 * pre-fills values (from a draft block in the editor, or from the help guide). Returns undefined when
 * the user cancels; what they typed is kept as a draft.
 */
export async function collectValues(deps: FillDeps, template: Template, initial?: FieldValues): Promise<FieldValues | undefined> {
  let start: Draft | undefined;
  const saved = deps.drafts.get(template.id);
  if (initial) {
    start = { templateId: template.id, values: Object.fromEntries(Object.entries(initial).filter((e): e is [string, string] => typeof e[1] === 'string')), step: 0 };
  } else if (saved && !isDraftEmpty(saved)) {
    const choice = await deps.askResume(template, saved);
    if (choice === undefined) return undefined;
    start = choice === 'resume' ? saved : undefined;
  }
  const outcome = await fillTemplate(template, deps.prompter(template.title), fillMessages, start);
  if (outcome.kind === 'cancelled') {
    if (!isDraftEmpty(outcome.draft)) await deps.drafts.set(outcome.draft);
    return undefined;
  }
  // Complete, but kept as a draft until the user has done something with it.
  await deps.drafts.set({ templateId: template.id, values: outcome.values as Record<string, string>, step: template.fields.length - 1 });
  return outcome.values;
}

/** Inserts or copies the filled-in template (and opens its channel if asked). */
export async function deliverResult(deps: FillDeps, template: Template, values: FieldValues, action: FillResultAction): Promise<string> {
  const text = renderTemplate(template, values, action.format);
  if (action.kind === 'insert') await deps.insertText(text);
  else {
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(t('Copied {0} to the clipboard.', escapeIcons(template.title)), 3000);
    const channel = template.channel ? deps.store.current.channel(template.channel) : undefined;
    if (action.kind === 'copyAndOpenChannel' && channel) await deps.openChannel(channel.id);
  }
  await deps.drafts.clear(template.id);
  return text;
}

/** The whole form: fields, then the choice of what to do with the result. */
export async function runFillForm(deps: FillDeps, template: Template, initial?: FieldValues): Promise<{ values: FieldValues; action: FillResultAction; text: string } | undefined> {
  const values = await collectValues(deps, template, initial);
  if (!values) return undefined;
  const channel = template.channel ? deps.store.current.channel(template.channel) : undefined;
  const action = await deps.chooseAction(template, channel?.name, templateFormatSetting());
  if (!action) return undefined;
  return { values, action, text: await deliverResult(deps, template, values, action) };
}
