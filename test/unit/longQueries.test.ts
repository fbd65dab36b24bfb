/**
 * A pasted page as a search query (100,000 characters, tens of thousands of words): search reads
 * only its start, so it answers from the first words instead of building a table per word over the
 * whole vocabulary; the tool says what it searched.
 */
import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../src/features/search/model/searchIndex';
import { search } from '../../src/features/tools/model/search';
import { bundledHandbook } from './helpers';
import { bundledContext } from './toolsSupport';

// A pasted text of 100,000 characters, and its first 20 words written out.
const LONG = 'support ticket request '.repeat(5000).slice(0, 100_000);
const FIRST_20_WORDS = `${'support ticket request '.repeat(6)}support ticket`;

describe('Search: very long queries', () => {
  it('a 100,000-character query gives the answer of its first 20 words', () => {
    const index = buildSearchIndex(bundledHandbook());
    const results = index.search(LONG);
    assert.equal(results[0]?.label, 'Support Ticket Request');
    assert.deepEqual(results, index.search(FIRST_20_WORDS));
  });

  it('the search tool answers a query of many words from its first 20 and says so', () => {
    const query = `support ticket ${'qzxv '.repeat(40)}`.trim();
    const result = search(bundledContext(), query);
    assert.ok(result.ok);
    assert.match(result.text, /^The query is longer than 200 characters or 20 words; only "support ticket( qzxv){18}" was searched\.$/m);
    assert.ok(result.data.results.some((r) => r.label === 'Support Ticket Request'));
  });
});
