// One bench module run inside the real extension host: a code-server window on `workspace` with one
// extension under development and the module as `extensionTestsPath`. The module prints one line
// `<marker>{json}`, read here through codeAutomationLog. Built-in extensions that go on working in the
// background of a fresh window (git looks for a repository with child processes, task providers scan
// the folder) would land in the timed window at random (CPU profiles of slow samples showed git's spawn
// and IPC writes, not CE's code): they are switched off for every extension alike.
import { startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { openWorkbench } from '../../scripts/lib/browser.mjs';

const QUIET_SETTINGS = {
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'npm.autoDetect': 'off',
  'task.autoDetect': 'off',
  'extensions.ignoreRecommendations': true,
};

/** Resolves with the module's JSON result; `env` is set for the extension host (it inherits code-server's). */
export async function runInHost({ browser, workspace, extensionPath, testsPath, marker, what, env = {}, timeoutMs }) {
  const logs = [];
  let result;
  let server;
  let workbench;
  Object.assign(process.env, env);
  try {
    server = await startCodeServer({ workspace, settings: QUIET_SETTINGS });
    workbench = await openWorkbench({
      server, browser, folder: workspace, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath,
      onLog: (type, text) => {
        logs.push(`[${type}] ${text}`);
        const at = text.indexOf(marker);
        if (at >= 0) result = JSON.parse(text.slice(at + marker.length));
      },
    });
    let timer;
    const code = await Promise.race([
      workbench.exitCode,
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs / 1000} s`)), timeoutMs); }),
    ]).finally(() => clearTimeout(timer));
    if (code !== 0 || !result || result.error) throw new Error(result?.error ?? `the ${what} run ended with exit code ${code}`);
    return result;
  } catch (err) {
    err.message += `\nWorkbench log (last lines):\n${logs.slice(-15).join('\n')}`;
    throw err;
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
    await workbench?.close().catch(() => {});
    await server?.stop().catch(() => {});
  }
}
