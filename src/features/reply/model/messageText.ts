/**
 * A message the CE writes on a message page (a reply in a sent ticket's thread, a message to
 * @cs-leadership in #customer-support) as Slack gets it and as the preview shows it. Pure.
 *
 * What the CE typed is text: `&`, `<` and `>` are escaped, so nothing typed can become a link, an
 * @channel or another mention. The one exception is a user group of the data written by its handle
 * (`@cs-leadership`): when the data gives the group's Slack id it becomes `<!subteam^ID|@handle>`, the
 * only form of a user group that Slack notifies; without an id it stays its name (and the page says why).
 */
import type { PreviewSpan } from '../replyMessages';
import { escapeMrkdwn, normalizeValue } from '../../slack/model/slackMessage';

/** The most a message page sends (Slack's own limit for a message's text is 40,000; this keeps it readable). */
export const MESSAGE_MAX = 4000;

export interface MentionGroup {
  /** The handle with its @, as the data names it ("@cs-leadership"). */
  name: string;
  /** The group's Slack id (S…), when the data gives it. */
  slackId?: string;
}

const SLACK_GROUP_ID = /^S[A-Z0-9]{2,}$/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A handle where it stands as a word: not inside an e-mail address or a longer handle. */
function handlePattern(groups: readonly MentionGroup[]): RegExp | undefined {
  const names = groups.map((g) => g.name).filter((n) => /^@[a-z0-9][a-z0-9_-]*$/.test(n)).sort((a, b) => b.length - a.length);
  return names.length ? new RegExp(`(^|[^\\w@.-])(${names.map(escapeRegExp).join('|')})(?![\\w-])`, 'g') : undefined;
}

/** The text as chat.postMessage gets it (`text`, Slack's mrkdwn). */
export function slackText(typed: string, groups: readonly MentionGroup[] = []): string {
  const escaped = escapeMrkdwn(normalizeValue(typed));
  const pattern = handlePattern(groups.filter((g) => g.slackId && SLACK_GROUP_ID.test(g.slackId)));
  if (!pattern) return escaped;
  const byName = new Map(groups.map((g) => [g.name, g.slackId]));
  return escaped.replace(pattern, (_, before: string, name: string) => `${before}<!subteam^${byName.get(name)}|${name}>`);
}

/** The user groups the text names by handle, and whether Slack will notify each. */
export function mentionsIn(typed: string, groups: readonly MentionGroup[]): Array<{ group: MentionGroup; notifies: boolean }> {
  return groups.flatMap((group) => {
    const pattern = handlePattern([group]);
    return pattern && pattern.test(typed) ? [{ group, notifies: !!group.slackId && SLACK_GROUP_ID.test(group.slackId) }] : [];
  });
}

/** `*bold*`, `_italic_`, `~strike~` around words, as Slack reads them. */
const EMPHASIS = /(^|[\s(])([*_~])(?=\S)([^\n]*?\S)\2(?=$|[\s.,;:!?)])/g;
const MARKS = { '*': 'bold', _: 'italic', '~': 'strike' } as const;

function mentionSpans(text: string, pattern: RegExp | undefined, mark?: PreviewSpan['mark']): PreviewSpan[] {
  if (!pattern || mark) return text ? [{ text, ...(mark ? { mark } : {}) }] : [];
  const spans: PreviewSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[1].length;
    if (start > last) spans.push({ text: text.slice(last, start) });
    spans.push({ text: match[2], mark: 'mention' });
    last = start + match[2].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}

function lineSpans(line: string, pattern: RegExp | undefined): PreviewSpan[] {
  const spans: PreviewSpan[] = [];
  // Code first: nothing inside `…` is formatting.
  for (const [i, part] of line.split(/`([^`]+)`/).entries()) {
    if (i % 2 === 1) {
      spans.push({ text: part, mark: 'code' });
      continue;
    }
    let last = 0;
    for (const match of part.matchAll(EMPHASIS)) {
      const start = match.index + match[1].length;
      spans.push(...mentionSpans(part.slice(last, start), pattern));
      spans.push(...mentionSpans(match[3], pattern, MARKS[match[2] as keyof typeof MARKS]));
      last = start + match[3].length + 2;
    }
    spans.push(...mentionSpans(part.slice(last), pattern));
  }
  return spans;
}

/**
 * What Slack shows for the text, line by line, as plain pieces (the page puts each in an element as
 * text). A group's handle is a mention only where Slack gets one: when the data gives its Slack id.
 */
export function previewLines(typed: string, groups: readonly MentionGroup[] = []): PreviewSpan[][] {
  const pattern = handlePattern(groups.filter((g) => g.slackId && SLACK_GROUP_ID.test(g.slackId)));
  return normalizeValue(typed).slice(0, 20_000).split('\n').map((line) => lineSpans(line, pattern));
}

/** The facts a message to @cs-leadership starts with. Everything here is data or Slack's; the sentences come from `words`. */
export interface UpdateContext {
  group: MentionGroup;
  customer?: string;
  ticket?: {
    templateTitle: string;
    /** As the CE reads it ("Dec 4, 2026, 2:05 PM"). */
    sentAt: string;
    link?: string;
    /** The status as the Sent tickets row says it ("2 replies · last by Dana 2:31 PM · Picked up"). */
    status?: string;
    /** What the CE posted in the thread so far, oldest first (already shortened). */
    asked: ReadonlyArray<{ at: string; text: string }>;
  };
}

/** The sentences of the prefilled message (ours, not the handbook's), localized by the host. */
export interface UpdateWords {
  opening(group: string, customer: string | undefined): string;
  ticket(templateTitle: string, sentAt: string): string;
  thread(link: string): string;
  status(status: string): string;
  askedSoFar: string;
  request: string;
}

/** The message to @cs-leadership with the context prefilled: who, which ticket and its thread, what was asked so far, the request. */
export function updateRequestText(context: UpdateContext, words: UpdateWords): string {
  const { ticket } = context;
  const lines = [words.opening(context.group.name, context.customer?.trim() || undefined)];
  if (ticket) {
    lines.push(words.ticket(ticket.templateTitle, ticket.sentAt));
    if (ticket.link?.startsWith('https://')) lines.push(words.thread(ticket.link));
    if (ticket.status) lines.push(words.status(ticket.status));
    if (ticket.asked.length) lines.push(words.askedSoFar, ...ticket.asked.map((a) => `• ${a.at}: ${a.text.replace(/\s+/g, ' ').trim()}`));
  }
  lines.push(words.request);
  return lines.join('\n');
}
