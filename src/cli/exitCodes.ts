/** The command line's exit codes and its usage error (see main.ts). */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Raised by a subcommand for bad input; main() prints its message on one line and exits 2. */
export class UsageError extends Error {}
