// Entry of dist/bundledHandbook.js: the validated bundled handbook (about 14 KB of data), loaded
// the first time something reads the data (the tree, a command, the first load of the team's
// files), once activation has returned. Evaluating it at activation cost more than all the
// registrations together.
import handbook from 'ce-playbook:bundled-handbook';

export const bundledHandbook = handbook;
