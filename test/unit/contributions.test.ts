/** The generated package.json sections (src/build/contributions.ts) name only texts package.nls.json has. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contributedCommands, missingMessageKeys } from '../../src/build/contributions';
import { repoRoot } from './helpers';

const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('generated contributions', () => {
  it('every title, tool name and tool description they name is in package.nls.json', () => {
    assert.deepEqual(missingMessageKeys(nls), []);
  });

  it('a text missing from package.nls.json is named, so the generator can refuse', () => {
    const { 'command.getHelp': _title, 'lmTool.routeHelp.userDescription': _description, ...fewer } = nls;
    assert.deepEqual(missingMessageKeys(fewer), ['command.getHelp', 'lmTool.routeHelp.userDescription']);
  });

  it('every contributed command shows as "CE Playbook: <title>" in the Command Palette', () => {
    assert.equal(nls.category, 'CE Playbook');
    for (const c of contributedCommands()) {
      assert.equal(c.category, '%category%', c.command);
      assert.ok(nls[c.title.slice(1, -1)]?.length > 3, `${c.command}: ${c.title}`);
    }
  });
});
