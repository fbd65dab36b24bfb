import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findUnsafeLinks } from '../../src/core/load/linkSafetyChecks';
import { renderInlineMarkdown } from '../../src/core/render/inlineMarkdown';

const hrefs = (text: string) => findUnsafeLinks(text).map((l) => l.href);

describe('unsafe links in data', () => {
  it('finds javascript:, data:, vbscript: and http: links in every Markdown link form', () => {
    assert.deepEqual(hrefs('See [the guide](javascript:alert(1)) today.'), ['javascript:alert(1)']);
    assert.deepEqual(hrefs('![x](data:image/png;base64,AAA)'), ['data:image/png;base64,AAA']);
    assert.deepEqual(hrefs('[a](<vbscript:msgbox>)'), ['vbscript:msgbox']);
    assert.deepEqual(hrefs('<JavaScript:alert(1)>'), ['JavaScript:alert(1)']);
    assert.deepEqual(hrefs('[ref]: javascript:alert(1)\n\nuse [ref]'), ['javascript:alert(1)']);
    assert.deepEqual(hrefs('[old](http://example.com)'), ['http://example.com']);
    assert.deepEqual(hrefs('[a\\]]: javascript:x\n\n[a\\]]'), ['javascript:x'], 'a label with an escaped bracket');
    assert.deepEqual(hrefs('[r]:\n  javascript:y\n\n[r]'), ['javascript:y'], 'the destination on the next line');
  });

  it('allows https:, mailto:, anchors and plain text, and walks nested data with paths', () => {
    assert.deepEqual(hrefs('[a](https://example.com/x?y=1) [m](mailto:a@b.c) [s](#section) http://bare.example'), []);
    assert.deepEqual(findUnsafeLinks({ teams: [{ id: 'x', valueToCe: { text: '[x](javascript:y)' } }] }), [{ path: ['teams', 0, 'valueToCe', 'text'], href: 'javascript:y' }]);
  });

  it('never lets through a link that the panel renderer would render with an unsafe scheme (2,000 cases)', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '<', '>', 'javascript:', 'JAVASCRIPT:', 'data:', 'https://a.b', 'mailto:x@y', ' ', '\n', '!', ':', 'x', '`', '\\', '"', '#');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), (text) => {
        if (findUnsafeLinks(text).length > 0) return;
        // Text that passes validation must not render to a link with an unsafe scheme.
        for (const [, href] of renderInlineMarkdown(text).matchAll(/href="([^"]*)"/g)) assert.match(href, /^(https:|mailto:)/i, text);
      }),
      { numRuns: 2000 },
    );
  });
});
