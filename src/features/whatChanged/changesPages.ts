/**
 * The "What changed" and Compare Handbook Revisions pages (loaded with the whatChanged chunk on
 * first use): opening or revealing them, Mark as Seen from the page, and the two bundled handbook
 * pages imported and compared.
 */
import vscode = require('vscode');
import { diffData } from './model/dataDiff';
import { importPage } from '../handbookImport/model/pageImport';
import type { HandbookStore } from '../data/handbookStore';
import { changesText } from './changesLabels';
import { CHANGE_SCHEME, ChangesPage, ChangeTexts, WHAT_CHANGED_PAGE } from './changesPage';
import type { ChangesContent } from './model/changesHtml';
import { createPagePanel, WebviewPages } from '../../core/host/webviewPage';
import type { SeenChanges } from './seenChanges';

export type PageKind = 'seen' | 'revisions';

export class ChangesPages implements vscode.Disposable {
  private readonly texts = new ChangeTexts();
  private readonly pages = new WebviewPages<ChangesPage>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: HandbookStore,
    private readonly seen: SeenChanges,
    private readonly markSeen: () => void,
  ) {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(CHANGE_SCHEME, this.texts),
      seen.onDidChange(() => this.pages.get('seen')?.update(this.seenContent())),
    ];
  }

  page(kind: PageKind): ChangesPage | undefined {
    return this.pages.get(kind);
  }

  private seenContent(): ChangesContent {
    return { title: changesText.seenTitle, subtitle: changesText.seenSubtitle, diff: this.seen.diff, canMarkSeen: true };
  }

  showSeen(): void {
    this.show('seen', this.seenContent());
  }

  async compareRevisions(): Promise<void> {
    const earlier = this.store.bundled.sources.find((s) => s.revision === 'earlier' && s.file);
    const later = this.store.bundled.sources.find((s) => s.revision === 'later' && s.file);
    if (!earlier?.file || !later?.file) return void vscode.window.showWarningMessage(changesText.noRevisions);
    const read = async (file: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'media', 'handbook', file)));
    const reference = this.store.bundled;
    const before = importPage(await read(earlier.file), { reference, fileName: earlier.file }).data;
    const after = importPage(await read(later.file), { reference, fileName: later.file }).data;
    // Each page is its own source: where an entry comes from is no change of the handbook's words,
    // and the pages themselves are named in the subtitle.
    const { sources: _before, ...beforeEntries } = before;
    const { sources: _after, ...afterEntries } = after;
    const diff = diffData(beforeEntries, afterEntries, { ignore: ['source'] });
    this.show('revisions', {
      title: changesText.revisionsTitle,
      subtitle: changesText.revisionsSubtitle(earlier.title, later.title),
      diff,
      canMarkSeen: false,
      // The later page revises only the intersections: what it lacks is carried over, not gone.
      removedHeading: changesText.onlyEarlier,
      summary: changesText.revisionsSummary,
    });
  }

  private show(kind: PageKind, content: ChangesContent): void {
    const open = this.pages.get(kind);
    if (open) {
      open.update(content);
      open.panel.reveal();
      return;
    }
    const panel = createPagePanel(WHAT_CHANGED_PAGE, this.extensionUri, content.title);
    this.pages.add(kind, new ChangesPage(panel, content, this.extensionUri, this.texts, this.markSeen));
  }

  dispose(): void {
    this.pages.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
