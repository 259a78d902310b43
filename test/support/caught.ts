import { VerifyLessonError } from '../../src/errors.js';

// The VerifyLessonError a call throws, so a test can assert on its code and message; fails the test if it returns.
export function caught(run: () => unknown): VerifyLessonError {
  try {
    run();
  } catch (error) {
    if (error instanceof VerifyLessonError) return error;
    throw error;
  }
  throw new Error('expected an error');
}
