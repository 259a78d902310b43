// What the 10 KB ratios of bench/check-paste.mjs and bench/pass-pair.mjs are measured with, defined once: the
// reference pass over a text, a batch timer and the median of batches.

// One charCodeAt pass over the text, summed so it cannot be skipped: the reference a verdict's time is a multiple of.
export function charCodePass(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

// Mean ms per call of fn over a batch of calls.
export function timeBatch(fn, batch) {
  const t0 = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return (performance.now() - t0) / batch;
}

// The median of the values (the upper one of an even count).
export const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
