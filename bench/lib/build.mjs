// The production build the benchmark measures. It is made in a snapshot of the working tree
// (bench-results/.out/extension/: what a fresh clone has, with uncommitted work) so that a
// development build or `npm run watch` in dist/ cannot change the numbers halfway, and the
// benchmark never overwrites the dist/ other people are using. Rebuilt only when an input changed.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, OUT, STAGE, VSIX } from './paths.mjs';

const HASH_FILE = path.join(OUT, 'extension.inputs.sha256');
const ALWAYS_SKIPPED = /^(node_modules|\.git|dist|out|bench-results|test-results|\.vscode-test)(\/|$)|\.vsix$/;

/** The files of a fresh clone plus uncommitted work: tracked and untracked, minus what git ignores. */
function sourceFiles() {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  let files;
  if (git.status === 0) files = git.stdout.split('\0').filter(Boolean);
  else {
    // Not a git checkout (e.g. an unpacked archive): everything but the usual build output.
    files = fs.readdirSync(ROOT, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(ROOT, path.join(d.parentPath ?? d.path, d.name)));
  }
  return files.filter((f) => !ALWAYS_SKIPPED.test(f) && fs.existsSync(path.join(ROOT, f))).sort();
}

function run(cmd, args, cwd) {
  const started = performance.now();
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', input: '', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${path.basename(args[0] ?? cmd)} ${args.slice(1).join(' ')} failed (exit ${result.status}):\n${output.slice(-4000)}`);
  return { output, ms: performance.now() - started, stdout: result.stdout ?? '' };
}

