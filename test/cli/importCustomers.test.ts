/**
 * `ce-playbook import-customers` end to end (the built CLI): a CRM export becomes customers data that
 * validates, bad rows are reported with their lines, nothing is overwritten without --force, a huge
 * file is refused unread; and the MCP server's customer tools serve the team's files given with --data only.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { fixture } from '../unit/helpers';
import { runCli } from './help.test';

const ACCOUNTS = fixture('customers', 'accounts.csv');
const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ce-import-customers-'));

describe('ce-playbook import-customers', () => {
  it('writes customers.yaml that validate passes, and reports the rows and values it could not import with their lines', () => {
    const dir = tempDir();
    const out = path.join(dir, '.ce-playbook');
    const { code, stdout, stderr } = runCli(['import-customers', ACCOUNTS, '--out', out], { cwd: dir });
    assert.equal(code, 0, stderr);
    assert.equal(stdout, `${out}/customers.yaml\n`);
    const lines = stderr.split('\n').filter((l) => l.startsWith(`${ACCOUNTS}:`)).map((l) => l.slice(ACCOUNTS.length + 1));
    assert.deepEqual(lines, [
      '4:1: warning: the crm link is not an https:// link; it was not imported [not-https]',
      '5:1: error: this row has no customer name; it was not imported [no-name]',
      '6:1: warning: the shared channel is not a Slack channel name (#lower-case-letters-digits-dashes); it was not imported [bad-value]',
      '6:1: warning: the crm link is not an https:// link; it was not imported [not-https]',
      '7:1: error: this row is the same customer as line 2 (id "acme-rockets"); it was not imported [duplicate-customer]',
    ]);
    assert.ok(!stderr.includes('javascript:') && !stderr.includes('http://crm'), 'messages name lines, not customer values');
    const written = fs.readFileSync(path.join(out, 'customers.yaml'), 'utf8');
    assert.match(written, /^# yaml-language-server: \$schema=.*handbook\.schema\.json\n/);
    assert.match(written, / {2}- id: acme-rockets\n {4}name: Acme Rockets\n {4}aliases:\n {6}- ACME\n/);
    const validated = runCli(['validate', out], { cwd: dir });
    assert.equal(validated.code, 0, validated.stdout + validated.stderr);
    assert.equal(runCli(['import-customers', ACCOUNTS, '--out', out, '--strict'], { cwd: dir }).code, 1, '--strict: a row not imported is a failure');
  });

  it('does not overwrite a changed customers file without --force, and does with it', () => {
    const dir = tempDir();
    const out = path.join(dir, 'data');
    assert.equal(runCli(['import-customers', ACCOUNTS, '--out', out]).code, 0);
    const file = path.join(out, 'customers.yaml');
    const edited = fs.readFileSync(file, 'utf8').replace('plan: Enterprise', 'plan: Enterprise Plus');
    fs.writeFileSync(file, edited);
    const refused = runCli(['import-customers', ACCOUNTS, '--out', out]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /1 file\(s\) in .* hold something else than the import would write; run again with --force/);
    assert.match(refused.stderr, /customers\.yaml: 1 entry changed \(customers\/acme-rockets\)/);
    assert.match(refused.stderr, /import-customers: nothing was written/);
    assert.equal(fs.readFileSync(file, 'utf8'), edited, 'the edited file is untouched');
    const forced = runCli(['import-customers', ACCOUNTS, '--out', out, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(file, 'utf8'), /plan: Enterprise\n/);
  });

  it('checks the folder before writing: an id the folder\'s other file cannot take is refused, nothing written', () => {
    const out = tempDir();
    // Another file of the folder is broken (an id used twice): with it the folder would not load.
    fs.writeFileSync(path.join(out, 'other.yaml'), 'customers:\n  - id: acme-rockets\n    name: Acme Rockets\n  - id: acme-rockets\n    name: Twice\n');
    const { code, stderr } = runCli(['import-customers', ACCOUNTS, '--out', out]);
    assert.equal(code, 1);
    assert.match(stderr, /other\.yaml:4:\d+: error: The customer id "acme-rockets" is used twice in this file/);
    assert.match(stderr, /nothing was written/);
    assert.ok(!fs.existsSync(path.join(out, 'customers.yaml')));
  });

  it('--map names columns; usage errors (a missing column, a huge file, not UTF-8) exit 2 with one line', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'export.csv');
    fs.writeFileSync(csv, 'Company Legal,Owner\nAcme Rockets,Dana Example\n');
    const mapped = runCli(['import-customers', csv, '--map', 'name=Company Legal,ae=Owner']);
    assert.equal(mapped.code, 0, mapped.stderr);
    assert.match(mapped.stdout, /customers:\n {2}- id: acme-rockets\n {4}name: Acme Rockets\n {4}accountTeam:\n {6}ae: Dana Example\n/);
    const missing = runCli(['import-customers', csv]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^ce-playbook: .*export\.csv: no column holds the customer's name; name it with --map name=<header> \(its columns: Company Legal, Owner\)\n$/);
    const huge = path.join(dir, 'huge.csv');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 100 * 1024 * 1024); // sparse: 100 MB on stat, nothing read
    const refused = runCli(['import-customers', huge, '--out', path.join(dir, 'out')]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /huge\.csv is 100\.0 MB; import-customers reads at most 1 MB/);
    assert.ok(!fs.existsSync(path.join(dir, 'out')));
    const latin1 = path.join(dir, 'latin1.csv');
    fs.writeFileSync(latin1, Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x0a]));
    assert.match(runCli(['import-customers', latin1]).stderr, /not UTF-8 text; export the CSV as UTF-8/);
  });
});

describe('ce-playbook mcp: listCustomers and getCustomer', () => {
  const text = (result: unknown) => (result as { content: Array<{ text?: string }> }).content.map((c) => c.text ?? '').join('');
  async function connect(args: string[], cwd: string) {
    const client = new Client({ name: 'ce-playbook-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', ...args], cwd, stderr: 'pipe' }));
    return client;
  }
  const workspace = () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.ce-playbook'));
    fs.copyFileSync(fixture('customers', 'customers.yaml'), path.join(dir, '.ce-playbook', 'customers.yaml'));
    return dir;
  };

  it('serves the customers of the --data files: by alias, with the account team and links', async () => {
    const dir = workspace();
    const client = await connect(['--data', path.join(dir, '.ce-playbook')], dir);
    try {
      const list = await client.callTool({ name: 'listCustomers', arguments: {} });
      assert.deepEqual((list.structuredContent as { customers: Array<{ id: string }> }).customers.map((c) => c.id), ['acme-rockets', 'globex-fiction', 'initech-imaginary']);
      const got = await client.callTool({ name: 'getCustomer', arguments: { customer: 'Acme Rocket Co.' } });
      assert.equal(got.isError, undefined);
      assert.match(text(got), /^Acme Rockets \(id acme-rockets\)\nAlso known as: ACME, Acme Rocket Co\.\nAccount team: AE Dana Example, CE Robin Sample, SDR U0SDR0001\n/);
      assert.match(text(got), /crm: https:\/\/crm\.example\.com\/accounts\/acme-rockets/);
      const unknown = await client.callTool({ name: 'getCustomer', arguments: { customer: 'Umbrella' } });
      assert.equal(unknown.isError, true);
    } finally {
      await client.close();
    }
  });

  it('without --data serves no customer, even from a folder that has the team\'s files', async () => {
    const dir = workspace();
    const client = await connect([], dir);
    try {
      const list = await client.callTool({ name: 'listCustomers', arguments: {} });
      assert.deepEqual(list.structuredContent, { customers: [], total: 0 });
      const got = await client.callTool({ name: 'getCustomer', arguments: { customer: 'Acme Rockets' } });
      assert.equal(got.isError, true);
      assert.match(text(got), /The playbook has no customers/);
    } finally {
      await client.close();
    }
  });
});
