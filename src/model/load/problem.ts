/** A problem found in a data file, with a 1-based position, ready for the Problems panel. */
export interface DataProblem {
  /** File path or a label such as "bundled:teams.yaml". */
  file: string;
  line: number;
  column: number;
  /** End of the offending range (1-based, inclusive line, exclusive column). */
  endLine: number;
  endColumn: number;
  message: string;
  /** A short rule name, e.g. "yaml-syntax", "schema", "unknown-reference", "duplicate-id". */
  rule: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]`;
}

/** Thrown by loaders for failures that are not tied to a data value (never crashes the host). */
export class DataLoadError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataLoadError';
  }
}
