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

-- Canonically equal texts fold alike: U+0345 (a mark case folding makes a
-- letter, ι) in either order after U+0300.
SELECT zh_fold('a' || char(0x300, 0x345)) = zh_fold('a' || char(0x345, 0x300)),
       hex(zh_fold('a' || char(0x345, 0x300)));
-- zh_fold joins at most 16 marks to a letter, as the tokenizer does: the
-- 17th mark stays where it was written.
SELECT hex(zh_fold('a' || printf('%.16c', char(0x301)) || char(0x316)));
