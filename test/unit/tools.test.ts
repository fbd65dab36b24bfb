/** The playbook tools' core on the bundled handbook and on a team overlay; every error is a result. */
import assert from 'node:assert/strict';
import { sourceLine, type ToolResult } from '../../src/features/tools/model/context';
import { checkDraft, draftTicket } from '../../src/features/tools/model/drafts';
import { getProcedure, getTeam, getTemplate, listTeams, listTemplates } from '../../src/features/tools/model/lookup';
import { search } from '../../src/features/tools/model/search';
import { bundledHandbook } from './helpers';
import { bundledContext, contextWithFiles, OVERLAY, OVERLAY_LABEL } from './toolsSupport';

const handbook = bundledHandbook();
const ctx = bundledContext();
const team = (id: string) => handbook.teams.find((t) => t.id === id)!;
const procedure = (id: string) => handbook.procedures.find((p) => p.id === id)!;
const template = (id: string) => handbook.templates.find((t) => t.id === id)!;

function okData<T>(result: ToolResult<T>): { data: T; text: string } {
  assert.equal(result.ok, true, result.ok ? '' : result.error);
  return result as { data: T; text: string };
}
function errorOf(result: ToolResult): string {
  assert.equal(result.ok, false, 'expected an error result');
  return (result as { error: string }).error;
}

