/**
 * Where "Open in Slack" goes. A channel opens by name under the workspace URL
 * (https://your-company.slack.com/channels/<name>), or by its Slack id in the desktop app when a team
 * id is set (slack://channel?team=T…&id=C…); with only a team id and no channel id, the workspace
 * opens and the caller copies the channel name.
 */
import type { Channel } from '../../../core/schema/schema';

export interface SlackSettings {
  workspaceUrl?: string;
  teamId?: string;
}

export type SlackTarget =
  | { kind: 'channel'; url: string }
  | { kind: 'workspace'; url: string }
  | { kind: 'unset' };

const WORKSPACE_URL = /^https:\/\/[a-z0-9][a-z0-9.-]*\.[a-z]{2,}\/?$/i;
const TEAM_ID = /^T[A-Z0-9]{4,}$/;

export function validWorkspaceUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return WORKSPACE_URL.test(trimmed) ? trimmed.replace(/\/+$/, '') : undefined;
}

export function validTeamId(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return TEAM_ID.test(trimmed) ? trimmed : undefined;
}

export function slackTarget(settings: SlackSettings, channel: Pick<Channel, 'name'> & { slackId?: string }): SlackTarget {
  const workspaceUrl = validWorkspaceUrl(settings.workspaceUrl);
  const teamId = validTeamId(settings.teamId);
  if (teamId && channel.slackId) return { kind: 'channel', url: `slack://channel?team=${teamId}&id=${encodeURIComponent(channel.slackId)}` };
  if (workspaceUrl) {
    const path = channel.slackId ? `archives/${encodeURIComponent(channel.slackId)}` : `channels/${encodeURIComponent(channel.name.replace(/^#/, ''))}`;
    return { kind: 'channel', url: `${workspaceUrl}/${path}` };
  }
  if (teamId) return { kind: 'workspace', url: `slack://open?team=${teamId}` };
  return { kind: 'unset' };
}
