/**
 * Refuses Slack credentials in data files: data files are committed and shared, so a bot token or a
 * webhook URL written there would leak. It belongs in VS Code's SecretStorage (Connect Slack).
 */
import { findCredentials } from '../secrets/secretScan';
import type { DataPath } from './yamlFile';

export interface CredentialInData {
  path: DataPath;
  message: string;
}

export function findCredentialsInData(value: unknown): CredentialInData[] {
  return findCredentials(value).map(({ path, kind }) => ({
    path,
    message: `This looks like a Slack ${kind === 'slackToken' ? 'token' : 'webhook URL'}; data files are shared, so it is refused. Remove it and use "CE Playbook: Connect Slack…" instead (it keeps the secret in VS Code's secret storage).`,
  }));
}
