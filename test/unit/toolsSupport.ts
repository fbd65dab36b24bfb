/** The tool core's test contexts: the bundled handbook, and the bundled handbook with a team's file. */
import { HandbookIndex } from '../../src/model/handbook/handbookIndex';
import { labelProblems, loadHandbook } from '../../src/model/load/loadHandbook';
import { teamFileOrigins, type ToolContext } from '../../src/model/tools/context';
import { bundledHandbook } from './helpers';

export const OVERLAY_LABEL = '.ce-playbook/our-team.yaml';

/** A team's file: one changed sentence, a new team, a new template with a choice field. */
export const OVERLAY = `
teams:
  - id: customer-support
    valueToCe:
      text: "Our support team answers CEs within one business day."
  - id: partnerships
    name: "Partnerships"
    source: { page: team-culture, section: "How we intersect other teams" }
    valueToTeam: { label: "How CE adds value to partnerships", text: "CEs vet every integration partner technically." }
    valueToCe: { label: "How partnerships adds value to CE", text: "Partnerships brings CEs into co-selling deals." }
    collaboration: { label: "Collaboration overview", text: "Partner managers and CEs meet before each joint pitch." }
templates:
  - id: partner-request
    title: "Partner Request"
    description: "Ask partnerships for a partner's help on a deal."
    prefix: ce-partner
    channel: ce
    teams: [partnerships]
    source: { page: team-culture, section: "How we intersect other teams" }
    fields:
      - { id: partner, label: "Partner", type: line, required: true }
      - { id: urgency, label: "Urgency", type: choice, required: true, options: ["low", "high"] }
      - { id: notes, label: "Notes", type: text, required: false }
`;

export function bundledContext(): ToolContext {
  return { index: new HandbookIndex(bundledHandbook()) };
}

/** Loads files the way the extension and the CLI do (same loader) and makes the tool context. */
export function contextWithFiles(files: Record<string, string>): ToolContext & { failed: string[] } {
  const inputs = Object.entries(files).map(([label, text]) => ({ key: `file:///ws/${label}`, label, bytes: Buffer.from(text) }));
  const loaded = loadHandbook(bundledHandbook(), inputs);
  return {
    index: new HandbookIndex(loaded.handbook),
    origins: teamFileOrigins(loaded.origins, new Map(inputs.map((i) => [i.key, i.label]))),
    problems: labelProblems([...loaded.problems.values()].flat(), inputs),
    failed: loaded.failed,
  };
}
