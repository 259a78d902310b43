import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

// The package's own folder, found from this module whether it runs from src/ (tests) or a dist/ chunk.
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lessons'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('verify-lesson: cannot locate the package folder (package.json next to lessons/)');
}

// The lessons/ folder shipped with the package: the default for every command and API.
export function bundledLessonsDir(): string {
  return join(packageRoot(), 'lessons');
}
