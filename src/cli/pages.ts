/**
 * Reading handbook pages and data folders from disk for `import` and `diff`: a page is imported
 * with the bundled handbook as reference (so ids stay those of the bundled data); a data folder
 * is read with the extension's parser and limits.
 */
import fs = require('node:fs');
import path = require('node:path');
import { importPage, type PageImport } from '../features/handbookImport/model/pageImport';
import { parseDataFile } from '../core/load/loadHandbook';
import { formatProblem } from '../core/load/problem';
import { DEFAULT_LIMITS } from '../core/load/yamlFile';
import type { HandbookFile } from '../core/schema/schema';
import { bundled, readDataFiles } from './dataFiles';
import { UsageError } from './exitCodes';

export const PAGE_PATTERN = /\.(md|markdown)$/i;

/** Pages are held to the data files' size limit: a handbook page is a few KB. */
const MAX_PAGE_BYTES = DEFAULT_LIMITS.maxBytes;

export function readPage(file: string, options: { asLayer?: boolean } = {}): PageImport {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_PAGE_BYTES) throw new UsageError(`${file}: the page is ${size} bytes; pages may be at most ${MAX_PAGE_BYTES} bytes`);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: cannot read the page (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (text.includes('\u0000')) throw new UsageError(`${file}: not a Markdown page (it holds binary data)`);
  return importPage(text, { reference: bundled(), fileName: path.basename(file), asLayer: options.asLayer });
}

/** The entries of every data file under the path (later files' entries replace earlier ones by id). */
export function readDataSet(target: string): HandbookFile {
  if (!fs.existsSync(target)) throw new UsageError(`${target}: no such file or folder`);
  const inputs = readDataFiles([target]);
  if (inputs.length === 0) throw new UsageError(`no data files (*.yaml, *.yml, *.json) in ${target}`);
  const set: Record<string, Map<string, unknown>> = {};
  for (const input of inputs) {
    const parsed = parseDataFile(input);
    if (parsed.problems.length) throw new UsageError(`${formatProblem({ ...parsed.problems[0], file: input.label })} (run ce-playbook validate ${input.label})`);
    for (const [collection, entries] of Object.entries(parsed.value ?? {})) {
      if (!Array.isArray(entries)) continue;
      const byId = (set[collection] ??= new Map());
      for (const entry of entries as { id: string }[]) byId.set(entry.id, entry);
    }
  }
  return Object.fromEntries(Object.entries(set).map(([c, byId]) => [c, [...byId.values()]])) as HandbookFile;
}
