-- Ingests the *.txt pages of a folder and its subfolders: seeds/, or the
-- shell parameter @dir (.parameter set @dir 'some/folder').  Run it with
-- the sqlite3 shell from the repository root, after schema.sql, with the
-- extension loaded.
--
-- A page whose file is unchanged is left as it is, so running the ingest
-- again changes nothing; a changed file replaces its page and everything
-- read off it.  No page goes in twice: the folder is named one way however
-- it is given (h1, h1/ and ./h1 are h1), and a file whose text is already
-- a page under another name (a copy, or the folder reached by another
-- path) is skipped.  A byte-order mark at the head of a file is dropped.
--
-- A file is skipped, reported (skipped FILE: REASON; the report lists the
-- files of this run) and recorded in rejects, and the other files go in
-- all the same, when it is:
--   not a regular file (a FIFO, a folder, a symbolic link, a device, a
--     socket): never opened, so a FIFO cannot hang the ingest, and no
--     link is followed;
--   larger than the size cap, 64 MiB, or @max_bytes bytes if set
--     (.parameter set @max_bytes 1048576): not read; the shell prints
--     "string or blob too big" for it;
--   unreadable: permission denied;
--   an empty file, not UTF-8 text, no newspaper page (no dateline), or
--     the same page as another file.
-- The ingest waits up to a minute for another process writing to the
-- database (.timeout 60000, kept for the rest of the session).
--
-- How: the folder is listed first, names and modes only.  Each regular
-- file is then read by a statement of its own, written to
-- build/ingest_reads.sql and read with the shell's length limit lowered
-- to the size cap: a file over the cap fails its statement alone, before
-- any of it is read.  The shell prints the limit when it lowers it (to
-- the cap and 64 bytes) and when it raises it back to SQLite's maximum,
-- the default.
.timeout 60000
PRAGMA foreign_keys = ON;
DROP TABLE IF EXISTS temp.ingest;
DROP TABLE IF EXISTS temp.listed;
DROP TABLE IF EXISTS temp.got;
DROP TABLE IF EXISTS temp.incoming;

-- The folder as given, the folder named one way (empty and "." parts
-- dropped), the size cap and a number for this run.
CREATE TEMP TABLE ingest(given TEXT, folder TEXT, cap INTEGER, run INTEGER,
                         read_all INTEGER DEFAULT 0, script_bytes INTEGER);
INSERT INTO temp.ingest(given, folder, cap, run)
  WITH RECURSIVE walk(rest, folder) AS (
    SELECT coalesce(@dir, 'seeds') || '/', ''
    UNION ALL
    SELECT substr(rest, instr(rest, '/') + 1),
           CASE WHEN substr(rest, 1, instr(rest, '/') - 1) IN ('', '.') THEN folder
                WHEN folder = '' THEN substr(rest, 1, instr(rest, '/') - 1)
                ELSE folder || '/' || substr(rest, 1, instr(rest, '/') - 1) END
      FROM walk WHERE rest <> '')
  SELECT coalesce(@dir, 'seeds'),
         CASE WHEN coalesce(@dir, 'seeds') LIKE '/%' THEN '/' || folder
              WHEN folder = '' THEN '.' ELSE folder END,
         CAST(coalesce(@max_bytes, 67108864) AS INTEGER), abs(random())
    FROM walk WHERE rest = '';

-- fsdir's names start with the folder as given: they get the one name.
-- Its data column is never asked for here: that would open every file.
CREATE TEMP TABLE listed(file TEXT PRIMARY KEY, mode INTEGER);
INSERT INTO temp.listed
  SELECT folder || substr(name, length(given) + 1), mode
    FROM temp.ingest, fsdir(given) WHERE name LIKE '%.txt';

