// A fake Zalo OA Open API and OAuth server on 127.0.0.1: single-use refresh tokens, message/cs, promotion, ZBS template, quota, failures.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One token refresh as the fake received it. */
export interface RecordedRefresh {
  refreshToken: string;
  appId: string;
  grantType: string;
  secretKey: string;
  /** True when the fake issued a new pair. */
  ok: boolean;
}

/** One message/cs call as the fake received it. */
export interface RecordedOaMessage {
  accessToken: string;
  userId: string;
  text: string;
  /** Zalo's `error` field the fake answered with (0 = sent). */
  error: number;
}

/** One message/promotion call as the fake received it (header and text elements of the template). */
export interface RecordedPromotion {
  accessToken: string;
  userId: string;
  header: string;
  text: string;
  /** Zalo's `error` field the fake answered with (0 = sent). */
  error: number;
}

/** One message/template (ZBS template by UID) call as the fake received it. */
export interface RecordedTemplate {
  accessToken: string;
  userId: string;
  templateId: string;
  data: Record<string, unknown>;
  /** Zalo's `error` field the fake answered with (0 = sent). */
  error: number;
}

/** A failure answer: HTTP status and Zalo's JSON body. */
export interface OaFailure {
  status: number;
  body: Record<string, unknown>;
}

/** Options of the fake. */
export interface FakeZaloOaOptions {
  appId: string;
  appSecret: string;
  /** The refresh token valid at the start (ZALO_OA_REFRESH_TOKEN). */
  refreshToken: string;
  /** expires_in the fake returns, in seconds (default 90000, as Zalo does). */
  expiresInSec?: number;
  /** Approved ZBS templates: id → its parameter names (default { 'tpl-3': ['content'] }). */
  templates?: Record<string, string[]>;
}

/** A running fake. One base URL serves both ZALO_OA_API_BASE and ZALO_OA_OAUTH_BASE. */
export interface FakeZaloOa {
  base: string;
  refreshes: RecordedRefresh[];
  messages: RecordedOaMessage[];
  promotions: RecordedPromotion[];
  templates: RecordedTemplate[];
  /** Sets the daily template quota the fake counts down and reports with each template send (default 100). */
  setTemplateQuota(remain: number): void;
  /** How many quota/message calls the fake answered. */
  quotaReads(): number;
  /** Sets the promotion quota the fake reports and counts down (default 100). */
  setPromotionQuota(remain: number): void;
  /** Messages accepted (error 0). */
  delivered(): { userId: string; text: string }[];
  /** The refresh token the fake currently accepts. */
  validRefreshToken(): string;
  /** Makes every issued access token invalid (Zalo answers -216). */
  revokeAccessTokens(): void;
  failNextRefresh(failure: OaFailure, times?: number): void;
  failNextMessage(failure: OaFailure, times?: number): void;
  close(): Promise<void>;
}

