import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, commandCall } from '../../src/core/commands/commandContract';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string }>; menus: Record<string, Array<{ command: string }>>; keybindings?: Array<{ command: string }> };
};
const contributed = manifest.contributes.commands.map((c) => c.command);

describe('command contract', () => {
  it('lists every command package.json contributes', () => {
    const missing = contributed.filter((id) => !(id in COMMANDS));
    assert.deepEqual(missing, [], 'contributed in package.json but not in the contract');
  });

  it('has every contributed command of the contract in package.json, and no internal one', () => {
    const byContract = Object.entries(COMMANDS).filter(([, how]) => how !== 'internal').map(([id]) => id);
    assert.deepEqual(byContract.filter((id) => !contributed.includes(id)), [], 'in the contract as contributed but not in package.json');
    const internal = Object.entries(COMMANDS).filter(([, how]) => how === 'internal').map(([id]) => id);
    assert.deepEqual(internal.filter((id) => contributed.includes(id)), [], 'marked internal but contributed');
  });

  it('knows every command the menus and keybindings name', () => {
    const named = [...Object.values(manifest.contributes.menus).flat(), ...(manifest.contributes.keybindings ?? [])].map((m) => m.command);
    assert.deepEqual(named.filter((id) => id.startsWith('cePlaybook.') && !(id in COMMANDS)), []);
  });

  it('builds calls as plain data with the arguments in order', () => {
    assert.deepEqual(commandCall('cePlaybook.fillTemplate', { kind: 'template', templateId: 'x' }, { 'customer-name': 'Acme' }), {
      command: 'cePlaybook.fillTemplate',
      arguments: [{ kind: 'template', templateId: 'x' }, { 'customer-name': 'Acme' }],
    });
  });
});
