import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEEP_LINK_KINDS, deepLinkTargetExists, parseDeepLinkPath, deepLinkUri, type DeepLink, type DeepLinkKind } from '../../src/features/deepLinks/model/deepLink';
import { bundledHandbook } from './helpers';

const EXTENSION = 'ce-tools.ce-playbook';
const h = bundledHandbook();
const idsOf: Record<DeepLinkKind, string[]> = {
  team: h.teams.map((e) => e.id),
  template: h.templates.map((e) => e.id),
  meeting: h.meetings.map((e) => e.id),
  channel: h.channels.map((e) => e.id),
  guide: h.guides.map((e) => e.id),
};

/** Parses a full link the way the VS Code glue does: by its path and query. */
function parseUri(uri: string) {
  const url = new URL(uri);
  return { url, parsed: parseDeepLinkPath(url.pathname, url.search.replace(/^\?/, '')) };
}

function errorOf(path: string, query?: string): string {
  const result = parseDeepLinkPath(path, query);
  assert.equal(result.ok, false, `${JSON.stringify(path)} should be refused`);
  return result.ok ? '' : result.error;
}

/** Every refusal explains what a valid link looks like. */
const EXPLAINS = /A playbook link has the path \/<kind>\/<id>, e\.g\. \/team\/sales .*one of team, template, meeting, channel, guide/;

