/**
 * Checks one data file on its own: limits, encoding, YAML, links, schema, duplicate ids and meaning. A good
 * file is read by the fast parser and keeps only its plain data and its bytes; positions come from
 * the `yaml` document only when something asks for one (a file with problems, or a later check of
 * the merged whole), so every diagnostic keeps its exact line and column.
 */
import { createHash } from 'node:crypto';
import { COLLECTIONS, type HandbookFile } from '../schema/schema';
import { decodeDataFile } from './decode';
import { fastParse } from './fastYaml';
import { findUnsafeLinks, shownHref } from './linkSafetyChecks';
import { meaningIssues } from './meaning';
import { findCredentialsInData } from './secrets';
import type { DataProblem } from './problem';
import { validateDataFile } from './validate';
import { DEFAULT_LIMITS, parseYamlFile, type DataPath, type ParsedFile, type ParseLimits, type Span } from './yamlFile';

/** The result of checking one file. `file` is the file's key (its URI or path); labels are the caller's. */
export interface CheckedFile extends ParsedFile {
  /** Hash of the file's bytes: the same bytes always check the same way. */
  hash: string;
  /** The bytes checked (kept for positions found later, and to see that a file did not change). */
  bytes: Uint8Array;
  /** The plain data when the file has no problems of its own, otherwise undefined. */
  value: HandbookFile | undefined;
}

/** A problem of a file without its position yet: a data path and where on it to point. */
export interface FileIssue {
  path: DataPath;
  at: 'key' | 'value';
  message: string;
  rule: string;
}

export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Whether two files have the same bytes: a native compare, several times faster than hashing them.
 * The same array (a file the caller did not need to read again) is not compared at all.
 */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a === b || (a !== undefined && a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b));
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

const SINGULAR_ID: Record<string, string> = {
  sources: 'source page', teams: 'team', procedures: 'procedure', templates: 'template',
  meetings: 'meeting', channels: 'channel', userGroups: 'user group', guides: 'guide', customers: 'customer',
};

/** The checks that need no other file: links, schema, ids used twice. Linear in the file's size. */
export function fileIssues(value: unknown): FileIssue[] {
  const issues: FileIssue[] = findUnsafeLinks(value).map((u) => ({
    path: u.path, at: 'value' as const, rule: 'unsafe-link',
    message: `The link ${shownHref(u.href)} is not allowed: links must start with https: or mailto: (any other scheme is refused however it is spelled, with entities, percent-escapes or hidden characters).`,
  }));
  // Data files are shared: a Slack token or webhook URL in one would leak.
  for (const c of findCredentialsInData(value)) issues.push({ path: c.path, at: 'value', rule: 'secret-in-data', message: c.message });
  if (issues.length) return issues;
  const schemaIssues = validateDataFile(value);
  for (const issue of schemaIssues) issues.push({ ...issue, rule: 'schema' });
  const file = value as HandbookFile;
  for (const collection of COLLECTIONS) {
    const ids = new Map<string, number>();
    const list: unknown = file?.[collection];
    if (!Array.isArray(list)) continue;
    for (const [index, item] of list.entries()) {
      // Entries of the wrong shape are already reported by the schema check above.
      if (typeof item !== 'object' || item === null || typeof item.id !== 'string') continue;
      const first = ids.get(item.id);
      if (first === undefined) ids.set(item.id, index);
      else issues.push({
        path: [collection, index, 'id'], at: 'value', rule: 'duplicate-id',
        message: `The ${SINGULAR_ID[collection]} id "${item.id}" is used twice in this file (first at ${collection}[${first}]). Ids must be unique; merge the two entries.`,
      });
    }
  }
  // Dates on the calendar, ids unique at every level, field types, deceptive names (see meaning.ts).
  if (schemaIssues.length === 0) for (const issue of meaningIssues(value)) issues.push({ ...issue, rule: issue.rule ?? 'meaning' });
  return issues;
}

/** Positions of a file's nodes, found by parsing its text with `yaml` the first time one is asked for. */
function lazyLocator(file: string, bytes: Uint8Array, limits: ParseLimits): ParsedFile['locate'] {
  let located: ParsedFile | undefined;
  return (path, prefer) => {
    if (!located) {
      const decoded = decodeDataFile(file, bytes);
      if (!decoded.ok) return START;
      located = parseYamlFile(file, decoded.text, limits, 'positions');
    }
    return located.locate(path, prefer);
  };
}

