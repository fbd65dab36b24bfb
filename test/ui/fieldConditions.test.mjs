// UI: fields that follow the situation, in a workspace with the README's worked example as its team
// file (.ce-playbook/our-team.yaml). In the composer the handbook's "time consideration" question is
// not there until the CE answers "Yes" to the team's "Is there a time consideration?"; it appears,
// can be reached by keyboard, goes again on "No" with its text kept, and the severity scale shows
// what each level means. Screenshots: test-results/screenshots/field-conditions-*.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { beforeEach, describe, it } from 'mocha';
import { pageWithHeading, pickRow, previewWhen, useWorkbench, VISIBLE_TIMEOUT } from './helpers.mjs';
import { ROOT } from './workbench.mjs';

const TITLE = 'Compose Support Ticket Request';
const TIME_LABEL = 'Is there a time consideration we need to be aware of, if so what is it and why?';

describe('UI fields that follow the situation', function () {
  const workbench = useWorkbench({ workspaceFixture: path.join(ROOT, 'test', 'fixtures', 'workspace-conditions') });
  let wb;
  beforeEach(() => { wb = workbench(); });

  it('the conditional field appears in the composer when "Is there a time consideration?" gets "Yes", and goes on "No" with its text kept', async function () {
    await wb.runCommand('CE Playbook: Compose Ticket…', { opensQuickPick: true });
    await pickRow(wb, 'Support Ticket Request');
    const frame = await pageWithHeading(wb, TITLE, 30_000);
    const controller = frame.getByRole('combobox', { name: 'Is there a time consideration?' });
    const conditional = frame.getByRole('textbox', { name: TIME_LABEL });
    await controller.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await conditional.count(), 0, 'not on the page (nor in the accessibility tree) before the answer');
    assert.equal(await frame.locator('[data-field-id="time-consideration"]').isHidden(), true);
    assert.equal(await controller.getAttribute('aria-controls'), 'field-time-consideration');

    // The team's severity scale: each level with what it means, the default chosen.
    const severity = frame.getByRole('combobox', { name: 'Severity' });
    assert.equal(await severity.inputValue(), 'P3');
    const levels = await severity.locator('option').allTextContents();
    assert.deepEqual(levels.slice(1, 3), ['P1 — Production down for many users', 'P2 — A major feature broken for some users, no workaround']);
    await wb.screenshot('field-conditions-before');

    await controller.selectOption('Yes');
    await conditional.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    await frame.locator('#field-announcer', { hasText: 'is now shown' }).waitFor({ state: 'attached', timeout: VISIBLE_TIMEOUT });
    // Keyboard: the next Tab from the answer lands in the field that just appeared.
    await controller.focus();
    await wb.page.keyboard.press('Tab');
    assert.equal(await conditional.evaluate((el) => el === el.ownerDocument.activeElement), true, 'Tab reaches the new field');
    await wb.page.keyboard.type('Renewal decision on Friday.');
    await previewWhen(frame, (t) => t.includes(`${TIME_LABEL}:* Renewal decision on Friday.`), 'the conditional field in the preview');
    await wb.screenshot('field-conditions-shown');

    await controller.selectOption('No');
    await frame.locator('[data-field-id="time-consideration"]').waitFor({ state: 'hidden', timeout: VISIBLE_TIMEOUT });
    await previewWhen(frame, (t) => !t.includes(TIME_LABEL) && t.includes('Is there a time consideration?:* No'), 'the preview without the field');
    await wb.screenshot('field-conditions-hidden-again');

    await controller.selectOption('Yes');
    await conditional.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT });
    assert.equal(await conditional.inputValue(), 'Renewal decision on Friday.', 'what was typed is kept while hidden');
  });
});
