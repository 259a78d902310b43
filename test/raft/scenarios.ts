// Cluster scenarios modelled on MIT 6.5840's Raft tests (lab 3A-3C), run by simulation.test.ts for many seeds.
// Each one drives a Simulation, which checks safety after every message and tick; the scenario itself checks
// the test's own expectations and finishes with a liveness check. Failures throw with the seed in the message.

import type { NodeId } from '../../src/raft/types.js';
import { RELIABLE_NETWORK, Simulation, SimulationViolation, UNRELIABLE_NETWORK, type NetworkConditions } from './simulation.js';

// A named, seeded run; returns the finished simulation so callers can look at what it exercised.
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly run: (seed: number) => Simulation;
}

function pick<T>(sim: Simulation, items: readonly T[]): T {
  return items[Math.floor(sim.random() * items.length)]!;
}

function pickDistinct(sim: Simulation, ids: readonly NodeId[], count: number): NodeId[] {
  const pool = [...ids];
  const chosen: NodeId[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(sim.random() * pool.length), 1)[0]!);
  return chosen;
}

function fail(sim: Simulation, message: string): never {
  throw new SimulationViolation(sim.seed, sim.now, message);
}

/** The node `offset` places after `id`, wrapping around (6.5840's `(leader + k) % n`). */
function after(sim: Simulation, id: NodeId, offset: number): NodeId {
  return ((id - 1 + offset) % sim.ids.length) + 1;
}

/** Small batches in some seeds, so catch-up acknowledges old-term entries separately from the new leader's noop. */
function batchFor(seed: number): number {
  return [1, 3, 64][seed % 3]!;
}

/**
 * 6.5840's Figure 8 loop: everyone who believes it leads gets a command, a random (mostly very short) while
 * passes, then that leader is hurt; `heal` keeps a majority available.
 */
function figure8Rounds(sim: Simulation, rounds: number, hurt: (leader: NodeId) => void, heal: () => void): void {
  for (let round = 0; round < rounds; round++) {
    const leader = sim.proposeToLeaders(`f8-${round}`).at(-1);
    sim.runFor(sim.random() < 0.1 ? sim.random() * 500 : sim.random() * 13);
    if (leader !== undefined) hurt(leader);
    heal();
  }
}

// As in 6.5840: the Figure 8 situation needs many leader changes, and a thousand rounds make it likely.
const FIGURE8_ROUNDS = 1_000;

const initialElection: Scenario = {
  name: 'InitialElection',
  description: 'one leader emerges and keeps its term while nothing fails',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 3 });
    const leader = sim.checkOneLeader();
    const term = sim.status(leader)!.term;
    sim.runFor(2_000);
    const again = sim.checkOneLeader();
    if (sim.status(again)!.term !== term) fail(sim, `term changed from ${term} to ${sim.status(again)!.term} without failures`);
    sim.checkLiveness();
    return sim;
  },
};

const reElection: Scenario = {
  name: 'ReElection',
  description: 'a new leader after the leader is cut off, none without a majority, the old one rejoins quietly',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 3 });
    const first = sim.checkOneLeader();
    sim.disconnect(first);
    const second = sim.checkOneLeader();
    sim.connect(first);
    const third = sim.checkOneLeader();
    if (third !== second) fail(sim, `rejoining node ${first} disrupted leader ${second}`);
    const other = after(sim, third, 1);
    sim.disconnect(third);
    sim.disconnect(other);
    sim.runFor(2_000);
    sim.checkNoLeader();
    sim.connect(other);
    sim.checkOneLeader();
    sim.connect(third);
    sim.checkOneLeader();
    sim.checkLiveness();
    return sim;
  },
};

const manyElections: Scenario = {
  name: 'ManyElections',
  description: '7 nodes, 3 random nodes cut off each round',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 7 });
    sim.checkOneLeader();
    for (let round = 0; round < 6; round++) {
      const cut = pickDistinct(sim, sim.ids, 3);
      for (const id of cut) sim.disconnect(id);
      sim.checkOneLeader();
      for (const id of cut) sim.connect(id);
    }
    sim.checkOneLeader();
    sim.checkLiveness();
    return sim;
  },
};

const basicAgree: Scenario = {
  name: 'BasicAgree',
  description: '5 nodes agree on consecutive commands at consecutive indexes',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 5 });
    sim.checkOneLeader();
    let previous = -1;
    for (let command = 1; command <= 10; command++) {
      const index = sim.agree(`cmd-${command}`, 5, { retry: false });
      if (previous !== -1 && index !== previous + 1) fail(sim, `command ${command} landed at ${index}, expected ${previous + 1}`);
      previous = index;
    }
    sim.checkLiveness();
    return sim;
  },
};

const failAgree: Scenario = {
  name: 'FailAgree',
  description: 'a disconnected follower does not block commits and catches up on return',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 3, maxEntriesPerAppend: batchFor(seed) });
    sim.agree('101', 3, { retry: false });
    const follower = after(sim, sim.checkOneLeader(), 1);
    sim.disconnect(follower);
    sim.agree('102', 2, { retry: false });
    sim.agree('103', 2, { retry: false });
    sim.runFor(300);
    sim.agree('104', 2, { retry: false });
    sim.agree('105', 2, { retry: false });
    sim.connect(follower);
    sim.agree('106', 3);
    sim.runFor(300);
    sim.agree('107', 3);
    sim.checkLiveness();
    return sim;
  },
};

