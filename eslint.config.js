// Lint rules that keep the layers honest (see README, Architecture): a wrong import fails CI.
import tseslint from 'typescript-eslint';

const reactAndFriends = ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next', 'dexie', 'dexie-react-hooks'];
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'data/generated/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/src/core/**'],
    rules: restrict(
      [...reactAndFriends, ...nodeBuiltins, 'electron', '**/ui/**', '**/db/**', '**/bridge/**'],
      'core/ is pure domain code: no React, Dexie, DOM, Node or Electron, and nothing of the app but core.',
    ),
  },
  {
    files: ['renderer/src/db/**'],
    rules: restrict([...nodeBuiltins, 'electron', 'react', 'react-dom', '**/ui/**'], 'db/ may import core and Dexie only.'),
  },
  {
    files: ['renderer/src/ui/**', 'renderer/src/*.ts', 'renderer/src/*.tsx', 'renderer/src/bridge/**'],
    rules: restrict([...nodeBuiltins, 'electron'], 'The renderer is sandboxed: no Node, no Electron; use the bridge.'),
  },
  {
    files: ['electron/**'],
    rules: restrict(['react', 'react-dom', '**/renderer/src/ui/**', '**/renderer/src/db/**'], 'electron/ sees only the bridge type.'),
  },
);
