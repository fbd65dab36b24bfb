// Statistics and formatting shared by the benchmark's parts.

export function summarize(samples) {
  const values = samples.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!values.length) return { n: 0, median: NaN, min: NaN, max: NaN };
  const mid = values.length >> 1;
  const median = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  return { n: values.length, median, min: values[0], max: values[values.length - 1] };
}

/** "12.3 ms" with a precision that suits the magnitude. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(3)} ms`;
}

/** "median (min–max)". */
export function range(s, fmt = ms) {
  if (!s || !s.n) return 'n/a';
  return s.n === 1 ? `${fmt(s.median)} (1 run)` : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

export function bytes(n) {
  if (!Number.isFinite(n)) return 'n/a';
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN);
export const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');

/** A plain text table: rows of cells, the first row the header. Right-aligns cells that start with a digit. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) => r.map((cell, c) => {
    const s = String(cell ?? '');
    return /^[\d.]/.test(s) && c > 0 ? s.padStart(widths[c]) : s.padEnd(widths[c]);
  }).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
