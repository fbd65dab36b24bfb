// Flat config: typescript-eslint's recommended rules for the extension, the tests and the scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.vscode-test/', 'test-results/', 'bench-results/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      // `import vscode = require('vscode')`: esbuild then emits a plain require instead of copying the
      // whole API object per module (import * as … goes through __toESM), which halves activation.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.name="eval"]', message: 'No eval.' }],
    },
  },
  {
    // Our own commands go through the typed contract (core/commands/commandContract.ts).
    files: ['src/**/*.ts'],
    ignores: ['src/core/host/commands.ts'],
    rules: {
      // A function that does not fit on a screen or two does several things: split it.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      // A file that does not fit in one reading holds more than one thing: split it along a seam.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.name="eval"]', message: 'No eval.' },
        {
          selector: 'CallExpression[callee.property.name=/^(registerCommand|executeCommand)$/][callee.object.property.name="commands"][arguments.0.value=/^cePlaybook\\./]',
          message: 'Register and run cePlaybook.* commands with registerCommand/executeCommand from src/core/host/commands.ts (typed by the command contract).',
        },
        {
          selector: 'Property[key.name="command"][value.value=/^cePlaybook\\./]',
          message: 'Build a command of the contract with commandCall() from core/commands/commandContract.ts.',
        },
      ],
    },
  },
  {
    // Plain CommonJS build and helper scripts.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Features run at activation: the loader (YAML, schema validation) and the lazy chunks are
    // reached through lazyChunk (core/host/lazyChunk.ts), never imported, except for their types. The
    // loader's problem type and the data-file setting's bounds are plain code the data feature needs;
    // the session (core/session) is too, and takes the loader (its sessionLoader) as a module.
    // Chunk entries (*.chunk.ts) and the pure model/ folders are not run at activation.
    files: ['src/features/**/*.ts', 'src/core/host/**/*.ts', 'src/extension.ts'],
    ignores: ['src/**/*.chunk.ts', 'src/features/*/model/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/*.chunk', '**/core/load/*', '!**/core/load/problem', '!**/core/load/dataFileSetting', '**/core/session/sessionLoader'],
          allowTypeImports: true,
          message: 'Features load chunk entries (*.chunk.ts) and src/core/load/* on first use with lazyChunk (core/host/lazyChunk.ts); import only their types.',
        }],
      }],
    },
  },
  {
    // The pure model (the kernel but its VS Code glue, and every capability's model/ folder) must
    // stay free of the VS Code API so it runs in plain mocha, the command line and the MCP server.
    files: ['src/core/**/*.ts', 'src/features/*/model/**/*.ts'],
    ignores: ['src/core/host/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The kernel (src/core, but core/host) and model/ folders are pure: no vscode API here.' }] }] },
  },
);
