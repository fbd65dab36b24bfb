import assert from 'node:assert/strict';
import { escapeSnippetText, renderTemplate, templateSnippet } from '../../src/core/templates/render';
import type { Template } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';

const context = () => bundledHandbook().templates.find((t) => t.id === 'support-ticket-context')!;
const request = () => bundledHandbook().templates.find((t) => t.id === 'support-ticket-request')!;

/** Expands a snippet the way VS Code does for our subset: tab stops become their values. */
function expand(snippet: string, values: string[]): string {
  return snippet
    .replace(/\$\{(\d+)(?::((?:\\.|[^\\}])*))?\}/g, (_, n: string, placeholder?: string) => values[Number(n) - 1] ?? (placeholder ?? '').replace(/\\(.)/g, '$1'))
    .replace(/\$0/g, '')
    .replace(/\\([\\$}])/g, '$1');
}

describe('template rendering', () => {
  it('snippet: one tab stop per field, in order, then $0', () => {
    const s = templateSnippet(request());
    const stops = [...s.matchAll(/\$\{(\d+)\}/g)].map((m) => Number(m[1]));
    assert.deepEqual(stops, [1, 2, 3, 4, 5, 6, 7]);
    assert.ok(s.endsWith('\n$0'));
    assert.equal(expand(templateSnippet(context()), ['Acme', 'ZD #1', 'Needs a hand']), [
      '**Support Ticket Context**',
      '- **Customer Name:** Acme',
      '- **Link to issue (slack / GH / ZD ticket #):** ZD #1',
      '- **Background information or anything we should know that would be helpful?:** Needs a hand',
      '',
    ].join('\n'));
  });

  it('escapes $, } and \\ in labels and placeholders so they come out as typed', () => {
    assert.equal(escapeSnippetText('cost $5 {a} \\ ${1}'), 'cost \\$5 {a\\} \\\\ \\${1\\}');
    const t: Template = { ...context(), title: 'Price $ {x}', fields: [{ id: 'a', label: 'Budget ($USD) }\\', type: 'line', required: true, placeholder: '${TM_FILENAME}' }] };
    const snippet = templateSnippet(t);
    assert.equal(expand(snippet, []), '**Price $ {x}**\n- **Budget ($USD) }\\:** ${TM_FILENAME}\n');
    assert.ok(!/(^|[^\\])\$\{TM_FILENAME/.test(snippet), 'a variable in a placeholder must not be live');
  });

  it('choice fields become snippet choices with , and | escaped', () => {
    const t: Template = { ...context(), fields: [{ id: 'sev', label: 'Severity', type: 'choice', required: true, options: ['P1, urgent', 'P2|high', 'P3 ${x} $1 a}b', 'back\\slash'] }] };
    assert.ok(templateSnippet(t).includes('${1|P1\\, urgent,P2\\|high,P3 ${x} $1 a}b,back\\\\slash|}'), templateSnippet(t));
  });

  it('renders a filled template as Markdown, Slack and plain text, with multi-line values kept in the item', () => {
    const values = { 'customer-name': 'Acme Corp', 'issue-link': 'https://example.zendesk.com/1', background: 'Line one\nLine two' };
    assert.equal(renderTemplate(context(), values, 'markdown'), '**Support Ticket Context**\n- **Customer Name:** Acme Corp\n- **Link to issue (slack / GH / ZD ticket #):** https://example.zendesk.com/1\n- **Background information or anything we should know that would be helpful?:** Line one\n  Line two\n');
    assert.equal(renderTemplate(context(), values, 'slack'), '*Support Ticket Context*\n• *Customer Name:* Acme Corp\n• *Link to issue (slack / GH / ZD ticket #):* https://example.zendesk.com/1\n• *Background information or anything we should know that would be helpful?:* Line one\n  Line two\n');
    assert.equal(renderTemplate(context(), values, 'plain'), 'Support Ticket Context\nCustomer Name: Acme Corp\nLink to issue (slack / GH / ZD ticket #): https://example.zendesk.com/1\nBackground information or anything we should know that would be helpful?: Line one\n  Line two\n');
  });

  it('empty fields keep their label', () => {
    assert.equal(renderTemplate(request(), {}, 'plain').split('\n').filter(Boolean).length, 8);
    assert.ok(renderTemplate(request(), {}, 'markdown').includes('- **What’s the ask:**\n'));
  });

});
