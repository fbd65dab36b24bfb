// Test entry point loaded INSIDE the extension host, through `extensionTestsPath`: by
// scripts/test-integration.mjs (code-server + Chromium) and by @vscode/test-electron
// (scripts/test-desktop.mjs). The runner is shared with test/integration-untrusted (see ./runner.ts).
import { runSuite } from './runner';

export { RESULT_MARKER } from './runner';

export function run(): Promise<void> {
  return runSuite(__dirname);
}
