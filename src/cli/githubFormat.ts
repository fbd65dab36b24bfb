/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), so a problem shows as an
 * annotation on the line of the pull request. Escaping as the Actions runner (toolkit) does it.
 */
import type { DataProblem } from '../core/load/problem';
import { terminalText } from './terminalText';

/**
 * A message: `%`, CR and LF escaped as the runner reads them back (a line break stays one in the
 * annotation, and cannot start a new workflow command); any other control character (an escape
 * sequence the log would render) shown as its escape.
 */
export const escapeData = (s: string) => terminalText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
/** A property value (file, title): also `:` and `,`, which end a property. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(p: DataProblem): string {
  const properties = [
    `file=${escapeProperty(p.file.split('\\').join('/'))}`,
    `line=${p.line}`,
    `col=${p.column}`,
    `endLine=${p.endLine}`,
    `endColumn=${p.endColumn}`,
    `title=${escapeProperty(`ce-playbook ${p.rule}`)}`,
  ].join(',');
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(p.message)}`;
}
