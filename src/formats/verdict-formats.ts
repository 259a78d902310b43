/** Every way a verdict can be written out: the CLI's --format and the HTTP service's ?format (see render-verdict.ts). */
export const VERDICT_FORMATS = ['text', 'json', 'gradescope', 'prairielearn', 'junit', 'svg'] as const;
export type VerdictFormat = (typeof VERDICT_FORMATS)[number];

// The format a name stands for, or undefined for one that is not a format.
export function findVerdictFormat(name: string): VerdictFormat | undefined {
  return VERDICT_FORMATS.find((format) => format === name);
}
