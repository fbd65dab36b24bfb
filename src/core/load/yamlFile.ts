/**
 * Parses one YAML data file into plain data while keeping a way back from any data path to the
 * line and column it came from, so every later check can point at the exact spot.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { checkDocument, type AliasFinding } from './documentChecks';
import { indentationOffset } from './indentation';
import type { DataProblem } from './problem';

export type DataPath = ReadonlyArray<string | number>;

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ParsedFile {
  file: string;
  /** The plain data, or undefined when the file could not be parsed. */
  value: unknown;
  problems: DataProblem[];
  /** Position of the node at `path`, or of its nearest existing ancestor. `key` prefers the key of a map entry. */
  locate(path: DataPath, prefer?: 'key' | 'value'): Span;
}

export interface ParseLimits {
  /** Larger files are refused before parsing. */
  maxBytes: number;
  /** Aliases expanded at most this many times (refuses "billion laughs" alias bombs). */
  maxAliasCount: number;
  /** Collections nested deeper than this are refused before the parser recurses. */
  maxDepth: number;
  /** Aliases in one file at most: converting to data looks each one up among all anchors and aliases. */
  maxAliases: number;
  /** Line breaks and commas in one file at most, counted before parsing (see `entriesOverLimit`). */
  maxEntries: number;
}

/**
 * maxEntries: the generated team files of the benchmark (about 920 KB each) have about 21,000 line
 * breaks and commas, the bundled files about 30,000 per megabyte; a file needs lines of 20 bytes
 * on average to reach 50,000 within the size limit.
 */
export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 1024 * 1024, maxAliasCount: 100, maxDepth: 64, maxAliases: 1000, maxEntries: 50_000 };

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function problem(file: string, span: Span, message: string, rule: string): DataProblem {
  return { file, ...span, message, rule, severity: 'error' };
}

/**
 * Finds how deep flow and block collections nest, cheaply, without recursion: the YAML parser
 * recurses per level, so a hostile file of 100,000 `[` or `- ` must be refused before it is parsed.
 */
function nestingTooDeep(text: string, maxDepth: number): number | undefined {
  let flowDepth = 0;
  const indents: number[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++flowDepth > maxDepth) return i;
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) {
      if (flowDepth > 0) flowDepth--;
    } else if (ch === 10 /* \n */ || i === text.length) {
      // Block nesting: count distinct increasing indentation levels of non-blank lines.
      const line = text.slice(lineStart, i);
      const indent = line.search(/\S/);
      if (indent >= 0 && !line.trimStart().startsWith('#')) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > maxDepth) return lineStart + indent;
        // Compact collections: each further `- ` or `? ` on the line (`- - ? x`) is one level
        // deeper (`: ` too, after the line's first indicator); the library recurses on them, and
        // 100,000 on one line overflowed its stack (repeated, that crashed the process).
        const isIndicator = (at: number) => (line[at] === '-' || line[at] === '?' || line[at] === ':') && (at + 1 === line.length || line[at + 1] === ' ');
        let depth = indents.length;
        for (let at = indent; isIndicator(at); ) {
          at++;
          while (line[at] === ' ') at++;
          if (isIndicator(at) && ++depth > maxDepth) return lineStart + at;
        }
      }
      lineStart = i + 1;
    }
  }
  return undefined;
}

/**
 * Where the text has more than `maxEntries` line breaks and commas together: the offset of the
 * first one past the limit, or undefined. A key, list item or alias of a YAML file almost always
 * starts a line or follows a comma (only a few can share a line, as in `- - x` or `a: {b: c}`), so
 * this bounds the parser's work before it starts: the `yaml` library needs about a second for
 * 60,000 keys. Commas in texts and blank lines count too; that only makes the bound stricter, and
 * the message says what is counted. Lone CRs are line breaks too, but decodeDataFile has already
 * turned them into LFs. Two native searches, no loop over characters.
 */
export function entriesOverLimit(text: string, maxEntries: number): number | undefined {
  let line = text.indexOf('\n');
  let comma = text.indexOf(',');
  for (let count = 1; line !== -1 || comma !== -1; count++) {
    const at = comma === -1 || (line !== -1 && line < comma) ? line : comma;
    if (count > maxEntries) return at;
    if (at === line) line = text.indexOf('\n', line + 1);
    else comma = text.indexOf(',', comma + 1);
  }
  return undefined;
}

/** A line counter over the whole text, for problems found before the parser (which fills one) runs. */
function countLines(lineCounter: LineCounter, text: string): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

