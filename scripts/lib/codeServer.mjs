// Installs and starts a real VS Code (code-server from the npm registry) for `npm start`, the
// integration tests, the UI tests and the benchmark. Works offline: the only network it needs is the
// npm registry (and Debian's packages for the native build prerequisites).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3; the last release that runs on Node 20
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export function cacheDir() {
  return process.env.CE_PLAYBOOK_CACHE || path.join(os.homedir(), '.cache', 'ce-playbook');
}

export function codeServerDir() {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerBin() {
  return path.join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

const log = (msg) => process.stderr.write(`[code-server] ${msg}\n`);

function hasDebianPackage(name) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed');
}

/** Debian packages the native build of code-server needs (and Chromium for the tests). */
export function ensureDebianPackages(packages) {
  if (!fs.existsSync('/usr/bin/dpkg-query')) return;
  const missing = packages.filter((p) => !hasDebianPackage(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * @vscode/ripgrep downloads its binary from GitHub in postinstall; it looks in a cache first, so we
 * seed that cache with Debian's `rg`.
 */
function seedRipgrepCache(tmpDir) {
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => fs.existsSync(p));
  if (!rg) return;
  const dir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(dir, RIPGREP_ASSET);
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(dir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(tmpDir, 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
}

/** Installs code-server once into the cache folder; later calls return at once. */
export function ensureCodeServer() {
  const marker = path.join(codeServerDir(), '.installed');
  if (fs.existsSync(marker) && fs.existsSync(codeServerBin())) return codeServerBin();
  ensureDebianPackages(['libkrb5-dev', 'ripgrep', 'python3', 'make', 'g++']);
  const dir = codeServerDir();
  fs.mkdirSync(dir, { recursive: true });
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-cs-'));
  seedRipgrepCache(tmpDir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'ce-playbook-code-server', private: true }));
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (about a minute, once)`);
  const started = Date.now();
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', TMPDIR: tmpDir },
  });
  fs.rmSync(tmpDir, { recursive: true, force: true });
  if (result.status !== 0 || !fs.existsSync(codeServerBin())) {
    throw new Error(`code-server install failed (exit ${result.status}). See the npm output above.`);
  }
  fs.writeFileSync(marker, new Date().toISOString());
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerBin();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(); });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`code-server did not listen on ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts code-server with fresh user data. `settings` are written to the user settings file first.
 * By default workspace trust is off (`--disable-workspace-trust`): every folder is trusted. With
 * `workspaceTrust: true` it is on as in a user's VS Code, and since the user data is fresh the
 * folder opens untrusted (Restricted Mode) without the startup prompt; `settings` may override the
 * trust settings.
 * Returns { port, base, userDataDir, url({ folder, extensionDevelopmentPath, extensionTestsPath }), stop() }.
 */
export async function startCodeServer({ workspace, settings = {}, port, quiet = true, extensionsDir, workspaceTrust = false } = {}) {
  const bin = ensureCodeServer();
  port ??= await freePort();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-run-'));
  const userDataDir = path.join(runDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    ...(workspaceTrust
      ? {
        'security.workspace.trust.enabled': true,
        // No modal "Do you trust the authors?" at startup: the folder simply opens in Restricted Mode.
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.emptyWindow': false,
      }
      : { 'security.workspace.trust.enabled': false }),
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    ...settings,
  }, null, 2));
  const args = [bin, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir ?? path.join(runDir, 'extensions')];
  if (workspace) args.push(workspace);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  // Keep the tail of code-server's own output: printed when it fails to start, or as it comes when
  // not quiet. The pipes must be drained either way, or code-server blocks once they fill up.
  let outputTail = '';
  const onOutput = (stream) => (chunk) => {
    outputTail = (outputTail + chunk.toString('utf8')).slice(-8000);
    if (!quiet) stream.write(chunk);
  };
  child.stdout.on('data', onOutput(process.stdout));
  child.stderr.on('data', onOutput(process.stderr));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Safety net: if this process exits without stop() (an uncaught error, process.exit in a signal
  // handler), do not leave code-server running. 'exit' handlers must be synchronous; kill() is.
  const killOnExit = () => { if (child.exitCode === null) child.kill('SIGTERM'); };
  process.on('exit', killOnExit);
  try {
    await Promise.race([waitForPort(port, 30_000), exited.then((code) => { throw new Error(`code-server exited early (${code})`); })]);
  } catch (err) {
    killOnExit();
    process.off('exit', killOnExit);
    fs.rmSync(runDir, { recursive: true, force: true });
    err.message += outputTail ? `\ncode-server output:\n${outputTail}` : '';
    throw err;
  }
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    base,
    userDataDir,
    /** Resolves with the exit code when code-server stops, whether by stop() or by itself. */
    exited,
    /** Workbench URL; `payload` pairs load an extension under development and/or tests. */
    url({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const payload = [['skipWelcome', 'true']];
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const query = new URLSearchParams();
      if (folder) query.set('folder', path.resolve(folder));
      query.set('payload', JSON.stringify(payload));
      return `${base}/?${query.toString()}`;
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}
