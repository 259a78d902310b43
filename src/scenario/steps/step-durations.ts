import { parseDurationMs } from '../../lesson/parse-duration.js';
import type { Duration } from '../../lesson/scenario-types.js';
import type { ScenarioContext } from '../scenario-context.js';

// How long a waiting step waits: its own `within`, else the run's --timeout-ms.
export function waitMs(within: Duration | undefined, ctx: ScenarioContext): number {
  return within === undefined ? ctx.timeoutMs : (parseDurationMs(within) ?? ctx.timeoutMs);
}
