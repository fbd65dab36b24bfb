/**
 * Which CSV column holds which customer field: the `--map field=Header,…` option of
 * `ce-playbook import-customers`, and the headers recognised without it.
 */

export const CUSTOMER_COLUMNS = ['id', 'name', 'aliases', 'ae', 'ce', 'sdr', 'plan', 'sharedChannel', 'crm', 'zendesk', 'github', 'docs', 'notes'] as const;
export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];

/** Headers a CRM export commonly uses, compared without case and spacing. */
const KNOWN_HEADERS: Record<CustomerColumn, string[]> = {
  id: ['id', 'customer id'],
  name: ['name', 'account name', 'customer', 'customer name', 'account', 'company'],
  aliases: ['aliases', 'alias', 'also known as', 'aka'],
  ae: ['ae', 'account executive', 'account owner'],
  ce: ['ce', 'customer engineer'],
  sdr: ['sdr', 'sales development representative'],
  plan: ['plan', 'tier', 'plan tier'],
  sharedChannel: ['sharedchannel', 'shared channel', 'slack channel', 'shared slack channel'],
  crm: ['crm', 'crm link', 'crm url'],
  zendesk: ['zendesk', 'zendesk organisation', 'zendesk organization', 'zendesk link'],
  github: ['github', 'github org', 'github organisation', 'github organization'],
  docs: ['docs', 'documents', 'account plan'],
  notes: ['notes', 'note'],
};

const headerKey = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

export type ColumnMap = Partial<Record<CustomerColumn, number>>;

/** The header names for a message: the first 30 (an export can have thousands of columns). */
const SHOWN_COLUMNS = 30;
function columnList(headers: readonly string[]): string {
  const shown = headers.slice(0, SHOWN_COLUMNS).map((h) => h.slice(0, 80)).join(', ');
  return headers.length > SHOWN_COLUMNS ? `${shown} and ${headers.length - SHOWN_COLUMNS} more` : shown;
}

/** `name=Account Name,ae=Account Owner` → field → header. Throws an Error whose message says what to fix. */
export function parseMapOption(option: string | undefined): Partial<Record<CustomerColumn, string>> {
  const map: Partial<Record<CustomerColumn, string>> = {};
  if (!option) return map;
  for (const part of option.split(',')) {
    if (!part.trim()) continue;
    const at = part.indexOf('=');
    const field = (at < 0 ? part : part.slice(0, at)).trim();
    const header = at < 0 ? '' : part.slice(at + 1).trim();
    if (!(CUSTOMER_COLUMNS as readonly string[]).includes(field)) throw new Error(`--map: "${field}" is not a customer field; fields: ${CUSTOMER_COLUMNS.join(', ')}`);
    if (!header) throw new Error(`--map: "${field}" needs a column header, e.g. ${field}=Account Name`);
    map[field as CustomerColumn] = header;
  }
  return map;
}

/**
 * The column index of each field: the header `--map` names (it must exist), otherwise a header the
 * export commonly uses. Throws when the map names a missing header or no column holds the name.
 */
export function resolveColumns(headers: readonly string[], mapped: Partial<Record<CustomerColumn, string>>): ColumnMap {
  const keys = headers.map(headerKey);
  const columns: ColumnMap = {};
  // Mapped columns first, so a recognised header never takes a column the map names.
  for (const field of CUSTOMER_COLUMNS) {
    const wanted = mapped[field];
    if (wanted === undefined) continue;
    const at = keys.indexOf(headerKey(wanted));
    if (at < 0) throw new Error(`--map ${field}=${wanted}: the file has no column "${wanted}"; its columns: ${columnList(headers)}`);
    columns[field] = at;
  }
  for (const field of CUSTOMER_COLUMNS) {
    if (mapped[field] !== undefined) continue;
    const at = keys.findIndex((k) => KNOWN_HEADERS[field].includes(k));
    if (at >= 0 && !Object.values(columns).includes(at)) columns[field] = at;
  }
  if (columns.name === undefined) throw new Error(`no column holds the customer's name; name it with --map name=<header> (its columns: ${columnList(headers)})`);
  return columns;
}
