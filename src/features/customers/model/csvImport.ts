/**
 * A CRM export (CSV with a header row) as `customers` entries: one per row that has a name, each
 * row that cannot be read (or a value that cannot be kept, such as a link that is not https) reported
 * with its line. csv-parse reads the CSV (quoted fields with commas and line breaks, a BOM, CRLF);
 * this module only maps its rows. Used by `ce-playbook import-customers` (the CLI chunk only).
 */
import { parse } from 'csv-parse/sync';
import type { Customer } from '../../../core/schema/customerSchema';
import { DECEPTIVE } from '../../../core/load/meaning';
import { resolveColumns, type ColumnMap, type CustomerColumn } from './csvColumns';

export interface CsvProblem {
  /** 1-based line of the row (its first line, for a row with line breaks in quotes). */
  line: number;
  severity: 'error' | 'warning';
  message: string;
  rule: 'unreadable-row' | 'no-name' | 'duplicate-customer' | 'not-https' | 'bad-value';
}

export interface CustomerImport {
  customers: Customer[];
  problems: CsvProblem[];
}

/** Rows past this are not read: a CRM export of a team's accounts is far smaller. */
export const MAX_CUSTOMER_ROWS = 5_000;

const LINK_FIELDS = ['crm', 'zendesk', 'github', 'docs'] as const;

/** A stable id from a name: "Acme, Inc." → "acme-inc" (the schema's id form). */
export function customerIdFrom(name: string): string {
  const slug = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '');
  return slug.slice(0, 80).replace(/-+$/, '');
}

interface Row { line: number; cells: string[] }

/**
 * Counts lines in the bytes as an editor does (CRLF, CR and LF each end one line). csv-parse's own
 * count takes a CRLF inside quotes for two lines, so rows are placed by its byte offsets instead.
 */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly bytes: Uint8Array) {}

  /** The line at `offset` (moving forward only), past any empty lines there. */
  lineAt(offset: number, skipEmpty = true): number {
    const b = this.bytes;
    let end = Math.min(offset, b.length);
    if (skipEmpty) while (end < b.length && (b[end] === 13 || b[end] === 10)) end++;
    for (let i = this.offset; i < end; i++) {
      if (b[i] === 13) {
        this.line++;
        if (b[i + 1] === 10) i++;
      } else if (b[i] === 10) this.line++;
    }
    this.offset = Math.max(this.offset, end);
    return this.line;
  }
}

/** The rows with the line each starts on, and a problem per record csv-parse could not read. */
function readRows(bytes: Uint8Array): { rows: Row[]; problems: CsvProblem[] } {
  const rows: Row[] = [];
  const problems: CsvProblem[] = [];
  const lines = new LineCounter(bytes);
  /** Where the next record starts: after the last one csv-parse read or skipped. */
  let start = 0;
  parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    bom: true,
    relax_column_count: true,
    // A quote inside an unquoted field (Globex "Fiction") is text, as spreadsheets write it.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // The header row, the rows imported, and one more to notice that the export has more.
    to: MAX_CUSTOMER_ROWS + 2,
    on_record: (record: string[], context) => {
      rows.push({ line: lines.lineAt(start), cells: record });
      start = context.bytes;
      return record;
    },
    on_skip: (error) => {
      const unclosed = error?.code === 'CSV_QUOTE_NOT_CLOSED';
      const line = lines.lineAt(start);
      // After a broken quote csv-parse may stumble more than once over the same row: one report per row.
      if (problems.at(-1)?.line === line) return;
      problems.push({
        line, severity: 'error', rule: 'unreadable-row',
        message: unclosed
          ? 'a quote opened in this row is never closed, so the rest of the file was read as one field; close the quote (a quote inside a field is written "")'
          : 'this row is not valid CSV (a quote in the middle of a field); quote a field that holds a comma, a quote ("") or a line break; the rows after it may be read with it',
      });
      const consumed = (error as { bytes?: unknown } | undefined)?.bytes;
      if (typeof consumed === 'number' && consumed > start) start = consumed;
    },
  });
  return { rows, problems };
}

/** A cell's text; every field but the notes is one line (a line break in quotes becomes a space). */
const cell = (row: Row, columns: ColumnMap, field: CustomerColumn): string => {
  const at = columns[field];
  const text = at === undefined ? '' : (row.cells[at] ?? '').trim();
  return field === 'notes' ? text.replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' ');
};

