/**
 * The checks of a parsed `yaml` document that the library would do in quadratic time, done in one
 * linear walk instead: duplicate keys (the library compares each key with every earlier key of its
 * map: 60,000 keys took 20–50 s on the extension host's thread) and aliases (the library finds an
 * alias's anchor by walking the whole document again, once per alias).
 */
import { isAlias, isMap, isScalar, visit, type Document, type Node } from 'yaml';

/** Where a key repeats an earlier key of its map: the offset of the key, as the library reports it. */
export interface DuplicateKey {
  offset: number;
}

export interface AliasFinding {
  /** Offsets of the alias in the text. */
  start: number;
  end: number;
  source: string;
  kind: 'recursive' | 'too-many';
}

export interface DocumentFindings {
  duplicateKeys: DuplicateKey[];
  aliases: AliasFinding[];
}

/**
 * One walk over the document. Keys are equal as the library's own check has them (`uniqueKeys`
 * default): scalars with the same value (`1` and `0x1`, `~` and an empty key), never two collections.
 * An alias refers to the last node before it with its anchor, in the same order the library uses.
 * Past `maxAliases` aliases the walk stops looking at aliases: the library's conversion to data
 * looks each one up in a list of all anchors and aliases, so their number must be bounded too.
 * The visit recurses per level, which the depth limit has already bounded.
 */
export function checkDocument(doc: Document, maxAliases: number): DocumentFindings {
  const duplicateKeys: DuplicateKey[] = [];
  const aliases: AliasFinding[] = [];
  const anchors = new Map<string, Node>();
  let aliasCount = 0;
  visit(doc, {
    Node(_key, node, path) {
      if (isAlias(node)) {
        if (++aliasCount > maxAliases) {
          if (aliasCount === maxAliases + 1) aliases.push(at(node.range, node.source, 'too-many'));
          return;
        }
        const target = anchors.get(node.source);
        if (target && path.includes(target)) aliases.push(at(node.range, node.source, 'recursive'));
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (!isMap(node)) return;
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        // The library compares with ===, so NaN never equals NaN.
        if (typeof value === 'number' && Number.isNaN(value)) continue;
        if (seen.has(value)) duplicateKeys.push({ offset: pair.key.range?.[0] ?? 0 });
        else seen.add(value);
      }
    },
  });
  return { duplicateKeys, aliases };
}

function at(range: readonly number[] | null | undefined, source: string, kind: AliasFinding['kind']): AliasFinding {
  const [start, end] = range ?? [0, 0];
  return { start, end, source, kind };
}
