-- Ingests the *.txt pages of a folder: seeds/, or the shell parameter @dir
-- (.parameter set @dir 'some/folder').  Run from the repository root, after
-- schema.sql, with the extension loaded.  A page whose file is unchanged is
-- left as it is, so running the ingest again changes nothing; a changed
-- file replaces its page and everything read off it.  A file that is
-- empty, not UTF-8, or no newspaper page is reported and recorded in
-- rejects; the other files go in all the same.
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TEMP TABLE incoming AS
  SELECT name AS file, CAST(data AS TEXT) AS raw, length(data) AS bytes,
         lower(hex(sha3(data, 256))) AS checksum,
         CASE
           WHEN length(data) = 0 THEN 'empty file'
           WHEN zh_utf8_error(data) IS NOT NULL THEN 'not UTF-8 text: ' || zh_utf8_error(data)
           WHEN NOT EXISTS (SELECT 1 FROM zh_articles(CAST(data AS TEXT)) WHERE kind = 'news')
             THEN 'not a newspaper page: no article with a dateline (本报讯, 记者 … 报道)'
         END AS problem
  FROM fsdir(coalesce(@dir, 'seeds')) WHERE name LIKE '%.txt' ORDER BY name;

CREATE TABLE IF NOT EXISTS rejects(file TEXT PRIMARY KEY, problem TEXT NOT NULL);
DELETE FROM rejects WHERE file IN (SELECT file FROM incoming);
INSERT INTO rejects SELECT file, problem FROM incoming WHERE problem IS NOT NULL;
DELETE FROM incoming WHERE problem IS NOT NULL;

DELETE FROM pages
 WHERE file IN (SELECT file FROM incoming)
   AND checksum <> (SELECT checksum FROM incoming WHERE incoming.file = pages.file);
INSERT INTO pages(file, raw, bytes, checksum, banner)
  SELECT file, raw, bytes, checksum, (SELECT banner FROM zh_articles(raw) LIMIT 1)
  FROM incoming WHERE file NOT IN (SELECT file FROM pages);

-- What is read off the new pages: paragraphs, articles, bylines, entities.
CREATE TEMP TABLE new_pages AS
  SELECT id FROM pages WHERE id NOT IN (SELECT page_id FROM paragraphs);
INSERT INTO paragraphs(page_id, seq, body, start, "end", pieces)
  SELECT pages.id, p.seq, p.text, p.start, p."end", p.pieces
  FROM pages, zh_paragraphs(pages.raw) AS p
  WHERE pages.id IN (SELECT id FROM new_pages);
INSERT INTO articles(page_id, seq, kicker, headline, subheadline, kind, dateline, credit,
                     body, start, "end")
  SELECT pages.id, a.seq, a.kicker, a.headline, a.subheadline, a.kind, a.dateline, a.credit,
         a.body, a.start, a."end"
  FROM pages, zh_articles(pages.raw) AS a
  WHERE pages.id IN (SELECT id FROM new_pages);
INSERT OR IGNORE INTO bylines(article_id, name, role)
  SELECT a.id, e.text, e.role
  FROM articles a, zh_entities(coalesce(a.dateline, '') || char(10) || coalesce(a.credit, ''),
                               'person') AS e
  WHERE e.role IS NOT NULL AND a.page_id IN (SELECT id FROM new_pages);
INSERT INTO entities(article_id, kind, text, value, role, start, "end")
  SELECT a.id, e.kind, e.text, e.value, e.role, e.start, e."end"
  FROM articles a, zh_entities(a.body) AS e
  WHERE a.page_id IN (SELECT id FROM new_pages);
DROP TABLE new_pages;
DROP TABLE incoming;
COMMIT;
SELECT 'skipped ' || file || ': ' || problem AS ingest FROM rejects ORDER BY file;
INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check');
