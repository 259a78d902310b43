// `verify-lesson history check FILE... [--model register|kv] [--json] [--report x.html|x.svg] [--timeout-ms MS]`
import { describeReadError } from '../describe-read-error.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { VerifyLessonError } from '../../errors.js';
import { checkOutputWritable, readReportKind, writeOutputFile } from '../output-file.js';
import { createFinding, type Finding } from '../../findings/finding.js';
import { formatFinding } from '../../findings/format-finding.js';
import {
  checkHistory,
  describeInterval,
  describeOperation,
  MODEL_NAMES,
  parseHistoryText,
  renderHistoryHtml,
  renderHistorySvg,
  selectModel,
  type HistoryCheckResult,
  type HistoryFormat,
  type ModelName,
  type Operation,
} from '../../history/index.js';
import type { CliIo } from '../cli-io.js';
import type { CliValues } from '../run-cli.js';

// A file that parsed and was checked.
export interface CheckedHistory {
  readonly file: string;
  readonly format: HistoryFormat;
  readonly model: ModelName;
  readonly operations: readonly Operation[];
  readonly result: HistoryCheckResult;
}

// Per file: a bad-input finding or the check.
export type HistoryFileReport = { readonly file: string; readonly error: Finding } | CheckedHistory;

// Without --model: any append or key names a kv store; a keyless read/write/cas history is a register.
function inferModel(operations: readonly Operation[]): ModelName {
  return operations.some((op) => op.kind === 'append' || op.key !== '') ? 'kv' : 'register';
}

// One file's text → its report (parse, model check, linearizability), with no I/O.
export function checkHistoryText(file: string, text: string, options: { model?: ModelName; budgetMs?: number }): HistoryFileReport {
  const parsed = parseHistoryText(text);
  if (!parsed.ok) return { file, error: createFinding('HISTORY_LINE_INVALID', 'error', { expected: parsed.error.expected, found: parsed.error.found, format: parsed.format ?? null }, { file, line: parsed.error.line }) };
  const model = options.model ?? inferModel(parsed.operations);
  const allowed = selectModel(model).kinds;
  const unsupported = parsed.operations.find((op) => !allowed.includes(op.kind));
  if (unsupported) {
    return { file, error: createFinding('HISTORY_OP_UNSUPPORTED', 'error', { model, kind: unsupported.kind, allowed }, { file, ...(unsupported.invokeLine ? { line: unsupported.invokeLine } : {}) }) };
  }
  const result = checkHistory(parsed.operations, { model: selectModel(model), nowMs: () => performance.now(), ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}) });
  return { file, format: parsed.format, model, operations: parsed.operations, result };
}

const operationJson = (op: Operation) => ({ id: op.id, client: op.client, f: op.kind, key: op.key, value: op.value, ...(op.expected === undefined ? {} : { expected: op.expected }), outcome: op.outcome, invokeMs: op.invokeMs, completeMs: op.completeMs, line: op.invokeLine ?? null, description: describeOperation(op) });

