// lint's check that a lesson's timing patterns are not narrower than its evidence: a phrase that the lesson's
// regex_patterns or its Verify block's grep accept as the followers' detection (or as the kill) must also be a
// detection (a kill) to the log-event model under the lesson's timing patterns — otherwise a paste can pass
// the patterns check quoting that phrase and fail timing saying nothing was detected.
//
// How (README "How `LESSON_TIMING_NARROWER` decides"):
// 1. Each evidence pattern is expanded into phrases per top-level alternative (expand-regex-phrases.ts): small
//    optional parts and classes enumerated, an unbounded gap (`leader.*down`) filled with GAP_FILLERS.
// 2. A phrase's role: `detection` or `kill` when its words contain, in order, the words of a timing alternative
//    (the lesson's or the default's) with its optional parts left out ("leader n1 went down" ⊇ "leader down");
//    none when its words are only part of a timing phrase ("timeout" ⊂ "heartbeat timeout": a topic word, which
//    the patterns check may accept but no line is a detection for saying it); else the role of its alternative
//    or, for a regex_patterns entry, of its sibling alternatives ("no heartbeat|lost contact" → "lost contact").
// 3. A phrase with a role is read as a follower's (a leader's) log line by the log-event model with the lesson's
//    timing patterns; LESSON_TIMING_NARROWER when the model does not read it in that role. Pure.
import { createFinding, type Finding } from '../findings/finding.js';
import { DEFAULT_CONNECTION_PATTERN, DEFAULT_HEARTBEAT_PATTERN, DEFAULT_KILL_PATTERN } from '../log-events/default-patterns.js';
import { readLogLine } from '../log-events/read-log-events.js';
import { compileEventPatterns, TIMING_PATTERN_KEYS, type TimingPatternKey } from '../proof/compile-event-patterns.js';
import { expandRegexPhrases } from '../proof/expand-regex-phrases.js';
import { formatFieldPath } from './lesson-patterns.js';
import { locateField } from './locate-field.js';
import { readGrepPatterns } from './read-grep-patterns.js';
import type { Lesson } from './types.js';

type Role = 'detection' | 'kill';

/** What an unbounded gap between two words of an evidence pattern (`leader.*down`) is tried with. */
export const GAP_FILLERS: readonly string[] = [' ', ' is ', ' node1 is ', ' n1 went ', ' has gone ', ' appears to be ', ' may be '];
const PHRASE_LIMIT = 64;
const TIMING_PHRASE_LIMIT = 256;
const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'zsh', 'console']);
const DEFAULTS: Readonly<Record<TimingPatternKey, string>> = {
  kill_pattern: DEFAULT_KILL_PATTERN,
  heartbeat_pattern: DEFAULT_HEARTBEAT_PATTERN,
  connection_pattern: DEFAULT_CONNECTION_PATTERN,
};
const ROLE_OF_KEY: Readonly<Record<TimingPatternKey, Role>> = { kill_pattern: 'kill', heartbeat_pattern: 'detection', connection_pattern: 'detection' };

const wordsOf = (phrase: string): string[] => phrase.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');

// `needle`'s words appear in `hay` in order, each as a word or the start of one ("timeouts" has "timeout").
function hasWordsInOrder(hay: readonly string[], needle: readonly string[]): boolean {
  let j = 0;
  for (const word of hay) if (j < needle.length && word.startsWith(needle[j]!)) j++;
  return j === needle.length;
}

interface TimingWords {
  /** Per timing alternative, its words with optional parts left out. */
  readonly cores: readonly { readonly role: Role; readonly words: readonly string[] }[];
  /** Every phrase the timing patterns accept (bounded), as words. */
  readonly phrases: readonly (readonly string[])[];
}

// The lesson's timing words and the defaults' (a lesson that narrows its timing patterns still offers "leader
// … down" as a detection when its Verify greps for it).
function readTimingWords(timing: Readonly<Record<TimingPatternKey, string>>): TimingWords {
  const cores: { role: Role; words: string[] }[] = [];
  const phrases: string[][] = [];
  for (const key of TIMING_PATTERN_KEYS) {
    for (const source of new Set([timing[key], DEFAULTS[key]])) {
      for (const alternative of expandRegexPhrases(source, { gapFillers: [' '], optional: 'omit', limit: TIMING_PHRASE_LIMIT })) {
        for (const phrase of alternative.phrases) {
          const words = wordsOf(phrase);
          if (words.length > 0) cores.push({ role: ROLE_OF_KEY[key], words });
        }
      }
      for (const alternative of expandRegexPhrases(source, { gapFillers: [' '], optional: 'both', limit: TIMING_PHRASE_LIMIT })) {
        phrases.push(...alternative.phrases.map(wordsOf));
      }
    }
  }
  return { cores, phrases };
}

