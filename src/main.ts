// Composition root: config → database → stores → knowledge → answer engine → channels and HTTP; graceful shutdown.
import { dirname, join, resolve } from 'node:path';
import { hasModel, type Config } from './config.js';
import { createAssistant, type Assistant } from './core/assistant.js';
import { createAnswerEngine, type AnswerEngine } from './core/answer/engine.js';
import { withCallBudget } from './core/answer/model-budget.js';
import type { OutboundChannel } from './core/channel.js';
import { feedbackTexts } from './core/messages.js';
import { createFeedbackHandler, type FeedbackStore } from './core/feedback.js';
import { createStaffBroadcastHandler } from './core/staff-broadcast.js';
import { createSubscriptionHandler } from './core/subscriptions.js';
import { matchesLocality } from './core/reminders.js';
import type { PassageSearch } from './core/types.js';
import type { AdminDeps } from './admin/deps.js';
import { createBroadcastDesk, type BroadcastAdmin } from './delivery/broadcast-desk.js';
import { createPacer, type Pacer } from './delivery/pacer.js';
import { STOP_GRACE_MS } from './delivery/tuning.js';
import { superviseChannel } from './channel-supervisor.js';
import type { ChannelName } from './core/types.js';
import { createDelivery } from './delivery/delivery.js';
import { loadDeliveryTexts, type DeliveryTexts } from './delivery/texts.js';
import { createDocumentDesk } from './knowledge/document-desk.js';
import { ingest, storedChunkFields, type IngestReport } from './knowledge/ingest.js';
import { loadAllowedDomains } from './knowledge/trust.js';
import { createSearch } from './knowledge/search.js';
import { loadSynonyms } from './knowledge/synonyms.js';
import { createOpenAIModel } from './llm/openai.js';
import { loadLanguage } from './language.js';
import { createLogger, type Logger } from './logger.js';
import { startTurnRetention } from './turn-retention.js';
import { loadPrompts, type PromptSet } from './prompts.js';
import { openDatabase, type Db } from './store/db.js';
import { createKnowledgeStore, type KnowledgeStore } from './store/knowledge-store.js';
import { createInboxStore, type InboxStore } from './store/inbox.js';
import { createSubscriptionStore, type SubscriptionStore } from './store/subscriptions.js';
import { createTurnStore, type TurnStore } from './store/turns.js';
import { createAdminStores } from './store/admin.js';
import { createBroadcastStore, type BroadcastStore } from './store/broadcasts.js';
import { createConsoleDocumentStore } from './store/console-documents.js';
import { createCorrectionStore, type CorrectionStore } from './store/corrections.js';
import { createStaffStore } from './store/staff.js';
import { createDocumentOverview } from './store/document-overview.js';
import { createCuratedStore } from './store/curated.js';
import { createOutboxStore, type OutboxStore } from './store/outbox.js';
import { createTurnFeedbackStore } from './store/turn-feedback.js';
import { createWeekCalendarStore, type WeekCalendarStore } from './store/week-calendar.js';
import { createZaloTokenStore, type ZaloTokenStore } from './store/zalo-tokens.js';
import type { ChannelHandle, ChannelSetup } from './channels/types.js';
import type { ZaloOaHandle } from './channels/zalo-oa/setup.js';

/** The concrete parts every entry point (server, CLI, tests, benchmarks) shares. */
export interface Core {
  config: Config;
  db: Db;
  knowledge: KnowledgeStore;
  search: PassageSearch;
  engine: AnswerEngine;
  assistant: Assistant;
  turns: TurnStore;
  /** Platform updates stored before they are acknowledged, until their reply is confirmed sent. */
  inbox: InboxStore;
  subscriptions: SubscriptionStore;
  feedback: FeedbackStore;
  broadcasts: BroadcastStore;
  outbox: OutboxStore;
  /** Previews, schedules and lists staff broadcasts (CLI, chat dialogues, console). */
  desk: BroadcastAdmin;
  /** The Zalo OA token pair, rotated and stored atomically. */
  zaloTokens: ZaloTokenStore;
  prompts: PromptSet;
  deliveryTexts: DeliveryTexts;
  calendar: WeekCalendarStore;
  close(): void;
}

