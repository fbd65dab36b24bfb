/** Search as a tool: everything the Search command finds, with ids to look up and the source. */
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import { entryRef, lookupEntry, type EntryKind, type EntryRef } from '../../../core/handbook/entryRef';
import type { CollectionName } from '../../../core/schema/schema';
import { boundQuery, queryCutNote } from '../../search/model/queryLimit';
import { buildSearchIndex, type SearchIndex, type SearchResult } from '../../search/model/searchIndex';
import type { Mentions } from '../../search/model/searchItems';
import { ok, sourceInfo, sourceLine, type SourceInfo, type ToolContext, type ToolResult } from './context';
import type { SearchHit } from './outputs';

export const DEFAULT_SEARCH_LIMIT = 10;

// One index per loaded handbook: built on the first search, dropped with the handbook.
const indexes = new WeakMap<HandbookIndex, SearchIndex>();
function searchIndexOf(index: HandbookIndex): SearchIndex {
  let built = indexes.get(index);
  if (!built) indexes.set(index, (built = buildSearchIndex(index.handbook)));
  return built;
}

export type { SearchHit } from './outputs';

// Words an assistant's question carries that say nothing about the playbook's entries.
const QUESTION_WORDS = new Set(['how', 'what', 'when', 'where', 'who', 'which', 'why', 'the', 'and', 'for', 'does', 'should', 'can', 'with', 'about', 'not', 'yet', 'has', 'have', 'been', 'isn', 'isnt', 'are', 'our', 'this', 'that', 'into', 'from']);

/**
 * The search index finds entries with every word of the query. Assistants often pass a whole
 * question, so when nothing has every word, the entries with the most of its meaningful words
 * come back instead (ties: the first found first), and the result says so.
 */
