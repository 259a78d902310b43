import { describe, expect, it } from 'vitest';
import { findDeclaredWordNames } from '../../src/log-events/declared-names.js';

describe('findDeclaredWordNames', () => {
  it("reads the word names of start lines' peers= lists and the start line's own name", () => {
    const names = findDeclaredWordNames('[10:31:24.178] charlie: kv_node charlie starting pid=7148 port=21162 peers=alpha,bravo election_timeout=250-400ms\n');
    expect([...names!].sort()).toEqual(['alpha', 'bravo', 'charlie']);
  });

  it('reads a launch command\'s `--peers red,green` list', () => {
    expect([...findDeclaredWordNames('$ ./kv_node --name blue --peers red,green &\n')!].sort()).toEqual(['green', 'red']);
  });

  it('takes no numbered names, addresses or role words: those are read elsewhere', () => {
    expect(findDeclaredWordNames('node1 starting peers=node2,node3\n')).toBeUndefined();
    expect(findDeclaredWordNames('kv_node starting peers=127.0.0.1:7002,127.0.0.1:7003\n')).toBeUndefined();
    expect(findDeclaredWordNames('server starting peers=leader,follower\n')).toBeUndefined();
  });

  it('needs two names: one word is no cluster', () => {
    expect(findDeclaredWordNames('alpha starting peers=bravo\n')).toBeUndefined();
    expect(findDeclaredWordNames('no peer list at all\n')).toBeUndefined();
  });
});
