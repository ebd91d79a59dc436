-- sql/ingest.sql over hostile folders (issue 16): a file that cannot be a
-- page is skipped with its reason and the others go in; no page goes in
-- twice; another writer makes the ingest wait, not fail.  The folders are
-- made under build/ingest_hostile by tests/sql/ingest_hostile.sh, and
-- removed at the end.
.system tests/sql/ingest_hostile.sh make build/ingest_hostile
.open build/ingest_hostile/news.db
.load build/zh
.headers off
.mode list
.read sql/schema.sql

-- Good pages.  bom.txt was saved with a byte-order mark; sub/001.txt is
-- the same page without it, and sub/copy_of_000.txt a copy of 000.txt:
-- both are skipped as the same page.
.parameter set @dir build/ingest_hostile/pages
.read sql/ingest.sql
SELECT file, bytes, banner FROM pages ORDER BY file;
-- The mark is no part of the page: not in its text, no paragraph, no
-- banner (it was the banner of bom.txt, and an empty paragraph).
SELECT count(*) FROM pages WHERE instr(raw, char(65279)) > 0;
SELECT count(*) FROM paragraphs WHERE body = '' OR instr(body, char(65279)) > 0;
SELECT seq, start, substr(body, 1, 13) FROM paragraphs
 WHERE page_id = (SELECT id FROM pages WHERE file LIKE '%/bom.txt') AND seq <= 2;

-- The same folder given as h1/, ./h1 or h1//. is one folder: ingesting it
-- again changes nothing (each was ingested once more, and searches found
-- each article three times).
CREATE TEMP TABLE before AS SELECT sha3_query(
  'SELECT * FROM pages; SELECT * FROM paragraphs; SELECT * FROM articles;
   SELECT * FROM bylines; SELECT * FROM entities; SELECT * FROM articles_fts_data;
   SELECT * FROM articles_fts_idx; SELECT * FROM articles_fts_docsize') AS h;
.parameter set @dir build/ingest_hostile/pages/
.read sql/ingest.sql
.parameter set @dir ./build/ingest_hostile/pages
.read sql/ingest.sql
.parameter set @dir build//ingest_hostile/./pages/.
.read sql/ingest.sql
-- A path the names do not show is the same folder: its files are the
-- same pages as those in already.
.parameter set @dir build/ingest_hostile/../ingest_hostile/pages
.read sql/ingest.sql
SELECT (SELECT h FROM before) = sha3_query(
  'SELECT * FROM pages; SELECT * FROM paragraphs; SELECT * FROM articles;
   SELECT * FROM bylines; SELECT * FROM entities; SELECT * FROM articles_fts_data;
   SELECT * FROM articles_fts_idx; SELECT * FROM articles_fts_docsize');
SELECT count(*) FROM articles_fts WHERE articles_fts MATCH zh_query('簋街');

-- A FIFO (it hung the ingest: reading it waits for a writer), a file over
-- 1 GB (it failed the whole ingest with "string or blob too big"; now the
-- shell prints that for its statement alone), a folder named *.txt and
-- links: each skipped, never opened; the page inside the folder goes in.
.parameter set @dir build/ingest_hostile/hostile
.read sql/ingest.sql
SELECT file FROM pages WHERE file LIKE '%/hostile/%';

-- The size cap, @max_bytes: a page one byte over it is skipped; one of
-- exactly that size goes in.
.parameter set @dir build/ingest_hostile/capped
.parameter set @max_bytes 12179
.read sql/ingest.sql
.parameter set @max_bytes 12180
.read sql/ingest.sql
.parameter unset @max_bytes
SELECT file, bytes FROM pages WHERE file LIKE '%/capped/%';

-- A file of mode 000, ingested by a process that may not read it (it was
-- "not a newspaper page").  A root process reads it all the same: the
-- helper takes away root's power to (see tests/sql/ingest_hostile.sh).
.system tests/sql/ingest_hostile.sh unreadable build/ingest_hostile build/ingest_hostile/news.db build/ingest_hostile/locked
SELECT * FROM rejects WHERE file LIKE '%/locked/%';

-- The ingest's reads script cannot be written (a folder has its name):
-- the files are reported as not read, not as too large; the next ingest
-- reads them.
.system rm -f build/ingest_reads.sql && mkdir build/ingest_reads.sql
.parameter set @dir build/ingest_hostile/late
.read sql/ingest.sql
.system rmdir build/ingest_reads.sql

-- Another process writes to the database for 2 seconds: the ingest waits
-- for it (.timeout) and goes on; it failed at once with "database is
-- locked".  The time shows it did wait.  The timeout the earlier ingests
-- set is taken away first: each ingest must set its own.  First a writer
-- at work (the ingest reads, and waits to write: BEGIN IMMEDIATE, or it
-- would fail all the same), then one committing (even reads wait).
.timeout 0
CREATE TEMP TABLE started AS SELECT julianday('now') AS t;
.system tests/sql/ingest_hostile.sh lock build/ingest_hostile build/ingest_hostile/news.db 2 IMMEDIATE
.read sql/ingest.sql
SELECT (julianday('now') - (SELECT t FROM started)) * 86400 >= 1.5,
       (SELECT count(*) FROM pages WHERE file LIKE '%/late/%');
.timeout 0
UPDATE started SET t = julianday('now');
.system tests/sql/ingest_hostile.sh lock build/ingest_hostile build/ingest_hostile/news.db 2 EXCLUSIVE
.read sql/ingest.sql
SELECT (julianday('now') - (SELECT t FROM started)) * 86400 >= 1.5;
SELECT count(*) FROM pages;

.open
.system tests/sql/ingest_hostile.sh clean build/ingest_hostile