function searchWords(index: SearchIndex, query: string, limit: number): { results: SearchResult[]; partial: boolean; words?: string[] } {
  const all = index.search(query, limit);
  if (all.length) return { results: all, partial: false };
  const words = [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}#@'’-]+/u))]
    .filter((w) => w.replace(/[#@'’-]/g, '').length >= 3 && !QUESTION_WORDS.has(w.replace(/['’]/g, '')))
    // A query word matches the words it starts, so a plural finds its singular only without the s.
    .map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));
  if (words.length === 0 || (words.length === 1 && words[0] === query.trim().toLowerCase())) return { results: [], partial: false };
  const hits = new Map<string, { result: SearchResult; count: number; order: number }>();
  for (const word of words) {
    for (const result of index.search(word, 200)) {
      const key = `${JSON.stringify(result.target)}|${result.label}`;
      const hit = hits.get(key);
      if (hit) hit.count++;
      else hits.set(key, { result, count: 1, order: hits.size });
    }
  }
  const ranked = [...hits.values()].sort((a, b) => b.count - a.count || a.order - b.order);
  return { results: ranked.slice(0, limit).map((h) => h.result), partial: true, words };
}

export function search(ctx: ToolContext, asked: string, limit = DEFAULT_SEARCH_LIMIT): ToolResult<{ query: string; results: SearchHit[]; partial: boolean }> {
  const bounded = boundQuery(asked);
  const query = bounded.query;
  const note = bounded.cut ? `${queryCutNote(bounded)}\n` : '';
  const index = searchIndexOf(ctx.index);
  const found = searchWords(index, query, limit);
  // The sentences that hold any word that found a result (each word on its own when only some matched).
  const sentences = index.sentencesOf(found.results, found.words ?? [query]);
  const results = found.results.map((r, i): SearchHit => {
    const source = targetSource(ctx, r.target);
    const names = namesOf(ctx, r.mentions);
    return {
      kind: r.kind, label: r.label, detail: r.detail, ...(r.teamId !== undefined ? { teamId: r.teamId } : {}), target: r.target,
      sentence: sentences[i].join(' '), ...(names ? { names } : {}), ...(source ? { source } : {}),
    };
  });
  const partial = found.partial;
  if (!results.length) return ok({ query, results, partial }, `${note}Nothing in the playbook matches "${query}". Try other words, or listTeams / listTemplates.`);
  const lines = [...(note ? [note.trimEnd()] : []), partial ? `No playbook entry has every word of "${query}"; these have the most of them:` : `Playbook entries matching "${query}":`];
  results.forEach((r, i) => {
    // The whole sentence, so the answer can be quoted; the excerpt only where there is no sentence.
    const text = r.sentence || r.detail;
    lines.push(`${i + 1}. [${r.kind}] ${r.label}${text && text !== r.label ? ` — ${text}` : ''}`);
    if (r.names) lines.push(`   ${namesLine(r.names)}`);
    lines.push(`   ${targetRef(r.target)}${r.source ? `; ${sourceLine(r.source)}` : ''}`);
  });
  return ok({ query, results, partial }, lines.join('\n'));
}

/** How to get the whole entry: the tool and id to call. */
function targetRef(target: EntryRef): string {
  switch (target.kind) {
    case 'team': return `team id "${target.teamId}" (getTeam)`;
    case 'procedure': return `procedure id "${target.procedureId}" (getProcedure)`;
    case 'step': return `step "${target.stepId}" of procedure "${target.procedureId}" (getProcedure)`;
    case 'template': return `template id "${target.templateId}" (getTemplate)`;
    case 'meeting': return `meeting id "${target.meetingId}"`;
    case 'channel': return `channel id "${target.channelId}"`;
    case 'userGroup': return `user group id "${target.userGroupId}"`;
    case 'guide': return `guided flow "${target.guideId}" (routeHelp)`;
  }
}

/** The collection whose origins (team files) a kind of entry is looked up in. */
const COLLECTION_OF: Record<Exclude<EntryKind, 'step' | 'guide'>, CollectionName> = {
  team: 'teams', procedure: 'procedures', template: 'templates', meeting: 'meetings', channel: 'channels', userGroup: 'userGroups',
};

function targetSource(ctx: ToolContext, target: EntryRef): SourceInfo | undefined {
  if (target.kind === 'guide') return undefined;
  if (target.kind === 'step') {
    // A step may name its own source (a later page); otherwise it is its procedure's.
    const procedure = lookupEntry(ctx.index, entryRef.procedure(target.procedureId));
    const step = procedure?.steps.find((s) => s.id === target.stepId);
    return procedure && sourceInfo(ctx, step?.source ?? procedure.source, 'procedures', procedure.id);
  }
  const entry = lookupEntry(ctx.index, target);
  return entry && sourceInfo(ctx, entry.source, COLLECTION_OF[target.kind], entry.id);
}

/** The entries a result names, resolved to what the assistant shows (an id no longer in the data is left out). */
function namesOf(ctx: ToolContext, mentions: Mentions | undefined): SearchHit['names'] {
  if (!mentions) return undefined;
  const template = mentions.template ? ctx.index.template(mentions.template) : undefined;
  const channel = mentions.channel ? ctx.index.channel(mentions.channel) : undefined;
  const userGroup = mentions.userGroup ? ctx.index.userGroup(mentions.userGroup) : undefined;
  if (!template && !channel && !userGroup) return undefined;
  return {
    ...(template ? { template: { id: template.id, title: template.title } } : {}),
    ...(channel ? { channel: { id: channel.id, name: channel.name } } : {}),
    ...(userGroup ? { userGroup: { id: userGroup.id, name: userGroup.name } } : {}),
  };
}

function namesLine(names: NonNullable<SearchHit['names']>): string {
  return [
    names.template ? `template: ${names.template.title} (${names.template.id}; getTemplate, draftTicket)` : '',
    names.channel ? `channel: ${names.channel.name}` : '',
    names.userGroup ? `user group: ${names.userGroup.name}` : '',
  ].filter(Boolean).join('; ');
}
