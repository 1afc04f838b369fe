// The stores behind the staff console, built over one open database (the tables of migration 005).
import type { Db } from './db.js';
import { createCuratedStore, type CuratedStore } from './curated.js';
import { createDashboardStats, type DashboardStatsStore } from './dashboard-stats.js';
import { createKnowledgeGaps, type KnowledgeGaps } from './knowledge-gaps.js';
import { createPassageLabels, type PassageLabels } from './passage-labels.js';
import { createReviewStore, type ReviewStore } from './review.js';
import { createSessionStore, type SessionStore } from './sessions.js';
import { createStaffStore, type StaffStore } from './staff.js';
import type { LocalityMatcher } from './turn-filter.js';

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

/** Builds the console's stores over `db`; `inLocality` decides which residents locality staff see. */
export function createAdminStores(db: Db, inLocality: LocalityMatcher): AdminStores {
  return {
    staff: createStaffStore(db),
    sessions: createSessionStore(db),
    curated: createCuratedStore(db, { inLocality }),
    review: createReviewStore(db, inLocality),
    gaps: createKnowledgeGaps(db, inLocality),
    stats: createDashboardStats(db, inLocality),
    passages: createPassageLabels(db),
  };
}
