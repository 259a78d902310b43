import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFinding } from '../../src/findings/finding.js';
import { formatJunit } from '../../src/formats/format-junit.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
import { describeCheckTitle } from '../../src/formats/verdict-text.js';
import type { Lesson } from '../../src/lesson/types.js';
import { findLesson, loadLessons } from '../../src/catalog/load-lessons.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { orderReportChecks } from '../../src/proof/lead-with-cause.js';
import { validateXML } from 'xmllint-wasm';
import { childElements, parseXml, textOf } from './parse-xml.js';
import { DO_NOT_SUBMIT, FAILED_RUN, KILLED_FOLLOWER_PASTE } from '../support/failed-run.js';

const root = join(import.meta.dirname, '../..');
const passingPaste = readFileSync(join(root, 'fixtures/pastes/bundled-grep.log'), 'utf8');
// The Jenkins xUnit plugin's schema (source noted in the file), checked with libxml2 compiled to WebAssembly.
const junitXsd = readFileSync(join(root, 'fixtures/schemas/junit-10.xsd'), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'verdict.xml', contents: xml }], schema: [{ fileName: 'junit-10.xsd', contents: junitXsd }] });
  return result.errors.map((e) => e.message);
}

let lesson: Lesson;
beforeAll(async () => {
  lesson = findLesson(await loadLessons(), 'w12-l03').lesson!;
});

