-- Core schema: indexed documents and chunks, the FTS5 index, conversation turns and processed-update keys.
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  path          TEXT NOT NULL UNIQUE,
  hash          TEXT NOT NULL,
  title         TEXT NOT NULL,
  number        TEXT,
  issuer        TEXT,
  issued        TEXT,
  effective     TEXT,
  status        TEXT NOT NULL DEFAULT 'in-force' CHECK (status IN ('in-force', 'superseded', 'expired')),
  superseded_by TEXT,
  source        TEXT,
  tags          TEXT NOT NULL DEFAULT '[]',
  indexed_at    TEXT NOT NULL
);

CREATE TABLE chunks (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  heading     TEXT NOT NULL DEFAULT '',
  text        TEXT NOT NULL
);
CREATE INDEX chunks_document ON chunks(document_id);

-- Pre-tokenized columns: head = title, number, heading and tags (folded words and pairs), fold = folded words,
-- fold2 = folded adjacent-syllable pairs joined with "_". Accents re-rank candidates from the chunk text itself.
CREATE VIRTUAL TABLE chunks_fts USING fts5(
  head, fold, fold2,
  content = '',
  contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
);
CREATE VIRTUAL TABLE chunks_vocab USING fts5vocab(chunks_fts, row);

CREATE TABLE turns (
  id              INTEGER PRIMARY KEY,
  channel         TEXT NOT NULL,
  chat_id         TEXT NOT NULL,
  user_id         TEXT NOT NULL,
  question        TEXT NOT NULL,
  answer          TEXT NOT NULL,
  mode            TEXT NOT NULL,
  refused         INTEGER NOT NULL DEFAULT 0,
  citations       TEXT NOT NULL DEFAULT '[]',
  scores          TEXT NOT NULL DEFAULT '[]',
  fallback_reason TEXT,
  latency_ms      REAL NOT NULL,
  created_at      TEXT NOT NULL
);
CREATE INDEX turns_chat ON turns(channel, chat_id, id);
CREATE INDEX turns_created ON turns(created_at);

CREATE TABLE processed_updates (
  source      TEXT NOT NULL,
  key         TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (source, key)
) WITHOUT ROWID;
