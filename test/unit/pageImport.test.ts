/**
 * Importing the two bundled handbook pages gives back the bundled data.
 *
 * What is compared, honestly: for every bundled entry transcribed from a page (guides are not: their
 * questions are the extension's own), the import has an entry with the same id, and every text field
 * of it (name, title, label, text, description, intro, summary, cadence text, the overview's points)
 * is equal at the same field path, apart from the two typos the transcription fixed (TYPO_FIXES).
 * Also compared: the references the page itself states (a route's or step's user group and channel,
 * a step's template, a meeting's teams). Not compared, because the import takes them from the
 * existing data when the page does not say them: a template's prefix, channel and field types, a
 * channel's teams, the situational procedure's title.
 *
 * The two imports are combined as the bundled data combines the pages: where both pages have an
 * entry the later page's fields win, and a procedure's steps from both pages are kept.
 * A second test imports without any reference data: then no id or text can come from the bundled
 * data, and every sentence of the bundled text fields must still be in the import.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { flattenEntry } from '../../src/features/whatChanged/model/flatten';
import { dataFiles } from '../../src/features/handbookImport/model/dataYaml';
import { importPage, type ImportedData } from '../../src/features/handbookImport/model/pageImport';
import { sentences } from '../../src/features/handbookImport/model/text';
import { parseDataFile } from '../../src/core/load/loadHandbook';
import type { Handbook, Procedure } from '../../src/core/schema/schema';
import { bundledHandbook, repoRoot } from './helpers';

const EARLIER = path.join(repoRoot, 'media', 'handbook', 'customer-engineering-team-culture.md');
const LATER = path.join(repoRoot, 'media', 'handbook', 'how-ce-intersects-internal-teams.md');
/** The page's words → the bundled data's, where the transcription fixed a typo. */
const TYPO_FIXES: [string, string][] = [['operting', 'operating'], ['Feedback treads', 'Feedback threads']];
const TEXT_KEYS = new Set(['name', 'title', 'label', 'text', 'description', 'intro', 'summary', 'cadence.text']);
const STATED_REFS = /^(routes\[[^\]]+\]\.(userGroup|channel)|steps\[[^\]]+\]\.(template|userGroup)|teams)$/;
const COLLECTIONS = ['sources', 'teams', 'procedures', 'templates', 'meetings', 'channels', 'userGroups'] as const;

const fixTypos = (text: string) => TYPO_FIXES.reduce((t, [from, to]) => t.split(from).join(to), text);
const read = (file: string) => fs.readFileSync(file, 'utf8');

function combine(earlier: ImportedData, later: ImportedData): ImportedData {
  const out = structuredClone(earlier);
  for (const c of COLLECTIONS) {
    for (const entry of later[c]) {
      const i = (out[c] as { id: string }[]).findIndex((e) => e.id === entry.id);
      if (i < 0) (out[c] as unknown[]).push(entry);
      else if (c === 'procedures') {
        const before = out.procedures[i];
        out.procedures[i] = { ...before, ...entry, steps: [...before.steps, ...(entry as Procedure).steps.filter((s) => !before.steps.some((b) => b.id === s.id))] };
      } else (out[c] as unknown[])[i] = entry;
    }
  }
  return out;
}

function isComparedField(collection: string, field: string): boolean {
  if (collection === 'channels' && field === 'teams') return false;
  if (collection === 'templates' && field === 'teams') return false;
  const last = field.replace(/^.*\]\./, '');
  return TEXT_KEYS.has(last) || TEXT_KEYS.has(field) || /details\[\d+\]$/.test(field) || STATED_REFS.test(field);
}

