#!/usr/bin/env node
// package.json's `contributes.commands` and `contributes.languageModelTools` are generated from the
// code (src/build/contributions.ts: the command contract and the tool table), as GitLens generates
// its contributions, so the ids, icons and tool input schemas are declared once.
//   node scripts/generate-contributions.mjs              rewrites those sections (`npm run generate`;
//                                                         `npm run build` does it too)
//   node scripts/generate-contributions.mjs --check [f]  exits 1 when package.json (or the file f)
//                                                         differs from what would be generated
//                                                         (the first step of `npm test`)
// Only those two sections change; every other key keeps its place and the file keeps its format
// (two spaces, a final newline).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = 'the command contract (src/core/commands/commandContract.ts) and the tool table (src/features/tools/model/definitions.ts)';

/** Compiles src/build/contributions.ts (TypeScript, with zod) into a temporary file and loads it. */
async function loadGenerator() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-playbook-contributions-'));
  const outfile = path.join(dir, 'contributions.js');
  try {
    await esbuild.build({
      entryPoints: [path.join(root, 'src', 'build', 'contributions.ts')],
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** package.json's text with the generated sections put in place of the ones it has. */
export function withGeneratedSections(packageText, sections) {
  const manifest = JSON.parse(packageText);
  manifest.contributes ??= {};
  for (const [key, value] of Object.entries(sections)) manifest.contributes[key] = value;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Where the file's sections first differ from the generated ones, e.g. "languageModelTools[3] (cePlaybook_getProcedure)". */
function firstDifference(packageText, sections) {
  const contributes = JSON.parse(packageText).contributes ?? {};
  for (const [key, generated] of Object.entries(sections)) {
    const current = contributes[key] ?? [];
    const length = Math.max(current.length, generated.length);
    for (let i = 0; i < length; i++) {
      if (JSON.stringify(current[i]) === JSON.stringify(generated[i])) continue;
      const name = generated[i]?.command ?? generated[i]?.name ?? current[i]?.command ?? current[i]?.name;
      return `contributes.${key}[${i}]${name ? ` (${name})` : ''}`;
    }
  }
  return 'the formatting of the file';
}

/**
 * Generates the sections for `file` (default: package.json). With `write`, rewrites the file when it
 * differs; otherwise only reports. Returns { changed, message }; throws when package.nls.json lacks a
 * title the generated sections name.
 */
export async function syncContributions({ file = path.join(root, 'package.json'), write = false } = {}) {
  const generator = await loadGenerator();
  const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const missing = generator.missingMessageKeys(nls);
  if (missing.length) throw new Error(`package.nls.json has no ${missing.map((k) => `"${k}"`).join(', ')}: add the text for each (the generated package.json names them).`);
  const sections = generator.generatedSections();
  const current = fs.readFileSync(file, 'utf8');
  const generated = withGeneratedSections(current, sections);
  if (generated === current) return { changed: false, message: `${path.basename(file)}: the generated sections are up to date.` };
  if (write) {
    fs.writeFileSync(file, generated);
    return { changed: true, message: `${path.basename(file)}: contributes.commands and contributes.languageModelTools written from ${SOURCES}.` };
  }
  return {
    changed: true,
    message: `${file} is not what ${SOURCES} generate (first difference: ${firstDifference(current, sections)}). `
      + 'Its contributes.commands and contributes.languageModelTools are generated: change the code instead of package.json, '
      + 'then run `npm run generate` (or `npm run build`) and commit package.json.',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const fileArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  try {
    const result = await syncContributions({ file: fileArg ? path.resolve(fileArg) : undefined, write: !check });
    if (check && result.changed) {
      console.error(result.message);
      process.exit(1);
    }
    if (result.changed || check) console.log(result.message);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