describe('deep links (links into the playbook)', () => {
  describe('round trips', () => {
    for (const kind of DEEP_LINK_KINDS) {
      it(`builds and parses a link to every bundled ${kind}`, () => {
        assert.ok(idsOf[kind].length > 0, `the bundled data has a ${kind}`);
        for (const id of idsOf[kind]) {
          const link: DeepLink = { kind, id };
          const uri = deepLinkUri(EXTENSION, link);
          assert.equal(uri, `vscode://ce-tools.ce-playbook/${kind}/${id}`);
          const { url, parsed } = parseUri(uri);
          assert.equal(url.protocol, 'vscode:');
          assert.equal(url.host, EXTENSION);
          assert.deepEqual(parsed, { ok: true, link });
          assert.equal(deepLinkTargetExists(h, link), true);
        }
      });
    }

    it('uses another scheme when asked (e.g. VS Code Insiders)', () => {
      const uri = deepLinkUri(EXTENSION, { kind: 'template', id: 'support-ticket-request' }, 'vscode-insiders');
      assert.equal(uri, 'vscode-insiders://ce-tools.ce-playbook/template/support-ticket-request');
      assert.deepEqual(parseUri(uri).parsed, { ok: true, link: { kind: 'template', id: 'support-ticket-request' } });
    });

    it('round-trips any valid id of any kind', () => {
      fc.assert(
        fc.property(fc.constantFrom(...DEEP_LINK_KINDS), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,79}$/), (kind, id) => {
          assert.deepEqual(parseUri(deepLinkUri(EXTENSION, { kind, id })).parsed, { ok: true, link: { kind, id } });
        }),
        { numRuns: 300 },
      );
    });

    it('refuses to build a link the parser would refuse', () => {
      assert.throws(() => deepLinkUri(EXTENSION, { kind: 'team', id: 'Sales' }), RangeError);
      assert.throws(() => deepLinkUri(EXTENSION, { kind: 'team', id: '' }), RangeError);
      assert.throws(() => deepLinkUri(EXTENSION, { kind: 'procedure' as DeepLinkKind, id: 'engage-support' }), RangeError);
      assert.throws(() => deepLinkUri('ce-playbook', { kind: 'team', id: 'sales' }), /extension id/);
      assert.throws(() => deepLinkUri(EXTENSION, { kind: 'team', id: 'sales' }, 'vs code'), /scheme/);
    });
  });

  describe('accepts', () => {
    const sales = { ok: true, link: { kind: 'team', id: 'sales' } };
    it('a trailing slash', () => assert.deepEqual(parseDeepLinkPath('/team/sales/'), sales));
    it('a path without its leading slash', () => assert.deepEqual(parseDeepLinkPath('team/sales'), sales));
    it('percent-encoding in the kind and the id', () => {
      assert.deepEqual(parseDeepLinkPath('/team/%73ales'), sales);
      assert.deepEqual(parseDeepLinkPath('/%74eam/sales'), sales);
      assert.deepEqual(parseDeepLinkPath('/guide/customer%2Dissue'), { ok: true, link: { kind: 'guide', id: 'customer-issue' } });
    });
    it('a query, which no link uses (VS Code may add its own)', () => assert.deepEqual(parseDeepLinkPath('/team/sales', 'windowId=_blank'), sales));
    it('an id of 80 characters', () => assert.equal(parseDeepLinkPath(`/team/${'a'.repeat(80)}`).ok, true));
  });

  describe('refuses, saying what is wrong and what a valid link looks like', () => {
    const cases: Array<[what: string, path: string, message: RegExp, query?: string]> = [
      ['an empty path', '', /does not say what to open/],
      ['just a slash', '/', /does not say what to open/],
      ['an unknown kind', '/procedure/engage-support', /"procedure" is not a kind of playbook entry/],
      ['a kind in the wrong case', '/Team/sales', /"Team" is not a kind/],
      ['a plural kind', '/teams/sales', /"teams" is not a kind/],
      ['a missing id', '/team', /names the kind "team" but no id/],
      ['a missing id with a trailing slash', '/template/', /names the kind "template" but no id/],
      ['extra segments', '/team/sales/extra', /more parts than \/team\/<id>: "extra"/],
      ['two trailing slashes', '/team/sales//', /empty part/],
      ['an empty segment', '/team//sales', /empty part/],
      ['an upper-case id', '/team/Sales', /"Sales" is not a valid team id/],
      ['an id starting with a dash', '/meeting/-x', /"-x" is not a valid meeting id/],
      ['an underscore', '/channel/ce_internal', /"ce_internal" is not a valid channel id/],
      ['an encoded space', '/team/sa%20les', /"sa les" is not a valid team id/],
      ['an encoded slash', '/team/sales%2Fextra', /"sales\/extra" is not a valid team id/],
      ['a dot-dot id', '/team/..', /"\.\." is not a valid team id/],
      ['an id over 80 characters', `/team/${'a'.repeat(81)}`, /is not a valid team id/],
      ['a lone percent sign', '/team/%', /"%" has a malformed percent-encoding/],
      ['a bad hex escape', '/team/%zz', /malformed percent-encoding/],
      ['a truncated UTF-8 sequence', '/team/%E0%A4%A', /malformed percent-encoding/],
      ['an invalid UTF-8 byte', '/%C0%AF/x', /malformed percent-encoding/],
      ['an overlong path', `/team/${'a'.repeat(495)}`, /too long \(501 characters; at most 500\)/],
      ['an overlong query', '/team/sales', /too long/, 'x'.repeat(490)],
    ];
    for (const [what, path, message, query] of cases) {
      it(what, () => {
        const error = errorOf(path, query);
        assert.match(error, message);
        assert.match(error, EXPLAINS);
      });
    }

    it('quotes at most 40 characters of what it refuses, with control characters visible', () => {
      const error = errorOf(`/${'x'.repeat(100)}\u0000/id`);
      assert.match(error, /^"x{40}…" is not a kind/);
      assert.match(errorOf('/team/a\u0007b'), /"a\\u0007b" is not a valid team id/);
    });
  });

  describe('deepLinkTargetExists', () => {
    it('is false for ids that are not in the data, or are of another kind', () => {
      for (const kind of DEEP_LINK_KINDS) assert.equal(deepLinkTargetExists(h, { kind, id: 'no-such-entry' }), false, kind);
      assert.equal(deepLinkTargetExists(h, { kind: 'team', id: 'customer-issue' }), false, 'a guide id is not a team');
      assert.equal(deepLinkTargetExists(h, { kind: 'guide', id: 'customer-issue' }), true);
      assert.equal(deepLinkTargetExists(h, { kind: 'channel', id: 'customer-support' }), true);
    });

    it('follows the data: an entry removed from the handbook no longer exists', () => {
      const without = { ...h, teams: h.teams.filter((t) => t.id !== 'sales') };
      assert.equal(deepLinkTargetExists(without, { kind: 'team', id: 'sales' }), false);
    });
  });

  describe('never throws', () => {
    // Pieces that make paths close to valid ones, so the random inputs reach every check.
    const piece = fc.oneof(
      fc.constantFrom('/', '//', '%', '%2', '%zz', '%E0%A4%A', '%C0%AF', '%2F', '%41', '%00', '%F0%9F%98%80', 'team', 'template', 'guide', 'channel', 'meeting', 'sales', 'Sales', '-', '?', '#', '\u0000', '\uD800', 'é', '..', ' '),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const paths = fc.oneof(fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join('')), fc.string({ unit: 'binary', maxLength: 600 }));

    it('on 500 random paths and queries, and answers either a valid link or an explained refusal', () => {
      fc.assert(
        fc.property(paths, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (path, query) => {
          const result = parseDeepLinkPath(path, query);
          if (result.ok) {
            assert.ok((DEEP_LINK_KINDS as readonly string[]).includes(result.link.kind));
            assert.match(result.link.id, /^[a-z0-9][a-z0-9-]*$/);
            assert.ok(result.link.id.length <= 80);
          } else {
            assert.match(result.error, EXPLAINS);
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
