// Turns a step's target words into node ids for the cluster as it is now.
import { nodeLabel } from '../log-events/index.js';
import { parseTarget } from '../lesson/parse-target.js';
import type { ScenarioContext } from './scenario-context.js';

function roleNode(ctx: ScenarioContext, word: 'leader' | 'old-leader' | 'new-leader'): number {
  const id = word === 'leader' ? ctx.leader : word === 'old-leader' ? ctx.oldLeader : ctx.newLeader;
  if (id === null) throw new Error(`the scenario has no ${word} at this point (a wait-leader, fault or expect-new-leader step must come first)`);
  return id;
}

// `leader | rest` → [[1], [2, 3]]; `rest` is every node not named elsewhere in the target.
export function resolveTargetGroups(ctx: ScenarioContext, target: string, all: readonly number[]): number[][] {
  const parsed = parseTarget(target);
  if (!parsed.ok) throw new Error(`unknown target "${parsed.bad}" in "${target}"`);
  const named = new Set<number>();
  const groups = parsed.groups.map((terms) =>
    terms.flatMap((term): number[] => {
      if ('node' in term) return [term.node];
      switch (term.word) {
        case 'rest':
          return [];
        case 'all':
          return [...all];
        case 'followers':
          return all.filter((id) => id !== roleNode(ctx, 'leader'));
        case 'follower':
          return all.filter((id) => id !== roleNode(ctx, 'leader')).slice(0, 1);
        default:
          return [roleNode(ctx, term.word)];
      }
    }),
  );
  groups.forEach((group) => group.forEach((id) => named.add(id)));
  for (const id of named) if (!all.includes(id)) throw new Error(`target "${target}" names ${nodeLabel(id)}, but the cluster has nodes ${all.join(', ')}`);
  return parsed.groups.map((terms, g) => {
    const rest = terms.some((t) => 'word' in t && t.word === 'rest') ? all.filter((id) => !named.has(id)) : [];
    return [...new Set([...groups[g]!, ...rest])];
  });
}

// One group's nodes, in order, without repeats.
export function resolveTarget(ctx: ScenarioContext, target: string, all: readonly number[]): number[] {
  return resolveTargetGroups(ctx, target, all).flat();
}
