import type { Lesson } from '../lesson/types.js';
import { orderReportChecks } from '../proof/lead-with-cause.js';
import type { Verdict } from '../proof/verdict.js';
import { escapeXml } from './escape-xml.js';
import { formatGraderText, type GraderFormatOptions } from './format-gradescope.js';
import { describeRunCheck, RUN_CHECK_TITLE } from './run-outcome.js';
import { describeCheck, describeCheckTitle, describeFinding } from './verdict-text.js';

const attr = (name: string, value: string | number | boolean): string => `${name}="${escapeXml(String(value), { attribute: true })}"`;

/**
 * The verdict as JUnit XML for CI dashboards, valid against the Jenkins xUnit plugin's junit-10.xsd (the strictest
 * common schema): one <testsuite> for the lesson, one <testcase> per check. A failed check gets a <failure> (type =
 * its first error's code, text = every finding); a check not run (input rejected) or not required by the lesson
 * gets <skipped>. `time` (seconds) is the whole judgement's, on <testsuites> and <testsuite>; checks are not timed
 * one by one. All text is escaped and characters XML forbids are replaced, since findings quote the paste. Pure.
 */
export function formatJunit(verdict: Verdict, lesson: Lesson, options: Pick<GraderFormatOptions, 'executionTimeMs' | 'run'> = {}): string {
  const run = options.run;
  // A live run is a testcase of its own, first: RUN_FAILED with its first problem when it failed.
  const tests = verdict.checks.length + (run === undefined ? 0 : 1);
  const failures = verdict.checks.filter((c) => c.status === 'failed').length + (run?.passed === false ? 1 : 0);
  const skipped = verdict.checks.filter((c) => c.status === 'skipped' || c.status === 'not-required').length;
  const time = attr('time', ((options.executionTimeMs ?? 0) / 1000).toFixed(3));
  // junit-10.xsd allows no `skipped` on <testsuites>; <testsuite> carries it.
  const totals = `${attr('tests', tests)} ${attr('failures', failures)} ${attr('errors', 0)} ${time}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr('name', 'verify-lesson')} ${totals}>`,
    `  <testsuite ${attr('name', `${lesson.id}: ${lesson.title}`)} ${totals} ${attr('skipped', skipped)}>`,
    '    <properties>',
    `      <property ${attr('name', 'lessonId')} ${attr('value', verdict.lessonId)}/>`,
    `      <property ${attr('name', 'passed')} ${attr('value', verdict.passed)}/>`,
    `      <property ${attr('name', 'xpAwarded')} ${attr('value', verdict.xpAwarded)}/>`,
    `      <property ${attr('name', 'xp')} ${attr('value', lesson.xp)}/>`,
    `      <property ${attr('name', 'referenceOutput')} ${attr('value', verdict.referenceOutput)}/>`,
    ...(run === undefined ? [] : [`      <property ${attr('name', 'runPassed')} ${attr('value', run.passed)}/>`]),
    '    </properties>',
  ];
  if (run !== undefined) {
    const open = `    <testcase ${attr('name', RUN_CHECK_TITLE)} ${attr('classname', `verify-lesson.${lesson.id}.run`)}`;
    const body = escapeXml(describeRunCheck(run, verdict));
    if (run.passed) lines.push(`${open}>`, `      <system-out>${body}</system-out>`, '    </testcase>');
    else lines.push(`${open}>`, `      <failure ${attr('message', run.problems[0] ?? 'the run failed')} ${attr('type', 'RUN_FAILED')}>${body}</failure>`, '    </testcase>');
  }
  // Cause first, as the text report (orderReportChecks).
  for (const check of orderReportChecks(verdict)) {
    const children: string[] = [];
    if (check.status === 'failed') {
      const first = check.findings.find((f) => f.severity === 'error') ?? check.findings[0];
      const message = first ? describeFinding(first, verdict.nodeNames) : `${check.id} failed`;
      children.push(`<failure ${attr('message', message)} ${attr('type', first?.code ?? 'CHECK_FAILED')}>${escapeXml(describeCheck(check, verdict.nodeNames))}</failure>`);
    } else if (check.status === 'skipped' || check.status === 'not-required') {
      children.push(`<skipped ${attr('message', describeCheck(check).split('\n')[0]!)}/>`);
    }
    if (check.status !== 'failed' && check.findings.length > 0) {
      children.push(`<system-out>${escapeXml(check.findings.map((finding) => describeFinding(finding, verdict.nodeNames)).join('\n'))}</system-out>`);
    }
    const open = `    <testcase ${attr('name', describeCheckTitle(check, lesson))} ${attr('classname', `verify-lesson.${lesson.id}.${check.id}`)}`;
    if (children.length === 0) lines.push(`${open}/>`);
    else lines.push(`${open}>`, ...children.map((child) => `      ${child}`), '    </testcase>');
  }
  lines.push(`    <system-out>${escapeXml(formatGraderText(verdict, lesson, run))}</system-out>`);
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
