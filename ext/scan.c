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
#include "sep_map.h"
#include <string.h>
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

/* The combining mark test for a code point that may be one. */
static int isMarkAt(const unsigned char *z, int n, int *pLen) {
  int32_t c = zhUtf8Decode(z, n, pLen);
  if( c == ZH_INVALID_CP || zhIsCoreHan(c) ) return 0;
  return zhScriptClass(c) == ZH_MARK;
}

/* True if the code point at z[0..n) is a combining mark.  ASCII, and lead
** bytes E4..E9 (U+4000..U+9FFF: Han), hold no marks: answered inline. */
static inline int startsWithMark(const unsigned char *z, int n, int *pLen) {
  if( z[0] < 0x80 || (z[0] >= 0xE4 && z[0] <= 0xE9) ) return 0;
  return isMarkAt(z, n, pLen);
}

/* The word being accumulated: text at pBuf->z+1 (z[0] is the scratch byte
** that ZhToken promises), offsets, and whether a gap came before it. */
typedef struct ZhWord ZhWord;
struct ZhWord {
  int n; /* bytes of folded text so far; -1 when no word is open */
  int iStart, iEnd;
  int bGap;
};

/* What a scan carries from one cluster to the next. */
typedef struct Scan Scan;
struct Scan {
  ZhBuf *pBuf;
  ZhTokenFn xToken;    /* the consumer: ZhToken by ZhToken, or ... */
  ZhFts5TokenFn xFts5; /* ... FTS5's callback, with separator tokens */
  ZhHanRunFn xRun;     /* runs of core Han characters, if not 0 */
  void *pCtx;
  int iLastEnd; /* xFts5: end of the last token, -1 before the first */
  ZhWord w;
  int bGap; /* a separator (or the start) came after the last token */
};

/* Hands the token z[0..n) from the input's [iStart, iEnd) to FTS5.  A
** token that a separator keeps from the one before comes after the
** separator token, which spans the separators (or, where the space is
** inside what one character folds to, as ﷺ does, that character). */
static inline int emitFts5(Scan *p, const char *z, int n, int iStart, int iEnd,
                           int bGap) {
  int rc = SQLITE_OK;
  if( bGap && p->iLastEnd >= 0 ) {
    int bInside = iStart < p->iLastEnd;
    rc = p->xFts5(p->pCtx, 0, ZH_SEP_TOKEN, 1, bInside ? iStart : p->iLastEnd,
                  bInside ? iEnd : iStart);
  }
  p->iLastEnd = iEnd;
  return rc == SQLITE_OK ? p->xFts5(p->pCtx, 0, z, n, iStart, iEnd) : rc;
}

/* The same to a consumer of ZhToken (zhScan). */
static int emitToken(Scan *p, const char *z, int n, int iStart, int iEnd,
                     int bGap, int bIdeo, int32_t cp) {
  ZhToken tok;
  tok.z = z;
  tok.n = n;
  tok.iStart = iStart;
  tok.iEnd = iEnd;
  tok.bGap = bGap;
  tok.bIdeo = bIdeo;
  tok.cp = cp;
  return p->xToken(p->pCtx, &tok);
}

static inline int emit(Scan *p, const char *z, int n, int iStart, int iEnd,
                       int bGap, int bIdeo, int32_t cp) {
  if( p->xFts5 ) return emitFts5(p, z, n, iStart, iEnd, bGap);
  return emitToken(p, z, n, iStart, iEnd, bGap, bIdeo, cp);
}

static int flushWord(Scan *p) {
  ZhWord *pW = &p->w;
  int n = pW->n;
  if( n < 0 ) return SQLITE_OK;
  pW->n = -1;
  return emit(p, p->pBuf->z + 1, n, pW->iStart, pW->iEnd, pW->bGap, 0, 0);
}

/* A letter, digit or mark f of the cluster z[i..j) goes into the word
** (a mark only into a word already open). */
static int addToWord(Scan *p, int32_t f, int bMark, int i, int j) {
  ZhWord *pW = &p->w;
  if( pW->n < 0 ) {
    if( bMark ) return SQLITE_OK;
    pW->n = 0;
    pW->iStart = i;
    pW->bGap = p->bGap;
    p->bGap = 0;
  }
  if( pW->n + 4 <= ZH_MAX_TOKEN ) {
    int rc = bufReserve(p->pBuf, 1 + pW->n + 4);
    if( rc != SQLITE_OK ) return rc;
    pW->n += zhUtf8Encode(f, (unsigned char *)p->pBuf->z + 1 + pW->n);
  }
  pW->iEnd = j;
  return SQLITE_OK;
}

