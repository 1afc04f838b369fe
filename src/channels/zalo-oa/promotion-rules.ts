// Zalo's rules for proactive OA messages, in one place: the 48-hour window, promotion and tag-3 template hours and limits.

/**
 * Customer-service (message/cs) messages reach a follower only within 48 hours of their last message or interaction
 * (Zalo OA help centre, "Các loại tin của Zalo Official Account": tin phản hồi are allowed for 48h after the user
 * writes; https://zalooa.freshdesk.com/support/solutions/articles/64000261136).
 */
export const CS_WINDOW_MS = 48 * 60 * 60 * 1000;

/**
 * Promotion messages may be sent only from 08:00 to 22:00 local time, and at most one a day to each user — the
 * primary key (user_id, day) of table zalo_oa_promotions enforces that one (ĐIỀU KIỆN GỬI TIN TRUYỀN THÔNG in @warriorteam/redai-zalo-sdk's promotion.service.js,
 * https://app.unpkg.com/@warriorteam/redai-zalo-sdk@1.32.17/files/dist/services/promotion.service.js).
 */
export const PROMOTION_HOURS = { fromHour: 8, untilHour: 22 } as const;

/**
 * The longest text put into a ZBS template's parameter: a ZBS template holds at most 400 characters
 * (https://brave-glacier-09026ee03.5.azurestaticapps.net/docs/zalo/message-types, "Templates support a maximum of 400
 * characters"); a longer reminder is not cut but reported, so staff shorten it.
 */
export const TEMPLATE_TEXT_LIMIT = 400;

/**
 * Tag-3 template messages one follower may get in a calendar month. ZBS template messages of tag 3 (promotion) follow
 * the promotion rules above too: one a day per follower (the same ledger) and the same hours. A reference tool on
 * Zalo's ZBS rules gives tag 2/3 hours as 07:00–22:00 and tag 3 as at most one a day and 30 a month per user
 * (https://glama.ai/mcp/connectors/vn.since98/zalo-business-reference/tools/check_sending_rules); 08:00–22:00
 * satisfies both readings.
 */
export const TEMPLATE_MONTHLY_LIMIT = 30;

/** The promotion quota read from Zalo is trusted (and counted down locally) for this long: one read per broadcast burst. */
export const PROMOTION_QUOTA_MAX_AGE_MS = 10 * 60 * 1000;

/** The local calendar day (YYYY-MM-DD) and hour of `at` in `timeZone`. */
export function localDayAndHour(at: Date, timeZone: string): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/** True when `hour` lies in Zalo's promotion sending hours. */
export function withinPromotionHours(hour: number): boolean {
  return hour >= PROMOTION_HOURS.fromHour && hour < PROMOTION_HOURS.untilHour;
}
