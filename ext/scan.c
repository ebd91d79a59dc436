/*
** The scanner.  Text is read cluster by cluster (a code point and the
** combining marks after it), each cluster is folded, and the folded code
** points are classed: letters and digits of spaced scripts accumulate into
** words, each Han/kana/hangul character is a token of its own, anything
** else separates.  Plain ASCII and the core Han block take fast paths that
** skip utf8proc: together they are nearly all of a Chinese text.
*/
#include "zh.h"
#include "scan.h"
#include "fold.h"
#include "script.h"
#include "utf8.h"
#include <utf8proc.h>

void zhBufFree(ZhBuf *pBuf) {
  sqlite3_free(pBuf->z);
  pBuf->z = 0;
  pBuf->nAlloc = 0;
}

static int bufReserve(ZhBuf *pBuf, int nNeed) {
  if( nNeed > pBuf->nAlloc ) {
    int nNew = pBuf->nAlloc ? pBuf->nAlloc : 64;
    char *zNew;
    while( nNew < nNeed ) nNew *= 2;
    zNew = sqlite3_realloc(pBuf->z, nNew);
    if( zNew == 0 ) return SQLITE_NOMEM;
    pBuf->z = zNew;
    pBuf->nAlloc = nNew;
  }
  return SQLITE_OK;
}

/* True if the code point at z[0..n) is a combining mark. */
static int startsWithMark(const unsigned char *z, int n, int *pLen) {
  int32_t c;
  /* ASCII, and lead bytes E4..E9 (U+4000..U+9FFF: Han), hold no marks. */
  if( z[0] < 0x80 || (z[0] >= 0xE4 && z[0] <= 0xE9) ) return 0;
  c = zhUtf8Decode(z, n, pLen);
  if( c == ZH_INVALID_CP || zhIsCoreHan(c) ) return 0;
  return zhScriptClass(c) == ZH_MARK;
}

/* The word being accumulated: text at pBuf->z+1 (z[0] is the scratch byte
** that ZhToken promises), offsets, and whether a gap came before it. */
typedef struct ZhWord ZhWord;
struct ZhWord {
  int n; /* bytes of folded text so far; -1 when no word is open */
  int iStart, iEnd;
  int bGap;
};

static int flushWord(ZhWord *pW, ZhBuf *pBuf, ZhTokenFn xToken, void *pCtx) {
  ZhToken tok;
  if( pW->n < 0 ) return SQLITE_OK;
  tok.z = pBuf->z + 1;
  tok.n = pW->n;
  tok.iStart = pW->iStart;
  tok.iEnd = pW->iEnd;
  tok.bGap = pW->bGap;
  tok.bIdeo = 0;
  tok.cp = 0;
  pW->n = -1;
  return xToken(pCtx, &tok);
}

int zhScan(int flags, const char *zText, int nText, ZhBuf *pBuf,
           ZhTokenFn xToken, void *pCtx) {
  const unsigned char *z = (const unsigned char *)zText;
  int i = 0;
  int bGap = 1;
  int rc = SQLITE_OK;
  ZhWord w = {-1, 0, 0, 0};
  int32_t aFold[ZH_FOLD_MAX];

  w.n = -1;
  rc = bufReserve(pBuf, 64);
  while( rc == SQLITE_OK && i < nText ) {
    int nByte, j, nFold, k;
    int32_t c = zhUtf8Decode(z + i, nText - i, &nByte);

    /* Find the cluster z[i..j) and fold it into aFold[0..nFold). */
    j = i + nByte;
    if( c == ZH_INVALID_CP ) {
      aFold[0] = ' ';
      nFold = 1;
    } else {
      int nMark = 0, nMarkByte;
      while( j < nText && nMark < ZH_MAX_MARKS &&
             startsWithMark(z + j, nText - j, &nMarkByte) ) {
        j += nMarkByte;
        nMark++;
      }
      if( nMark == 0 && c < 0x80 ) {
        if( (flags & ZH_FOLD_CASE) && c >= 'A' && c <= 'Z' ) c += 'a' - 'A';
        aFold[0] = c;
        nFold = 1;
      } else if( nMark == 0 && zhIsCoreHan(c) ) {
        aFold[0] = (flags & ZH_FOLD_T2S) ? zhT2sCore(c) : c;
        nFold = 1;
      } else {
        nFold = zhFoldCluster(flags, z + i, j - i, aFold);
      }
    }

    for( k = 0; rc == SQLITE_OK && k < nFold; k++ ) {
      int32_t f = aFold[k];
      switch( zhScriptClass(f) ) {
      case ZH_WORD:
        if( w.n < 0 ) {
          w.n = 0;
          w.iStart = i;
          w.bGap = bGap;
          bGap = 0;
        }
        /* fall through */
      case ZH_MARK:
        if( w.n >= 0 ) {
          if( w.n + 4 <= ZH_MAX_TOKEN ) {
            rc = bufReserve(pBuf, 1 + w.n + 4);
            if( rc == SQLITE_OK ) {
              w.n += zhUtf8Encode(f, (unsigned char *)pBuf->z + 1 + w.n);
            }
          }
          w.iEnd = j;
        }
        break;
      case ZH_IDEO: {
        char aTok[8];
        ZhToken tok;
        rc = flushWord(&w, pBuf, xToken, pCtx);
        if( rc != SQLITE_OK ) break;
        tok.z = aTok + 1;
        tok.n = zhUtf8Encode(f, (unsigned char *)tok.z);
        tok.iStart = i;
        tok.iEnd = j;
        tok.bGap = bGap;
        tok.bIdeo = 1;
        tok.cp = f;
        bGap = 0;
        rc = xToken(pCtx, &tok);
        break;
      }
      default:
        rc = flushWord(&w, pBuf, xToken, pCtx);
        bGap = 1;
        break;
      }
    }
    i = j;
  }
  if( rc == SQLITE_OK ) rc = flushWord(&w, pBuf, xToken, pCtx);
  return rc;
}
