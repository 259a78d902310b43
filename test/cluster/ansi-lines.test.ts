// A student's node whose log messages are ANSI-coloured (chalk, pino-pretty's colourised message, the `debug` module on
// a TTY: `ESC[36mleader is n1 for term 1ESC[39m`): the command cluster's live reader reads them as checkPaste and the
// scenario's node logs do, with the codes removed. Before, the colour code before the message hid "leader is", so the
// followers were "unconfirmed" and the leader was taken only after QUIET_LEADERSHIP_MS (jsnode39's pinoprettyc run).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUIET_LEADERSHIP_MS } from '../../src/cluster/command-cluster.js';
import { openScenarioCluster, type ScenarioCluster } from '../../src/cluster/scenario-cluster.js';
import { pythonNode } from '../support/foreign-node.js';

let workDir: string;
let cluster: ScenarioCluster | undefined;
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ansi-lines-test-'));
});
afterEach(async () => {
  await cluster?.stop();
  cluster = undefined;
  rmSync(workDir, { recursive: true, force: true });
});

describe('a --cluster node with ANSI-coloured messages', () => {
  it('has its followers confirmed by their coloured "leader is" lines, with no wait for a quiet leadership', async () => {
    cluster = await openScenarioCluster({ workDir, command: pythonNode('--flush --color') });
    const started = Date.now();
    const leader = await cluster.waitForLeader({ timeoutMs: 10_000 });
    const tookMs = Date.now() - started;
    const follower = leader === 1 ? 2 : 1;
    const log = readFileSync(join(workDir, `data/node${follower}/node.log`), 'utf8');
    // The node really colours the line the reader must read.
    expect(log).toMatch(new RegExp(String.raw`\x1b\[36mleader is n${leader} for term \d+\x1b\[39m`));
    expect(cluster.unconfirmedFollowers?.()).toEqual([]);
    expect(tookMs).toBeLessThan(QUIET_LEADERSHIP_MS);
  });
});
