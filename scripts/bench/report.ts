/** Measurements, statistics and the bench's output: a readable table, then one JSON line per measurement. */
import { cpus, loadavg } from 'node:os';

export interface Measurement {
  metric: string;
  size: number | null;
  value: number;
  unit: string;
  /** A target to compare against (shown in the table only). */
  target?: string;
  note?: string;
}

const rows: Measurement[] = [];

export function record(m: Measurement): void {
  rows.push(m);
  const size = m.size === null ? '' : ` @${m.size}`;
  console.error(`  … ${m.metric}${size}: ${fmt(m.value)} ${m.unit}${m.note ? ` (${m.note})` : ''}`);
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function machineLoad(): string {
  const [one, five] = loadavg();
  return `load average ${one?.toFixed(1)} (1 min) ${five?.toFixed(1)} (5 min) on ${cpus().length} cores`;
}

/** The table (stdout), then one JSON line per measurement (stdout). */
export function printReport(header: string[]): void {
  const lines = rows.map((r) => [r.metric, r.size === null ? '' : String(r.size), fmt(r.value), r.unit, r.target ?? '', r.note ?? '']);
  const head = ['metric', 'size', 'value', 'unit', 'target', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  for (const h of header) console.log(h);
  console.log(row(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
  console.log('');
  for (const r of rows) {
    const json: Record<string, unknown> = { metric: r.metric, size: r.size, value: Number(fmt(r.value)), unit: r.unit };
    if (r.note) json.note = r.note;
    console.log(JSON.stringify(json));
  }
}
