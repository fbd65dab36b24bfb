// Section 5 of the report: the Reload Data command in the real extension host.
import { ms, range, summarize, table, x } from './stats.mjs';

export const RELOAD_TARGETS = {
  /** 10,000 teams in 20 files, in the extension host: Reload Data with nothing changed. */
  unchangedMs: 50,
  /** … with one file changed (a sentence). */
  changedMs: 150,
};

/** Prints the section and adds its targets; `reload` is what bench/lib/reload.mjs returned, if it ran. */
export function reportReload({ reload, say, targets, target, json, notRun }) {
  say();
  say('5. RELOAD — the Reload Data command in the real extension host (code-server), CE Playbook view shown,');
  say('   10,000 generated teams in 20 .ce-playbook/ files over the bundled data; from executeCommand until it resolves');
  say('   (the data loaded, the diagnostics set, the tree told); "+ workbench" adds two round trips to the workbench after it');
  const names = { unchanged: 'nothing changed', changed: 'one file changed (a sentence edited on disk just before)' };
  const limits = { unchanged: RELOAD_TARGETS.unchangedMs, changed: RELOAD_TARGETS.changedMs };
  if (!reload) {
    say(notRun('browser', 'reload'));
    for (const kind of ['unchanged', 'changed']) targets.push(target(`10,000 teams in the extension host: Reload Data, ${names[kind]} ≤ ${ms(limits[kind])}`, null, 'n/a', notRun('browser', 'reload')));
    return;
  }
  const rows = {};
  for (const kind of ['unchanged', 'changed']) {
    const list = reload[kind];
    rows[kind] = {
      command: summarize(list.map((s) => s.ms)),
      settled: summarize(list.map((s) => s.settledMs)),
      diagnosticEvents: summarize(list.map((s) => s.diagnosticEvents)),
    };
  }
  say(`${reload.files} files, ${(reload.bytes / 1024 / 1024).toFixed(1)} MB of YAML; first load (window opening, through the command): ${ms(reload.firstLoadMs)}${reload.unchanged[0]?.profiled ? '; CPU PROFILED: the timings are slowed' : ''}`);
  say(table([
    ['reload', 'command', '+ workbench', 'diagnostics events', 'samples'],
    ...['unchanged', 'changed'].map((kind) => [names[kind], range(rows[kind].command), range(rows[kind].settled), String(rows[kind].diagnosticEvents.median), String(rows[kind].command.n)]),
  ]));
  json.reload = { ...reload, summary: rows, targets: RELOAD_TARGETS };
  for (const kind of ['unchanged', 'changed']) {
    const value = rows[kind].command.median;
    const limit = limits[kind];
    targets.push(target(`10,000 teams in the extension host: Reload Data, ${names[kind].replace(/ \(.*\)$/, '')} ≤ ${ms(limit)}`, value <= limit, ms(value),
      value <= limit ? `met: ${ms(limit - value)} to spare` : `missed by ${ms(value - limit)} (${x(value / limit)} the target)`));
  }
}
