/**
 * Holds the handbook the extension shows. Features read `current` and listen to `onDidChange`;
 * only the data feature replaces it, and only with data that passed validation.
 */
import * as vscode from 'vscode';
import bundledHandbook from 'ce-playbook:bundled-handbook';
import { HandbookIndex } from '../../model/handbook/handbookIndex';
import type { Handbook } from '../../model/schema';

export class HandbookStore implements vscode.Disposable {
  private index = new HandbookIndex(bundledHandbook);
  private readonly changed = new vscode.EventEmitter<HandbookIndex>();
  readonly onDidChange = this.changed.event;

  get current(): HandbookIndex {
    return this.index;
  }

  get bundled(): Handbook {
    return bundledHandbook;
  }

  replace(handbook: Handbook): void {
    this.index = new HandbookIndex(handbook);
    this.changed.fire(this.index);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
