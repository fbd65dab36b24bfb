// Codicons (CC BY 4.0, see media/icons/LICENSE-codicons) inlined as SVG, like the team panel's.
import copy from '../../../media/icons/copy.svg';
import insert from '../../../media/icons/insert.svg';
import send from '../../../media/icons/send.svg';
import trash from '../../../media/icons/trash.svg';
import type { ComposerIconName } from './model/composerHtml';

/** Decorative: hidden from screen readers, since every button has its own text. */
const decorative = (svg: string) => svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');

export const composerIcons: Record<ComposerIconName, string> = {
  send: decorative(send),
  copy: decorative(copy),
  insert: decorative(insert),
  trash: decorative(trash),
};
