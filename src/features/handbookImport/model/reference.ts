/**
 * What the import takes from data that already exists (normally the bundled handbook): the ids of
 * entries the page still has, so a new revision keeps them and a diff pairs old and new; the step
 * boundaries of a procedure whose text is unchanged; and the facts a page does not write down (a
 * template's snippet prefix and field types, which teams a channel belongs to).
 */
import type { Channel, Handbook, Meeting, Procedure, Source, Step, Team, Template, TemplateField } from '../../../core/schema/schema';
import { normalizeSpace, slug, uniqueId } from './text';

const same = (a: string, b: string) => normalizeSpace(a).toLowerCase() === normalizeSpace(b).toLowerCase();

export class Reference {
  constructor(private readonly handbook?: Handbook) {}

  /** The existing teams (a meeting of a page without team sections can still name one). */
  get teams(): Team[] {
    return this.handbook?.teams ?? [];
  }

  source(title: string): Source | undefined {
    return this.handbook?.sources.find((s) => same(s.title, title));
  }
  team(name: string): Team | undefined {
    return this.handbook?.teams.find((t) => same(t.name, name));
  }
  meeting(name: string): Meeting | undefined {
    return this.handbook?.meetings.find((m) => same(m.name, name));
  }
  channel(name: string): Channel | undefined {
    return this.handbook?.channels.find((c) => same(c.name, name));
  }
  template(title: string): Template | undefined {
    return this.handbook?.templates.find((t) => same(t.title, title));
  }
  field(template: Template | undefined, label: string): TemplateField | undefined {
    return template?.fields.find((f) => same(f.label, label));
  }
  /** The situational procedure found under a team's section, or a checklist under its heading. */
  procedure(section: string, teamId?: string, ordered = false): Procedure | undefined {
    const candidates = this.handbook?.procedures.filter((p) => p.ordered === ordered) ?? [];
    return candidates.find((p) => same(p.source.section, section) || same(p.title, section)) ?? (teamId ? candidates.find((p) => p.team === teamId) : undefined);
  }
}

export interface SplitStep {
  id: string;
  text: string;
  /** The existing step this one keeps the id of. */
  known?: Step;
}

/**
 * Cuts a passage into steps where the existing procedure's steps start, keeping their ids; text
 * no existing step starts with becomes a new step with an id made from its first words.
 */
export function splitIntoSteps(passage: string, known: Step[], taken: Set<string>): SplitStep[] {
  const steps: SplitStep[] = [];
  const texts = known.map((s) => ({ step: s, text: normalizeSpace(s.text) }));
  let rest = normalizeSpace(passage);
  while (rest) {
    const starting = texts.find((k) => k.text && rest.startsWith(k.text) && !taken.has(k.step.id));
    if (starting) {
      taken.add(starting.step.id);
      steps.push({ id: starting.step.id, text: starting.text, known: starting.step });
      rest = rest.slice(starting.text.length).trim();
      continue;
    }
    // Up to where the next known step starts, or the end.
    const next = texts
      .map((k) => (k.text && !taken.has(k.step.id) ? rest.indexOf(k.text) : -1))
      .filter((i) => i > 0)
      .sort((a, b) => a - b)[0];
    const text = (next === undefined ? rest : rest.slice(0, next)).trim();
    steps.push({ id: uniqueId(slug(text, 4), taken), text });
    rest = rest.slice(text.length).trim();
  }
  return steps;
}
