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

/* ---- reading typed pinyin (zh_query) ---- */

/* Longest run of letters read as pinyin, and most readings kept. */
#define ZH_PINYIN_MAX_LETTERS 32
#define ZH_PINYIN_MAX_PARSES  4

/* One reading of a run of letters: units of aLen[i] letters each, a
** syllable, or an initial (one consonant) where bInitial[i]. */
typedef struct ZhPinyinParse ZhPinyinParse;
struct ZhPinyinParse {
  int nUnit;
  unsigned char aLen[ZH_PINYIN_MAX_LETTERS];
  unsigned char bInitial[ZH_PINYIN_MAX_LETTERS];
};

/*
** Reads the lower-case letters z[0..n) as pinyin, writing up to
** ZH_PINYIN_MAX_PARSES readings to aParse; returns how many.
**   - letters without a vowel are initials, one each (bj, ghzx);
**   - else every split into whole syllables with at most one syllable
**     more than the fewest (xian: xian, xi an; fangan: fang an, fan gan);
**   - else syllables of two letters or more and consonant initials, the
**     fewest initials (beij: bei j).
** Returns 0 when the letters read as none of these (eap).
*/
int zhPinyinSplit(const char *z, int n, ZhPinyinParse *aParse);
