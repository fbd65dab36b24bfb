import assert from 'node:assert/strict';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { renderTeamPageBody, renderTeamPageDocument } from '../../src/features/teamPage/model/teamPageHtml';
import type { Handbook } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';
import { testIcons, testTeamPageLabels } from './labels';

const env = { cspSource: 'https://webview.test', nonce: 'n0nce123', scriptUri: 'https://webview.test/teamPage.js', styleUris: ['https://webview.test/page.css', 'https://webview.test/teamPage.css'] };
const body = (h: Handbook, teamId: string) => renderTeamPageBody(new HandbookIndex(h), h.teams.find((t) => t.id === teamId)!, testTeamPageLabels, testIcons);
/** The text a reader sees: tags removed, entities decoded. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('intersection panel HTML', () => {
  const handbook = bundledHandbook();

  for (const team of handbook.teams) {
    it(`${team.id}: every section is present, in order, with the handbook's sentences`, () => {
      const html = body(handbook, team.id);
      const order = ['value-to-team', 'value-to-ce', 'collaboration', 'engage', 'where', 'templates', 'meetings', 'source'].map((id) => html.indexOf(`id="${id}"`));
      assert.ok(order.every((i) => i >= 0), `missing section: ${order}`);
      assert.deepEqual([...order].sort((a, b) => a - b), order, 'sections out of order');
      const text = visibleText(html);
      for (const sentence of [team.valueToTeam.text, team.valueToCe.text, team.collaboration.text, ...(team.routes ?? []).map((r) => r.text)]) {
        assert.ok(text.includes(sentence), `missing: ${sentence}`);
      }
      assert.ok(/<h1[^>]*>CE and /.test(html));
      assert.equal((html.match(/<h2 /g) ?? []).length, 7, 'seven h2 sections for screen-reader navigation');
    });
  }

  it('Customer Support shows the engagement procedure with working template buttons and the escalation route', () => {
    const html = body(handbook, 'customer-support');
    const text = visibleText(html);
    assert.ok(text.includes('the CE should reach out to @cs-leadership for additional guidance in the #customer-support channel'));
    assert.ok(text.includes('What should CE do if the customer needs more help:'));
    for (const id of ['support-ticket-context', 'support-ticket-request']) {
      for (const action of ['composeTicket', 'fillTemplate', 'insertTemplate', 'copyTemplate']) assert.ok(html.includes(`data-action="${action}" data-id="${id}"`), `${action} ${id}`);
    }
    assert.ok(text.includes('Link to issue (Slack / Github issue / ZD ticket #):'));
    assert.ok(html.includes('data-action="copyChannel" data-id="cs-leadership"'));
    const overview = handbook.teams.find((t) => t.id === 'customer-support')!.collaboration.text;
    assert.equal(text.split(overview).length - 1, 1, 'the overview sentence, which the procedure also opens with, is shown once');
    assert.ok(html.includes('data-action="openChannel" data-id="customer-support"'));
  });

  it('Sales shows the SDR route to @ce-sdr-collab in #ce and the office hours meeting', () => {
    const text = visibleText(body(handbook, 'sales'));
    assert.ok(text.includes('Tag @ce-sdr-collab in #ce'));
    assert.ok(text.includes('CE <> Sales Office Hours (bi-weekly on Tuesdays)'));
  });

  it('a team with no templates or meetings says so instead of leaving a blank', () => {
    const html = body(handbook, 'marketing');
    assert.ok(html.includes('No template.') && html.includes('No meeting.') && html.includes('No route.'));
  });

  it('renders hostile strings inert: no markup, no script, no javascript: links', () => {
    const h = bundledHandbook();
    const team = h.teams[0];
    team.name = '<img src=x onerror=alert(1)>';
    team.valueToTeam.text = '<script>alert("x")</script> and [click](javascript:alert(1)) and [ok](https://example.com/a?b=1&c=2)';
    team.valueToCe.label = '"><svg onload=alert(1)>';
    team.collaboration.text = '[data](data:text/html,<script>alert(1)</script>) ![img](https://x/y.png) <a href="javascript:x">a</a>';
    h.channels.find((c) => c.id === 'ce')!.description = '<iframe src="https://evil">';
    const html = body(h, team.id);
    assert.ok(!/<script/i.test(html), 'script tag');
    assert.ok(!/<(img|iframe|svg onload)/i.test(html.replace(/<svg data-icon="[^"]+"><\/svg>/g, '')), 'active element');
    assert.ok(!/javascript:/i.test(html.replace(/&quot;javascript:x&quot;/, '')), 'javascript: link');
    assert.ok(!/href="data:/i.test(html));
    assert.ok(html.includes('<a href="https://example.com/a?b=1&amp;c=2">ok</a>'), 'https links stay links');
    assert.ok(visibleText(html).includes('<script>alert("x")</script>'), 'hostile text is shown as text');
    assert.ok(!/<[a-z][^>]*\son\w+\s*=/i.test(html), 'no event handler attributes');
  });

  it('the document has a strict CSP with a nonce and no inline handlers or unsafe sources', () => {
    const doc = renderTeamPageDocument(body(handbook, 'sales'), 'CE and Sales', 'sales', env);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(doc)?.[1] ?? '';
    assert.ok(csp.includes("default-src 'none'"));
    assert.ok(csp.includes("script-src 'nonce-n0nce123'"));
    assert.ok(csp.includes('style-src https://webview.test'));
    assert.ok(!/unsafe-(inline|eval)/.test(csp));
    assert.ok(doc.includes('<script nonce="n0nce123" src="https://webview.test/teamPage.js"></script>'));
    assert.equal((doc.match(/<script/g) ?? []).length, 1);
    assert.ok(!/\son[a-z]+=/i.test(doc), 'no inline event handlers');
    assert.ok(!/\sstyle=/i.test(doc), 'no inline styles (CSP would block them)');
    assert.ok(doc.includes('data-team-id="sales"'));
  });

  it('every button is a real <button> with an accessible name', () => {
    const html = body(handbook, 'customer-support');
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    assert.ok(buttons.length >= 8);
    for (const b of buttons) {
      assert.ok(/type="button"/.test(b) && /aria-label="[^"]+"/.test(b), b);
    }
  });
});
