/**
 * The team's customers as tool results (listCustomers, getCustomer). Customers come only from the
 * team's data files (the bundled handbook has none): without them, there are none to give.
 */
import { findCustomer, matchCustomers } from '../../customers/model/customers';
import type { Customer } from '../../../core/schema/customerSchema';
import { fail, ok, type ToolContext, type ToolResult } from './context';
import type { CustomerDetails, CustomerSummary } from './outputs';

export type { CustomerDetails, CustomerSummary };

const NONE = 'The playbook has no customers: they come from the team\'s own data files (a `customers` list), and none are loaded.';

const summary = (c: Customer): CustomerSummary => ({ id: c.id, name: c.name, aliases: [...(c.aliases ?? [])], ...(c.plan ? { plan: c.plan } : {}) });

export function listCustomers(ctx: ToolContext, query?: string, limit = 50): ToolResult<{ customers: CustomerSummary[]; total: number }> {
  const all = ctx.index.handbook.customers;
  if (!all.length) return ok({ customers: [], total: 0 }, NONE);
  const found = matchCustomers(all, query ?? '');
  const shown = found.slice(0, limit).map(summary);
  const lines = shown.map((c) => `- ${c.id}: ${c.name}${c.aliases.length ? ` (also ${c.aliases.join(', ')})` : ''}${c.plan ? `, ${c.plan}` : ''}`);
  const head = query ? `Customers matching "${query}" (id: name):` : 'The team\'s customers (id: name):';
  const more = found.length > shown.length ? [`… and ${found.length - shown.length} more; narrow with a query.`] : [];
  return ok({ customers: shown, total: found.length }, found.length ? [head, ...lines, ...more].join('\n') : `No customer's name or alias matches "${query}".`);
}

export function getCustomer(ctx: ToolContext, customer: string): ToolResult<CustomerDetails> {
  const all = ctx.index.handbook.customers;
  if (!all.length) return fail(NONE);
  const c = findCustomer(all, customer);
  if (!c) return fail(`No customer has the id, name or alias "${customer}". Use listCustomers (with a query) to find one.`);
  const files = ctx.origins?.get(`customers/${c.id}`);
  const data: CustomerDetails = {
    ...summary(c),
    accountTeam: { ...c.accountTeam },
    ...(c.sharedChannel ? { sharedChannel: c.sharedChannel } : {}),
    links: { ...c.links },
    ...(c.notes ? { notes: c.notes } : {}),
    ...(files?.length ? { teamFiles: [...files] } : {}),
  };
  const team = Object.entries({ AE: c.accountTeam?.ae, CE: c.accountTeam?.ce, SDR: c.accountTeam?.sdr }).filter(([, v]) => v).map(([role, who]) => `${role} ${who}`);
  const lines = [
    `${c.name} (id ${c.id})`,
    ...(data.aliases.length ? [`Also known as: ${data.aliases.join(', ')}`] : []),
    ...(team.length ? [`Account team: ${team.join(', ')}`] : []),
    ...(c.plan ? [`Plan: ${c.plan}`] : []),
    ...(c.sharedChannel ? [`Shared Slack channel: ${c.sharedChannel}`] : []),
    ...Object.entries(data.links).map(([kind, link]) => `${kind}: ${link}`),
    ...(c.notes ? [`Notes: ${c.notes}`] : []),
    `Source: the team's data${files?.length ? ` (${files.join(', ')})` : ''}`,
  ];
  return ok(data, lines.join('\n'));
}
