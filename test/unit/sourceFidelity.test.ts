/**
 * Holds the bundled data against the handbook pages the extension ships (media/handbook/, the pages
 * of /work/shared/seeds transcribed). Each line of the pages that is current is rebuilt from the
 * data and must match exactly, both ways: a sentence dropped, changed or invented in data/ fails here.
 *
 * The earlier page ("Customer Engineering Team Culture") has the five intersections in their
 * earlier wording, the procedure for engaging support with its two templates, the meetings, the
 * out-of-office protocol and the Slack channels; the later page ("How CE Intersects Internal
 * Teams") revises the intersections. Where both cover the same thing the later page is current;
 * what only the earlier page has is carried over whole.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bundledHandbook, repoRoot } from './helpers';
import type { Handbook, Procedure } from '../../src/core/schema/schema';

const EARLIER = 'team-culture';
const LATER = 'intersects-internal-teams';
const PAGES: Record<string, string> = { [EARLIER]: 'customer-engineering-team-culture.md', [LATER]: 'how-ce-intersects-internal-teams.md' };
/** Obvious typos the data fixes (transcribing allows it); applied to the page before comparing. */
const TYPO_FIXES: Array<[RegExp, string]> = [[/\boperting\b/, 'operating'], [/Feedback treads/, 'Feedback threads']];