const failNoAgree: Scenario = {
  name: 'FailNoAgree',
  description: 'no commit without a majority; the minority leader rejoins and is overruled',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 5 });
    sim.agree('10', 5);
    const leader = sim.checkOneLeader();
    const cut = [1, 2, 3].map((offset) => after(sim, leader, offset));
    for (const id of cut) sim.disconnect(id);
    const proposed = sim.status(leader)!.lastIndex + 1;
    sim.proposeToLeaders('20');
    sim.runFor(2_000);
    if (sim.committedEntry(proposed)?.data === '20') fail(sim, 'an entry committed without a majority');
    for (const id of cut) sim.connect(id);
    sim.agree('30', 5);
    sim.agree('1000', 5);
    sim.checkLiveness();
    return sim;
  },
};

const figure8: Scenario = {
  name: 'Figure8',
  description: 'leaders crash right after proposing; committed entries survive every later leader',
  run(seed) {
    // Lossless, but with jitter up to 20 ms and reordering (like 6.5840's RPCs): a leader's last Appends reach
    // some followers and not others before it dies.
    const network: NetworkConditions = { ...RELIABLE_NETWORK, fifo: false, maxDelayMs: 20 };
    const sim = new Simulation({ seed, nodes: 5, network, maxEntriesPerAppend: batchFor(seed) });
    sim.agree('start', 1);
    let up = 5;
    figure8Rounds(
      sim,
      FIGURE8_ROUNDS,
      (leader) => {
        sim.crash(leader, sim.random());
        up--;
      },
      () => {
        if (up >= 3) return;
        sim.restart(pick(sim, sim.ids.filter((id) => !sim.isUp(id))));
        up++;
      },
    );
    for (const id of sim.ids) sim.restart(id);
    sim.agree('end', 5);
    sim.checkLiveness();
    return sim;
  },
};

const figure8Unreliable: Scenario = {
  name: 'Figure8Unreliable',
  description: 'lossy, reordering network while leaders are cut off',
  run(seed) {
    const longReordering: NetworkConditions = { ...UNRELIABLE_NETWORK, longDelayRate: 0.3, longDelayMaxMs: 1_000 };
    const sim = new Simulation({ seed, nodes: 5, network: UNRELIABLE_NETWORK, maxEntriesPerAppend: batchFor(seed) });
    sim.agree('start', 1);
    let connected = 5;
    figure8Rounds(
      sim,
      FIGURE8_ROUNDS,
      (leader) => {
        if (sim.random() < 0.5 && sim.isConnected(leader)) {
          sim.disconnect(leader);
          connected--;
        }
      },
      () => {
        if (sim.now > 1_000) sim.setNetwork(longReordering);
        if (connected >= 3) return;
        sim.connect(pick(sim, sim.ids.filter((id) => !sim.isConnected(id))));
        connected++;
      },
    );
    // A majority must agree while the network is still lossy; full convergence is checked on a healed network.
    sim.setNetwork(UNRELIABLE_NETWORK);
    sim.heal();
    sim.agree('end', 3);
    sim.checkLiveness();
    return sim;
  },
};

const persist: Scenario = {
  name: 'Persist',
  description: 'whole-cluster and partial crashes with restarts from stable storage',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 5 });
    sim.agree('0', 5);
    for (const id of sim.ids) sim.crash(id);
    for (const id of sim.ids) sim.restart(id);
    sim.agree('1', 5);
    for (let round = 2; round < 6; round++) {
      const leader = sim.checkOneLeader();
      sim.crash(after(sim, leader, 1));
      sim.crash(after(sim, leader, 2));
      sim.agree(`${round}-a`, 3);
      for (const offset of [0, 3, 4]) sim.crash(after(sim, leader, offset));
      sim.restart(after(sim, leader, 1));
      sim.restart(after(sim, leader, 2));
      sim.runFor(300);
      sim.restart(after(sim, leader, 3));
      sim.agree(`${round}-b`, 3);
      sim.restart(leader);
      sim.restart(after(sim, leader, 4));
    }
    sim.agree('end', 5);
    sim.checkLiveness();
    return sim;
  },
};

const churn: Scenario = {
  name: 'Churn',
  description: '3-7 nodes, lossy network, random crashes, restarts and partitions under client load',
  run(seed) {
    const sim = new Simulation({ seed, nodes: 3 + (seed % 5), network: UNRELIABLE_NETWORK, maxEntriesPerAppend: batchFor(seed) });
    const ids = sim.ids;
    for (let step = 0; step < 100; step++) {
      for (let client = 0; client < 3; client++) sim.propose(`churn-${step}-${client}`);
      sim.runFor(10 + sim.random() * 100);
      const roll = sim.random();
      if (roll < 0.15) sim.crash(pick(sim, ids));
      else if (roll < 0.45) sim.restart(pick(sim, ids));
      else if (roll < 0.55) sim.disconnect(pick(sim, ids));
      else if (roll < 0.8) sim.connect(pick(sim, ids));
      else if (roll < 0.85) sim.partition([pickDistinct(sim, ids, Math.ceil(ids.length / 2))]);
    }
    sim.checkLiveness();
    return sim;
  },
};

// In the order 6.5840 runs them: elections (3A), agreement (3B), persistence and Figure 8 (3C).
export const scenarios: readonly Scenario[] = [
  initialElection,
  reElection,
  manyElections,
  basicAgree,
  failAgree,
  failNoAgree,
  persist,
  figure8,
  figure8Unreliable,
  churn,
];