// The --json object of one file: { file, linearizable, ... }; linearizable is null when unknown or unreadable.
export function historyReportJson(report: HistoryFileReport): Record<string, unknown> {
  if ('error' in report) return { file: report.file, linearizable: null, error: { code: report.error.code, line: report.error.line ?? null, message: formatFinding(report.error) } };
  const { result, operations } = report;
  const byId = new Map(operations.map((op) => [op.id, op]));
  const base = { file: report.file, format: report.format, model: report.model, operations: result.operations, partitions: result.partitions, elapsedMs: Number(result.elapsedMs.toFixed(3)) };
  if (result.verdict === 'linearizable') return { ...base, linearizable: true, verdict: result.verdict };
  if (result.verdict === 'unknown') return { ...base, linearizable: null, verdict: result.verdict, reason: result.reason, key: result.key, message: `unknown: gave up after ${Math.round(result.elapsedMs)} ms` };
  const { failure } = result;
  return {
    ...base,
    linearizable: false,
    verdict: result.verdict,
    failure: { key: failure.key, operations: failure.operationIds, prefix: failure.prefix, culprit: operationJson(byId.get(failure.culprit)!) },
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

// One line per file (two more for a violation): what a person reads.
export function historyReportText(report: HistoryFileReport): string {
  if ('error' in report) return `${formatFinding(report.error)}\n`;
  const { result, file } = report;
  const head = `${file}: ${plural(result.operations, 'operation')}, ${plural(result.partitions, 'key')}, ${report.model} model`;
  if (result.verdict === 'linearizable') return `✓ ${head}: linearizable (${result.elapsedMs.toFixed(1)} ms)\n`;
  if (result.verdict === 'unknown') return `? ${head}: unknown: gave up after ${Math.round(result.elapsedMs)} ms (${result.reason} budget, key ${JSON.stringify(result.key)})\n`;
  const culprit = report.operations.find((op) => op.id === result.failure.culprit)!;
  const unit = culprit.invokeMs === culprit.invokeLine ? 'lines' : 'ms';
  return (
    `✗ ${head}: NOT linearizable (${result.elapsedMs.toFixed(1)} ms)\n` +
    `  smallest failing key ${JSON.stringify(result.failure.key)}: ${plural(result.failure.operationIds.length, 'operation')}; longest linearizable prefix: ${result.failure.prefix.length}\n` +
    `  cannot place #${culprit.id} client ${culprit.client}: ${describeOperation(culprit)} [${describeInterval(culprit)} ${unit}]${culprit.invokeLine ? ` (line ${culprit.invokeLine})` : ''}\n`
  );
}

function parseModelOption(raw: string | undefined): ModelName | undefined {
  if (raw === undefined) return undefined;
  if ((MODEL_NAMES as readonly string[]).includes(raw)) return raw as ModelName;
  throw new VerifyLessonError('USAGE', `--model: expected one of ${MODEL_NAMES.join(', ')}, found "${raw}"`);
}

function parseBudget(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1)) throw new VerifyLessonError('USAGE', `--timeout-ms: expected a whole number of milliseconds >= 1, found "${raw}"`);
  return value;
}

// --report: SVG or HTML by the file's extension.
export async function writeHistoryReport(path: string, report: CheckedHistory): Promise<void> {
  const input = { title: `history ${report.file} (${report.model} model)`, operations: report.operations, result: report.result };
  writeOutputFile(path, readReportKind(path) === 'svg' ? renderHistorySvg(input) : renderHistoryHtml(input), '--report');
}

// The command's I/O edge: read files, print text or JSON, write the report, choose the exit code.
export async function runHistoryCommand(args: readonly string[], values: CliValues, io: CliIo): Promise<number> {
  const [sub, ...files] = args;
  if (sub !== 'check') throw new VerifyLessonError('USAGE', `history: expected "history check FILE...", found ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  if (files.length === 0) throw new VerifyLessonError('USAGE', 'history check: expected at least one history FILE');
  const model = parseModelOption(values.model);
  const budgetMs = parseBudget(values['timeout-ms']);
  const reportPath = values.report;
  if (reportPath !== undefined) {
    readReportKind(resolve(io.cwd, reportPath));
    checkOutputWritable(resolve(io.cwd, reportPath), '--report');
  }
  const reports: HistoryFileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      reports.push({ file, error: createFinding('HISTORY_FILE_UNREADABLE', 'error', { reason: describeReadError(error, resolve(io.cwd, file)) }, { file }) });
      continue;
    }
    reports.push(checkHistoryText(file, text, { ...(model ? { model } : {}), ...(budgetMs ? { budgetMs } : {}) }));
  }
  if (values.json) io.stdout.write(`${JSON.stringify(reports.map(historyReportJson), null, 2)}\n`);
  else for (const report of reports) (('error' in report) ? io.stderr : io.stdout).write(historyReportText(report));
  const checked = reports.filter((r): r is CheckedHistory => !('error' in r));
  if (reportPath !== undefined) {
    const pick = checked.find((r) => r.result.verdict === 'not-linearizable') ?? checked[0];
    if (pick) {
      await writeHistoryReport(resolve(io.cwd, reportPath), pick);
      if (!values.json) io.stdout.write(`report: ${reportPath} (${pick.file})\n`);
    }
  }
  if (reports.some((r) => 'error' in r)) return 2;
  return checked.every((r) => r.result.verdict === 'linearizable') ? 0 : 1;
}
