/**
 * Compose links (an assistant's draft opened in the composer): what composeLink makes parses back to
 * the same values, whatever the values hold, also after VS Code has decoded the query once; and
 * every malformed or oversized link is refused with a sentence, never a throw.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { composeLink, isComposePath, MAX_COMPOSE_LINK_LENGTH, parseComposeLink } from '../../src/features/deepLinks/model/composeLink';

const EXTENSION = 'ce-tools.ce-playbook';
const fieldId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const values = fc.dictionary(fieldId, fc.string({ unit: 'binary', maxLength: 300 }), { maxKeys: 8 });

/** The path and query as the VS Code glue hands them over (`uri.path`, `uri.query`, the query decoded once). */
function asVsCodeSeesIt(link: string): { path: string; query: string } {
  const url = new URL(link);
  return { path: decodeURIComponent(url.pathname), query: decodeURIComponent(url.search.replace(/^\?/, '')) };
}

const filledOnly = (v: Record<string, string>) => Object.fromEntries(Object.entries(v).filter(([, value]) => value.trim()));
const errorOf = (path: string, query: string) => {
  const result = parseComposeLink(path, query);
  assert.equal(result.ok, false, `${path}?${query} should be refused`);
  return result.ok ? '' : result.error;
};
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('compose links', () => {
  it('round trip: any values (quotes, &, =, %, emoji, newlines) come back as given, empty ones left out', () => {
    fc.assert(fc.property(values, (given) => {
      const link = composeLink(EXTENSION, 'support-ticket-context', given);
      if (link === undefined) return; // too long for a link: never handed out
      assert.ok(link.startsWith('vscode://ce-tools.ce-playbook/compose/support-ticket-context'));
      const { path, query } = asVsCodeSeesIt(link);
      assert.ok(isComposePath(path));
      const parsed = parseComposeLink(path, query);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.deepEqual(parsed.request, { templateId: 'support-ticket-context', values: filledOnly(given) });
    }));
  });

  it('values with characters a URI decoder would change survive VS Code decoding the query', () => {
    const given = { 'customer-name': 'Acme & Sons = 100% <ok>', background: 'line 1\nline 2 🚀 +plus %26 ?q=1#x' };
    const link = composeLink(EXTENSION, 'support-ticket-request', given, 'vscode-insiders')!;
    assert.match(link, /^vscode-insiders:\/\/ce-tools\.ce-playbook\/compose\/support-ticket-request\?values=[A-Za-z0-9_-]+$/);
    const { path, query } = asVsCodeSeesIt(link);
    assert.deepEqual(parseComposeLink(path, `windowId=3&${query}`), { ok: true, request: { templateId: 'support-ticket-request', values: given } });
  });

  it('a link without values opens the template empty; one over the length limit is not made', () => {
    assert.deepEqual(parseComposeLink('/compose/support-ticket-context', ''), { ok: true, request: { templateId: 'support-ticket-context', values: {} } });
    assert.equal(composeLink(EXTENSION, 'support-ticket-context', { background: 'x'.repeat(MAX_COMPOSE_LINK_LENGTH) }), undefined);
    assert.equal(composeLink(EXTENSION, 'Not An Id', {}), undefined);
    assert.equal(composeLink('not an extension', 'support-ticket-context', {}), undefined);
  });

  it('refuses malformed links with a sentence that says what a compose link looks like', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['/compose', '', /does not name a template id/],
      ['/compose/Bad_Id', '', /does not name a template id/],
      ['/compose/a/b', '', /does not name a template id/],
      ['/compose/t', 'values=***', /not valid base64url/],
      ['/compose/t', `values=${b64('\u0000')}x`, /not valid base64url|not valid JSON/],
      ['/compose/t', `values=${Buffer.from([0xff, 0xfe]).toString('base64url')}`, /not valid base64url-encoded UTF-8/],
      ['/compose/t', `values=${b64('{')}`, /not valid JSON/],
      ['/compose/t', `values=${b64('[1]')}`, /not an object/],
      ['/compose/t', `values=${b64('{"__proto__":"x"}')}`, /"__proto__" is not a field id/],
      ['/compose/t', `values=${b64('{"a":1}')}`, /value of "a" is not text/],
      ['/compose/t', `values=${b64(JSON.stringify({ a: 'x'.repeat(5001) }))}`, /longer than 5000/],
      ['/compose/t', `values=${b64(JSON.stringify(Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`f${i}`, 'x']))))}`, /41 values/],
      ['/compose/t', 'x'.repeat(MAX_COMPOSE_LINK_LENGTH), /too long/],
    ];
    for (const [path, query, expected] of cases) {
      const error = errorOf(path, query);
      assert.match(error, expected, `${path}?${query.slice(0, 40)}`);
      assert.match(error, /A compose link has the path \/compose\/<template id>/);
    }
  });

  it('never throws on any path and query', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 200 }), (path, query) => {
      const result = parseComposeLink(`/compose/${path}`, query);
      assert.equal(typeof result.ok, 'boolean');
    }));
  });
});
