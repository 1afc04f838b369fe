// Zalo OA message limits: replies are rendered as plain text by core/text/render.ts and split at this length.

/** Longest text one OA text message may carry. */
export const ZALO_OA_TEXT_LIMIT = 2000;
