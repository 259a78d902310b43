// FOLLOWER_FOLLOWED_WITHOUT_DETECTION names as many followers as the lesson asks for, not always "both" (adv42b: a
// lesson's own count decides; a 5-node cluster's lesson may ask 4).
import { describe, expect, it } from 'vitest';
import { createFinding } from '../../src/findings/finding.js';
import { formatFindingMessage } from '../../src/findings/format-finding.js';

const followed = (followers?: number): string =>
  formatFindingMessage(createFinding('FOLLOWER_FOLLOWED_WITHOUT_DETECTION', 'error', { node: 'node3', leader: 'node2', gone: 'node1', afterMs: 244, fault: 'kill', ...(followers === undefined ? {} : { followers }) }));

describe('FOLLOWER_FOLLOWED_WITHOUT_DETECTION', () => {
  it.each([
    [2, "The lesson asks both followers' logs to show they detected the dead leader"],
    [4, "The lesson asks 4 followers' logs to show they detected the dead leader"],
    [1, "The lesson asks a follower's log to show it detected the dead leader"],
  ])('for a lesson asking %i follower(s)', (followers, words) => {
    expect(followed(followers)).toContain(`. ${words}, so the run fails; `);
  });
});
