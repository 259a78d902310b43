// The sentences a student recognises, one per core event ("won election for term 3 with 2/3 votes — now leader").
import type { NodeId, RaftEvent } from '../raft/types.js';
import type { NodeLogLevel } from './node-logger.js';

export interface EventContext {
  /** Wall-clock milliseconds since the last message from `leader`, when known. */
  readonly msSinceHeardFrom: (node: NodeId) => number | undefined;
  readonly tickMs: number;
  /** Whether the previous election-timeout on this node chose pre-vote, so became-candidate can say why. */
  readonly afterPreVote: boolean;
  /** The leader this node follows right now (0: none). */
  readonly leader: NodeId;
}

// Undefined for events not worth a line.
export function describeRaftEvent(event: RaftEvent, context: EventContext): { level: NodeLogLevel; message: string } | undefined {
  switch (event.kind) {
    case 'heartbeat-timeout': {
      const ms = context.msSinceHeardFrom(event.leader) ?? event.ticksSinceLeader * context.tickMs;
      return { level: 'WARN', message: `heartbeat timeout — no message from leader node${event.leader} in ${Math.round(ms)}ms` };
    }
    case 'election-timeout':
      return event.becoming === 'pre-candidate'
        ? { level: 'INFO', message: `election timeout fired, becoming pre-candidate (pre-vote for term ${event.term + 1})` }
        : { level: 'INFO', message: `election timeout fired, becoming candidate (term ${event.term + 1})` };
    case 'became-candidate':
      return context.afterPreVote
        ? { level: 'INFO', message: `pre-vote won, becoming candidate (term ${event.term}), requesting votes` }
        : { level: 'INFO', message: `became candidate for term ${event.term}, requesting votes` };
    case 'won-election':
      return { level: 'INFO', message: `won election for term ${event.term} with ${event.votes}/${event.clusterSize} votes — now leader` };
    case 'lost-election':
      return { level: 'INFO', message: `lost election for term ${event.term}: ${event.rejections}/${event.clusterSize} votes rejected` };
    case 'became-follower':
      return event.leader === 0
        ? { level: 'INFO', message: `entered term ${event.term} as follower, no leader yet` }
        : { level: 'INFO', message: `new leader node${event.leader} for term ${event.term}` };
    case 'stepped-down':
      return event.reason === 'higher-term'
        ? { level: 'WARN', message: `stepped down as leader of term ${event.term}: saw a higher term` }
        : { level: 'WARN', message: `stepped down as leader of term ${event.term}: no contact with a majority within an election timeout` };
    case 'granted-vote': {
      const message = `granted ${event.preVote ? 'pre-vote' : 'vote'} to node${event.candidate} for term ${event.term}`;
      // The core grants a pre-vote despite a known leader only once that leader's lease ran out: say so, it is
      // this follower's own detection when another follower's timer fired first.
      if (event.preVote && context.leader !== 0 && context.leader !== event.candidate) {
        const ms = context.msSinceHeardFrom(context.leader);
        if (ms !== undefined) return { level: 'WARN', message: `heartbeat timeout — no message from leader node${context.leader} in ${Math.round(ms)}ms; ${message}` };
      }
      return { level: 'INFO', message };
    }
    case 'rejected-vote':
      return { level: 'INFO', message: `rejected ${event.preVote ? 'pre-vote' : 'vote'} from node${event.candidate} for term ${event.term} (${event.reason})` };
    case 'log-truncated':
      return { level: 'WARN', message: `log truncated from index ${event.fromIndex}: conflicting entries of an old leader replaced` };
  }
}