/** Starts the fake on a free port. */
export async function startFakeZaloOa(options: FakeZaloOaOptions): Promise<FakeZaloOa> {
  const refreshes: RecordedRefresh[] = [];
  const messages: RecordedOaMessage[] = [];
  const promotions: RecordedPromotion[] = [];
  const templates: RecordedTemplate[] = [];
  const approved = options.templates ?? { 'tpl-3': ['content'] };
  let promotionRemain = 100;
  let templateRemain = 100;
  let quotaReads = 0;
  const refreshFailures: OaFailure[] = [];
  const messageFailures: OaFailure[] = [];
  let validRefresh = options.refreshToken;
  const validAccess = new Set<string>();
  let issued = 0;

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (req.method === 'POST' && req.url === '/v4/oa/access_token') {
      const form = new URLSearchParams(raw);
      const record: RecordedRefresh = {
        refreshToken: form.get('refresh_token') ?? '',
        appId: form.get('app_id') ?? '',
        grantType: form.get('grant_type') ?? '',
        secretKey: String(req.headers.secret_key ?? ''),
        ok: false,
      };
      refreshes.push(record);
      const failure = refreshFailures.shift();
      if (failure) return answer(res, failure.status, failure.body);
      if (record.secretKey !== options.appSecret || record.appId !== options.appId || record.grantType !== 'refresh_token') {
        return answer(res, 200, { error: -14002, error_name: 'Invalid app', error_description: 'app_id or secret_key is wrong' });
      }
      if (record.refreshToken !== validRefresh) {
        return answer(res, 200, { error: -14014, error_name: 'Invalid refresh token', error_description: 'Refresh token is invalid' });
      }
      issued++;
      const accessToken = `access-${issued}`;
      validRefresh = `refresh-${issued}`;
      validAccess.add(accessToken);
      record.ok = true;
      return answer(res, 200, { access_token: accessToken, refresh_token: validRefresh, expires_in: String(options.expiresInSec ?? 90000) });
    }
    if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') {
      const body = JSON.parse(raw) as { recipient?: { user_id?: string }; message?: { text?: string } };
      const record: RecordedOaMessage = {
        accessToken: String(req.headers.access_token ?? ''),
        userId: body.recipient?.user_id ?? '',
        text: body.message?.text ?? '',
        error: 0,
      };
      messages.push(record);
      if (!validAccess.has(record.accessToken)) {
        record.error = -216;
        return answer(res, 200, { error: -216, message: 'Access token is invalid' });
      }
      const failure = messageFailures.shift();
      if (failure) {
        record.error = typeof failure.body.error === 'number' ? failure.body.error : -1;
        return answer(res, failure.status, failure.body);
      }
      return answer(res, 200, { error: 0, message: 'Success', data: { message_id: `msg-${messages.length}`, user_id: record.userId } });
    }
    if (req.method === 'POST' && req.url === '/v3.0/oa/message/promotion') return promotion(req, res, raw);
    if (req.method === 'POST' && req.url === '/v3.0/oa/message/template') return template(req, res, raw);
    if (req.method === 'POST' && req.url === '/v3.0/oa/quota/message') {
      quotaReads++;
      if (!validAccess.has(String(req.headers.access_token ?? ''))) return answer(res, 200, { error: -216, message: 'Access token is invalid' });
      const body = JSON.parse(raw) as { quota_owner?: string; product_type?: string };
      if (body.quota_owner !== 'OA' || body.product_type !== 'promotion') return answer(res, 200, { error: -201, message: 'Parameters are invalid' });
      return answer(res, 200, { error: 0, message: 'Success', data: [{ asset_id: 'asset-1', product_type: 'promotion', quota_type: 'sub_quota', valid_through: '2099-12-31', total: 1000, remain: promotionRemain }] });
    }
    return answer(res, 404, { error: 404, message: 'Not found' });
  };

  /** A template message: JSON body, access_token header, recipient, template_type promotion, header (≤ 100) and text elements. */
  const promotion = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    type Element = { type?: string; content?: unknown; align?: string };
    const body = JSON.parse(raw) as { recipient?: { user_id?: string }; message?: { attachment?: { type?: string; payload?: { template_type?: string; language?: string; elements?: Element[] } } } };
    const attachment = body.message?.attachment;
    const elements = attachment?.payload?.elements ?? [];
    const header = elements.find((e) => e.type === 'header')?.content;
    const text = elements.find((e) => e.type === 'text')?.content;
    const record: RecordedPromotion = {
      accessToken: String(req.headers.access_token ?? ''),
      userId: body.recipient?.user_id ?? '',
      header: typeof header === 'string' ? header : '',
      text: typeof text === 'string' ? text : '',
      error: 0,
    };
    promotions.push(record);
    const fail = (status: number, error: number, message: string) => {
      record.error = error;
      return answer(res, status, { error, message });
    };
    if (!validAccess.has(record.accessToken)) return fail(200, -216, 'Access token is invalid');
    const shapeOk =
      String(req.headers['content-type'] ?? '').startsWith('application/json') &&
      record.userId !== '' &&
      attachment?.type === 'template' &&
      attachment.payload?.template_type === 'promotion' &&
      record.header !== '' &&
      record.header.length <= 100 &&
      record.text !== '';
    if (!shapeOk) return fail(200, -201, 'Parameters are invalid');
    const failure = messageFailures.shift();
    if (failure) return fail(failure.status, typeof failure.body.error === 'number' ? failure.body.error : -1, String(failure.body.message ?? 'failed'));
    if (promotionRemain <= 0) return fail(200, -1, 'Promotion quota exceeded');
    promotionRemain--;
    return answer(res, 200, { error: 0, message: 'Success', data: { message_id: `promo-${promotions.length}`, user_id: record.userId } });
  };

  /**
   * A ZBS template message by UID: JSON body { user_id, template_id, template_data } with exactly the approved
   * template's parameters, each a non-empty string; answers with the day's quota left as a ZNS send does.
   */
  const template = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const body = JSON.parse(raw) as { user_id?: unknown; template_id?: unknown; template_data?: unknown };
    const data = body.template_data && typeof body.template_data === 'object' && !Array.isArray(body.template_data) ? (body.template_data as Record<string, unknown>) : {};
    const record: RecordedTemplate = {
      accessToken: String(req.headers.access_token ?? ''),
      userId: typeof body.user_id === 'string' ? body.user_id : '',
      templateId: typeof body.template_id === 'string' ? body.template_id : '',
      data,
      error: 0,
    };
    templates.push(record);
    const fail = (status: number, error: number, message: string) => {
      record.error = error;
      return answer(res, status, { error, message });
    };
    if (!validAccess.has(record.accessToken)) return fail(200, -216, 'Access token is invalid');
    const params = approved[record.templateId];
    if (!params) return fail(200, -1, 'Template is not approved');
    const keys = Object.keys(data).sort();
    const shapeOk =
      String(req.headers['content-type'] ?? '').startsWith('application/json') &&
      record.userId !== '' &&
      keys.join(',') === [...params].sort().join(',') &&
      Object.values(data).every((value) => typeof value === 'string' && value !== '');
    if (!shapeOk) return fail(200, -201, 'Parameters are invalid');
    const failure = messageFailures.shift();
    if (failure) return fail(failure.status, typeof failure.body.error === 'number' ? failure.body.error : -1, String(failure.body.message ?? 'failed'));
    if (templateRemain <= 0) return fail(200, -1, 'Out of quota');
    templateRemain--;
    return answer(res, 200, { error: 0, message: 'Success', data: { msg_id: `tpl-${templates.length}`, sent_time: String(Date.now()), quota: { dailyQuota: '100', remainingQuota: String(templateRemain) } } });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => answer(res, 500, { error: -1, message: 'fake failed' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    refreshes,
    messages,
    promotions,
    templates,
    setTemplateQuota(remain) {
      templateRemain = remain;
    },
    quotaReads: () => quotaReads,
    setPromotionQuota(remain) {
      promotionRemain = remain;
    },
    delivered: () => messages.filter((m) => m.error === 0).map(({ userId, text }) => ({ userId, text })),
    validRefreshToken: () => validRefresh,
    revokeAccessTokens: () => validAccess.clear(),
    failNextRefresh(failure, times = 1) {
      for (let i = 0; i < times; i++) refreshFailures.push(failure);
    },
    failNextMessage(failure, times = 1) {
      for (let i = 0; i < times; i++) messageFailures.push(failure);
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
