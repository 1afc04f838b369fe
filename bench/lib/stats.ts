// Benchmark helpers: percentiles, timing loops, garbage collection on demand and memory readings.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The p-th percentile (0–100) of `values`, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** p50 and p95 of latencies in milliseconds. */
export function latencySummary(values: readonly number[]): { p50: number; p95: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}

/** Runs `fn` for every input `rounds` times (after one warm-up pass) and returns each call's milliseconds. */
export async function timeEach<T>(inputs: readonly T[], rounds: number, fn: (input: T) => unknown): Promise<number[]> {
  for (const input of inputs) await fn(input);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const started = performance.now();
      await fn(input);
      times.push(performance.now() - started);
    }
  }
  return times;
}

/** Collects garbage twice and returns heap and RSS in bytes. */
export function settledMemory(): { heap: number; rss: number } {
  gc();
  gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss };
}

/** Milliseconds with two decimals, or a dash. */
export function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '—';
}

/** Megabytes with one decimal. */
export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Minimum, median and maximum of `values`. */
export function spread(values: readonly number[]): { min: number; median: number; max: number } {
  return { min: Math.min(...values), median: percentile(values, 50), max: Math.max(...values) };
}

/** p50, p95 and p99 of latencies in milliseconds. */
export function tailSummary(values: readonly number[]): { p50: number; p95: number; p99: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) };
}

/** Samples this process's RSS every 50 ms until `stop()`, which returns the largest reading in bytes. */
export function sampleRss(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}
