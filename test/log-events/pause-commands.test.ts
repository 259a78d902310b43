// A command that pauses the leader ends nothing (adv41 Q and R): `kill -19` is Linux's SIGSTOP as `kill -STOP` is, and
// `docker pause` freezes a container. Each is read as a pause (notKill 'paused', the report's "paused … without
// ending it"), with the literal scan's mask and without; the commands that end a process stay kills.
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

function readsOf(command: string): readonly [masked: string, plain: string] {
  const read = (meaning: { kind: string; notKill?: string }): string => `${meaning.kind}${meaning.notKill === undefined ? '' : ` ${meaning.notKill}`}`;
  const masked = read(classifyLineText(command, patterns, { isCommand: true, mayMatch: maskOf(command), anyMatch }));
  const plain = read(classifyLineText(command, patterns, { isCommand: true }));
  return [masked, plain];
}

describe('a pause is no kill', () => {
  it.each(['kill -19 4242', 'date +%T.%3N; kill -19 4242', 'kill -20 4242', 'kill -s 21 4242', 'kill -STOP 4242', 'docker pause raft-kv1-1', 'date +%T.%3N; docker pause raft-kv1-1', 'podman container pause kv1'])(
    '%s is a pause',
    (command) => {
      expect(readsOf(command)).toEqual(['other paused', 'other paused']);
    },
  );

  it.each(['kill -18 4242', 'kill -17 4242', 'docker unpause raft-kv1-1', 'docker ps'])('%s is neither kill nor pause', (command) => {
    expect(readsOf(command)).toEqual(['other', 'other']);
  });

  it.each(['kill 4242', 'kill -15 4242', 'kill -9 4242', 'docker stop raft-kv1-1', 'docker kill raft-kv1-1'])('%s is a kill', (command) => {
    expect(readsOf(command)).toEqual(['kill', 'kill']);
  });
});
