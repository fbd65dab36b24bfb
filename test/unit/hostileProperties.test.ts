/**
 * Properties of the hostile-data defences: every problem position is clamped into its file, and
 * the loader's positions stay inside the file whatever the text (lone CR, CRLF, deep nesting).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { guideProblems } from '../../src/core/load/guideChecks';
import { loadHandbook, LoadMemory } from '../../src/core/load/loadHandbook';
import type { Guide, Procedure } from '../../src/core/schema/schema';
import { clampPosition, lineLengths } from '../../src/core/load/problem';
import { bundledHandbook } from './helpers';

const bundled = bundledHandbook();
const anyNumber = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(NaN, Infinity, -Infinity, 0, -1, 0.5, Number.MAX_SAFE_INTEGER));
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

function assertInside(p: { line: number; column: number; endLine: number; endColumn: number }, lines: number[]): void {
  assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length, `line ${p.line} of ${lines.length}`);
  assert.ok(Number.isInteger(p.column) && p.column >= 1 && p.column <= lines[p.line - 1] + 1, `column ${p.column}`);
  assert.ok(Number.isInteger(p.endLine) && p.endLine >= p.line && p.endLine <= lines.length, `endLine ${p.endLine}`);
  assert.ok(Number.isInteger(p.endColumn) && p.endColumn >= 1 && p.endColumn <= lines[p.endLine - 1] + 1, `endColumn ${p.endColumn}`);
  if (p.endLine === p.line) assert.ok(p.endColumn >= p.column);
}

describe('position clamp (property-based)', () => {
  it('puts any reported position inside the file, end never before start (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 20 }), lineEnd, anyNumber, anyNumber, anyNumber, anyNumber, (rows, eol, line, column, endLine, endColumn) => {
        const lines = lineLengths(rows.join(eol));
        assertInside(clampPosition({ line, column, endLine, endColumn }, lines), lines);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a position that is already inside the file unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (rows, a, b) => {
        const lines = lineLengths(rows.join('\n'));
        const line = (a % lines.length) + 1;
        const column = (b % (lines[line - 1] + 1)) + 1;
        const p = { line, column, endLine: line, endColumn: column };
        assert.deepEqual(clampPosition(p, lines), p);
      }),
    );
  });

  it('without line lengths still never gives a line or column below 1', () => {
    fc.assert(fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (line, column, endLine, endColumn) => {
      const p = clampPosition({ line, column, endLine, endColumn });
      assert.ok(p.line >= 1 && p.column >= 1 && p.endLine >= p.line && p.endColumn >= 1);
    }));
  });

  it('every problem the loader reports lies inside the file, with any line ending and nesting (300 cases)', function () {
    this.timeout(60_000); // each case loads the whole handbook; the machine is shared
    const piece = fc.constantFrom('teams:', '  - id: sales', '    name: X', '     bogus: 1', '[', '{', ']', '"', '  - id: x', '    hidden: true', '\t', 'a: b: c', '- ', '#', '&a [1]', '*a');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), lineEnd, fc.nat({ max: 80 }), (parts, eol, depth) => {
        const text = parts.join(eol) + eol + '['.repeat(depth);
        const result = loadHandbook(bundled, [{ key: 'k', label: 'f.yaml', bytes: Buffer.from(text) }]);
        const lines = lineLengths(text);
        for (const p of result.problems.get('k')!) assertInside(p, lines);
      }),
      { numRuns: 300 },
    );
  });
});

describe('guide checks on huge guides', () => {
  it('check 100,000 questions in a row, each answer looping back, without overflowing the stack', function () {
    this.timeout(60_000);
    const n = 100_000;
    const nodes: Guide['nodes'] = [];
    for (let i = 0; i < n; i++) nodes.push({ id: `n${i}`, question: 'Q?', answers: [{ label: 'On', next: `n${i + 1}` }, { label: 'Back', next: 'n0' }] });
    nodes.push({ id: `n${n}`, outcome: 's' });
    const guide = { id: 'g', title: 'G', procedure: 'p', start: 'n0', nodes } as Guide;
    const problems = guideProblems(guide, { id: 'p', steps: [{ id: 's', text: 'x' }] } as Procedure);
    assert.equal(problems.length, 20, 'loops are reported, at most 20');
    assert.ok(problems.every((p) => /leads back to an earlier question/.test(p.message) && p.message.length < 400));
    assert.deepEqual(problems[0].path, ['nodes', n - 1, 'answers', 1, 'next'], 'the first loop closed on the way down');
  });
});

describe('a last good version that no longer fits', () => {
  it('is blamed on its own file, and every reload says the same until the file is fixed', () => {
    const memory = new LoadMemory();
    const file = (key: string, text: string) => ({ key, label: key, bytes: Buffer.from(text) });
    const hide = 'procedures:\n  - id: engage-support\n    hidden: true\n';
    const own = 'procedures:\n  - id: own\n    title: Own\n    source: { page: team-culture, section: S }\n    ordered: false\n    steps: [{ id: s1, text: x }]\nguides:\n  - id: customer-issue\n    procedure: own\n    start: n\n    nodes: [{ id: n, outcome: s1 }]\n';
    assert.deepEqual(loadHandbook(bundled, [file('hide', hide), file('own', own)], memory).failed, []);
    const broken = [file('hide', hide + '  - [\n')];
    const first = loadHandbook(bundled, broken, memory);
    const again = loadHandbook(bundled, broken, memory);
    for (const result of [first, again]) {
      assert.deepEqual(result.problems.get('hide')!.map((p) => [p.rule, p.line]), [['yaml-bad-indent', 5], ['hidden-needed', 1]]);
      assert.match(result.problems.get('hide')![1].message, /last good version of this file no longer fits/);
      assert.deepEqual(result.stale, []);
      assert.ok(result.handbook.procedures.some((p) => p.id === 'engage-support'), 'the bundled procedure is back');
    }
    assert.deepEqual(loadHandbook(bundled, [file('hide', 'teams: []\n')], memory).problems.get('hide'), [], 'the next good save recovers');
  });
});
