-- Bad input, function by function: what each SQL function of zh does with
-- invalid UTF-8 (a stray byte; a CESU-8 lone surrogate, ED A0 80), a NUL
-- inside text, a BLOB, NULL, an empty string, the wrong number of
-- arguments, and its own options.  Every error is shown with its message.
-- (A 100 MB document and 10,000-term queries: large.sql.)
.load build/zh
.mode list
.headers off

CREATE TEMP TABLE bad(name, v);
INSERT INTO bad VALUES
  ('stray byte FF', CAST(X'E5B7A5FF' AS TEXT)),
  ('lone surrogate ED A0 80', CAST(X'E5B7A5EDA080' AS TEXT)),
  ('overlong C0 AF', CAST(X'C0AF' AS TEXT)),
  ('cut short E5 B7', CAST(X'E4BC9AE5B7' AS TEXT));

-- ---- zh_utf8_error(x): where text stops being UTF-8 --------------------
SELECT name, zh_utf8_error(v) FROM bad;
SELECT zh_utf8_error(X'FF'), zh_utf8_error(NULL) IS NULL, zh_utf8_error('') IS NULL,
       zh_utf8_error(12) IS NULL, zh_utf8_error('工' || char(0) || '会') IS NULL;
SELECT zh_utf8_error();

-- ---- zh_fold(text [, options]) -------------------------------------------
SELECT name, zh_fold(v) FROM bad WHERE rowid = 1;
SELECT zh_fold(CAST(X'EDA080' AS TEXT));
-- A NUL is kept (a separator), a UTF-8 BLOB reads as text, NULL gives NULL.
SELECT hex(zh_fold('工' || char(0) || '會')), zh_fold(X'E5B7A5E69C83'),
       zh_fold(NULL) IS NULL, zh_fold('') = '', zh_fold('ＡＢ', NULL);
SELECT zh_fold();
SELECT zh_fold('a', 'b', 'c');
-- Options: odd count, unknown key, bad value, not UTF-8, a NUL.
SELECT zh_fold('x', 'nfkc');
SELECT zh_fold('x', 'nfkc 1 bogus 1');
SELECT zh_fold('x', 'casefold 2');
SELECT zh_fold('x', X'FF');
SELECT zh_fold('x', 'nfkc 0' || char(0) || ' bogus 1');

