/** The worked example of the README (a team's file over the bundled handbook), loaded as the extension does. */
import fs from 'node:fs';
import { loadHandbook } from '../../src/core/load/loadHandbook';
import type { Template } from '../../src/core/schema/schema';
import { bundledHandbook, fixture } from './helpers';

export const EXAMPLE_PATH = fixture('workspace-conditions', '.ce-playbook', 'our-team.yaml');
export const EXAMPLE = fs.readFileSync(EXAMPLE_PATH, 'utf8');

/** Loads team files over the bundled data; returns the result keyed by the files' names. */
export function loadWith(files: Record<string, string>) {
  return loadHandbook(bundledHandbook(), Object.entries(files).map(([key, text]) => ({ key, label: key, bytes: Buffer.from(text) })));
}

/** The Support Ticket Request as the worked example makes it. */
export function exampleRequest(): Template {
  const loaded = loadWith({ 'our-team.yaml': EXAMPLE });
  if (loaded.failed.length) throw new Error(JSON.stringify([...loaded.problems.values()]));
  return loaded.handbook.templates.find((t) => t.id === 'support-ticket-request')!;
}

/** The request's values with every field that always applies filled in. */
export const filledRequest = (extra: Record<string, string> = {}): Record<string, string> => ({
  'customer-name': 'Acme', 'issue-link': 'ZD-1', severity: 'P2', ask: 'Look', why: 'Because', 'if-not': 'Churn', ...extra,
});
