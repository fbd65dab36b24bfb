/**
 * The one link policy (core/render/linkSafety.ts), fuzzed across the spellings a browser or a
 * Markdown renderer sees through: entities, percent-escapes, hidden characters, case. Validation
 * (findUnsafeLinks) and rendering (renderInlineMarkdown) must agree with it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findUnsafeLinks } from '../../src/core/load/linkSafetyChecks';
import { renderInlineMarkdown } from '../../src/core/render/inlineMarkdown';
import { linkVerdict, normaliseHref } from '../../src/core/render/linkSafety';

/** One character of a scheme, written in any of the ways an HTML or URL reader decodes. */
const disguisedChar = (c: string) =>
  fc.constantFrom(
    c, c.toUpperCase(),
    `&#${c.charCodeAt(0)};`, `&#x${c.charCodeAt(0).toString(16)};`, `&#X${c.charCodeAt(0).toString(16).toUpperCase()};`, `&#0${c.charCodeAt(0)}`,
    `%${c.charCodeAt(0).toString(16)}`, `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    `${c}\t`, `\u200b${c}`, `${c}\u202e`, `${c}\u0000`, `${c}&NewLine;`,
  );
const disguisedColon = fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;', '%3a', '%3A', '&#x3A');
const disguised = (scheme: string) =>
  fc.tuple(fc.tuple(...[...scheme].map(disguisedChar)), disguisedColon, fc.constantFrom('prompt(1)', '//evil.example/x', 'x')).map(([chars, colon, rest]) => chars.join('') + colon + rest);
const badScheme = fc.constantFrom('javascript', 'vbscript', 'data', 'http', 'file', 'command', 'vscode', 'ftp').chain(disguised);

/** What a browser would take the href of an <a> to be: entities decoded, then the URL parser's view. */
function browserScheme(attribute: string): string | undefined {
  const decoded = attribute.replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // eslint-disable-next-line no-control-regex
  return /^([a-z][a-z0-9+.-]*):/.exec(decoded.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase())?.[1];
}

describe('link policy (one function for validation and rendering)', () => {
  it('calls every disguised spelling of another scheme unsafe, never live (3,000 cases)', () => {
    fc.assert(fc.property(badScheme, (href) => assert.equal(linkVerdict(href), 'unsafe', `${JSON.stringify(href)} → ${normaliseHref(href)}`)), { numRuns: 3000 });
  });

  it('validation refuses a disguised link in every Markdown form, and the renderer never makes it a link (3,000 cases)', () => {
    const form = fc.constantFrom(
      (h: string) => `[a](${h})`, (h: string) => `[a](<${h}>)`, (h: string) => `![a](${h})`, (h: string) => `\\[a\\](${h})`,
      (h: string) => `[a][r]\n\n[r]: ${h}`, (h: string) => `[a][r]\n\n> [r]: ${h}`, (h: string) => `- [r]: ${h}\n\n[a][r]`, (h: string) => `<${h}>`,
    );
    fc.assert(
      fc.property(badScheme.filter((h) => !/[\s<>()]/.test(h)), form, (href, wrap) => {
        const text = wrap(href);
        // `<…>` is an autolink only with a literal scheme (CommonMark); otherwise it is text everywhere.
        const isLink = !text.startsWith('<') || /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/.test(href);
        if (isLink) assert.ok(findUnsafeLinks(text).length > 0, `not refused: ${JSON.stringify(text)}`);
        assert.ok(!/<a /.test(renderInlineMarkdown(text)), `rendered as a link: ${JSON.stringify(text)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('whatever passes validation renders only https:/mailto: links, as a browser reads them (3,000 cases)', () => {
    const piece = fc.oneof(badScheme, fc.constantFrom('[', ']', '(', ')', '<', '>', '![', ']:', 'https://ok.example', 'mailto:a@b.c', ' ', '\n', '> ', '- ', '\\', '`', 'x'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), (text) => {
        if (findUnsafeLinks(text).length > 0) return;
        const html = renderInlineMarkdown(text);
        assert.ok(!/<img/i.test(html), `an image would load: ${html}`);
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.ok(['https', 'mailto'].includes(browserScheme(href) ?? ''), `${JSON.stringify(text)} → ${html}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps plain https:/mailto: links live and relative ones inert', () => {
    assert.equal(linkVerdict('https://example.com/a?b=1#c'), 'live');
    assert.equal(linkVerdict('mailto:ce@example.com'), 'live');
    assert.equal(linkVerdict('HTTPS://example.com'), 'live');
    assert.equal(linkVerdict('#section'), 'inert');
    assert.equal(linkVerdict('docs/page.md'), 'inert');
    assert.equal(linkVerdict('https://exa mple.com'), 'inert');
    assert.equal(linkVerdict('//evil.example'), 'unsafe');
  });
});