/* A Han, kana or hangul character f from z[i..j): a token of its own,
** its text zF[0..nF) (f in UTF-8). */
static int emitIdeo(Scan *p, int32_t f, const char *zF, int nF, int i, int j) {
  int rc = p->w.n >= 0 ? flushWord(p) : SQLITE_OK;
  int bGap = p->bGap;
  if( rc != SQLITE_OK ) return rc;
  p->bGap = 0;
  return emit(p, zF, nF, i, j, bGap, 1, f);
}

static int addIdeo(Scan *p, int32_t f, int i, int j) {
  char aTok[4];
  return emitIdeo(p, f, aTok, zhUtf8Encode(f, (unsigned char *)aTok), i, j);
}

/* A run of core Han characters from z[i] handed to xRun whole, up to 256
** at a time, with their folded text (each 3 bytes: t2s keeps a core Han
** character in the block).  Returns where the run ends. */
static int scanHanRunAtOnce(Scan *p, int flags, const unsigned char *z,
                            int nText, int i, int *pRc) {
  int32_t aCp[256];
  unsigned char aText[3 * 256];
  int iStart = i, n = 0, bFolded = 0; /* bFolded: aText holds the text */
  while( n < 256 && i + 2 < nText ) {
    unsigned b0 = z[i], b1 = z[i + 1], b2 = z[i + 2];
    if( b0 < 0xE4 || b0 > 0xE9 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 )
      break;
    int32_t c =
        (int32_t)(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
    if( c < 0x4E00 ) break;
    int32_t f = (flags & ZH_FOLD_T2S) ? zhT2sCore(c) : c;
    aCp[n] = f;
    /* The text is the input's own until t2s changes a character. */
    if( f != c ) {
      if( !bFolded ) memcpy(aText, z + iStart, 3 * (size_t)n);
      bFolded = 1;
      zhUtf8Encode(f, aText + 3 * n);
    } else if( bFolded ) {
      memcpy(aText + 3 * n, z + i, 3);
    }
    n++;
    i += 3;
  }
  /* A character followed by a mark is a cluster, for the caller: only the
  ** last can be, since a core Han character is no mark. */
  if( n > 0 && i < nText && z[i] >= 0x80 ) {
    int nMark;
    if( startsWithMark(z + i, nText - i, &nMark) ) {
      n--;
      i -= 3;
    }
  }
  if( n == 0 ) return i;
  *pRc = p->w.n >= 0 ? flushWord(p) : SQLITE_OK;
  if( *pRc == SQLITE_OK ) {
    const unsigned char *zRun = bFolded ? aText : z + iStart;
    *pRc = p->xRun(p->pCtx, iStart, aCp, (const char *)zRun, n, p->bGap);
  }
  p->bGap = 0;
  return i;
}

/* A run of core Han characters from z[i], none followed by a mark: each a
** token, its bytes the text's own unless t2s changes it.  Returns where
** the run ends. */
static int scanHanRun(Scan *p, int flags, const unsigned char *z, int nText,
                      int i, int *pRc) {
  if( p->xRun ) return scanHanRunAtOnce(p, flags, z, nText, i, pRc);
  while( i + 2 < nText && z[i] >= 0xE4 && z[i] <= 0xE9 &&
         (z[i + 1] & 0xC0) == 0x80 && (z[i + 2] & 0xC0) == 0x80 ) {
    int nMark;
    if( i + 3 < nText && startsWithMark(z + i + 3, nText - i - 3, &nMark) )
      break;
    int32_t c =
        ((z[i] & 0x0F) << 12) | ((z[i + 1] & 0x3F) << 6) | (z[i + 2] & 0x3F);
    if( !zhIsCoreHan(c) ) break;
    int32_t f = (flags & ZH_FOLD_T2S) ? zhT2sCore(c) : c;
    if( f == c ) {
      *pRc = emitIdeo(p, c, (const char *)z + i, 3, i, i + 3);
    } else {
      *pRc = addIdeo(p, f, i, i + 3);
    }
    i += 3;
    if( *pRc != SQLITE_OK ) break;
  }
  return i;
}

/* One folded code point f of the cluster z[i..j). */
static int addFolded(Scan *p, int32_t f, int i, int j) {
  switch( zhClassOf(f) ) {
  case ZH_WORD: return addToWord(p, f, 0, i, j);
  case ZH_MARK: return addToWord(p, f, 1, i, j);
  case ZH_IDEO: return addIdeo(p, f, i, j);
  default: {
    int rc = flushWord(p);
    p->bGap = 1;
    return rc;
  }
  }
}

/* The end of the cluster that starts with a code point of nByte bytes at
** z[i]: after the combining marks that follow it (at most ZH_MAX_MARKS). */
static int clusterEnd(const unsigned char *z, int nText, int i, int nByte) {
  int j = i + nByte, nMark = 0, nMarkByte;
  while( j < nText && nMark < ZH_MAX_MARKS &&
         startsWithMark(z + j, nText - j, &nMarkByte) ) {
    j += nMarkByte;
    nMark++;
  }
  return j;
}

/* The cluster at z[i] through the general path (utf8proc's folds);
** returns where the next one starts. */
static int scanCluster(Scan *p, int flags, const unsigned char *z, int nText,
                       int i, int *pRc) {
  int32_t aFold[ZH_FOLD_MAX];
  int nByte, nFold, j;
  int32_t c = zhUtf8Decode(z + i, nText - i, &nByte);
  if( c == ZH_INVALID_CP ) {
    *pRc = addFolded(p, ' ', i, i + 1);
    return i + 1;
  }
  j = clusterEnd(z, nText, i, nByte);
  nFold = zhFoldCluster(flags, z + i, j - i, aFold);
  /* A space or a control with marks after it (one cluster for Unicode
  ** where it is a space: " ͅ") is no part of a word: the word its marks
  ** fold to starts after it, and its bytes (a NUL) stay out of the word's
  ** text and offsets.  The tokens are the same. */
  int iAfter = nFold > 0 && j > i + nByte && zhClassOf(aFold[0]) == ZH_GAP
                   ? i + nByte
                   : i;
  for( int k = 0; *pRc == SQLITE_OK && k < nFold; k++ ) {
    *pRc = addFolded(p, aFold[k], k ? iAfter : i, j);
  }
  return j;
}

/* The scan of z[0..n) by the consumer s says (zhScan, zhScanFts5). */
static int scanText(Scan *p, int flags, const unsigned char *z, int nText) {
  int i = 0, rc = bufReserve(p->pBuf, 64);
  p->w.n = -1;
  p->bGap = 1;
  p->iLastEnd = -1;
  while( rc == SQLITE_OK && i < nText ) {
    unsigned b = z[i];
    /* Plain ASCII and the core Han block, not followed by a mark: nearly
    ** all of a Chinese text, with no fold but case and t2s. */
    if( b < 0x80 ) {
      int nMark;
      if( i + 1 >= nText ||
          !startsWithMark(z + i + 1, nText - i - 1, &nMark) ) {
        int32_t c = (int32_t)b;
        if( (flags & ZH_FOLD_CASE) && c >= 'A' && c <= 'Z' ) c += 'a' - 'A';
        rc = addFolded(p, c, i, i + 1);
        i++;
        continue;
      }
    } else if( b >= 0xE4 && b <= 0xE9 ) {
      int iEnd = scanHanRun(p, flags, z, nText, i, &rc);
      if( iEnd > i ) {
        i = iEnd;
        continue;
      }
    } else if( i + 2 < nText && zhIsSeparatorAt(z + i) ) {
      /* Punctuation every fold leaves a separator (，。、“”《》…). */
      int nMark;
      if( i + 3 >= nText ||
          !startsWithMark(z + i + 3, nText - i - 3, &nMark) ) {
        rc = p->w.n >= 0 ? flushWord(p) : SQLITE_OK;
        p->bGap = 1;
        i += 3;
        continue;
      }
    }
    i = scanCluster(p, flags, z, nText, i, &rc);
  }
  if( rc == SQLITE_OK ) rc = flushWord(p);
  return rc;
}

/* A scan of zText for one consumer: exactly one of xToken and xFts5 is set
** (xRun with xToken, for the segmenter's Han runs). */
static int scanFor(int flags, const char *zText, int nText, ZhBuf *pBuf,
                   ZhTokenFn xToken, ZhFts5TokenFn xFts5, ZhHanRunFn xRun,
                   void *pCtx) {
  Scan s;
  memset(&s, 0, sizeof(s));
  s.pBuf = pBuf;
  s.xToken = xToken;
  s.xFts5 = xFts5;
  s.xRun = xRun;
  s.pCtx = pCtx;
  return scanText(&s, flags, (const unsigned char *)zText, nText);
}

int zhScan(int flags, const char *zText, int nText, ZhBuf *pBuf,
           ZhTokenFn xToken, void *pCtx) {
  return scanFor(flags, zText, nText, pBuf, xToken, 0, 0, pCtx);
}

int zhScanFts5(int flags, const char *zText, int nText, ZhBuf *pBuf,
               ZhFts5TokenFn xToken, void *pCtx) {
  return scanFor(flags, zText, nText, pBuf, 0, xToken, 0, pCtx);
}

int zhScanRuns(int flags, const char *zText, int nText, ZhBuf *pBuf,
               ZhTokenFn xToken, ZhHanRunFn xRun, void *pCtx) {
  return scanFor(flags, zText, nText, pBuf, xToken, 0, xRun, pCtx);
}
