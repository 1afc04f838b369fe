// Names retrieved passages for moderators: chunk id → its document's title and the passage's heading.
import type { Db } from './db.js';

/** Where a passage sits: its document's title and the heading path above it. */
export interface PassageLabel {
  title: string;
  heading: string;
}

/** Looks up passages still in the index (a re-indexed document gets new chunk ids, so old ids may be gone). */
export interface PassageLabels {
  labels(chunkIds: readonly number[]): Map<number, PassageLabel>;
}

/** Creates the lookup over an open database. */
export function createPassageLabels(db: Db): PassageLabels {
  return {
    labels(chunkIds) {
      const ids = [...new Set(chunkIds)].filter(Number.isSafeInteger).slice(0, 100);
      if (ids.length === 0) return new Map();
      const rows = db
        .prepare(`SELECT c.id, c.heading, d.title FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id IN (${ids.map(() => '?').join(',')})`)
        .all(...ids) as { id: number; heading: string; title: string }[];
      return new Map(rows.map((row) => [row.id, { title: row.title, heading: row.heading }]));
    },
  };
}
