/**
 * Slack's mrkdwn (as messages arrive from the Web API) to plain text, for a tooltip, a page or a
 * tool's answer. Plain text, so nothing of it can act: links become "label (url)", mentions
 * "@name", Slack's escapes (&amp; &lt; &gt;) their characters, emphasis markers go. The caller still
 * escapes the result for where it is shown (markdownText for a tooltip).
 */

/** `<@U123>`, `<@U123|name>`, `<#C123|name>`, `<!here>`, `<!subteam^S123|@group>`, `<https://…|label>`. */
const ANGLE = /<([^<>\n]{1,2000})>/g;

function angle(inner: string, name: (userId: string) => string | undefined): string {
  const [target, label] = inner.split('|', 2);
  if (target.startsWith('@')) return `@${name(target.slice(1)) ?? label ?? target.slice(1)}`;
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (target.startsWith('!subteam^')) return label ?? `@${target.slice(9)}`;
  if (target.startsWith('!date^')) return label ?? '';
  if (target.startsWith('!')) return `@${label ?? target.slice(1)}`;
  return label && label !== target ? `${label} (${target})` : target;
}

/** Emphasis (`*bold*`, `_italic_`, `~strike~`) around words: the markers go, the words stay. */
const EMPHASIS = /(^|[\s(])([*_~])(?=\S)([^\n]*?\S)\2(?=$|[\s.,;:!?)])/g;

export function mrkdwnToText(text: string, name: (userId: string) => string | undefined = () => undefined): string {
  const bounded = text.slice(0, 20_000);
  return bounded
    .replace(/```([\s\S]*?)```/g, (_, code: string) => code.trim())
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(ANGLE, (_, inner: string) => angle(inner, name))
    .replace(EMPHASIS, (_, before: string, _marker: string, words: string) => `${before}${words}`)
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim();
}
