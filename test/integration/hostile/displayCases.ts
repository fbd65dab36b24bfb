/**
 * The hostile-file table, part 2: files that load, whose right outcome is safe display. Each check
 * reads what the extension actually shows: the tree tooltip (the tree provider's getTreeItem), the
 * quick pick items (the item builders the pickers hand to VS Code), the panel's HTML, and the text
 * a snippet really inserts into an editor.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { answerPickItems, optionPickItems, searchPickItem, teamPickItems, templatePickItems } from '../../../src/core/render/pickItems';
import { api, closeAllEditors, editorWith, type PlaybookApi } from '../support';

export interface DisplayCase {
  name: string;
  files: Record<string, string>;
  check(playbook: PlaybookApi): Promise<void>;
}

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const SOURCE = 'source: { page: team-culture, section: "How we intersect other teams" }';
const SNIPPET_SYNTAX = 'a $1 ${2:b} $TM_FILENAME ${3|c,d|} } \\ $0';
const CHOICE = 'a$b}c,d|e\\f ${1:x}';

function partners(name: string, text: string): string {
  const labelled = (label: string) => `{ label: ${JSON.stringify(label)}, text: ${JSON.stringify(text)} }`;
  return `teams:\n  - id: partners\n    name: ${JSON.stringify(name)}\n    ${SOURCE}\n    valueToTeam: ${labelled(text)}\n    valueToCe: ${labelled(text)}\n    collaboration: { label: ${JSON.stringify(text)}, text: ${JSON.stringify(text)}, details: [${JSON.stringify(text)}] }\n    routes: [{ id: r, label: ${JSON.stringify(text)}, text: ${JSON.stringify(text)} }]\n`;
}

function escalation(title: string, text: string, options = ['High', 'Low']): string {
  return `templates:\n  - id: escalation\n    title: ${JSON.stringify(title)}\n    description: ${JSON.stringify(text)}\n    prefix: ce-escalation\n    teams: [customer-support]\n    ${SOURCE}\n    fields:\n      - { id: who, label: ${JSON.stringify(text)}, type: line, required: true, placeholder: ${JSON.stringify(text)}, hint: ${JSON.stringify(text)} }\n      - { id: impact, label: Impact, type: choice, required: true, options: ${JSON.stringify(options)} }\n`;
}

async function tooltipOf(rowId: string): Promise<string> {
  const { tree } = await api();
  const node = tree.provider.find(rowId);
  assert.ok(node, `no tree row ${rowId}`);
  const tooltip = tree.provider.resolveTreeItem(tree.provider.getTreeItem(node), node).tooltip;
  assert.ok(tooltip instanceof vscode.MarkdownString && !tooltip.isTrusted && !tooltip.supportHtml, 'an untrusted Markdown tooltip without HTML');
  return tooltip.value;
}

async function panelHtml(teamId: string): Promise<string> {
  const { teamPages } = await api();
  await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId });
  const html = teamPages.get(teamId)?.panel.webview.html;
  assert.ok(html, `no panel for ${teamId}`);
  return html;
}

/** Completion items for what is typed in a new document of this language. */
async function completions(typed: string, language = 'markdown'): Promise<vscode.CompletionItem[]> {
  const editor = await editorWith(typed, language);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, typed.length));
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
}
const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** Inserts the template as a snippet into a new document and returns the document's text. */
async function inserted(templateId: string): Promise<string> {
  await closeAllEditors();
  const editor = await editorWith('');
  await vscode.commands.executeCommand('cePlaybook.insertTemplate', { kind: 'template', templateId });
  const text = editor.document.getText();
  await closeAllEditors();
  return text;
}

