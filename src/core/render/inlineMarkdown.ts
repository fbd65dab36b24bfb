/**
 * Inline Markdown in the data (emphasis, code, links) to safe HTML, through marked with raw HTML
 * off: HTML in the text is escaped and shows as typed; only https:/mailto: links become links.
 */
import { Marked, type Tokens } from 'marked';
import { escapeHtml, isSafeLink } from './html';

const marked = new Marked({
  async: false,
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { href, title, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens);
      if (!isSafeLink(href)) return inner;
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${titleAttr}>${inner}</a>`;
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

export function renderInlineMarkdown(text: string): string {
  return marked.parseInline(text, { async: false }) as string;
}
