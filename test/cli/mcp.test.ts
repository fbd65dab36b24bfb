/**
 * `ce-playbook mcp` end to end: the built server (dist/cli.js) spawned and spoken to with the MCP
 * SDK's own client over stdio, as Claude, Cursor or VS Code would.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { inputJsonSchema, TOOL_DEFINITIONS, type ToolName } from '../../src/features/tools/model/definitions';
import { runCli } from './help.test';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
type CallResult = { content: Array<{ type: string; text?: string }>; isError?: boolean; structuredContent?: Record<string, unknown> };
const resourceText = (contents: readonly object[], i: number) => (contents[i] as { text?: string }).text ?? '';
const textOf = (result: unknown) => (result as CallResult).content.map((c) => c.text ?? '').join('');

async function connect(args: string[] = [], cwd?: string): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', ...args], cwd, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const client = new Client({ name: 'ce-playbook-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

describe('ce-playbook mcp (MCP server over stdio)', () => {
  let client: Client;
  let stderr: () => string;
  before(async () => ({ client, stderr } = await connect()));
  after(() => client.close());

  it('lists the tools of the tool table (all but the editor-only one) with the same input schemas', async () => {
    const { tools } = await client.listTools();
    const shared = TOOL_DEFINITIONS.filter((d) => d.hosts === 'all');
    assert.deepEqual(tools.map((t) => t.name), shared.map((d) => d.name));
    for (const tool of tools) {
      const definition = shared.find((d) => d.name === tool.name)!;
      assert.equal(tool.description, definition.description);
      assert.equal(tool.title, definition.title);
      const { $schema: _ignored, ...schema } = tool.inputSchema as Record<string, unknown>;
      assert.deepEqual(schema, inputJsonSchema(tool.name as ToolName), tool.name);
      assert.equal(tool.annotations?.readOnlyHint, true);
    }
    assert.match(stderr(), /ce-playbook mcp: serving on stdio/);
  });

  it('declares an output schema for every tool, and each answer\'s structuredContent matches it (the SDK client checks)', async () => {
    const { tools } = await client.listTools();
    for (const tool of tools) {
      const schema = tool.outputSchema as { type?: string; properties?: Record<string, unknown> } | undefined;
      assert.equal(schema?.type, 'object', tool.name);
      assert.ok(Object.keys(schema?.properties ?? {}).length > 0, tool.name);
    }
    const teams = await client.callTool({ name: 'listTeams', arguments: {} });
    assert.deepEqual(Object.keys((teams as CallResult).structuredContent ?? {}), ['teams']);
    assert.deepEqual(Object.keys((tools.find((t) => t.name === 'listTeams')!.outputSchema as { properties: object }).properties), ['teams']);
  });

  it('draftTicket answers with a vscode:// link that opens the composer pre-filled (the values as base64url JSON)', async () => {
    const values = { 'customer-name': 'Acme & Sons', background: 'Deploys fail since 5.2 (100% of them).' };
    const result = await client.callTool({ name: 'draftTicket', arguments: { templateId: 'support-ticket-context', values } });
    const link = ((result as CallResult).structuredContent as { composeLink: string }).composeLink;
    assert.match(link, /^vscode:\/\/ce-tools\.ce-playbook\/compose\/support-ticket-context\?values=[A-Za-z0-9_-]+$/);
    assert.deepEqual(JSON.parse(Buffer.from(link.split('values=')[1], 'base64url').toString('utf8')), values);
    assert.ok(textOf(result).includes(link), 'the text gives the link too');
  });

  it('answers "how do I engage support when the ticket isn\'t assigned yet?" with the sentence, template and channel', async () => {
    const result = await client.callTool({ name: 'routeHelp', arguments: { answers: { need: 'assigned', assigned: 'give-context' } } });
    const text = textOf(result);
    assert.ok(text.includes('If the ticket has not yet been assigned, the CE can either let the customer know that the support team will be picking up their request'), text);
    assert.match(text, /Template: Support Ticket Context \(support-ticket-context\)/);
    assert.match(text, /Channel: #customer-support/);
    const structured = (result as CallResult).structuredContent as { outcome: { step: { id: string } } };
    assert.equal(structured.outcome.step.id, 'not-yet-assigned');
  });

  it('drafts a Support Ticket Request that lists exactly the fields still missing', async () => {
    const result = await client.callTool({ name: 'draftTicket', arguments: { templateId: 'support-ticket-request', values: { 'customer-name': 'Acme', 'issue-link': 'ZD 4711', ask: 'A hotfix build', why: 'Their release is blocked' }, format: 'slack' } });
    assert.equal((result as CallResult).isError, undefined);
    const structured = (result as CallResult).structuredContent as { missing: Array<{ id: string }>; ticket: string };
    assert.deepEqual(structured.missing.map((m) => m.id), ['if-not', 'time-consideration']);
    assert.ok(structured.ticket.startsWith('*Support Ticket Request*\n• *Customer Name:* Acme\n'));
    assert.match(textOf(result), /Required fields still empty \(2\): What happens if we don’t take this desired action \[if-not\]; Is there a time consideration/);
  });

  it('every other tool answers from the handbook', async () => {
    const call = async (name: string, args: Record<string, unknown>) => textOf(await client.callTool({ name, arguments: args }));
    const sdr = await call('search', { query: 'SDR', limit: 2 });
    assert.match(sdr, /^1\. \[userGroup\] @ce-sdr-collab/m);
    assert.match(sdr, /^2\. \[teamFacet\] Sales: /m);
    assert.doesNotMatch(sdr, /^3\. /m);
    assert.match(await call('listTeams', {}), /- software-engineers: Software Engineers \(SWEs\)/);
    assert.match(await call('getTeam', { teamId: 'product' }), /#feedback: Where CEs can share customer feedback with product\./);
    assert.match(await call('getProcedure', { procedureId: 'engage-support' }), /@cs-leadership/);
    assert.match(await call('listTemplates', {}), /support-ticket-request: Support Ticket Request, posted in #customer-support \(6 required fields\)/);
    assert.match(await call('getTemplate', { templateId: 'support-ticket-context' }), /Background information or anything we should know that would be helpful\? \[background; required\]/);
    assert.match(await call('checkDraft', { text: 'Support Ticket Context\nCustomer Name: Acme\nLink to issue (slack / GH / ZD ticket #): ZD 1\nBackground information or anything we should know that would be helpful?:\n' }), /1 required field\(s\) still empty: Background information .* \(line 4\)/);
  });

  it('lists and reads the team, procedure and template resources', async () => {
    const { resourceTemplates } = await client.listResourceTemplates();
    assert.deepEqual(resourceTemplates.map((t) => t.uriTemplate).sort(), ['playbook://procedure/{id}', 'playbook://team/{id}', 'playbook://template/{id}']);
    const { resources } = await client.listResources();
    assert.deepEqual(resources.map((r) => r.uri), [
      ...['sales', 'customer-support', 'software-engineers', 'product', 'marketing'].map((id) => `playbook://team/${id}`),
      'playbook://procedure/engage-support', 'playbook://procedure/out-of-office',
      'playbook://template/support-ticket-context', 'playbook://template/support-ticket-request',
    ]);
    const team = await client.readResource({ uri: 'playbook://team/marketing' });
    assert.match(resourceText(team.contents, 0), /How CE adds value to marketing: CEs help ensure marketing material is relevant and valuable to engineers and engineering leaders\./);
    assert.equal(JSON.parse(resourceText(team.contents, 1)).name, 'Marketing');
    const procedure = await client.readResource({ uri: 'playbook://procedure/out-of-office' });
    assert.match(resourceText(procedure.contents, 0), /^2\. Log their time off on the team calendar$/m);
    const template = await client.readResource({ uri: 'playbook://template/support-ticket-request' });
    assert.match(resourceText(template.contents, 0), /Anything else we should know that would be helpful\? \[anything-else; optional\]/);
    await assert.rejects(client.readResource({ uri: 'playbook://team/legal' }), /no team "legal"/);
  });

  it('completes the ids of each resource template from the current data', async () => {
    const complete = async (kind: string, value: string) =>
      (await client.complete({ ref: { type: 'ref/resource', uri: `playbook://${kind}/{id}` }, argument: { name: 'id', value } })).completion.values;
    assert.deepEqual(await complete('team', 's'), ['sales', 'software-engineers']);
    assert.deepEqual(await complete('template', 'support-ticket-r'), ['support-ticket-request']);
    assert.deepEqual(await complete('procedure', ''), ['engage-support', 'out-of-office']);
    assert.deepEqual(await complete('team', 'legal'), []);
  });

  it('offers the engage-support prompt, which starts from the flow\'s first question', async () => {
    const { prompts } = await client.listPrompts();
    assert.deepEqual(prompts.map((p) => p.name), ['engage-support']);
    const prompt = await client.getPrompt({ name: 'engage-support', arguments: { customer: 'Acme', situation: 'Their SSO login fails since the upgrade.' } });
    const text = (prompt.messages[0].content as { text: string }).text;
    assert.match(text, /for the customer Acme/);
    assert.match(text, /The situation: Their SSO login fails since the upgrade\./);
    assert.match(text, /Its first question is "What does the situation call for\?" \(answers: assigned = "I have useful information/);
  });

  it('bad requests get error results with a message, and the server keeps serving', async () => {
    const wrongType = await client.callTool({ name: 'getTeam', arguments: { teamId: 42 } });
    assert.equal((wrongType as CallResult).isError, true);
    assert.match(textOf(wrongType), /Input validation error.*expected string/);
    const huge = await client.callTool({ name: 'checkDraft', arguments: { text: 'x'.repeat(200_000) } });
    assert.equal((huge as CallResult).isError, true);
    assert.match(textOf(huge), /Too big/);
    const unknown = await client.callTool({ name: 'deleteEverything', arguments: {} });
    assert.equal((unknown as CallResult).isError, true);
    assert.match(textOf(unknown), /deleteEverything/);
    const unknownId = await client.callTool({ name: 'getTemplate', arguments: { templateId: 'nda' } });
    assert.equal((unknownId as CallResult).isError, true);
    assert.match(textOf(unknownId), /no template "nda"\. Known ids: support-ticket-context, support-ticket-request\./);
    assert.match(textOf(await client.callTool({ name: 'listTeams', arguments: {} })), /- sales: Sales/);
  });
});

describe('ce-playbook mcp --data (a team\'s files)', () => {
  let dir: string;
  let client: Client;
  const file = () => path.join(dir, '.ce-playbook', 'ours.yaml');
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-mcp-'));
    fs.mkdirSync(path.join(dir, '.ce-playbook'));
    fs.writeFileSync(file(), 'teams:\n  - id: marketing\n    valueToTeam:\n      text: "CEs help marketing tell customer stories."\n');
    ({ client } = await connect(['--data', '.ce-playbook'], dir));
  });
  after(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('merges the files over the bundled handbook and names the file that changed an entry', async () => {
    const text = textOf(await client.callTool({ name: 'getTeam', arguments: { teamId: 'marketing' } }));
    assert.match(text, /How CE adds value to marketing: CEs help marketing tell customer stories\./);
    assert.match(text, /changed or added by the team file \.ce-playbook\/ours\.yaml/);
  });

  it('a bad save: positioned problems in the results, the last good data still served; a fix is picked up', async () => {
    fs.writeFileSync(file(), 'teams:\n  - id: marketing\n    valueToTeam:\n      text: "broken\n');
    const text = textOf(await client.callTool({ name: 'getTeam', arguments: { teamId: 'marketing' } }));
    assert.match(text, /CEs help marketing tell customer stories\./, 'the last good version stays');
    assert.match(text, /\.ce-playbook\/ours\.yaml:5:1: error: YAML syntax error: Missing closing "quote/);
    fs.writeFileSync(file(), 'teams:\n  - id: marketing\n    valueToTeam:\n      text: "CEs bring customer voices to marketing."\n');
    const fixed = textOf(await client.callTool({ name: 'getTeam', arguments: { teamId: 'marketing' } }));
    assert.match(fixed, /CEs bring customer voices to marketing\./);
    assert.doesNotMatch(fixed, /have problems/);
  });

  it('a file that breaks the merge is reported with its position from the start', async () => {
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, 'channels:\n  - id: ce\n    teams: [sales, no-such-team]\n');
    const { client: other, stderr } = await connect(['--data', 'bad.yaml'], dir);
    try {
      const text = textOf(await other.callTool({ name: 'listTeams', arguments: {} }));
      assert.match(text, /- bad\.yaml:3:\d+: error: .*no-such-team/);
      assert.match(stderr(), /bad\.yaml:3:\d+: error: .*no-such-team/);
    } finally {
      await other.close();
    }
  });

  it('a file over the size limit is refused unread; the other files are still served', async () => {
    const big = path.join(dir, '.ce-playbook', 'big.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 600 * 1024 * 1024); // sparse: no disk used
    try {
      for (let call = 0; call < 3; call++) {
        const text = textOf(await client.callTool({ name: 'getTeam', arguments: { teamId: 'marketing' } }));
        assert.match(text, /CEs bring customer voices to marketing\./);
        assert.match(text, /\.ce-playbook\/big\.yaml:1:1: error: The file is 629145600 bytes; data files may be at most 1048576 bytes\. Split it into smaller files\./);
      }
    } finally {
      fs.rmSync(big);
    }
  });

  it('a data folder that disappears: the last good data stays, and the answer says why', async () => {
    fs.rmSync(path.join(dir, '.ce-playbook'), { recursive: true, force: true });
    const text = textOf(await client.callTool({ name: 'getTeam', arguments: { teamId: 'marketing' } }));
    assert.match(text, /CEs bring customer voices to marketing\./);
    assert.match(text, /\.ce-playbook:1:1: error: The data files could not be read \(ENOENT/);
  });

  it('a --data path that does not exist is a usage error, one line, exit 2', () => {
    const { code, stdout, stderr } = runCli(['mcp', '--data', 'no/such/folder'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'ce-playbook: no/such/folder: no such file or folder\n');
  });

  it('--uri-scheme makes the compose links for another editor; a malformed scheme is a usage error', async () => {
    const other = await connect(['--uri-scheme', 'vscode-insiders'], dir);
    try {
      const result = await other.client.callTool({ name: 'draftTicket', arguments: { templateId: 'support-ticket-request' } });
      assert.match(((result as CallResult).structuredContent as { composeLink: string }).composeLink, /^vscode-insiders:\/\/ce-tools\.ce-playbook\/compose\/support-ticket-request$/);
    } finally {
      await other.client.close();
    }
    const { code, stderr } = runCli(['mcp', '--uri-scheme', 'java script:'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /--uri-scheme "java script:": a URI scheme is a letter followed by/);
  });
});

describe('ce-playbook mcp: loading', () => {
  it('is listed by --help, and only `mcp` loads dist/mcpServer.js (the MCP SDK)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-load-'));
    // Reports, at exit, whether the process loaded the server chunk.
    const hook = path.join(dir, 'hook.js');
    fs.writeFileSync(hook, "const M = require('module'); const load = M._load; let seen = false;\n" +
      "M._load = function (request, ...rest) { if (/mcpServer\\.js$/.test(request)) seen = true; return load.call(this, request, ...rest); };\n" +
      "process.on('exit', () => process.stderr.write('mcpServer loaded: ' + seen + '\\n'));\n");
    try {
      const help = spawnSync(process.execPath, ['--require', hook, CLI, '--help'], { encoding: 'utf8' });
      assert.match(help.stdout, /^\s+mcp \[options\]\s+serve the playbook to AI assistants/m);
      assert.match(help.stderr, /mcpServer loaded: false/);
      const mcp = spawnSync(process.execPath, ['--require', hook, CLI, 'mcp'], { encoding: 'utf8', input: '' });
      assert.equal(mcp.status, 0);
      assert.equal(mcp.stdout, '');
      assert.match(mcp.stderr, /mcpServer loaded: true/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ce-playbook mcp stdout', () => {
  it('carries nothing but JSON-RPC messages, even for malformed input', async () => {
    const child = spawn(process.execPath, [CLI, 'mcp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    const send = (message: unknown) => child.stdin.write(`${typeof message === 'string' ? message : JSON.stringify(message)}\n`);
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send('this is not json');
    send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'search', arguments: { query: 'ticket' } } });
    send({ jsonrpc: '2.0', id: 3, method: 'no/such/method' });
    send({ jsonrpc: '2.0', id: 4, method: 'resources/read', params: { uri: 'playbook://template/nope' } });
    send({ jsonrpc: '2.0', id: 5, method: 'prompts/get', params: { name: 'engage-support', arguments: { customer: 'x'.repeat(500) } } });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Wait until every request is answered, then end stdin: the server must exit by itself.
    const deadline = Date.now() + 20_000;
    while (!['"id":2', '"id":3', '"id":4', '"id":5'].every((id) => stdout.includes(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.stdin.end();
    assert.equal(await exited, 0);
    const lines = stdout.split('\n').filter((l) => l !== '');
    assert.ok(lines.length >= 5, stdout);
    const messages = lines.map((line) => JSON.parse(line) as { jsonrpc: string; id?: number; error?: { code: number; message: string } });
    assert.ok(messages.every((m) => m.jsonrpc === '2.0'));
    assert.equal(messages.find((m) => m.id === 3)?.error?.code, -32601);
    assert.equal(messages.find((m) => m.id === 4)?.error?.code, -32002);
    assert.match(messages.find((m) => m.id === 5)?.error?.message ?? '', /Too big|at most/);
  });
});
