import type { CodeBlock, LessonSection } from './types.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)?.*$/;
const HEADING = /^##\s+(.+?)\s*#*\s*$/;

// "Done When" → "done-when": stable keys for sections whatever their capitalisation.
export function slugifyHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Splits a lesson body into its `##` sections with their fenced code blocks.
 * `firstLine` is the 1-based file line of the body's first line, so every line number points into the file.
 */
export function splitSections(body: string, firstLine: number): LessonSection[] {
  const lines = body.split(/\r?\n/);
  const sections: { title: string; line: number; text: string[]; codeBlocks: CodeBlock[] }[] = [];
  let fence: { marker: string; lang: string; line: number; code: string[] } | undefined;

  lines.forEach((raw, i) => {
    const fileLine = firstLine + i;
    const current = sections[sections.length - 1];
    if (fence) {
      const close = raw.trim();
      if (close.startsWith(fence.marker[0]!.repeat(fence.marker.length)) && /^[`~]+$/.test(close)) {
        current?.codeBlocks.push({ lang: fence.lang, code: fence.code.join('\n'), line: fence.line });
        fence = undefined;
      } else {
        fence.code.push(raw);
      }
      current?.text.push(raw);
      return;
    }
    const open = FENCE.exec(raw);
    if (open) {
      fence = { marker: open[1]!, lang: open[2] ?? '', line: fileLine + 1, code: [] };
      current?.text.push(raw);
      return;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      sections.push({ title: heading[1]!, line: fileLine, text: [], codeBlocks: [] });
      return;
    }
    current?.text.push(raw);
  });

  return sections.map((s) => ({
    title: s.title,
    slug: slugifyHeading(s.title),
    line: s.line,
    text: s.text.join('\n').trim(),
    codeBlocks: s.codeBlocks,
  }));
}
