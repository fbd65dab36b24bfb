import assert from 'node:assert/strict';
import { renderComposerBody, renderComposerDocument, type ComposerIconName } from '../../src/features/composer/model/composerHtml';
import { composerView, draftOf, fieldErrors, missingFields, openingValues, sameValues, templateValues } from '../../src/features/composer/model/composerState';
import { renderTemplate } from '../../src/core/templates/render';
import type { Template } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';
import { exampleRequest } from './fieldConditionsSupport';
import { testComposerLabels } from './labels';

const messages = { required: (f: { label: string }) => `${f.label} is required`, notAnOption: (f: { label: string }) => `pick an option for ${f.label}` };
const templates = () => bundledHandbook().templates;
const context = () => templates().find((t) => t.id === 'support-ticket-context')!;
const request = () => templates().find((t) => t.id === 'support-ticket-request')!;

const labels = testComposerLabels;
const icons = Object.fromEntries(['send', 'copy', 'insert', 'trash', 'thread'].map((n) => [n, `<svg data-icon="${n}"></svg>`])) as Record<ComposerIconName, string>;
const env = { cspSource: 'https://webview.test', nonce: 'n0nce123', scriptUri: 'https://webview.test/composer.js', styleUris: ['https://webview.test/page.css', 'https://webview.test/composer.css'] };
const body = (template: Template, values: Record<string, string> = {}, ctx = {}) => renderComposerBody(template, values, composerView(template, values, messages), labels, icons, ctx);
/** Text as a reader sees it: tags removed, entities decoded. */
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A template with one field of each type (the bundled ones have no choice field). */
const mixed: Template = {
  ...context(),
  id: 'mixed',
  fields: [
    { id: 'severity', label: 'Severity', type: 'choice', required: true, options: ['Low', 'High'] },
    { id: 'summary', label: 'Summary', type: 'line', required: true, placeholder: 'One line', hint: 'Say it <short>' },
    { id: 'notes', label: 'Notes', type: 'text', required: false },
  ],
};

describe('ticket composer: state', () => {
  it('the preview is exactly the Slack rendering of the values', () => {
    const values = { 'customer-name': 'Acme', 'issue-link': 'ZD-7', background: 'Line one\nline two' };
    assert.equal(composerView(context(), values, messages).preview, renderTemplate(context(), values, 'slack'));
    assert.match(composerView(context(), values, messages).preview, /^\*Support Ticket Context\*\n• \*Customer Name:\* Acme\n/);
  });

  it('every required field still empty (or blank) has its problem; optional and filled ones none', () => {
    const errors = fieldErrors(request(), { 'customer-name': 'Acme', 'issue-link': '   ', ask: 'x' }, messages);
    assert.deepEqual(Object.keys(errors), ['issue-link', 'why', 'if-not', 'time-consideration']);
    assert.equal(errors['issue-link'], 'Link to issue (Slack / Github issue / ZD ticket #) is required');
    assert.deepEqual(missingFields(request(), { 'customer-name': 'Acme' }).map((f) => f.id), ['issue-link', 'ask', 'why', 'if-not', 'time-consideration']);
    assert.deepEqual(fieldErrors(mixed, { severity: 'Urgent', summary: 's' }, messages), { severity: 'pick an option for Severity' });
  });

  it('keeps only the template\'s own string values', () => {
    assert.deepEqual(templateValues(context(), { 'customer-name': 'Acme', other: 'x', background: undefined }), { 'customer-name': 'Acme' });
  });

  it('opening values: the draft, with non-empty given values laid over it', () => {
    const draft = { 'customer-name': 'Old Co', background: 'kept' };
    assert.deepEqual(openingValues(context(), draft, { 'customer-name': 'Acme', 'issue-link': '', stray: 'x' }), { 'customer-name': 'Acme', background: 'kept' });
    assert.deepEqual(openingValues(context(), undefined, undefined), {});
  });

  it('the draft for the shared store resumes the fill-in form at the first empty field', () => {
    assert.deepEqual(draftOf(context(), { 'customer-name': 'Acme', background: 'b', junk: 'x' }), { templateId: 'support-ticket-context', values: { 'customer-name': 'Acme', background: 'b' }, step: 1 });
    assert.equal(draftOf(context(), { 'customer-name': 'a', 'issue-link': 'b', background: 'c' }).step, 2);
  });

  it('compares values field by field, a missing value equal to an empty one', () => {
    assert.ok(sameValues(context(), { 'customer-name': 'a', x: '1' }, { 'customer-name': 'a', background: '' }));
    assert.ok(!sameValues(context(), { 'customer-name': 'a' }, { 'customer-name': 'b' }));
  });
});

