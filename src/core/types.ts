// Channel-neutral types shared by the core, the channel adapters and the stores.

/** Every channel Loa speaks on. `cli` is the local command line. */
export type ChannelName = 'web' | 'telegram' | 'zalo-bot' | 'zalo-oa' | 'cli';

/** Where a reply or broadcast goes: a chat on one channel. */
export interface Address {
  channel: ChannelName;
  chatId: string;
}

/** A platform update turned into what the core understands. */
export interface IncomingMessage {
  address: Address;
  /** Platform user id of the sender (equal to chatId in private chats). */
  userId: string;
  userName?: string;
  /** 'text' for typed text, 'command' for /commands, 'unsupported' for stickers, photos, voice and the like. */
  kind: 'text' | 'command' | 'unsupported';
  text: string;
  /** For commands: the command name without slash (lowercase) and its argument text. */
  command?: string;
  args?: string;
  /** True in a group chat (adapters that know the chat type set it); staff dialogues serve private chats only. */
  inGroup?: boolean;
  receivedAt: Date;
}

/** How an answer was produced. */
export type AnswerMode = 'extractive' | 'grounded' | 'curated' | 'refusal' | 'smalltalk' | 'calendar' | 'system';

/** A numbered source shown under an answer. */
export interface Citation {
  n: number;
  title: string;
  /** e.g. "Quyết định 387/QĐ-TTg, 25/03/2022" (empty for topic documents without a number). */
  reference: string;
  url?: string;
  snippet: string;
  /** Status of the cited document; answers from superseded documents say so. */
  status?: DocumentStatus;
  chunkId?: number;
}

/** A quick-reply button: `label` is shown, `data` is sent back as text (or callback data). */
export interface ReplyButton {
  label: string;
  data: string;
}

/** What the core decided to say. Channels render it for their platform. */
export interface Reply {
  text: string;
  citations: Citation[];
  refused: boolean;
  mode: AnswerMode;
  buttons?: ReplyButton[][];
  /** Id of the stored conversation turn, when the reply answers a question. */
  turnId?: number;
  /** For a reply to a pressed button: how a channel with inline buttons answers the press (typed channels ignore it). */
  press?: ButtonPressReply;
}

/** How a channel with inline buttons answers a press: as a short notice on the button or as a message; whether the pressed buttons go. */
export interface ButtonPressReply {
  showAs: 'notice' | 'message';
  /** True when the pressed message's buttons are used up (a vote, a confirmed draft, a chosen province). */
  removeButtons: boolean;
}

export type DocumentStatus = 'in-force' | 'superseded' | 'expired';

/** Metadata of an indexed document (from YAML front matter or the loader). */
export interface DocumentMeta {
  title: string;
  number?: string;
  issuer?: string;
  issued?: string;
  effective?: string;
  status: DocumentStatus;
  supersededBy?: string;
  source?: string;
  tags: string[];
}

/** One retrieved passage with its document's metadata and scores. */
export interface Passage {
  chunkId: number;
  documentId: number;
  path: string;
  heading: string;
  text: string;
  meta: DocumentMeta;
  /** Final ranking score (higher is better). */
  score: number;
  /** Share of the query's weighted terms that this passage contains (0..1). */
  coverage: number;
}

/** Retrieval the core depends on; implemented over SQLite FTS5 in knowledge/. */
export interface PassageSearch {
  search(query: string, options?: { limit?: number }): Passage[];
  /**
   * The passages of the documents a document numbered `number` ("25/2023", or "25" when no year is known) superseded,
   * by their metadata, ranked for `query`. Optional: without it no question is answered about a replaced document.
   */
  replacedBy?(number: string, query: string): Passage[];
  /**
   * The metadata of every numbered document, for a question naming one by what it is ("thông tư cũ năm 2014 về cộng
   * đồng học tập"). Optional: without it such a question is searched as typed.
   */
  documents?(): readonly DocumentMeta[];
  /**
   * The passages of the passage's document under the same heading, in document order, scored as the passage: a list the
   * index cut into several passages, whole. Optional: without it a list is answered from the passage found.
   */
  section?(passage: Passage): Passage[];
}

/** One question and its answer, as logged for moderators. */
export interface TurnRecord {
  channel: string;
  chatId: string;
  userId: string;
  question: string;
  answer: string;
  mode: string;
  refused: boolean;
  citations: Citation[];
  scores: { chunkId: number; score: number; coverage: number }[];
  fallbackReason?: string;
  latencyMs: number;
  createdAt: Date;
}

/** A logged turn with its id. */
export interface StoredTurn extends TurnRecord {
  id: number;
}

/** The conversation log the assistant writes to and reads recent history from. */
export interface TurnLog {
  record(turn: TurnRecord): number;
  /** The last `limit` turns of a chat, oldest first. */
  recent(channel: string, chatId: string, limit: number): StoredTurn[];
}
