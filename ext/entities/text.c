/*
** The text as the entity extractor reads it: one folded code point per
** character (full width -> ASCII, traditional -> simplified), the byte
** offset of each and the sentence it is in.
*/
#include "internal.h"
#include "../fold.h"
#include "../script.h"
#include "../utf8.h"

int zhEntTextInit(ZhEntText *t, const char *z, int nByte) {
  int i = 0, k = 0, iSent = 0;
  /* One allocation for the three arrays: a text costs one malloc. */
  t->aC = sqlite3_malloc64(3 * sizeof(int32_t) * ((sqlite3_uint64)nByte + 1));
  if( !t->aC ) return SQLITE_NOMEM;
  t->aB = (int *)(t->aC + nByte + 1);
  t->aSent = t->aB + nByte + 1;
  const unsigned char *u = (const unsigned char *)z;
  while( i < nByte ) {
    int len;
    int32_t c;
    /* Most characters are core Han, E4..E9 and two continuation bytes
    ** (from U+4E00 on): decoded and folded here, ending no sentence. */
    if( u[i] >= 0xE4 && u[i] <= 0xE9 && i + 2 < nByte &&
        (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 &&
        (c = (int32_t)(((u[i] & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) |
                       (u[i + 2] & 0x3Fu))) >= 0x4E00 ) {
      t->aC[k] = zhT2sCore(c);
      t->aB[k] = i;
      t->aSent[k] = iSent;
      k++;
      i += 3;
      continue;
    }
    c = zhUtf8Decode(u + i, nByte - i, &len);
    if( c >= 0x80 ) {
      if( zhIsCoreHan(c) ) {
        c = zhT2sCore(c);
      } else {
        int32_t aFold[ZH_FOLD_MAX];
        int nFold = zhFoldCluster(ZH_FOLD_NFKC | ZH_FOLD_T2S,
                                  (const unsigned char *)z + i, len, aFold);
        if( nFold == 1 ) c = aFold[0];
      }
    }
    t->aC[k] = c;
    t->aB[k] = i;
    t->aSent[k] = iSent;
    /* A sentence ends after 。！？!? ; or a line break. */
    if( c == 0x3002 || c == '!' || c == '?' || c == ';' || c == '\n' ) iSent++;
    k++;
    i += len;
  }
  t->aB[k] = nByte;
  t->n = k;
  return SQLITE_OK;
}

void zhEntTextClear(ZhEntText *t) {
  sqlite3_free(t->aC); /* and aB and aSent */
}

int zhEntCharAtSearch(const ZhEntText *t, int iByte) {
  int lo = 0, hi = t->n;
  while( lo < hi ) {
    int mid = (lo + hi) / 2;
    if( t->aB[mid] < iByte )
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int zhEntAtRest(const ZhEntText *t, int k, const char *zWord) {
  const unsigned char *z = (const unsigned char *)zWord;
  int len;
  while( *z ) {
    int32_t c = zhUtf8Decode(z, 4, &len);
    if( k >= t->n || t->aC[k] != c ) return 0;
    z += len;
    k++;
  }
  return 1;
}

int zhEntIsHan(int32_t c) {
  return zhScriptClass(c) == ZH_IDEO;
}