/** The "dist/extension.js" section of esbuild's --analyze output: [{ input, bytes }]. */
export function parseAnalyze(text, bundle = 'dist/extension.js') {
  const toBytes = (n, unit) => Number(n) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
  const inputs = [];
  let inSection = false;
  for (const line of text.split('\n')) {
    const head = /^\s{2}(dist\/\S+)\s+([\d.]+)(b|kb|mb)\s/.exec(line);
    if (head) { inSection = head[1] === bundle; continue; }
    const item = /^\s+[├└]\s(\S+)\s+([\d.]+)(b|kb|mb)\s+([\d.]+)%/.exec(line);
    if (inSection && item) inputs.push({ input: item[1].replace(/^(\.\.\/)+.*?node_modules\//, 'node_modules/'), bytes: Math.round(toBytes(item[2], item[3])), percent: Number(item[4]) });
  }
  return inputs;
}

/** The vsce flags of `npm run package`, with our --out. */
function vsceArgs() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const script = manifest.scripts?.package ?? '';
  const match = /vsce\s+package\s*([^&|;]*)/.exec(script);
  const flags = (match ? match[1].trim().split(/\s+/).filter(Boolean) : ['--no-dependencies']);
  const outAt = flags.indexOf('--out');
  if (outAt >= 0) flags.splice(outAt, 2);
  return { flags: [...flags, '--out', VSIX], fromScript: Boolean(match) };
}

/**
 * Snapshots the working tree, builds it with `node esbuild.js --production` and packages the
 * .vsix, unless the inputs are unchanged since last time. Returns what the size report needs.
 */
export function ensureBuild({ log = () => {} } = {}) {
  const files = sourceFiles();
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(fs.readFileSync(path.join(ROOT, f))).update('\0');
  const digest = hash.digest('hex');
  const infoFile = path.join(OUT, 'build-info.json');
  const previous = fs.existsSync(HASH_FILE) && fs.readFileSync(HASH_FILE, 'utf8') === digest && fs.existsSync(infoFile)
    && fs.existsSync(path.join(STAGE, 'dist', 'extension.js')) && fs.existsSync(VSIX);
  if (previous) {
    log('production build is up to date (inputs unchanged)');
    return { ...JSON.parse(fs.readFileSync(infoFile, 'utf8')), rebuilt: false };
  }

  log(`snapshot of ${files.length} files -> ${path.relative(ROOT, STAGE)}`);
  fs.rmSync(STAGE, { recursive: true, force: true });
  fs.rmSync(HASH_FILE, { force: true });
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(STAGE, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(STAGE, f));
  }
  // The packaging scripts (vscode:prepublish) run tools from node_modules, as in a fresh clone.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(STAGE, 'node_modules'), 'dir');
  log('node esbuild.js --production');
  // --analyze prints what each input adds to each bundle (the build is otherwise the same).
  const build = run(process.execPath, ['esbuild.js', '--production', '--analyze'], STAGE);
  const vsce = vsceArgs();
  log(`vsce package ${vsce.flags.join(' ')}`);
  fs.rmSync(VSIX, { force: true });
  const vsceBin = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  let pack;
  let packageProblem;
  try {
    pack = run(process.execPath, [vsceBin, 'package', ...vsce.flags], STAGE);
  } catch (err) {
    // `npm run package` itself fails (e.g. relative images in README.md and no repository field).
    // Report that, and still measure the package with placeholder base URLs (same files, same size
    // give or take the rewritten links).
    if (!/baseContentUrl|baseImagesUrl|repository/i.test(err.message)) throw err;
    packageProblem = err.message.split('\n').find((l) => /ERROR/.test(l))?.replace(/^.*ERROR\s*/, '').trim() ?? err.message;
    log(`vsce failed as configured (${packageProblem}); retrying with placeholder --baseContentUrl/--baseImagesUrl`);
    vsce.flags.push('--baseContentUrl', 'https://example.invalid/', '--baseImagesUrl', 'https://example.invalid/');
    pack = run(process.execPath, [vsceBin, 'package', ...vsce.flags], STAGE);
  }
  const vsixContents = [...pack.output.matchAll(/[├└]─ (.+?) \[([\d.]+) KB\]/g)].map((m) => ({ entry: m[1].trim(), kb: Number(m[2]) }));
  const warnings = [...pack.output.matchAll(/WARNING\s+(.+)/g)].map((m) => m[1].trim());
  const info = {
    inputs: files.length,
    buildMs: build.ms,
    packageMs: pack.ms,
    extensionInputs: parseAnalyze(build.stdout),
    vsceCommand: `vsce package ${vsce.flags.map((f) => (f === VSIX ? path.relative(ROOT, VSIX) : f)).join(' ')}`,
    vsceFlagsFromPackageScript: vsce.fromScript,
    vsixContents,
    vsceWarnings: warnings,
    packageProblem,
  };
  fs.writeFileSync(infoFile, JSON.stringify(info, null, 2));
  fs.writeFileSync(HASH_FILE, digest);
  return { ...info, rebuilt: true };
}

/** Bytes of each file of the built dist/, split into the startup bundle and the rest. */
export function distSizes() {
  const dist = path.join(STAGE, 'dist');
  const files = fs.readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = path.join(d.parentPath ?? d.path, d.name);
      return { file: path.relative(STAGE, full).split(path.sep).join('/'), bytes: fs.statSync(full).size };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const main = JSON.parse(fs.readFileSync(path.join(STAGE, 'package.json'), 'utf8')).main ?? './dist/extension.js';
  const startupFile = path.posix.normalize(main.replace(/^\.\//, '')).replace(/(\.js)?$/, '.js');
  const startup = files.find((f) => f.file === startupFile);
  const rest = files.filter((f) => f !== startup);
  const startupText = startup ? fs.readFileSync(path.join(STAGE, startup.file), 'utf8') : '';
  return {
    startup,
    // esbuild's __toESM(require("vscode")) (minified: a one-letter name) per `import * as vscode` module.
    vscodeInterop: (startupText.match(/[\w$]+\(require\(["']vscode["']\)\)/g) ?? []).length,
    lazyChunks: rest.filter((f) => /^dist\/[^/]+\.js$/.test(f.file)),
    other: rest.filter((f) => !/^dist\/[^/]+\.js$/.test(f.file)),
    restBytes: rest.reduce((n, f) => n + f.bytes, 0),
    vsixBytes: fs.statSync(VSIX).size,
  };
}
