/**
 * The part of zod/mini the pages' message schemas and the commands' argument schemas use. In the
 * extension host it is one chunk, dist/zodMini.js, that every chunk requires (esbuild.js makes
 * `./zodMini` external there): one copy of the library loaded once, instead of a tree-shaken copy in
 * each page's chunk. All of zod/mini would be 435 KB (its locales); what is listed here is about 20 KB.
 * A schema needs something not listed: add it here (the compiler says so).
 */
export {
  boolean, custom, discriminatedUnion, enum, int, literal, looseObject, maxLength, minimum, minLength, nonnegative,
  nullable, object, optional, pipe, record, refine, string, undefined, union, unknown,
} from 'zod/mini';
export type { infer, ZodMiniType } from 'zod/mini';
