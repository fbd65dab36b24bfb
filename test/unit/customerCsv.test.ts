import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseMapOption } from '../../src/features/customers/model/csvColumns';
import { customerIdFrom, importCustomersCsv, MAX_CUSTOMER_ROWS } from '../../src/features/customers/model/csvImport';
import { fixture } from './helpers';

const ACCOUNTS = fs.readFileSync(fixture('customers', 'accounts.csv'), 'utf8');
const problemsOf = (text: string, map = {}) => importCustomersCsv(text, map).problems.map((p) => `${p.line}: ${p.severity} [${p.rule}]`);

describe('customers: a CRM export (CSV) as data', () => {
  it('reads a BOM, CRLF and quoted fields with commas and line breaks; recognises common headers', () => {
    const { customers } = importCustomersCsv(ACCOUNTS, {});
    assert.deepEqual(customers.map((c) => c.id), ['acme-rockets', 'globex-fiction', 'initech-imaginary']);
    assert.deepEqual(customers[0], {
      id: 'acme-rockets',
      name: 'Acme Rockets',
      aliases: ['ACME', 'Acme Rocket Co.'],
      accountTeam: { ae: 'Dana Example', ce: 'Robin Sample' },
      plan: 'Enterprise',
      sharedChannel: '#ext-acme-rockets',
      links: { crm: 'https://crm.example.com/a/1', zendesk: 'https://example.zendesk.com/organizations/1' },
      notes: 'Fictional, with a comma\nand a second line',
    });
  });

  it('reports each row it could not read, and each value it could not keep, with its line', () => {
    assert.deepEqual(problemsOf(ACCOUNTS), [
      '4: warning [not-https]', // http:// CRM link: the row is imported without it
      '5: error [no-name]',
      '6: warning [bad-value]', // "Not A Channel!"
      '6: warning [not-https]', // javascript: link
      '7: error [duplicate-customer]',
    ]);
    const { customers } = importCustomersCsv(ACCOUNTS, {});
    assert.equal(customers[1].links, undefined, 'the http link is not imported');
    assert.equal(customers[2].sharedChannel, undefined);
  });

  it('--map names the columns; a mapped header that is missing, or an unknown field, says what to do', () => {
    const csv = 'Company Legal,Owner Name,Web\nAcme Rockets,Dana Example,https://docs.example.com/acme\n';
    const { customers } = importCustomersCsv(csv, parseMapOption('name=Company Legal,ae=Owner Name,docs=Web'));
    assert.deepEqual(customers, [{ id: 'acme-rockets', name: 'Acme Rockets', accountTeam: { ae: 'Dana Example' }, links: { docs: 'https://docs.example.com/acme' } }]);
    assert.throws(() => importCustomersCsv(csv, parseMapOption('name=Account Name')), /no column "Account Name"; its columns: Company Legal, Owner Name, Web/);
    assert.throws(() => parseMapOption('owner=Owner Name'), /"owner" is not a customer field/);
    assert.throws(() => importCustomersCsv(csv, {}), /no column holds the customer's name; name it with --map name=/);
    assert.throws(() => importCustomersCsv('', {}), /no header row/);
  });

  it('an export of thousands of columns none of which holds names: the message names the first 30 and counts the rest', () => {
    const headers = Array.from({ length: 5000 }, (_, i) => `C${i}`);
    assert.throws(() => importCustomersCsv(`${headers.join(',')}\nx\n`, {}), (error: Error) => {
      assert.match(error.message, /\(its columns: C0, C1, .*, C29 and 4970 more\)$/);
      assert.ok(error.message.length < 500, `${error.message.length} characters`);
      return true;
    });
  });

  it('a quote never closed is reported once, at the row where it starts; the rows before it are kept', () => {
    const csv = 'Name,Plan\nAcme Rockets,Team\nGlobex "Fiction",Team\n"Init"ech,Team\nHooli,"Team\n';
    const result = importCustomersCsv(csv, {});
    assert.deepEqual(result.customers.map((c) => c.name), ['Acme Rockets', 'Globex "Fiction"', '"Init"ech'], 'quotes inside a field are text, as spreadsheets write them');
    assert.deepEqual(result.problems.map((p) => [p.line, p.rule]), [[5, 'unreadable-row']]);
    const unclosed = importCustomersCsv('Name,Plan\r\nAcme Rockets,Team\r\nHooli,"Team\r\nInitech,Team\r\n', {});
    assert.deepEqual(unclosed.customers.map((c) => c.name), ['Acme Rockets']);
    assert.deepEqual(unclosed.problems.map((p) => p.line), [3]);
    assert.match(unclosed.problems[0].message, /^a quote opened in this row is never closed/);
  });

  it('an export with more rows than it imports says so, at the first row left out; exactly the limit imports all', () => {
    const csv = (rows: number) => ['Account Name', ...Array.from({ length: rows }, (_, i) => `Customer ${i}`)].join('\n');
    const over = importCustomersCsv(csv(MAX_CUSTOMER_ROWS + 3), {});
    assert.equal(over.customers.length, MAX_CUSTOMER_ROWS);
    assert.deepEqual(over.problems.map((p) => [p.line, p.message]), [[MAX_CUSTOMER_ROWS + 2, `only the first ${MAX_CUSTOMER_ROWS} rows are imported; split the export`]]);
    const exact = importCustomersCsv(csv(MAX_CUSTOMER_ROWS), {});
    assert.equal(exact.customers.length, MAX_CUSTOMER_ROWS);
    assert.deepEqual(exact.problems, []);
  });

  it('makes ids from names, refuses deceptive names and keeps rows with missing cells', () => {
    assert.equal(customerIdFrom('Zürich Re, AG.'), 'zurich-re-ag');
    const result = importCustomersCsv('Name,Plan\n"Acme \u202eReversed",Team\nGlobex\n', {});
    assert.deepEqual(result.customers.map((c) => c.id), ['globex']);
    assert.deepEqual(result.problems.map((p) => [p.line, p.rule]), [[2, 'bad-value']]);
  });
});
