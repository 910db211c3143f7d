// Lint rules, including the architecture's zones: shared/ depends on nothing of ours,
// renderer/ only on shared/, and the services in main/ never import Electron.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Files of main/ that are Electron wiring; every other main/ file must run under plain Node. */
const electronEdge = [
  'main/index.ts',
  'main/desktop.ts',
  'main/window.ts',
  'main/security.ts',
  'main/protocol.ts',
  'main/preload.ts',
  'main/ipc/register.ts',
  'main/dialogs.ts',
  'main/menu.ts',
  'main/cli-mode.ts',
  'main/notifications.ts',
];

export default tseslint.config(
  // Build output, and the git-ignored folders of generated files (benchmark data, renders, screenshots).
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'coverage/',
      'bench-data/',
      'docx-samples/',
      'screenshots/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../main/*', '../renderer/*', '**/main/**', '**/renderer/**'],
              message: 'shared/ depends on nothing of ours.',
            },
            {
              group: ['node:*', 'electron', 'better-sqlite3', 'react'],
              message: 'shared/ runs in the renderer too.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '../main/*', '../../main/*'],
              message: 'The renderer talks to main only through the IPC contract.',
            },
            {
              group: ['node:*', 'electron', 'better-sqlite3'],
              message: 'The renderer runs sandboxed in a browser context.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: electronEdge,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services run under plain Node: Electron belongs to the edge files only.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
