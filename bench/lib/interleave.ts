// Times several systems on the same queries interleaved (each query on every system before the next), so load swings hit all alike.
import type { BuiltSystem } from './systems.js';

/**
 * Runs every query on every system, `rounds` times, and returns each system's milliseconds per call. The system that
 * goes first rotates from one query to the next, so none is always the one that meets cold caches.
 */
export async function timeInterleaved(systems: readonly BuiltSystem[], queries: readonly string[], rounds: number, k = 10): Promise<number[][]> {
  const times = systems.map(() => [] as number[]);
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      for (let i = 0; i < systems.length; i++) {
        const at = (turn + i) % systems.length;
        const started = performance.now();
        await systems[at]!.search(query, k);
        times[at]!.push(performance.now() - started);
      }
      turn++;
    }
  }
  return times;
}
