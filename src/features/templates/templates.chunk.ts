// Entry of dist/templates.js: the template commands (insert, copy, fill in) and the fill-in form,
// loaded on first use by the registrations in register.ts (and by the composer for the format setting).
export * as fillForm from './fillForm';
export * as templateCommands from './templateCommands';
