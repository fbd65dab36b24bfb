// The machine and the software versions a result was measured on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_VERSION, codeServerDir } from '../../scripts/lib/codeServer.mjs';

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return undefined; }
}

export function machineInfo() {
  const cpus = os.cpus();
  const vscode = readJson(path.join(codeServerDir(), 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'));
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    codeServer: CODE_SERVER_VERSION,
    vscode: vscode?.version ?? '1.100.3 (code-server not installed yet)',
    date: new Date().toISOString(),
    /** Other work on the machine skews every timing; printed so a noisy run is recognizable. */
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
}