/** Opens the database and builds search, engine and assistant from settings. Does not ingest. Errors go to `logger` (default: stderr). */
export function buildCore(config: Config, logger: Logger = createLogger(config.LOG_LEVEL, process.stderr)): Core {
  const db = openDatabase(config.DATABASE_PATH);
  const knowledge = createKnowledgeStore(db, { fieldsOf: storedChunkFields });
  const prompts = loadPrompts(config.PROMPTS_DIR);
  const deliveryTexts = loadDeliveryTexts(config.PROMPTS_DIR);
  const search = createSearch(knowledge, { synonyms: loadSynonyms(join(config.KNOWLEDGE_DIR, 'synonyms.yaml')) });
  const model = hasModel(config)
    ? withCallBudget(
        createOpenAIModel({
          apiKey: config.OPENAI_API_KEY,
          baseURL: config.OPENAI_BASE_URL,
          model: config.OPENAI_MODEL,
          timeoutMs: config.OPENAI_TIMEOUT_MS,
        }),
        config.MODEL_CALLS_PER_MINUTE,
      )
    : undefined;
  const calendar = createWeekCalendarStore(db);
  const engine = createAnswerEngine({
    search,
    messages: prompts.messages,
    lexicon: loadLanguage(config.PROMPTS_DIR),
    calendar,
    timeZone: config.TIMEZONE,
    model,
    prompts: prompts.grounded,
    curated: createCuratedStore(db, { inLocality: matchesLocality }),
  });
  const turns = createTurnStore(db);
  const subscriptions = createSubscriptionStore(db);
  const feedback = createTurnFeedbackStore(db);
  const broadcasts = createBroadcastStore(db);
  const outbox = createOutboxStore(db);
  const desk = createBroadcastDesk({ broadcasts, outbox, subscriptions });
  const assistant = createAssistant({
    engine,
    turns,
    messages: prompts.messages,
    placeOf: (address) => subscriptions.get(address),
    onError: (error, message) => logger.error({ err: error, channel: message.address.channel }, `answering failed: ${(error as Error).message}`),
    handlers: [
      // Staff dialogue first: while a draft waits for GỬI/HỦY, "hủy" means the draft, not unsubscribing.
      createStaffBroadcastHandler({
        desk,
        texts: deliveryTexts.broadcast,
        isStaff: (message) => config.STAFF_ZALO_IDS.includes(message.userId),
        channels: new Set(['zalo-bot', 'zalo-oa']),
        timeZone: config.TIMEZONE,
      }),
      createFeedbackHandler({ store: feedback, texts: feedbackTexts(prompts.messages) }),
      createSubscriptionHandler({ book: subscriptions, texts: deliveryTexts.subscriptions }),
    ],
  });
  return {
    config, db, knowledge, search, engine, assistant, turns, subscriptions, feedback, broadcasts, outbox, desk, prompts, deliveryTexts, calendar,
    inbox: createInboxStore(db),
    zaloTokens: createZaloTokenStore(db),
    close: () => db.close(),
  };
}

/** Ingests the configured knowledge folder and logs what changed. */
export async function ingestKnowledge(core: Core, logger: Logger): Promise<IngestReport> {
  const allowedDomains = loadAllowedDomains(core.config.KNOWLEDGE_DIR);
  const report = await ingest(core.knowledge, [core.config.KNOWLEDGE_DIR], { baseDir: process.cwd(), allowedDomains });
  logger.info(
    { added: report.added.length, changed: report.changed.length, removed: report.removed.length, unchanged: report.unchanged, chunks: core.knowledge.chunkCount() },
    'knowledge indexed',
  );
  for (const failure of report.failed) logger.warn({ path: failure.path }, `knowledge file skipped: ${failure.reason}`);
  for (const warning of report.warnings) logger.warn({ path: warning.path, line: warning.line }, `knowledge file needs a look: ${warning.message}`);
  for (const skip of report.skipped) logger.info({ path: skip.path }, `knowledge file skipped: ${skip.path}: ${skip.reason}`);
  return report;
}

