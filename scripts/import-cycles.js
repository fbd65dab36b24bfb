// Finds import circles among the TypeScript files under src/ (type-only imports count too: a
// circle of types is still two modules that cannot be understood or moved one without the other),
// and imports that climb back from the kernel (src/core/) to a capability (src/features/): the kernel
// is what every capability, the CLI and the MCP server share, so it never depends on one of them.
// Used by esbuild.js, which fails the build on any; `node scripts/import-cycles.js [root]` prints them.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
}

/** Each source file under `root`/src and the source files it imports (type-only imports included). */
function importGraph(root) {
  const files = sourceFiles(path.join(root, 'src'));
  const edges = new Map(files.map((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    return [file, [...new Set(importedFiles.map((i) => resolve(file, i.fileName)).filter(Boolean))]];
  }));
  return { files, edges };
}

/** Every import from src/core/ into src/features/, as `{ from, to }` (relative to `root`). */
function kernelImportsOfFeatures(root) {
  const core = path.join(root, 'src', 'core') + path.sep;
  const features = path.join(root, 'src', 'features') + path.sep;
  const found = [];
  for (const [file, imported] of importGraph(root).edges) {
    if (!file.startsWith(core)) continue;
    for (const target of imported) if (target.startsWith(features)) found.push({ from: path.relative(root, file), to: path.relative(root, target) });
  }
  return found;
}

/** Every circle, as the files (relative to `root`) that import one another round. */
function importCycles(root) {
  const { files, edges } = importGraph(root);
  // Tarjan's strongly connected components; a component of more than one file holds a circle.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (file) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) { visit(next); low.set(file, Math.min(low.get(file), low.get(next))); }
      else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
    }
    if (low.get(file) === index.get(file)) {
      const component = [];
      let member;
      do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== file);
      const selfImport = component.length === 1 && (edges.get(file) ?? []).includes(file);
      if (component.length > 1 || selfImport) cycles.push(component.reverse().map((f) => path.relative(root, f)));
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

module.exports = { importCycles, kernelImportsOfFeatures };

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const cycles = importCycles(root);
  const climbs = kernelImportsOfFeatures(root);
  for (const cycle of cycles) console.log(`import circle among ${cycle.join(', ')}`);
  for (const { from, to } of climbs) console.log(`${from} (the kernel) imports ${to} (a capability)`);
  process.exit(cycles.length || climbs.length ? 1 : 0);
}
