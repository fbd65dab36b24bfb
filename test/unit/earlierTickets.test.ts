/** "You sent this before": recent tickets of the same template for the same customer or issue. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseName } from '../../src/features/customers/model/customers';
import type { Customer } from '../../src/core/schema/customerSchema';
import { earlierTickets, issueKey } from '../../src/features/slack/model/earlierTickets';

const customerKey = (name: string | undefined) => normaliseName(name ?? '');
import type { SentTicket } from '../../src/features/slack/model/sentTickets';

const NOW = new Date('2026-12-04T12:00:00Z');
const ticket = (id: string, daysAgo: number, extra: Partial<SentTicket> = {}): SentTicket => ({
  id, templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', mode: 'botToken',
  sentAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(), ...extra,
});

describe('earlier tickets for the same customer or issue', () => {
  it('compares customer names as people write them', () => {
    for (const [a, b] of [['Acme', 'ACME Corp.'], ['Acme, Inc.', 'acme'], ['Société Générale', 'societe generale SA'], ['Ben & Jerry', 'Ben and Jerry'], ['  Globex  ', 'globex']]) {
      assert.equal(customerKey(a), customerKey(b), `${a} ~ ${b}`);
    }
    assert.notEqual(customerKey('Acme'), customerKey('Acme Labs'));
    assert.equal(customerKey('Inc'), 'inc', 'a name that is only a legal form stays');
    assert.equal(customerKey(undefined), '');
    assert.equal(customerKey('Acme, Inc.'), 'acme', 'the one comparison of names (normaliseName) drops the legal form');
  });

  it('compares issue links without their fragment, trailing slash or host case; other text as written', () => {
    assert.equal(issueKey('https://GitHub.com/o/r/issues/1/#issuecomment-2'), issueKey('https://github.com/o/r/issues/1'));
    assert.equal(issueKey('ZD  4711'), issueKey('zd 4711'));
    assert.notEqual(issueKey('https://github.com/o/r/issues/1'), issueKey('https://github.com/o/r/issues/12'));
  });

  it('finds the same template\'s tickets of the last 7 days for the customer or the issue, newest first', () => {
    const sent = [
      ticket('old', 8, { customer: 'Acme' }),
      ticket('acme-2d', 2, { customer: 'ACME Corp' }),
      ticket('acme-1d', 1, { customer: 'Acme' }),
      ticket('request', 1, { customer: 'Acme', templateId: 'support-ticket-request' }),
      ticket('issue', 3, { customer: 'Someone else', issueLink: 'https://github.com/o/r/issues/1' }),
      ticket('globex', 1, { customer: 'Globex' }),
    ];
    const found = earlierTickets(sent, { templateId: 'support-ticket-context', customer: 'acme', issueLink: 'https://github.com/o/r/issues/1#x' }, NOW);
    assert.deepEqual(found.map((f) => [f.ticket.id, f.sameCustomer, f.sameIssue]), [['acme-1d', true, false], ['acme-2d', true, false], ['issue', false, true]]);
    assert.deepEqual(earlierTickets(sent, { templateId: 'support-ticket-context', customer: 'Acme' }, NOW, { days: 30 }).map((f) => f.ticket.id), ['acme-1d', 'acme-2d', 'old']);
    assert.deepEqual(earlierTickets(sent, { templateId: 'support-ticket-context', customer: 'Acme' }, NOW, { except: 'acme-1d' }).map((f) => f.ticket.id), ['acme-2d'], 'the ticket being replied to is not its own duplicate');
    assert.deepEqual(earlierTickets(sent, { templateId: 'support-ticket-context', customer: ' ' }, NOW), [], 'no name and no link: nothing to compare');
  });

  it('a ticket under another name of the same account (an alias in the team\'s customers) counts', () => {
    const acme = { id: 'acme', name: 'Acme Rockets', aliases: ['ACR', 'Acme'] } as Customer;
    const sent = [ticket('by-alias', 1, { customer: 'ACR' }), ticket('other', 1, { customer: 'Acme Labs' })];
    assert.deepEqual(earlierTickets(sent, { templateId: 'support-ticket-context', customer: 'Acme Rockets Inc.' }, NOW, { customers: [acme] }).map((f) => f.ticket.id), ['by-alias']);
    assert.deepEqual(earlierTickets(sent, { templateId: 'support-ticket-context', customer: 'Acme Rockets' }, NOW).map((f) => f.ticket.id), [], 'without the customer data, names only');
  });

  it('property: a match is always the same template, inside the window, and the same customer or issue', () => {
    const names = fc.constantFrom('Acme', 'ACME Corp.', 'Globex', 'Initech Ltd', '', 'acme');
    const sentArb = fc.array(fc.record({ days: fc.integer({ min: -2, max: 20 }), customer: names, template: fc.constantFrom('a', 'b'), link: fc.constantFrom('', 'https://x.test/1', 'https://x.test/2') }), { maxLength: 20 });
    fc.assert(fc.property(sentArb, names, fc.constantFrom('', 'https://x.test/1'), fc.integer({ min: 0, max: 30 }), (list, customer, link, days) => {
      const sent = list.map((s, i) => ticket(String(i), s.days, { templateId: s.template, customer: s.customer || undefined, issueLink: s.link || undefined }));
      const found = earlierTickets(sent, { templateId: 'a', customer, issueLink: link }, NOW, { days });
      for (const { ticket: t, sameCustomer, sameIssue } of found) {
        assert.equal(t.templateId, 'a');
        assert.ok(Date.parse(t.sentAt) >= NOW.getTime() - days * 86_400_000);
        assert.ok(sameCustomer || sameIssue);
        if (sameCustomer) assert.equal(customerKey(t.customer), customerKey(customer));
      }
      const expected = sent.filter((t) => t.templateId === 'a' && Date.parse(t.sentAt) >= NOW.getTime() - days * 86_400_000 && Date.parse(t.sentAt) <= NOW.getTime() + 86_400_000
        && ((customerKey(customer) && customerKey(t.customer) === customerKey(customer)) || (link && t.issueLink === link)));
      assert.equal(found.length, expected.length);
    }));
  });
});