interface PageLine { section: string; text: string }

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page as content lines with their section, markup removed. */
function pageLines(pageId: string): { headings: string[]; lines: PageLine[] } {
  const raw = fs.readFileSync(path.join(repoRoot, 'media', 'handbook', PAGES[pageId]), 'utf8');
  const headings: string[] = [];
  const lines: PageLine[] = [];
  let section = '';
  for (let line of raw.split('\n')) {
    for (const [typo, fix] of TYPO_FIXES) line = line.replace(typo, fix);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) { section = heading[1].trim(); headings.push(section); continue; }
    if (!line.trim() || /^-{3,}$/.test(line.trim()) || /^\s*\*\s+\[.*\]\(#.*\)\s*$/.test(line)) continue; // blank, rule, table of contents
    if (/^\s*\|/.test(line)) {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      if (cells.every((c) => /^-+$/.test(c)) || cells[0] === 'Slack Channel') continue; // table header
      lines.push({ section, text: cells.join(' | ') });
      continue;
    }
    const text = line.replace(/^\s*(?:[-*]|\d+\.)\s+/, '').replace(/\*\*/g, '');
    lines.push({ section, text: normalize(text) });
  }
  return { headings, lines };
}

/** Which lines of each page are current (see the header comment). */
function isCurrent(pageId: string, line: PageLine): boolean {
  if (pageId === LATER) return true;
  if (['Recurring Team Meetings', 'OOO Protocols', 'CE-Specific Slack Channels', 'Customer Engineering Team Culture'].includes(line.section)) return true;
  // Of the earlier intersections, only the detailed support procedure and its templates are still current.
  if (line.section === 'Customer Support Engineers (CSEs)') return !/^(How CE adds value|How CSE adds value|Collaboration overview)/.test(line.text);
  return false;
}

/** Rebuilds the page's lines from the data. */
function linesFromData(h: Handbook, pageId: string): PageLine[] {
  const out: PageLine[] = [];
  const add = (section: string, ...parts: Array<string | undefined>) => out.push({ section, text: normalize(parts.filter(Boolean).join(' ')) });
  const source = h.sources.find((s) => s.id === pageId)!;
  add(source.title, source.intro);
  for (const team of h.teams.filter((t) => t.source.page === pageId)) {
    const s = team.source.section;
    add(s, `${team.valueToTeam.label}:`, team.valueToTeam.text);
    add(s, `${team.valueToCe.label}:`, team.valueToCe.text);
    const routes = team.routes ?? [];
    const groups = routes.flatMap((r) => h.userGroups.filter((g) => g.id === r.userGroup && g.description && g.source.page === pageId));
    add(s, `${team.collaboration.label}:`, team.collaboration.text, ...routes.map((r) => r.text), ...groups.map((g) => g.description));
    for (const detail of team.collaboration.details ?? []) add(s, detail);
  }
  for (const p of h.procedures) out.push(...procedureLines(h, p, pageId));
  for (const m of h.meetings.filter((x) => x.source.page === pageId)) add(m.source.section, `${m.name} (${m.cadence.text}):`, m.description);
  for (const c of h.channels.filter((x) => x.source.page === pageId)) out.push({ section: c.source.section, text: `${c.name} | ${c.description}` });
  return out;
}

/** Steps form paragraphs: a labelled step starts one, a step with a template ends one with its fields. */
function procedureLines(h: Handbook, p: Procedure, pageId: string): PageLine[] {
  const out: PageLine[] = [];
  const pageOf = (s: Procedure['steps'][number]) => (s.source ?? p.source).page;
  const sectionOf = (s: Procedure['steps'][number]) => (s.source ?? p.source).section;
  if (p.source.page === pageId && p.intro) out.push({ section: p.source.section, text: p.intro });
  let paragraph: string[] = [];
  let section = '';
  const flush = () => {
    if (paragraph.length) out.push({ section, text: normalize(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const step of p.steps) {
    if (pageOf(step) !== pageId) { flush(); continue; }
    if (p.ordered) { out.push({ section: sectionOf(step), text: step.text }); continue; }
    if (step.label) { flush(); paragraph.push(`${step.label}:`); }
    section = sectionOf(step);
    paragraph.push(step.text);
    const template = step.template ? h.templates.find((t) => t.id === step.template) : undefined;
    if (template) {
      paragraph.push(template.description);
      flush();
      for (const f of template.fields) out.push({ section: template.source.section, text: `${f.label}:` });
    }
  }
  flush();
  return out;
}

describe('bundled data against the handbook pages', () => {
  const handbook = bundledHandbook();

  for (const pageId of [EARLIER, LATER]) {
    describe(`page "${pageId}"`, () => {
      const { headings, lines } = pageLines(pageId);
      const current = lines.filter((l) => isCurrent(pageId, l));
      const rebuilt = linesFromData(handbook, pageId);
      const key = (l: PageLine) => `[${l.section}] ${l.text}`;

      it('every current line of the page is in the data, word for word', () => {
        const have = new Set(rebuilt.map(key));
        const missing = current.map(key).filter((k) => !have.has(k));
        assert.deepEqual(missing, []);
      });

      it('every line rebuilt from the data is on the page, in its section', () => {
        const have = new Set(current.map(key));
        const invented = rebuilt.map(key).filter((k) => !have.has(k));
        assert.deepEqual(invented, []);
      });

      it('every entry from this page names one of its real sections', () => {
        const sections = [
          ...handbook.teams.map((t) => t.source),
          ...handbook.procedures.flatMap((p) => [p.source, ...p.steps.map((s) => s.source ?? p.source)]),
          ...handbook.templates.map((t) => t.source),
          ...handbook.meetings.map((m) => m.source),
          ...handbook.channels.map((c) => c.source),
          ...handbook.userGroups.map((g) => g.source),
        ].filter((s) => s.page === pageId);
        assert.ok(sections.length > 0);
        for (const s of sections) assert.ok(headings.includes(s.section), `"${s.section}" is not a heading of ${pageId}`);
      });
    });
  }

  it('the teams are the later page’s five, in its order, with the stable ids', () => {
    const later = pageLines(LATER).headings.slice(1);
    assert.deepEqual(handbook.teams.map((t) => t.name), later);
    assert.deepEqual(handbook.teams.map((t) => t.id), ['sales', 'customer-support', 'software-engineers', 'product', 'marketing']);
  });

  it('has the counts the pages have: 3 + 7 template fields, 5 meetings, 5 out-of-office steps, 5 channels, 2 user groups', () => {
    const fields = (id: string) => handbook.templates.find((t) => t.id === id)?.fields.length;
    assert.equal(fields('support-ticket-context'), 3);
    assert.equal(fields('support-ticket-request'), 7);
    assert.equal(handbook.meetings.length, 5);
    assert.equal(handbook.procedures.find((p) => p.id === 'out-of-office')?.steps.length, 5);
    assert.deepEqual(handbook.channels.map((c) => c.name), ['#ce-internal', '#ce', '#customer-support', '#ask-product-eng', '#feedback']);
    assert.deepEqual(handbook.userGroups.map((g) => g.name), ['@ce-sdr-collab', '@cs-leadership']);
  });

  it('meeting cadences are structured: "bi-weekly" is every other week, with the named weekday', () => {
    for (const m of handbook.meetings) {
      const [, word, day] = /^(bi-weekly|weekly|monthly) on (\w+)s$/.exec(m.cadence.text) ?? [];
      assert.ok(word, m.cadence.text);
      assert.equal(m.cadence.frequency, { 'bi-weekly': 'every-other-week', weekly: 'weekly', monthly: 'monthly' }[word]);
      assert.equal(m.cadence.weekday, day.toLowerCase());
    }
  });
});
