/**
 * The HTML document around every webview page (team pages, the ticket composer, What changed): a
 * strict Content-Security-Policy — nothing by default, styles, images and fonts only from the
 * extension, scripts only with this render's nonce, so no inline script or handler can run — then
 * the page's stylesheets, its body inside <main>, and its one script.
 */
import { escapeHtml as esc } from './html';

export interface WebviewDocument {
  title: string;
  body: string;
  /** The webview's `cspSource`: where styles, images and fonts may come from. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUris: readonly string[];
  /** Attributes of <main> (the page's id for its script, its restore state). Values are escaped here. */
  main: Readonly<Record<string, string>>;
  /** Whether the page shows images of the extension's own (default true). */
  images?: boolean;
}

/** What the extension side knows of a page's webview: where its script and stylesheets are, and the CSP's parts. */
export type WebviewEnvironment = Pick<WebviewDocument, 'cspSource' | 'nonce' | 'scriptUri' | 'styleUris'>;

export function renderWebviewDocument(page: WebviewDocument): string {
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
    ...(page.images === false ? [] : [`img-src ${page.cspSource}`]),
    `font-src ${page.cspSource}`,
  ].join('; ');
  const mainAttributes = Object.entries(page.main).map(([name, value]) => ` ${name}="${esc(value)}"`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.styleUris.map((uri) => `<link rel="stylesheet" href="${esc(uri)}">`).join('\n')}
<title>${esc(page.title)}</title>
</head>
<body>
<main${mainAttributes}>
${page.body}
</main>
<script nonce="${esc(page.nonce)}" src="${esc(page.scriptUri)}"></script>
</body>
</html>`;
}
