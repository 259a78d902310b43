import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// The build joins tsc's per-module declarations into one file per format (scripts/build.mjs, rollup-plugin-dts).
// Here the joined file must declare what src/index.ts declares, export for export, and the values it declares must be
// the ones the ESM and CommonJS builds export at run time. Needs dist/ (`npm test` builds it first).
// (test/package/pack.test.ts type-checks consumers against the installed package in each resolution mode.)
const root = join(import.meta.dirname, '../..');
const esmTypes = join(root, 'dist/types/index.d.ts');
const cjsTypes = join(root, 'dist/cjs/types/index.d.ts');
const checkDir = join(root, '.tmp/declarations-check');

afterAll(() => rmSync(checkDir, { recursive: true, force: true }));

interface PublicName {
  name: string;
  value: boolean;
  type: boolean;
  typeParameters: number;
}

// Each export of a module: whether it can be used as a value (not through `export type`) and as a type.
function listExports(checker: ts.TypeChecker, file: ts.SourceFile): PublicName[] {
  return checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const typeOnly = (symbol.declarations ?? []).some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly));
    const declaration = target.declarations?.[0] as ts.InterfaceDeclaration | undefined;
    return {
      name: symbol.name,
      value: !typeOnly && (target.flags & ts.SymbolFlags.Value) !== 0,
      type: (target.flags & ts.SymbolFlags.Type) !== 0,
      typeParameters: declaration?.typeParameters?.length ?? 0,
    };
  });
}

// `file:line: TSnnnn message`, then the line itself (it names the export compared).
function formatDiagnostic(d: ts.Diagnostic): string {
  if (!d.file || d.start === undefined) return `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  const line = d.file.getLineAndCharacterOfPosition(d.start).line;
  const text = d.file.text.split('\n')[line];
  return `${relative(checkDir, d.file.fileName)}:${line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')} | ${text}`;
}

describe('bundled declarations', () => {
  it('are one file per format, the same for ESM and CommonJS', () => {
    expect(existsSync(esmTypes), 'dist/ is missing: run `npm run build` first').toBe(true);
    expect(readdirSync(join(root, 'dist/types'))).toEqual(['index.d.ts']);
    expect(readdirSync(join(root, 'dist/cjs/types'))).toEqual(['index.d.ts']);
    expect(readFileSync(cjsTypes, 'utf8')).toBe(readFileSync(esmTypes, 'utf8'));
    // Other packages' types stay imports, and an optional peer's is marked so that it need not be installed.
    const imports = readFileSync(esmTypes, 'utf8').match(/^import .* from '[^']+';$/gm) ?? [];
    expect(imports.filter((line) => !/ from '(node:[a-z_/]+|fastify|recheck)';$/.test(line))).toEqual([]);
    expect(readFileSync(esmTypes, 'utf8')).toMatch(/^\/\/ @ts-ignore -- fastify is an optional peer dependency.*\nimport .* from 'fastify';$/m);
  });

  it('export what src/index.ts exports, each with the same type, and declare as values what the builds export', async () => {
    mkdirSync(checkDir, { recursive: true });
    const compare = join(checkDir, 'compare.mts');
    const control = join(checkDir, 'control.mts');
    // First only the two modules, to list their exports.
    writeFileSync(compare, "export type * as S from '../../src/index.js';\nexport type * as B from '../../dist/types/index.js';\n");
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
    };
    const listing = ts.createProgram([compare], options);
    const source = listExports(listing.getTypeChecker(), listing.getSourceFile(join(root, 'src/index.ts'))!);
    const bundled = listExports(listing.getTypeChecker(), listing.getSourceFile(esmTypes)!);
    const byName = (a: PublicName, b: PublicName) => a.name.localeCompare(b.name);
    expect(bundled.sort(byName)).toEqual(source.sort(byName));
    // Not vacuous: the API has functions, a class and types.
    expect(bundled.find((e) => e.name === 'checkPaste')).toMatchObject({ value: true });
    expect(bundled.find((e) => e.name === 'VerifyLessonError')).toMatchObject({ value: true, type: true });
    expect(bundled.find((e) => e.name === 'Verdict')).toMatchObject({ value: false, type: true });

    // The values declared are those the builds export at run time.
    const values = bundled.filter((e) => e.value).map((e) => e.name).sort();
    const esm = Object.keys(await import(pathToFileURL(join(root, 'dist/index.js')).href)).sort();
    const cjs = Object.keys(createRequire(import.meta.url)(join(root, 'dist/cjs/index.js'))).sort();
    expect(esm).toEqual(values);
    expect(cjs).toEqual(values);

    // Each export's type, source against bundle, assignable both ways (generic types at `any`); a control that
    // compares two different types must fail, so the comparison is not vacuous.
    const lines = [
      "import type * as S from '../../src/index.js';",
      "import type * as B from '../../dist/types/index.js';",
      'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    ];
    for (const e of bundled) {
      if (e.value) lines.push(`export const value_${e.name}: Same<typeof S.${e.name}, typeof B.${e.name}> = true;`);
      if (e.type) {
        const args = e.typeParameters > 0 ? `<${Array(e.typeParameters).fill('any').join(', ')}>` : '';
        lines.push(`export const type_${e.name}: Same<S.${e.name}${args}, B.${e.name}${args}> = true;`);
      }
    }
    writeFileSync(compare, `${lines.join('\n')}\n`);
    writeFileSync(control, `${lines.slice(0, 3).join('\n')}\nexport const control: Same<S.Finding, B.Verdict> = true;\n`);
    const program = ts.createProgram([compare, control], options);
    const diagnostics = [compare, control].flatMap((f) => program.getSemanticDiagnostics(program.getSourceFile(f))).map(formatDiagnostic);
    expect(diagnostics.filter((d) => !d.startsWith('control.mts'))).toEqual([]);
    expect(diagnostics).toEqual([expect.stringMatching(/^control\.mts:4: TS2322 /)]);
  }, 180_000);
});