-- The reads: one statement a regular file (the type bits of its mode,
-- mode & 61440, are 32768), nothing else opened.  With the limit at the
-- cap (and 64 bytes of room for the row) a larger file fails its
-- statement and gets no row in got; an unreadable one gets NULL.  The
-- last statement marks this run's reads done: if the script could not be
-- written, a file without a row was not read, not too large.  (The UPDATE
-- keeps writefile's byte count, which a SELECT would print.)
CREATE TEMP TABLE got(id INTEGER PRIMARY KEY, data BLOB);
UPDATE temp.ingest SET script_bytes = writefile('build/ingest_reads.sql',
  '.limit length ' || (cap + 64) || char(10) ||
  coalesce((SELECT group_concat('INSERT INTO temp.got SELECT rowid, readfile(file) FROM temp.listed'
                                || ' WHERE rowid = ' || rowid || ';', char(10))
              FROM temp.listed WHERE mode & 61440 = 32768) || char(10), '') ||
  '.limit length 2147483647' || char(10) ||
  'UPDATE temp.ingest SET read_all = 1 WHERE run = ' || run || ';' || char(10),
  420);  -- rw-r--r--; with no mode given, writefile() fails without a word
.read build/ingest_reads.sql

-- Each file with its text (a byte-order mark dropped) and what is wrong
-- with it, if anything.
CREATE TEMP TABLE incoming AS
  SELECT file, CAST(content AS TEXT) AS raw, length(content) AS bytes,
         lower(hex(sha3(content, 256))) AS checksum,
         CASE
           WHEN filetype IS NOT NULL THEN 'not a regular file (' || filetype || ')'
           WHEN NOT read_all THEN 'not read: the ingest could not use build/ingest_reads.sql'
           WHEN id IS NULL OR length(data) > cap THEN 'larger than ' ||
             CASE WHEN cap % 1048576 = 0 THEN (cap / 1048576) || ' MiB'
                  WHEN cap % 1024 = 0 THEN (cap / 1024) || ' KiB' ELSE cap || ' bytes' END
           -- readfile() gives NULL when it cannot open the file: permission
           -- denied, or (rarely) the file was removed since it was listed.
           WHEN data IS NULL THEN 'unreadable: permission denied'
           WHEN length(content) = 0 THEN 'empty file'
           WHEN zh_utf8_error(data) IS NOT NULL THEN 'not UTF-8 text: ' || zh_utf8_error(data)
           WHEN NOT EXISTS (SELECT 1 FROM zh_articles(CAST(content AS TEXT)) WHERE kind = 'news')
             THEN 'not a newspaper page: no article with a dateline (本报讯, 记者 … 报道)'
         END AS problem
  FROM (SELECT listed.file, got.id, got.data, ingest.cap, ingest.read_all,
               CASE WHEN substr(got.data, 1, 3) = X'EFBBBF' THEN substr(got.data, 4)
                    ELSE got.data END AS content,
               CASE listed.mode & 61440 WHEN 32768 THEN NULL
                    WHEN 4096 THEN 'a FIFO' WHEN 16384 THEN 'a folder'
                    WHEN 40960 THEN 'a symbolic link' WHEN 49152 THEN 'a socket'
                    ELSE 'a device' END AS filetype
          FROM temp.ingest, temp.listed LEFT JOIN temp.got ON got.id = listed.rowid);

-- IMMEDIATE: the wait for another writer (.timeout) is here.  A deferred
-- BEGIN reads first, and SQLite does not wait to turn a reader into a
-- writer: the first write would fail at once.
BEGIN IMMEDIATE;
CREATE TABLE IF NOT EXISTS rejects(file TEXT PRIMARY KEY, problem TEXT NOT NULL);
DELETE FROM rejects WHERE file IN (SELECT file FROM incoming);
INSERT INTO rejects SELECT file, problem FROM incoming WHERE problem IS NOT NULL;
DELETE FROM incoming WHERE problem IS NOT NULL;

DELETE FROM pages
 WHERE file IN (SELECT file FROM incoming)
   AND checksum <> (SELECT checksum FROM incoming WHERE incoming.file = pages.file);
-- A page that is in already, under its file's name or another's, stays
-- there; of new files with the same text the first by name goes in.
INSERT INTO rejects
  SELECT file, 'the same page as ' || first
    FROM (SELECT file, coalesce((SELECT file FROM pages WHERE pages.checksum = i.checksum),
                                (SELECT min(file) FROM incoming j WHERE j.checksum = i.checksum))
                         AS first
            FROM incoming i)
   WHERE first <> file;
DELETE FROM incoming WHERE file IN (SELECT file FROM rejects);
-- New pages get their ids in the order of their names, not in the order
-- the folder lists them.
INSERT INTO pages(file, raw, bytes, checksum, banner)
  SELECT file, raw, bytes, checksum, (SELECT banner FROM zh_articles(raw) LIMIT 1)
  FROM incoming WHERE file NOT IN (SELECT file FROM pages) ORDER BY file;

-- What is read off the new pages: paragraphs, articles, bylines, entities.
CREATE TEMP TABLE new_pages AS
  SELECT id FROM pages WHERE id NOT IN (SELECT page_id FROM paragraphs);
-- The articles' index keeps 16 MB of new tokens in memory before it writes
-- them out (FTS5's hashsize; 1 MB by default): fewer, larger segments, so
-- a large folder makes a smaller index (20 MB of news: 13.6 MB, not 15.2)
-- for 18 MB more memory.  Put back at the end; set only when there are new
-- pages, as a setting is a write to the index.
INSERT INTO articles_fts(articles_fts, rank)
  SELECT 'hashsize', 16777216 WHERE EXISTS (SELECT 1 FROM new_pages);
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
INSERT INTO articles_fts(articles_fts, rank)
  SELECT 'hashsize', 1048576 WHERE EXISTS (SELECT 1 FROM new_pages);
DROP TABLE new_pages;
COMMIT;
-- The files of this run that were skipped, and why.
SELECT 'skipped ' || file || ': ' || problem AS ingest FROM rejects
 WHERE file IN (SELECT file FROM temp.listed) ORDER BY file;
DROP TABLE temp.incoming;
DROP TABLE temp.got;
DROP TABLE temp.listed;
DROP TABLE temp.ingest;
INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check');
