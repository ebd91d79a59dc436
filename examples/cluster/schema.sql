-- The cluster's database: the articles of the seed pages (zh_articles()
-- reads each page into articles, on the leader) in a zh index.
CREATE VIRTUAL TABLE articles USING fts5(file UNINDEXED, seq UNINDEXED, headline, body, tokenize='zh');
