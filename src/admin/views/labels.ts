// Vietnamese labels for channels, answer modes and feedback, shared by the console's pages.
import type { ChannelCatalog } from '../../core/channel.js';
import type { ViewContext } from './layout.js';

/** Where a turn can come from besides the declared channels. */
export const OTHER_SOURCES: ViewContext['channels'] = [{ name: 'cli', label: 'Dòng lệnh', mayMessageFirst: false }];

export const MODE_LABELS: Record<string, string> = {
  curated: 'Biên tập',
  grounded: 'Mô hình (có nguồn)',
  extractive: 'Trích dẫn',
  refusal: 'Từ chối',
  system: 'Hệ thống',
  smalltalk: 'Chào hỏi, xã giao',
};

/** Names a turn's channel may have: the declared channels and the other sources. */
export function turnSources(catalog: ChannelCatalog): string[] {
  return [...catalog.all.map((channel) => channel.name as string), ...OTHER_SOURCES.map((source) => source.name)];
}

/** The label of a channel as its declaration gives it (or the raw name when none does). */
export function channelLabel(view: Pick<ViewContext, 'channels'>, name: string): string {
  return view.channels.find((channel) => channel.name === name)?.label ?? name;
}

/** Label of a mode, or the raw value when unknown. */
export function label(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}
