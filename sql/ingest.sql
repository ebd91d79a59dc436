-- Ingests seeds/*.txt (run from the repository root, after schema.sql,
-- with the extension loaded).  A page whose file is unchanged is left as
-- it is, so running the ingest again changes nothing; a changed file
-- replaces its page and paragraphs.
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TEMP TABLE incoming AS
  SELECT name AS file, CAST(data AS TEXT) AS raw, length(data) AS bytes,
         lower(hex(sha3(data, 256))) AS checksum
  FROM fsdir('seeds') WHERE name LIKE '%.txt' ORDER BY name;

DELETE FROM pages
 WHERE file IN (SELECT file FROM incoming)
   AND checksum <> (SELECT checksum FROM incoming WHERE incoming.file = pages.file);
INSERT INTO pages(file, raw, bytes, checksum)
  SELECT file, raw, bytes, checksum FROM incoming
   WHERE file NOT IN (SELECT file FROM pages);

-- Paragraphs of the new pages, with those the page layout broke joined.
INSERT INTO paragraphs(page_id, seq, body, start, "end", pieces)
  SELECT pages.id, p.seq, p.text, p.start, p."end", p.pieces
  FROM pages, zh_paragraphs(pages.raw) AS p
  WHERE NOT EXISTS (SELECT 1 FROM paragraphs WHERE page_id = pages.id);
-- Entities of the paragraphs that have none yet.
INSERT INTO entities(paragraph_id, kind, text, value, role, start, "end")
  SELECT g.id, e.kind, e.text, e.value, e.role, e.start, e."end"
  FROM paragraphs g, zh_entities(g.body) AS e
  WHERE NOT EXISTS (SELECT 1 FROM entities WHERE paragraph_id = g.id);
DROP TABLE incoming;
COMMIT;
INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check');
