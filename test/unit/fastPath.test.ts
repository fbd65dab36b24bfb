/**
 * The fast path (js-yaml) and the document path (`yaml`, with positions) must give the same answer
 * for every input: the same data for a good file, the same problems for a bad one, and the limits
 * (size, depth, aliases, keys, encoding) hold whichever path reads the file. Generated with
 * fast-check: data dumped in many YAML styles by both libraries, hostile fragments, and bytes.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { stringify } from 'yaml';
import { checkDataFile, checkWithDocumentPath } from '../../src/core/load/checkFile';
import { fastParse } from '../../src/core/load/fastYaml';
import { parseYamlFile } from '../../src/core/load/yamlFile';

const sameAnswer = (bytes: Uint8Array) => {
  const fast = checkDataFile('f.yaml', bytes);
  const document = checkWithDocumentPath('f.yaml', bytes);
  assert.deepEqual(fast.problems, document.problems);
  assert.deepEqual(fast.value, document.value);
  return fast;
};

/** Strings that YAML treats specially when unquoted, or that hide a second meaning. */
const tricky = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('yes', 'no', 'on', 'off', 'y', 'n', 'True', 'FALSE', 'null', 'Null', '~', '', '0o17', '0x1F', '0b101', '1_000', '1e3', '.5', '5.', '-.inf', '.NaN', '2024-01-02', '12:30', '1:20:30', '<<', '__proto__', 'constructor', '#not a comment', 'a: b', '- x', '[x]', '{a: 1}', '"quoted"', "it's", '*alias', '&anchor', '!tag', '%', '@at', '`tick`', 'line\nbreak', ' lead', 'trail ', 'tab\there', 'é ✓ 😀', '\u2028', '\u0085', '\r'),
);
const key = fc.oneof(fc.constantFrom('id', 'name', 'teams', 'text', '__proto__', 'constructor', '<<', '1', 'true', 'null', '? x'), fc.string({ maxLength: 8 }));
const data = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tricky, fc.boolean(), fc.integer(), fc.double(), fc.constant(null), tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
})).value;

/** The same data in many YAML styles, from both libraries. */
const dumped = fc.tuple(data, fc.integer({ min: 0, max: 5 }), fc.integer({ min: -1, max: 3 })).map(([value, style, flowLevel]) => {
  const root = { teams: [value], channels: value };
  switch (style) {
    case 0: return stringify(root);
    case 1: return stringify(root, { defaultStringType: 'QUOTE_SINGLE', collectionStyle: 'flow' });
    case 2: return stringify(root, { defaultStringType: 'BLOCK_LITERAL', lineWidth: 20 });
    case 3: return dump(root, { flowLevel, lineWidth: 30, noRefs: true });
    case 4: return dump(root, { quotingType: '"', forceQuotes: true, noRefs: true });
    default: return `---\n${stringify(value)}\n...\n`;
  }
});

