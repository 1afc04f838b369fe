-- Index statistics kept by ingest in the transaction that changes the chunks, so a query reads them instead of walking
-- FTS5 posting lists: each term's document frequency (chunks holding it in any column) and the number of chunks.
CREATE TABLE term_stats (
  term TEXT PRIMARY KEY,
  doc  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE index_stats (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;

-- An index built before this migration: its frequencies counted once from the FTS5 vocabulary.
INSERT INTO term_stats (term, doc) SELECT term, doc FROM chunks_vocab;
INSERT INTO index_stats (name, value) SELECT 'chunks', count(*) FROM chunks;
