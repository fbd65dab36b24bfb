import vscode = require('vscode');
import type * as Templates from './templates.chunk';
import type { HandbookStore } from '../data/handbookStore';
import { lazyChunk } from '../../core/host/lazyChunk';

const templateChunk = lazyChunk<typeof Templates>('templates');

/**
 * Every template's snippet prefix (ce-context, ce-request and the team's own) comes from the merged
 * data, so a team's change applies and a hidden template is not offered. The snippet code loads
 * only once the word typed can start a prefix.
 */
export function templateSnippets(store: HandbookStore): vscode.CompletionItemProvider {
  return {
    provideCompletionItems(document, position) {
      const word = document.getWordRangeAtPosition(position, /[a-z][a-z0-9-]*/);
      const typed = word ? document.getText(new vscode.Range(word.start, position)) : '';
      const templates = store.current.handbook.templates.filter((tpl) => tpl.prefix.startsWith(typed));
      if (templates.length === 0) return [];
      return templateChunk().templateCommands.templateSnippetItems(templates, document, word);
    },
  };
}
