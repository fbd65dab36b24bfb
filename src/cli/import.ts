/**
 * `ce-playbook import PAGE.md [--out DIR]`: a handbook page as data files in the project's YAML
 * format. What cannot be placed is reported on stderr with its line (exit 1 with --strict); what
 * the extension would refuse (an unsafe link, a text over the limit) is an error (exit 1).
 */
import fs = require('node:fs');
import path = require('node:path');
import type { Command } from 'commander';
import { dataFiles, dataYaml } from '../model/import/dataYaml';
import { parseDataFile } from '../model/load/loadHandbook';
import { formatProblem } from '../model/load/problem';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from './exitCodes';
import { readPage } from './pages';

/** The schema the CLI ships next to itself (dist/schema/), as a path relative to where files go. */
function schemaPath(outDir: string): string {
  const schema = path.join(__dirname, 'schema', 'handbook.schema.json');
  return path.relative(path.resolve(outDir), schema).split(path.sep).join('/');
}

export function defineImport(program: Command): void {
  program
    .command('import')
    .description('turn a handbook page into data files; what cannot be placed is reported with its line')
    .argument('<page>', 'the handbook page (Markdown)')
    .option('--out <dir>', 'write the data files (sources.yaml, teams.yaml, …) into this folder instead of printing one file')
    .option('--strict', 'exit 1 when a block of the page could not be placed')
    .action((page: string, options: { out?: string; strict?: boolean }) => {
      const result = readPage(page);
      const origin = `Imported by ce-playbook from ${path.basename(page)}; review before committing.`;
      if (options.out && fs.existsSync(options.out) && !fs.statSync(options.out).isDirectory()) throw new UsageError(`${options.out}: not a folder`);
      const files = options.out
        ? dataFiles(result.data, { schema: schemaPath(options.out), origin })
        : new Map([['-', dataYaml(Object.fromEntries(Object.entries(result.data).filter(([, entries]) => entries.length)), { schema: schemaPath('.'), origin })]]);
      // What the page says must still pass the extension's own checks (a javascript: link, a text
      // over the length limit): said here, with the file it is in, rather than at the next load.
      const problems = [...files].flatMap(([name, text]) => {
        const label = options.out ? path.join(options.out, name) : '<stdout>';
        return parseDataFile({ key: label, label, bytes: Buffer.from(text) }).problems;
      });
      if (options.out) {
        fs.mkdirSync(options.out, { recursive: true });
        for (const [name, text] of files) {
          fs.writeFileSync(path.join(options.out, name), text);
          process.stdout.write(`${path.join(options.out, name)}\n`);
        }
      } else process.stdout.write(files.get('-') ?? '');
      for (const u of result.unplaced) process.stderr.write(`${page}:${u.line}:1: warning: not imported: ${u.reason}: "${u.text}" [unplaced]\n`);
      for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
      process.exitCode = problems.length || (options.strict && result.unplaced.length) ? EXIT_PROBLEMS : EXIT_OK;
    });
}
