// What a LiteralLines says, as plain data to compare: its accepting steps, every literal's lines and the order the
// literals were found in (a LiteralLines keeps lists it has made, so two that say the same may differ as objects).
import type { LiteralLines } from '../../src/proof/literal-automaton.js';

export interface LiteralLinesContent {
  readonly hits: number[];
  readonly byId: (number[] | undefined)[];
  readonly found: number[];
}

/** `lines` as plain data (see the header comment). */
export function literalLinesContent(lines: LiteralLines): LiteralLinesContent {
  return { hits: [...lines.hits], byId: lines.byId.map((list) => (list === undefined ? undefined : [...list])), found: [...lines.found] };
}
