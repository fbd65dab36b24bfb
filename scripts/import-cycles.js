// Finds import circles among the TypeScript files under src/ (type-only imports count too: a
// circle of types is still two modules that cannot be understood or moved one without the other).
// Used by esbuild.js, which fails the build on any; `node scripts/import-cycles.js` prints them.
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

/** Every circle, as the files (relative to `root`) that import one another round. */
function importCycles(root) {
  const files = sourceFiles(path.join(root, 'src'));
  const edges = new Map(files.map((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    return [file, [...new Set(importedFiles.map((i) => resolve(file, i.fileName)).filter(Boolean))]];
  }));
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

module.exports = { importCycles };

if (require.main === module) {
  const cycles = importCycles(path.join(__dirname, '..'));
  for (const cycle of cycles) console.log(`import circle among ${cycle.join(', ')}`);
  process.exit(cycles.length ? 1 : 0);
}
