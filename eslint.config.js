// Lint rules that keep the layers honest (see README, Architecture): a wrong import fails CI.
// tests/build/layers.test.ts shows each forbidden import and global failing here.
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers, first match wins: each file belongs to the first element whose pattern it matches.
 * To add a layer (say a `shared/` folder of pure modules that both electron/ and build/ use), add
 * an element here and name it in the `from`/`allow` lists of `layerRules` below.
 */
const elements = [
  // The JSON guard imports nothing, so the main process may share it (electron/ipcValidation.ts).
  { type: 'json', pattern: 'renderer/src/core/json/**', mode: 'full' },
  { type: 'core', pattern: 'renderer/src/core/**', mode: 'full' },
  { type: 'db', pattern: 'renderer/src/db/**', mode: 'full' },
  { type: 'bridge', pattern: 'renderer/src/bridge/**', mode: 'full' },
  { type: 'ui', pattern: ['renderer/src/ui/**', 'renderer/src/main.tsx'], mode: 'full' },
  // The serving policy (paths, content types, CSP and headers) is plain Node: the app:// protocol
  // and `npm run web`'s server both answer through it, so the two shells serve alike.
  {
    type: 'serving',
    pattern: ['electron/appResponse.ts', 'electron/appPath.ts', 'electron/appOrigin.ts', 'electron/contentSecurityPolicy.ts', 'electron/contentTypes.ts'],
    mode: 'full',
  },
  { type: 'electron', pattern: 'electron/**', mode: 'full' },
  { type: 'bench', pattern: 'build/bench/**', mode: 'full' },
  { type: 'build', pattern: 'build/**', mode: 'full' },
  { type: 'tests', pattern: 'tests/**', mode: 'full' },
  { type: 'config', pattern: ['*.config.{js,ts}', 'renderer/vite.config.ts'], mode: 'full' },
  { type: 'packageJson', pattern: 'package.json', mode: 'full' },
];

const layer = (...types) => ({ to: { element: { type: types } } });
const modules = (...sources) => ({ to: { module: { source: sources } } });
const anyPackage = { to: { module: { origin: 'external' } } };
const nodeBuiltins = { to: { module: { origin: 'core' } } };

// Packages that are not pure: they need a DOM, IndexedDB, a React tree or a main process.
const reactAndDexie = ['react', 'react/**', 'react-dom', 'react-dom/**', 'react-i18next', 'i18next', 'dexie', 'dexie-react-hooks'];
const shellPackages = ['electron', 'electron/**', 'playwright-core', 'vite', 'vitest', 'vitest/**', 'fake-indexeddb', 'fake-indexeddb/**'];

