/**
 * Writes the workspace of the reload benchmark (bench/lib/reload.mjs): 10,000 generated teams
 * (bench/scale/generate.ts) in 20 files of `.ce-playbook/`, each under the loader's 1 MB limit,
 * layered over the bundled handbook as a team's repository would be.
 *
 *   node workspace.cjs <data root (has data/)> <workspace folder> [teams] [files]
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildBundledData } from '../../src/build/dataBuild';
import { generateFiles } from '../scale/generate';

const [root, workspace, teamsArg = '10000', filesArg = '20'] = process.argv.slice(2);
const teams = Number(teamsArg);
const fileCount = Number(filesArg);
const bundled = buildBundledData(path.join(root, 'data')).handbook;
if (!bundled) throw new Error('data/ does not validate; fix it before benchmarking.');
// The split is greedy: the size of one file in `fileCount` equal parts, plus room for the last team.
const total = generateFiles(teams, bundled, Number.MAX_SAFE_INTEGER)[0].text.length;
let files = generateFiles(teams, bundled, Math.ceil(total / fileCount));
for (let slack = 1.001; files.length > fileCount; slack += 0.001) files = generateFiles(teams, bundled, Math.ceil((total / fileCount) * slack));
const dir = path.join(workspace, '.ce-playbook');
fs.mkdirSync(dir, { recursive: true });
for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.text);
process.stdout.write(JSON.stringify({ files: files.map((f) => f.name), bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0), largest: Math.max(...files.map((f) => Buffer.byteLength(f.text))) }) + '\n');
