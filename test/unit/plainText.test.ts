/** Data shown outside the webview: tooltips (Markdown), quick picks ($(icon)), notifications and the output channel. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Marked } from 'marked';
import { escapeIcons, markdownText, notificationText, outputText } from '../../src/core/render/plainText';

/** VS Code renders hovers and tooltips with marked (GFM): the same reader the tooltip text meets. */
const vscodeLike = new Marked({ gfm: true, async: false });
const markupPiece = fc.constantFrom('[', ']', '(', ')', '<', '>', '!', '*', '_', '`', '#', '-', '&amp;', '&#106;', 'javascript:', 'https://a.example', 'www.b.example', 'c@d.example', '<img src=x>', '<b>', '\\', '\n', ' ', '|', '~', 'x');

describe('text for displays outside the webview', () => {
  it('markdownText: no link, image, autolink or HTML forms, and the text reads back as typed (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(markupPiece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
        const html = vscodeLike.parse(markdownText(text)) as string;
        assert.ok(!/<(a|img|b|script)[\s>]/i.test(html), `${JSON.stringify(text)} → ${html}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('escapeIcons: every $( is escaped, once', () => {
    assert.equal(escapeIcons('$(zap) a $(bug~spin) \\$(x)'), '\\$(zap) a \\$(bug~spin) \\\\$(x)');
    fc.assert(fc.property(fc.string(), (s) => assert.ok(!/(^|[^\\])\$\(/.test(escapeIcons(s)))));
  });

  it('notificationText: [label](link) cannot form a link; control characters go', () => {
    assert.equal(notificationText('see [x](https://evil.example) [y] (z)\u0007'), 'see [x] (https://evil.example) [y] (z)');
    // VS Code's notification links need `](` with nothing between.
    fc.assert(fc.property(fc.string(), (s) => assert.ok(!/\]\(/.test(notificationText(s)), notificationText(s))));
    assert.equal(notificationText(']] (('), ']] ((');
  });

  it('outputText: only https: URLs stay whole for the link detector', () => {
    assert.equal(outputText('a http://evil.example b https://ok.example c file:///etc/passwd d'), 'a http: //evil.example b https://ok.example c file: ///etc/passwd d');
    assert.equal(outputText('HTTPS://ok.example'), 'HTTPS://ok.example');
  });
});