describe('ticket composer: page HTML', () => {
  it('has the "sent before" notice hidden above the buttons, with its two answers as keyboard buttons', () => {
    const html = body(context());
    const notice = html.indexOf('<section id="earlier" class="earlier-notice" hidden aria-labelledby="earlier-heading">');
    assert.ok(notice > 0, html);
    assert.ok(notice < html.indexOf('data-action="send"'), 'right above Send');
    assert.match(html, /<p id="earlier-text" role="status" aria-live="polite"><\/p>/);
    assert.match(html, /<button type="button" class="action" data-action="followUpEarlier"><span>Follow Up in That Thread<\/span><\/button><button type="button" class="action" data-action="keepNewTicket"><span>Keep as a New Ticket<\/span><\/button>/);
  });

  it('every field, in the handbook\'s order, labels verbatim, the right control per type', () => {
    const html = body(request());
    const positions = request().fields.map((f) => html.indexOf(`data-field="${f.id}"`));
    assert.ok(positions.every((p) => p > 0));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'fields out of order');
    for (const field of request().fields) {
      assert.ok(decode(html).includes(`<label for="field-${field.id}">${field.label}`), `label of ${field.id}`);
      const tag = field.type === 'text' ? 'textarea' : 'input';
      assert.match(html, new RegExp(`<${tag} [^>]*id="field-${field.id}"`), `${field.id} is a ${tag}`);
    }
    const m = body(mixed);
    assert.match(m, /<select id="field-severity"[^>]*><option value="" selected>Choose…<\/option><option value="Low">Low<\/option><option value="High">High<\/option><\/select>/);
    assert.match(m, /<input type="text" id="field-summary"[^>]*placeholder="One line"/);
  });

  it('required fields are marked visibly and with aria-required; messages and hints are tied by aria-describedby', () => {
    const html = body(request());
    const required = request().fields.filter((f) => f.required);
    assert.equal((html.match(/aria-required="true"/g) ?? []).length, required.length);
    assert.equal((html.match(/class="required-mark"/g) ?? []).length, required.length);
    assert.match(html, /<label for="field-anything-else">Anything else we should know that would be helpful\? <span class="muted">\(optional\)<\/span>/);
    assert.match(html, /<textarea id="field-anything-else" name="anything-else" data-field="anything-else" aria-describedby="field-anything-else-error" rows="4">/);
    assert.match(body(mixed), /aria-describedby="field-summary-hint field-summary-error"/);
    assert.match(body(mixed), /<p id="field-summary-hint" class="hint">Say it &lt;short&gt;<\/p>/);
  });

  it('values, the preview and data are escaped; the preview is text in a <pre>', () => {
    const hostile = '<img src=x onerror=alert(1)> "quoted" & </textarea><script>alert(2)</script>';
    const values = { 'customer-name': hostile, background: hostile };
    const html = body(context(), values);
    assert.ok(!html.includes('<img'), 'no raw tag');
    assert.ok(!html.includes('<script'), 'no script');
    assert.ok(html.includes(`value="${hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}"`));
    const preview = /<pre id="preview"[^>]*>([\s\S]*?)<\/pre>/.exec(html)![1];
    assert.equal(decode(preview), renderTemplate(context(), values, 'slack'));
    const evil = { ...mixed, title: '<b>T</b>', description: '<i>d</i>', fields: [{ ...mixed.fields[0], options: ['<x>'] }] };
    const e = body(evil, { severity: '<y>' });
    assert.ok(!/<b>|<i>|<x>|<y>/.test(e));
    assert.ok(e.includes('<option value="&lt;y&gt;" selected>&lt;y&gt;</option>'), 'a value that is no option stays visible');
  });

  it('shows the values and the destination; four buttons, Send first and primary', () => {
    const html = body(mixed, { severity: 'High', summary: 'Down', notes: 'a\nb' }, { destination: '#customer-support' });
    assert.ok(html.includes('<option value="High" selected>High</option>'));
    assert.ok(html.includes('value="Down"'));
    assert.ok(html.includes('>a\nb</textarea>'));
    assert.ok(html.includes('Goes to #customer-support'));
    assert.ok(!html.includes('thread-banner'), 'no thread banner for a new ticket');
    const actions = [...html.matchAll(/data-action="(\w+)"/g)].map((m) => m[1]);
    // The notice's two answers (hidden until a ticket was sent before), then the four buttons.
    assert.deepEqual(actions, ['followUpEarlier', 'keepNewTicket', 'send', 'copy', 'insert', 'discard']);
    assert.match(html, /<button type="button" class="action primary" data-action="send">/);
    assert.match(html, /id="status" class="status" role="status" aria-live="polite"/);
    assert.ok(!body(mixed).includes('Goes to'), 'no destination line without a channel');
  });

  it('the document has a strict CSP with the nonce, no inline handlers, and the state for restore', () => {
    const doc = renderComposerDocument(body(context()), 'Compose <x>', { templateId: 'support-ticket-context' }, env);
    assert.match(doc, /content="default-src 'none'; style-src https:\/\/webview.test; script-src 'nonce-n0nce123';/);
    assert.match(doc, /<script nonce="n0nce123" src="https:\/\/webview.test\/composer.js"><\/script>/);
    assert.equal((doc.match(/<script/g) ?? []).length, 1);
    assert.ok(!/\son[a-z]+=/i.test(doc), 'no inline event handler');
    assert.ok(doc.includes('<title>Compose &lt;x&gt;</title>'));
    const state = /data-state="([^"]*)"/.exec(doc)![1];
    assert.deepEqual(JSON.parse(decode(state)), { templateId: 'support-ticket-context' });
  });
});

