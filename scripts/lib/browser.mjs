// Drives the code-server workbench with Debian's Chromium through playwright-core. Used by the
// integration runner (extension tests inside the extension host), the UI tests and the benchmark.
// playwright-core never downloads a browser; we always point it at the system Chromium.
import fs from 'node:fs';
import { inspect } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Flags chosen so Chromium stays quiet and offline: as root in a container it needs --no-sandbox,
// there is no GPU, and the background services (updates, sync, QUIC probes) would only try the network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser({ headless = process.env.HEADED !== '1' } = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: CHROMIUM_ARGS });
}

/** Renders one argument of a log call the way console.log would, whatever type it arrives as. */
function formatArg(arg) {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return arg.stack ?? String(arg);
  return inspect(arg, { depth: 6, breakLength: Infinity });
}

/**
 * The workbench calls codeAutomationLog(level, message); `message` is normally a string but can be an
 * array of console arguments or an object, so flatten it without losing anything.
 */
export function formatLogArgs(args) {
  if (Array.isArray(args)) return args.map(formatArg).join(' ');
  return formatArg(args);
}

/**
 * codeAutomationLog carries the workbench's own log next to the extension host's console, with no
 * field to tell them apart. These are the workbench's routine startup and shutdown messages (and the
 * marketplace lookup that always fails offline); hiding them keeps the test output readable.
 * Anything else, including every error the extension or the tests log, is printed.
 */
const WORKBENCH_NOISE = [
  /^Resolving connection token \(/,
  /^Resolved connection token \(/,
  /^Creating a socket \(renderer-/,
  /^Updating additional builtin extensions cache$/,
  /^\[Service Worker\] /,
  /^ChatSessionStore: /,
  /ENOTFOUND open-vsx\.org/,
  /^\[lifecycle\] Long running operations during shutdown are unsupported in the web/,
];

export function isWorkbenchNoise(text) {
  return WORKBENCH_NOISE.some((re) => re.test(text));
}

/** Default log sink: the message on stdout as is (mocha's spec output must stay readable), errors to stderr. */
export function printLog(type, text) {
  const stream = type === 'error' ? process.stderr : process.stdout;
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Opens the workbench of a running code-server (from startCodeServer) in a new headless Chromium.
 * Without `extensionTestsPath` this is a normal window with the extension under development loaded.
 * With it, the workbench runs the tests and reports the end through `exitCode`.
 *
 * Returns { browser, context, page, exitCode: Promise<number>, close() }.
 * `exitCode` resolves with the code the workbench passes to codeAutomationExit (0: run() resolved,
 * 1: it threw) and rejects if the page crashes or the browser goes away before that.
 */
export async function openWorkbench({
  server,
  extensionDevelopmentPath,
  extensionTestsPath,
  folder,
  onLog = (type, text) => printLog(type, text),
  onConsole,
  viewport = { width: 1400, height: 900 },
  browser: existingBrowser,
}) {
  const browser = existingBrowser ?? await launchBrowser();
  let context;
  try {
    context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();

    let settle;
    const exitCode = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    // Callers that never wait for the exit (UI tests) must not get an unhandled rejection.
    exitCode.catch(() => {});
    let exited = false;
    const finish = (fn, value) => { if (!exited) { exited = true; fn(value); } };

    // Both hooks must exist before the workbench script runs: it checks for them once, at startup.
    let closing = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // Tearing the page down cancels every pending request, and the workbench logs each one: noise.
      if (closing) return;
      try {
        onLog?.(String(type), formatLogArgs(args));
      } catch (err) {
        process.stderr.write(`[browser] onLog failed: ${err}\n`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      // Anything that is not a number is treated as a failure, never as a pass.
      const n = Number(code);
      finish(settle.resolve, Number.isInteger(n) ? n : 1);
    });

    page.on('crash', () => finish(settle.reject, new Error('The workbench page crashed.')));
    page.on('close', () => finish(settle.reject, new Error('The workbench page closed before the tests finished.')));
    browser.on('disconnected', () => finish(settle.reject, new Error('Chromium exited before the tests finished.')));
    if (onConsole) page.on('console', (msg) => onConsole(msg.type(), msg.text()));
    page.on('pageerror', (err) => onConsole?.('pageerror', err.stack ?? String(err)));

    await page.goto(server.url({ folder, extensionDevelopmentPath, extensionTestsPath }), { waitUntil: 'domcontentloaded' });

    return {
      browser,
      context,
      page,
      exitCode,
      async close() {
        closing = true;
        await context.close().catch(() => {});
        if (!existingBrowser) await browser.close().catch(() => {});
      },
    };
  } catch (err) {
    await context?.close().catch(() => {});
    if (!existingBrowser) await browser.close().catch(() => {});
    throw err;
  }
}
