/**
 * Which URLs Slack deliveries may go to: https only, except loopback addresses (a local proxy, the
 * test stand-in), and never with a user name or password inside. The Web API base URL always ends in
 * "/" because the SDK appends the method name to it.
 */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

export type EndpointCheck = { ok: true; url: string } | { ok: false; reason: 'invalid' | 'notHttps' | 'credentials' };

/** 127.0.0.0/8, localhost and [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export function checkEndpoint(value: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  if (url.protocol === 'https:' && url.hostname) return { ok: true, url: url.href };
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, reason: url.protocol === 'http:' ? 'notHttps' : 'invalid' };
}

/** The Web API base URL from the setting (empty: Slack's own), checked and ending in "/". */
export function checkApiUrl(setting: string | undefined): EndpointCheck {
  const checked = checkEndpoint(setting?.trim() || DEFAULT_SLACK_API_URL);
  if (!checked.ok) return checked;
  const url = new URL(checked.url);
  url.search = '';
  url.hash = '';
  return { ok: true, url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}
