import type { Lesson, LessonProof } from '../lesson/types.js';

/** One row of GET /v1/lessons. */
export interface LessonSummary {
  readonly id: string;
  readonly title: string;
  readonly xp: number;
  readonly kind: string;
  readonly order?: number;
  readonly part?: string;
  readonly proofType: string;
  /** Whether the proof also measures detection time (proof.timing). */
  readonly timing: boolean;
}

/** GET /v1/lessons/:id: the front-matter as authored (defaults applied) plus the section titles. */
export interface LessonDetail {
  readonly id: string;
  readonly title: string;
  readonly order?: number;
  readonly duration_minutes?: number;
  readonly xp: number;
  readonly kind: string;
  readonly part?: string;
  readonly proof: LessonProof;
  readonly sections: readonly { readonly title: string; readonly slug: string }[];
}

// Listing rows: what a platform needs to show a catalogue; never the file path on the server.
export function toLessonSummary(lesson: Lesson): LessonSummary {
  return {
    id: lesson.id,
    title: lesson.title,
    xp: lesson.xp,
    kind: lesson.kind,
    ...(lesson.order === undefined ? {} : { order: lesson.order }),
    ...(lesson.part === undefined ? {} : { part: lesson.part }),
    proofType: lesson.proof.type,
    timing: lesson.proof.timing !== undefined,
  };
}

// Metadata and proof instructions (including the patterns and timing the verdict applies); no server paths.
export function toLessonDetail(lesson: Lesson): LessonDetail {
  return {
    id: lesson.id,
    title: lesson.title,
    ...(lesson.order === undefined ? {} : { order: lesson.order }),
    ...(lesson.duration_minutes === undefined ? {} : { duration_minutes: lesson.duration_minutes }),
    xp: lesson.xp,
    kind: lesson.kind,
    ...(lesson.part === undefined ? {} : { part: lesson.part }),
    proof: lesson.proof,
    sections: lesson.sections.map((section) => ({ title: section.title, slug: section.slug })),
  };
}
