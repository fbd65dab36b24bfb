/**
 * Ticket status and Slack's rate limits (issue 20): 20 open tickets posted with the bot token to the
 * Slack stand-in, support's replies in their threads, and the refresh round the extension runs
 * (src/features/slack/statusRound.ts with the real SDK reader) triggered every 5 seconds of a
 * simulated clock for 10 minutes — far more often than the view's visibility and the window's focus
 * trigger it. Then a 429 with Retry-After: 30 and what the rounds send during it. Requests are
 * counted where Slack would count them: at the stand-in. Prints one JSON object on stdout.
 *
 *   node status-rate.cjs
 */
import { performance } from 'node:perf_hooks';
import { WebClient } from '@slack/web-api';
import { answers, SlackStandIn } from '../../test/support/slackStandIn';
import { runStatusRound } from '../../src/features/slack/statusRound';
import { readTicketThread, readUserNames } from '../../src/features/slack/threadReader';
import { readStatusCache, type StatusCache } from '../../src/features/slack/model/statusCache';
import type { SentTicket } from '../../src/features/slack/model/sentTickets';

const TOKEN = 'xoxb-bench-token';
const TICKETS = 20;
const TRIGGER_EVERY_MS = 5_000;
const READ_METHODS = ['/api/conversations.replies', '/api/reactions.get', '/api/users.info'];

async function postTickets(slack: SlackStandIn): Promise<SentTicket[]> {
  const web = new WebClient(TOKEN, { slackApiUrl: slack.apiUrl });
  const tickets: SentTicket[] = [];
  for (let i = 0; i < TICKETS; i++) {
    const answer = await web.chat.postMessage({ channel: 'C0SUPPORT', text: `Support Ticket Context ${i}` });
    const ts = String(answer.ts);
    slack.threads.reply(ts, `U0SUPPORT${i % 4}`, `Looking into it (${i})`);
    if (i % 3 === 0) slack.threads.react(ts, 'eyes');
    tickets.push({ id: `t${i}`, templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', sentAt: new Date().toISOString(), mode: 'botToken', channel: 'C0SUPPORT', ts });
  }
  return tickets;
}

/** Rounds every TRIGGER_EVERY_MS of simulated time from `from` for `minutes`; the read requests per simulated minute. */
async function simulate(slack: SlackStandIn, tickets: SentTicket[], start: StatusCache, from: number, minutes: number) {
  let clock = from;
  let cache = start;
  const perMinute: number[] = Array.from({ length: minutes }, () => 0);
  const roundMs: number[] = [];
  for (let at = 0; at < minutes * 60_000; at += TRIGGER_EVERY_MS) {
    clock = from + at;
    const before = slack.requests.filter((r) => READ_METHODS.includes(r.path)).length;
    const t0 = performance.now();
    const round = await runStatusRound(tickets, cache, {
      now: () => clock,
      maxAgeDays: 14,
      readThread: (ticket) => readTicketThread(TOKEN, ticket.channel!, ticket.ts!, { apiUrl: slack.apiUrl }),
      readNames: (ids) => readUserNames(TOKEN, ids, { apiUrl: slack.apiUrl }),
    });
    if (round.read) roundMs.push(performance.now() - t0);
    cache = round.cache;
    perMinute[Math.floor(at / 60_000)] += slack.requests.filter((r) => READ_METHODS.includes(r.path)).length - before;
  }
  return { perMinute, cache, end: clock, roundMs };
}

async function main() {
  const slack = await SlackStandIn.start();
  try {
    slack.tokens.add(TOKEN);
    // Two of the four repliers are known to users.info; the others are not (deleted, or another workspace).
    slack.threads.users.set('U0SUPPORT0', { name: 'dana', displayName: 'Dana' });
    slack.threads.users.set('U0SUPPORT1', { name: 'lee', displayName: 'Lee' });
    const tickets = await postTickets(slack);
    slack.requests.length = 0;
    const from = Date.now();
    const steady = await simulate(slack, tickets, readStatusCache(undefined), from, 10);
    const byMethod = Object.fromEntries(READ_METHODS.map((p) => [p.replace('/api/', ''), slack.requests.filter((r) => r.path === p).length]));

    // Slack answers the next thread read with 429 and Retry-After: 30 (a minute after the last reads).
    slack.requests.length = 0;
    slack.script('/api/conversations.replies', answers.rateLimited(30));
    const limited = await simulate(slack, tickets, steady.cache, steady.end + 60_000, 2);
    const limitedAt = limited.cache.blockedUntil;
    console.log(JSON.stringify({
      tickets: TICKETS,
      triggerEverySeconds: TRIGGER_EVERY_MS / 1000,
      simulatedMinutes: 10,
      requestsPerMinute: steady.perMinute,
      requestsByMethod: byMethod,
      readingRoundMedianMs: [...steady.roundMs].sort((a, b) => a - b)[Math.floor(steady.roundMs.length / 2)],
      afterRateLimit: { requestsPerMinute: limited.perMinute, blockedForSeconds: limitedAt === undefined ? null : Math.round((limitedAt - (steady.end + 60_000)) / 1000) },
    }));
  } finally {
    await slack.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
