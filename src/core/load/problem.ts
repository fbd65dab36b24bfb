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

/**
 * A problem as the session reports it, to the Problems panel, the tools, the CLI and the MCP server
 * alike: `file` is the file's label (what people read), `key` names the file for the host (its URI or
 * path), and `layer` says whose data it is in. The bundled handbook is checked when the extension is
 * built, so at run time every problem is in a team file (one that breaks the bundled data included).
 */
export interface LabelledProblem extends DataProblem {
  key: string;
  layer: 'bundled' | 'team';
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Line lengths of a text (in UTF-16 code units, as editors count columns); any line break counts. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

const whole = (n: unknown, fallback: number) => (typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : fallback);
const within = (n: number, low: number, high: number) => Math.min(Math.max(n, low), high);

/**
 * Clamps a position into the file, whatever a parser or a stale path reported: lines 1…last,
 * columns 1…line length + 1, and the end never before the start. Without the line lengths only
 * the lower bounds apply. A problem outside the file would otherwise make VS Code's Range throw.
 */
export function clampPosition<P extends Position>(p: P, lines?: readonly number[]): P {
  const lastLine = lines && lines.length ? lines.length : Number.MAX_SAFE_INTEGER;
  const lengthOf = (line: number) => (lines && lines.length ? lines[line - 1] : Number.MAX_SAFE_INTEGER - 1);
  const line = within(whole(p.line, 1), 1, lastLine);
  const column = within(whole(p.column, 1), 1, lengthOf(line) + 1);
  let endLine = within(whole(p.endLine, line), line, lastLine);
  let endColumn = within(whole(p.endColumn, column), 1, lengthOf(endLine) + 1);
  if (endLine === line && endColumn < column) endColumn = column;
  if (endLine < line) [endLine, endColumn] = [line, column];
  return { ...p, line, column, endLine, endColumn };
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
