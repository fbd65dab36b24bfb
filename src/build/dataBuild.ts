/**
 * Build-time data step, run by esbuild.js: validates the bundled YAML as a whole, and produces what
 * the extension ships instead of YAML (so activation parses none): the handbook as JSON for the
 * bundle, the JSON Schema for editors, and the snippet files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HandbookFile, type Handbook } from '../core/schema/schema';
import { mergeLayers } from '../core/load/merge';
import { checkDataFile } from '../core/load/checkFile';
import { formatProblem, type DataProblem } from '../core/load/problem';

export interface DataBuildResult {
  handbook?: Handbook;
  problems: DataProblem[];
  files: string[];
}

/** Reads and checks every `*.yaml` in `dataDir` (in name order). */
export function buildBundledData(dataDir: string): DataBuildResult {
  const files = fs.readdirSync(dataDir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const layers = files.map((f) => {
    const file = path.join(dataDir, f);
    return { name: 'bundled', parsed: checkDataFile(path.relative(process.cwd(), file), fs.readFileSync(file)) };
  });
  const { handbook, problems } = mergeLayers(layers);
  return { handbook: problems.length ? undefined : handbook, problems, files };
}

export function jsonSchemaText(): string {
  // TypeBox schemas are JSON Schema; its internal markers are symbols, which JSON drops.
  return JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...HandbookFile }, null, 2) + '\n';
}

export function writeDataOutputs(outDir: string): void {
  fs.mkdirSync(path.join(outDir, 'schema'), { recursive: true });
  // Snippets come from the merged data at run time now; older builds wrote static copies here.
  fs.rmSync(path.join(outDir, 'snippets'), { recursive: true, force: true });
  fs.writeFileSync(path.join(outDir, 'schema', 'handbook.schema.json'), jsonSchemaText());
}

export { formatProblem };
