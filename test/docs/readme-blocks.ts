// The README's fenced blocks, with what a test needs to check them: the language, the text, the line it starts on,
// and the `<!-- output of: ARGS -->` marker right above a block that shows a real run's output.
export interface ReadmeBlock {
  readonly lang: string;
  readonly text: string;
  readonly line: number;
  readonly outputOf?: string;
}

export function listReadmeBlocks(readme: string): ReadmeBlock[] {
  const lines = readme.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const close = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (close < 0) throw new Error(`README.md:${i + 1}: a fenced block is never closed`);
    const marker = /^<!-- output of: (.+) -->$/.exec(lines[i - 1] ?? '');
    blocks.push({ lang: open[1]!, text: lines.slice(i + 1, close).join('\n'), line: i + 1, ...(marker ? { outputOf: marker[1]! } : {}) });
    i = close;
  }
  return blocks;
}
