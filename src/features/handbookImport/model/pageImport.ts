/**
 * Turns a handbook page, written the way the handbook writes them, into data in the project's
 * shape: the page itself (title and opening paragraph), a team per section of facet points, the
 * team's procedure and ticket templates, the recurring meetings, a checklist and the Slack
 * channels, each entry with the section it comes from. Every block that fits none of these is
 * reported with its line, so nothing is dropped silently.
 *
 * Given existing data (`reference`, normally the bundled handbook), entries the page still has keep
 * their ids, and what a page does not say (snippet prefixes, field types, a channel's teams) is
 * taken from there. Pure: no file system.
 */
import type { Tokens } from 'marked';
import type { Handbook } from '../../../core/schema/schema';
import { blockText, parsePage, type Block, type ParsedPage, type Section } from './blocks';
import { notePlaced, type ImportContext, type ImportedData, type Unplaced } from './context';
import { importChannels, importChecklist, importMeetings, isChannelTable, isMeetingList } from './processImport';
import { Reference } from './reference';
import { importTeam, isTeamList } from './teamImport';
import { normalizeSpace, slug } from './text';

export type { ImportedData, Unplaced } from './context';

export interface ImportOptions {
  /** Existing data: ids to keep and facts the page does not state. */
  reference?: Handbook;
  /** The page's file name, recorded in its source entry. */
  fileName?: string;
  /** Which revision the page is; by default the existing entry's, else "later". */
  revision?: 'earlier' | 'later';
  /**
   * The import is written as a layer over the reference data, where a procedure's steps replace its
   * whole list: steps the reference has from another page (which this page does not speak for) are
   * kept, each with its source, in their place. Off for comparing two pages, where each page's own
   * steps are what is compared.
   */
  asLayer?: boolean;
}

export interface PageImport {
  data: ImportedData;
  unplaced: Unplaced[];
}

export function importPage(markdown: string, options: ImportOptions = {}): PageImport {
  const page = parsePage(markdown);
  const reference = new Reference(options.reference);
  const titleSection = page.sections.find((s) => s.depth === 1);
  const title = titleSection?.heading ?? 'Handbook page';
  const knownSource = reference.source(title);
  const ctx: ImportContext = {
    page: knownSource?.id ?? slug(title),
    reference,
    asLayer: options.asLayer,
    data: { sources: [], teams: [], procedures: [], templates: [], meetings: [], channels: [], userGroups: [] },
    unplaced: [],
  };
  if (!titleSection) notePlaced(ctx, 1, '', 'the page has no "# Title" heading; its source entry is named "Handbook page"');
  const introBlock = titleSection?.blocks.find((b) => b.token.type === 'paragraph');
  ctx.data.sources.push({
    id: ctx.page,
    title,
    revision: options.revision ?? knownSource?.revision ?? 'later',
    ...(options.fileName && /^[A-Za-z0-9_.-]+\.md$/.test(options.fileName) ? { file: options.fileName } : {}),
    ...(knownSource?.url ? { url: knownSource.url } : {}),
    ...(introBlock ? { intro: normalizeSpace((introBlock.token as Tokens.Paragraph).text) } : {}),
  });
  // Teams first: meetings name the teams they belong to.
  const deferred: (() => void)[] = [];
  for (const section of page.sections) {
    const rest = section.blocks.filter((b) => b !== introBlock);
    const placed = importSection(ctx, page, section, rest, deferred);
    for (const block of rest) if (!placed.has(block)) noteBlock(ctx, block, section);
  }
  for (const run of deferred) run();
  ctx.unplaced.sort((a, b) => a.line - b.line);
  return { data: ctx.data, unplaced: ctx.unplaced };
}

/** Imports what the section holds; returns the blocks it placed. */
function importSection(ctx: ImportContext, page: ParsedPage, section: Section, blocks: Block[], deferred: (() => void)[]): Set<Block> {
  const placed = new Set<Block>();
  for (const [i, block] of blocks.entries()) {
    const token = block.token;
    if (token.type === 'list' && section.depth > 0) {
      const items = page.items(token as Tokens.List, block.line);
      if (isTeamList(items)) importTeam(ctx, section.heading, section.line, items);
      else if (isMeetingList(items)) deferred.push(() => importMeetings(ctx, section.heading, items, [...ctx.data.teams, ...ctx.reference.teams.filter((t) => !ctx.data.teams.some((p) => p.id === t.id))]));
      else if ((token as Tokens.List).ordered) {
        const previous = blocks[i - 1];
        const intro = previous?.token.type === 'paragraph' ? normalizeSpace((previous.token as Tokens.Paragraph).text) : undefined;
        if (intro) placed.add(previous);
        importChecklist(ctx, section.heading, intro, items);
      } else continue;
      placed.add(block);
    } else if (token.type === 'table' && isChannelTable(token as Tokens.Table)) {
      importChannels(ctx, section.heading, token as Tokens.Table, block.line);
      placed.add(block);
    }
  }
  return placed;
}

function noteBlock(ctx: ImportContext, block: Block, section: Section): void {
  const token = block.token;
  const where = section.heading ? `under "${section.heading}"` : 'before the first heading';
  if (token.type === 'list' && (token as Tokens.List).items.every((item) => /^\[[^\]]+\]\(#[^)]*\)$/.test(item.text.trim()))) {
    notePlaced(ctx, block.line, blockText(token), `a table of contents (links within the page) ${where}; the data keeps no contents`);
  } else {
    notePlaced(ctx, block.line, blockText(token), `a ${token.type} ${where} that is not a team, meeting, checklist or channels table`);
  }
}
