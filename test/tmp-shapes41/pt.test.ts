import { it } from 'vitest';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
it('x', () => {
for (const s of ['03 Dec 2026 11:20:08,412 INFO  [kv-1] x', '30 Nov 2026 14:05:00.412 * x', '3 déc. 2026 11:20:08,412 INFO', '03 dic 2026 11:20:08.412 INFO']) console.log(s, JSON.stringify(parseTimestampAt(s, 0, s.length)));
});
