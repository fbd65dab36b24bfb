// Test entry point of the untrusted-workspace suite, loaded INSIDE the extension host through
// `extensionTestsPath` by scripts/test-integration.mjs's second run: code-server with workspace
// trust enabled, the folder not trusted (no startup prompt), and a workspace data file that must be
// ignored. Same runner as the main suite (../integration/runner.ts), over this folder's tests.
import { runSuite } from '../integration/runner';

export function run(): Promise<void> {
  return runSuite(__dirname);
}
