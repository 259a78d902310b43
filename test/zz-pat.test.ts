import { it } from 'vitest';
import { compilePattern } from '../src/proof/compile-pattern.js';
it('x', () => {
  for (const p of [
    "(?<!to )(?<!to the )leader( [\\w.:\\[\\]-]{0,16}\\d)? timed out",
    "(?<!to )(?<!to the )leader([ =:#\\(][\\w.:\\[\\] =#\\(\\)-]{0,24}[\\d\\)])? timed out",
    "(?<!to )leader([ =:#][\\w.:\\[\\]=#-]{0,16}\\d)? timed out",
    "(?<!to )leader([ =][\\w.]{0,16}\\d)? timed out",
    "(?<!to )leader([ ][\\w. ]{0,16}\\d)? timed out",
  ]) { const r = compilePattern(p); console.log(JSON.stringify(r).slice(0, 200)); }
});
