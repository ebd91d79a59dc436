/*
** The entity extractor's word lists (the .txt files of ext/entities/lexicons/),
*looked
** up in the folded text: compiled at build time by tools/gen_lexicons.c
** into sorted tables and the sets of the characters that start and end
** each list's words.  ZH_LEX_<FILE NAME> names each list
** (build/gen/lexicon_ids.h).
*/
#ifndef ZH_ENT_LEXICON_H
#define ZH_ENT_LEXICON_H

#include "lexicon_hash.h"
#include "lexicon_ids.h"
#include <stdint.h>

typedef struct ZhLexWord ZhLexWord;
struct ZhLexWord {
  int iCp; /* its code points: aLexCp[iCp..iCp+nCp) */
  int nCp;
  int iValue; /* the value after its colon ("" if none) */
};

typedef struct ZhLexInfo ZhLexInfo;
struct ZhLexInfo {
  int iWord, nWord; /* its words, aLexWord[iWord..iWord+nWord), sorted */
  int nMaxCp;       /* its longest word, in characters */
  /* A list of single Han characters: a bitmap of U+4E00..U+9FFF, else 0. */
  const unsigned char *aHan;
  /* A list of more than ZH_LEX_HASH_MIN words: a hash table of them
  ** (aSlot[0..mask]; each slot a word's index plus one in its low 16 bits,
  ** 0 if empty, and the high 16 bits of its hash), else 0. */
  const uint32_t *aSlot;
  uint32_t mask;
  const uint64_t *aPairs; /* its filter (lexicon_hash.h), or 0 */
  /* first and last characters (lexicon_hash.h) */
  uint64_t aFirst[ZH_LEX_SET_WORDS], aLast[ZH_LEX_SET_WORDS];
};

extern const ZhLexInfo zhLexInfo[ZH_LEX_COUNT];

/* False if no word of lexicon iLex starts (ends) with c; true if one may. */
static inline int zhLexMayStart(int iLex, int32_t c) {
  return (zhLexInfo[iLex].aFirst[(c >> 6) & (ZH_LEX_SET_WORDS - 1)] >>
          (c & 63)) &
         1;
}
static inline int zhLexMayEnd(int iLex, int32_t c) {
  return (zhLexInfo[iLex].aLast[(c >> 6) & (ZH_LEX_SET_WORDS - 1)] >>
          (c & 63)) &
         1;
}

/* The searches of zhLexAt and zhLexEndsAt, once the first (last)
** character may start (end) a word: most characters stop before, without
** a call. */
int zhLexAtSearch(int iLex, const int32_t *aC, int n, int k, int *piWord);
int zhLexEndsAtSearch(int iLex, const int32_t *aC, int kMin, int k1);

/* The length of the longest word of lexicon iLex at aC[k..n), or 0; its
** index (for zhLexValue) in *piWord if piWord is not 0. */
static inline int zhLexAt(int iLex, const int32_t *aC, int n, int k,
                          int *piWord) {
  if( k >= n || !zhLexMayStart(iLex, aC[k]) ) return 0;
  return zhLexAtSearch(iLex, aC, n, k, piWord);
}

/* The length of the longest word of lexicon iLex that ends at aC[k1 - 1]
** and starts at kMin or after, or 0. */
static inline int zhLexEndsAt(int iLex, const int32_t *aC, int kMin, int k1) {
  if( k1 <= kMin || !zhLexMayEnd(iLex, aC[k1 - 1]) ) return 0;
  return zhLexEndsAtSearch(iLex, aC, kMin, k1);
}

/* The search of zhLexIs in a hashed list. */
int zhLexIsHashed(int iLex, const int32_t *aC, int k0, int k1);

/* True if aC[k0..k1) is a word of lexicon iLex. */
static inline int zhLexIs(int iLex, const int32_t *aC, int k0, int k1) {
  const uint64_t *aPairs = zhLexInfo[iLex].aPairs;
  if( aPairs ) {
    if( k1 <= k0 ) return 0;
    uint32_t h = zhLexPairHash(aC[k0], aC[k1 - 1], k1 - k0);
    uint32_t b1 = ZH_LEX_PAIR_BIT1(h), b2 = ZH_LEX_PAIR_BIT2(h);
    return ((aPairs[b1 >> 6] >> (b1 & 63)) & (aPairs[b2 >> 6] >> (b2 & 63)) &
            1) &&
           zhLexIsHashed(iLex, aC, k0, k1);
  }
  return k1 > k0 && zhLexEndsAt(iLex, aC, k0, k1) == k1 - k0;
}

/* True if the one character c is a word of lexicon iLex. */
static inline int zhLexHasChar(int iLex, int32_t c) {
  const unsigned char *a = zhLexInfo[iLex].aHan;
  if( a ) {
    return c >= 0x4E00 && c <= 0x9FFF &&
           ((a[(c - 0x4E00) >> 3] >> ((c - 0x4E00) & 7)) & 1);
  }
  return zhLexMayStart(iLex, c) && zhLexIs(iLex, &c, 0, 1);
}

/* The value of word iWord (from zhLexAt), "" if it has none. */
const char *zhLexValue(int iWord);

#endif
