import { describe, expect, it } from 'vitest';
import { findDeclaredWordNames } from '../../src/log-events/declared-names.js';

describe('findDeclaredWordNames', () => {
  it("reads the word names of start lines' peers= lists and the start line's own name", () => {
    const names = findDeclaredWordNames('[10:31:24.178] charlie: kv_node charlie starting pid=7148 port=21162 peers=alpha,bravo election_timeout=250-400ms\n');
    expect([...names!].sort()).toEqual(['alpha', 'bravo', 'charlie']);
  });

  it('reads a launch command\'s `--peers red,green` list and its own `--name blue`', () => {
    expect([...findDeclaredWordNames('$ ./kv_node --name blue --peers red,green &\n')!].sort()).toEqual(['blue', 'green', 'red']);
  });

  it('reads peers with their addresses (`bravo=21102`), --name flags of a listing, and start lines stating a pid (adv65a-01, adv66a-20/-25)', () => {
    expect([...findDeclaredWordNames('16825 python3 -u kv_node.py --name alpha --port 21101 --peers bravo=21102,charlie=21103\n')!].sort()).toEqual(['alpha', 'bravo', 'charlie']);
    expect([...findDeclaredWordNames('3891 ./kv_node --id 1 --name kvA\n3893 ./kv_node --id 2 --name kvB\n')!].sort()).toEqual(['kvA', 'kvB']);
    expect([...findDeclaredWordNames('15:11:45.300 kvB kv_node kvB starting pid=3893\n15:11:45.301 kvC kv_node kvC starting pid=3894\n')!].sort()).toEqual(['kvB', 'kvC']);
    // A start line with no pid or port, or one name alone, declares nothing.
    expect(findDeclaredWordNames('server kvB starting\nkvC starting\n')).toBeUndefined();
    expect(findDeclaredWordNames('./kv_node --name kvA --port 1\n')).toBeUndefined();
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
