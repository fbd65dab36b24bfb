/** The command line's output escaping, GitHub's workflow-command escaping and the YAML comment text: pure helpers. */
import assert from 'node:assert/strict';
import { escapeData, escapeProperty, githubAnnotation } from '../../src/cli/githubFormat';
import { terminalLine, terminalText } from '../../src/cli/terminalText';
import { dataYaml, yamlCommentText } from '../../src/features/handbookImport/model/dataYaml';
import { parseDataFile } from '../../src/core/load/loadHandbook';

const ESC = '\u001b';

describe('terminalText and terminalLine', () => {
  it('shows escape sequences, carriage returns, DEL, C1 controls, separators and bidi overrides as their escapes', () => {
    assert.equal(terminalText(`a${ESC}[31mb\rc\u007fd\u009be\u2028f\u202eg\u2066h\u0000`), 'a\\u001b[31mb\\rc\\u007fd\\u009be\\u2028f\\u202eg\\u2066h\\u0000');
  });

  it('terminalText keeps line breaks and tabs; terminalLine shows them too', () => {
    assert.equal(terminalText('one\ttwo\nthree'), 'one\ttwo\nthree');
    assert.equal(terminalLine('one\ttwo\nthree'), 'one\\ttwo\\nthree');
  });

  it('leaves ordinary text, including non-Latin letters and emoji, as it is', () => {
    const text = 'Customer Support (CS) → #customer-support, “quotes”, 日本語, 🙂';
    assert.equal(terminalText(text), text);
    assert.equal(terminalLine(text), text);
  });

  it('keeps JSON valid and equal: escaped JSON reads back as the same value', () => {
    const value = { name: `x${ESC}[2J\u009b\u2028\u202e\u007f y`, n: 1 };
    const printed = terminalText(JSON.stringify(value));
    assert.doesNotMatch(printed, /[\u0000-\u001f\u007f-\u009f\u2028\u202e]/); // eslint-disable-line no-control-regex
    assert.deepEqual(JSON.parse(printed), value);
  });
});

describe('GitHub annotations', () => {
  it('escape %, CR and LF in the message, and : and , as well in properties, as the runner reads them', () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('show other control characters as escapes, so the log does not act on them', () => {
    const line = githubAnnotation({ file: `x${ESC}[8m,y.yaml`, line: 2, column: 3, endLine: 2, endColumn: 4, message: `bad ${ESC}[8m\nhidden`, rule: 'schema', severity: 'error' });
    assert.equal(line, '::error file=x\\u001b[8m%2Cy.yaml,line=2,col=3,endLine=2,endColumn=4,title=ce-playbook schema::bad \\u001b[8m%0Ahidden');
  });
});

describe('the YAML header of imported files', () => {
  it('yamlCommentText keeps a comment on one line: line breaks and control characters shown as escapes', () => {
    assert.equal(yamlCommentText(`page\nteams: []\r\u0085\u2028${ESC}.md`), 'page\\nteams: []\\r\\u0085\\u2028\\u001b.md');
  });

  it('dataYaml: a page name with a line break stays in the comment, and texts with control characters read back the same', () => {
    const value = { teams: [{ id: 'sales', valueToTeam: { text: `a${ESC}[31m\u009b\u2028\u202e\u0007 b` } }] };
    const text = dataYaml(value as never, { schema: 's.json', origin: 'from evil\nteams: [] .md' });
    const lines = text.split('\n');
    assert.equal(lines[1], '# from evil\\nteams: [] .md');
    assert.doesNotMatch(text, /[\u0007\u001b\u009b\u2028\u202e]/); // eslint-disable-line no-control-regex
    const parsed = parseDataFile({ key: 'k', label: 'k', bytes: Buffer.from(text) });
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.value, value);
  });
});
