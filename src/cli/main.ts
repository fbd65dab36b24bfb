/**
 * `ce-playbook`: the playbook on the command line (dist/cli.js, the package's `bin`). Each
 * subcommand lives in its own module under src/cli/ and adds itself to the program through a
 * `define(program)` function; the model under src/model does the work, exactly as in the extension.
 *
 * Exit codes: 0 success, 1 the checked data has errors, 2 a usage or input error (one line on
 * stderr). stdout carries only the command's result, so it stays parseable.
 */
import { Command, CommanderError } from 'commander';
import { CLI_SUBCOMMANDS } from './subcommands';

import { EXIT_OK, EXIT_USAGE, UsageError } from './exitCodes';
import { terminalLine, writeErr, writeOut } from './terminalText';

// Subcommands import these from ./exitCodes (importing the entry would make an import circle).
export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from './exitCodes';

export function buildProgram(): Command {
  const program = new Command('ce-playbook')
    .description('The CE Playbook on the command line: check, import and compare handbook data.')
    .exitOverride()
    // Commander's help and errors repeat what was typed (an argument can hold an escape sequence).
    .configureOutput({ writeOut: writeOut, writeErr: writeErr });
  for (const define of CLI_SUBCOMMANDS) define(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; commander has already printed its message.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    // One line: our own messages whole (a path in them may hold a line break), others' first line.
    writeErr(`ce-playbook: ${terminalLine(error instanceof UsageError ? message : message.split('\n')[0])}\n`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
