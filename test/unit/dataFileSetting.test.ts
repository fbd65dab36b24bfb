/** What the cePlaybook.dataFiles setting may name: roots inside the workspace, one absolute file per entry. */
import assert from 'node:assert/strict';
import { classifyDataFileEntry } from '../../src/model/load/dataFileSetting';

describe('cePlaybook.dataFiles entries', () => {
  const cases: Array<[unknown, string]> = [
    ['team/playbook.yaml', 'relative-file'],
    ['./team/../team.yml', 'refused'],
    ['config/*.yaml', 'relative-glob'],
    ['**/*.json', 'relative-glob'],
    ['../other-repo/team.yaml', 'refused'],
    ['team/../../x.yaml', 'refused'],
    ['/etc/passwd', 'refused'],
    ['/home/me/team.yaml', 'absolute-file'],
    ['C:\\Users\\me\\team.yaml', 'absolute-file'],
    ['/**/*.yaml', 'refused'],
    ['/home/me/../../etc/x.yaml', 'refused'],
    ['notes.md', 'refused'],
    ['team\u0000.yaml', 'refused'],
  ];
  for (const [entry, kind] of cases) {
    it(`${JSON.stringify(entry)} is ${kind}`, () => assert.equal(classifyDataFileEntry(entry)?.kind, kind));
  }
  it('ignores blanks and values that are not text', () => {
    for (const entry of ['', '   ', 42, null, {}]) assert.equal(classifyDataFileEntry(entry), undefined);
  });
  it('says why an entry is refused', () => {
    const refused = classifyDataFileEntry('../x.yaml');
    assert.ok(refused?.kind === 'refused' && /inside the workspace folder/.test(refused.reason));
  });
});
