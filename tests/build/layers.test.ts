/**
 * The layer table in the README is enforced, not only written: a file placed in each layer that
 * imports or uses what its layer may not fails ESLint (eslint.config.js, eslint-plugin-boundaries
 * and no-restricted-globals) and, for globals, the type check of its runtime's project.
 * The snippets are linted as if they sat in each folder; nothing is written into the source tree.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../build/paths';
import { useTempDirectories } from '../fixtures/tempDirectory';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: repoRoot,
    // The snippets are not on disk, so no TypeScript project holds them: lint them without type
    // information (the boundaries and globals rules need none).
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
});

interface Finding {
  readonly line: number;
  readonly rule: string | null;
  readonly message: string;
}

/** The problems ESLint finds in `code` placed at `file` (relative to the repository). */
async function lint(file: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).map((message) => ({ line: message.line, rule: message.ruleId, message: message.message }));
}

/** Lints `import '<source>';` placed at `file`: the boundaries findings. */
async function importFindings(file: string, source: string): Promise<Finding[]> {
  return (await lint(file, `import '${source}';\n`)).filter((finding) => finding.rule === 'boundaries/dependencies');
}

const forbiddenImports: readonly (readonly [layer: string, file: string, source: string])[] = [
  ['core', 'renderer/src/core/notes/probe.ts', 'react'],
  ['core', 'renderer/src/core/notes/probe.ts', 'dexie'],
  ['core', 'renderer/src/core/notes/probe.ts', 'node:fs'],
  ['core', 'renderer/src/core/notes/probe.ts', 'fs'],
  ['core', 'renderer/src/core/notes/probe.ts', 'electron'],
  ['core', 'renderer/src/core/notes/probe.ts', '../../ui/App'],
  ['core', 'renderer/src/core/notes/probe.ts', '../../db'],
  ['core', 'renderer/src/core/notes/probe.ts', '../../bridge/kbBridge'],
  ['db', 'renderer/src/db/probe.ts', '../ui/App'],
  ['db', 'renderer/src/db/probe.ts', 'react'],
  ['core/json', 'renderer/src/core/json/probe.ts', '../notes/types'],
  ['ui', 'renderer/src/ui/notes/probe.ts', 'node:fs'],
  ['ui', 'renderer/src/ui/notes/probe.ts', 'electron'],
  ['ui', 'renderer/src/ui/notes/probe.ts', '../../../../electron/appInfo'],
  ['ui', 'renderer/src/ui/notes/probe.ts', 'dexie'],
  ['bridge', 'renderer/src/bridge/probe.ts', '../core/notes/types'],
  ['electron', 'electron/probe.ts', '../renderer/src/ui/App'],
  ['electron', 'electron/probe.ts', '../renderer/src/db/index'],
  ['electron', 'electron/probe.ts', '../renderer/src/core/notes/types'],
  ['electron', 'electron/probe.ts', 'react'],
  ['build', 'build/probe.ts', '../renderer/src/ui/App'],
  ['build', 'build/probe.ts', '../renderer/src/db/index'],
  ['build', 'build/probe.ts', 'dexie'],
  ['build', 'build/probe.ts', 'electron'],
  ['build', 'build/probe.ts', '../electron/appInfo'],
  ['benchmarks', 'build/bench/probe.ts', '../../renderer/src/ui/App'],
];

const allowedImports: readonly (readonly [layer: string, file: string, source: string])[] = [
  ['core', 'renderer/src/core/notes/probe.ts', '../text/normalize'],
  ['core', 'renderer/src/core/notes/probe.ts', 'lunr'],
  ['db', 'renderer/src/db/probe.ts', 'dexie'],
  ['db', 'renderer/src/db/probe.ts', '../core/notes/types'],
  ['ui', 'renderer/src/ui/notes/probe.ts', '../../db'],
  ['ui', 'renderer/src/ui/notes/probe.ts', '../../core/notes/types'],
  ['ui', 'renderer/src/ui/notes/probe.ts', '../../bridge/kbBridge'],
  ['ui', 'renderer/src/ui/notes/probe.ts', 'react'],
  ['ui', 'renderer/src/ui/notes/probe.ts', 'dexie-react-hooks'],
  ['electron', 'electron/probe.ts', 'electron'],
  ['electron', 'electron/probe.ts', 'node:path'],
  ['electron', 'electron/probe.ts', '../renderer/src/bridge/kbBridge.js'],
  ['electron', 'electron/probe.ts', '../renderer/src/core/json/jsonValidation.js'],
  ['build', 'build/probe.ts', '../renderer/src/core/report/parseReport'],
  ['build', 'build/probe.ts', 'node:fs'],
  ['benchmarks', 'build/bench/probe.ts', '../../renderer/src/db/notesRepository'],
];

