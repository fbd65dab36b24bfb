/**
 * The persistent form of a checked file: what a window that opens on a large workspace reads
 * instead of parsing what it parsed yesterday. An entry is keyed by the hash of the file's bytes
 * and the version of the checks (the JSON Schema, the limits and CHECKS_REVISION), and carries a
 * checksum of its body, so an entry that is corrupt, truncated, stale or meant for other bytes is
 * ignored, never trusted. Only files without problems are stored: a file with problems is parsed
 * with positions anyway.
 */
import { createHash } from 'node:crypto';
import { HandbookFile } from '../schema/schema';
import type { CheckedFile } from './checkFile';
import { DEFAULT_LIMITS, type ParseLimits } from './yamlFile';

/** Raise when a check changes without a change to the schema (a new rule in validate.ts, say). */
const CHECKS_REVISION = 4; // 2: Slack credentials in data files are refused (secrets.ts); 3: an indented first line is read by the document path; 4: so is a comment glued to a closing quote
const FORMAT = 1;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let versionOfDefaults: string | undefined;
/** Changes whenever the same bytes could check differently. */
export function checksVersion(limits: ParseLimits = DEFAULT_LIMITS): string {
  const compute = () => sha256(JSON.stringify({ schema: HandbookFile, limits, revision: CHECKS_REVISION, format: FORMAT })).slice(0, 16);
  if (limits !== DEFAULT_LIMITS) return compute();
  return (versionOfDefaults ??= compute());
}

/** The entry's file name: the version first, so entries of other versions are never even read. */
export const cacheEntryName = (hash: string, limits: ParseLimits = DEFAULT_LIMITS) => `${checksVersion(limits)}-${hash}.json`;

interface Header {
  format: number;
  checks: string;
  source: string;
  sum: string;
}

/** A header line, then the data as JSON. */
export function encodeCacheEntry(file: CheckedFile, limits: ParseLimits = DEFAULT_LIMITS): string | undefined {
  if (file.value === undefined || file.problems.length) return undefined;
  const body = JSON.stringify(file.value);
  const header: Header = { format: FORMAT, checks: checksVersion(limits), source: file.hash, sum: sha256(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored data of the file with these bytes (`hash`), or undefined for anything not exactly right. */
export function decodeCacheEntry(text: string, hash: string, limits: ParseLimits = DEFAULT_LIMITS): HandbookFile | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
    if (!isPlainObject(header) || header.format !== FORMAT || header.checks !== checksVersion(limits) || header.source !== hash) return undefined;
    const body = text.slice(newline + 1);
    if (typeof header.sum !== 'string' || header.sum !== sha256(body)) return undefined;
    const value: unknown = JSON.parse(body);
    return isPlainObject(value) ? (value as HandbookFile) : undefined;
  } catch {
    return undefined;
  }
}
