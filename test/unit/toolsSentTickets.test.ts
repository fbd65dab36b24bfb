// The read-only tools listSentTickets and ticketStatus, on the same store the "Sent tickets" rows read.
import assert from 'node:assert/strict';
import { runTool } from '../../src/features/tools/model/run';
import { TOOL_DEFINITIONS } from '../../src/features/tools/model/definitions';
import { bundledContext, sentTicketsContext } from './toolsSupport';

const ctx = sentTicketsContext();

describe('playbook tools: listSentTickets and ticketStatus', () => {
  it('lists the sent tickets newest first with their status in words', () => {
    const result = runTool('listSentTickets', {}, ctx);
    assert.ok(result.ok);
    const lines = result.text.split('\n');
    assert.equal(lines[1], '- s3: Support Ticket Context for Acme Corp, sent 2026-12-04T10:00:00.000Z: 2 replies · last by U0SAM at 2026-12-04T10:45:00.000Z · Picked up');
    assert.equal(lines[2], '- s2: Support Ticket Request for Globex, sent 2026-12-03T10:00:00.000Z: started the workflow (no thread to read)');
    assert.equal(lines[3], '- s1: Support Ticket Context, sent 2026-12-02T10:00:00.000Z: status not available: the Slack app needs channels:history');
    assert.equal(lines[4], '- s0: Support Ticket Context, sent 2026-12-01T10:00:00.000Z: status not read yet');
    assert.equal((result.data as { tickets: unknown[] }).tickets.length, 4);
    const two = runTool('cePlaybook_listSentTickets', { limit: 2 }, ctx);
    assert.ok(two.ok && (two.data as { tickets: unknown[] }).tickets.length === 2);
  });

  it('the CE\'s follow-ups are seen under their ticket (not as sent tickets of their own)', () => {
    const view = ctx.sentTickets!;
    const tickets = view.tickets.map((t) => (t.id === 's3' ? { ...t, followUps: [{ kind: 'reply' as const, at: '2026-12-04T12:00:00.000Z', text: 'Any news?' }, { kind: 'message' as const, at: '2026-12-04T13:00:00.000Z', text: '@cs-leadership help' }] } : t));
    const withFollowUps = { ...ctx, sentTickets: { ...view, tickets } };
    const list = runTool('listSentTickets', {}, withFollowUps);
    assert.ok(list.ok);
    assert.match(list.text.split('\n')[1], / · Picked up · 1 follow-up by the CE · 1 message about it by the CE$/);
    assert.equal((list.data as { tickets: unknown[] }).tickets.length, 4);
    const status = runTool('ticketStatus', { sentId: 's3' }, withFollowUps);
    assert.ok(status.ok);
    assert.match(status.text, /- in the thread at 2026-12-04T12:00:00\.000Z: "Any news\?"/);
    assert.deepEqual((status.data as { followUps: unknown[] }).followUps.length, 2);
  });

  it('ticketStatus gives the last replies as plain text, user ids as names where known', () => {
    const result = runTool('ticketStatus', { sentId: 's3' }, ctx);
    assert.ok(result.ok, JSON.stringify(result));
    assert.match(result.text, /- Dana at 2026-12-04T10:30:00\.000Z: "Looking, @U0SAM can you check 5\.2\?"/);
    assert.match(result.text, /- U0SAM at 2026-12-04T10:45:00\.000Z: "Repro'd <here>"/);
    assert.match(result.text, /Status: 2 replies · last by U0SAM .* · Picked up \(read from Slack at 2026-12-04T11:00:00\.000Z\)/);
  });

  it('a team\'s meanings are used; an unknown id and a host without the store are errors the model can act on', () => {
    const team = { ...ctx, sentTickets: { ...ctx.sentTickets!, reactionsFor: () => ({ eyes: 'Looking into it' }) } };
    const result = runTool('ticketStatus', { sentId: 's3' }, team);
    assert.ok(result.ok && result.text.includes('· Looking into it'));
    const unknown = runTool('ticketStatus', { sentId: 'nope' }, ctx);
    assert.deepEqual(unknown, { ok: false, error: 'No sent ticket "nope". Use listSentTickets for the sentIds.' });
    const elsewhere = runTool('listSentTickets', {}, bundledContext());
    assert.ok(!elsewhere.ok && /kept by the CE Playbook extension in VS Code/.test(elsewhere.error));
  });

  it('both are read-only VS Code tools: the MCP server (no sent tickets there) does not offer them', () => {
    for (const name of ['listSentTickets', 'ticketStatus']) assert.equal(TOOL_DEFINITIONS.find((d) => d.name === name)?.hosts, 'vscode');
  });
});
