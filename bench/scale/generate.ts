/**
 * Generated handbooks for the scale benchmark, as YAML data files. A team here is shaped like the
 * bundled ones (its texts are the bundled teams' texts with the name swapped in, so lengths,
 * punctuation and vocabulary are realistic), and per team there is 1 Slack channel, 1 meeting and
 * every fifth team 1 ticket template. Every tenth team has a Markdown link in a text (so the
 * link check does real work). Deterministic: the same count always gives the same files.
 *
 * Files are split so each stays under the loader's default 1 MB limit (DEFAULT_LIMITS), the way
 * a team would have to split them; the benchmark loads them with the default limits.
 */
import type { Handbook } from '../../src/core/schema/schema';

const ADJECTIVES = ['Atlas', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor', 'Indigo', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Onyx', 'Pioneer', 'Quartz', 'Radiant', 'Summit', 'Tundra', 'Umber', 'Vertex', 'Willow', 'Xenon', 'Yarrow', 'Zephyr', 'Amber', 'Birch', 'Cedar', 'Dune', 'Echo', 'Fjord', 'Glacier', 'Horizon', 'Iris', 'Jade', 'Krypton', 'Lagoon', 'Maple', 'Nova', 'Orchid', 'Prairie', 'Quill', 'Raven', 'Sierra', 'Topaz', 'Ursa', 'Vista', 'Wren', 'Zenith'];
const NOUNS = ['Billing', 'Payments', 'Identity', 'Search', 'Platform', 'Analytics', 'Security', 'Mobile', 'Growth', 'Partnerships', 'Infrastructure', 'Onboarding', 'Compliance', 'Localization', 'Docs', 'Developer Relations', 'Data', 'Integrations', 'Reliability', 'Design', 'Finance', 'Legal', 'Recruiting', 'Enablement', 'Renewals', 'Pricing', 'Storage', 'Networking', 'Observability', 'Release', 'Quality', 'Research', 'Community', 'Events', 'Training', 'Procurement', 'IT', 'Facilities', 'Revenue Operations', 'Customer Success', 'Solutions', 'Alliances', 'Field Marketing', 'Product Marketing', 'Brand', 'Accessibility', 'Performance', 'Privacy', 'Support Operations', 'Sales Engineering'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export function teamName(i: number): string {
  const base = `${ADJECTIVES[i % ADJECTIVES.length]} ${NOUNS[Math.floor(i / ADJECTIVES.length) % NOUNS.length]}`;
  const round = Math.floor(i / (ADJECTIVES.length * NOUNS.length));
  return round ? `${base} ${round + 1}` : base;
}

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar
const slugOf = (i: number) => `gen-${String(i).padStart(5, '0')}`;

interface Blocks {
  teams: string;
  channels: string;
  meetings: string;
  templates: string;
}

/** The YAML of team `i` and its channel, meeting and (every fifth team) template. */
function blocksOf(i: number, bundled: Handbook): Blocks {
  const like = bundled.teams[i % bundled.teams.length];
  const name = teamName(i);
  const id = slugOf(i);
  const swap = (text: string) => text.split(like.name).join(name).replace(/\bsales\b/gi, name);
  const link = i % 10 === 0 ? ` See [the ${name} runbook](https://wiki.example.com/${id}/runbook).` : '';
  const details = (like.collaboration.details ?? []).map((d) => `\n        - ${q(swap(d))}`).join('');
  const teams = `  - id: ${id}
    name: ${q(name)}
    source: { page: intersects-internal-teams, section: ${q(like.source.section)} }
    valueToTeam:
      label: ${q(`How CE adds value to ${name}`)}
      text: ${q(swap(like.valueToTeam.text) + link)}
    valueToCe:
      label: ${q(`How ${name} adds value to CE`)}
      text: ${q(swap(like.valueToCe.text))}
    collaboration:
      label: "Collaboration overview"
      text: ${q(swap(like.collaboration.text))}${details ? `\n      details:${details}` : ''}
    routes:
      - id: ask
        text: ${q(`Ask ${name} questions in the #${id} slack channel; tag the on-call person for anything urgent.`)}
        channel: ${id}
`;
  const channels = `  - id: ${id}
    name: ${q(`#${id}`)}
    description: ${q(`Where ${name} answers questions from CEs and other teams.`)}
    teams: [${id}]
    source: { page: intersects-internal-teams, section: ${q(like.source.section)} }
`;
  const meetings = `  - id: ${id}-sync
    name: ${q(`${name} and CE sync`)}
    cadence: { text: ${q(`weekly on ${WEEKDAYS[i % 5][0].toUpperCase()}${WEEKDAYS[i % 5].slice(1)}s`)}, frequency: weekly, weekday: ${WEEKDAYS[i % 5]} }
    description: ${q(`Open agenda: escalations, feedback themes and upcoming launches of ${name}.`)}
    teams: [${id}]
    source: { page: team-culture, section: "Recurring Team Meetings" }
`;
  let templates = '';
  if (i % 5 === 0) {
    const like2 = bundled.templates[(i / 5) % bundled.templates.length];
    templates = `  - id: ${id}-request
    title: ${q(`${name} Request`)}
    description: ${q(`For each request to ${name} the CE should provide the following information:`)}
    prefix: ${q(`req-${id}`)}
    channel: ${id}
    teams: [${id}]
    source: { page: team-culture, section: "Customer Support Engineers (CSEs)" }
    fields:
${like2.fields.map((f) => `      - id: ${f.id}
        label: ${q(f.label)}
        type: ${f.type}
        required: ${f.required}
`).join('')}`;
  }
  return { teams, channels, meetings, templates };
}

export interface GeneratedFile {
  name: string;
  text: string;
}

/** `count` generated teams as YAML files of at most `maxBytes` each (default: under 1 MB). */
export function generateFiles(count: number, bundled: Handbook, maxBytes = 900 * 1024): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  let current: Blocks = { teams: '', channels: '', meetings: '', templates: '' };
  let size = 0;
  const flush = () => {
    if (!size) return;
    const text = (Object.keys(current) as Array<keyof Blocks>).filter((k) => current[k]).map((k) => `${k}:\n${current[k]}`).join('\n');
    files.push({ name: `generated-${String(files.length + 1).padStart(3, '0')}.yaml`, text });
    current = { teams: '', channels: '', meetings: '', templates: '' };
    size = 0;
  };
  for (let i = 0; i < count; i++) {
    const b = blocksOf(i, bundled);
    const added = b.teams.length + b.channels.length + b.meetings.length + b.templates.length;
    if (size + added > maxBytes) flush();
    current.teams += b.teams;
    current.channels += b.channels;
    current.meetings += b.meetings;
    current.templates += b.templates;
    size += added;
  }
  flush();
  return files;
}