function positioned(file: string, issues: FileIssue[], locate: ParsedFile['locate']): DataProblem[] {
  return issues.map((i) => ({ file, ...locate(i.path, i.at), message: i.message, rule: i.rule, severity: 'error' as const }));
}

/** A file that has passed every check of its own, from data checked before (in memory or on disk). */
export function checkedFromValue(file: string, bytes: Uint8Array, hash: string, value: HandbookFile, limits: ParseLimits = DEFAULT_LIMITS): CheckedFile {
  return { file, hash, bytes, value, problems: [], locate: lazyLocator(file, bytes, limits) };
}

/**
 * Checks a file's bytes. `file` names it in problems (the loader passes the file's key). A file with
 * problems keeps no data and no document: it is not merged, so nothing asks for its positions later.
 */
export function checkDataFile(file: string, bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS, hash = contentHash(bytes)): CheckedFile {
  if (bytes.byteLength <= limits.maxBytes) {
    const decoded = decodeDataFile(file, bytes);
    const fast = decoded.ok ? fastParse(withoutBom(decoded.text), limits) : undefined;
    if (fast !== undefined) {
      const issues = fileIssues(fast);
      if (issues.length === 0) return checkedFromValue(file, bytes, hash, fast as HandbookFile, limits);
      // The fast path's data is the document path's (fastPath.test.ts): only the positions are missing.
      if (decoded.ok) return positionedIssues(file, bytes, hash, decoded.text, issues, limits);
    }
  }
  // Something is wrong (or the fast path declined): the document path decides, with positions.
  return checkWithDocumentPath(file, bytes, limits, hash);
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * A file over the size limit, refused unread: callers check the size on disk first (`stat`), so a
 * file of hundreds of megabytes is never read into memory, decoded or hashed.
 */
export function refusedAsTooLarge(file: string, size: number, limits: ParseLimits = DEFAULT_LIMITS, hash = `too-large:${size}`, bytes: Uint8Array = new Uint8Array(0)): CheckedFile {
  return {
    file, hash, bytes, value: undefined, locate: () => START,
    problems: [{
      file, ...START, severity: 'error', rule: 'file-too-large',
      message: `The file is ${size} bytes; data files may be at most ${limits.maxBytes} bytes. Split it into smaller files.`,
    }],
  };
}

const failedFile = (file: string, bytes: Uint8Array, hash: string, problems: DataProblem[]): CheckedFile => ({ file, hash, bytes, value: undefined, problems, locate: () => START });

/**
 * The problems the fast path found, placed with `yaml`'s document, as the document path would place
 * them, without checking the same data a second time or converting the document to data.
 */
function positionedIssues(file: string, bytes: Uint8Array, hash: string, text: string, issues: FileIssue[], limits: ParseLimits): CheckedFile {
  const located = parseYamlFile(file, text, limits, 'positions');
  // The document path's own problems come first, as they would there (the property test finds none).
  return failedFile(file, bytes, hash, located.problems.length ? located.problems : positioned(file, issues, located.locate));
}

/** The same checks with `yaml`'s document API only: slower, with positions; its answer is the one that counts. */
export function checkWithDocumentPath(file: string, bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS, hash = contentHash(bytes)): CheckedFile {
  const failed = (problems: DataProblem[]) => failedFile(file, bytes, hash, problems);
  if (bytes.byteLength > limits.maxBytes) return refusedAsTooLarge(file, bytes.byteLength, limits, hash, bytes);
  const decoded = decodeDataFile(file, bytes);
  if (!decoded.ok) return failed([decoded.problem]);
  const parsed = parseYamlFile(file, decoded.text, limits);
  if (parsed.problems.length || parsed.value === undefined) return failed(parsed.problems);
  const problems = positioned(file, fileIssues(parsed.value), parsed.locate);
  if (problems.length) return failed(problems);
  // Good after all (say, it uses anchors): keep the data, not the document.
  return checkedFromValue(file, bytes, hash, parsed.value as HandbookFile, limits);
}
