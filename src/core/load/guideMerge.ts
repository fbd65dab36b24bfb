/**
 * A guide checked against the merged data. A guide's outcomes are step ids of its procedure, and a
 * data file that changes the procedure replaces its whole list of steps: when the guide is the
 * bundled one and a data file's procedure no longer has a step it leads to, the decision belongs to
 * that file (keep the step, or change the guide), so the problem is reported once, at that
 * procedure's `steps`, naming what it dropped. Every other guide problem is the guide's own.
 */
import type { Guide, Procedure, Step } from '../schema/schema';
import { guideProblems } from './guideChecks';

type Plain = Record<string, unknown>;
type Path = (string | number)[];

export interface GuideSlot<L> {
  entry: Plain;
  /** The entry before its last layer changed it (absent when one layer defined it). */
  previous?: Plain;
  layer: L;
  index: number;
}

export type GuideReport<L> = (layer: L, path: Path, message: string, rule: string, at?: 'key' | 'value') => void;

const BUNDLED = 'bundled';
const MAX_STEP_TEXT = 80;

const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
const shortened = (text: string) => (text.length > MAX_STEP_TEXT ? `${text.slice(0, MAX_STEP_TEXT - 1)}…` : text);

/** Checks the guide; returns whether it is broken. */
export function checkGuide<L extends { name: string }>(id: string, slot: GuideSlot<L>, procedureSlot: GuideSlot<L> | undefined, report: GuideReport<L>): boolean {
  const procedure = procedureSlot?.entry as unknown as Procedure | undefined;
  const problems = guideProblems(slot.entry as unknown as Guide, procedure);
  const blameProcedure = procedureSlot !== undefined && slot.layer.name === BUNDLED && procedureSlot.layer.name !== BUNDLED;
  const dropped = blameProcedure ? problems.filter((p) => p.missingStep) : [];
  for (const problem of problems) {
    if (dropped.includes(problem)) continue;
    report(slot.layer, ['guides', slot.index, ...problem.path], `The guide "${id}": ${problem.message}`, 'guide');
  }
  if (dropped.length && procedureSlot) {
    const missing = dropped.map((p) => p.missingStep!);
    report(procedureSlot.layer, ['procedures', procedureSlot.index, 'steps'], droppedStepsMessage(id, procedure!.id, missing, procedureSlot.previous), 'guide-needs-step', 'key');
  }
  return problems.length > 0;
}

function droppedStepsMessage(guideId: string, procedureId: string, missing: { node: string; step: string }[], previous: Plain | undefined): string {
  const steps = [...new Set(missing.map((m) => m.step))];
  const before = (previous?.steps as Step[] | undefined) ?? [];
  const described = steps.map((step) => {
    const text = before.find((s) => s.id === step)?.text;
    return text ? `"${step}" ("${shortened(text)}")` : `"${step}"`;
  });
  const one = steps.length === 1;
  return `The procedure "${procedureId}" here no longer has the step${one ? '' : 's'} ${described.join(', ')}, which the bundled guide "${guideId}" still leads to (node${missing.length === 1 ? '' : 's'} ${quoted(missing.map((m) => m.node))}). ` +
    `If ${one ? 'it still applies' : 'they still apply'}, keep ${one ? 'it' : 'them'} in this procedure's steps with the id${one ? '' : 's'} ${quoted(steps)}; if not, change the guide "${guideId}" in a data file so that no answer leads to ${one ? 'it' : 'them'}.`;
}