/** Channels other than the built-in web chat, in start order (loaded by the server only, so `loa ask` starts fast). */
const CHANNELS: { name: string; setup: () => Promise<ChannelSetup> }[] = [
  { name: 'Telegram', setup: async () => (await import('./channels/telegram/setup.js')).setupTelegram },
  { name: 'Zalo Bot', setup: async () => (await import('./channels/zalo-bot/setup.js')).setupZaloBot },
  { name: 'Zalo OA', setup: async () => (await import('./channels/zalo-oa/setup.js')).setupZaloOa },
];

/** A running server: its port, outbound channels, and a stop function. */
export interface RunningServer {
  port: number;
  core: Core;
  outbound: OutboundChannel[];
  stop(): Promise<void>;
}

/** Starts everything: ingest, HTTP (web chat, webhooks), channels. Logs which channels are on and why others are off. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  // HTTP, the console and the channels load here, not with buildCore: the CLI's one-shot commands never need them.
  const [{ createHttpApp, closeServer, listen }, { createWebChatRoutes }, { createAdminApp }] = await Promise.all([
    import('./http.js'),
    import('./channels/web/routes.js'),
    import('./admin/app.js'),
  ]);
  const core = buildCore(config, logger);
  const { deliveryTexts } = core;
  const ingestReport = await ingestKnowledge(core, logger);
  const { broadcasts, outbox: outboxStore, desk, calendar } = core;
  const telegramComposers = async () => {
    const [{ createFeedbackComposer }, { createSubscribeComposer }, { createBroadcastComposer }] = await Promise.all([
      import('./channels/telegram/feedback-composer.js'),
      import('./channels/telegram/subscribe-composer.js'),
      import('./channels/telegram/broadcast-composer.js'),
    ]);
    return [
      createFeedbackComposer({ store: core.feedback, texts: feedbackTexts(core.prompts.messages) }),
      createSubscribeComposer(),
      createBroadcastComposer({
        desk,
        texts: deliveryTexts.broadcast,
        isStaff: (id) => config.STAFF_TELEGRAM_IDS.includes(id),
        now: () => new Date(),
        timeZone: config.TIMEZONE,
        logger: logger.child({ feature: 'broadcast' }),
      }),
    ];
  };

  const http = createHttpApp(logger, () => ({ documents: core.knowledge.documentCount(), chunks: core.knowledge.chunkCount() }));
  http.route('/', createWebChatRoutes({ assistant: core.assistant, messages: core.prompts.messages, trustedProxies: config.TRUST_PROXY }));

  // One pacing budget per bot token, shared by replies (first), console corrections and broadcasts.
  const pacers = new Map<ChannelName, Pacer>();
  const pacerFor = (channel: ChannelName): Pacer => {
    let pacer = pacers.get(channel);
    if (!pacer) {
      pacer = createPacer({ perSecond: channel === 'telegram' ? config.TELEGRAM_BROADCAST_RATE : config.ZALO_BROADCAST_RATE });
      pacers.set(channel, pacer);
    }
    return pacer;
  };

  const handles: ChannelHandle[] = [];
  for (const { name, setup } of CHANNELS) {
    try {
      const result = await (await setup())({ config, logger: logger.child({ channel: name }), core, http, telegramComposers, pacerFor });
      if ('off' in result) logger.info(`${name}: off (${result.off})`);
      else handles.push(result);
    } catch (error) {
      logger.error({ err: error }, `${name}: off (failed to set up: ${(error as Error).message})`);
    }
  }

  const outbound = handles.flatMap((h) => (h.outbound ? [h.outbound] : []));
  // Corrections from the console are stored in the outbox; delivery sends them after replies, before broadcasts.
  let wakeDelivery = (): void => {};
  const correctionStore = createCorrectionStore(core.db);
  const corrections: CorrectionStore = {
    ...correctionStore,
    queue(correction, at) {
      const id = correctionStore.queue(correction, at);
      wakeDelivery();
      return id;
    },
  };
  // Console uploads publish into the same index the channels search, so an answer can cite them at once.
  const documents = createDocumentDesk({
    store: createConsoleDocumentStore(core.db),
    index: core.knowledge,
    overview: createDocumentOverview(core.db),
    dataDir: dirname(resolve(config.DATABASE_PATH)),
    folderFailures: () => ingestReport.failed,
    folderWarnings: () => ingestReport.warnings,
    allowedDomains: loadAllowedDomains(config.KNOWLEDGE_DIR),
  });
  // The console's broadcast preview reads Zalo OA's promotion quota through the running channel (its tokens).
  const zaloOaPromotions = handles.find((h): h is ZaloOaHandle => 'promotions' in h)?.promotions;
  http.route('/admin', createAdminApp({ ...adminDeps(core, { desk, outbox: outboxStore, calendar, corrections }, () => outbound, logger), documents, zaloOaPromotions }));

  const { server, port } = await listen(http, config.HOST, config.PORT).catch((error: unknown) => {
    core.close();
    throw error;
  });
  logger.info(`Web chat: on at http://${config.HOST}:${port}`);
  logger.info(`Staff console: http://${config.HOST}:${port}/admin`);
  if (createStaffStore(core.db).list().length === 0) {
    logger.warn('No staff account yet: create the first one with `npx loa staff add --name YOUR_NAME --role admin`');
  }
  logger.info(hasModel(config) ? `Answers: grounded (model ${config.OPENAI_MODEL}), extractive fallback` : 'Answers: extractive, offline (set OPENAI_API_KEY or OPENAI_BASE_URL for grounded answers)');
  // Each channel starts on its own and is retried with backoff: a hung platform never holds up the others.
  const supervised = handles.map((handle) => superviseChannel(handle, logger));

  // Delivery starts after the channels: it resumes an interrupted broadcast (marking in-flight sends unconfirmed).
  const delivery = createDelivery({
    broadcasts,
    outbox: outboxStore,
    calendar,
    subscriptions: core.subscriptions,
    reminderTexts: deliveryTexts.reminders,
    channels: outbound,
    rateFor: (channel) => (channel === 'telegram' ? config.TELEGRAM_BROADCAST_RATE : config.ZALO_BROADCAST_RATE),
    limiterFor: (channel) => pacerFor(channel as ChannelName).limiter,
    timeZone: config.TIMEZONE,
    logger: logger.child({ feature: 'delivery' }),
  });
  delivery.start();
  wakeDelivery = () => delivery.dispatcher.wake();
  const retention = startTurnRetention({ turns: core.turns, inbox: core.inbox, days: config.TURN_RETENTION_DAYS, logger: logger.child({ feature: 'retention' }) });
  // A broadcast for "now" starts at once, not at the next minute tick.
  desk.whenScheduled((sendAt) => {
    if (sendAt.getTime() <= Date.now()) void delivery.tick(new Date()).catch((error: unknown) => logger.error({ err: error }, 'broadcast start failed; the minute tick retries'));
  });
  logger.info(`Delivery: on (${outbound.map((o) => o.name).join(', ') || 'no outbound channel yet'}; reminders and broadcasts every minute, quiet 21:00–07:00 ${config.TIMEZONE})`);

  let stopped = false;
  return {
    port,
    core,
    outbound,
    async stop() {
      if (stopped) return;
      stopped = true;
      retention.stop();
      // Bounded: sends in flight get STOP_GRACE_MS, then are abandoned (their updates and rows resume at the next start).
      await Promise.race([
        Promise.allSettled([delivery.stop(), ...supervised.map((s) => s.stop())]),
        new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS + 2000).unref()),
      ]);
      await closeServer(server);
      core.close();
    },
  };
}

/** The staff console's dependencies over the core's database; `outbound` says which channels can reach a resident. */
function adminDeps(
  core: Core,
  delivery: { desk: BroadcastAdmin; outbox: OutboxStore; calendar: WeekCalendarStore; corrections: CorrectionStore },
  outbound: () => OutboundChannel[],
  logger: Logger,
): AdminDeps {
  return {
    ...createAdminStores(core.db, matchesLocality),
    subscriptions: core.subscriptions,
    broadcasts: delivery.desk,
    outbox: delivery.outbox,
    calendar: delivery.calendar,
    corrections: delivery.corrections,
    inLocality: matchesLocality,
    outbound,
    messages: core.prompts.messages,
    logger: logger.child({ component: 'admin' }),
    timeZone: core.config.TIMEZONE,
  };
}
