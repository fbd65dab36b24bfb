/**
 * Writes imported data in the project's YAML format: the files of data/ (one per kind of entry,
 * channels and user groups together), each with the $schema comment the YAML extension reads,
 * short mappings (`source`, `cadence`) and id lists on one line, long sentences never folded.
 */
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { ImportedData } from './context';

/** File name → the collections it holds, in data/'s layout. */
export const DATA_FILE_LAYOUT: Record<string, (keyof ImportedData)[]> = {
  'sources.yaml': ['sources'],
  'teams.yaml': ['teams'],
  'procedures.yaml': ['procedures'],
  'templates.yaml': ['templates'],
  'meetings.yaml': ['meetings'],
  'slack.yaml': ['channels', 'userGroups'],
};

const FLOW_MAPS = new Set(['source', 'cadence']);

export interface YamlHeader {
  /** Path or URL of the JSON Schema, for the `$schema` comment. */
  schema: string;
  /** One line saying where the data comes from. */
  origin: string;
}

/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_IN_COMMENT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;
/** Characters a text keeps but a reader (or a terminal) must see as escapes: C0 but tab and line feed, DEL, C1, separators, bidi controls. */
const UNSEEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Those the YAML library writes as they are inside double quotes (it escapes C0 itself). */
const RAW_IN_QUOTES = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */
const jsonEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text for one YAML comment line: a page's file name can hold a line break, which would end the
 * comment and make the rest of the name data. Line breaks (YAML's and Unicode's) and every other
 * control character are written as their JSON escape (`\n`, `\u001b`), so the comment stays one line.
 */
export function yamlCommentText(text: string): string {
  return text.replace(NOT_IN_COMMENT, (ch) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : jsonEscape(ch)));
}

export function dataYaml(value: Partial<ImportedData>, header: YamlHeader): string {
  const doc = new Document(value);
  visit(doc, {
    // A text holding control characters is double-quoted, the one style where they can be escapes.
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && UNSEEN.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      if (isMap(pair.value) && FLOW_MAPS.has(String(pair.key.value))) pair.value.flow = true;
      // Lists of ids (a channel's teams) on one line, like data/.
      if (isSeq(pair.value) && pair.value.items.every((item) => isScalar(item) && /^[a-z0-9-]+$/.test(String(item.value)))) pair.value.flow = true;
    },
  });
  const comment = `# yaml-language-server: $schema=${yamlCommentText(header.schema)}\n# ${yamlCommentText(header.origin)}\n`;
  // Only double-quoted texts hold these (keys are the schema's), so the escapes read back as the same text.
  return comment + doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(RAW_IN_QUOTES, jsonEscape);
}

/** The import as data files (only those with entries), keyed by file name. */
export function dataFiles(data: ImportedData, header: YamlHeader): Map<string, string> {
  const files = new Map<string, string>();
  for (const [file, collections] of Object.entries(DATA_FILE_LAYOUT)) {
    const value = Object.fromEntries(collections.filter((c) => data[c].length).map((c) => [c, data[c]]));
    if (Object.keys(value).length) files.set(file, dataYaml(value, header));
  }
  return files;
}
