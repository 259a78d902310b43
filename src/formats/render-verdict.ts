import type { Lesson } from '../lesson/types.js';
import { addFindingMessages } from '../proof/add-finding-messages.js';
import { formatVerdictText } from '../proof/format-verdict.js';
import type { Verdict } from '../proof/verdict.js';
import { formatGradescope, type GraderFormatOptions } from './format-gradescope.js';
import { formatJunit } from './format-junit.js';
import { formatPrairieLearn } from './format-prairielearn.js';
import { renderPasteSvg } from './render-paste-picture.js';
import type { VerdictFormat } from './verdict-formats.js';

export interface RenderVerdictOptions extends GraderFormatOptions {
  /** text: ANSI colours. */
  readonly color?: boolean;
  /** JSON formats: indented for people (default) or compact. */
  readonly pretty?: boolean;
}

/** A verdict written in one format, with the media type to send it as. */
export interface RenderedVerdict {
  readonly contentType: string;
  readonly body: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (value: unknown, options: RenderVerdictOptions): string => `${JSON.stringify(value, null, options.pretty === false ? undefined : 2)}\n`;

// One entry per format, so a new one (e.g. a picture of the paste) is one more line here, in the CLI and the service alike.
const RENDERERS: Record<VerdictFormat, (verdict: Verdict, lesson: Lesson, options: RenderVerdictOptions) => RenderedVerdict> = {
  text: (verdict, lesson, options) => ({ contentType: 'text/plain; charset=utf-8', body: formatVerdictText(verdict, { color: options.color === true, lesson }) }),
  json: (verdict, _lesson, options) => ({ contentType: JSON_TYPE, body: json(addFindingMessages(verdict), options) }),
  gradescope: (verdict, lesson, options) => ({ contentType: JSON_TYPE, body: json(formatGradescope(verdict, lesson, options), options) }),
  prairielearn: (verdict, lesson, options) => ({ contentType: JSON_TYPE, body: json(formatPrairieLearn(verdict, lesson, options), options) }),
  junit: (verdict, lesson, options) => ({ contentType: 'application/xml; charset=utf-8', body: formatJunit(verdict, lesson, options) }),
  svg: (verdict, lesson) => ({ contentType: 'image/svg+xml; charset=utf-8', body: renderPasteSvg(verdict, lesson) }),
};

// Writes a verdict in the chosen format. Pure.
export function renderVerdict(format: VerdictFormat, verdict: Verdict, lesson: Lesson, options: RenderVerdictOptions = {}): RenderedVerdict {
  return RENDERERS[format](verdict, lesson, options);
}
