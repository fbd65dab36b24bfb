/**
 * The commands' arguments as they arrive from outside (core/commands/commandArguments.ts): what
 * VS Code's menus pass, what the Command Palette passes (nothing), string ids, and values no command
 * takes. The menus are read from package.json and the rows from the tree model, so a new menu entry
 * or a new kind of row is checked without listing it here.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { COMMANDS, type CommandId } from '../../src/core/commands/commandContract';
import { COMMAND_ARGUMENTS, EXAMPLE_IDS, PARSED_BY_THE_COMMAND, parseCommandArguments, refFromId, type ArgumentContext } from '../../src/core/commands/commandArguments';
import { REF_FIELDS } from '../../src/core/commands/argumentSchemas';
import { entryId, entryKey, entryRef, lookupEntry, type EntryKind, type EntryRef } from '../../src/core/handbook/entryRef';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { TreeModel, type RowDescription, type TreeNode } from '../../src/features/tree/model/treeModel';
import { bundledHandbook, repoRoot } from './helpers';
import { testTreeLabels } from './labels';

interface MenuEntry { command: string; when?: string }
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string }>; menus: Record<string, MenuEntry[]> };
};

/** Stands for vscode.Uri, which the model never sees. */
class FakeUri { constructor(readonly text: string) {} }
const index = new HandbookIndex(bundledHandbook());
const context: ArgumentContext = { index, asUri: (v) => (v instanceof FakeUri ? v : undefined) };
const commandIds = Object.keys(COMMANDS) as CommandId[];
const parse = (command: CommandId, ...args: unknown[]) => parseCommandArguments(command, args, context);
/** How many arguments the command takes; undefined if it reads them itself. */
const arity = (command: CommandId) => { const parsers = COMMAND_ARGUMENTS[command]; return parsers === PARSED_BY_THE_COMMAND ? undefined : (parsers as readonly unknown[]).length; };

/** Every entry of the bundled data, as references. */
const allRefs = (): EntryRef[] => {
  const h = index.handbook;
  return [
    ...h.teams.map((e) => entryRef.team(e.id)),
    ...h.procedures.flatMap((p) => [entryRef.procedure(p.id), ...p.steps.map((s) => entryRef.step(p.id, s.id))]),
    ...h.templates.map((e) => entryRef.template(e.id)),
    ...h.meetings.map((e) => entryRef.meeting(e.id)),
    ...h.channels.map((e) => entryRef.channel(e.id)),
    ...h.userGroups.map((e) => entryRef.userGroup(e.id)),
    ...h.guides.map((e) => entryRef.guide(e.id)),
  ];
};

/** Every row of the tree, with a "What changed" row and two sent tickets (one with a thread). */
function allRows(): Array<{ node: TreeNode; row: RowDescription }> {
  const sentRow = (sentId: string): RowDescription => ({ id: `sent:${sentId}`, label: sentId, tooltip: sentId, accessibilityLabel: sentId, icon: 'send', contextValue: sentId === 'threaded' ? 'sentTicketThread' : 'sentTicketLinked', collapsible: 'none' });
  const model = new TreeModel(index, testTreeLabels, { checked: new Set(), changedEntries: 2, sent: { ids: () => ['threaded', 'linked'], describe: sentRow } });
  const out: Array<{ node: TreeNode; row: RowDescription }> = [];
  const walk = (nodes: TreeNode[]) => nodes.forEach((node) => { out.push({ node, row: model.describe(node)! }); walk(model.getChildren(node)); });
  walk(model.getChildren());
  return out;
}

/** Whether a menu entry's `when` shows it on a row with this contextValue (the forms package.json uses). */
function showsOn(when: string | undefined, contextValue: string): boolean {
  const equal = /viewItem == (\w+)/.exec(when ?? '');
  if (equal) return equal[1] === contextValue;
  const matches = /viewItem =~ \/(.+?)\//.exec(when ?? '');
  return matches ? new RegExp(matches[1]).test(contextValue) : false;
}

