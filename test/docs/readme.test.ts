import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../src/cli/help-text.js';
import { createServer } from '../../src/server/create-server.js';
import { HTTP_ERROR_CODES } from '../../src/server/http-errors.js';
import { runCliCaptured } from '../cli/cli-harness.js';
import { listReadmeBlocks } from './readme-blocks.js';

// The README cannot drift: its TypeScript compiles against the built declarations, its CLI reference is the help
// text, and every block marked `<!-- output of: ARGS -->` is what `verify-lesson ARGS` prints (regenerate them
// with `npm run readme`). Needs dist/ (`npm test` builds it first).
const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = listReadmeBlocks(readme);
// Inside the package, so `import ... from 'verify-lesson'` resolves through its own exports to dist/types.
const snippetDir = join(root, '.tmp/readme-snippets');

afterAll(() => rmSync(snippetDir, { recursive: true, force: true }));

function typecheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    // The package's own declarations are checked with skipLibCheck off by test/package/pack.test.ts.
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return `${where}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('README.md', () => {
  it('has TypeScript blocks, and each compiles against the built types (a wrong call in a control file does not)', () => {
    expect(existsSync(join(root, 'dist/types/index.d.ts')), 'dist/ is missing: run `npm run build` first').toBe(true);
    const snippets = blocks.filter((b) => b.lang === 'ts' || b.lang === 'typescript');
    expect(snippets.length).toBeGreaterThan(0);
    mkdirSync(snippetDir, { recursive: true });
    const files = snippets.map((block) => {
      const file = join(snippetDir, `readme-line-${block.line}.mts`);
      writeFileSync(file, `${block.text}\nexport {};\n`);
      return file;
    });
    // One program for all (parsing the declarations is the slow part): the control proves errors are seen.
    const control = join(snippetDir, 'control-wrong-call.mts');
    writeFileSync(control, "import { checkPaste, findLesson, loadLessons } from 'verify-lesson';\ncheckPaste(findLesson(await loadLessons(), 'x'), 'paste');\nexport {};\n");
    const diagnostics = typecheck([...files, control]);
    expect(diagnostics.filter((d) => !d.startsWith(control))).toEqual([]);
    expect(diagnostics).toEqual([expect.stringMatching(/control-wrong-call\.mts:2: TS2345 /)]);
  }, 180_000);

  it('shows the CLI reference exactly as --help prints it', () => {
    const reference = blocks.find((b) => b.lang === 'text' && b.text.startsWith('verify-lesson — '));
    expect(reference, 'the CLI reference block').toBeDefined();
    expect(`${reference!.text}\n`).toBe(HELP_TEXT);
  });

  it('shows sample outputs that are what the CLI prints for them', async () => {
    const samples = blocks.filter((b) => b.outputOf !== undefined);
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      const args = sample.outputOf!.split(' ');
      const run = await runCliCaptured(args, { cwd: root });
      expect(`${sample.text}\n`, `README.md:${sample.line} (npm run readme regenerates it)`).toBe(`$ npx verify-lesson ${sample.outputOf}\n${run.stdout}`);
    }
  });

  it('documents every HTTP error code with its status, and an error body the server really sends', async () => {
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(Object.entries(HTTP_ERROR_CODES).map(([code, { status }]) => [code, status]));
    const example = blocks.find((b) => b.lang === 'json' && b.text.includes('"query.format: '));
    expect(example, 'the error body example').toBeDefined();
    const app = await createServer({ watch: false, verdictWorkers: 0 });
    try {
      const res = await app.inject({ method: 'POST', url: '/v1/lessons/w12-l03/verify?format=xml', payload: { paste: 'x' } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(JSON.parse(example!.text));
    } finally {
      await app.close();
    }
  });
});

// Found by a student's review: the README's `grep -h "" data/node2/node.log data/node3/node.log | … --paste -` fed
// only the followers' logs, which hold no kill line, so its own example failed on a real run's work dir.
describe('README grep … | --paste - examples', () => {
  const workDir = join(root, 'fixtures/workdirs/bundled-sigterm');
  const example = /^\s*(grep [^|]*data\/node[^|]*)\|\s*npx verify-lesson (\S+) --paste -\s*(#.*)?$/;
  const examples = [...readme.split('\n'), ...HELP_TEXT.split('\n')].map((line) => example.exec(line)).filter((m) => m !== null);

  it('finds the examples (the README and the help text each have one)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((m) => [m[1]!.trim(), m[2]!]))('%s | --paste - passes on a real run\'s work dir', async (grep, lessonId) => {
    const paste = execFileSync('sh', ['-c', grep], { cwd: workDir });
    const run = await runCliCaptured([lessonId, '--paste', '-'], { cwd: workDir, stdin: paste });
    expect(run.stdout.split('\n')[0]).toMatch(/^✓ PASSED/);
    expect(run.code).toBe(0);
  });
});
