/**
 * Schema validation with messages a team member can act on: what is wrong, what is expected, and
 * where (a data path that the caller turns into line and column).
 */
import { TypeGuard, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { HandbookFile } from '../schema/schema';
import type { DataPath } from './yamlFile';

export interface SchemaIssue {
  path: DataPath;
  /** Whether the position is best shown on the key (unknown or missing properties). */
  at: 'key' | 'value';
  message: string;
  /** The rule name of the problem; "schema" when absent. */
  rule?: string;
}

const compiledFile = TypeCompiler.Compile(HandbookFile);

function toPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeExpected(schema: TSchema): string {
  if (TypeGuard.IsUnion(schema) && schema.anyOf.every((s) => TypeGuard.IsLiteral(s))) {
    return `one of ${schema.anyOf.map((s) => JSON.stringify(s.const)).join(', ')}`;
  }
  if (TypeGuard.IsArray(schema)) return 'a list';
  if (TypeGuard.IsObject(schema)) return 'a mapping (key: value)';
  if (TypeGuard.IsString(schema)) return 'text';
  if (TypeGuard.IsBoolean(schema)) return 'true or false';
  if (TypeGuard.IsLiteral(schema)) return JSON.stringify(schema.const);
  return 'a different value';
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** `teams[0].valueToCe.text`: how a person would name the place. */
export function readablePath(path: DataPath): string {
  return path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

function describe(error: ValueError): SchemaIssue {
  const path = toPath(error.path);
  const name = path.length > 0 ? readablePath(path) : 'the file';
  const key = path.length > 0 ? String(path[path.length - 1]) : 'the file';
  const purpose = error.schema.description ? ` (${error.schema.description})` : '';
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { path, at: 'key', message: `Missing required property "${key}"${purpose}.` };
    case ValueErrorType.ObjectAdditionalProperties: {
      // A mapping whose keys follow a pattern (a Record, e.g. delivery.statusReactions): say what the keys are.
      if (error.schema.patternProperties) return { path, at: 'key', message: `"${key}" is not an allowed key of "${readablePath(path.slice(0, -1))}"${purpose}.` };
      const allowed = TypeGuard.IsObject(error.schema) ? Object.keys(error.schema.properties) : [];
      return { path, at: 'key', message: `Unknown property "${key}". Check its spelling${allowed.length ? `; allowed here: ${allowed.join(', ')}` : ''}.` };
    }
    case ValueErrorType.StringPattern:
      return { path, at: 'value', message: `"${name}" does not have the expected form: ${error.schema.description ?? `it must match ${error.schema.pattern}`}` };
    case ValueErrorType.StringMinLength:
      return { path, at: 'value', message: `"${name}" must not be empty${purpose}.` };
    case ValueErrorType.StringMaxLength:
      return { path, at: 'value', message: `"${name}" is too long: at most ${error.schema.maxLength} characters.` };
    case ValueErrorType.ArrayMinItems:
      return { path, at: 'value', message: `"${name}" needs at least ${error.schema.minItems} item(s).` };
    case ValueErrorType.ArrayUniqueItems:
      return { path, at: 'value', message: `"${name}" lists the same item twice.` };
    default:
      return { path, at: 'value', message: `"${name}" is ${typeName(error.value)}; expected ${describeExpected(error.schema)}${purpose}.` };
  }
}

/** Validates one data file's plain data against the file schema. */
export function validateDataFile(value: unknown): SchemaIssue[] {
  if (compiledFile.Check(value)) return [];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of compiledFile.Errors(value)) {
    // A value that fails a union reports once per branch; keep the first message per path.
    if (seen.has(error.path)) continue;
    // Union branches' inner errors are noise once the union itself is reported.
    if ([...seen].some((p) => error.path.startsWith(p + '/') && p !== '')) continue;
    seen.add(error.path);
    issues.push(describe(error));
    if (issues.length >= 50) break;
  }
  return issues;
}
