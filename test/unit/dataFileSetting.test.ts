/** What the cePlaybook.dataFiles setting may name: roots inside the workspace, one absolute file per entry. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { classifyDataFileEntry } from '../../src/core/load/dataFileSetting';
import { repoRoot } from './helpers';

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

describe('settings in untrusted workspaces', () => {
  it('restricts every setting that sends the user somewhere or loads something', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    const settings = Object.keys(manifest.contributes.configuration.properties as Record<string, unknown>);
    const reaching = settings.filter((name) => /url|teamId|dataFiles|api/i.test(name));
    assert.ok(reaching.includes('cePlaybook.dataFiles') && reaching.includes('cePlaybook.slack.workspaceUrl') && reaching.includes('cePlaybook.slack.teamId'));
    for (const name of [...reaching, 'cePlaybook.slack.apiUrl']) assert.ok(restricted.includes(name), `${name} is not restricted`);
  });
});
