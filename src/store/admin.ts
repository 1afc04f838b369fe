// The stores the staff console reads and writes (built once by store/stores.ts createStores).
import type { CuratedStore } from './curated.js';
import type { DashboardStatsStore } from './dashboard-stats.js';
import type { KnowledgeGaps } from './knowledge-gaps.js';
import type { PassageLabels } from './passage-labels.js';
import type { ReviewStore } from './review.js';
import type { SessionStore } from './sessions.js';
import type { StaffStore } from './staff.js';

/** Every store the console reads and writes. */
export interface AdminStores {
  staff: StaffStore;
  sessions: SessionStore;
  curated: CuratedStore;
  review: ReviewStore;
  gaps: KnowledgeGaps;
  stats: DashboardStatsStore;
  /** Names the passages behind retrieval scores. */
  passages: PassageLabels;
}
