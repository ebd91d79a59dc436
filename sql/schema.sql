-- Schema for the newspaper corpus: source pages, their paragraphs, and a
-- zh full-text index over the paragraphs (external content, kept in sync
-- by triggers).
CREATE TABLE IF NOT EXISTS pages(
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,     -- file name under seeds/
  raw TEXT NOT NULL,             -- the page text, unchanged
  bytes INTEGER NOT NULL,
  checksum TEXT NOT NULL         -- sha3-256 of raw, hex
);

-- Paragraphs as zh_paragraphs() gives them: the ones the page layout broke
-- (深深地激 / 励了她) joined again; start and end are character offsets
-- into pages.raw.
CREATE TABLE IF NOT EXISTS paragraphs(
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,          -- order on the page, from 1
  body TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  pieces INTEGER NOT NULL,       -- lines of the page it was made from
  UNIQUE(page_id, seq)
);

CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(
  body, content='paragraphs', content_rowid='id', tokenize='zh'
);

CREATE TRIGGER IF NOT EXISTS paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER IF NOT EXISTS paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER IF NOT EXISTS paragraphs_au AFTER UPDATE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO paragraphs_fts(rowid, body) VALUES (new.id, new.body);
END;

-- Entities of every paragraph, from zh_entities(); start and end are
-- character offsets into the paragraph.
CREATE TABLE IF NOT EXISTS entities(
  paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  value TEXT,
  role TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY(paragraph_id, start, kind)
);
CREATE INDEX IF NOT EXISTS entities_kind_text ON entities(kind, text);
