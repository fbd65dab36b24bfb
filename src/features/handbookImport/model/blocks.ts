/**
 * The page as the importer reads it: marked's tokens grouped into sections (a heading and the
 * blocks under it), each block and list item with the line it starts on, so whatever cannot be
 * placed can be reported where it is.
 */
import { Lexer, type Token, type Tokens } from 'marked';

export interface Block {
  token: Token;
  line: number;
}

export interface Section {
  /** 0 for the text before the first heading. */
  depth: number;
  heading: string;
  line: number;
  blocks: Block[];
}

export interface Item {
  /** The item's first paragraph, as written (inline Markdown kept). */
  text: string;
  line: number;
  /** The items of a list nested in this item (the first nested list). */
  children: Item[];
  /** Blocks of the item other than its first paragraph and first nested list. */
  rest: Block[];
}

/** Line numbers from character offsets into the page. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  at(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

export interface ParsedPage {
  sections: Section[];
  /** Items of a list block, each with its line. */
  items(list: Tokens.List, line: number): Item[];
}

export function parsePage(markdown: string): ParsedPage {
  const text = markdown.replace(/\r\n?/g, '\n');
  const lines = new Lines(text);
  const tokens = new Lexer({ gfm: true }).lex(text);
  const sections: Section[] = [{ depth: 0, heading: '', line: 1, blocks: [] }];
  let offset = 0;
  for (const token of tokens) {
    const found = text.indexOf(token.raw, offset);
    const start = found >= 0 ? found : offset;
    const line = lines.at(start);
    offset = start + token.raw.length;
    if (token.type === 'heading') sections.push({ depth: token.depth, heading: token.text.trim(), line, blocks: [] });
    else if (token.type !== 'space' && token.type !== 'hr') sections[sections.length - 1].blocks.push({ token, line });
  }
  const items = (list: Tokens.List, line: number): Item[] => {
    // Items are found in the list's raw text in order, so each gets its own line.
    let cursor = 0;
    return list.items.map((item) => {
      const at = list.raw.indexOf(item.raw, cursor);
      const itemLine = at >= 0 ? line + countNewlines(list.raw.slice(0, at)) : line;
      if (at >= 0) cursor = at + item.raw.length;
      const first = item.tokens.find((t) => t.type === 'text' || t.type === 'paragraph') as Tokens.Text | Tokens.Paragraph | undefined;
      const nested = item.tokens.find((t) => t.type === 'list') as Tokens.List | undefined;
      const nestedAt = nested ? item.raw.indexOf(nested.raw) : -1;
      const nestedLine = nestedAt >= 0 ? itemLine + countNewlines(item.raw.slice(0, nestedAt)) : itemLine;
      return {
        text: first?.text ?? '',
        line: itemLine,
        children: nested ? items(nested, nestedLine) : [],
        rest: item.tokens.filter((t) => t !== first && t !== nested && t.type !== 'space').map((token) => ({ token, line: itemLine })),
      };
    });
  };
  return { sections, items };
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}

/** The plain words of a block, for reporting what could not be placed. */
export function blockText(token: Token): string {
  return ('text' in token && typeof token.text === 'string' ? token.text : token.raw).replace(/\s+/g, ' ').trim();
}
