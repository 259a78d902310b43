// What happened to whom and when, relative to the kill: the data behind the scenario's picture and summary.

export type TimelineEventKind =
  | 'kill'
  | 'shutdown'
  | 'last-heartbeat'
  | 'connection-lost'
  | 'heartbeat-timeout'
  | 'candidate'
  | 'leader';

export interface TimelineEvent {
  readonly node: number;
  readonly kind: TimelineEventKind;
  /** Milliseconds after the kill (negative: before it): the line's stamp as written. */
  readonly atMs: number;
  /** A stamp coarser than a ms: its resolution (1000: whole seconds)... */
  readonly precisionMs?: number;
  /** ...and the stretch from atMs the line may have been logged in: to its stamp's end, or to when the harness read it if sooner. */
  readonly spanMs?: number;
  readonly label: string;
  /** A detection after the window: drawn with a red ring, so a late one never looks like one in time. */
  readonly late?: true;
  /** The coarse stamp is the kill's, not this line's (a `date +%T` kill record): the tooltip says so. */
  readonly coarseKill?: true;
}

export interface Timeline {
  readonly nodes: readonly number[];
  readonly killedNode: number;
  readonly windowMs: number;
  readonly events: readonly TimelineEvent[];
  /** Lane names, keyed by the lane's number: a scenario run's `node1`.. (nodeLabel), a paste's own (`infra1`, `kv-0`). */
  readonly labels?: Readonly<Record<number, string>>;
  /** Legend names replacing the renderer's (a paste's detections are named by their route, not "heartbeat timeout"). */
  readonly legend?: Readonly<Partial<Record<TimelineEventKind, string>>>;
  /** A note written on a lane with no marker to show (a follower that logged no detection, one not in the paste). */
  readonly laneNotes?: Readonly<Record<number, string>>;
  /** The signalled node lived on (a SIGHUP it handled): its lane is not marked killed. */
  readonly survived?: true;
}