/** One row as an entry; values that cannot be kept are left out and reported. */
function rowCustomer(row: Row, columns: ColumnMap, problems: CsvProblem[]): Customer | undefined {
  const warn = (rule: CsvProblem['rule'], message: string) => problems.push({ line: row.line, severity: 'warning', rule, message });
  const name = cell(row, columns, 'name');
  if (!name) {
    problems.push({ line: row.line, severity: 'error', rule: 'no-name', message: 'this row has no customer name; it was not imported' });
    return undefined;
  }
  if (DECEPTIVE.test(name)) {
    problems.push({ line: row.line, severity: 'error', rule: 'bad-value', message: 'the customer name holds a control, bidirectional or zero-width character, which could make it pass for another name; it was not imported' });
    return undefined;
  }
  const given = cell(row, columns, 'id');
  const validId = /^[a-z0-9][a-z0-9-]*$/.test(given) && given.length <= 80;
  if (given && !validId) warn('bad-value', `the id column's value is not an id (lower-case letters, digits and dashes); one was made from the name`);
  const id = (validId ? given : customerIdFrom(name)) || `customer-${row.line}`;
  const customer: Customer = { id, name: name.slice(0, 200) };
  const aliases = cell(row, columns, 'aliases').split(/[;|]/).map((a) => a.trim()).filter(Boolean);
  if (aliases.length) customer.aliases = aliases.slice(0, 50).map((a) => a.slice(0, 200));
  const team = Object.fromEntries((['ae', 'ce', 'sdr'] as const).map((role) => [role, cell(row, columns, role).slice(0, 200)]).filter(([, v]) => v));
  if (Object.keys(team).length) customer.accountTeam = team;
  const plan = cell(row, columns, 'plan');
  if (plan) customer.plan = plan.slice(0, 100);
  const channel = cell(row, columns, 'sharedChannel');
  if (channel) {
    const named = channel.startsWith('#') ? channel.toLowerCase() : `#${channel.toLowerCase()}`;
    if (/^#[a-z0-9][a-z0-9_-]*$/.test(named) && named.length <= 80) customer.sharedChannel = named;
    else warn('bad-value', `the shared channel is not a Slack channel name (#lower-case-letters-digits-dashes); it was not imported`);
  }
  const links: Record<string, string> = {};
  for (const field of LINK_FIELDS) {
    const link = cell(row, columns, field);
    if (!link) continue;
    if (/^https:\/\/\S+$/i.test(link) && link.length <= 2000) links[field] = link.replace(/^https:/i, 'https:');
    else warn('not-https', `the ${field} link is not an https:// link; it was not imported`);
  }
  if (Object.keys(links).length) customer.links = links;
  const notes = cell(row, columns, 'notes');
  if (notes) customer.notes = notes.slice(0, 5000);
  return customer;
}

/**
 * Maps a CSV export to customers. `mapped` names the column of each field (see csvColumns.ts);
 * throws an Error (a usage error for the CLI) when the header row is missing or no column holds names.
 */
export function importCustomersCsv(csv: Uint8Array | string, mapped: Partial<Record<CustomerColumn, string>>): CustomerImport {
  const { rows, problems } = readRows(typeof csv === 'string' ? Buffer.from(csv) : csv);
  const header = rows.shift();
  if (!header) throw new Error('the file has no header row (the first row must name the columns)');
  const columns = resolveColumns(header.cells, mapped);
  const customers: Customer[] = [];
  const firstLine = new Map<string, number>();
  if (rows.length > MAX_CUSTOMER_ROWS) {
    problems.push({ line: rows[MAX_CUSTOMER_ROWS].line, severity: 'error', rule: 'unreadable-row', message: `only the first ${MAX_CUSTOMER_ROWS} rows are imported; split the export` });
    rows.length = MAX_CUSTOMER_ROWS;
  }
  for (const row of rows) {
    const customer = rowCustomer(row, columns, problems);
    if (!customer) continue;
    const first = firstLine.get(customer.id);
    if (first !== undefined) {
      problems.push({ line: row.line, severity: 'error', rule: 'duplicate-customer', message: `this row is the same customer as line ${first} (id "${customer.id}"); it was not imported` });
      continue;
    }
    firstLine.set(customer.id, row.line);
    customers.push(customer);
  }
  problems.sort((a, b) => a.line - b.line);
  return { customers, problems };
}
