import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every type a public signature mentions can be named by callers: walk the declarations reachable from the
// package's exports in its one declaration file (dist/types/index.d.ts, bundled by the build) and list the types
// declared there that a signature uses but the package does not export. Needs dist/ (built first).
const root = join(import.meta.dirname, '../..');
const index = join(root, 'dist/types/index.d.ts');

// The types declared in the bundle that exported signatures use without exporting them. A base is not a use: a type
// named only in an `extends` clause or as a part of an intersection (`Summary & { verdict }`) is a building block of
// a type callers can name.
function listUnexportedTypes(file: string): { unexported: string[]; reached: string[] } {
  const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  const declarationsOf = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).declarations ?? [];
  const exported = new Set<ts.Node>(exports.flatMap(declarationsOf));
  const declared = new Map<string, ts.DeclarationStatement>();
  ts.forEachChild(source, (node) => {
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) && node.name) declared.set(node.name.text, node);
  });
  const unexported = new Set<string>();
  const seen = new Set<ts.Node>();
  const queue: ts.Node[] = [...exported];
  while (queue.length > 0) {
    const declaration = queue.pop()!;
    if (seen.has(declaration)) continue;
    seen.add(declaration);
    const visit = (node: ts.Node): void => {
      if (ts.isTypeReferenceNode(node)) {
        const found = declared.get(node.typeName.getText().split('.').pop()!);
        if (found) {
          if (!exported.has(found) && !ts.isIntersectionTypeNode(node.parent)) unexported.add(found.name!.getText());
          queue.push(found);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(declaration);
  }
  return { unexported: [...unexported].sort(), reached: [...seen].flatMap((n) => ((n as ts.InterfaceDeclaration).name ? [(n as ts.InterfaceDeclaration).name.getText()] : [])) };
}

describe('public types', () => {
  it('exports every type used in an exported signature', () => {
    expect(existsSync(index), 'dist/ is missing: run `npm run build` first').toBe(true);
    const { unexported, reached } = listUnexportedTypes(index);
    expect(unexported).toEqual([]);
    // Not vacuous: the walk reaches deep types (ScenarioResult → Timeline → TimelineEvent).
    expect(reached).toContain('TimelineEvent');
  }, 180_000);
});
