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
import { dataFiles, dataYaml } from '../features/handbookImport/model/dataYaml';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from './exitCodes';
import { type WriteOptions, checkPrinted, hasErrors, reportProblems, writeFolder } from './importWrite';
import { readPage } from './pages';
import { terminalLine, writeErr, writeOut } from './terminalText';

interface ImportOptions extends WriteOptions {
  out?: string;
  strict?: boolean;
}

/** The schema the CLI ships next to itself (dist/schema/), as a path relative to where files go. */
export function schemaPath(outDir: string): string {
  const schema = path.join(__dirname, 'schema', 'handbook.schema.json');
  return path.relative(path.resolve(outDir), schema).split(path.sep).join('/');
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
        errors = writeFolder('import', options.out, dataFiles(result.data, { schema: schemaPath(options.out), origin }), options).errors;
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