/** Hostile fragments: anchors and aliases, tags, directives, duplicate keys, deep and broken nesting. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('teams:', 'channels:', '  - id: sales', '  - id: x', '    name: ', '    name: x', '    hidden: true', '    teams: [', ']', '{', '}', '[[[[', ']]]]', '&a ', '*a', '<<: *a', '!!str ', '!!int ', '!custom ', '! ', '%YAML 1.1\n---\n', '%TAG ! tag:x,2000:\n---\n', '"', "'", '\t', '\r\n', '\n', '\r', '    - ', '__proto__:', 'constructor:', 'id: a\nid: b\n', '? [a]\n: b\n', '---', '...', '|', '>-', '#', ': ', '- '),
      tricky,
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('fast path and document path agree (fast-check)', function () {
  this.timeout(120_000);

  it('generated data in every style: the same data or the same problems (2,000 cases)', () => {
    fc.assert(fc.property(dumped, (text) => void sameAnswer(Buffer.from(text))), { numRuns: 2000 });
  });

  it('a text whose first line is indented goes to the document path (js-yaml accepted "    - \\n- x" as [null, "x"], `yaml` refuses it)', () => {
    for (const text of ['    - \n- x', '\n# note\n  a: 1\nb: 2', '  - a\n  - b']) {
      assert.equal(fastParse(text), undefined, JSON.stringify(text));
      sameAnswer(Buffer.from(text));
    }
    assert.deepEqual(fastParse('# note\na: 1\n'), { a: 1 }, 'a comment line first is not indentation');
  });

  it('a comment glued to a closing quote goes to the document path, even after a space in the string (fast-check found "\\"    - \\"#")', () => {
    for (const text of ['"    - "#', 'a: "x "#c\n', "a: 'x '#c\n", '- "x "#c\n']) {
      assert.equal(fastParse(text), undefined, JSON.stringify(text));
      sameAnswer(Buffer.from(text));
    }
    assert.deepEqual(fastParse('a: "#channel"\nb: "x" # note\n'), { a: '#channel', b: 'x' }, 'a quoted # and a spaced comment stay on the fast path');
  });

  it('hostile fragments: the same answer, and the fast path never vouches for what the document path refuses (3,000 cases)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        sameAnswer(Buffer.from(text));
        const fast = fastParse(text);
        if (fast === undefined) return;
        const document = parseYamlFile('f.yaml', text);
        assert.deepEqual(document.problems, [], 'the fast path accepted a text the document path refuses');
        assert.deepEqual(fast, document.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('valid entries with tricky texts in every style: the same data, mostly vouched for by the fast path (2,000 cases)', () => {
    let vouched = 0;
    let good = 0;
    const entry = fc.tuple(tricky, tricky, fc.integer({ min: 0, max: 4 })).map(([name, description, style]) => {
      const root = { channels: [{ id: 'ce', name: `#${name}`, description: description || 'x' }] };
      return style < 2 ? stringify(root, style ? { defaultStringType: 'PLAIN', lineWidth: 15 } : {}) : dump(root, { lineWidth: style === 2 ? 15 : 80, quotingType: style === 3 ? '"' : "'" });
    });
    fc.assert(
      fc.property(entry, (text) => {
        const result = sameAnswer(Buffer.from(text));
        const fast = fastParse(text);
        if (result.problems.length === 0) good++;
        if (fast !== undefined && result.problems.length === 0) {
          vouched++;
          assert.deepEqual(fast, result.value);
        }
      }),
      { numRuns: 2000 },
    );
    assert.ok(good > 200 && vouched > good * 0.8, `the fast path read ${vouched} of ${good} good files`);
  });

  it('arbitrary bytes, invalid UTF-8 included: the same answer (1,000 cases)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void sameAnswer(bytes)), { numRuns: 1000 });
  });

  describe('the limits hold on both paths', () => {
    const refused = (text: string | Uint8Array, rule: RegExp) => {
      const result = sameAnswer(typeof text === 'string' ? Buffer.from(text) : text);
      assert.equal(result.value, undefined);
      assert.match(result.problems.map((p) => p.rule).join(' '), rule);
    };
    it('size: a file over 1 MB is refused before either parser sees it', () => refused('teams: []\n' + '#'.repeat(1024 * 1024), /file-too-large/));
    it('depth: flow and block nesting deeper than 64 levels', () => {
      refused(`teams: ${'['.repeat(70)}${']'.repeat(70)}\n`, /too-deep/);
      refused(`teams:\n${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n')}x\n`, /too-deep/);
      assert.equal(fastParse(`teams: ${'['.repeat(70)}${']'.repeat(70)}\n`), undefined);
    });
    it('aliases: an alias bomb is refused, and the fast path declines any anchor', () => {
      const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
      refused(bomb, /yaml-aliases/);
      assert.equal(fastParse(bomb), undefined);
      assert.equal(fastParse('teams: &t []\nchannels: *t\n'), undefined);
    });
    it('keys: __proto__ and duplicate keys', () => {
      refused('__proto__: { polluted: true }\nteams: []\n', /schema/);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      refused('teams: []\nteams: []\n', /yaml-duplicate-key/);
    });
    it('entries: more than 50,000 lines and commas are refused before either parser, even when the YAML is good', () => {
      const comments = 'teams: []\n' + '#\n'.repeat(50000);
      refused(comments, /too-many-entries/);
      assert.equal(fastParse(comments), undefined);
      refused(`teams: [${'1,'.repeat(50000)}1]\n`, /too-many-entries/);
    });
    it('encoding: invalid UTF-8', () => refused(Uint8Array.from([0x74, 0x3a, 0x20, 0xff, 0x0a]), /invalid-utf8/));
    it('tags and directives go to the document path, which decides', () => {
      assert.equal(fastParse('teams: !!str x\n'), undefined);
      assert.equal(fastParse('%YAML 1.1\n---\nteams: yes\n'), undefined);
      sameAnswer(Buffer.from('%YAML 1.1\n---\nteams: yes\n'));
    });
  });

  it('a quoted text over several lines goes to the document path, which checks the indentation of its next lines (a counterexample fast-check found)', () => {
    for (const text of ['    name: "\r\n"', 'a:\n  b: "x\n  y"\n', "a:\n  b: 'x\n  y'\n"]) {
      assert.equal(fastParse(text), undefined, JSON.stringify(text));
      assert.ok(sameAnswer(Buffer.from(text)).problems.length > 0, JSON.stringify(text));
    }
  });

  it('a flow collection over several lines goes to the document path, which checks its indentation (a counterexample fast-check found)', () => {
    for (const text of ['    teams: [\n]', 'teams: [a,\nb]\n', 'teams: [\n  ]\n']) {
      assert.equal(fastParse(text), undefined, text);
      sameAnswer(Buffer.from(text));
    }
    assert.deepEqual(fastParse('teams: [a, b]\nchannels: {x: 1}\n'), { teams: ['a', 'b'], channels: { x: 1 } });
  });

  it('a good file is read by the fast path, with positions found later from its bytes', () => {
    const text = 'channels:\n  - id: ce\n    name: "#ce"\n';
    assert.deepEqual(fastParse(text), { channels: [{ id: 'ce', name: '#ce' }] });
    const checked = checkDataFile('f.yaml', Buffer.from(text));
    assert.deepEqual(checked.locate(['channels', 0, 'name']), { line: 3, column: 11, endLine: 3, endColumn: 16 });
  });
});
