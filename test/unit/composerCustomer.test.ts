import assert from 'node:assert/strict';
import { renderComposerBody, type ComposerIconName } from '../../src/features/composer/model/composerHtml';
import { composerView } from '../../src/features/composer/model/composerState';
import type { Template } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';
import { testComposerLabels as labels } from './labels';

const messages = { required: (f: { label: string }) => `${f.label} is required`, notAnOption: (f: { label: string }) => `pick ${f.label}` };
const icons = Object.fromEntries(['send', 'copy', 'insert', 'trash', 'thread'].map((n) => [n, ''])) as Record<ComposerIconName, string>;
const context = () => bundledHandbook().templates.find((t) => t.id === 'support-ticket-context')!;
const body = (template: Template, values: Record<string, string> = {}, hasCustomers = true) =>
  renderComposerBody(template, values, composerView(template, values, messages), labels, icons, { hasCustomers });

describe('composer: the customer picker and the account card (page HTML)', () => {
  it('the customer field is an editable combobox with a list (free text stays possible), the value escaped', () => {
    const html = body(context(), { 'customer-name': '<b>"Acme"</b>' });
    const input = /<input [^>]*id="field-customer-name"[^>]*>/.exec(html)?.[0] ?? '';
    assert.match(input, /type="text"/);
    assert.match(input, /role="combobox"/);
    assert.match(input, /aria-autocomplete="list"/);
    assert.match(input, /aria-expanded="false"/);
    assert.match(input, /aria-controls="field-customer-name-list"/);
    assert.match(input, /autocomplete="off"/);
    assert.match(input, /value="&lt;b&gt;&quot;Acme&quot;&lt;\/b&gt;"/);
    assert.match(html, /<ul id="field-customer-name-list" class="combo-list" role="listbox" aria-label="Customers" hidden><\/ul>/);
    // The other line field stays a plain text box.
    assert.doesNotMatch(/<input [^>]*id="field-issue-link"[^>]*>/.exec(html)![0], /combobox/);
  });

  it('says how to pick only when the team has customers', () => {
    assert.match(body(context()), /<p id="field-customer-name-hint" class="hint">Type part of a name or alias\.<\/p>/);
    assert.match(body(context()), /aria-describedby="field-customer-name-hint field-customer-name-error"/);
    assert.doesNotMatch(body(context(), {}, false), /field-customer-name-hint/);
  });

  it('has an empty, hidden account card beside the form, above the preview; a template without a customer field has none', () => {
    const html = body(context());
    assert.match(html, /<\/form><div class="side"><aside id="account-card" class="account-card" hidden><\/aside><section id="preview-section"/);
    const plain: Template = { ...context(), fields: context().fields.map((f) => ({ ...f, customer: undefined })) };
    assert.doesNotMatch(body(plain), /account-card|combobox/);
  });
});
