// Vietnamese labels for channels, answer modes and feedback, shared by the console's pages.

export const CHANNEL_LABELS: Record<string, string> = {
  web: 'Web',
  telegram: 'Telegram',
  'zalo-bot': 'Zalo Bot',
  'zalo-oa': 'Zalo OA',
  cli: 'Dòng lệnh',
};

export const MODE_LABELS: Record<string, string> = {
  curated: 'Biên tập',
  grounded: 'Mô hình (có nguồn)',
  extractive: 'Trích dẫn',
  refusal: 'Từ chối',
  system: 'Hệ thống',
  smalltalk: 'Chào hỏi, xã giao',
};

/** Label of a channel or mode, or the raw value when unknown. */
export function label(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}
