import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every type a public signature mentions can be named by callers: walk the declarations reachable from the
// package's index.d.ts and list our own types they use that the index does not export. Needs dist/ (built first).
const root = join(import.meta.dirname, '../..');
const typesDir = join(root, 'dist/types');

describe('public types', () => {
  it('exports every type used in an exported signature', () => {
    const index = join(typesDir, 'index.d.ts');
    expect(existsSync(index), 'dist/ is missing: run `npm run build` first').toBe(true);
    const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] });
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)!)!);
    const exported = new Set(exports.map((s) => s.name));
    const declared = new Map<string, ts.DeclarationStatement>();
    for (const file of program.getSourceFiles()) {
      if (!file.fileName.startsWith(typesDir)) continue;
      ts.forEachChild(file, (node) => {
        // Types their own module exports (a module-private helper such as a shared base interface is left out).
        const isType = ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node);
        if (isType && node.name && ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) declared.set(node.name.text, node);
      });
    }
    const unexported = new Set<string>();
    const seen = new Set<ts.Node>();
    const queue: ts.Node[] = exports.flatMap((s) => ((s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).declarations ?? []));
    while (queue.length > 0) {
      const declaration = queue.pop()!;
      if (seen.has(declaration)) continue;
      seen.add(declaration);
      const visit = (node: ts.Node): void => {
        if (ts.isTypeReferenceNode(node)) {
          const found = declared.get(node.typeName.getText().split('.').pop()!);
          if (found) {
            if (!exported.has(found.name!.getText())) unexported.add(`${found.name!.getText()} (${relative(typesDir, found.getSourceFile().fileName)})`);
            queue.push(found);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(declaration);
    }
    expect([...unexported].sort()).toEqual([]);
    // Not vacuous: the walk reaches deep types (ScenarioResult → Timeline → TimelineEvent).
    expect([...seen].some((n) => (n as ts.InterfaceDeclaration).name?.getText() === 'TimelineEvent')).toBe(true);
  }, 180_000);
});
