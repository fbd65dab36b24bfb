/**
 * A composer page's autosave: what is typed goes to the fill-in form's draft store a moment after
 * the last keystroke (debounced), or at once before anything leaves (send, copy, insert, closing).
 * An all-empty page removes the draft.
 */
import { draftOf } from './model/composerState';
import { isDraftEmpty } from '../templates/model/fillFlow';
import type { Template } from '../../core/schema/schema';
import type { DraftStore } from '../templates/fillForm';

/** Long enough to coalesce typing, short enough that a window reload loses nothing in practice. */
export const AUTOSAVE_DELAY_MS = 300;

export class DraftAutosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves when the draft store has what was last saved. */
  saved: Promise<void> = Promise.resolve();

  constructor(
    private readonly page: { readonly template: Template | undefined; readonly values: Readonly<Record<string, string>> },
    private readonly drafts: () => DraftStore,
  ) {}

  get pending(): boolean {
    return this.timer !== undefined;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.now(), AUTOSAVE_DELAY_MS);
  }

  /** Writes the values to the shared draft store now. */
  now(): void {
    this.cancel();
    const template = this.page.template;
    if (!template) return;
    const draft = draftOf(template, this.page.values);
    const drafts = this.drafts();
    // Called at once (not chained): the store's in-memory value changes in call order.
    const write = (isDraftEmpty(draft) ? drafts.clear(template.id) : drafts.set(draft)).catch(() => undefined);
    this.saved = Promise.all([this.saved, write]).then(() => undefined);
  }
}
