-- What the last review of each folder document found worth a look (instruction-like text, payment requests, outside
-- links), kept so the console still shows it after a restart that did not re-read the unchanged file.
CREATE TABLE IF NOT EXISTS document_warnings (
  path    TEXT NOT NULL,
  line    INTEGER,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_warnings_path ON document_warnings(path);
