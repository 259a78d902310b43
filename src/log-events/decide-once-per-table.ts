// A fact about a whole paste (its dates' order, its clocks' origins…) that a line's reading needs: decided on the
// first line that asks, then kept with the paste's LineTable, so that no later line pays for it and nothing outlives
// the paste (a WeakMap keyed by the table).
import type { PasteLines } from './paste-lines.js';
import type { LineTable } from './scan-lines.js';

/** `decide` made once per LineTable: the first call decides, later calls with the same table reuse its answer. */
export function decideOncePerTable<T extends NonNullable<unknown> | null>(
  decide: (lines: PasteLines, table: LineTable) => T,
): (lines: PasteLines, table: LineTable) => T {
  const known = new WeakMap<LineTable, T>();
  return (lines, table) => {
    let value = known.get(table);
    if (value === undefined) known.set(table, (value = decide(lines, table)));
    return value;
  };
}
