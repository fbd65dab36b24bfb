/** What the tree's step and meeting rows run when clicked: a modal with the whole text. */
import vscode = require('vscode');
import type { HandbookStore } from '../data/handbookStore';
import { messages } from '../../core/host/messages';
import { entryId, lookupEntry, type MeetingRef, type StepRef } from '../../core/handbook/entryRef';
import type { PlaybookTreeProvider } from './playbookTreeProvider';

export async function showStep(store: HandbookStore, ref: StepRef | undefined): Promise<void> {
  const found = ref ? lookupEntry(store.current, ref) : undefined;
  if (!found) return void vscode.window.showWarningMessage(messages.unknownEntry(ref ? entryId(ref) : ''));
  const { procedure, step } = found;
  const detail = [step.label ? `${step.label}:` : undefined, step.text].filter(Boolean).join('\n\n');
  await vscode.window.showInformationMessage(procedure.title, { modal: true, detail });
}

export async function showMeeting(store: HandbookStore, provider: PlaybookTreeProvider, ref: MeetingRef | undefined): Promise<void> {
  const meeting = ref ? lookupEntry(store.current, ref) : undefined;
  if (!meeting) return void vscode.window.showWarningMessage(messages.unknownEntry(ref?.meetingId ?? ''));
  const next = provider.treeModel.meetingNote(meeting);
  await vscode.window.showInformationMessage(meeting.name, { modal: true, detail: messages.meetingDetail(next ? `${meeting.cadence.text} · ${next}` : meeting.cadence.text, meeting.description) });
}
