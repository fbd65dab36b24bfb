/**
 * Data shown outside the webview, where VS Code gives some text a meaning of its own: `$(name)`
 * becomes an icon in quick picks and status items, `[label](target)` a link in notifications, and
 * Markdown everything in tooltips and hovers. These make the data show exactly as typed.
 */

/** `$(name)` → `\$(name)`: VS Code's label renderer shows an escaped icon as the text `$(name)`. */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/**
 * Notifications turn `[label](target)` into a link; a space between `]` and `(` keeps it text.
 * Control characters (other than tab and newline) are dropped; they have no business in a message.
 */
export function notificationText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return outputText(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')).replace(/\]\s*\(/g, '] (');
}

/**
 * Text for the output channel (an editor, whose link detector makes `scheme://…` clickable): a
 * URL with any scheme but https: is broken up as `scheme: //…`, so only https: links are live.
 */
export function outputText(text: string): string {
  return text.replace(/\b([a-zA-Z][a-zA-Z0-9+.-]*):(?=\/\/)/g, (match, scheme: string) => (scheme.toLowerCase() === 'https' ? match : `${scheme}: `));
}

/**
 * Text for a MarkdownString (tooltips, hovers) that shows as typed: every ASCII punctuation
 * character is backslash-escaped (CommonMark allows it for all of them), so no emphasis, link,
 * autolink (`https\://`), image, HTML or entity (`\&amp;`) can form. Line breaks stay paragraphs.
 */
export function markdownText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** The first sentence of a text (up to its first `.`, `!` or `?` before a space), or all of it. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match ? match[1] : text;
}
