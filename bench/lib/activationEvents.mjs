// What can start CE Playbook: its activationEvents plus the ones VS Code derives from its
// contributions (commands, views, ...). Each is classified as work the user asked for or not.

const ALLOWED = [
  { test: (e) => e.startsWith('onView:'), kind: 'view', startup: 'only if the view was left open (restored at startup)' },
  { test: (e) => e.startsWith('onCommand:'), kind: 'command', startup: 'no: when the command runs' },
  { test: (e) => e === 'onUri', kind: 'URI handler', startup: 'no: when a vscode://<publisher>.<name>/... link is opened' },
  { test: (e) => e.startsWith('onWebviewPanel:'), kind: 'panel restore', startup: 'only if such a panel was open at the last shutdown (restored)' },
  {
    test: (e) => /^workspaceContains:(\*\*\/)?\.ce-playbook\//.test(e),
    kind: 'workspace data files',
    startup: 'yes, by design: when the workspace has .ce-playbook data files',
  },
];

/** Events VS Code adds by itself for contributions (since 1.74); they need no listing. */
function implicitEvents(manifest) {
  const c = manifest.contributes ?? {};
  const events = [];
  for (const cmd of c.commands ?? []) events.push(`onCommand:${cmd.command}`);
  for (const views of Object.values(c.views ?? {})) for (const v of views) events.push(`onView:${v.id}`);
  for (const e of c.customEditors ?? []) events.push(`onCustomEditor:${e.viewType}`);
  for (const n of c.notebooks ?? []) events.push(`onNotebookSerializer:${n.type}`);
  for (const a of c.authentication ?? []) events.push(`onAuthenticationRequest:${a.id}`);
  for (const l of c.languages ?? []) events.push(`onLanguage:${l.id}`);
  for (const t of c.terminal?.profiles ?? []) events.push(`onTerminalProfile:${t.id}`);
  return events;
}

export function classifyActivationEvents(manifest) {
  const classify = (event, implicit) => {
    const rule = ALLOWED.find((r) => r.test(event));
    return rule
      ? { event, implicit, kind: rule.kind, allowed: true, atStartup: rule.startup }
      : { event, implicit, kind: 'other', allowed: false, atStartup: event === '*' || event === 'onStartupFinished' ? 'yes: every window' : 'possibly: check when it fires' };
  };
  const explicit = (manifest.activationEvents ?? []).map((e) => classify(e, false));
  const implicit = implicitEvents(manifest).filter((e) => !(manifest.activationEvents ?? []).includes(e)).map((e) => classify(e, true));
  return { explicit, implicit, flagged: [...explicit, ...implicit].filter((e) => !e.allowed) };
}
