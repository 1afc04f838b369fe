// Zalo Bot message limits: replies are rendered as plain text by core/text/render.ts and split at this length.

/** Longest text one Zalo Bot message may carry. */
export const ZALO_BOT_TEXT_LIMIT = 2000;
