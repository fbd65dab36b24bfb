/**
 * The one discovery rule and the session every host runs (src/core/session/), on real files through
 * the command line's reader (node's fs).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NodeReader } from '../../src/cli/nodeReader';
import { discoverDataFiles } from '../../src/core/session/discover';
import { HandbookSession } from '../../src/core/session/handbookSession';
import * as sessionLoader from '../../src/core/session/sessionLoader';
import { bundledHandbook } from './helpers';

const MARKETING = (text: string) => `teams:\n  - id: marketing\n    valueToTeam:\n      text: "${text}"\n`;

describe('the data session (src/core/session)', () => {
  let dir: string;
  let reader: NodeReader;
  const at = (...parts: string[]) => path.join(dir, ...parts);
  const write = (name: string, text: string) => fs.writeFileSync(at(name), text);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-session-'));
    reader = new NodeReader(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('discovery: which files are data, in which order', () => {
    it('a folder: its own .yaml, .yml and .json files (any case), by name, the same on every machine; nothing else', async () => {
      for (const name of ['c.JSON', 'B.yaml', 'a.yml', 'notes.md', 'yaml', '.yamlrc']) write(name, '');
      fs.mkdirSync(at('sub'));
      fs.writeFileSync(at('sub', 'inner.yaml'), '');
      fs.mkdirSync(at('looks-like.yaml'));
      const found = await discoverDataFiles([{ kind: 'folder', key: dir }], reader);
      assert.deepEqual(found.keys.map((k) => reader.label(k)), ['a.yml', 'B.yaml', 'c.JSON']);
      assert.deepEqual(found.notices, []);
    });

    it('a named file counts whatever its name; a file found twice counts once, where first found', async () => {
      write('team.txt', '');
      write('b.yaml', '');
      write('a.yaml', '');
      const found = await discoverDataFiles([{ kind: 'path', key: at('b.yaml') }, { kind: 'path', key: at('team.txt') }, { kind: 'path', key: dir }], reader);
      assert.deepEqual(found.keys.map((k) => reader.label(k)), ['b.yaml', 'team.txt', 'a.yaml']);
    });

    it('at most maxFiles files, with a notice; a required path that is gone is missing, an optional one is not', async () => {
      for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) write(name, '');
      const found = await discoverDataFiles([{ kind: 'folder', key: dir }, { kind: 'folder', key: at('gone') }, { kind: 'path', key: at('also-gone'), required: true }], reader, { maxFiles: 2, timeBudgetMs: 5000 });
      assert.deepEqual(found.keys.map((k) => reader.label(k)), ['a.yaml', 'b.yaml']);
      assert.deepEqual(found.notices, [{ kind: 'too-many', maxFiles: 2 }]);
      assert.deepEqual(found.missing, [at('also-gone')]);
    });
  });

  describe('a session', () => {
    const bundled = bundledHandbook();
    const session = () => new HandbookSession({ reader, bundled: () => bundled, loader: () => sessionLoader });

    it('a broken save keeps the last good data and says where; the same files again are unchanged; a fix recovers', async () => {
      const s = session();
      const sources = [{ kind: 'folder' as const, key: dir }];
      write('team.yaml', MARKETING('First.'));
      const first = await s.load(sources);
      assert.equal(first.kind, 'loaded');
      assert.equal(first.state.handbook.teams.find((t) => t.id === 'marketing')?.valueToTeam.text, 'First.');
      assert.deepEqual(first.state.origins.get('teams/marketing'), ['team.yaml']);

      write('team.yaml', 'teams:\n  - id: marketing\n    valueToTeam:\n      text: "broken\n');
      const broken = await s.load(sources);
      assert.equal(broken.state.handbook.teams.find((t) => t.id === 'marketing')?.valueToTeam.text, 'First.', 'the last good version stays');
      assert.deepEqual(broken.state.stale, ['team.yaml']);
      assert.deepEqual(broken.state.problems.map((p) => [p.file, p.key, p.layer, p.line, p.column, p.rule]), [['team.yaml', at('team.yaml'), 'team', 5, 1, 'yaml-missing-char']]);

      assert.equal((await s.load(sources)).kind, 'unchanged');

      write('team.yaml', MARKETING('Fixed.'));
      const fixed = await s.load(sources);
      assert.deepEqual([fixed.state.problems, fixed.state.stale], [[], []]);
      assert.equal(fixed.state.handbook.teams.find((t) => t.id === 'marketing')?.valueToTeam.text, 'Fixed.');
    });

    it('no data files: the bundled handbook, the same state each time; a required path gone: the last state stays', async () => {
      const s = session();
      const none = await s.load([{ kind: 'folder', key: dir }]);
      assert.equal(none.kind, 'bundled');
      assert.equal(none.state.handbook, bundled);
      assert.equal((await s.load([])).state, none.state);
      write('team.yaml', MARKETING('Ours.'));
      const loaded = await s.load([{ kind: 'path', key: at('team.yaml'), required: true }]);
      fs.rmSync(at('team.yaml'));
      const gone = await s.load([{ kind: 'path', key: at('team.yaml'), required: true }]);
      assert.equal(gone.kind, 'missing');
      assert.equal(gone.state, loaded.state);
    });
  });
});
