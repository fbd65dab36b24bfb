/**
 * A reload after an edit merges only what the edit touched (src/core/load/incrementalMerge.ts).
 * Whatever the edit, the extension must then show what a fresh load of the same files shows: the
 * same handbook (which the tree is made from), the same tree rows, the same origins and the same
 * problems in the Problems panel. The reference is the loader run here, with the same files in the
 * same order (so a broken file's last good version is the same) but a merge that remembers nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { api } from './support';
import { MergeMemory } from '../../src/core/load/incrementalMerge';
import { loadHandbook, LoadMemory, type DataFileInput } from '../../src/core/load/loadHandbook';
import { summarizeLoad } from '../../src/core/load/summary';

const team = (id: string, name: string, text: string) => `  - id: ${id}
    name: "${name}"
    source: { page: intersects-internal-teams, section: "Marketing" }
    valueToTeam: { label: "What CE gives", text: "${text}" }
    valueToCe: { label: "What CE gets", text: "Context." }
    collaboration: { label: "Collaboration overview", text: "Weekly." }
`;
const channel = (id: string, teams: string[]) => `  - id: ${id}
    name: "#${id}"
    description: "A channel."
    teams: [${teams.join(', ')}]
    source: { page: team-culture, section: "CE-Specific Slack Channels" }
`;

describe('Reload Data after an edit shows what a fresh load shows', function () {
  this.timeout(120_000);
  let dir: string;
  const reference = new LoadMemory();
  const file = (name: string) => path.join(dir, name);
  before(() => {
    dir = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.ce-playbook');
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await (await api()).data.reload();
  });

  /** The data files as the extension finds them, read again here. */
  async function inputs(): Promise<DataFileInput[]> {
    const { data } = await api();
    return (await data.files()).map((uri) => ({ key: uri.toString(), label: vscode.workspace.asRelativePath(uri, false), bytes: fs.readFileSync(uri.fsPath) }));
  }

  /** Every row of the tree, nested, as label and description. */
  async function treeRows(): Promise<unknown[]> {
    const { tree } = await api();
    const rows = (nodes: ReturnType<typeof tree.provider.getChildren>): unknown[] => nodes.map((n) => {
      const item = tree.provider.getTreeItem(n);
      return [item.label, item.description, rows(tree.provider.getChildren(n))];
    });
    return rows(tree.provider.getChildren().filter((n) => n.kind !== 'whatChanged'));
  }

  async function assertSameAsFresh(step: string): Promise<void> {
    const { store, data } = await api();
    await data.reload();
    const files = await inputs();
    (reference as { merge: MergeMemory }).merge = new MergeMemory();
    const fresh = loadHandbook(store.bundled, files, reference);
    const summary = summarizeLoad(fresh, files);
    assert.deepStrictEqual(store.current.handbook, fresh.handbook, `${step}: the handbook`);
    assert.deepStrictEqual(new Map(store.status.origins), summary.origins, `${step}: the origins`);
    assert.deepStrictEqual([...store.status.failed], summary.failed, `${step}: the failed files`);
    for (const f of files) {
      const shown = vscode.languages.getDiagnostics(vscode.Uri.parse(f.key)).map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message]);
      const expected = (summary.problemsByKey.get(f.key) ?? []).map((p) => [p.line, p.column, p.message]);
      assert.deepStrictEqual(shown, expected, `${step}: the problems of ${f.label}`);
    }
    // The tree of a fresh load is made from the fresh handbook; compare with the tree shown now.
    const rows = await treeRows();
    const teams = rows.find((r) => (r as unknown[])[0] === 'Teams') as unknown[];
    assert.deepStrictEqual((teams[2] as unknown[][]).map((r) => r[0]), fresh.handbook.teams.map((t) => t.name), `${step}: the tree's teams`);
  }

  it('after an edit, a problem appearing and going away, an id moved between files, and a delete', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file('a.yaml'), `teams:\n${team('team-x', 'Team X', 'One.')}${team('team-y', 'Team Y', 'One.')}channels:\n${channel('chan-x', ['team-x', 'sales'])}`);
    fs.writeFileSync(file('b.yaml'), `teams:\n  - id: marketing\n    valueToTeam: { text: "Before." }\nchannels:\n${channel('chan-b', ['team-y'])}`);
    await assertSameAsFresh('first load');

    // Ids kept: the incremental merge; the channel in b.yaml refers to the edited team.
    fs.writeFileSync(file('a.yaml'), `teams:\n${team('team-x', 'Team X renamed', 'Two.')}${team('team-y', 'Team Y', 'Two.')}channels:\n${channel('chan-x', ['team-x'])}`);
    await assertSameAsFresh('an edit');
    assert.equal((await api()).store.current.team('team-x')?.name, 'Team X renamed');

    // A problem appears (a hidden team that a channel of the other file needs is fine: pruned; a
    // channel that lists a team that does not exist is not), then goes away.
    fs.writeFileSync(file('b.yaml'), `teams:\n  - id: marketing\n    valueToTeam: { text: "Before." }\nchannels:\n${channel('chan-b', ['team-y', 'no-such-team'])}`);
    await assertSameAsFresh('a problem appears');
    assert.deepEqual([...(await api()).store.status.failed], ['.ce-playbook/b.yaml']);
    fs.writeFileSync(file('a.yaml'), `teams:\n${team('team-x', 'Team X renamed', 'Two.')}${team('team-y', 'Team Y', 'Two.')}    hidden: true\nchannels:\n${channel('chan-x', ['team-x'])}`);
    await assertSameAsFresh('a team hidden while the other file is broken');
    fs.writeFileSync(file('b.yaml'), `teams:\n  - id: marketing\n    valueToTeam: { text: "After." }\nchannels:\n${channel('chan-b', ['team-y'])}`);
    await assertSameAsFresh('the problem goes away');
    assert.deepEqual([...(await api()).store.status.failed], []);

    // An id moved from one file to the other.
    fs.writeFileSync(file('a.yaml'), `teams:\n${team('team-y', 'Team Y', 'Two.')}    hidden: true\nchannels:\n${channel('chan-x', ['sales'])}`);
    fs.writeFileSync(file('b.yaml'), `teams:\n${team('team-x', 'Team X moved', 'Three.')}  - id: marketing\n    valueToTeam: { text: "After." }\nchannels:\n${channel('chan-b', ['team-y', 'team-x'])}`);
    await assertSameAsFresh('an id moved between files');
    assert.equal((await api()).store.originOf('teams', 'team-x'), '.ce-playbook/b.yaml');

    fs.rmSync(file('a.yaml'));
    await assertSameAsFresh('a file deleted');
  });
});
