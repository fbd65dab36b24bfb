import assert from 'node:assert/strict';
import { blockValues, draftProblems, findDraftBlocks } from '../../src/features/templates/model/draftChecker';
import { renderTemplate } from '../../src/core/templates/render';
import { bundledHandbook } from './helpers';

const templates = bundledHandbook().templates;
const context = templates.find((t) => t.id === 'support-ticket-context')!;
const request = templates.find((t) => t.id === 'support-ticket-request')!;
const full = { 'customer-name': 'Acme', 'issue-link': 'ZD-1', background: 'Two\nlines' };

describe('draft checker', () => {
  for (const format of ['markdown', 'slack', 'plain'] as const) {
    it(`a complete ${format} block has no problems and reads back its values`, () => {
      const text = `Notes before\n\n${renderTemplate(context, full, format)}\nAfter.`;
      const [block, ...rest] = findDraftBlocks(text, templates);
      assert.equal(rest.length, 0);
      assert.equal(block.format, format);
      assert.equal(block.startLine, 2);
      assert.equal(block.endLine, 6);
      assert.deepEqual(block.fields.map((f) => f.value), ['Acme', 'ZD-1', 'Two\nlines']);
      assert.deepEqual(draftProblems([block]), []);
    });
  }

  it('a freshly inserted (empty) block warns on each required field, on its own line', () => {
    const text = renderTemplate(request, {}, 'markdown');
    const problems = draftProblems(findDraftBlocks(text, templates));
    assert.deepEqual(problems.map((p) => [p.line, p.field.id]), [[1, 'customer-name'], [2, 'issue-link'], [3, 'ask'], [4, 'why'], [5, 'if-not'], [6, 'time-consideration']]);
    assert.ok(problems.every((p) => p.endColumn > 0), 'the range covers the label');
  });

  it('a partial block warns only on what is still empty, and clears as the user types', () => {
    let text = renderTemplate(context, { 'customer-name': 'Acme' }, 'markdown');
    assert.deepEqual(draftProblems(findDraftBlocks(text, templates)).map((p) => p.field.id), ['issue-link', 'background']);
    text = text.replace('ticket #):**', 'ticket #):** https://github.com/o/r/issues/1').replace('helpful?:**', 'helpful?:** It broke.');
    assert.deepEqual(draftProblems(findDraftBlocks(text, templates)), []);
  });

  it('a deleted field line is reported on the block title', () => {
    const text = renderTemplate(context, full, 'plain').split('\n').filter((l) => !l.startsWith('Link to issue')).join('\n');
    const problems = draftProblems(findDraftBlocks(text, templates));
    assert.deepEqual(problems.map((p) => [p.line, p.field.id]), [[0, 'issue-link']]);
  });

  it('finds several blocks, and ignores prose that only mentions a template', () => {
    const text = ['We use the Support Ticket Request when needed.', '', renderTemplate(context, full, 'markdown'), renderTemplate(request, { 'customer-name': 'B' }, 'slack')].join('\n');
    const blocks = findDraftBlocks(text, templates);
    assert.deepEqual(blocks.map((b) => b.template.id), ['support-ticket-context', 'support-ticket-request']);
  });

  it('converts a Markdown block to Slack formatting with the same values', () => {
    const [block] = findDraftBlocks(renderTemplate(context, full, 'markdown'), templates);
    assert.equal(renderTemplate(block.template, blockValues(block), 'slack'), renderTemplate(context, full, 'slack'));
  });
});
