/** How a composer page hands its ticket to `cePlaybook.sendTicket`, and what comes back. */
import type { SendTicketArgs } from '../../core/commands/commandContract';
import { executeCommand } from '../../core/host/commands';
import { composerMessages as m } from './composerLabels';

/** What cePlaybook.sendTicket resolves to: the error is a whole sentence for the CE; `declined` when they said no. */
export type SendResult = { ok: true; link?: string } | { ok: false; error: string; kind?: string };

const isSendResult = (value: unknown): value is SendResult =>
  typeof value === 'object' && value !== null && typeof (value as SendResult).ok === 'boolean';

/** Runs the send command; a delivery that did not start (or answers nonsense) is a failure in words. */
export async function sendThroughCommand(ticket: SendTicketArgs): Promise<SendResult> {
  try {
    const answer = await executeCommand('cePlaybook.sendTicket', ticket);
    return isSendResult(answer) ? answer : { ok: false, error: m.sendUnavailable };
  } catch {
    return { ok: false, error: m.sendUnavailable };
  }
}