export function parseYamlFile(file: string, text: string, limits: ParseLimits = DEFAULT_LIMITS, use: 'data' | 'positions' = 'data'): ParsedFile {
  const lineCounter = new LineCounter();
  const spanOf = (start: number, end: number): Span => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const fail = (problems: DataProblem[]): ParsedFile => ({ file, value: undefined, problems, locate: () => START });

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    return fail([problem(file, START, `The file is ${bytes} bytes; data files may be at most ${limits.maxBytes} bytes. Split it into smaller files.`, 'file-too-large')]);
  }
  // A byte order mark is legal in YAML files saved by some editors; it is not data.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const tooDeep = nestingTooDeep(text, limits.maxDepth);
  if (tooDeep !== undefined) {
    countLines(lineCounter, text);
    return fail([problem(file, spanOf(tooDeep, tooDeep + 1), `Data is nested more than ${limits.maxDepth} levels deep here. Flatten the structure.`, 'too-deep')]);
  }
  const pastLimit = entriesOverLimit(text, limits.maxEntries);
  if (pastLimit !== undefined) {
    countLines(lineCounter, text);
    // A line break is shown at the start of its line, the line that holds the entry past the limit.
    const at = text[pastLimit] === ',' ? pastLimit : text.lastIndexOf('\n', pastLimit - 1) + 1;
    const what = text[pastLimit] === ',' ? 'This comma' : 'This line';
    return fail([problem(file, spanOf(at, at + 1), `The file has more than ${limits.maxEntries.toLocaleString('en')} lines and commas (each can start a key, a list item or an alias), too many to check quickly. ${what} is number ${(limits.maxEntries + 1).toLocaleString('en')}. Split the file into smaller files.`, 'too-many-entries')]);
  }

  // The library's own duplicate-key check is quadratic; checkDocument does it in one linear walk.
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false, logLevel: 'error' });
  const findings = checkDocument(doc, limits.maxAliases);
  const problems: DataProblem[] = [];
  const reported = new Set<number>();
  for (const error of withDuplicateKeys(doc.errors, findings.duplicateKeys)) {
    let [start, end] = error.pos;
    // An indentation mistake is reported on the line a person must fix, once.
    const indented = indentationOffset(text, error.code, start);
    if (indented !== undefined) [start, end] = [indented, indented + 1];
    if (reported.has(start)) continue;
    reported.add(start);
    const first = error.message.split('\n')[0].trim();
    const hint = indented !== undefined ? `${/[.!?]$/.test(first) ? '' : '.'} Check the indentation of this line.` : '';
    problems.push(problem(file, spanOf(start, end), `YAML syntax error: ${first}${hint}`, `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`));
  }
  const locate = (path: DataPath, prefer: 'key' | 'value' = 'value'): Span => {
    let node: unknown = doc.contents;
    let best: Span | undefined = rangeOf(node);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = (node.items as Pair[]).find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
        if (!pair) break;
        const last = segment === path[path.length - 1];
        const keySpan = rangeOf(pair.key);
        node = pair.value;
        best = (last && prefer === 'key' ? keySpan : rangeOf(node)) ?? keySpan ?? best;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        best = rangeOf(node) ?? best;
      } else break;
    }
    return best ?? START;
  };
  function rangeOf(node: unknown): Span | undefined {
    const range = (node as Node | null | undefined)?.range;
    return range ? spanOf(range[0], range[1]) : undefined;
  }

  if (problems.length === 0) problems.push(...findings.aliases.map((a) => aliasProblem(file, a, spanOf, limits)));
  if (problems.length > 0 || use === 'positions') return { file, value: undefined, problems, locate };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    // yaml throws a ReferenceError for alias bombs; anything else is reported the same way.
    const message = error instanceof Error ? error.message : String(error);
    return { file, value: undefined, problems: [problem(file, START, `The file could not be read as data: ${message}. Use fewer aliases (*name).`, 'yaml-aliases')], locate };
  }
  if (value === null || value === undefined) {
    return { file, value: undefined, problems: [problem(file, START, 'The file is empty. Add at least one collection such as "teams:", or delete the file.', 'empty-file')], locate };
  }
  return { file, value, problems, locate };
}

interface SyntaxError {
  pos: [number, number];
  code: string;
  message: string;
}

/** The library's errors with the duplicate keys found by checkDocument, in the order of the text. */
function withDuplicateKeys(errors: readonly SyntaxError[], duplicates: ReadonlyArray<{ offset: number }>): SyntaxError[] {
  if (duplicates.length === 0) return [...errors];
  const found = duplicates.map((d): SyntaxError => ({ pos: [d.offset, d.offset + 1], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' }));
  return [...errors, ...found].sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * An alias that points at a node containing it (`a: &x { b: *x }`, `&a\n<<: *a`) would make a
 * cycle as data, which every later walk would follow forever; too many aliases would make the
 * conversion to data slow. Either is refused where the alias stands.
 */
function aliasProblem(file: string, alias: AliasFinding, spanOf: (start: number, end: number) => Span, limits: ParseLimits): DataProblem {
  if (alias.kind === 'too-many') {
    return problem(file, spanOf(alias.start, alias.end), `The file uses more than ${limits.maxAliases} aliases (*name); this is alias ${limits.maxAliases + 1}. Write the values out instead of using aliases, or split the file.`, 'yaml-aliases');
  }
  return problem(file, spanOf(alias.start, alias.end), `The alias *${alias.source} is inside the node it refers to, which would make endless data. Write the values out instead of using this alias.`, 'yaml-recursive-alias');
}
