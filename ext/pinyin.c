/*
** Pinyin readings: lookups in the generated table and the choice of a
** polyphone's reading by the words around it.
*/
#include "pinyin.h"
#include "pinyin_table.h"
#include <string.h>

const char *zhPinyinText(int iSyl) {
  if( iSyl <= 0 || iSyl >= ZH_PINYIN_NSYL ) return "";
  return zhPinyinSylText[iSyl];
}

int zhPinyinFind(const char *z, int n) {
  if( n <= 0 || n >= 8 ) return 0;
  /* The table is in the IME's order (ch after c): a linear scan over 413
  ** short strings is cheap for the few syllables of a query. */
  for( int i = 1; i < ZH_PINYIN_NSYL; i++ ) {
    if( memcmp(zhPinyinSylText[i], z, n) == 0 && zhPinyinSylText[i][n] == 0 )
      return i;
  }
  return 0;
}

/* The row of zhPinyinCharTab for cp, or -1. */
static int charRow(int32_t cp) {
  int lo = 0, hi = ZH_PINYIN_NCHAR;
  if( cp >= 0x4E00 && cp <= 0x9FFF )
    return (int)zhPinyinCoreRow[cp - 0x4E00] - 1;
  while( lo < hi ) {
    int mid = lo + (hi - lo) / 2;
    int32_t k = (int32_t)zhPinyinCharTab[mid][0];
    if( k == cp ) return mid;
    if( k < cp )
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

int zhPinyinHas(int32_t cp) {
  return charRow(cp) >= 0;
}

/* Packs word length and score so that a smaller key is a better cover:
** longer first, then more frequent. */
#define COVER_KEY(nLen, score)                                                 \
  ((uint32_t)(16 - (nLen)) << 24 | (uint32_t)(score))

void zhPinyinRun(const int32_t *aCp, int n, uint32_t *aRead, uint32_t *aLen) {
  for( int i = 0; i < n; i++ ) {
    int r = charRow(aCp[i]);
    aRead[i] = r >= 0 ? zhPinyinCharTab[r][1] : 0;
    aLen[i] = 0xFFFFFFFF;
  }
  for( int j = 0; j < n; j++ ) {
    int r;
    uint32_t iWord, nWord;
    if( aRead[j] == 0 || j + 1 == n ) continue; /* no word starts here */
    r = charRow(aCp[j]);
    iWord = zhPinyinCharTab[r][2];
    nWord = zhPinyinCharTab[r][3];
    /* Words of one first character come longest first: the first that
    ** matches covers the most; shorter ones at j cover less. */
    for( uint32_t w = iWord; w < iWord + nWord; w++ ) {
      uint32_t iCp = zhPinyinWordTab[w][0];
      int nLen = (int)(zhPinyinWordTab[w][1] & 0xFF);
      uint32_t key = COVER_KEY(nLen, zhPinyinWordTab[w][1] >> 8);
      int k;
      if( j + nLen > n ) continue;
      for( k = 1; k < nLen; k++ ) {
        if( (int32_t)zhPinyinWordCp[iCp + k][0] != aCp[j + k] ) break;
      }
      if( k < nLen ) continue;
      for( k = 0; k < nLen; k++ ) {
        if( key < aLen[j + k] ) {
          aLen[j + k] = key;
          aRead[j + k] = zhPinyinWordCp[iCp + k][1];
        }
      }
      break;
    }
  }
}

/* ---- reading typed pinyin ---- */

static int isVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'v';
}

/* A syllable of z[0..n) that typing can mean: m and n (呣, 嗯) have no
** vowel and would turn initials into syllables. */
static int isTypedSyllable(const char *z, int n) {
  int bVowel = 0;
  for( int k = 0; k < n; k++ ) bVowel |= isVowel(z[k]);
  return bVowel && zhPinyinFind(z, n) > 0;
}

typedef struct SplitState SplitState;
struct SplitState {
  const char *z;
  int n;
  ZhPinyinParse cur;
  ZhPinyinParse *aOut;
  int nOut, nMax, nStep;
};

/* Every split of z[i..n) into syllables, fewest units first once sorted. */
static void splitWhole(SplitState *s, int i) {
  if( s->nOut >= s->nMax || ++s->nStep > 4096 ) return;
  if( i == s->n ) {
    s->aOut[s->nOut++] = s->cur;
    return;
  }
  for( int len = 6; len >= 1; len-- ) {
    if( i + len > s->n || !isTypedSyllable(s->z + i, len) ) continue;
    s->cur.aLen[s->cur.nUnit] = (unsigned char)len;
    s->cur.bInitial[s->cur.nUnit] = 0;
    s->cur.nUnit++;
    splitWhole(s, i + len);
    s->cur.nUnit--;
  }
}

/* The split with the fewest initials (then units), where syllables have
** two letters or more and initials are consonants; 0 if there is none. */
static int splitMixed(const char *z, int n, ZhPinyinParse *p) {
  int aCost[ZH_PINYIN_MAX_LETTERS + 1], aFrom[ZH_PINYIN_MAX_LETTERS + 1];
  int aUnit[ZH_PINYIN_MAX_LETTERS];
  int nUnit = 0, i;
  aCost[0] = 0;
  for( i = 1; i <= n; i++ ) {
    aCost[i] = -1;
    for( int len = 1; len <= 6 && len <= i; len++ ) {
      int c;
      if( aCost[i - len] < 0 ) continue;
      if( len == 1 ) {
        if( isVowel(z[i - 1]) ) continue;
        c = aCost[i - 1] + 64 + 1; /* an initial costs more than units */
      } else {
        if( !isTypedSyllable(z + i - len, len) ) continue;
        c = aCost[i - len] + 1;
      }
      if( aCost[i] < 0 || c < aCost[i] ) {
        aCost[i] = c;
        aFrom[i] = i - len;
      }
    }
  }
  if( aCost[n] < 0 ) return 0;
  for( i = n; i > 0; i = aFrom[i] ) aUnit[nUnit++] = i - aFrom[i];
  p->nUnit = nUnit;
  for( int k = 0; k < nUnit; k++ ) {
    p->aLen[k] = (unsigned char)aUnit[nUnit - 1 - k];
    p->bInitial[k] = p->aLen[k] == 1;
  }
  return 1;
}

int zhPinyinSplit(const char *z, int n, ZhPinyinParse *aParse) {
  ZhPinyinParse aAll[16];
  SplitState s;
  int bVowel = 0, nMin = ZH_PINYIN_MAX_LETTERS, nKeep = 0;
  if( n <= 0 || n > ZH_PINYIN_MAX_LETTERS ) return 0;
  for( int k = 0; k < n; k++ ) bVowel |= isVowel(z[k]);
  if( !bVowel ) {
    aParse[0].nUnit = n;
    for( int k = 0; k < n; k++ ) {
      aParse[0].aLen[k] = 1;
      aParse[0].bInitial[k] = 1;
    }
    return 1;
  }
  memset(&s, 0, sizeof(s));
  s.z = z;
  s.n = n;
  s.aOut = aAll;
  s.nMax = (int)(sizeof(aAll) / sizeof(aAll[0]));
  splitWhole(&s, 0);
  if( s.nOut == 0 ) return splitMixed(z, n, aParse);
  for( int k = 0; k < s.nOut; k++ ) {
    if( aAll[k].nUnit < nMin ) nMin = aAll[k].nUnit;
  }
  /* Fewest units first: n units, then n+1. */
  for( int u = nMin; u <= nMin + 1; u++ ) {
    for( int k = 0; k < s.nOut && nKeep < ZH_PINYIN_MAX_PARSES; k++ ) {
      if( aAll[k].nUnit == u ) aParse[nKeep++] = aAll[k];
    }
  }
  return nKeep;
}
