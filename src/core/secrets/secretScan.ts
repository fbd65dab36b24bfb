/**
 * Recognizes secrets in text, without ever returning the secret itself:
 * - `findCredentials`: Slack credentials (tokens, webhook URLs) that belong in VS Code's
 *   SecretStorage, never in a data file or a setting;
 * - `findSecretLikeValues`: anything in a ticket's values that looks like a secret (API tokens,
 *   cloud keys, passwords, private keys), so the CE is warned before it is posted to a channel.
 */
import { activeFieldIds } from '../templates/fieldConditions';
import type { Template } from '../schema/schema';
import type { FieldValues } from '../templates/render';

export type CredentialKind = 'slackToken' | 'slackWebhook';

/**
 * Slack tokens of every kind: bot (xoxb), user (xoxp), app (xoxa), refresh (xoxr), legacy workspace
 * (xoxs), client and its session cookie (xoxc, xoxd: a browser session, URL-encoded), rotating
 * (xoxe, xoxe.xoxb / xoxe.xoxp), legacy (xoxo), and app-level tokens (xapp).
 */
const SLACK_TOKEN = /\b(?:xox[abcdeoprs](?:\.xox[a-z])?|xapp)-[A-Za-z0-9%-]{4,}/;
/** Incoming webhooks (services/…), Workflow Builder triggers (triggers/…, workflows/…). */
const SLACK_WEBHOOK = /\bhooks\.slack(?:-gov)?\.com\/(?:services|triggers|workflows)\/[A-Za-z0-9/_-]+/i;

/** Which Slack credential the text holds, if any. */
export function findCredential(text: string): CredentialKind | undefined {
  if (SLACK_TOKEN.test(text)) return 'slackToken';
  if (SLACK_WEBHOOK.test(text)) return 'slackWebhook';
  return undefined;
}

export interface CredentialFound {
  path: (string | number)[];
  kind: CredentialKind;
}

/** Walks every string (and key) of a parsed data file or settings object. */
export function findCredentials(value: unknown, path: (string | number)[] = []): CredentialFound[] {
  if (typeof value === 'string') {
    const kind = value.length >= 10 ? findCredential(value) : undefined;
    return kind ? [{ path, kind }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findCredentials(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.keys(value).flatMap((k) => {
      const inKey = k.length >= 10 ? findCredential(k) : undefined;
      return [...(inKey ? [{ path: [...path, k], kind: inKey }] : []), ...findCredentials((value as Record<string, unknown>)[k], [...path, k])];
    });
  }
  return [];
}

export type SecretKind = 'slackToken' | 'slackWebhook' | 'apiToken' | 'awsKey' | 'password' | 'privateKey';

const SECRET_PATTERNS: ReadonlyArray<{ kind: SecretKind; pattern: RegExp }> = [
  { kind: 'privateKey', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'slackToken', pattern: SLACK_TOKEN },
  { kind: 'slackWebhook', pattern: SLACK_WEBHOOK },
  // AWS access key ids (long-term AKIA…, temporary ASIA…) and a secret access key assignment.
  { kind: 'awsKey', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|aws_secret_access_key\s*[:=]\s*\S{20,}/i },
  // GitHub, GitLab, Stripe, Google, npm, OpenAI-style keys; bearer tokens; JSON Web Tokens.
  {
    kind: 'apiToken',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36}|sk-[A-Za-z0-9_-]{32,})|\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*|\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
  },
  // "password=…", "passwd: …", "api_key = …", "client_secret: …", "token=…" with a value after it.
  { kind: 'password', pattern: /\b(?:pass(?:word|wd)?|pwd|secret|client[_-]?secret|api[_-]?key|access[_-]?token|auth[_-]?token|token)\s*[:=]\s*["']?[^\s"']{4,}/i },
];

export interface SecretLikeValue {
  fieldId: string;
  label: string;
  kind: SecretKind;
}

/** The kind of secret `text` seems to hold, if any. */
export function secretKind(text: string): SecretKind | undefined {
  return SECRET_PATTERNS.find(({ pattern }) => pattern.test(text))?.kind;
}

/** The fields of a ticket whose values look like secrets (first kind found per field). */
export function findSecretLikeValues(template: Template, values: FieldValues): SecretLikeValue[] {
  // A field that does not apply (its `when` is not met) is not sent: its text is no leak.
  const sent = activeFieldIds(template, values);
  return template.fields.flatMap((field) => {
    if (!sent.has(field.id)) return [];
    const kind = secretKind(values[field.id] ?? '');
    return kind ? [{ fieldId: field.id, label: field.label, kind }] : [];
  });
}
