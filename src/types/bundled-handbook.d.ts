// The validated bundled data, inlined by esbuild.js (see bundledDataPlugin).
declare module 'ce-playbook:bundled-handbook' {
  import type { Handbook } from '../core/schema/schema';
  const handbook: Handbook;
  export default handbook;
}
