import assert from 'node:assert/strict';
import { renderWebviewDocument } from '../../src/core/render/webviewDocument';

const page = { title: 'A <b> title', body: '<p>body</p>', cspSource: 'https://w.test', nonce: 'n0nce', scriptUri: 'https://w.test/s.js', styleUris: ['https://w.test/a.css', 'https://w.test/b.css'], main: { id: 'content', 'data-state': '{"a":"<x>"}' } };

describe('the document around every webview page', () => {
  it('allows nothing by default, scripts only with the nonce, styles, images and fonts only from the extension', () => {
    const doc = renderWebviewDocument(page);
    const csp = /Content-Security-Policy" content="([^"]*)"/.exec(doc)?.[1];
    assert.equal(csp, "default-src 'none'; style-src https://w.test; script-src 'nonce-n0nce'; img-src https://w.test; font-src https://w.test");
    assert.doesNotMatch(renderWebviewDocument({ ...page, images: false }), /img-src/);
    assert.match(doc, /<script nonce="n0nce" src="https:\/\/w\.test\/s\.js"><\/script>/);
    assert.equal(doc.match(/<script/g)?.length, 1);
  });

  it('links every stylesheet and escapes the title and the attributes of <main>', () => {
    const doc = renderWebviewDocument(page);
    assert.equal(doc.match(/<link rel="stylesheet"/g)?.length, 2);
    assert.match(doc, /<title>A &lt;b&gt; title<\/title>/);
    assert.match(doc, /<main id="content" data-state="\{&quot;a&quot;:&quot;&lt;x&gt;&quot;\}">\n<p>body<\/p>\n<\/main>/);
  });
});
