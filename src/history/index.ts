// src/history: a pure linearizability checker (no I/O, no clock of its own) and the history formats it reads.
export type { HistoryValue, ModelName, Operation, OpKind, Outcome } from './history-types.js';
export { MODEL_NAMES } from './history-types.js';
export { KV_MODEL, REGISTER_MODEL, selectModel, type HistoryModel } from './history-model.js';
export { checkHistory, type CheckHistoryOptions, type HistoryCheckResult, type HistoryFailure } from './check-history.js';
export { detectHistoryFormat, parseHistoryText } from './parse-history-text.js';
export type { HistoryFormat, HistoryInputError, ParsedHistory } from './history-event.js';
export { describeInterval, describeOperation } from './describe-operation.js';
export { renderHistoryHtml, renderHistorySvg, type HistoryReportInput } from './render-history-report.js';
export { createHistoryRecorder, type HistoryRecorder, type InvokedOperation } from './history-recorder.js';
export { formatHistoryJsonl } from './format-history-jsonl.js';
