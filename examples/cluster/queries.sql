SELECT count(DISTINCT file) AS pages, count(*) AS articles, sum(length(body)) AS chars FROM articles;
SELECT '工会', count(*), group_concat(id, ' ') FROM (SELECT substr(file, 1, 3) || '#' || seq AS id FROM articles WHERE articles MATCH zh_query('工会') ORDER BY file, seq);
SELECT '梁炳超', substr(file, 1, 3), seq, headline, snippet(articles, 3, '[', ']', '…', 8) FROM articles WHERE articles MATCH zh_query('梁炳超') ORDER BY file, seq;
SELECT '市总工', count(*) FROM articles WHERE articles MATCH zh_query('市总工');
SELECT * FROM pragma_integrity_check;
