-- Example queries over the ingested corpus.
.headers on
.mode list
.separator ' | '

SELECT (SELECT count(*) FROM pages) AS pages, (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM paragraphs) AS paragraphs, (SELECT count(*) FROM bylines) AS bylines;

-- The articles of a page.
SELECT a.seq, a.kind, a.headline, coalesce(a.subheadline, '') AS subheadline
  FROM articles a JOIN pages p ON p.id = a.page_id
 WHERE p.file = 'seeds/002_633115b578e3f5da.txt' ORDER BY a.seq;

-- Ranked search with snippets: a word, a phrase, new words, traditional script.
SELECT a.headline, snippet(articles_fts, 1, '[', ']', '…', 20) AS snippet
  FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
 WHERE articles_fts MATCH zh_query('集体协商') ORDER BY rank LIMIT 3;
SELECT a.headline, snippet(articles_fts, 1, '[', ']', '…', 20) AS snippet
  FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
 WHERE articles_fts MATCH zh_query('新就业形态劳动者 快递小哥') ORDER BY rank LIMIT 3;
SELECT a.headline, snippet(articles_fts, 1, '[', ']', '…', 20) AS snippet
  FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
 WHERE articles_fts MATCH zh_query('工會 -北京') ORDER BY rank LIMIT 3;

-- Articles per reporter.
SELECT b.name, b.role, count(*) AS articles, group_concat(DISTINCT substr(p.file, 7, 3)) AS pages
  FROM bylines b JOIN articles a ON a.id = b.article_id JOIN pages p ON p.id = a.page_id
 GROUP BY b.name, b.role ORDER BY articles DESC, b.name LIMIT 8;

-- The districts and organisations mentioned most.
SELECT kind, text, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM entities
 WHERE kind IN ('place', 'organization')
 GROUP BY kind, text ORDER BY mentions DESC, text LIMIT 10;

-- Money and counts reported, per article.
SELECT a.headline, group_concat(e.text, ' ') AS amounts
  FROM entities e JOIN articles a ON a.id = e.article_id
 WHERE e.kind IN ('money', 'quantity') GROUP BY a.id ORDER BY count(*) DESC LIMIT 5;

-- Which articles mention a person.
SELECT DISTINCT a.headline FROM entities e JOIN articles a ON a.id = e.article_id
 WHERE e.kind = 'person' AND e.text = '梁炳超';
