// Regenerates the README's sample outputs: each ```text block right under `<!-- output of: ARGS -->` becomes what
// `verify-lesson ARGS` prints now (run from the built dist/, in the repository root, without colour).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/bin/verify-lesson.js');
const file = join(root, 'README.md');
const lines = readFileSync(file, 'utf8').split('\n');
let count = 0;
for (let i = 0; i < lines.length; i++) {
  const marker = /^<!-- output of: (.+) -->$/.exec(lines[i]);
  if (!marker || !/^```text\s*$/.test(lines[i + 1] ?? '')) continue;
  const close = lines.findIndex((l, j) => j > i + 1 && /^```\s*$/.test(l));
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [bin, ...marker[1].split(' ')], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, encoding: 'utf8' });
  } catch (error) {
    stdout = error.stdout; // a failing verdict exits 1 and is still a sample
  }
  const body = `$ npx verify-lesson ${marker[1]}\n${stdout}`.replace(/\n$/, '').split('\n');
  lines.splice(i + 2, close - (i + 2), ...body);
  count += 1;
}
writeFileSync(file, lines.join('\n'));
console.log(`README.md: ${count} sample output(s) regenerated`);
