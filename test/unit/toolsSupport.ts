/** The tool core's test contexts: the bundled handbook, and the bundled handbook with a team's file. */
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { labelProblems, loadHandbook } from '../../src/core/load/loadHandbook';
import { teamFileOrigins, type ToolContext } from '../../src/features/tools/model/context';
import type { SentTicket } from '../../src/features/slack/model/sentTickets';
import type { StatusCache } from '../../src/features/slack/model/statusCache';
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

/** Sent tickets as the extension keeps them: a bot-token ticket read with replies, a workflow one, one with a missing scope, one not read yet. */
const SENT_TICKETS: SentTicket[] = [
  { id: 's3', templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', customer: 'Acme Corp', sentAt: '2026-12-04T10:00:00.000Z', mode: 'botToken', channel: 'C0SUPPORT', ts: '1700000000.000003', link: 'https://stand-in.slack.com/archives/C0SUPPORT/p1700000000000003' },
  { id: 's2', templateId: 'support-ticket-request', templateTitle: 'Support Ticket Request', customer: 'Globex', sentAt: '2026-12-03T10:00:00.000Z', mode: 'workflowWebhook' },
  { id: 's1', templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', sentAt: '2026-12-02T10:00:00.000Z', mode: 'botToken', channel: 'C0SUPPORT', ts: '1700000000.000001' },
  { id: 's0', templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', sentAt: '2026-12-01T10:00:00.000Z', mode: 'botToken', channel: 'C0SUPPORT', ts: '1700000000.000000' },
];
const SENT_STATUSES: StatusCache = {
  tickets: {
    s3: { checkedAt: Date.parse('2026-12-04T11:00:00Z'), reading: { replyCount: 2, reactions: ['eyes'], lastReplies: [
      { user: 'U0DANA', at: '2026-12-04T10:30:00.000Z', text: 'Looking, <@U0SAM> can you check *5.2*?' },
      { user: 'U0SAM', at: '2026-12-04T10:45:00.000Z', text: 'Repro\'d &lt;here&gt;' },
    ] } },
    s1: { checkedAt: Date.parse('2026-12-04T11:00:00Z'), problem: { kind: 'missingScope', needed: 'channels:history' } },
  },
  names: { U0DANA: 'Dana' },
};

export function sentTicketsContext(): ToolContext {
  return { ...bundledContext(), sentTickets: { tickets: SENT_TICKETS, statuses: SENT_STATUSES, reactionsFor: () => undefined } };
}
