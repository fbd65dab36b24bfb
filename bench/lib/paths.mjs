// Where the benchmark reads and writes. Build artifacts go under bench-results/.out/, which git and
// eslint already ignore (bench/.out/ would be linted by `eslint .`: it holds a copy of src/ and
// bundled code). Results: bench-results/latest.json.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'bench-results');
export const OUT = process.env.CE_PLAYBOOK_BENCH_OUT || path.join(RESULTS_DIR, '.out');
/** The production build: a snapshot of the working tree, built and packaged there. */
export const STAGE = path.join(OUT, 'extension');
export const VSIX = path.join(OUT, 'ce-playbook.vsix');
export const MINIMAL_EXTENSION = path.join(ROOT, 'test', 'fixtures', 'minimal-extension');
export const ACTIVATION_TESTS = path.join(ROOT, 'bench', 'activation', 'index.js');
export const HANDBOOK_PAGE = path.join(ROOT, 'media', 'handbook', 'how-ce-intersects-internal-teams.md');
export const RELOAD_TESTS = path.join(ROOT, 'bench', 'reload', 'index.js');
