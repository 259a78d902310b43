// Writes dist/cli/verify-lesson-cli.cjs.cache (run by scripts/build.mjs): V8's code cache of the CLI bundle after
// one run of the student's self-check, so the functions that run compiled there are stored compiled too.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundleFile = join(root, 'dist/cli/verify-lesson-cli.cjs');
const { codeCacheFile, compileCliBundle, createCodeCache, patternAnalysesFile, runCliBundle } = await import(pathToFileURL(join(root, 'dist/cli/load-cli-bundle.js')).href);

const sourceBytes = readFileSync(bundleFile);
const script = compileCliBundle(bundleFile, sourceBytes.toString('utf8'));
const { runCli, seedPatternAnalyses } = runCliBundle(script, bundleFile);
// As the bin does (loadCliBundle): the warm-up takes the paths a real run takes.
seedPatternAnalyses(JSON.parse(readFileSync(patternAnalysesFile(bundleFile), 'utf8')));
let output = '';
const sink = { write: (text) => ((output += text), true) };
const argv = ['w12-l03', '--paste', join(root, 'fixtures/pastes/bundled-grep.log')];
const code = await runCli(argv, { stdout: sink, stderr: sink, cwd: root, env: {} });
if (code !== 0) throw new Error(`write-cli-code-cache: the warm-up run \`verify-lesson ${argv.join(' ')}\` exited ${code}:\n${output}`);
writeFileSync(codeCacheFile(bundleFile), createCodeCache(script, sourceBytes));
