/** A time as the CE's VS Code language writes it (medium date, short time); '' for a text that is no time. */
import vscode = require('vscode');

export function localDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' });
}
