// Every store over one open database, each built once: main, the CLI and the console take theirs from here.
import type { FeedbackStore } from '../core/feedback.js';
import type { AdminStores } from './admin.js';
import { createBroadcastStore, type BroadcastStore } from './broadcasts.js';
import { createConsoleDocumentStore, type ConsoleDocumentStore } from './console-documents.js';
import { createCorrectionStore, type CorrectionStore } from './corrections.js';
import { createCuratedStore } from './curated.js';
import { createDashboardStats } from './dashboard-stats.js';
import type { Db } from './db.js';
import { createDocumentOverview, type DocumentOverview } from './document-overview.js';
import { createDocumentWarningStore, type DocumentWarningStore } from './document-warnings.js';
import { createInboxStore, type InboxStore } from './inbox.js';
import { createKnowledgeGaps } from './knowledge-gaps.js';
import { createKnowledgeStore, type KnowledgeStore, type KnowledgeStoreOptions } from './knowledge-store.js';
import { createOutboxStore, type OutboxStore } from './outbox.js';
import { createPassageLabels } from './passage-labels.js';
import { createReviewStore } from './review.js';
import { createSessionStore } from './sessions.js';
import { createStaffStore } from './staff.js';
import { createSubscriptionStore, type SubscriptionStore } from './subscriptions.js';
import { createTurnFeedbackStore } from './turn-feedback.js';
import type { LocalityMatcher } from './turn-filter.js';
import { createTurnStore, type TurnStore } from './turns.js';
import { createWeekCalendarStore, type WeekCalendarStore } from './week-calendar.js';
import { createZaloOaPromotionStore, type ZaloOaPromotionStore } from './zalo-oa-promotions.js';
import { createZaloTokenStore, type ZaloTokenStore } from './zalo-tokens.js';

/** How the stores match places and re-derive index fields (rules that belong to core and knowledge, passed in). */
export interface StoreRules {
  /** Whether a resident's place lies in a staff member's or a correction's locality (core/reminders matchesLocality). */
  inLocality: LocalityMatcher;
  /** See KnowledgeStoreOptions.fieldsOf (knowledge/ingest storedChunkFields). */
  fieldsOf?: KnowledgeStoreOptions['fieldsOf'];
}

/** Every store of the database. Hand each part only the few it uses (narrow interfaces), never this whole object. */
export interface Stores extends AdminStores {
  knowledge: KnowledgeStore;
  turns: TurnStore;
  /** Platform updates stored before they are acknowledged, until their reply is confirmed sent. */
  inbox: InboxStore;
  subscriptions: SubscriptionStore;
  /** Residents' 👍/👎 on turns. */
  feedback: FeedbackStore;
  broadcasts: BroadcastStore;
  outbox: OutboxStore;
  /** Console corrections queued in the outbox, and their state. */
  corrections: CorrectionStore;
  calendar: WeekCalendarStore;
  /** The Zalo OA token pair, rotated and stored atomically. */
  zaloTokens: ZaloTokenStore;
  /** The one-promotion-a-day ledger of the Zalo OA channel. */
  zaloOaPromotions: ZaloOaPromotionStore;
  consoleDocuments: ConsoleDocumentStore;
  documentOverview: DocumentOverview;
  /** What the last review of each folder document found, kept across restarts. */
  documentWarnings: DocumentWarningStore;
}

/** Builds each store once over `db` (already open and migrated). */
export function createStores(db: Db, rules: StoreRules): Stores {
  const { inLocality } = rules;
  return {
    knowledge: createKnowledgeStore(db, { fieldsOf: rules.fieldsOf }),
    turns: createTurnStore(db),
    inbox: createInboxStore(db),
    subscriptions: createSubscriptionStore(db),
    feedback: createTurnFeedbackStore(db),
    broadcasts: createBroadcastStore(db),
    outbox: createOutboxStore(db),
    corrections: createCorrectionStore(db),
    calendar: createWeekCalendarStore(db),
    zaloTokens: createZaloTokenStore(db),
    zaloOaPromotions: createZaloOaPromotionStore(db),
    consoleDocuments: createConsoleDocumentStore(db),
    documentOverview: createDocumentOverview(db),
    documentWarnings: createDocumentWarningStore(db),
    staff: createStaffStore(db),
    sessions: createSessionStore(db),
    curated: createCuratedStore(db, { inLocality }),
    review: createReviewStore(db, inLocality),
    gaps: createKnowledgeGaps(db, inLocality),
    stats: createDashboardStats(db, inLocality),
    passages: createPassageLabels(db),
  };
}

/** The stores the staff console reads and writes, picked from every store (no other store reaches the console). */
export function consoleStores(stores: Stores): AdminStores & Pick<Stores, 'subscriptions' | 'outbox' | 'calendar' | 'corrections'> {
  const { staff, sessions, curated, review, gaps, stats, passages, subscriptions, outbox, calendar, corrections } = stores;
  return { staff, sessions, curated, review, gaps, stats, passages, subscriptions, outbox, calendar, corrections };
}