describe('importing a handbook page', () => {
  const bundled: Handbook = bundledHandbook();
  const earlier = importPage(read(EARLIER), { reference: bundled, fileName: path.basename(EARLIER) });
  const later = importPage(read(LATER), { reference: bundled, fileName: path.basename(LATER) });
  const imported = combine(earlier.data, later.data);

  it('gives back every bundled entry with its id and every text field, the two pages combined', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const c of COLLECTIONS) {
      for (const entry of bundled[c]) {
        const mine = (imported[c] as { id: string }[]).find((e) => e.id === entry.id);
        if (!mine) {
          mismatches.push(`${c}/${entry.id}: not imported`);
          continue;
        }
        const theirs = flattenEntry(entry);
        const ours = flattenEntry(mine);
        for (const [field, value] of theirs) {
          if (c === 'procedures' && entry.id === 'engage-support' && field === 'title') continue;
          if (!isComparedField(c, field)) continue;
          compared++;
          const got = ours.get(field);
          if (got === undefined || fixTypos(got) !== value) mismatches.push(`${c}/${entry.id} ${field}:\n  bundled:  ${value}\n  imported: ${got}`);
        }
      }
    }
    assert.deepEqual(mismatches, []);
    assert.ok(compared >= 75, `only ${compared} fields compared`);
  });

  it('without reference data, every sentence of the bundled texts is still in the import', () => {
    const bare = combine(importPage(read(EARLIER)).data, importPage(read(LATER)).data);
    const missing: string[] = [];
    for (const c of COLLECTIONS) {
      const texts = (bare[c] as unknown[]).flatMap((e) => [...flattenEntry(e).values()].map(fixTypos)).join('\n');
      for (const entry of bundled[c]) {
        for (const [field, value] of flattenEntry(entry)) {
          if (!isComparedField(c, field) || STATED_REFS.test(field)) continue;
          if (c === 'procedures' && field === 'title' && entry.id === 'engage-support') continue;
          for (const sentence of sentences(value)) if (!texts.includes(sentence)) missing.push(`${c}/${entry.id} ${field}: ${sentence}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('keeps the earlier page\'s own names: the support team as "Customer Support Engineers (CSEs)"', () => {
    const support = earlier.data.teams.find((t) => t.name === 'Customer Support Engineers (CSEs)');
    assert.equal(support?.id, 'customer-support-engineers');
    assert.equal(support?.valueToCe.text.startsWith('Support is the go-to technical team'), true);
    assert.equal(earlier.data.procedures.find((p) => p.id === 'engage-support')?.team, 'customer-support-engineers');
  });

  it('reports, by line, what it cannot place: the earlier page\'s contents list and a paragraph; nothing on the later page', () => {
    assert.deepEqual(earlier.unplaced.map((u) => [u.line, u.text.slice(0, 40)]), [
      [6, '* [How we interesect other teams](#how-w'],
      [14, 'We work alongside just about every team '],
    ]);
    assert.match(earlier.unplaced[0].reason, /table of contents/);
    assert.deepEqual(later.unplaced, []);
  });

  it('writes YAML files the extension\'s own parser and schema accept, holding exactly the imported entries', () => {
    for (const result of [earlier, later]) {
      const files = dataFiles(result.data, { schema: '../dist/schema/handbook.schema.json', origin: 'test' });
      const back: Record<string, unknown[]> = {};
      for (const [name, text] of files) {
        assert.match(text, /^# yaml-language-server: \$schema=\.\.\/dist\/schema\/handbook\.schema\.json\n/);
        const parsed = parseDataFile({ key: name, label: name, bytes: Buffer.from(text) });
        assert.deepEqual(parsed.problems, [], name);
        Object.assign(back, parsed.value);
      }
      for (const c of COLLECTIONS) assert.deepEqual(back[c] ?? [], result.data[c], c);
    }
  });

  it('reads a cadence it does not know as a block it cannot place, and keeps the other meetings', () => {
    const page = '# P\n\n## Meetings\n\n* Standup (daily at nine): Quick sync.\n* Retro (monthly on Fridays): Look back.\n';
    const result = importPage(page);
    assert.deepEqual(result.data.meetings.map((m) => [m.id, m.cadence.frequency, m.cadence.weekday]), [['retro', 'monthly', 'friday']]);
    assert.deepEqual(result.unplaced.map((u) => u.line), [5]);
    assert.match(result.unplaced[0].reason, /the cadence "daily at nine"/);
  });
});