/** A phrase's own role, 'topic' for a part of a timing phrase, undefined when unrelated to timing. */
function ownRole(phrase: string, timing: TimingWords): Role | 'topic' | undefined {
  const words = wordsOf(phrase);
  if (words.length === 0) return undefined;
  const roles = new Set(timing.cores.filter((core) => hasWordsInOrder(words, core.words)).map((core) => core.role));
  if (roles.has('detection')) return 'detection';
  if (roles.has('kill')) return 'kill';
  return timing.phrases.some((timingWords) => hasWordsInOrder(timingWords, words)) ? 'topic' : undefined;
}

const singleRole = (roles: Iterable<Role | 'topic' | undefined>): Role | undefined => {
  const found = new Set([...roles].filter((r): r is Role => r === 'detection' || r === 'kill'));
  return found.size === 1 ? [...found][0] : undefined;
};

interface Evidence {
  readonly source: string;
  readonly line?: number;
  readonly path: string;
  /** The evidence pattern as the author wrote it (a grep's BRE), for the message. */
  readonly written: string;
  /** Alternatives with no role of their own take the role of their siblings (regex_patterns entries). */
  readonly siblings: boolean;
}

function listEvidence(lesson: Lesson, source: string): Evidence[] {
  const lines = source.split(/\r?\n/);
  const close = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  const frontMatter = lines.slice(1, close < 0 ? lines.length : close);
  const evidence: Evidence[] = lesson.proof.regex_patterns.map((pattern, i) => {
    const path = ['proof', 'regex_patterns', i];
    const line = locateField(frontMatter, 2, path);
    return { source: pattern, path: formatFieldPath(path), written: pattern, siblings: true, ...(line === undefined ? {} : { line }) };
  });
  for (const section of lesson.sections.filter((s) => s.slug === 'verify')) {
    for (const block of section.codeBlocks.filter((b) => SHELL_LANGS.has(b.lang))) {
      for (const grep of readGrepPatterns(block.code, block.line)) {
        evidence.push({ source: grep.source, line: grep.line, path: section.title, written: grep.written, siblings: false });
      }
    }
  }
  return evidence;
}

/** LESSON_TIMING_NARROWER warnings for one parsed lesson; `source` is its file text (for line numbers). */
export function checkTimingCoverage(lesson: Lesson, source: string): Finding[] {
  const timing = lesson.proof.timing;
  if (!timing) return [];
  const compiled = compileEventPatterns(timing);
  if (!compiled.ok) return [];
  const patterns = compiled.patterns;
  const byKey: Readonly<Record<TimingPatternKey, { test(text: string): boolean }>> = {
    kill_pattern: patterns.kill,
    heartbeat_pattern: patterns.heartbeat,
    connection_pattern: patterns.connection,
  };
  const timingWords = readTimingWords(timing);
  const findings: Finding[] = [];

  for (const evidence of listEvidence(lesson, source)) {
    const alternatives = expandRegexPhrases(evidence.source, { gapFillers: GAP_FILLERS, optional: 'both', limit: PHRASE_LIMIT }).map((alternative) => ({
      ...alternative,
      roles: alternative.phrases.map((phrase) => ownRole(phrase, timingWords)),
    }));
    const siblingRole = evidence.siblings ? singleRole(alternatives.flatMap((a) => a.roles)) : undefined;
    for (const alternative of alternatives) {
      const alternativeRole = singleRole(alternative.roles) ?? siblingRole;
      for (const [i, phrase] of alternative.phrases.entries()) {
        const own = alternative.roles[i];
        const role = own === 'topic' ? undefined : (own ?? alternativeRole);
        if (role === undefined) continue;
        const event = readLogLine(`2026-11-26T19:30:01.123Z ${phrase}`, patterns, { line: 0, node: role === 'kill' ? 'node1' : 'node2' });
        const read = role === 'kill' ? event.kind === 'kill' : event.kind === 'heartbeat-timeout' || event.kind === 'connection-lost';
        if (read) continue;
        const keys = TIMING_PATTERN_KEYS.filter((key) => ROLE_OF_KEY[key] === role);
        const missedBy = keys.filter((key) => !byKey[key].test(phrase));
        findings.push(
          createFinding(
            'LESSON_TIMING_NARROWER',
            'warning',
            {
              phrase,
              role,
              alternative: alternative.source,
              evidence: evidence.written,
              evidenceKind: evidence.siblings ? 'regex_patterns' : 'verify-grep',
              missedBy,
              reason: missedBy.length === keys.length ? 'not-matched' : 'read-otherwise',
              readAs: event.kind,
              defaults: keys.filter((key) => timing[key] === DEFAULTS[key]),
            },
            { file: lesson.file, path: evidence.path, ...(evidence.line === undefined ? {} : { line: evidence.line }) },
          ),
        );
        break;
      }
    }
  }
  return findings;
}
