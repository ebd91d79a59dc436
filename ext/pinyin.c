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
    int r = charRow(aCp[j]);
    uint32_t iWord, nWord;
    if( r < 0 ) continue;
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
