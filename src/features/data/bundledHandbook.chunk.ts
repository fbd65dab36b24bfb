// Entry of dist/bundledHandbook.js: the validated bundled handbook (about 14 KB of data), loaded
// the first time something reads the data (the tree, a command, the first load of the team's
// files), once activation has returned. It was a quarter of the startup bundle, evaluated at every
// activation.
import handbook from 'ce-playbook:bundled-handbook';

export const bundledHandbook = handbook;
