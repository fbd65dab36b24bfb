/**
 * `ce-playbook import PAGE.md [--out DIR]`: a handbook page as data files in the project's YAML
 * format, written as a layer over the bundled handbook. What cannot be placed is reported on stderr
 * with its line (exit 1 with --strict). Before anything is written, the folder as it would be is
 * checked as `validate` checks it, and files whose content would change are listed: nothing is
 * written when the check finds an error (unless --write-invalid) or a file would be overwritten
 * (unless --force).
 */
import fs = require('node:fs');
import path = require('node:path');
import type { Command } from 'commander';
import { dataFiles, dataYaml } from '../model/import/dataYaml';
import { formatProblem, type DataProblem } from '../model/load/problem';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from './exitCodes';
import { checkPlanned, checkPrinted, overwrites, planFiles } from './importWrite';
import { readPage } from './pages';
import { terminalLine, writeErr, writeOut } from './terminalText';

interface ImportOptions {
  out?: string;
  strict?: boolean;
  force?: boolean;
  writeInvalid?: boolean;
}

/** The schema the CLI ships next to itself (dist/schema/), as a path relative to where files go. */
function schemaPath(outDir: string): string {
  const schema = path.join(__dirname, 'schema', 'handbook.schema.json');
  return path.relative(path.resolve(outDir), schema).split(path.sep).join('/');
}

const reportProblems = (problems: DataProblem[]) => {
  for (const p of problems) writeErr(`${terminalLine(formatProblem(p))}\n`);
};
const hasErrors = (problems: DataProblem[]) => problems.some((p) => p.severity === 'error');

/** Writes the files into the folder unless the check or an overwrite says not to; whether the result has errors. */
function writeFolder(out: string, files: Map<string, string>, options: ImportOptions): { written: boolean; errors: boolean } {
  const planned = planFiles(out, files);
  const problems = checkPlanned(out, planned);
  reportProblems(problems);
  const errors = hasErrors(problems);
  const changed = options.force ? [] : overwrites(planned);
  if (changed.length) {
    writeErr(`ce-playbook import: ${changed.length} file(s) in ${terminalLine(out)} hold something else than the import would write; run again with --force to overwrite them:\n`);
    for (const c of changed) writeErr(`  ${terminalLine(c.path)}: ${terminalLine(c.summary)}\n`);
  }
  const refused = errors && !options.writeInvalid;
  if (refused) {
    writeErr(`ce-playbook import: with these files, ${terminalLine(out)} would not load (the errors above, as \`ce-playbook validate\` reports them); fix the page or the data, or run again with --write-invalid to write them anyway\n`);
  }
  if (refused || changed.length) {
    writeErr(`ce-playbook import: nothing was written\n`);
    return { written: false, errors: true };
  }
  fs.mkdirSync(out, { recursive: true });
  for (const f of planned) {
    if (f.existing === undefined || !Buffer.from(f.existing).equals(Buffer.from(f.text))) fs.writeFileSync(f.path, f.text);
    writeOut(`${terminalLine(f.path)}\n`);
  }
  return { written: true, errors };
}

export function defineImport(program: Command): void {
  program
    .command('import')
    .description('turn a handbook page into data files; what cannot be placed is reported with its line')
    .argument('<page>', 'the handbook page (Markdown)')
    .option('--out <dir>', 'write the data files (sources.yaml, teams.yaml, …) into this folder instead of printing one file')
    .option('--force', 'with --out: overwrite files whose content differs (without it, they are listed and nothing is written)')
    .option('--write-invalid', 'with --out: write the files even when the folder would then not pass `ce-playbook validate`')
    .option('--strict', 'exit 1 when a block of the page could not be placed')
    .action((page: string, options: ImportOptions) => {
      const result = readPage(page, { asLayer: true });
      const origin = `Imported by ce-playbook from ${path.basename(page)}; review before committing.`;
      if (options.out && fs.existsSync(options.out) && !fs.statSync(options.out).isDirectory()) throw new UsageError(`${options.out}: not a folder`);
      for (const u of result.unplaced) writeErr(`${terminalLine(`${page}:${u.line}:1: warning: not imported: ${u.reason}: "${u.text}" [unplaced]`)}\n`);
      let errors: boolean;
      if (options.out) {
        errors = writeFolder(options.out, dataFiles(result.data, { schema: schemaPath(options.out), origin }), options).errors;
      } else {
        const text = dataYaml(Object.fromEntries(Object.entries(result.data).filter(([, entries]) => entries.length)), { schema: schemaPath('.'), origin });
        writeOut(text);
        const problems = checkPrinted('<stdout>', text);
        reportProblems(problems);
        errors = hasErrors(problems);
      }
      process.exitCode = errors || (options.strict && result.unplaced.length) ? EXIT_PROBLEMS : EXIT_OK;
    });
}
