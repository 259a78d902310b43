// `pgrep`'s full-command-line form (`pgrep -f PATTERN`, `-af`, `--full`), read once for the paste model (a terminal's
// pids under it name the node its pattern launches) and for the harness (the lesson's Verify block's process check).
// Pure.

/** A `pgrep -f` in a command line: its options as written, and its pattern. */
export interface PgrepFull {
  readonly options: readonly string[];
  readonly pattern: string;
}

// `pgrep`, its options, then the pattern: quoted or bare.
const PGREP = /(?:^|[\s;&|($`])pgrep((?:\s+-{1,2}[A-Za-z][\w-]*)*)\s+(?:"([^"]{1,200})"|'([^']{1,200})'|([^\s;&|)`'"]{1,200}))/;

/** The first `pgrep` of `command` when it matches whole command lines (`-f`, `--full`); undefined otherwise. */
export function readPgrepFull(command: string): PgrepFull | undefined {
  const m = PGREP.exec(command);
  if (m === null) return undefined;
  const options = m[1]!.trim().split(/\s+/).filter(Boolean);
  if (!options.some((o) => o === '--full' || (/^-[A-Za-z]+$/.test(o) && o.includes('f')))) return undefined;
  return { options, pattern: m[2] ?? m[3] ?? m[4]! };
}

/** Whether the pgrep prints bare pids: no `-a` / `-l` (`--list-full`, `--list-name`), which print a listing row. */
export function printsBarePids(pgrep: PgrepFull): boolean {
  return !pgrep.options.some((o) => (/^-[A-Za-z]+$/.test(o) && /[al]/.test(o)) || o === '--list-full' || o === '--list-name');
}
