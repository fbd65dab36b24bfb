// Mocha's spec reporter, plus the final counts written as JSON to $CE_PLAYBOOK_STATS_FILE, so
// scripts/test.mjs can add up passes and failures across layers without parsing human output.
// CommonJS because mocha loads reporters with require().
'use strict';
const fs = require('node:fs');  
const Mocha = require('mocha');  

class StatsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const file = process.env.CE_PLAYBOOK_STATS_FILE;
    if (!file) return;
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes = 0, failures = 0, pending = 0, tests = 0 } = runner.stats ?? {};
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending, tests }));
    });
  }
}

module.exports = StatsReporter;
