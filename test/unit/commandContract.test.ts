import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, commandCall, type CommandId } from '../../src/core/commands/commandContract';
import { COMMAND_ARGUMENTS, PARSED_BY_THE_COMMAND, parseCommandArguments, type ArgumentContext } from '../../src/core/commands/commandArguments';
import { entryRef } from '../../src/core/handbook/entryRef';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { bundledHandbook } from './helpers';

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

  it('builds calls that the command reads back as the same arguments, after VS Code carries them as JSON', () => {
    const context: ArgumentContext = { index: new HandbookIndex(bundledHandbook()), asUri: () => undefined };
    const calls = [
      commandCall('cePlaybook.fillTemplate', entryRef.template('support-ticket-context'), { 'customer-name': 'Acme' }),
      commandCall('cePlaybook.fillTemplate', entryRef.step('engage-support', 'not-yet-assigned')),
      commandCall('cePlaybook.openIntersection', entryRef.team('sales')),
      commandCall('cePlaybook.showStep', entryRef.step('engage-support', 'collaborate')),
      commandCall('cePlaybook.showMeeting', entryRef.meeting('ce-team-meeting')),
      commandCall('cePlaybook.copyChannel', entryRef.channel('customer-support')),
      commandCall('cePlaybook.composeTicket', { templateId: 'support-ticket-context', values: { 'customer-name': 'Globex' } }),
      commandCall('cePlaybook.search', 'ticket request'),
      commandCall('cePlaybook.reloadData'),
    ];
    for (const call of calls) {
      const carried = JSON.parse(JSON.stringify(call)) as { command: CommandId; arguments: unknown[] };
      const parsed = parseCommandArguments(carried.command, carried.arguments, context);
      assert.ok(parsed.ok, `${call.command}: ${JSON.stringify(parsed)}`);
      const expected = COMMAND_ARGUMENTS[call.command] === PARSED_BY_THE_COMMAND ? call.arguments : (COMMAND_ARGUMENTS[call.command] as readonly unknown[]).map((_, i) => (call.arguments as unknown[])[i]);
      assert.deepEqual(parsed.args, expected, call.command);
    }
  });
});
