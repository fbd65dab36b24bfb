/**
 * `ce-playbook search QUERY` and `show KIND ID`: the extension's search and pages on the command
 * line, over the bundled handbook merged with the team's .ce-playbook/ files when there are any.
 */
import fs = require('node:fs');
import { Argument, Option, type Command } from 'commander';
import { HandbookIndex } from '../core/handbook/handbookIndex';
import { formatProblem } from '../core/load/problem';
import { boundQuery, queryCutNote } from '../features/search/model/queryLimit';
import { buildSearchIndex } from '../features/search/model/searchIndex';
import { bundled, DEFAULT_DATA_FOLDER, diskSession, noticeLine, pathSources } from './dataFiles';
import { channelText, meetingText, procedureText, teamText, templateText } from './entryText';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from './exitCodes';
import { terminalLine, writeErr, writeOut } from './terminalText';

/** The data the extension would show here; files with problems are left out, with a warning. */
async function currentData(paths: string[] | undefined): Promise<HandbookIndex> {
  const targets = paths ?? (fs.existsSync(DEFAULT_DATA_FOLDER) ? [DEFAULT_DATA_FOLDER] : []);
  for (const t of targets) if (!fs.existsSync(t)) throw new UsageError(`${t}: no such file or folder`);
  if (targets.length === 0) return new HandbookIndex(bundled());
  const load = await diskSession().load(pathSources(targets));
  if (load.kind === 'missing') throw new UsageError(`${targets.join(', ')}: no such file or folder`);
  for (const notice of load.notices) writeErr(`ce-playbook: ${noticeLine(notice)}\n`);
  for (const p of load.state.problems) writeErr(`${terminalLine(formatProblem(p))} (left out)\n`);
  return new HandbookIndex(load.state.handbook);
}

const KINDS = ['team', 'procedure', 'template', 'meeting', 'channel', 'user-group', 'source'] as const;
type Kind = (typeof KINDS)[number];

function showEntry(index: HandbookIndex, kind: Kind, id: string): { entry: object; text: string } | undefined {
  switch (kind) {
    case 'team': { const e = index.team(id); return e && { entry: e, text: teamText(index, e) }; }
    case 'procedure': { const e = index.procedure(id); return e && { entry: e, text: procedureText(e) }; }
    case 'template': { const e = index.template(id); return e && { entry: e, text: templateText(e, e.channel ? index.channel(e.channel) : undefined) }; }
    case 'meeting': { const e = index.meeting(id); return e && { entry: e, text: meetingText(e) }; }
    case 'channel': { const e = index.channel(id); return e && { entry: e, text: channelText(e) }; }
    case 'user-group': { const e = index.userGroup(id); return e && { entry: e, text: channelText(e, e.channel ? index.channel(e.channel) : undefined) }; }
    case 'source': { const e = index.source(id); return e && { entry: e, text: [e.title, e.intro].filter(Boolean).join('\n') }; }
  }
}

const dataOption = () => new Option('--data <paths...>', `the team's data files or folders (default ${DEFAULT_DATA_FOLDER}/ when it exists)`);

export function defineSearch(program: Command): void {
  program
    .command('search')
    .description('search every team facet, step, template, field, meeting, channel and user group; exit 1 when nothing is found')
    .argument('<query...>', 'words to find (each must start a word of the result)')
    .option('--json', 'print the results as JSON')
    .addOption(new Option('--limit <n>', 'at most this many results').argParser((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit must be a whole number from 1, not "${v}"`);
      return n;
    }).default(20))
    .addOption(dataOption())
    .action(async (query: string[], options: { json?: boolean; limit: number; data?: string[] }) => {
      const bounded = boundQuery(query.join(' '));
      if (bounded.cut) process.stderr.write(`ce-playbook: ${terminalLine(queryCutNote(bounded))}\n`);
      const results = buildSearchIndex((await currentData(options.data)).handbook).search(bounded.query, options.limit);
      // `item` numbers the index's items: meaningless outside this process.
      if (options.json) writeOut(JSON.stringify(results.map(({ item: _item, ...result }) => result), null, 2) + '\n');
      else for (const r of results) writeOut(`${r.kind}\t${terminalLine(r.label)}\t${terminalLine(r.detail.replace(/\s+/g, ' '))}\n`);
      process.exitCode = results.length ? EXIT_OK : EXIT_PROBLEMS;
    });
}

export function defineShow(program: Command): void {
  program
    .command('show')
    .description('an entry of the handbook as the extension shows it (a team with its page\'s sections)')
    .addArgument(new Argument('<kind>', 'what to show').choices(KINDS))
    .argument('<id>', 'the entry\'s id, e.g. customer-support')
    .option('--json', 'print the entry as JSON')
    .addOption(dataOption())
    .action(async (kind: Kind, id: string, options: { json?: boolean; data?: string[] }) => {
      const index = await currentData(options.data);
      const shown = showEntry(index, kind, id);
      if (!shown) throw new UsageError(`no ${kind} "${id}"; try: ce-playbook search ${id}`);
      writeOut(options.json ? JSON.stringify(shown.entry, null, 2) + '\n' : shown.text + '\n');
    });
}
