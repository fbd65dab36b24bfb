/**
 * Every tool's data matches the output schema it declares (the MCP server's `outputSchema`): each
 * tool run over every entry of the bundled handbook and of a team's file, every state of the help
 * flow, drafts with and without values and compose links, and searches.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { TOOL_OUTPUTS } from '../../src/features/tools/model/outputs';
import { runTool } from '../../src/features/tools/model/run';
import { TOOL_DEFINITIONS, type ToolName } from '../../src/features/tools/model/definitions';
import type { ToolContext } from '../../src/features/tools/model/context';
import { bundledContext, contextWithFiles, OVERLAY, OVERLAY_LABEL, sentTicketsContext } from './toolsSupport';
import { fixture } from './helpers';

const CUSTOMERS = fs.readFileSync(fixture('customers', 'customers.yaml'), 'utf8');

function callsFor(ctx: ToolContext): Array<[ToolName, Record<string, unknown>]> {
  const h = ctx.index.handbook;
  const guide = h.guides[0];
  const questions = guide.nodes.filter((n) => n.outcome === undefined);
  const routes: Array<Record<string, unknown>> = [{}, ...questions.flatMap((q) => q.answers!.map((a) => ({ answers: { [q.id]: a.next } })))];
  return [
    ...['support ticket', '#ce', 'SDR questions', 'OOO', 'nothing-matches-this', 'how do SDRs ask CE'].map((query): [ToolName, Record<string, unknown>] => ['search', { query }]),
    ['listTeams', {}],
    ...h.teams.map((t): [ToolName, Record<string, unknown>] => ['getTeam', { teamId: t.id }]),
    ...h.procedures.map((p): [ToolName, Record<string, unknown>] => ['getProcedure', { procedureId: p.id }]),
    ['listTemplates', {}],
    ...h.templates.flatMap((t): Array<[ToolName, Record<string, unknown>]> => [
      ['getTemplate', { templateId: t.id }],
      ['draftTicket', { templateId: t.id }],
      ['draftTicket', { templateId: t.id, values: Object.fromEntries(t.fields.map((f) => [f.id, `value of ${f.id}`])), format: 'slack' }],
      ['openDraft', { templateId: t.id, format: 'plain' }],
      ['checkDraft', { text: `${t.title}\n${t.fields.map((f) => `${f.label}: `).join('\n')}` }],
    ]),
    ['checkDraft', { text: 'no draft here' }],
    ['listCustomers', {}],
    ['listCustomers', { query: h.customers[0]?.name.slice(0, 3) ?? 'x' }],
    ...h.customers.map((c): [ToolName, Record<string, unknown>] => ['getCustomer', { customer: c.id }]),
    ['listSentTickets', {}],
    ...(ctx.sentTickets?.tickets ?? []).map((t): [ToolName, Record<string, unknown>] => ['ticketStatus', { sentId: t.id }]),
    ...routes.map((input): [ToolName, Record<string, unknown>] => ['routeHelp', input]),
  ];
}

describe('tool outputs match their declared schemas', () => {
  const contexts: Array<[string, ToolContext]> = [
    ['bundled', bundledContext()],
    ['a team file with customers', contextWithFiles({ [OVERLAY_LABEL]: OVERLAY, 'customers.yaml': CUSTOMERS })],
    ['with sent tickets', sentTicketsContext()],
    ['with compose links', { ...bundledContext(), composeLinks: { extensionId: 'ce-tools.ce-playbook', scheme: 'vscode' } }],
  ];
  for (const [name, ctx] of contexts) {
    it(`every tool, every entry (${name})`, () => {
      const seen = new Set<ToolName>();
      for (const [tool, input] of callsFor(ctx)) {
        const result = runTool(tool, input, ctx);
        // Without a team's customers or the extension's sent tickets, these have nothing to give (an error result, no data).
        if (!result.ok && ['getCustomer', 'listSentTickets'].includes(tool)) continue;
        assert.ok(result.ok, `${tool} ${JSON.stringify(input)}: ${result.ok ? '' : result.error}`);
        const parsed = TOOL_OUTPUTS[tool].safeParse(result.data);
        assert.ok(parsed.success, `${tool} ${JSON.stringify(input)}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`);
        seen.add(tool);
      }
      const expected = TOOL_DEFINITIONS.map((d) => d.name)
        .filter((n) => n !== 'getCustomer' || ctx.index.handbook.customers.length)
        .filter((n) => !['listSentTickets', 'ticketStatus'].includes(n) || ctx.sentTickets);
      assert.deepEqual([...seen].sort(), expected.sort(), 'every tool was called');
    });
  }

  it('a schema refuses data of another shape (the check can fail)', () => {
    const draft = runTool('draftTicket', { templateId: 'support-ticket-context' }, bundledContext());
    assert.ok(draft.ok);
    assert.equal(TOOL_OUTPUTS.draftTicket.safeParse({ ...(draft.data as object), missing: 'none' }).success, false);
    assert.equal(TOOL_OUTPUTS.getTeam.safeParse(draft.data).success, false);
  });

  it('draftTicket carries a compose link only where the context says how to open one, and it holds the values', () => {
    const values = { 'customer-name': 'Acme & Sons' };
    const without = runTool('draftTicket', { templateId: 'support-ticket-context', values }, bundledContext());
    assert.ok(without.ok && !('composeLink' in (without.data as object)));
    const ctx = { ...bundledContext(), composeLinks: { extensionId: 'ce-tools.ce-playbook', scheme: 'cursor' } };
    const withLink = runTool('draftTicket', { templateId: 'support-ticket-context', values }, ctx);
    assert.ok(withLink.ok);
    const link = (withLink.data as { composeLink: string }).composeLink;
    assert.match(link, /^cursor:\/\/ce-tools\.ce-playbook\/compose\/support-ticket-context\?values=/);
    assert.deepEqual(JSON.parse(Buffer.from(link.split('values=')[1], 'base64url').toString('utf8')), values);
    assert.ok(withLink.text.includes(link) && /sends nothing/.test(withLink.text));
    const long = runTool('draftTicket', { templateId: 'support-ticket-context', values: { background: 'x'.repeat(5000), 'customer-name': 'y'.repeat(5000) } }, ctx);
    assert.ok(long.ok && !('composeLink' in (long.data as object)));
    assert.match(long.text, /too long for a link/);
  });
});