describe('command arguments', () => {
  it('every command the Command Palette shows runs with no arguments (it asks instead)', () => {
    const hidden = new Set(manifest.contributes.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command));
    const shown = manifest.contributes.commands.map((c) => c.command as CommandId).filter((id) => !hidden.has(id));
    assert.ok(shown.length > 10);
    for (const id of shown) assert.deepEqual(parse(id), { ok: true, args: new Array(arity(id) ?? 0).fill(undefined) }, id);
  });

  it('every tree row\'s click, inline buttons and context menu take the row as VS Code passes it', () => {
    const rows = allRows();
    const itemMenus = manifest.contributes.menus['view/item/context'];
    const kinds = new Set(rows.map(({ node }) => node.kind));
    assert.deepEqual([...kinds].sort(), ['channel', 'group', 'meeting', 'procedure', 'root', 'sentTicket', 'step', 'team', 'template', 'userGroup', 'whatChanged']);
    let menuCalls = 0;
    for (const { node, row } of rows) {
      if (row.command) {
        const result = parse(row.command.command, ...row.command.arguments);
        assert.ok(result.ok, `${row.id}: ${JSON.stringify(result)}`);
      }
      for (const menu of itemMenus.filter((m) => showsOn(m.when, row.contextValue))) {
        // A menu passes the row and, without multi-select, nothing for the selection.
        const result = parse(menu.command as CommandId, node, undefined);
        assert.ok(result.ok, `${menu.command} on ${row.id}: ${JSON.stringify(result)}`);
        if (result.args.length) assert.equal(result.args[0], node, `${menu.command} gets the row itself`);
        menuCalls++;
      }
    }
    assert.ok(menuCalls >= itemMenus.length, 'every menu entry was tried on some row');
  });

  it('the tree\'s title buttons take whichever row has focus, or none, as no argument unless it is theirs', () => {
    const titleCommands = manifest.contributes.menus['view/title'].map((m) => m.command as CommandId);
    assert.ok(titleCommands.length > 0);
    for (const command of titleCommands) {
      assert.ok(parse(command, null).ok, `${command} with no focused row`);
      for (const { node } of allRows()) {
        const result = parse(command, node);
        assert.ok(result.ok, `${command} with ${JSON.stringify(node)} focused: ${JSON.stringify(result)}`);
        // A row the command takes (a template row for Compose Ticket) is the argument; any other is none.
        if (result.args[0] !== undefined) assert.equal(result.args[0], node);
      }
    }
  });

  /** Takes the reference as it is, and is not a command that takes any object (connectSlack). */
  const takesRef = (command: CommandId, ref: EntryRef) => {
    const byRef = parse(command, ref);
    return byRef.ok && byRef.args[0] === ref && !parse(command, { kind: 'no-such-kind' }).ok;
  };

  it('an entry\'s id as a string works wherever its reference does, and means the same entry', () => {
    let checked = 0;
    for (const command of commandIds) {
      for (const ref of allRefs()) {
        if (!takesRef(command, ref)) continue;
        const byId = parse(command, entryId(ref));
        assert.ok(byId.ok, `${command} "${entryId(ref)}": ${JSON.stringify(byId)}`);
        assert.equal(entryKey(byId.args[0] as EntryRef), entryKey(ref), command);
        checked++;
      }
    }
    assert.ok(checked > 50, `${checked} command and entry pairs`);
  });

  it('a string that names no entry of the kinds a command takes is an unknown id, naming command and id', () => {
    const takesEntries = commandIds.filter((command) => allRefs().some((ref) => takesRef(command, ref)));
    assert.ok(takesEntries.includes('cePlaybook.openChannel') && takesEntries.includes('cePlaybook.openIntersection'));
    fc.assert(fc.property(fc.constantFrom(...takesEntries), fc.string(), (command, id) => {
      const result = parse(command, id);
      const names = allRefs().some((ref) => entryId(ref) === id && takesRef(command, ref));
      if (names) return result.ok;
      return !result.ok && result.problem.problem === 'unknownId' && result.problem.command === command && result.problem.id === id;
    }), { numRuns: 2000 });
  });

  it('a number, true/false or a list is refused with the command, the argument and what arrived, never thrown', () => {
    const takingArguments = commandIds.filter((id) => (arity(id) ?? 0) > 0);
    const values = fc.oneof(
      fc.double().map((v) => ({ v, type: 'number' })),
      fc.boolean().map((v) => ({ v, type: 'boolean' })),
      fc.array(fc.jsonValue(), { maxLength: 3 }).map((v) => ({ v, type: 'list' })),
    );
    fc.assert(fc.property(fc.constantFrom(...takingArguments), values, (command, { v, type }) => {
      const result = parse(command, v);
      return !result.ok && result.problem.problem === 'invalid' && result.problem.command === command && result.problem.position === 0 && result.problem.received === type;
    }), { numRuns: 3000 });
  });

  it('never throws on any JSON, for any command, and whatever passes is what the command was given or built from it', () => {
    fc.assert(fc.property(fc.constantFrom(...commandIds), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxLength: 3 }), (command, args) => {
      const result = parseCommandArguments(command, args, context);
      if (!result.ok) return result.problem.command === command;
      return result.args.every((a, i) => a === undefined || a === args[i] || (typeof args[i] === 'string' && typeof a === 'object'));
    }), { numRuns: 5000 });
  });

  it('turns ids into the reference the command takes: a channel, a team, a step, a user group', () => {
    assert.deepEqual(parse('cePlaybook.openChannel', 'customer-support'), { ok: true, args: [{ kind: 'channel', channelId: 'customer-support' }] });
    assert.deepEqual(parse('cePlaybook.openIntersection', 'customer-support'), { ok: true, args: [{ kind: 'team', teamId: 'customer-support' }] });
    assert.deepEqual(parse('cePlaybook.fillTemplate', 'engage-support/not-yet-assigned'), { ok: true, args: [{ kind: 'step', procedureId: 'engage-support', stepId: 'not-yet-assigned' }, undefined] });
    assert.deepEqual(parse('cePlaybook.copyChannel', 'cs-leadership'), { ok: true, args: [{ kind: 'userGroup', userGroupId: 'cs-leadership' }] });
    assert.deepEqual(parse('cePlaybook.openSentTicket', 's-1'), { ok: true, args: [{ kind: 'sentTicket', sentId: 's-1' }] });
  });

  it('refuses a reference of another kind outside the title bar, and says what it expected', () => {
    assert.deepEqual(parse('cePlaybook.openChannel', entryRef.team('sales')), {
      ok: false, problem: { problem: 'invalid', command: 'cePlaybook.openChannel', position: 0, expected: { type: 'entry', kinds: ['channel'] }, received: 'object' },
    });
    assert.deepEqual(parse('cePlaybook.openIntersection', { kind: 'team', teamId: 7 }), {
      ok: false, problem: { problem: 'invalid', command: 'cePlaybook.openIntersection', position: 0, expected: { type: 'entry', kinds: ['team'] }, received: 'object' },
    });
  });

  it('checks the later arguments too: the field values, a code lens\'s line', () => {
    const values = parse('cePlaybook.fillTemplate', 'support-ticket-request', { 'customer-name': 3 });
    assert.ok(!values.ok && values.problem.problem === 'invalid' && values.problem.position === 1 && values.problem.expected.type === 'fieldValues');
    const uri = new FakeUri('file:///notes.md');
    assert.deepEqual(parse('cePlaybook.fillDraft', uri, 4), { ok: true, args: [uri, 4] });
    for (const line of [-1, 1.5, '4']) {
      const result = parse('cePlaybook.fillDraft', uri, line);
      assert.ok(!result.ok && result.problem.problem === 'invalid' && result.problem.position === 1 && result.problem.expected.type === 'line', String(line));
    }
    const noDocument = parse('cePlaybook.copyDraftForSlack', { scheme: 'file' }, 0);
    assert.ok(!noDocument.ok && noDocument.problem.problem === 'invalid' && noDocument.problem.expected.type === 'document');
  });

  it('composeTicket: a template id, or the composer\'s object; an old script\'s thread, of any shape, does not refuse it', () => {
    assert.deepEqual(parse('cePlaybook.composeTicket', 'support-ticket-request'), { ok: true, args: [{ kind: 'template', templateId: 'support-ticket-request' }] });
    const ticket = { templateId: 'support-ticket-request', values: { 'customer-name': 'Acme' } };
    assert.deepEqual(parse('cePlaybook.composeTicket', ticket), { ok: true, args: [ticket] });
    for (const thread of [{ channel: 'C1', ts: '1.2' }, { channel: 'C1' }, 'C1/1.2']) {
      // The composer reads only templateId and values (test/integration/composer.test.ts: a new ticket).
      assert.deepEqual(parse('cePlaybook.composeTicket', { ...ticket, thread }), { ok: true, args: [{ ...ticket, thread }] }, JSON.stringify(thread));
    }
    for (const bad of [{ templateId: 4 }, { values: ['Acme'] }, { values: { 'customer-name': 3 } }]) {
      const result = parse('cePlaybook.composeTicket', bad);
      assert.ok(!result.ok && result.problem.problem === 'invalid' && result.problem.expected.type === 'ticket', JSON.stringify(bad));
    }
  });

  it('leaves sendTicket\'s arguments to sendTicket, and drops what comes after those a command takes', () => {
    const odd = [42, 'x', { y: 1 }];
    assert.deepEqual(parse('cePlaybook.sendTicket', ...odd), { ok: true, args: odd });
    const ref = entryRef.channel('ce');
    assert.deepEqual(parse('cePlaybook.openChannel', ref, [ref]), { ok: true, args: [ref] });
    assert.deepEqual(parse('cePlaybook.reloadData', ref), { ok: true, args: [] });
  });

  it('without the data, takes a string as an id of the first kind it can be', () => {
    const blind: ArgumentContext = { asUri: () => undefined };
    assert.deepEqual(parseCommandArguments('cePlaybook.insertTemplate', ['no-such-template'], blind), { ok: true, args: [{ kind: 'template', templateId: 'no-such-template' }] });
    assert.deepEqual(parseCommandArguments('cePlaybook.showStep', ['no-slash'], blind), { ok: false, problem: { problem: 'unknownId', command: 'cePlaybook.showStep', kinds: ['step'], id: 'no-slash' } });
  });

  it('its examples are entries of the bundled data, and its reference shapes those of the builders', () => {
    for (const kind of Object.keys(EXAMPLE_IDS) as EntryKind[]) {
      const ref = refFromId(kind, EXAMPLE_IDS[kind])!;
      assert.ok(lookupEntry(index, ref), `${kind} ${EXAMPLE_IDS[kind]}`);
      assert.deepEqual(Object.keys(ref), ['kind', ...REF_FIELDS[kind]]);
      assert.deepEqual(Object.keys(ref.kind === 'step' ? entryRef.step('p', 's') : (entryRef[kind] as (id: string) => EntryRef)('x')), ['kind', ...REF_FIELDS[kind]]);
    }
  });
});