/** No `<` of the data survives unescaped in Markdown (every one is `\<`). */
const assertNoMarkdownHtml = (markdown: string) => assert.ok(!/(^|[^\\])</.test(markdown), markdown);
/** No link, image or autolink can form: every `[`, `]`, `(`, `:` and `<` of the data is escaped. */
const assertNoMarkdownLink = (markdown: string) => assert.ok(!/(^|[^\\])\]\(|(^|[^\\])!\[|[a-z]:\/\//i.test(markdown), markdown);

export const DISPLAY_CASES: DisplayCase[] = [
  {
    name: 'HTML and script in every text field of a team: escaped in the panel and the tooltip',
    files: { 'html.yaml': partners(HOSTILE, HOSTILE) },
    async check() {
      const html = await panelHtml('partners');
      assert.ok(!html.includes('<script>alert') && !html.includes('<img src=x'), 'no markup from data');
      assert.ok(html.split('&lt;script&gt;alert(1)&lt;/script&gt;').length > 5, 'the fields show the text as typed');
      const tooltip = await tooltipOf('team:partners');
      assertNoMarkdownHtml(tooltip);
      assert.ok(tooltip.includes('\\<script\\>alert\\(1\\)'), tooltip);
    },
  },
  {
    name: 'HTML and script in every text field of a procedure, meeting, channel and user group: escaped on the page and in tooltips',
    files: {
      'html.yaml': partners('Partners', 'Plain text.') + [
        'procedures:',
        `  - { id: partner-calls, title: ${JSON.stringify(HOSTILE)}, team: partners, ${SOURCE}, summary: ${JSON.stringify(HOSTILE)}, intro: ${JSON.stringify(HOSTILE)}, ordered: false, steps: [{ id: s, label: ${JSON.stringify(HOSTILE)}, text: ${JSON.stringify(HOSTILE)} }] }`,
        'meetings:',
        `  - { id: partner-sync, name: ${JSON.stringify(HOSTILE)}, cadence: { text: ${JSON.stringify(HOSTILE)}, frequency: weekly, weekday: monday }, description: ${JSON.stringify(HOSTILE)}, teams: [partners], ${SOURCE} }`,
        'channels:',
        `  - { id: partners, name: "#partners", description: ${JSON.stringify(HOSTILE)}, teams: [partners], ${SOURCE} }`,
        'userGroups:',
        `  - { id: partner-team, name: "@partner-team", description: ${JSON.stringify(HOSTILE)}, channel: partners, teams: [partners], ${SOURCE} }`,
      ].join('\n') + '\n',
    },
    async check() {
      const html = await panelHtml('partners');
      assert.ok(!html.includes('<script>alert') && !html.includes('<img src=x'), 'no markup from data');
      assert.ok(html.split('&lt;script&gt;alert(1)&lt;/script&gt;').length > 5, 'the fields show the text as typed');
      for (const row of ['procedure:partner-calls', 'step:partner-calls/s', 'meeting:partner-sync', 'channel:partners', 'userGroup:partner-team']) assertNoMarkdownHtml(await tooltipOf(row));
    },
  },
  {
    name: 'HTML in every field of a template: as typed in the inserted snippet, escaped in the tooltip',
    files: { 'html.yaml': escalation(HOSTILE, HOSTILE) },
    async check() {
      const text = await inserted('escalation');
      assert.equal(text, `**${HOSTILE}**\n- **${HOSTILE}:** ${HOSTILE}\n- **Impact:** High\n`);
      assertNoMarkdownHtml(await tooltipOf('template:escalation'));
    },
  },
  {
    name: 'snippet syntax in every field that becomes a snippet comes out as typed',
    files: { 'snippet.yaml': escalation(SNIPPET_SYNTAX, SNIPPET_SYNTAX, [SNIPPET_SYNTAX, 'x']) },
    async check() {
      assert.equal(await inserted('escalation'), `**${SNIPPET_SYNTAX}**\n- **${SNIPPET_SYNTAX}:** ${SNIPPET_SYNTAX}\n- **Impact:** ${SNIPPET_SYNTAX}\n`);
    },
  },
  {
    name: 'choice options with $ } , | \\ come out exactly as typed',
    files: { 'choice.yaml': escalation('Escalation', 'Who', [CHOICE, 'b,c', 'd|e']) },
    async check() {
      assert.equal((await inserted('escalation')).split('\n')[2], `- **Impact:** ${CHOICE}`);
      const item = (await completions('ce-esc')).find((i) => labelOf(i) === 'ce-escalation');
      assert.ok(item, 'the team template is offered');
      assert.ok((item.insertText as vscode.SnippetString).value.includes(`\${2|a$b}c\\,d\\|e\\\\f \${1:x},b\\,c,d\\|e|}`), (item.insertText as vscode.SnippetString).value);
    },
  },
  {
    name: '$(icon) syntax in names shows as text in quick picks',
    files: {
      'icons.yaml': partners('$(zap) Partners $(bug)', '$(flame) text') + escalation('$(rocket) Escalation', '$(gear) when', ['$(check) yes', 'no']),
    },
    async check({ store, search }) {
      const team = teamPickItems(store.current.handbook).find((i) => i.value === 'partners')!;
      assert.deepEqual([team.label, team.detail], ['\\$(zap) Partners \\$(bug)', '\\$(flame) text']);
      const template = templatePickItems(store.current.handbook).find((i) => i.value === 'escalation')!;
      assert.deepEqual([template.label, template.detail], ['\\$(rocket) Escalation', '\\$(gear) when']);
      assert.deepEqual(optionPickItems(store.current.template('escalation')!.fields[1].options!).map((i) => [i.label, i.value]), [['\\$(check) yes', '$(check) yes'], ['no', 'no']]);
      const result = search.index().search('Partners')[0];
      assert.ok(result, 'the search finds the team');
      assert.match(searchPickItem('organization', result.label, '', result.detail).label, /^\$\(organization\) \\\$\(zap\) Partners \\\$\(bug\)$/);
    },
  },
  {
    name: '$(icon) syntax in guide answers shows as text',
    files: {
      'guide.yaml': 'guides:\n  - id: customer-issue\n    start: q\n    nodes:\n      - { id: q, question: "$(alert) Which?", answers: [{ label: "$(zap) Yes", detail: "$(bug) d", next: a }, { label: No, next: b }] }\n      - { id: a, outcome: collaborate }\n      - { id: b, outcome: engineer-assigned }\n',
    },
    async check({ store }) {
      const node = store.current.handbook.guides.find((g) => g.id === 'customer-issue')!.nodes[0];
      assert.deepEqual(answerPickItems(node).map((i) => [i.label, i.detail]), [['\\$(zap) Yes', '\\$(bug) d'], ['No', undefined]]);
    },
  },
  {
    name: 'links: https live in the panel; images never load; nothing live in the tooltip',
    files: { 'links.yaml': partners('Partners', 'See [the guide](https://ok.example/g) and ![pixel](https://img.example/p.png) and <https://auto.example>.') },
    async check() {
      const html = await panelHtml('partners');
      assert.ok(html.includes('<a href="https://ok.example/g">the guide</a>'), 'an https link is live');
      assert.ok(!/<img/i.test(html) && !html.includes('img.example/p.png"'), 'no image loads remote content');
      const tooltip = await tooltipOf('team:partners');
      assertNoMarkdownLink(tooltip);
      assert.ok(tooltip.includes('\\[the guide\\]\\(https\\:\\/\\/ok\\.example\\/g\\)'), tooltip);
    },
  },
  {
    name: 'a step with Markdown and HTML: the tooltip shows it as typed',
    files: { 'step.yaml': 'procedures:\n  - id: out-of-office\n    steps:\n      - { id: s, label: "<b>L</b>", text: "**bold** [x](https://ok.example) <i>i</i> &amp; www.evil.example" }\n' },
    async check() {
      const tooltip = await tooltipOf('step:out-of-office/s');
      assertNoMarkdownHtml(tooltip);
      assertNoMarkdownLink(tooltip);
      assert.ok(tooltip.includes('\\&amp\\;') && tooltip.includes('www\\.evil\\.example'), tooltip);
    },
  },
  {
    name: 'a team change to a bundled template applies to ce-context, from one provider',
    files: { 'tpl.yaml': 'templates:\n  - id: support-ticket-context\n    title: "Context (ours)"\n' },
    async check() {
      const items = (await completions('ce-con')).filter((i) => labelOf(i) === 'ce-context');
      assert.equal(items.length, 1, 'one ce-context, no stale build-time copy');
      assert.ok((items[0].insertText as vscode.SnippetString).value.startsWith('**Context (ours)**\n'));
      assert.ok((await inserted('support-ticket-context')).startsWith('**Context (ours)**\n- **Customer Name:** '));
      await closeAllEditors();
    },
  },
  {
    name: 'a changed prefix replaces the old one; a hidden template is not offered',
    files: { 'tpl.yaml': 'templates:\n  - id: support-ticket-context\n    prefix: ce-ctx\n  - id: support-ticket-request\n    hidden: true\n' },
    async check() {
      const labels = (await completions('ce-')).map(labelOf);
      assert.ok(labels.includes('ce-ctx'), labels.join(', '));
      assert.ok(!labels.includes('ce-context') && !labels.includes('ce-request'), labels.join(', '));
      const plain = (await completions('ce-', 'plaintext')).map(labelOf);
      assert.ok(plain.includes('ce-ctx') && !plain.includes('ce-request'), plain.join(', '));
      await closeAllEditors();
    },
  },
];
