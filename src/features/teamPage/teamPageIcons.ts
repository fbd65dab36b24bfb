// Codicons (CC BY 4.0, see media/icons/LICENSE-codicons) inlined as SVG so the team page needs no
// icon font; esbuild loads .svg files as text.
import book from '../../../media/icons/book.svg';
import calendar from '../../../media/icons/calendar.svg';
import comment from '../../../media/icons/comment.svg';
import copy from '../../../media/icons/copy.svg';
import edit from '../../../media/icons/edit.svg';
import insert from '../../../media/icons/insert.svg';
import linkExternal from '../../../media/icons/link-external.svg';
import mention from '../../../media/icons/mention.svg';
import note from '../../../media/icons/note.svg';
import send from '../../../media/icons/send.svg';
import type { IconName } from './model/teamPageHtml';

/** Decorative: hidden from screen readers, since every button has its own accessible name. */
const decorative = (svg: string) => svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');

export const teamPageIcons: Record<IconName, string> = Object.fromEntries(
  Object.entries({ send, book, calendar, comment, copy, edit, insert, 'link-external': linkExternal, mention, note }).map(([k, v]) => [k, decorative(v)]),
) as Record<IconName, string>;
