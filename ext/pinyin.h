/*
** Pinyin readings of Chinese text, from the table that tools/gen_pinyin.c
** builds out of Google Pinyin's dictionary (build/gen/pinyin_table.h).
**
** A character takes the reading of the longest dictionary word around it
** that holds a polyphone (银行 yin hang, 行走 xing zou, 音乐 yin yue);
** outside such a word it takes its common readings: one, or two when the
** second is nearly as frequent (长 chang, zhang).  Rare readings (超 tiao,
** 和 huo) are never given to a character on its own.
*/
#ifndef ZH_PINYIN_H
#define ZH_PINYIN_H

#include <stdint.h>

/* Up to two syllables of one character, packed: first | second << 16;
** 0 when the character has no reading. */
#define ZH_PINYIN_FIRST(r)  ((int)((r)&0xFFFF))
#define ZH_PINYIN_SECOND(r) ((int)((r) >> 16))

/* Written before the syllables and initials the tokenizer indexes, so
** that they never meet the Latin words of a text: "~bei", "^b".  The
** scanner reads both as separators, so no document token holds them. */
#define ZH_PINYIN_SYL_MARK     '~'
#define ZH_PINYIN_INITIAL_MARK '^'

/* The text of syllable iSyl (1 and up), "" for 0. */
const char *zhPinyinText(int iSyl);

/* The syllable spelt z[0..n) in lower case, or 0 if it is none. */
int zhPinyinFind(const char *z, int n);

/* True if the character has a reading. */
int zhPinyinHas(int32_t cp);

/*
** Readings of aCp[0..n), a run of characters with nothing between them:
** aRead[i] receives the packed syllables of aCp[i].  aLen (n entries) is
** scratch.
*/
void zhPinyinRun(const int32_t *aCp, int n, uint32_t *aRead, uint32_t *aLen);

#endif
