// Composition root: config → database → stores → knowledge → answer engine → channels and HTTP; graceful shutdown.
import { dirname, join, resolve } from 'node:path';
import { hasModel, type Config } from './config.js';
import { createAssistant, type Assistant } from './core/assistant.js';
import { createAnswerEngine, type AnswerEngine } from './core/answer/engine.js';
import { withCallBudget } from './core/answer/model-budget.js';
import type { ChannelCatalog, OutboundChannel } from './core/channel.js';
import { feedbackTexts } from './core/messages.js';
import { createFeedbackHandler } from './core/feedback.js';
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
import { loadAllowedDomains, type ReviewPolicy } from './knowledge/trust.js';
import { createSearch } from './knowledge/search.js';
import { loadSynonyms } from './knowledge/synonyms.js';
import { createOpenAIModel } from './llm/openai.js';
import { loadGuards, loadLanguage } from './language.js';
import { createLogger, type Logger } from './logger.js';
import { startTurnRetention } from './turn-retention.js';
import { loadPrompts, type PromptSet } from './prompts.js';
import { openDatabase, type Db } from './store/db.js';
import type { CorrectionStore } from './store/corrections.js';
import { consoleStores, createStores, type Stores } from './store/stores.js';
import { channelCatalog } from './channels/catalog.js';
import type { ChannelHandle, ChannelServices, ChannelSetup } from './channels/types.js';
import type { ZaloOaHandle } from './channels/zalo-oa/setup.js';

/** The concrete parts every entry point (server, CLI, tests, benchmarks) shares; the stores' fields are `stores`' own. */
export interface Core
  extends Pick<Stores, 'knowledge' | 'turns' | 'inbox' | 'subscriptions' | 'feedback' | 'broadcasts' | 'outbox' | 'calendar' | 'zaloTokens' | 'zaloOaPromotions'> {
  config: Config;
  db: Db;
  /** Every store, built once (hand parts the few they use). */
  stores: Stores;
  /** The declared channels (text limits, buttons, who may be messaged first, send rates, staff). */
  catalog: ChannelCatalog;
  search: PassageSearch;
  engine: AnswerEngine;
  assistant: Assistant;
  /** Previews, schedules and lists staff broadcasts (CLI, chat dialogues, console). */
  desk: BroadcastAdmin;
  prompts: PromptSet;
  deliveryTexts: DeliveryTexts;
  close(): void;
}

/** Opens the database and builds search, engine and assistant from settings. Does not ingest. Errors go to `logger` (default: stderr). */
export function buildCore(config: Config, logger: Logger = createLogger(config.LOG_LEVEL, process.stderr)): Core {
  const db = openDatabase(config.DATABASE_PATH);
  const stores = createStores(db, { inLocality: matchesLocality, fieldsOf: storedChunkFields });
  const catalog = channelCatalog(config);
  const { knowledge, calendar, turns, subscriptions, feedback, broadcasts, outbox } = stores;
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
  const engine = createAnswerEngine({
    search,
    messages: prompts.messages,
    lexicon: loadLanguage(config.PROMPTS_DIR),
    calendar,
    timeZone: config.TIMEZONE,
    model,
    prompts: prompts.grounded,
    curated: stores.curated,
  });
  const desk = createBroadcastDesk({ broadcasts, outbox, subscriptions, catalog });
  const assistant = createAssistant({
    engine,
    turns,
    messages: prompts.messages,
    placeOf: (address) => subscriptions.get(address),
    onError: (error, message) => logger.error({ err: error, channel: message.address.channel }, `answering failed: ${(error as Error).message}`),
    // One dialogue of each kind for every channel; each adapter renders the buttons its own way (inline or typed).
    handlers: [
      // Staff dialogue first: while a draft waits for GỬI/HỦY, "hủy" means the draft, not unsubscribing.
      createStaffBroadcastHandler({ desk, texts: deliveryTexts.broadcast, catalog, timeZone: config.TIMEZONE }),
      createFeedbackHandler({ store: feedback, texts: feedbackTexts(prompts.messages) }),
      createSubscriptionHandler({ book: subscriptions, texts: deliveryTexts.subscriptions, catalog }),
    ],
  });
  return {
    config, db, stores, catalog, search, engine, assistant, desk, prompts, deliveryTexts,
    knowledge, turns, subscriptions, feedback, broadcasts, outbox, calendar,
    inbox: stores.inbox,
    zaloTokens: stores.zaloTokens,
    zaloOaPromotions: stores.zaloOaPromotions,
    close: () => db.close(),
  };
}

/** What documents are reviewed against at ingest and upload: the link allow-list and the text guards. */
export function reviewPolicy(config: Config): ReviewPolicy {
  return { allowedDomains: loadAllowedDomains(config.KNOWLEDGE_DIR), guards: loadGuards(config.PROMPTS_DIR) };
}

