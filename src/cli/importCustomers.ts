/**
 * `ce-playbook import-customers accounts.csv [--out DIR] [--map field=Header,…]`: a CRM export as
 * the team's `customers` data. Rows that cannot be read, and values that cannot be kept (a link that
 * is not https), are reported on stderr with their line; the rest is written with the same care as
 * `import` (checked as `validate` checks it first; no file overwritten without --force).
 * Customer data goes only into the files written (or stdout): messages name lines, not values.
 */
import fs = require('node:fs');
import path = require('node:path');
import type { Command } from 'commander';
import { parseMapOption } from '../features/customers/model/csvColumns';
import { importCustomersCsv, type CsvProblem } from '../features/customers/model/csvImport';
import type { Customer } from '../core/schema/customerSchema';
import { dump } from 'js-yaml';
import { dataYaml, yamlCommentText, type YamlHeader } from '../features/handbookImport/model/dataYaml';
import { DEFAULT_LIMITS } from '../core/load/yamlFile';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from './exitCodes';
import { schemaPath } from './import';
import { checkPrinted, hasErrors, reportProblems, writeFolder, type WriteOptions } from './importWrite';
import { terminalLine, writeErr, writeOut } from './terminalText';

/**
 * A CRM export larger than this is refused unread (its size comes from stat): a team's accounts fit
 * many times over, and reading, writing and checking stay near a second.
 */
export const MAX_CSV_BYTES = 1024 * 1024;
/** Each file written stays well under the loader's limit per data file. */
const MAX_FILE_BYTES = Math.floor(DEFAULT_LIMITS.maxBytes * 0.9);

interface ImportCustomersOptions extends WriteOptions {
  out?: string;
  map?: string;
  strict?: boolean;
}

function readCsv(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new UsageError(`${file}: not a file`);
  if (stat.size > MAX_CSV_BYTES) throw new UsageError(`${file} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; import-customers reads at most ${MAX_CSV_BYTES / 1024 / 1024} MB: export fewer columns or split the export`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    throw new UsageError(`${file}: not UTF-8 text; export the CSV as UTF-8`);
  }
}

/** Characters js-yaml would write as they are, which a reader must see as escapes (dataYaml does that). */
const SHOWN_AS_ESCAPES = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * The customers in the project's YAML form. js-yaml writes a few thousand entries in a fraction of
 * the time the `yaml` document takes; the rare text with characters that must show as escapes goes
 * through dataYaml, which writes them so.
 */
export function customersYaml(customers: Customer[], header: YamlHeader): string {
  if (customers.some((c) => SHOWN_AS_ESCAPES.test(JSON.stringify(c)))) return dataYaml({ customers } as never, header);
  const comment = `# yaml-language-server: $schema=${yamlCommentText(header.schema)}\n# ${yamlCommentText(header.origin)}\n`;
  return comment + dump({ customers }, { lineWidth: -1, noRefs: true, quotingType: '"' });
}

/** `customers.yaml`, then `customers-2.yaml`, … when one file would pass the data file size limit. */
export function customerFiles(customers: Customer[], header: YamlHeader): Map<string, string> {
  const files = new Map<string, string>();
  if (!customers.length) return files;
  const whole = customersYaml(customers, header);
  const parts = Math.ceil(Buffer.byteLength(whole) / MAX_FILE_BYTES);
  const size = Math.ceil(customers.length / parts);
  for (let i = 0; i < parts; i++) {
    const text = parts === 1 ? whole : customersYaml(customers.slice(i * size, (i + 1) * size), header);
    files.set(i === 0 ? 'customers.yaml' : `customers-${i + 1}.yaml`, text);
  }
  return files;
}

const problemLine = (file: string, p: CsvProblem) => `${file}:${p.line}:1: ${p.severity}: ${p.message} [${p.rule}]`;

export function defineImportCustomers(program: Command): void {
  program
    .command('import-customers')
    .description('turn a CRM export (CSV with a header row) into the team\'s customers data; rows it cannot read are reported with their line')
    .argument('<csv>', 'the CSV export (UTF-8, a header row; quoted fields may hold commas and line breaks)')
    .option('--out <dir>', 'write customers.yaml into this folder instead of printing it')
    .option('--map <fields>', 'which column holds which field, e.g. "name=Account Name,ae=Account Owner,crm=CRM Link" (fields: id, name, aliases, ae, ce, sdr, plan, sharedChannel, crm, zendesk, github, docs, notes)')
    .option('--force', 'with --out: overwrite a customers file whose content differs (without it, it is listed and nothing is written)')
    .option('--write-invalid', 'with --out: write the files even when the folder would then not pass `ce-playbook validate`')
    .option('--strict', 'exit 1 when a row or a value could not be imported')
    .action((csv: string, options: ImportCustomersOptions) => {
      if (options.out && fs.existsSync(options.out) && !fs.statSync(options.out).isDirectory()) throw new UsageError(`${options.out}: not a folder`);
      let result: ReturnType<typeof importCustomersCsv>;
      try {
        result = importCustomersCsv(readCsv(csv), parseMapOption(options.map));
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`${csv}: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (const p of result.problems) writeErr(`${terminalLine(problemLine(csv, p))}\n`);
      writeErr(`ce-playbook import-customers: ${result.customers.length} customer(s) read, ${result.problems.filter((p) => p.severity === 'error').length} row(s) not imported\n`);
      const origin = `Imported by ce-playbook import-customers from ${path.basename(csv)}; customer data: keep it in your team's repository.`;
      let errors = false;
      if (options.out) {
        errors = writeFolder('import-customers', options.out, customerFiles(result.customers, { schema: schemaPath(options.out), origin }), options, 'the CSV').errors;
      } else if (result.customers.length) {
        const text = customersYaml(result.customers, { schema: schemaPath('.'), origin });
        writeOut(text);
        const problems = checkPrinted('<stdout>', text);
        reportProblems(problems);
        errors = hasErrors(problems);
      }
      process.exitCode = errors || (options.strict && result.problems.length) ? EXIT_PROBLEMS : EXIT_OK;
    });
}
