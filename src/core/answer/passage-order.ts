// Putting passages found by a narrower search ahead of the ones the question found, each passage once.
import type { Passage } from '../types.js';

/** `first`, then the passages of `rest` that `first` does not hold (by chunk), in their order. */
export function passagesFirst(first: readonly Passage[], rest: readonly Passage[]): Passage[] {
  const ids = new Set(first.map((passage) => passage.chunkId));
  return [...first, ...rest.filter((passage) => !ids.has(passage.chunkId))];
}
