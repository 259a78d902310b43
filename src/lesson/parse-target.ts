// Scenario targets: role words resolved when the step runs (`leader`, `old-leader`, ...) or fixed nodes (`node 2`).

/** Words a target may use; `rest` means every node not named elsewhere in the same target. */
export const TARGET_WORDS = ['leader', 'follower', 'followers', 'old-leader', 'new-leader', 'rest', 'all'] as const;
export type TargetWord = (typeof TARGET_WORDS)[number];

export type TargetTerm = { readonly word: TargetWord } | { readonly node: number };

export type ParsedTarget = { readonly ok: true; readonly groups: readonly (readonly TargetTerm[])[] } | { readonly ok: false; readonly bad: string };

// `leader | rest` → [[leader], [rest]]; `old-leader rest` → [[old-leader, rest]]; `node 2` / `node2` → node 2.
export function parseTarget(text: string): ParsedTarget {
  const groups: TargetTerm[][] = [];
  for (const part of text.split('|')) {
    const terms: TargetTerm[] = [];
    const tokens = part.trim().replace(/\bnode\s+(\d+)\b/gi, 'node$1').split(/[\s,]+/).filter(Boolean);
    for (const token of tokens) {
      const node = /^node-?(\d{1,2})$/i.exec(token);
      if (node) terms.push({ node: Number(node[1]) });
      else if ((TARGET_WORDS as readonly string[]).includes(token.toLowerCase())) terms.push({ word: token.toLowerCase() as TargetWord });
      else return { ok: false, bad: token };
    }
    if (terms.length === 0) return { ok: false, bad: part.trim() === '' ? '(empty group)' : part };
    groups.push(terms);
  }
  return { ok: true, groups };
}