describe('composer: fields that follow the situation (the README\'s worked example)', () => {
  // Loaded lazily: the support module reads the fixture once.
  const example = () => exampleRequest();

  it('a conditional field is hidden (the hidden attribute) until its controlling field has the value; the controller names it in aria-controls', () => {
    const values = { 'time-sensitive': 'No', 'time-consideration': 'kept' };
    const html = body(example(), values);
    assert.match(html, /<div class="field" data-field-id="time-consideration" data-shown-text="[^"]+" data-hidden-text="[^"]+" hidden>/);
    assert.match(html, /<select id="field-time-sensitive"[^>]* aria-controls="field-time-consideration"/);
    assert.match(html, /<textarea id="field-time-consideration"[^>]*>kept<\/textarea>/, 'the hidden field keeps its value in the page');
    assert.deepEqual(composerView(example(), values, messages).hidden, ['time-consideration']);
    assert.doesNotMatch(body(example(), { 'time-sensitive': 'Yes' }), /data-field-id="time-consideration"[^>]* hidden>/);
    assert.deepEqual(composerView(example(), { 'time-sensitive': 'Yes' }, messages).errors['time-consideration'], `${example().fields[7].label} is required`);
  });

  it('an option shows its description where the CE picks; a new page starts on the default, a draft\'s value wins', () => {
    assert.match(body(example(), { severity: 'P1' }), /<option value="P1" selected>P1 — Production down for many users<\/option>/);
    assert.equal(openingValues(example(), undefined, undefined).severity, 'P3');
    assert.equal(openingValues(example(), { severity: 'P1' }, undefined).severity, 'P1');
    assert.equal(openingValues(example(), { severity: '' }, undefined).severity, '', 'a value the CE cleared stays cleared');
  });

  it('send and copy need the conditional field only while it applies; the draft keeps it either way', () => {
    const base = { 'customer-name': 'A', 'issue-link': 'L', severity: 'P2', ask: 'a', why: 'w', 'if-not': 'n' };
    assert.deepEqual(missingFields(example(), { ...base, 'time-sensitive': 'No' }), []);
    assert.deepEqual(missingFields(example(), { ...base, 'time-sensitive': 'Yes' }).map((f) => f.id), ['time-consideration']);
    assert.equal(draftOf(example(), { ...base, 'time-sensitive': 'No', 'time-consideration': 'kept' }).values['time-consideration'], 'kept');
  });
});
