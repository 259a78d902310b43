import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import { packageRoot } from '../catalog/bundled-lessons-dir.js';

function readPackageJson(relativePath: string): Record<string, unknown> {
  const file = join(packageRoot(), relativePath);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new VerifyLessonError('FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

// info.version of the OpenAPI document.
export function readPackageVersion(): string {
  return String(readPackageJson('package.json').version);
}
