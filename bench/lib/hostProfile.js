// Runs INSIDE the extension host (required by bench/activation/index.js and bench/reload/index.js):
// with CE_PLAYBOOK_BENCH_PROFILE=<folder>, a CPU profile of the timed part is written there
// (`<prefix>-<time>.cpuprofile`; open it in Chrome DevTools or VS Code). Profiling slows what it
// profiles: use it to see where time goes, not for the figures. Plain JavaScript.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** Resolves to undefined when no profile is asked for, else to `{ stop(name) }`. */
async function startProfile(prefix = '') {
  const folder = process.env.CE_PLAYBOOK_BENCH_PROFILE;
  if (!folder) return undefined;
  const { Session } = require('node:inspector');
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await post('Profiler.stop');
      fs.writeFileSync(path.join(folder, `${prefix}${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    },
  };
}

module.exports = { startProfile };
