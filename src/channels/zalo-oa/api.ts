// The Zalo OA Open API v3 calls Loa makes: customer-service text (message/cs), ZBS template (message/template), promotion, quota.
import { ZaloOaError } from './errors.js';

/** Sending through the OA. */
export interface ZaloOaApi {
  /** Sends one text message; throws ZaloOaError when the HTTP status is not 2xx or Zalo's `error` is not 0. */
  sendText(accessToken: string, userId: string, text: string): Promise<void>;
  /** Sends one promotion message (template with a header and a text element); throws like sendText. */
  sendPromotion(accessToken: string, userId: string, header: string, text: string): Promise<void>;
  /** Promotion messages the OA may still send: the sum of `remain` over the quota assets Zalo returns. */
  promotionQuota(accessToken: string): Promise<number>;
  /**
   * Sends one approved ZBS template message to a follower by user id; throws like sendText. Answers the quota Zalo
   * reports with the send (`remainingQuota`), when it reports one.
   */
  sendTemplate(accessToken: string, userId: string, templateId: string, data: Readonly<Record<string, string>>): Promise<{ remainingQuota?: number }>;
}

/** Where the Open API lives. */
export interface ZaloOaApiOptions {
  apiBase: string;
  timeoutMs?: number;
}

interface OaResponse {
  error?: number;
  message?: string;
  data?: unknown;
}

/*
 * Request shapes. message/cs: { recipient: { user_id }, message: { text } }.
 * message/promotion (v3.0): { recipient: { user_id }, message: { attachment: { type: 'template', payload: {
 *   template_type: 'promotion', language: 'VI', elements: [{ type: 'header', content (≤ 100 chars) },
 *   { type: 'text', align: 'left', content }] } } } } — as described in the Zalo Promotion API v3.0 migration guide of
 * @warriorteam/redai-zalo-sdk (https://app.unpkg.com/@warriorteam/redai-zalo-sdk@1.32.17/files/docs/PROMOTION_API_V3_MIGRATION.md).
 * Quota: POST /v3.0/oa/quota/message with { quota_owner: 'OA', product_type: 'promotion' }, answering
 * { error: 0, data: [{ asset_id, product_type, quota_type, valid_through, total, remain }] } — the endpoint is the one
 * that SDK's OAService uses (files/dist/services/oa.service.js); the promotion product type and the asset fields are
 * our reading of it, not confirmed against developers.zalo.me (not in the searchable corpus).
 * message/template (ZBS Template Message sent by UID): { user_id, template_id, template_data: { <param>: value } }, as
 * Zalo's "ZBS Template Message API v1" (https://stc-cms-developers.zdn.vn/2025/12/ZBS_Template_Mesage_API_v1.pdf) is
 * quoted by integrations that use it; the answer's data.quota.remainingQuota is the ZNS send answer's field, read when
 * present (our reading: the PDF itself is not in the searchable corpus).
 */
const paths = { cs: '/v3.0/oa/message/cs', promotion: '/v3.0/oa/message/promotion', template: '/v3.0/oa/message/template', quota: '/v3.0/oa/quota/message' } as const;

/** Creates the client. */
export function createZaloOaApi(options: ZaloOaApiOptions): ZaloOaApi {
  const base = options.apiBase.replace(/\/+$/u, '');
  const post = async (path: string, accessToken: string, payload: unknown): Promise<OaResponse | undefined> => {
    const operation = path.replace('/v3.0/oa/', '');
    let response: Response;
    let body: OaResponse | undefined;
    try {
      response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: accessToken },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      body = (await response.json().catch(() => undefined)) as OaResponse | undefined;
    } catch (error) {
      throw new ZaloOaError(operation, undefined, undefined, (error as Error).message, error);
    }
    const code = typeof body?.error === 'number' ? body.error : undefined;
    if (response.ok && code === 0) return body;
    throw new ZaloOaError(operation, response.status, code, body?.message || response.statusText || 'unexpected response');
  };
  return {
    async sendText(accessToken, userId, text) {
      await post(paths.cs, accessToken, { recipient: { user_id: userId }, message: { text } });
    },
    async sendPromotion(accessToken, userId, header, text) {
      const elements = [
        { type: 'header', content: header },
        { type: 'text', align: 'left', content: text },
      ];
      const payload = { template_type: 'promotion', language: 'VI', elements };
      await post(paths.promotion, accessToken, { recipient: { user_id: userId }, message: { attachment: { type: 'template', payload } } });
    },
    async sendTemplate(accessToken, userId, templateId, data) {
      const body = await post(paths.template, accessToken, { user_id: userId, template_id: templateId, template_data: data });
      const remaining = (body?.data as { quota?: { remainingQuota?: unknown } } | undefined)?.quota?.remainingQuota;
      const count = typeof remaining === 'number' ? remaining : typeof remaining === 'string' && /^\d+$/u.test(remaining) ? Number(remaining) : undefined;
      return count === undefined ? {} : { remainingQuota: count };
    },
    async promotionQuota(accessToken) {
      const body = await post(paths.quota, accessToken, { quota_owner: 'OA', product_type: 'promotion' });
      const assets = Array.isArray(body?.data) ? (body.data as { remain?: unknown }[]) : [];
      return assets.reduce((sum, asset) => sum + (typeof asset.remain === 'number' && asset.remain > 0 ? asset.remain : 0), 0);
    },
  };
}
