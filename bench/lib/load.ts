// Closed-loop load on POST /api/chat: `concurrency` clients each send the next question as soon as the last one is answered.
import type { ServerProcess } from './server-process.js';
import { tailSummary } from './stats.js';

/** What one load run measured. */
export interface LoadResult {
  answers: number;
  seconds: number;
  perSecond: number;
  latency: ReturnType<typeof tailSummary> & { max: number };
  /** Server CPU (user + system) per answer in ms, when /proc is readable. */
  cpuPerAnswer: number | undefined;
  /** Largest server RSS seen during the run (KiB, sampled every 100 ms). */
  maxRss: number | undefined;
}

let session = 0;

/** POSTs one question in a new session (no follow-up history; the per-session flood guard never trips). */
export async function askServer(port: number, text: string): Promise<unknown> {
  const n = session++;
  const response = await fetch(`http://127.0.0.1:${port}/api/chat`, {
    method: 'POST',
    // One simulated client per question: the server is started with TRUST_PROXY so the per-address limit sees them apart.
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `bench-client-${n}` },
    body: JSON.stringify({ sessionId: `bench-${n}`, text }),
  });
  if (!response.ok) throw new Error(`POST /api/chat answered ${response.status}`);
  return response.json();
}

/** Runs `concurrency` clients over `questions` (cycling) for `seconds`. */
export async function runLoad(server: ServerProcess, questions: readonly string[], concurrency: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let maxRss = server.rss();
  const sampler = setInterval(() => {
    const rss = server.rss();
    if (rss !== undefined) maxRss = Math.max(maxRss ?? 0, rss);
  }, 100);
  const cpuBefore = server.cpuMs();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const text = questions[next++ % questions.length]!;
      const sent = performance.now();
      await askServer(server.port, text);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const cpuAfter = server.cpuMs();
  return {
    answers: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    latency: { ...tailSummary(latencies), max: Math.max(...latencies) },
    cpuPerAnswer: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / latencies.length,
    maxRss,
  };
}
