// `loa zalo info | set-webhook | delete-webhook`: the Zalo Bot's identity and webhook, and the stored Zalo OA token state.
import type { Command } from 'commander';
import type { ZaloBotApi } from '../channels/zalo-bot/api.js';
import type { Config } from '../config.js';
import { cliContext, fail } from './context.js';

/** Registers `zalo` and its subcommands. */
export function registerZaloCommand(program: Command): void {
  const zalo = program.command('zalo').description('Zalo Bot webhook and Zalo OA token status');

  zalo
    .command('info')
    .description('show the Zalo Bot (getMe), its webhook (getWebhookInfo) and the stored Zalo OA token expiry')
    .action(async () => {
      const { config } = cliContext();
      const out = process.stdout;
      if (config.ZALO_BOT_TOKEN) {
        const api = await botApi(config);
        const me = await call(() => api.getMe());
        const hook = await call(() => api.getWebhookInfo());
        out.write(`Zalo Bot: ${me.display_name ?? me.account_name ?? '?'} (id ${me.id ?? '?'})\n`);
        out.write(`Zalo Bot webhook: ${hook.url ? hook.url : 'none (long polling)'}\n`);
      } else {
        out.write('Zalo Bot: off (ZALO_BOT_TOKEN is not set)\n');
      }
      out.write(`${await oaTokenStatus(config)}\n`);
    });

  zalo
    .command('set-webhook')
    .description('register ZALO_BOT_WEBHOOK_URL (ending in /webhooks/zalo-bot) and ZALO_BOT_WEBHOOK_SECRET with Zalo')
    .action(async () => {
      const { config } = cliContext();
      const { ZALO_BOT_WEBHOOK_PATH } = await import('../channels/zalo-bot/webhook.js');
      const url = config.ZALO_BOT_WEBHOOK_URL;
      const secret = config.ZALO_BOT_WEBHOOK_SECRET;
      if (!url || !secret) fail('set ZALO_BOT_WEBHOOK_URL (https://…/webhooks/zalo-bot) and ZALO_BOT_WEBHOOK_SECRET (8–256 characters) first');
      if (!url.startsWith('https://')) fail(`ZALO_BOT_WEBHOOK_URL must be an https:// URL that Zalo can reach (got ${url})`);
      if (!new URL(url).pathname.endsWith(ZALO_BOT_WEBHOOK_PATH)) fail(`ZALO_BOT_WEBHOOK_URL must end with ${ZALO_BOT_WEBHOOK_PATH}, the path Loa listens on`);
      const api = await botApi(config);
      await call(() => api.setWebhook(url, secret));
      process.stdout.write(`Zalo Bot webhook set to ${url}\n`);
    });

  zalo
    .command('delete-webhook')
    .description('remove the Zalo Bot webhook (needed before long polling works)')
    .action(async () => {
      const { config } = cliContext();
      const api = await botApi(config);
      await call(() => api.deleteWebhook());
      process.stdout.write('Zalo Bot webhook removed; `loa start` without ZALO_BOT_WEBHOOK_URL now polls\n');
    });
}

/** The Zalo Bot API client (its module loads only for the `zalo` commands). */
async function botApi(config: Config): Promise<ZaloBotApi> {
  if (!config.ZALO_BOT_TOKEN) fail('ZALO_BOT_TOKEN is not set (copy it from Zalo Bot Manager)');
  const { createZaloBotApi } = await import('../channels/zalo-bot/api.js');
  return createZaloBotApi({ base: config.ZALO_BOT_API_BASE, token: config.ZALO_BOT_TOKEN });
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const { explainBotError } = await import('../channels/zalo-bot/api.js');
    fail(explainBotError(error));
  }
}

/** One line about the stored OA tokens; never refreshes (a refresh here would race the running server for the single-use token). */
async function oaTokenStatus(config: Config): Promise<string> {
  if (!config.ZALO_OA_APP_ID) return 'Zalo OA: off (ZALO_OA_APP_ID is not set)';
  const { openDatabase } = await import('../store/db.js');
  const { createStores } = await import('../store/stores.js');
  const { matchesLocality } = await import('../core/reminders.js');
  const db = openDatabase(config.DATABASE_PATH);
  try {
    const tokens = createStores(db, { inLocality: matchesLocality }).zaloTokens.get(config.ZALO_OA_APP_ID);
    if (!tokens) return `Zalo OA: no stored tokens yet; the server will start from ZALO_OA_REFRESH_TOKEN${config.ZALO_OA_REFRESH_TOKEN ? '' : ' (not set!)'}`;
    return `Zalo OA: access token refreshed ${tokens.refreshedAt.toISOString()}, valid until ${tokens.accessExpiresAt.toISOString()}`;
  } finally {
    db.close();
  }
}