/** Who may import what: the README's layer table. Anything not allowed here is an error. */
const layerRules = [
  {
    from: { element: { type: 'serving' } },
    allow: [layer('serving'), nodeBuiltins],
    message: 'The serving policy is plain Node, shared by both shells: no Electron, nothing of the app.',
  },
  // Electron's types only (the scheme's privileges): erased at run time, so the web server stays Electron-free.
  { from: { element: { type: 'serving' } }, importKind: 'type', allow: [modules('electron')] },
  {
    from: { element: { type: 'json' } },
    allow: [layer('json')],
    message: 'core/json/ is shared with the main process: it imports nothing.',
  },
  {
    from: { element: { type: 'core' } },
    allow: [layer('core', 'json'), anyPackage],
    disallow: [modules(...reactAndDexie, ...shellPackages)],
    message: 'core/ is pure domain code: only core/ and pure libraries (no React, Dexie, DOM, Node or Electron).',
  },
  {
    from: { element: { type: 'db' } },
    allow: [layer('core', 'json', 'db'), modules('dexie', 'dexie/**', 'dexie-react-hooks')],
    message: 'db/ may import core/ and Dexie only.',
  },
  {
    from: { element: { type: 'bridge' } },
    allow: [layer('bridge')],
    message: 'bridge/ is the KbBridge type and its browser implementation: it imports nothing of the app.',
  },
  {
    from: { element: { type: 'ui' } },
    allow: [layer('core', 'json', 'db', 'bridge', 'ui'), anyPackage],
    // Dexie only through db/ (its readers go to dexie-react-hooks' useLiveQuery, ui/data/useLiveRead.ts).
    disallow: [modules(...shellPackages, 'dexie', 'dexie/**')],
    message: 'ui/ may import core/, db/, the bridge and browser packages: no Node, no Electron, and Dexie only through db/.',
  },
  {
    from: { element: { type: 'electron' } },
    allow: [layer('electron', 'serving', 'bridge', 'json'), nodeBuiltins, modules('electron', 'electron/**')],
    message: 'electron/ sees Node, Electron, the bridge type and the JSON guard only.',
  },
  {
    from: { element: { type: 'build' } },
    allow: [layer('core', 'json', 'serving', 'build', 'packageJson'), nodeBuiltins, anyPackage],
    disallow: [modules(...reactAndDexie, 'electron', 'electron/**', 'fake-indexeddb', 'fake-indexeddb/**')],
    message: 'build/ may import core/ (benchmarks also db/), Node and build tools: not the UI, Dexie or Electron.',
  },
  {
    from: { element: { type: 'bench' } },
    allow: [layer('core', 'json', 'db', 'build', 'bench'), nodeBuiltins, anyPackage],
    disallow: [modules('react', 'react/**', 'react-dom', 'react-dom/**', 'react-i18next', 'electron', 'electron/**')],
    message: 'Benchmarks may import core/, db/ and build/: not the UI or Electron.',
  },
  {
    from: { element: { type: ['tests', 'config'] } },
    allow: [layer(...elements.map((element) => element.type)), nodeBuiltins, anyPackage],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'data/generated/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts'],
    languageOptions: {
      // Type-aware rules: each file is checked with the tsconfig of its runtime (the nearest one).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.js'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['**/*.{ts,tsx,cts,js,json}'],
      'boundaries/legacy-warnings': false,
      'import/resolver': { typescript: { alwaysTryTypes: true, project: ['tsconfig.json', 'renderer/tsconfig.json', 'electron/tsconfig.json'], noWarnOnMultipleProjects: true } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, rules: layerRules }],
      // A file outside every layer would escape the table: each file must belong to one.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/**/*.ts'],
    rules: {
      // useLiveRead takes a dependency list as useMemo does: check it the same way.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useLiveRead$' }],
      // Two React Compiler diagnostics are off: the app does not run the React Compiler, and the
      // patterns they flag are correct without it. Measured after the hooks were split (issue 10,
      // "Shape"): 19 findings in 7 hooks — a ref read during render to keep the last marks, hits or
      // the note first opened (useReaderNotes, useNoteHits, useNoteSync's one-note guard,
      // useNoteFields), and state set in an effect to follow a prop or a worker (useReaderNotes,
      // useBriefing, useReadingPosition, useSearchFacetState). Turning them on
      // means rewriting those hooks for the compiler, with their browser tests as the gate.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['renderer/src/core/**'],
    rules: {
      // The type checker already refuses these in core (src/core/tsconfig.json has no DOM or Node
      // types); the lint rule says why, in the editor, for globals both runtimes happen to share.
      'no-restricted-globals': [
        'error',
        ...['window', 'self', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB',
          'fetch', 'XMLHttpRequest', 'WebSocket', 'Worker', 'alert', 'console', 'requestAnimationFrame'].map((name) => ({
          name,
          message: 'core/ is pure: no DOM or browser I/O. Take what you need as a parameter from ui/ or db/.',
        })),
        ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({
          name,
          message: 'core/ is pure: no Node globals. Take what you need as a parameter from build/.',
        })),
      ],
    },
  },
  {
    files: ['renderer/src/**'],
    ignores: ['renderer/src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({
          name,
          message: 'The renderer is sandboxed: no Node globals; ask the shell through the bridge.',
        })),
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
