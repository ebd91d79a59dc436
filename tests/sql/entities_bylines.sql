-- The people of every dateline and credit in the seed corpus, with their
-- roles, page by page.  Checked by hand against the pages.
.load build/zh
.headers off
.mode list

SELECT substr(name, 7, 3) AS page, group_concat(e.text || '/' || e.role, ' ')
  FROM fsdir('seeds') AS f, zh_entities(CAST(f.data AS TEXT), 'person') AS e
 WHERE f.name LIKE '%.txt' AND e.role IS NOT NULL
 GROUP BY f.name ORDER BY f.name;
-- Every seed page goes through without error.
SELECT count(*) FROM fsdir('seeds') AS f WHERE f.name LIKE '%.txt'
   AND (SELECT count(*) FROM zh_entities(CAST(f.data AS TEXT))) > 0;
