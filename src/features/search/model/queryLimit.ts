/**
 * How much of a query search reads: every query word costs a pass over the vocabulary and a table
 * as long as it, so a pasted page (100,000 characters, tens of thousands of words) would take the
 * extension host's memory and time. The quick pick, the command line and the assistants' tool all
 * search through SearchIndex.search, which reads only this much; each says so when it cut.
 */
import { splitWords } from './searchWords';

/** The same bound as the assistants' search tool's input (tools/definitions.ts). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 20;

export interface BoundedQuery {
  /** The part of the query that is searched. */
  query: string;
  /** Whether the query was longer than that. */
  cut: boolean;
}

export function boundQuery(query: string): BoundedQuery {
  let bounded = query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
  const words = splitWords(bounded);
  if (words.length > MAX_QUERY_WORDS) bounded = bounded.slice(0, words[MAX_QUERY_WORDS - 1].end);
  return { query: bounded, cut: bounded.length < query.length && splitWords(query.slice(bounded.length)).length > 0 };
}

/** What the command line and the tools say when a query was cut. */
export function queryCutNote(bounded: BoundedQuery): string {
  return `The query is longer than ${MAX_QUERY_LENGTH} characters or ${MAX_QUERY_WORDS} words; only "${bounded.query}" was searched.`;
}