describe('imports across layers (ESLint, eslint-plugin-boundaries)', () => {
  it.each(forbiddenImports)('%s: %s may not import %s', async (_layer, file, source) => {
    const findings = await importFindings(file, source);
    expect(findings, `${file} importing ${source}`).toHaveLength(1);
    expect(findings[0]?.line).toBe(1);
  });

  it.each(allowedImports)('%s: %s may import %s', async (_layer, file, source) => {
    expect(await importFindings(file, source)).toEqual([]);
  });

  it('names the layer and the rule broken', async () => {
    const [finding] = await importFindings('renderer/src/core/notes/probe.ts', 'react');
    expect(finding?.message).toMatch(/core\/ is pure domain code/);
    const [relative] = await importFindings('renderer/src/core/notes/probe.ts', '../../db');
    expect(relative?.message).toMatch(/"core" to elements of type "db"/);
  });

  it('places every file of the repository in a layer', async () => {
    const findings = await lint('scripts/probe.ts', 'export const value = 1;\n');
    expect(findings.map((finding) => finding.rule)).toContain('boundaries/no-unknown-files');
  });
});

describe('globals (ESLint no-restricted-globals)', () => {
  const globalsIn = async (file: string, code: string): Promise<string[]> =>
    (await lint(file, code)).filter((finding) => finding.rule === 'no-restricted-globals').map((finding) => finding.message);

  it.each(['document.title', 'window.location.href', 'localStorage.length', 'navigator.language', 'indexedDB.open("x")'])(
    'core may not use the DOM: %s',
    async (expression) => {
      const messages = await globalsIn('renderer/src/core/notes/probe.ts', `export const value = ${expression};\n`);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/core\/ is pure: no DOM/);
    },
  );

  it.each(['process.env.HOME', 'Buffer.from("x")', 'require("fs")'])('core and ui may not use Node: %s', async (expression) => {
    for (const file of ['renderer/src/core/notes/probe.ts', 'renderer/src/ui/notes/probe.ts']) {
      const messages = await globalsIn(file, `export const value = ${expression};\n`);
      expect(messages, file).toHaveLength(1);
      expect(messages[0]).toMatch(/no Node globals/);
    }
  });

  it('ui may use the DOM, and core plain ECMAScript', async () => {
    expect(await globalsIn('renderer/src/ui/notes/probe.ts', 'export const value = document.title;\n')).toEqual([]);
    expect(await globalsIn('renderer/src/core/notes/probe.ts', 'export const value = new Map([[1, "x"]]).size;\n')).toEqual([]);
  });
});

/**
 * The type errors of each snippet, checked with the compiler options of a project (its libs and
 * types): one program per project, each snippet its own module, written in `directory`.
 */
function typeErrors(directory: string, project: string, snippets: readonly string[]): string[][] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, project), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (config === undefined) throw new Error(`cannot read ${project}`);
  const files = snippets.map((code, index) => {
    const file = path.join(directory, `probe${index}.ts`);
    writeFileSync(file, code);
    return file;
  });
  // The project's own extra declarations (core's encoding globals) come along; its sources do not.
  const declarations = config.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram([...files, ...declarations], { ...config.options, noEmit: true });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return files.map((file) =>
    diagnostics
      .filter((diagnostic) => diagnostic.file?.fileName === file)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  );
}

describe('globals (tsc: each project sees only its runtime types)', () => {
  const makeTempDirectory = useTempDirectories('kb-layers');

  it('core sees neither DOM nor Node types, only ECMAScript and the Encoding API', async () => {
    const names = ['document', 'localStorage', 'process', 'Buffer', 'require'];
    const errors = typeErrors(await makeTempDirectory(), 'renderer/src/core/tsconfig.json', [
      ...names.map((name) => `export const value: unknown = ${name};\n`),
      'export const bytes = new TextEncoder().encode("x");\n',
    ]);
    names.forEach((name, index) => expect(errors[index]?.join('\n')).toMatch(new RegExp(`Cannot find name '${name}'`)));
    expect(errors[names.length]).toEqual([]);
  });

  it('the renderer sees the DOM but no Node types', async () => {
    const names = ['process', 'Buffer', 'require'];
    const errors = typeErrors(await makeTempDirectory(), 'renderer/tsconfig.json', [
      ...names.map((name) => `export const value: unknown = ${name};\n`),
      'export const value: unknown = document;\n',
    ]);
    names.forEach((name, index) => expect(errors[index]?.join('\n')).toMatch(new RegExp(`Cannot find name '${name}'`)));
    expect(errors[names.length]).toEqual([]);
  });
});
