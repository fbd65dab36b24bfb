/**
 * `ce-playbook validate [PATH…]`: checks a team's data files with the extension's own session
 * (core/session: the same discovery, checks, layering and problems, in the same words and
 * positions) and prints one line per problem, in the build's form, as JSON, or as GitHub Actions
 * annotations.
 */
import fs = require('node:fs');
import path = require('node:path');
import { Option, type Command } from 'commander';
import { formatProblem, type DataProblem } from '../core/load/problem';
import { DEFAULT_DATA_FOLDER, diskSession, noticeLine, pathSources } from './dataFiles';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from './exitCodes';
import { githubAnnotation } from './githubFormat';
import { terminalLine, writeErr, writeOut } from './terminalText';

export type ValidateFormat = 'text' | 'json' | 'github';

export interface ValidateReport {
  /** The data files that were checked, as their paths were given. */
  files: string[];
  problems: DataProblem[];
  errors: number;
  warnings: number;
}

/** Checks the data files under the given paths; throws UsageError for paths that cannot be read. */
export async function validatePaths(paths: string[], cwd = process.cwd()): Promise<ValidateReport> {
  for (const target of paths) {
    if (!fs.existsSync(path.resolve(cwd, target))) {
      throw new UsageError(target === DEFAULT_DATA_FOLDER
        ? `no ${DEFAULT_DATA_FOLDER}/ folder here; name the data files or folders to check (ce-playbook validate PATH…)`
        : `${target}: no such file or folder`);
    }
  }
  const load = await diskSession(cwd).load(pathSources(paths, cwd));
  if (load.kind === 'missing') throw new UsageError(`${paths.join(', ')}: no such file or folder`);
  if (load.kind === 'bundled') throw new UsageError(`no data files (*.yaml, *.yml, *.json) in ${paths.join(', ')}`);
  for (const notice of load.notices) writeErr(`ce-playbook: ${noticeLine(notice)}\n`);
  // The report keeps the problems' own fields: the file's key is an absolute path of this machine.
  const problems = load.state.problems.map(({ key: _key, layer: _layer, ...problem }): DataProblem => problem);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { files: load.state.files.map((f) => f.label), problems, errors, warnings: problems.length - errors };
}

export function formatReport(report: ValidateReport, format: ValidateFormat): string {
  switch (format) {
    case 'json': return JSON.stringify(report, null, 2) + '\n';
    case 'github': return report.problems.map((p) => githubAnnotation(p) + '\n').join('');
    case 'text': return report.problems.map((p) => terminalLine(formatProblem(p)) + '\n').join('');
  }
}

export function defineValidate(program: Command): void {
  program
    .command('validate')
    .description(`check data files or folders (default ${DEFAULT_DATA_FOLDER}/) merged over the bundled handbook; exit 1 on an error`)
    .argument('[paths...]', 'data files (.yaml, .yml, .json) or folders holding them')
    .addOption(new Option('--format <format>', 'how to print the problems').choices(['text', 'json', 'github']).default('text'))
    .action(async (paths: string[], options: { format: ValidateFormat }) => {
      const report = await validatePaths(paths.length ? paths : [DEFAULT_DATA_FOLDER]);
      writeOut(formatReport(report, options.format));
      if (options.format !== 'json') {
        writeErr(`${report.files.length} file(s) checked: ${report.errors} error(s), ${report.warnings} warning(s)\n`);
      }
      process.exitCode = report.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
    });
}
