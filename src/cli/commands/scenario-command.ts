import { VerifyLessonError } from '../../errors.js';
import type { CliIo } from '../cli-io.js';
import { resolveLesson } from '../resolve-lesson.js';
import type { CliValues } from '../run-cli.js';

// `verify-lesson <id>`: the headless scenario. Until it lands, explain what exists today.
export async function runScenarioCommand(id: string, values: CliValues, io: CliIo): Promise<number> {
  const lesson = await resolveLesson(id, values.lessons, io);
  throw new VerifyLessonError(
    'USAGE',
    `running the scenario of ${lesson.id} against the bundled cluster is not available in this version; ` +
      `judge a log instead: verify-lesson ${lesson.id} --paste demo_step2.log`,
  );
}
