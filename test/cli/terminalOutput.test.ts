/**
 * Every command prints names and texts from data files and pages with their control characters
 * shown (`\u001b`), never sent to the terminal: an escape sequence in a team name must not recolour
 * or clear the screen, a line break in a key must not forge a second problem line.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './help.test';

const ESC = '\u001b';
// eslint-disable-next-line no-control-regex -- what must not reach the terminal
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ce-terminal-'));

/**
 * A data file whose key holds escape sequences and a line break, and one whose team text does (names
 * may not hold control characters, long texts may). YAML's "\e" is ESC.
 */
function hostileFiles() {
  const dir = tempDir();
  const badKey = path.join(dir, 'bad-key.yaml');
  fs.writeFileSync(badKey, 'teams:\n  - id: sales\n    "n\\e[31mame\\nfake.yaml:1:1: error: forged [x]": 1\n');
  const retold = path.join(dir, 'retold.yaml');
  fs.writeFileSync(retold, 'teams:\n  - id: sales\n    valueToTeam: { text: "Sales\\e[2J\\e]0;owned\\a\\u009b31m" }\n');
  return { dir, badKey, retold };
}

function assertShown(output: string) {
  assert.doesNotMatch(output, RAW_CONTROL, JSON.stringify(output));
  assert.match(output, /\\u001b/, output);
}

describe('command line output shows control characters from data, never sends them', () => {
  it('validate: the problem stays one line with the escape sequence shown (text, json, github)', () => {
    const { badKey } = hostileFiles();
    const text = runCli(['validate', badKey]);
    assert.equal(text.code, 1);
    assertShown(text.stdout);
    assert.equal(text.stdout.trimEnd().split('\n').length, 1, text.stdout);
    assert.match(text.stdout, /Unknown property "n\\u001b\[31mame\\nfake\.yaml:1:1: error: forged \[x\]"/);

    const github = runCli(['validate', '--format', 'github', badKey]);
    assertShown(github.stdout);
    assert.equal(github.stdout.trimEnd().split('\n').length, 1);
    assert.match(github.stdout, /^::error file=.*bad-key\.yaml,line=3,.*::.*n\\u001b\[31mame%0Afake\.yaml:1:1: error: forged \[x\]/);

    const json = runCli(['validate', '--format', 'json', badKey]);
    assert.doesNotMatch(json.stdout, RAW_CONTROL);
    assert.match(JSON.parse(json.stdout).problems[0].message, new RegExp(`n${ESC}\\[31mame\nfake`), 'JSON keeps the text, escaped as JSON does');
  });

  it('validate: a file named with an escape sequence is shown escaped, in the problem and in the GitHub file property', () => {
    const dir = tempDir();
    const named = path.join(dir, `team${ESC}[31m,x:y.yaml`);
    fs.writeFileSync(named, 'teams:\n  - id: sales\n    nmae: 1\n');
    const text = runCli(['validate', named]);
    assertShown(text.stdout + text.stderr);
    const github = runCli(['validate', '--format', 'github', named]);
    assertShown(github.stdout);
    assert.match(github.stdout, /^::error file=[^,]*team\\u001b\[31m%2Cx%3Ay\.yaml,line=3,col=5,/);
  });

  it('search and show: a team text with escape sequences is shown escaped', () => {
    const { retold } = hostileFiles();
    const search = runCli(['search', 'owned', '--data', retold]);
    assert.equal(search.code, 0, search.stderr);
    assertShown(search.stdout);
    assert.match(search.stdout, /Sales\\u001b\[2J\\u001b\]0;owned\\u0007\\u009b31m/);
    const show = runCli(['show', 'team', 'sales', '--data', retold]);
    assertShown(show.stdout);
    const json = runCli(['show', 'team', 'sales', '--json', '--data', retold]);
    assert.doesNotMatch(json.stdout, RAW_CONTROL);
    assert.equal(JSON.parse(json.stdout).valueToTeam.text, `Sales${ESC}[2J${ESC}]0;owned\u0007\u009b31m`, 'the JSON reads back as the same text');
  });

  it('diff: a changed text is shown escaped', () => {
    const { dir, retold } = hostileFiles();
    const plain = path.join(dir, 'plain.yaml');
    fs.writeFileSync(plain, 'teams:\n  - id: sales\n    valueToTeam: { text: "Sales" }\n');
    const { code, stdout } = runCli(['diff', plain, retold]);
    assert.equal(code, 1);
    assertShown(stdout);
  });

  it('import: a block it cannot place is reported with its text escaped', () => {
    const dir = tempDir();
    const page = path.join(dir, 'page.md');
    fs.writeFileSync(page, `# A page\n\nIntro.\n\n## Notes\n\nSome ${ESC}[8mhidden${ESC}[0m words.\n`);
    const { code, stderr } = runCli(['import', page]);
    assert.equal(code, 0, stderr);
    assertShown(stderr);
    assert.match(stderr, /: warning: not imported: .*"Some \\u001b\[8mhidden\\u001b\[0m words\." \[unplaced\]/);
  });

  it('usage errors repeat what was typed escaped: a missing file, an unknown option', () => {
    const missing = runCli(['validate', `no${ESC}[31m-such.yaml`]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'ce-playbook: no\\u001b[31m-such.yaml: no such file or folder\n');
    const option = runCli(['validate', `--c${ESC}[2J`]);
    assert.equal(option.code, 2);
    assertShown(option.stderr);
  });
});