/** Ingests the configured knowledge folder and logs what changed. */
export async function ingestKnowledge(core: Core, logger: Logger): Promise<IngestReport> {
  const report = await ingest(core.knowledge, [core.config.KNOWLEDGE_DIR], { baseDir: process.cwd(), review: reviewPolicy(core.config) });
  core.stores.documentWarnings.record([...report.added, ...report.changed], report.warnings, report.removed);
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
  const { stores, desk, catalog } = core;

  const http = createHttpApp(logger, () => ({ documents: core.knowledge.documentCount(), chunks: core.knowledge.chunkCount() }));
  http.route('/', createWebChatRoutes({ assistant: core.assistant, messages: core.prompts.messages, trustedProxies: config.TRUST_PROXY }));

  // One pacing budget per bot token, shared by replies (first), console corrections and broadcasts, at the channel's declared rate.
  const sendRateOf = (channel: string): number => catalog.of(channel)?.sendRate ?? 1;
  const pacers = new Map<ChannelName, Pacer>();
  const pacerFor = (channel: ChannelName): Pacer => {
    let pacer = pacers.get(channel);
    if (!pacer) {
      pacer = createPacer({ perSecond: sendRateOf(channel) });
      pacers.set(channel, pacer);
    }
    return pacer;
  };

  const handles: ChannelHandle[] = [];
  for (const { name, setup } of CHANNELS) {
    try {
      const result = await (await setup())({ config, logger: logger.child({ channel: name }), core: channelServices(core), http, pacerFor });
      if ('off' in result) logger.info(`${name}: off (${result.off})`);
      else handles.push(result);
    } catch (error) {
      logger.error({ err: error }, `${name}: off (failed to set up: ${(error as Error).message})`);
    }
  }

  const outbound = handles.flatMap((h) => (h.outbound ? [h.outbound] : []));
  // Corrections from the console are stored in the outbox; delivery sends them after replies, before broadcasts.
  let wakeDelivery = (): void => {};
  const correctionStore = stores.corrections;
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
    store: stores.consoleDocuments,
    index: stores.knowledge,
    overview: stores.documentOverview,
    dataDir: dirname(resolve(config.DATABASE_PATH)),
    folderFailures: () => ingestReport.failed,
    // Kept per file across restarts: an unchanged file is not read again, its last review still counts.
    folderWarnings: () => stores.documentWarnings.all(),
    review: reviewPolicy(config),
  });
  const reindexed = documents.refreshIndex();
  if (reindexed > 0) logger.info({ documents: reindexed }, 'console documents indexed again by the current indexing rules');
  // The console's broadcast preview reads Zalo OA's promotion quota through the running channel (its tokens).
  const zaloOaPromotions = handles.find((h): h is ZaloOaHandle => 'promotions' in h)?.promotions;
  http.route('/admin', createAdminApp({ ...adminDeps(core, corrections, () => outbound, logger), documents, zaloOaPromotions }));

  const { server, port } = await listen(http, config.HOST, config.PORT).catch((error: unknown) => {
    core.close();
    throw error;
  });
  logger.info(`Web chat: on at http://${config.HOST}:${port}`);
  logger.info(`Staff console: http://${config.HOST}:${port}/admin`);
  if (stores.staff.list().length === 0) {
    logger.warn('No staff account yet: create the first one with `npx loa staff add --name YOUR_NAME --role admin`');
  }
  logger.info(hasModel(config) ? `Answers: grounded (model ${config.OPENAI_MODEL}), extractive fallback` : 'Answers: extractive, offline (set OPENAI_API_KEY or OPENAI_BASE_URL for grounded answers)');
  // Each channel starts on its own and is retried with backoff: a hung platform never holds up the others.
  const supervised = handles.map((handle) => superviseChannel(handle, logger));

  // Delivery starts after the channels: it resumes an interrupted broadcast (marking in-flight sends unconfirmed).
  const delivery = createDelivery({
    broadcasts: stores.broadcasts,
    outbox: stores.outbox,
    calendar: stores.calendar,
    subscriptions: stores.subscriptions,
    reminderTexts: deliveryTexts.reminders,
    channels: outbound,
    catalog,
    rateFor: sendRateOf,
    limiterFor: (channel) => pacerFor(channel as ChannelName).limiter,
    timeZone: config.TIMEZONE,
    logger: logger.child({ feature: 'delivery' }),
  });
  delivery.start();
  wakeDelivery = () => delivery.dispatcher.wake();
  const retention = startTurnRetention({ turns: stores.turns, inbox: stores.inbox, days: config.TURN_RETENTION_DAYS, logger: logger.child({ feature: 'retention' }) });
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

/** What a channel is handed: the assistant, its texts and the few stores channels use, not the whole core. */
function channelServices(core: Core): ChannelServices {
  const { assistant, prompts, stores } = core;
  return { assistant, prompts, inbox: stores.inbox, subscriptions: stores.subscriptions, zaloTokens: stores.zaloTokens, zaloOaPromotions: stores.zaloOaPromotions };
}

/**
 * The staff console's dependencies: its own stores, the broadcast desk and calendar, the corrections queue (which wakes
 * delivery); `outbound` says which channels can reach a resident.
 */
function adminDeps(core: Core, corrections: CorrectionStore, outbound: () => OutboundChannel[], logger: Logger): AdminDeps {
  return {
    ...consoleStores(core.stores),
    broadcasts: core.desk,
    catalog: core.catalog,
    corrections,
    inLocality: matchesLocality,
    outbound,
    messages: core.prompts.messages,
    logger: logger.child({ component: 'admin' }),
    timeZone: core.config.TIMEZONE,
  };
}
