/**
 * The fast path's pre-scan (`needsDocumentPath`) is a handful of regular expressions, for speed. It
 * must decide exactly as the character-by-character scan it replaced, which is kept here as the
 * reference: the rules are easier to read one character at a time. fast-check writes texts from the
 * characters the rules look at.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { needsDocumentPath } from '../../src/core/load/fastYaml';

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\r';
const isNodeStart = (c: string | undefined) => isSpace(c) || c === '[' || c === '{' || c === ',';
const closesFlow = (c: string | undefined) => c === ']' || c === '}';
const NULL_KEYS = ['~', 'null', 'Null', 'NULL'];

function some(text: string, char: string, test: (i: number) => boolean): boolean {
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) if (test(i)) return true;
  return false;
}

function oddKeyBefore(text: string, colon: number): boolean {
  let end = colon;
  while (end > 0 && text[end - 1] === ' ') end--;
  const last = text[end - 1];
  if (isNodeStart(last) || closesFlow(last) || (last === '-' && isNodeStart(text[end - 2]))) return true;
  return NULL_KEYS.some((k) => text.startsWith(k, end - k.length) && isNodeStart(text[end - k.length - 1]));
}

function flowSpansLines(body: string): boolean {
  let depth = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === '\n' || c === undefined) {
      if (depth !== 0) return true;
    } else if ((c === '[' || c === '{') && isNodeStart(body[i - 1])) depth++;
    else if (closesFlow(c)) depth--;
  }
  return false;
}

/**
 * A quoted scalar opened where a node may start (or after `:` in flow) that does not close on its
 * line, or with `#` right after its closing quote; a scalar that closes is skipped whole.
 */
function oddQuotedScalar(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const q = body[i];
    if ((q !== '"' && q !== "'") || !(isNodeStart(body[i - 1]) || body[i - 1] === ':')) continue;
    for (let j = i + 1; ; j++) {
      const c = body[j];
      if (c === undefined || c === '\n' || c === '\r') return true;
      if (q === '"' && c === '\\') {
        if (body[j + 1] === undefined || body[j + 1] === '\n' || body[j + 1] === '\r') return true;
        j++;
      } else if (q === "'" && c === "'" && body[j + 1] === "'") j++;
      else if (c === q) {
        if (body[j + 1] === '#') return true;
        i = j;
        break;
      }
    }
  }
  return false;
}

/** Whether the first line that is not blank or a comment starts with a space. */
function indentedStart(body: string): boolean {
  for (const line of body.split('\n')) {
    const content = line.endsWith('\r') ? line.slice(0, -1) : line;
    const trimmed = content.replace(/^ +/, '');
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return trimmed.length < content.length;
  }
  return false;
}

function reference(text: string): boolean {
  const body = text.startsWith('---\n') ? text.slice(4) : text.startsWith('---\r\n') ? text.slice(5) : text;
  const atLineStart = (s: string) => body.startsWith(s) || body.includes(`\n${s}`) || body.includes(`\r${s}`);
  if (body.includes('\t') || atLineStart('%') || atLineStart('---') || atLineStart('...')) return true;
  if (body.includes('\r') && /\r(?!\n)/.test(body)) return true;
  if ((body.includes('[') || body.includes('{')) && flowSpansLines(body)) return true;
  if (indentedStart(body)) return true;
  const quote = (c: string | undefined) => c === '"' || c === "'";
  return (
    some(body, '!', (i) => isNodeStart(body[i - 1])) ||
    some(body, '?', (i) => isNodeStart(body[i - 1]) && isSpace(body[i + 1])) ||
    some(body, '#', (i) => closesFlow(body[i - 1]) || (quote(body[i - 1]) && !isNodeStart(body[i - 2]) && body[i - 2] !== '-')) ||
    some(body, ':', (i) => isSpace(body[i + 1]) && oddKeyBefore(body, i)) ||
    oddQuotedScalar(body)
  );
}

/** Pieces that the rules look at, and plain text between them. */
const piece = fc.constantFrom(' ', '  ', '\n', '\r\n', '\r', '\t', ':', ': ', '-', '- ', '~', 'null', 'Null', 'NULL', 'nul', '[', ']', '{', '}', ',',
  '"', "'", "''", '\\', '\\"', ' "', " '", '#', ' #', '!', '?', '? ', '%', '---', '...', '---\n', 'a', 'id', 'x:', 'key: value', '50%', 'Hello!', 'é');
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('fast path pre-scan', () => {
  it('decides as the character-by-character reference does (20,000 texts)', () => {
    fc.assert(fc.property(text, (t) => assert.equal(needsDocumentPath(t), reference(t), JSON.stringify(t))), { numRuns: 20_000 });
  });

  it('decides as the reference on every text of the fast path test\'s hand-picked cases', () => {
    const cases = ['teams: []\n', 'a: b\n', ': x\n', '~: x\n', 'a ~: x\n', '- : x\n', '[a]: x\n', 'a: [\n]\n', 'a: "x"#c\n', 'a: "x" #c\n', '- "x"#c\n', '"    - "#\n', "a: 'x '#c\n", 'a: "x "#c\n',
      'a: !tag x\n', 'a: b!\n', '? x\n', 'a: ?x\n', '%YAML 1.1\n---\na: 1\n', '---\na: 1\n', 'a: 1\n...\n', 'a:\tb\n', 'a: b\rc: d\n', 'a: b\r\nc: d\r\n', '    name: "\r\n"', 'a:\n  b: \'x\n  y\'\n', 'a: "x \\"y\\" z"\n', "a: 'it''s'\n", 'a: "x\\\n y"\n', 'a: "information:"\nb: "x"\n', '{"a":"b"}\n', 'a: "x "\n', "'''", "a: 'it'''\n",
      'a: [x, y]\n', 'a: "see [the page](https://x)"\n', 'a: "]"\n', 'a: {b: 1}\n', 'a:b\n', 'null : x\n', 'xnull: y\n'];
    for (const c of cases) assert.equal(needsDocumentPath(c), reference(c), JSON.stringify(c));
  });
});
