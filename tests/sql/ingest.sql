-- The main job: sql/schema.sql and sql/ingest.sql over seeds/, checked
-- against the pages as read by hand.
.load build/zh
.headers off
.mode list
.read sql/schema.sql
.read sql/ingest.sql

-- Every article of every page: kind, kicker, headline, sub-headline (the
-- expected list was written by reading the pages).
SELECT substr(p.file, 7, 3), a.seq, a.kind, coalesce(a.kicker, '-'), a.headline, coalesce(a.subheadline, '-')
  FROM articles a JOIN pages p ON p.id = a.page_id ORDER BY p.file, a.seq;
SELECT substr(file, 7, 3), banner FROM pages ORDER BY file;

-- Every reporter and correspondent of a dateline or credit is attached to
-- its article.
SELECT substr(p.file, 7, 3), a.seq, group_concat(b.name || '/' || b.role, ' ')
  FROM bylines b JOIN articles a ON a.id = b.article_id JOIN pages p ON p.id = a.page_id
 GROUP BY a.id ORDER BY p.file, a.seq;

-- 004's last article: its tail stood above its dateline and its last
-- paragraph was cut (…工 / 作。); both are mended.
SELECT instr(body, '工法律服务工作。') > 0, substr(body, 1, 6) FROM articles
 WHERE headline LIKE '法护权益%';

-- Words broken by the layout, names and traditional script find their articles.
WITH v(w) AS (VALUES ('激励'), ('密切'), ('梁炳超'), ('簋街'), ('工會主席'))
SELECT w, (SELECT group_concat(a.seq || ':' || substr(p.file, 7, 3), ' ')
             FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
             JOIN pages p ON p.id = a.page_id
            WHERE articles_fts MATCH zh_query(w))
  FROM v;

-- The entities of the articles, by kind, and each of them: a change of
-- which entities come out shows here, not only a change of their number.
SELECT kind, count(*) FROM entities GROUP BY kind ORDER BY kind;
SELECT substr(p.file, 7, 3), a.seq, e.start, e."end", e.kind, e.text, coalesce(e.value, '-'),
       coalesce(e.role, '-')
  FROM entities e JOIN articles a ON a.id = e.article_id JOIN pages p ON p.id = a.page_id
 ORDER BY p.file, a.seq, e.start, e.kind;

-- Running the ingest again changes nothing, the index's own tables
-- included.
CREATE TEMP TABLE before AS SELECT sha3_query(
  'SELECT * FROM pages; SELECT * FROM paragraphs; SELECT * FROM articles;
   SELECT * FROM bylines; SELECT * FROM entities; SELECT * FROM articles_fts_data;
   SELECT * FROM articles_fts_idx; SELECT * FROM articles_fts_docsize') AS h;
.read sql/ingest.sql
SELECT (SELECT h FROM before) = sha3_query(
  'SELECT * FROM pages; SELECT * FROM paragraphs; SELECT * FROM articles;
   SELECT * FROM bylines; SELECT * FROM entities; SELECT * FROM articles_fts_data;
   SELECT * FROM articles_fts_idx; SELECT * FROM articles_fts_docsize');
INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check');

-- Bad files are reported and recorded.  good_page.txt is seeds/002 under
-- another name: it does not go in twice (it did, and its articles were
-- found twice).  tests/sql/ingest_hostile.sql has the other cases.
.parameter set @dir tests/data/bad
.read sql/ingest.sql
SELECT * FROM rejects ORDER BY file;
SELECT count(*), (SELECT count(*) FROM articles) FROM pages;
