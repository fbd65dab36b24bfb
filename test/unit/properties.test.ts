/**
 * Property-based tests (fast-check), 10,000+ generated cases in all: the loader never throws and
 * reports every failure as a typed problem with a position; no generated string ever reaches the
 * panel or the tree as markup; snippet escaping always round-trips.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { loadHandbook, parseDataFile } from '../../src/core/load/loadHandbook';
import type { DataProblem } from '../../src/core/load/problem';
import { renderTeamPageBody } from '../../src/features/teamPage/model/teamPageHtml';
import { escapeSnippetText } from '../../src/core/templates/render';
import { TreeModel } from '../../src/features/tree/model/treeModel';
import { bundledHandbook } from './helpers';
import { testIcons, testTeamPageLabels, testTreeLabels } from './labels';

const bundled = bundledHandbook();

function assertPositioned(problems: DataProblem[]): void {
  for (const p of problems) {
    assert.equal(typeof p.message, 'string');
    assert.ok(p.message.length > 0);
    assert.match(p.rule, /^[a-z0-9-]+$/);
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1, JSON.stringify(p));
    assert.ok(p.endLine >= p.line);
  }
}

/** Text that looks like YAML data files: keys of the schema, ids, markup, anchors and aliases. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('teams:', 'channels:', 'templates:', '  - id: sales', '  - id: x', '    name: ', '    hidden: true', '    teams: [', ']', '{', '}', '&a', '*a', '<<: *a', '"', "'", '\t', '\r\n', '\n', '    - ', '__proto__:', 'constructor:', '[x](javascript:alert(1))', '<script>', '#', '---', '...'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** A patch-like structure of the right shape but random values. */
const patchFile = fc.record(
  {
    teams: fc.array(fc.record({ id: fc.oneof(fc.constantFrom('sales', 'marketing', 'new'), fc.string()), name: fc.string(), hidden: fc.boolean(), valueToTeam: fc.record({ text: fc.string() }, { requiredKeys: [] }) }, { requiredKeys: ['id'] }), { maxLength: 3 }),
    channels: fc.array(fc.record({ id: fc.string(), name: fc.string(), teams: fc.array(fc.string(), { maxLength: 3 }) }, { requiredKeys: ['id'] }), { maxLength: 3 }),
    meetings: fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const file = (bytes: Uint8Array) => ({ key: 'k', label: 'gen.yaml', bytes });

describe('properties (fast-check)', function () {
  // Thousands of whole loads and renders: seconds, not the milliseconds of the other unit tests.
  this.timeout(120_000);
  it('parsing arbitrary text never throws; every problem is typed and positioned (3,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), yamlish), (text) => {
        const parsed = parseDataFile(file(Buffer.from(text)));
        assertPositioned(parsed.problems);
        assert.ok(parsed.problems.length > 0 || parsed.value !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('an alias inside the node it names is refused, not followed forever (the counterexample fast-check found)', () => {
    for (const text of ['&a\r\n<<: *a', 'teams: &t\n  - <<: *t\n', 'x: &a\n  y: [1, *a]\n']) {
      const parsed = parseDataFile(file(Buffer.from(text)));
      assert.deepEqual(parsed.problems.map((p) => p.rule), ['yaml-recursive-alias'], text);
      assertPositioned(parsed.problems);
    }
  });

  it('arbitrary bytes (invalid UTF-8 included) never throw (1,500 cases)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        assertPositioned(parseDataFile(file(bytes)).problems);
      }),
      { numRuns: 1500 },
    );
  });

  it('merging generated data files never throws, never loses the bundled data, and keeps it valid (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(patchFile, { minLength: 1, maxLength: 3 }), (files) => {
        const inputs = files.map((f, i) => ({ key: `k${i}`, label: `f${i}.yaml`, bytes: Buffer.from(stringify(f)) }));
        const result = loadHandbook(bundled, inputs);
        for (const problems of result.problems.values()) assertPositioned(problems);
        assert.ok(result.handbook.teams.length >= 1 || files.some((f) => f.teams?.some((t) => t.hidden)));
        assert.ok(result.handbook.templates.some((t) => t.id === 'support-ticket-request'));
        // Every shown reference resolves (the tree and panels can trust the data).
        const teams = new Set(result.handbook.teams.map((t) => t.id));
        for (const c of result.handbook.channels) for (const id of c.teams) assert.ok(teams.has(id), id);
      }),
      { numRuns: 2000 },
    );
  });

  it('no generated string reaches the panel as markup (2,500 cases)', () => {
    const allowedTags = new Set(['header', 'h1', 'h2', 'h3', 'p', 'section', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'a', 'button', 'span', 'div', 'svg', 'article', 'footer', 'del', 'br']);
    const hostile = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '[x](JAVASCRIPT:alert(1))', '<a href="javascript:x">a</a>', '[d](data:text/html;base64,PHNjcmlwdD4=)', '<svg onload=alert(1)>', '"><iframe src=//evil>', '`<b>`', '**<i>x</i>**', '[ok](https://example.com "t\\"onmouseover=alert(1)")', '<https://example.com>', '<javascript:alert(1)>', '&lt;script&gt;', '![i](https://x/y.png"onerror="alert(1))'),
    );
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 6, maxLength: 6 }), ([name, text, label, overview, detail, channel]) => {
        const h = structuredClone(bundled);
        const team = h.teams[1];
        Object.assign(team, { name });
        team.valueToTeam = { label, text };
        team.collaboration = { label: 'Collaboration overview', text: overview, details: [detail] };
        h.channels.find((c) => c.id === 'customer-support')!.description = channel;
        const html = renderTeamPageBody(new HandbookIndex(h), team, testTeamPageLabels, testIcons);
        for (const [, tag] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) assert.ok(allowedTags.has(tag.toLowerCase()), `tag <${tag}> in ${html.slice(0, 200)}`);
        assert.ok(!/<[a-z][^>]*\son[a-z]+\s*=/i.test(html), 'event handler attribute');
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href, /^(https:|mailto:)/i);
      }),
      { numRuns: 2500 },
    );
  });

  it('tree tooltips never carry live Markdown links or HTML from data (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const h = structuredClone(bundled);
        h.meetings[0].name = `[x](command:evil) <b>${text}</b>`;
        h.meetings[0].description = text;
        const row = new TreeModel(new HandbookIndex(h), testTreeLabels).describe({ kind: 'meeting', meetingId: h.meetings[0].id })!;
        assert.ok(!row.tooltip.includes('[x](command:'), row.tooltip);
        assert.ok(!row.tooltip.includes('<b>'), row.tooltip);
      }),
      { numRuns: 1000 },
    );
  });

  it('snippet escaping round-trips any text (1,000 cases)', () => {
    const unescape = (s: string) => s.replace(/\\([\\$}])/g, '$1');
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const escaped = escapeSnippetText(text);
        assert.equal(unescape(escaped), text);
        assert.ok(!/(^|[^\\])(\\\\)*\$[{0-9a-zA-Z_]/.test(escaped), `live snippet syntax in ${escaped}`);
      }),
      { numRuns: 1000 },
    );
  });
});
