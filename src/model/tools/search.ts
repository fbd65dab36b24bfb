/** Search as a tool: everything the Search command finds, with ids to look up and the source. */
import type { HandbookIndex } from '../handbook/handbookIndex';
import type { EntryRef } from '../handbook/entryRef';
import { buildSearchIndex, type SearchIndex, type SearchResult } from '../search/searchIndex';
import { ok, sourceInfo, sourceLine, type SourceInfo, type ToolContext, type ToolResult } from './context';

export const DEFAULT_SEARCH_LIMIT = 10;

// One index per loaded handbook: built on the first search, dropped with the handbook.
const indexes = new WeakMap<HandbookIndex, SearchIndex>();
function searchIndexOf(index: HandbookIndex): SearchIndex {
  let built = indexes.get(index);
  if (!built) indexes.set(index, (built = buildSearchIndex(index.handbook)));
  return built;
}

export interface SearchHit {
  kind: SearchResult['kind'];
  label: string;
  detail: string;
  teamId?: string;
  target: EntryRef;
  source?: SourceInfo;
}

export function search(ctx: ToolContext, query: string, limit = DEFAULT_SEARCH_LIMIT): ToolResult<{ query: string; results: SearchHit[] }> {
  const results = searchIndexOf(ctx.index).search(query, limit).map((r): SearchHit => {
    const source = targetSource(ctx, r.target);
    return { kind: r.kind, label: r.label, detail: r.detail, ...(r.teamId !== undefined ? { teamId: r.teamId } : {}), target: r.target, ...(source ? { source } : {}) };
  });
  if (!results.length) return ok({ query, results }, `Nothing in the playbook matches "${query}". Try other words, or listTeams / listTemplates.`);
  const lines = [`Playbook entries matching "${query}":`];
  results.forEach((r, i) => {
    lines.push(`${i + 1}. [${r.kind}] ${r.label}${r.detail && r.detail !== r.label ? ` — ${r.detail}` : ''}`);
    lines.push(`   ${targetRef(r.target)}${r.source ? `; ${sourceLine(r.source)}` : ''}`);
  });
  return ok({ query, results }, lines.join('\n'));
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

function targetSource(ctx: ToolContext, target: EntryRef): SourceInfo | undefined {
  const { index } = ctx;
  switch (target.kind) {
    case 'team': {
      const team = index.team(target.teamId);
      return team && sourceInfo(ctx, team.source, 'teams', team.id);
    }
    case 'procedure':
    case 'step': {
      const procedure = index.procedure(target.procedureId);
      const step = target.kind === 'step' ? procedure?.steps.find((s) => s.id === target.stepId) : undefined;
      return procedure && sourceInfo(ctx, step?.source ?? procedure.source, 'procedures', procedure.id);
    }
    case 'template': {
      const template = index.template(target.templateId);
      return template && sourceInfo(ctx, template.source, 'templates', template.id);
    }
    case 'meeting': {
      const meeting = index.meeting(target.meetingId);
      return meeting && sourceInfo(ctx, meeting.source, 'meetings', meeting.id);
    }
    case 'channel': {
      const channel = index.channel(target.channelId);
      return channel && sourceInfo(ctx, channel.source, 'channels', channel.id);
    }
    case 'userGroup': {
      const group = index.userGroup(target.userGroupId);
      return group && sourceInfo(ctx, group.source, 'userGroups', group.id);
    }
    case 'guide':
      return undefined;
  }
}
