-- Documents uploaded in the staff console (drafts and published ones) and the log of every change made to them.
CREATE TABLE console_documents (
  -- AUTOINCREMENT: a deleted document's id (and its change log and originals folder) is never reused.
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  state         TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published')),
  file_name     TEXT NOT NULL,
  stored_file   TEXT NOT NULL,
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
  body          TEXT NOT NULL,
  warnings      TEXT NOT NULL DEFAULT '[]',
  version       INTEGER NOT NULL DEFAULT 1,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  published_at  TEXT
);

-- Kept after a document is deleted, so the record of who removed what stays.
CREATE TABLE console_document_changes (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  staff_name  TEXT NOT NULL,
  action      TEXT NOT NULL,
  detail      TEXT NOT NULL DEFAULT '',
  at          TEXT NOT NULL
);
CREATE INDEX console_document_changes_document ON console_document_changes(document_id, id);
