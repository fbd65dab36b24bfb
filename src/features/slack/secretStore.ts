/**
 * Slack credentials in VS Code's SecretStorage, and nowhere else. The names of the keys in use (not
 * the values) are listed in globalState so Disconnect can remove every one of them.
 */
import vscode = require('vscode');
import type { DeliveryMode } from '../../core/schema/schema';
import { DELIVERY_MODES, readStoredKeys, secretKey, STORED_KEYS_INDEX as INDEX_KEY } from './model/deliveryPlan';

export class SlackSecrets {
  constructor(private readonly secrets: vscode.SecretStorage, private readonly state: vscode.Memento) {}

  private index(): string[] {
    return readStoredKeys(this.state.get<unknown>(INDEX_KEY));
  }

  /** Stores the credential; its key moves to the end of the index: the CE's latest choice wins (see deliveryPlan). */
  async store(mode: DeliveryMode, value: string, templateId?: string): Promise<void> {
    const key = secretKey(mode, templateId);
    await this.secrets.store(key, value);
    await this.state.update(INDEX_KEY, [...this.index().filter((k) => k !== key), key]);
  }

  /** The keys that hold a credential now, in the order they were connected. */
  async connected(): Promise<string[]> {
    const keys: string[] = [];
    for (const key of this.index()) if (await this.secrets.get(key)) keys.push(key);
    return keys;
  }

  /** The first credential found under the keys, most specific first. */
  async find(keys: readonly string[]): Promise<string | undefined> {
    for (const key of keys) {
      const value = await this.secrets.get(key);
      if (value) return value;
    }
    return undefined;
  }

  /** Removes every stored credential: the listed keys plus the general ones of each mode. */
  async removeAll(templateIds: readonly string[]): Promise<number> {
    const keys = new Set([...this.index(), ...DELIVERY_MODES.map((m) => secretKey(m)), ...DELIVERY_MODES.flatMap((m) => templateIds.map((id) => secretKey(m, id)))]);
    let removed = 0;
    for (const key of keys) {
      if (await this.secrets.get(key)) removed++;
      await this.secrets.delete(key);
    }
    await this.state.update(INDEX_KEY, undefined);
    return removed;
  }
}
