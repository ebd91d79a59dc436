-- Schema for the newspaper corpus: source pages, their paragraphs and
-- articles, the people who signed each article, the entities of each
-- article, and a zh full-text index over headlines and bodies (external
-- content, kept in sync by triggers).

CREATE TABLE IF NOT EXISTS pages(
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,     -- file name under seeds/
  raw TEXT NOT NULL,             -- the page text, unchanged (a byte-order mark dropped)
  bytes INTEGER NOT NULL,        -- of raw
  checksum TEXT NOT NULL,        -- sha3-256 of raw, hex
  banner TEXT                    -- the page's banner line, if any
);
-- A page is in once, whatever the names of its files (sql/ingest.sql
-- skips the others).
CREATE UNIQUE INDEX IF NOT EXISTS pages_checksum ON pages(checksum);

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

-- Articles as zh_articles() reads them off a page.
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,          -- order on the page, from 1
  kicker TEXT,
  headline TEXT,
  subheadline TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('news', 'photo', 'brief')),
  dateline TEXT,
  credit TEXT,
  body TEXT,
  start INTEGER NOT NULL,        -- character offsets into pages.raw
  "end" INTEGER NOT NULL,
  UNIQUE(page_id, seq)
);

-- Reporters, correspondents and photographers, one row each.
CREATE TABLE IF NOT EXISTS bylines(
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY(article_id, name, role)
);

-- Entities of every article body; start and end are character offsets
-- into articles.body.
CREATE TABLE IF NOT EXISTS entities(
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  value TEXT,
  role TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY(article_id, start, kind)
);
CREATE INDEX IF NOT EXISTS entities_kind_text ON entities(kind, text);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  headline, body, content='articles', content_rowid='id', tokenize='zh'
);

CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, headline, body)
    VALUES ('delete', old.id, old.headline, old.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, headline, body)
    VALUES ('delete', old.id, old.headline, old.body);
  INSERT INTO articles_fts(rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