describe('formatJunit', () => {
  it('writes a passing verdict as a well-formed suite with one passing testcase per check', () => {
    const verdict = checkPaste(lesson, passingPaste);
    const doc = parseXml(formatJunit(verdict, lesson));
    expect(doc.name).toBe('testsuites');
    expect(doc.attributes).toEqual({ name: 'verify-lesson', tests: String(verdict.checks.length), failures: '0', errors: '0', time: '0.000' });
    const [suite, ...more] = childElements(doc);
    expect(more).toEqual([]);
    expect(suite!.name).toBe('testsuite');
    expect(suite!.attributes).toMatchObject({ name: 'w12-l03: Demo step 2 — kill the leader', tests: String(verdict.checks.length), failures: '0', skipped: '0', time: '0.000' });
    const properties = Object.fromEntries(
      childElements(childElements(suite!, 'properties')[0]!, 'property').map((p) => [p.attributes.name, p.attributes.value]),
    );
    expect(properties).toEqual({ lessonId: 'w12-l03', passed: 'true', xpAwarded: '50', xp: '50', referenceOutput: 'false' });
    const cases = childElements(suite!, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual([
      'input: the paste is readable log text',
      "patterns: the log matches the lesson's 2 patterns",
      'timing: 2 followers detect the dead leader within 300 ms of the kill',
    ]);
    expect(cases.map((c) => c.attributes.name)).toEqual(verdict.checks.map((c) => describeCheckTitle(c, lesson)));
    for (const [i, testcase] of cases.entries()) {
      expect(testcase.attributes.classname).toBe(`verify-lesson.w12-l03.${verdict.checks[i]!.id}`);
      expect(childElements(testcase, 'failure')).toEqual([]);
      expect(childElements(testcase, 'skipped')).toEqual([]);
    }
    expect(textOf(childElements(suite!, 'system-out')[0]!)).toBe(formatVerdictText(verdict, { color: false, lesson }));
  });

  it('gives each failed check a <failure> with the first error code and every finding', () => {
    const verdict = checkPaste(lesson, 'nothing happened here\n');
    const failed = verdict.checks.filter((c) => !c.passed);
    expect(failed.length).toBeGreaterThan(0);
    const suite = childElements(parseXml(formatJunit(verdict, lesson)), 'testsuite')[0]!;
    expect(suite.attributes.failures).toBe(String(failed.length));
    const cases = childElements(suite, 'testcase');
    // In the report's order: the cause (no timestamp) first.
    for (const [i, check] of orderReportChecks(verdict).entries()) {
      const testcase = cases[i]!;
      const failures = childElements(testcase, 'failure');
      if (check.status !== 'failed') {
        expect(failures).toEqual([]);
        continue;
      }
      expect(failures).toHaveLength(1);
      const firstError = check.findings.find((f) => f.severity === 'error') ?? check.findings[0];
      expect(failures[0]!.attributes.type).toBe(firstError?.code ?? 'CHECK_FAILED');
      for (const finding of check.findings) expect(textOf(failures[0]!)).toContain(finding.code);
    }
  });

  it('writes the testcases cause first: timing before a patterns check that failed only because of it (adv41b F4)', () => {
    const suite = childElements(parseXml(formatJunit(checkPaste(lesson, KILLED_FOLLOWER_PASTE), lesson)))[0]!;
    const cases = childElements(suite, 'testcase');
    expect(cases.map((c) => c.attributes.classname)).toEqual(['verify-lesson.w12-l03.input', 'verify-lesson.w12-l03.timing', 'verify-lesson.w12-l03.patterns']);
    expect(childElements(cases[1]!, 'failure')[0]!.attributes.type).toBe('KILLED_NODE_NOT_LEADER');
  });

  it("a live run that failed is a failed testcase of its own, first, and the suite's output says not to submit the log", async () => {
    const verdict = checkPaste(lesson, passingPaste);
    const xml = formatJunit(verdict, lesson, { run: FAILED_RUN });
    expect(await schemaErrors(xml)).toEqual([]);
    const suite = childElements(parseXml(xml), 'testsuite')[0]!;
    expect(suite.attributes).toMatchObject({ tests: '4', failures: '1' });
    const run = childElements(suite, 'testcase')[0]!;
    expect(run.attributes).toMatchObject({ name: "run: the lesson's demo ran against the cluster and held", classname: 'verify-lesson.w12-l03.run' });
    const failure = childElements(run, 'failure')[0]!;
    expect(failure.attributes).toMatchObject({ type: 'RUN_FAILED', message: FAILED_RUN.problems[0] });
    expect(textOf(failure)).toContain(DO_NOT_SUBMIT);
    expect(textOf(childElements(suite, 'system-out')[0]!)).toContain(`\n${DO_NOT_SUBMIT}\n`);
    const properties = Object.fromEntries(childElements(childElements(suite, 'properties')[0]!, 'property').map((p) => [p.attributes.name, p.attributes.value]));
    expect(properties).toMatchObject({ passed: 'true', runPassed: 'false' });
  });

  it('escapes markup and drops characters XML forbids, whatever the paste contains', () => {
    const base = checkPaste(lesson, 'nothing happened here\n');
    const hostile = 'a <b>&amp;</b> "q" \'s\' ]]> \u0000\u0007\u001b[31m \ud800 end \u{1F600}\r\nnext';
    const verdict = {
      ...base,
      lessonId: `w12-l03 ${hostile}`,
      checks: base.checks.map((check) => ({
        ...check,
        passed: false,
        status: 'failed' as const,
        findings: [createFinding('PATTERN_NOT_FOUND', 'error', { pattern: hostile, expected: [hostile], hint: hostile }, { line: 3 })],
      })),
    };
    const hostileLesson = { ...lesson, title: `Kill & <restart> "the" leader ]]>` };
    const xml = formatJunit(verdict, hostileLesson);
    const doc = parseXml(xml);
    const suite = childElements(doc, 'testsuite')[0]!;
    expect(suite.attributes.name).toBe('w12-l03: Kill & <restart> "the" leader ]]>');
    const properties = childElements(childElements(suite, 'properties')[0]!, 'property');
    expect(properties[0]!.attributes.value).toContain('a <b>&amp;</b> "q" \'s\' ]]>');
    // Forbidden characters became U+FFFD; an emoji (a surrogate pair) survives.
    expect(properties[0]!.attributes.value).toContain('\ufffd\ufffd\ufffd[31m \ufffd end \u{1F600}');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const testcase = childElements(suite, 'testcase')[0]!;
    const failure = childElements(testcase, 'failure')[0]!;
    expect(failure.attributes.type).toBe('PATTERN_NOT_FOUND');
    expect(failure.attributes.message).toContain('a <b>&amp;</b> "q"');
    expect(textOf(failure)).toContain('<b>&amp;</b>');
    expect(textOf(failure)).toContain('\u{1F600}\r\nnext');
  });

  it('marks checks not run on a rejected paste as skipped', () => {
    const verdict = checkPaste(lesson, '');
    expect(verdict.checks.map((c) => c.status)).toEqual(['failed', 'skipped', 'skipped']);
    const suite = childElements(parseXml(formatJunit(verdict, lesson)), 'testsuite')[0]!;
    expect(suite.attributes).toMatchObject({ tests: '3', failures: '1', skipped: '2' });
    const [input, patterns, timing] = childElements(suite, 'testcase');
    expect(childElements(input!, 'failure')[0]!.attributes.type).toBe('PASTE_EMPTY');
    for (const testcase of [patterns!, timing!]) {
      expect(childElements(testcase, 'skipped')[0]!.attributes.message).toBe('not run: the paste was rejected (see the input check)');
    }
  });

  it('is rejected by the test parser when malformed (the parser is not vacuous)', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(/closes/);
    expect(() => parseXml('<a>x & y</a>')).toThrow(/&/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/not allowed/);
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/);
    expect(() => parseXml('<a y="<"/>')).toThrow(/attribute/);
  });

  it('is valid against the Jenkins xUnit junit-10.xsd for passing, failing and rejected pastes', async () => {
    const pastes = [passingPaste, readFileSync(join(root, 'fixtures/pastes/too-slow.log'), 'utf8'), '', 'x\u0001 <&> "q"\n'];
    for (const paste of pastes) {
      const xml = formatJunit(checkPaste(lesson, paste), lesson, { executionTimeMs: 12.3456 });
      expect(await schemaErrors(xml)).toEqual([]);
      expect(parseXml(xml).attributes.time).toBe('0.012');
    }
    const untimed: Lesson = { ...lesson, proof: { type: 'paste', instructions: 'x', regex_patterns: ['hello'] } };
    expect(await schemaErrors(formatJunit(checkPaste(untimed, 'hello\n'), untimed))).toEqual([]);
  });

  it('the schema check is not vacuous: skipped on <testsuites> (what older output had) is refused', async () => {
    const xml = formatJunit(checkPaste(lesson, passingPaste), lesson).replace('<testsuites ', '<testsuites skipped="0" ');
    expect(await schemaErrors(xml)).toEqual([expect.stringContaining("attribute 'skipped': The attribute 'skipped' is not allowed")]);
  });
});