describe('playbook tools: teams, procedures, templates', () => {
  it('listTeams gives the five teams in the handbook order with their source', () => {
    const { data, text } = okData(listTeams(ctx));
    assert.deepEqual(data.teams.map((t) => t.id), ['sales', 'customer-support', 'software-engineers', 'product', 'marketing']);
    assert.equal(data.teams[1].name, 'Customer Support (CS)');
    assert.equal(data.teams[0].source.pageTitle, 'How CE Intersects Internal Teams');
    assert.match(text, /- marketing: Marketing/);
  });

  it('getTeam gives the handbook sentences of a team, its ways to engage and the source', () => {
    const sales = team('sales');
    const { data, text } = okData(getTeam(ctx, 'sales'));
    for (const sentence of [sales.valueToTeam.text, sales.valueToCe.text, sales.collaboration.text, sales.routes![0].text]) assert.ok(text.includes(sentence), sentence);
    assert.deepEqual(data.routes.map((r) => [r.channel, r.userGroup]), [['#ce', '@ce-sdr-collab']]);
    assert.deepEqual(data.channels.map((c) => c.name), ['#ce']);
    assert.match(text, /Source: "How CE Intersects Internal Teams", section "Sales"/);
    assert.equal(data.source.teamFiles, undefined, 'a bundled team names no team file');
  });

  it('getTeam lists a team\'s templates, procedures and meetings', () => {
    const { data } = okData(getTeam(ctx, 'customer-support'));
    assert.deepEqual(data.templates.map((t) => t.id), ['support-ticket-context', 'support-ticket-request']);
    assert.deepEqual(data.procedures.map((p) => p.id), ['engage-support']);
    assert.deepEqual(data.collaboration.details, team('customer-support').collaboration.details);
    const product = okData(getTeam(ctx, 'product')).data;
    assert.deepEqual(product.meetings.map((m) => m.id), handbook.meetings.filter((m) => m.teams.includes('product')).map((m) => m.id));
  });

  it('getProcedure gives every step in order, each with its template, channel and user group', () => {
    const { data, text } = okData(getProcedure(ctx, 'engage-support'));
    assert.deepEqual(data.steps.map((s) => s.id), procedure('engage-support').steps.map((s) => s.id));
    const notAssigned = data.steps.find((s) => s.id === 'not-yet-assigned')!;
    assert.deepEqual([notAssigned.template?.title, notAssigned.channel?.name], ['Support Ticket Context', '#customer-support']);
    assert.equal(data.steps.find((s) => s.id === 'more-help')!.userGroup?.name, '@cs-leadership');
    for (const step of procedure('engage-support').steps) assert.ok(text.includes(step.text), step.id);
    assert.match(text, /Some steps: Source: "How CE Intersects Internal Teams", section "Customer Support \(CS\)"/);
    const ooo = okData(getProcedure(ctx, 'out-of-office'));
    assert.match(ooo.text, /^1\. Log time off request in BambooHr$/m);
    assert.match(ooo.text, /^5\. Update their slack status accordingly with OOO dates indicated$/m);
  });

  it('listTemplates and getTemplate give the fields in order, which are required, and the channel', () => {
    const list = okData(listTemplates(ctx)).data.templates;
    assert.deepEqual(list.map((t) => [t.id, t.channel, t.requiredFields]), [['support-ticket-context', '#customer-support', 3], ['support-ticket-request', '#customer-support', 6]]);
    const { data, text } = okData(getTemplate(ctx, 'support-ticket-request'));
    assert.deepEqual(data.fields.map((f) => f.label), template('support-ticket-request').fields.map((f) => f.label));
    assert.deepEqual(data.fields.filter((f) => !f.required).map((f) => f.id), ['anything-else']);
    assert.match(text, /^- What’s the ask \[ask; required\]$/m);
    assert.match(text, /Posted in #customer-support: Where support collaborates with everyone outside of support\./);
  });

  it('unknown ids give an error naming the known ids', () => {
    assert.match(errorOf(getTeam(ctx, 'legal')), /no team "legal"\. Known ids: sales, customer-support, software-engineers, product, marketing\./);
    assert.match(errorOf(getProcedure(ctx, 'escalate')), /no procedure "escalate"\. Known ids: engage-support, out-of-office\./);
    assert.match(errorOf(getTemplate(ctx, 'bug-report')), /no template "bug-report"\. Known ids: support-ticket-context, support-ticket-request\./);
  });
});

describe('playbook tools: search', () => {
  it('finds a checklist step by a word of it, with the procedure to get and its source', () => {
    const { data, text } = okData(search(ctx, 'BambooHr'));
    assert.deepEqual(data.results[0].target, { kind: 'step', procedureId: 'out-of-office', stepId: 'log-request' });
    assert.equal(data.results[0].source?.section, 'OOO Protocols');
    assert.match(text, /step "log-request" of procedure "out-of-office" \(getProcedure\); Source: "Customer Engineering Team Culture", section "OOO Protocols"/);
  });

  it('puts the channel first for "#customer-support" and keeps to the limit', () => {
    const { data } = okData(search(ctx, '#customer-support', 3));
    assert.deepEqual(data.results[0].target, { kind: 'channel', channelId: 'customer-support' });
    assert.equal(data.results.length, 3);
  });

  it('a whole question with no entry holding every word: the entries with the most of its words, said so', () => {
    const { data, text } = okData(search(ctx, 'how do I engage support when the ticket isn\'t assigned yet?', 5));
    assert.equal(data.partial, true);
    assert.ok(data.results.some((r) => r.target.kind === 'step' && r.target.stepId === 'not-yet-assigned'), JSON.stringify(data.results.map((r) => r.target)));
    assert.match(text, /^No playbook entry has every word of "how do I engage support/);
    const sdr = okData(search(ctx, 'who do I go to about SDR questions', 3));
    assert.deepEqual(sdr.data.results[0].target, { kind: 'team', teamId: 'sales' }, 'questions finds "question" (the plural s is dropped)');
    assert.equal(okData(search(ctx, 'support ticket')).data.partial, false);
  });

  it('answers "where do SDRs ask CE?" from one call: the whole sentences, the user group and the channel the route names', () => {
    const { data, text } = okData(search(ctx, 'where do SDRs ask CE?', 3));
    const route = data.results.find((r) => r.label.startsWith('Sales: SDRs'))!;
    assert.ok(route, JSON.stringify(data.results.map((r) => r.label)));
    assert.equal(route.sentence, 'SDRs, during their prospecting efforts, are able to get support from the CE team via the @ce-sdr-collab slack user group. SDRs should post their question and tag this user group in the #ce slack channel.');
    assert.deepEqual(route.names, { channel: { id: 'ce', name: '#ce' }, userGroup: { id: 'ce-sdr-collab', name: '@ce-sdr-collab' } });
    assert.ok(text.includes('SDRs should post their question and tag this user group in the #ce slack channel.'), 'the text carries the sentence, not an excerpt cut mid-sentence');
    assert.match(text, /channel: #ce; user group: @ce-sdr-collab/);
  });

  it('answers "how do I raise special circumstances with the head of support?" with the step\'s sentences and its template and channel', () => {
    const { data, text } = okData(search(ctx, 'how do I raise special circumstances with the head of support?', 3));
    const step = data.results.find((r) => r.target.kind === 'step' && r.target.stepId === 'head-of-support')!;
    assert.ok(step, JSON.stringify(data.results.map((r) => r.target)));
    assert.ok(step.sentence.includes('For example, a CE may need to share special circumstances around a customer issue.'), step.sentence);
    assert.ok(step.sentence.includes('the CE should raise a request in the support channel (via the Support Ticket Request shortcut).'), step.sentence);
    assert.deepEqual(step.names, { template: { id: 'support-ticket-request', title: 'Support Ticket Request' }, channel: { id: 'customer-support', name: '#customer-support' } });
    assert.match(text, /template: Support Ticket Request \(support-ticket-request; getTemplate, draftTicket\); channel: #customer-support/);
  });

  it('says so when nothing matches', () => {
    const { data, text } = okData(search(ctx, 'zyxwvut'));
    assert.deepEqual(data.results, []);
    assert.match(text, /Nothing in the playbook matches "zyxwvut"/);
  });
});

describe('playbook tools: drafts', () => {
  it('draftTicket renders the ticket and lists exactly the required fields still empty', () => {
    const { data, text } = okData(draftTicket(ctx, 'support-ticket-request', { 'customer-name': 'Acme', ask: 'Raise the rate limit', 'anything-else': '' }));
    assert.deepEqual(data.missing.map((m) => m.id), ['issue-link', 'why', 'if-not', 'time-consideration']);
    assert.equal(data.complete, false);
    assert.ok(data.ticket.startsWith('**Support Ticket Request**\n- **Customer Name:** Acme\n'));
    assert.match(text, /Required fields still empty \(4\): Link to issue \(Slack \/ Github issue \/ ZD ticket #\) \[issue-link\]; Why are we making this ask \[why\]; What happens if we don’t take this desired action \[if-not\]; Is there a time consideration we need to be aware of, if so what is it and why\? \[time-consideration\]\./);
    assert.match(text, /Once complete, post it in #customer-support\./);
  });

  it('draftTicket in Slack formatting; whitespace-only values count as empty; a complete ticket says so', () => {
    const values = Object.fromEntries(template('support-ticket-context').fields.map((f) => [f.id, `${f.id} value`]));
    const complete = okData(draftTicket(ctx, 'support-ticket-context', values, 'slack'));
    assert.deepEqual(complete.data.missing, []);
    assert.ok(complete.data.ticket.startsWith('*Support Ticket Context*\n• *Customer Name:* customer-name value'));
    assert.match(complete.text, /Every required field is filled in\.\nPost it in #customer-support\./);
    const blank = okData(draftTicket(ctx, 'support-ticket-context', { 'customer-name': '  \n ' }, 'plain'));
    assert.deepEqual(blank.data.missing.map((m) => m.id), ['customer-name', 'issue-link', 'background']);
  });

  it('draftTicket refuses an unknown template or field, naming the right ones', () => {
    assert.match(errorOf(draftTicket(ctx, 'nope')), /no template "nope"/);
    assert.match(errorOf(draftTicket(ctx, 'support-ticket-context', { customer: 'Acme' })), /has no field "customer"\. Its fields \(id: label\): customer-name: Customer Name; /);
  });

  it('checkDraft finds each draft in a text and the required fields still empty, on their lines', () => {
    const request = okData(draftTicket(ctx, 'support-ticket-request', { 'customer-name': 'Acme', ask: 'More seats' }, 'slack')).data.ticket;
    const context = okData(draftTicket(ctx, 'support-ticket-context', { 'customer-name': 'Acme', 'issue-link': 'ZD 42', background: 'Seen since Monday' })).data.ticket;
    const { data, text } = okData(checkDraft(ctx, `Hi team,\n\n${request}\n${context}`));
    assert.deepEqual(data.drafts.map((d) => [d.template.id, d.format, d.startLine]), [['support-ticket-request', 'slack', 3], ['support-ticket-context', 'markdown', 12]]);
    assert.deepEqual(data.drafts[0].missing.map((m) => [m.id, m.line]), [['issue-link', 5], ['why', 7], ['if-not', 8], ['time-consideration', 9]]);
    assert.deepEqual(data.drafts[1].missing, []);
    assert.match(text, /Support Ticket Request \(lines 3–10\): 4 required field\(s\) still empty: Link to issue \(Slack \/ Github issue \/ ZD ticket #\) \(line 5\);/);
    assert.match(text, /Support Ticket Context \(lines 12–15\): every required field is filled in\./);
  });

  it('checkDraft says what it looks for when the text holds no draft', () => {
    const { data, text } = okData(checkDraft(ctx, 'Support Ticket Request\nplease help'));
    assert.deepEqual(data.drafts, []);
    assert.match(text, /No filled-in template found\. .*Support Ticket Context, Support Ticket Request/);
  });
});

describe('playbook tools on a team overlay', () => {
  const overlay = contextWithFiles({ [OVERLAY_LABEL]: OVERLAY });

  it('the overlay loads cleanly', () => {
    assert.deepEqual(overlay.problems, []);
    assert.deepEqual(overlay.failed, []);
  });

  it('a changed sentence is shown with the team file that changed it', () => {
    const { data, text } = okData(getTeam(overlay, 'customer-support'));
    assert.equal(data.valueToCe.text, 'Our support team answers CEs within one business day.');
    assert.equal(data.valueToTeam.text, team('customer-support').valueToTeam.text, 'the rest stays bundled');
    assert.deepEqual(data.source.teamFiles, [OVERLAY_LABEL]);
    assert.ok(text.endsWith(`changed or added by the team file ${OVERLAY_LABEL}`), text);
  });

  it('a new team and template are listed, searchable and can be drafted', () => {
    assert.ok(okData(listTeams(overlay)).data.teams.some((t) => t.id === 'partnerships'));
    assert.deepEqual(okData(listTemplates(overlay)).data.templates.map((t) => t.id), ['support-ticket-context', 'support-ticket-request', 'partner-request']);
    const hit = okData(search(overlay, 'integration partner')).data.results[0];
    assert.deepEqual(hit.target, { kind: 'team', teamId: 'partnerships' });
    assert.deepEqual(hit.source?.teamFiles, [OVERLAY_LABEL]);
    const draft = okData(draftTicket(overlay, 'partner-request', { partner: 'Globex' }));
    assert.deepEqual(draft.data.missing.map((m) => m.id), ['urgency']);
    assert.equal(draft.data.channel?.name, '#ce');
    assert.match(okData(getTemplate(overlay, 'partner-request')).text, /- Urgency \[urgency; required; one of: low, high\]/);
  });

  it('the source line names page, section and team file', () => {
    assert.equal(sourceLine({ page: 'p', pageTitle: 'Page', section: 'Sec', teamFiles: ['a.yaml'] }), 'Source: "Page", section "Sec"; changed or added by the team file a.yaml');
  });
});
