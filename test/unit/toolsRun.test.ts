/** runTool: input checked against the one table, every failure an error result, package.json in step. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { inputJsonSchema, LIMITS, TOOL_DEFINITIONS } from '../../src/features/tools/model/definitions';
import { runTool } from '../../src/features/tools/model/run';
import { repoRoot } from './helpers';
import { bundledContext, contextWithFiles } from './toolsSupport';

const ctx = bundledContext();
const errorOf = (name: string, input: unknown) => {
  const result = runTool(name, input, ctx);
  assert.equal(result.ok, false, `expected ${name} ${JSON.stringify(input)?.slice(0, 80)} to fail`);
  return (result as { error: string }).error;
};

describe('playbook tools: runTool', () => {
  it('runs each tool by its name or its VS Code name', () => {
    const search = runTool('cePlaybook_search', { query: 'SDR' }, ctx);
    assert.equal(search.ok, true);
    const teams = runTool('listTeams', undefined, ctx);
    assert.ok(teams.ok && teams.text.includes('- sales: Sales'));
  });

  it('wrong types name the field and what it should be', () => {
    assert.match(errorOf('search', { query: 5 }), /Invalid input for search: "query": Invalid input: expected string, received number\./);
    assert.match(errorOf('search', { query: 'x', limit: 2.5 }), /"limit": Invalid input: expected int/);
    assert.match(errorOf('draftTicket', { templateId: 'support-ticket-context', values: { 'customer-name': 7 } }), /"values\.customer-name": Invalid input: expected string/);
    assert.match(errorOf('draftTicket', { templateId: 'support-ticket-context', format: 'html' }), /"format": Invalid option: expected one of "markdown"\|"slack"\|"plain"/);
    assert.match(errorOf('getTeam', {}), /"teamId": Invalid input: expected string, received undefined/);
    assert.match(errorOf('getTeam', { id: 'sales' }), /Unrecognized key: "id"/);
    assert.match(errorOf('listTeams', 'sales'), /expected object, received string/);
  });

  it('oversize inputs are refused with the limit', () => {
    assert.match(errorOf('search', { query: 'x'.repeat(LIMITS.query + 1) }), /"query": Too big: expected string to have <=200 characters/);
    assert.match(errorOf('checkDraft', { text: 'x'.repeat(LIMITS.draft + 1) }), /"text": Too big/);
    assert.match(errorOf('search', { query: 'ce', limit: 10_000 }), /"limit": Too big: expected number to be <=50/);
    const many = Object.fromEntries(Array.from({ length: LIMITS.answers + 1 }, (_, i) => [`q${i}`, 'a']));
    assert.match(errorOf('routeHelp', { answers: many }), /Too many answers \(21\)/);
    const values = Object.fromEntries(Array.from({ length: LIMITS.values + 1 }, (_, i) => [`f${i}`, 'v']));
    assert.match(errorOf('draftTicket', { templateId: 'support-ticket-request', values }), /Too many values \(41\)/);
  });

  it('an unknown tool is an error listing the tools', () => {
    assert.match(errorOf('deleteTeam', {}), /no playbook tool "deleteTeam"\. Tools: search, listTeams, getTeam, getProcedure, listTemplates, getTemplate, routeHelp, draftTicket, checkDraft, listCustomers, getCustomer, openDraft, listSentTickets, ticketStatus\./);
  });

  it('a team file with problems: its positioned problems follow every result, and the rest is served', () => {
    const broken = contextWithFiles({ 'ours.yaml': 'teams:\n  - id: sales\n    nmae: "Sales"\n' });
    assert.deepEqual(broken.failed, ['file:///ws/ours.yaml']);
    const result = runTool('getTeam', { teamId: 'sales' }, broken);
    assert.ok(result.ok);
    assert.match(result.text, /Note: the team's data files have problems[^]*- ours\.yaml:3:5: error: Unknown property "nmae"/);
    const error = runTool('getTeam', { teamId: 'nope' }, broken);
    assert.ok(!error.ok && /ours\.yaml:3:5/.test(error.error));
  });

  it('never throws, whatever the input (property: 2,000 generated calls)', () => {
    const names = [...TOOL_DEFINITIONS.map((d) => d.name), 'nope'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.anything({ withNullPrototype: true, withObjectString: true }), fc.dictionary(fc.constantFrom('query', 'teamId', 'templateId', 'procedureId', 'answers', 'values', 'format', 'text', 'limit', 'guideId', '__proto__'), fc.anything()), (name, any, dict) => {
        for (const input of [any, dict]) {
          const result = runTool(name, input, ctx);
          assert.equal(typeof result.ok, 'boolean');
          assert.equal(typeof (result.ok ? result.text : result.error), 'string');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the tool table and package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(`${repoRoot}/package.json`, 'utf8'));
  const nls = JSON.parse(fs.readFileSync(`${repoRoot}/package.nls.json`, 'utf8'));
  const localized = (value: string) => (/^%.+%$/.test(value) ? nls[value.slice(1, -1)] : value);

  it('contributes.languageModelTools is the table: names, reference names, descriptions, schemas', () => {
    const contributed = pkg.contributes.languageModelTools as Array<Record<string, unknown>>;
    assert.deepEqual(contributed.map((t) => t.name), TOOL_DEFINITIONS.map((d) => d.lmName));
    for (const d of TOOL_DEFINITIONS) {
      const tool = contributed.find((t) => t.name === d.lmName)!;
      assert.equal(tool.toolReferenceName, d.referenceName, d.name);
      assert.equal(tool.canBeReferencedInPrompt, true, d.name);
      assert.equal(localized(tool.displayName as string), d.title, d.name);
      assert.ok(localized(tool.userDescription as string)?.length > 10, `${d.name} has a user description`);
      assert.equal(tool.modelDescription, d.description, d.name);
      assert.deepEqual(tool.tags, d.tags, d.name);
      assert.deepEqual(tool.inputSchema, inputJsonSchema(d.name), `${d.name}: run npm run generate`);
    }
  });

  it('tool names follow cePlaybook_<name> and reference names are unique', () => {
    assert.ok(TOOL_DEFINITIONS.every((d) => d.lmName === `cePlaybook_${d.name}` && /^playbook[A-Z]\w+$/.test(d.referenceName)));
    assert.equal(new Set(TOOL_DEFINITIONS.map((d) => d.referenceName)).size, TOOL_DEFINITIONS.length);
  });

  it('the MCP server definition provider is contributed', () => {
    assert.deepEqual(pkg.contributes.mcpServerDefinitionProviders.map((p: { id: string }) => p.id), ['cePlaybook.mcp']);
  });
});
