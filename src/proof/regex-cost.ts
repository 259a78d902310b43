// How much a backtracking engine (V8's) can try per start position: the number of paths through the pattern.
// Finite and small (alternations, `?`, `{n}`) means V8 matches a line in time linear in its length; any
// unbounded or large repetition (`+`, `*`, `{1,50}`) can backtrack polynomially or exponentially, so such
// patterns run on the Pike VM instead (compile-pattern.ts).
import type { RegexNode } from './parse-regex.js';

const CAP = 1e9;
const clamp = (n: number): number => (n > CAP ? Infinity : n);

/** Upper bound on the paths a backtracking matcher explores from one start position (Infinity if unbounded). */
export function backtrackingPaths(node: RegexNode): number {
  switch (node.type) {
    case 'char':
    case 'set':
    case 'assert':
    case 'backref':
      return 1;
    case 'group':
      return backtrackingPaths(node.body);
    case 'alt': {
      let total = 0;
      for (const branch of node.branches) {
        let product = 1;
        for (const item of branch) product = clamp(product * backtrackingPaths(item));
        total = clamp(total + product);
      }
      return total;
    }
    case 'quant': {
      if (node.max === Infinity) return Infinity;
      const body = backtrackingPaths(node.body);
      let total = 0;
      for (let k = node.min; k <= node.max && total !== Infinity; k++) total = clamp(total + body ** k);
      return total;
    }
  }
}