-- ---- zh_tokenize(text [, options]) ---------------------------------------
-- The tokenizer rejects no text: bad bytes and NUL are separators.
SELECT token, start, "end" FROM zh_tokenize(CAST(X'E5B7A5EDA080E4BC9A' AS TEXT));
SELECT token, start, "end" FROM zh_tokenize('工' || char(0) || '会');
SELECT token FROM zh_tokenize(X'E5B7A5E4BC9A');
SELECT count(*) FROM zh_tokenize(NULL);
SELECT count(*) FROM zh_tokenize('');
SELECT count(*) FROM zh_tokenize;
SELECT count(*) FROM zh_tokenize('a', 'b', 'c');
SELECT count(*) FROM zh_tokenize('a', NULL);
SELECT count(*) FROM zh_tokenize('a', 'mode');
SELECT count(*) FROM zh_tokenize('a', 'mode words t2s');
SELECT count(*) FROM zh_tokenize('a', 'colour red');
SELECT count(*) FROM zh_tokenize('a', 'mode sentences');
SELECT count(*) FROM zh_tokenize('a', 'nfkc yes');
SELECT count(*) FROM zh_tokenize('a', 'mode words pinyin 1');
SELECT count(*) FROM zh_tokenize('a', X'FF');
SELECT count(*) FROM zh_tokenize('a', 'mode words' || char(0) || 'x');
SELECT count(*) FROM zh_tokenize('a', trim(replace(printf('%.*c', 33, 'x'), 'x', 'nfkc 1 ')));
-- A dict table's name has 1 to 128 bytes: 128 is read, 129 refused.
CREATE TABLE words_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx(word);
INSERT INTO words_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx VALUES ('簋街餐饮');
SELECT group_concat(token, ' ') FROM zh_tokenize('簋街餐饮', 'mode words dict words_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
SELECT count(*) FROM zh_tokenize('a', 'mode words dict words_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');

-- ---- the zh tokenizer in CREATE VIRTUAL TABLE ------------------------------
-- FTS5 reports a refused option as "error in tokenizer constructor";
-- zh_tokenize('x', options) names the reason (above).
CREATE VIRTUAL TABLE t1 USING fts5(x, tokenize='zh mode');
CREATE VIRTUAL TABLE t2 USING fts5(x, tokenize='zh bogus 1');
CREATE VIRTUAL TABLE t3 USING fts5(x, tokenize='zh t2s yes');
CREATE VIRTUAL TABLE t4 USING fts5(x, tokenize='zh mode words pinyin 1');
-- Documents of any bytes are indexed; the index stays sound.
CREATE VIRTUAL TABLE ok USING fts5(x, tokenize='zh');
INSERT INTO ok(rowid, x) VALUES
  (1, CAST(X'E5B7A5EDA080E4BC9A' AS TEXT)), (2, X'E5B7A5E4BC9A'), (3, NULL), (4, ''),
  (5, '工' || char(0) || '会'), (6, 12), (7, X'FF00FE');
INSERT INTO ok(ok) VALUES ('integrity-check');
SELECT group_concat(rowid) FROM ok WHERE ok MATCH zh_query('工会');
SELECT group_concat(rowid) FROM ok WHERE ok MATCH zh_query('会');

-- ---- zh_query(input [, 'initials']) --------------------------------------
-- Never an error for the input: bad bytes and NUL separate terms.
SELECT name, zh_query(v) FROM bad;
SELECT zh_query('工' || char(0) || '会'), zh_query(X'E5B7A5E4BC9A'), zh_query(NULL),
       zh_query(''), zh_query(12);
SELECT zh_query();
SELECT zh_query('a', 'initials', 'x');
SELECT zh_query('bj', 'bogus');
SELECT zh_query('bj', NULL), zh_query('bj', '');

-- ---- zh_segment(text [, options]) ----------------------------------------
SELECT name, zh_segment(v) FROM bad WHERE rowid = 2;
SELECT zh_segment('工' || char(0) || '会'), zh_segment(X'E5B7A5E4BC9A'),
       zh_segment(NULL) IS NULL, zh_segment('') = '', zh_segment('工会', NULL);
SELECT zh_segment();
SELECT zh_segment('x', 'nfkc');
SELECT zh_segment('x', X'FF');

-- ---- zh_pinyin(text [, 'initials']) --------------------------------------
SELECT name, zh_pinyin(v) FROM bad WHERE rowid = 2;
SELECT zh_pinyin('工' || char(0) || '会'), zh_pinyin(X'E5B7A5E4BC9A'),
       zh_pinyin(NULL) IS NULL, zh_pinyin('') = '';
SELECT zh_pinyin();
SELECT zh_pinyin('x', 'bogus');

-- ---- zh_entities(text [, kinds]) -----------------------------------------
SELECT count(*) FROM zh_entities(CAST(X'EDA080' AS TEXT));
SELECT kind, text, start, "end", byte_start, byte_end
  FROM zh_entities('工' || char(0) || '2024年5月25日');
SELECT count(*) FROM zh_entities(X'E5B7A5E4BC9A');
SELECT count(*) FROM zh_entities(NULL);
SELECT count(*) FROM zh_entities('');
SELECT count(*) FROM zh_entities('a', 'b', 'c', 'd');
SELECT count(*) FROM zh_entities('a', 'b', 'c');
SELECT count(*) FROM zh_entities('a', NULL, 'c');
SELECT count(*) FROM zh_entities('a', NULL, X'FF');
SELECT count(*) FROM zh_entities('2024年', NULL, NULL);
SELECT count(*) FROM zh_entities('2024年', 'date', 'UNITS');
SELECT count(*) FROM zh_entities('2024年', NULL);
SELECT count(*) FROM zh_entities('2024年', 'people');
SELECT count(*) FROM zh_entities('2024年', ',');
SELECT count(*) FROM zh_entities('2024年', X'FF');
SELECT count(*) FROM zh_entities('2024年', 'date' || char(0) || 'people');

-- ---- zh_paragraphs(text) and zh_articles(text) ---------------------------
SELECT count(*) FROM zh_paragraphs(CAST(X'EDA080' AS TEXT));
SELECT seq, hex(text), byte_start, byte_end FROM zh_paragraphs('工' || char(0) || '会');
SELECT count(*) FROM zh_paragraphs(X'E5B7A5E4BC9A');
SELECT count(*) FROM zh_paragraphs(NULL);
SELECT count(*) FROM zh_paragraphs('');
SELECT count(*) FROM zh_paragraphs('a', 'b');
SELECT count(*) FROM zh_articles(CAST(X'EDA080' AS TEXT));
SELECT count(*) FROM zh_articles(X'E5B7A5E4BC9A');
SELECT count(*) FROM zh_articles(NULL);
SELECT count(*) FROM zh_articles('');
SELECT count(*) FROM zh_articles('a', 'b');

-- ---- zh_dict_add(word [, freq [, tag]]), zh_dict_remove, zh_dict_count ---
-- Words.
SELECT zh_dict_add(CAST(X'EDA080' AS TEXT));
SELECT zh_dict_add(CAST(X'E5B7A5FF' AS TEXT));
SELECT zh_dict_add('工' || char(0) || '会');
SELECT zh_dict_add(NULL);
SELECT zh_dict_add('');
SELECT zh_dict_add(' 工会 ');
SELECT zh_dict_add('EAP');
SELECT zh_dict_add(12);
SELECT zh_dict_add(printf('%.*c', 65, '工'));
SELECT zh_dict_add(X'E5B7A5E4BC9A'), zh_dict_add('工會'), zh_dict_count();
SELECT zh_dict_add();
SELECT zh_dict_add('工会', 1, 'n', 4);
-- Frequencies: a number from 1 to 1e12 (NULL: the default).
SELECT zh_dict_add('簋街', 0);
SELECT zh_dict_add('簋街', 0.5);
SELECT zh_dict_add('簋街', 1e13);
SELECT zh_dict_add('簋街', 9e999);
SELECT zh_dict_add('簋街', 'many');
SELECT zh_dict_add('簋街', X'01');
SELECT zh_dict_add('簋街', '50'), zh_dict_add('簋街', NULL);
-- Tags: 1 to 7 ASCII letters, as jieba's (NULL: none).
SELECT zh_dict_add('簋街', 10, '');
SELECT zh_dict_add('簋街', 10, 'toolongtag');
SELECT zh_dict_add('簋街', 10, 'abcdefgh');
SELECT zh_dict_add('簋街', 10, 'abcdefg');
SELECT zh_dict_add('簋街', 10, X'FF');
SELECT zh_dict_add('簋街', 10, 'n' || char(0) || 'r');
SELECT zh_dict_add('簋街', 10, '名词');
SELECT zh_dict_add('簋街', 10, 'n1');
SELECT zh_dict_add('簋街', 10, 'ns'), zh_dict_add('簋街', 10, NULL);
-- zh_dict_remove reads its word as zh_dict_add does.
SELECT zh_dict_remove(NULL);
SELECT zh_dict_remove('');
SELECT zh_dict_remove('EAP');
SELECT zh_dict_remove(X'FF');
SELECT zh_dict_remove('工' || char(0) || '会');
SELECT zh_dict_remove('从未加过'), zh_dict_remove('簋街');
SELECT zh_dict_remove();
SELECT zh_dict_count(1);

-- ---- zh_version([part]) ----------------------------------------------------
SELECT zh_version(NULL);
SELECT zh_version('');
SELECT zh_version('x', 'y');

-- ---- an error message quotes at most 48 bytes of an argument ----------------
-- A 10 MB bad word, option, kind, nesting or initials argument gives a short
-- message: the argument cut on a character boundary, then "...".
SELECT zh_dict_add('EAP' || printf('%.*c', 10000000, 'x'));
SELECT zh_dict_add(printf('%.*c', 47, 'x') || '工工');
SELECT * FROM zh_tokenize('x', printf('%.*c', 10000000, 'x') || ' 1');
SELECT * FROM zh_tokenize('x', 'mode ' || printf('%.*c', 10000000, 'x'));
SELECT * FROM zh_tokenize('x', 'pinyin ' || printf('%.*c', 10000000, 'x'));
SELECT * FROM zh_tokenize('x', 'nfkc ' || printf('%.*c', 10000000, 'x'));
SELECT * FROM zh_tokenize('x', 'mode words ' || printf('%.*c', 10000000, 'x'));
SELECT * FROM zh_entities('x', printf('%.*c', 10000000, 'x'));
SELECT * FROM zh_entities('x', ', , ' || printf('%.*c', 10000000, ' '));
SELECT * FROM zh_entities('x', NULL, printf('%.*c', 10000000, 'x'));
SELECT zh_query('x', printf('%.*c', 10000000, 'x'));
SELECT zh_pinyin('x', printf('%.*c', 10000000, 'x'));
-- Exactly 48 bytes are quoted whole.
SELECT * FROM zh_tokenize('x', printf('%.*c', 48, 'x') || ' 1');
-- 'key=value' (the spelling of other tokenizers' options) is told how to
-- write it; FTS5 itself refuses '=' in a bareword before zh sees it.
SELECT * FROM zh_tokenize('x', 'mode=words');
SELECT * FROM zh_tokenize('x', 'pinyin=1 mode substring');
CREATE VIRTUAL TABLE eq USING fts5(x, tokenize='zh mode=words');
-- A NUL or a space with a combining mark after it is no part of the word
-- the mark starts (found by fuzz_segment): zh_segment drops the NUL as it
-- drops any, and the word's offsets start after it; the tokens are the
-- same as before.
SELECT hex(zh_segment(x'201a00cd85201a', 'nfkc 0'));
SELECT hex(token), start, "end" FROM zh_tokenize(x'4100cd8542', 'nfkc 0');
SELECT hex(token), start, "end" FROM zh_tokenize(x'4120cd8542', 'mode words');
