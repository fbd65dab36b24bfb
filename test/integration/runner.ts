// The mocha runner both integration suites share, loaded INSIDE the extension host: each suite's
// index.ts (the `extensionTestsPath` entry) calls runSuite() with its own compiled folder.
//   out/test/integration/index.js            the main suite (trusted workspace)
//   out/test/integration-untrusted/index.js  the untrusted-workspace suite
// scripts/test-integration.mjs (code-server + Chromium) runs both; @vscode/test-electron
// (scripts/test-desktop.mjs) runs the main one. Both treat a rejection of run() as a failed run.
//
// Output: everything goes through console.log, the one channel both hosts forward to the outer
// process (test-electron pipes it to stdout; the web workbench hands it to codeAutomationLog).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Prefix of the last line, which the outer runner (scripts/test-integration.mjs) parses to count results. */
export const RESULT_MARKER = 'CE_PLAYBOOK_RESULT';

function findTestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .map((name) => path.join(dir, name))
    .sort();
}

/** Runs every *.test.js under `dir` (a compiled suite folder) and reports the counts on one line. */
export async function runSuite(dir: string): Promise<void> {
  // The web workbench forwards console calls from the extension host with the arguments joined by
  // spaces but printf-style placeholders left in, so mocha's `console.log('%s%s', a, b)` would arrive
  // as "%s%s a b". Format in the host instead; test-electron prints the result unchanged. (Wrapping
  // console.log itself does not work: the extension host pins it with a setter that ignores writes.)
  // Mocha's reporters all write through Base.consoleLog.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(args.length > 0 ? format(...args) : '');

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' });
  // Optional filter for developers: CE_PLAYBOOK_GREP="smoke" npm test -- --only integration
  if (process.env.CE_PLAYBOOK_GREP) mocha.grep(process.env.CE_PLAYBOOK_GREP);

  const files = findTestFiles(dir);
  for (const file of files) mocha.addFile(file);

  let passed = 0;
  let failed = 0;
  let pending = 0;
  try {
    // loadFilesAsync so a test file that throws while loading is reported, not a silent hang.
    await mocha.loadFilesAsync();
    failed = await new Promise<number>((resolve) => {
      const runner = mocha.run((failures) => resolve(failures));
      runner.on('pass', () => passed++);
      runner.on('pending', () => pending++);
    });
    if (files.length === 0) {
      console.error(`No *.test.js files found in ${dir}. Did tsc run?`);
      failed = Math.max(failed, 1);
    }
  } catch (err) {
    console.error('Integration tests could not run:', err);
    failed = Math.max(failed, 1);
  }
  // Exactly one machine-readable line; the spec reporter's summary above stays for people.
  console.log(`${RESULT_MARKER} ${JSON.stringify({ passed, failed, pending })}`);
  if (failed > 0) throw new Error(`${failed} integration test(s) failed.`);
}
