-- zh_fold(text [, options]): the folding the tokenizer applies.
.load build/zh
.headers off
.mode list

SELECT zh_fold('ＡＢＣ１２３');
SELECT zh_fold('Hello WORLD Straße ǅ');
SELECT zh_fold('工會 臺灣 後來 於是 發展 乾隆 著名 俱乐部');
SELECT zh_fold('二○○一年 ①②③ ㍿ ﬁ');
SELECT zh_fold('工會', 't2s 0');
SELECT zh_fold('ＡＢＣ', 'nfkc 0');
SELECT zh_fold('ＡＢＣ', 'nfkc 0 casefold 0');
SELECT zh_fold('e' || char(769)) = 'é';
SELECT zh_fold('');
SELECT zh_fold(NULL) IS NULL;
-- Folding is idempotent.
SELECT zh_fold(zh_fold('工會ＡＢＣ臺灣ﬁ①')) = zh_fold('工會ＡＢＣ臺灣ﬁ①');
SELECT zh_fold(CAST(X'E5B7A5FF' AS TEXT));
SELECT zh_fold('x', 'casefold');
SELECT zh_version() LIKE '0.%(tokenizer %)';
