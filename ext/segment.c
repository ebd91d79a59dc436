/*
** The segmenter.
**
** Text goes through the scanner (so words mode folds exactly as substring
** mode does) and the tokens are gathered into stretches that touch one
** another.  Each stretch is segmented:
**
**   1. Runs of Han characters: the cheapest path through the dictionary
**      and the user words, and the rules for names and places
**      (segment_path.c).
**   2. Numbers: digits and Chinese numerals next to each other form one
**      number (二○○一, 1200万, 3.5); a number of two or more characters
**      takes the date unit after it (2024年, 十二月, 25日), any number takes
**      a following % (95%).
**
** Stretches are cut at ZH_SEG_MAX_RUN tokens so that memory stays bounded
** whatever the input; the cut is deterministic.  Stretches are gathered
** up to that many tokens in all before any is segmented, so that the
** dictionary lookups of many runs overlap (zhPathLookUp).
*/
#include "zh.h"
#include "segment.h"
#include "segment_path.h"
#include "dict_access.h"
#include "fold.h"
#include "scan.h"
#include "utf8.h"
#include <stddef.h>
#include <string.h>

/* The items (tokens) of the stretch, an array per field: a Han run adds
** its characters' in a few tight loops. */
#define ZH_ITEM_IDEO   1 /* one Han/kana/hangul character (= ZH_LINK_RUN) */
#define ZH_ITEM_DIGITS 2 /* digits */

struct ZhSegmenter {
  /* Up to aStretchEnd: cleared by zhSegmenterNew.  The arrays after it are
  ** written before they are read, for every text, so a new segmenter
  ** leaves their ~70 KB alone: zh_entities makes one for each text. */
  int flags;
  ZhBuf scan;      /* the scanner's word buffer */
  const char *zIn; /* input being segmented */
  int nIn;
  int nItem;
  int kStretch; /* first item of the stretch being gathered */
  int nStretch; /* stretches gathered before it, which end at aStretchEnd */
  char *aText;  /* folded text of the items */
  int nText, nTextAlloc;
  char *aOut; /* text of the word being emitted */
  int nOutAlloc;
  ZhSegFn xSeg;
  void *pCtx;
  int aStretchEnd[ZH_SEG_MAX_RUN];
  int aStart[ZH_SEG_MAX_RUN], aEnd[ZH_SEG_MAX_RUN]; /* bytes in the input */
  int aTextAt[ZH_SEG_MAX_RUN + 1];     /* item k's folded text: aText[aTextAt[k]
                                       ** .. aTextAt[k+1]) */
  unsigned char aKind[ZH_SEG_MAX_RUN]; /* ZH_ITEM_* */
  int32_t aCp[ZH_SEG_MAX_RUN];         /* the character of a Han item */
  ZhPath path;                         /* over aCp */
};

/* Units that join the number before them: 年 月 日 时 分 秒 号. */
static int isDateUnit(int32_t c) {
  return c == 0x5E74 || c == 0x6708 || c == 0x65E5 || c == 0x65F6 ||
         c == 0x5206 || c == 0x79D2 || c == 0x53F7;
}

static int isAllDigits(const char *z, int n) {
  for( int i = 0; i < n; i++ ) {
    if( z[i] < '0' || z[i] > '9' ) return 0;
  }
  return n > 0;
}

ZhSegmenter *zhSegmenterNew(int flags, const ZhUserDict *pUser) {
  ZhSegmenter *p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return 0;
  memset(p, 0, offsetof(ZhSegmenter, aStretchEnd));
  p->flags = flags;
  p->path.aCp = p->aCp;
  p->path.pUser = pUser;
  return p;
}

void zhSegmenterFree(ZhSegmenter *p) {
  if( p == 0 ) return;
  zhBufFree(&p->scan);
  sqlite3_free(p->aText);
  sqlite3_free(p->aOut);
  sqlite3_free(p);
}

static int reserve(char **pz, int *pnAlloc, int nNeed) {
  if( nNeed > *pnAlloc ) {
    int nNew = *pnAlloc ? *pnAlloc : 256;
    char *zNew;
    while( nNew < nNeed ) nNew *= 2;
    zNew = sqlite3_realloc(*pz, nNew);
    if( zNew == 0 ) return SQLITE_NOMEM;
    *pz = zNew;
    *pnAlloc = nNew;
  }
  return SQLITE_OK;
}

static int isIdeo(const ZhSegmenter *p, int k) {
  return p->aKind[k] & ZH_ITEM_IDEO;
}

/* ---- emitting words ---------------------------------------------------- */

/* A word: items [i0, i1) of the stretch, of which the first nHeadItems
** are a number before a unit. */
typedef struct Word Word;
struct Word {
  int i0, i1;
  int bNumber;
  int nHeadItems;
  const char *zTag;
};

/* A word of Han characters only, no number: its folded text is already
** whole in aText, as the items' texts follow one another there. */
static int emitHanWord(ZhSegmenter *p, const Word *w) {
  ZhSeg seg;
  seg.z = p->aText + p->aTextAt[w->i0];
  seg.n = p->aTextAt[w->i1] - p->aTextAt[w->i0];
  seg.iStart = p->aStart[w->i0];
  seg.iEnd = p->aEnd[w->i1 - 1];
  seg.aCp = &p->aCp[w->i0];
  seg.nCp = w->i1 - w->i0;
  seg.nHead = 0;
  seg.zTag = w->zTag ? w->zTag : "";
  seg.pPath = &p->path;
  seg.iPath = w->i0;
  return p->xSeg(p->pCtx, &seg);
}

/* Copies the text of word w's items into aOut, a '.' where a decimal
** point separated two: its length, and in seg->nHead the bytes of the
** first w->nHeadItems.  *pbHan is cleared if an item is not Han. */
static int copyItems(ZhSegmenter *p, const Word *w, ZhSeg *seg, int *pbHan) {
  int n = 0;
  for( int k = w->i0; k < w->i1; k++ ) {
    const char *zSrc = p->aText + p->aTextAt[k];
    int nText = p->aTextAt[k + 1] - p->aTextAt[k];
    /* A decimal point the scanner treated as a separator. */
    if( k > w->i0 && p->aStart[k] > p->aEnd[k - 1] ) p->aOut[n++] = '.';
    if( nText <= 4 )
      memcpy(p->aOut + n, zSrc, 4);
    else
      memcpy(p->aOut + n, zSrc, nText);
    n += nText;
    if( k - w->i0 + 1 == w->nHeadItems ) seg->nHead = n;
    if( !isIdeo(p, k) ) *pbHan = 0;
  }
  return n;
}

/* Any other word: a number, a number and its unit, a word that is no
** Han (apart from emitWord, so that the common word's call saves and
** restores no more than its own registers). */
static __attribute__((noinline)) int emitOtherWord(ZhSegmenter *p,
                                                   const Word *w) {
  ZhSeg seg;
  int n, bHan = 1;
  /* Room for the items' text, a decimal point between each, and a %. */
  int nNeed = p->aTextAt[w->i1] - p->aTextAt[w->i0] + (w->i1 - w->i0) + 1 + 4;
  if( reserve(&p->aOut, &p->nOutAlloc, nNeed) ) return SQLITE_NOMEM;
  n = copyItems(p, w, &seg, &bHan);
  seg.iStart = p->aStart[w->i0];
  seg.iEnd = p->aEnd[w->i1 - 1];
  if( w->nHeadItems == 0 ) seg.nHead = 0;
  /* A % right after a number belongs to it. */
  if( w->bNumber && seg.iEnd < p->nIn ) {
    const unsigned char *z = (const unsigned char *)p->zIn + seg.iEnd;
    int nLeft = p->nIn - seg.iEnd, nPct = 0;
    if( z[0] == '%' )
      nPct = 1;
    else if( nLeft >= 3 && z[0] == 0xEF && z[1] == 0xBC && z[2] == 0x85 )
      nPct = 3;
    if( nPct ) {
      seg.nHead = n;
      p->aOut[n++] = '%';
      seg.iEnd += nPct;
      bHan = 0;
    }
  }
  seg.z = p->aOut;
  seg.n = n;
  /* The items of a Han word are consecutive characters of aCp. */
  seg.aCp = bHan ? &p->aCp[w->i0] : 0;
  seg.nCp = bHan ? w->i1 - w->i0 : 0;
  seg.zTag = w->zTag ? w->zTag : "";
  seg.pPath = bHan ? &p->path : 0;
  seg.iPath = w->i0;
  return p->xSeg(p->pCtx, &seg);
}

static int emitWord(ZhSegmenter *p, const Word *w) {
  if( !w->bNumber && w->nHeadItems == 0 && isIdeo(p, w->i0) ) {
    return emitHanWord(p, w);
  }
  return emitOtherWord(p, w);
}

static int charCount(const ZhSegmenter *p, const Word *w) {
  int n = 0;
  for( int m = w->i0; m < w->i1; m++ ) {
    n += isIdeo(p, m) ? 1 : p->aTextAt[m + 1] - p->aTextAt[m];
  }
  return n;
}

/*
** Places the word of items [i0, i1) (a number if bNumber, tagged zTag)
** after the held-back word *pPend (if *pnPend): a number absorbs a number
** or a date unit that follows it; anything else sends the held-back word
** out and holds the new one.  (The word comes in scalars: a Word built
** for the call and copied whole would be read back in wider loads than
** it was stored in, which stalls.)
*/
static inline __attribute__((always_inline)) int
place(ZhSegmenter *p, Word *pPend, int *pnPend, int i0, int i1, int bNumber,
      const char *zTag) {
  if( *pnPend ) {
    Word *prev = pPend;
    if( prev->bNumber ) {
      if( bNumber ) {
        prev->i1 = i1;
        prev->zTag = "m";
        return SQLITE_OK;
      }
      if( i1 == i0 + 1 && isIdeo(p, i0) && isDateUnit(p->aCp[i0]) &&
          (p->aCp[i0] != 0x5E74 /* 年 */ || charCount(p, prev) >= 2) ) {
        prev->nHeadItems = prev->i1 - prev->i0;
        prev->i1 = i1;
        prev->bNumber = 0;
        prev->zTag = "t";
        return SQLITE_OK;
      }
    }
    int rc = emitWord(p, prev);
    if( rc != SQLITE_OK ) return rc;
  }
  pPend->i0 = i0;
  pPend->i1 = i1;
  pPend->bNumber = bNumber;
  pPend->nHeadItems = 0;
  pPend->zTag = zTag;
  *pnPend = 1;
  return SQLITE_OK;
}

/* Places the words of the Han run [i, i1) of the stretch, segmented. */
static int placeRun(ZhSegmenter *p, Word *pPend, int *pnPend, int i, int i1) {
  const ZhPath *path = &p->path;
  int rc = SQLITE_OK;
  zhPathRun(&p->path, i, i1);
  while( rc == SQLITE_OK && i < i1 ) {
    int next = path->aNext[i], bNumber = 1;
    for( int m = i; m < next && bNumber; m++ ) {
      bNumber = zhPathIsNumeral(path, m);
    }
    rc = place(p, pPend, pnPend, i, next, bNumber, zhPathTag(path, i));
    i = next;
  }
  return rc;
}

/*
** Segments the stretch of items [i, i1): Han runs by their path (looked up
** already), then numbers and dates by rule, emitting each word.
*/
static int segmentStretch(ZhSegmenter *p, int i, int i1) {
  Word pend;
  int nPend = 0, rc = SQLITE_OK;

  while( rc == SQLITE_OK && i < i1 ) {
    if( isIdeo(p, i) ) {
      const unsigned char *link = p->path.aLink;
      int j = i;
      while( link[j] & ZH_LINK_NEXT ) j++; /* linkRuns: the run's last */
      rc = placeRun(p, &pend, &nPend, i, j + 1);
      i = j + 1;
    } else {
      int bNumber = (p->aKind[i] & ZH_ITEM_DIGITS) != 0;
      rc = place(p, &pend, &nPend, i, i + 1, bNumber, "");
      i++;
    }
  }
  if( rc == SQLITE_OK && nPend ) rc = emitWord(p, &pend);
  return rc;
}

/* Ends the stretch being gathered (if it has items). */
static void endStretch(ZhSegmenter *p) {
  if( p->nItem > p->kStretch ) {
    p->aStretchEnd[p->nStretch++] = p->nItem;
    p->kStretch = p->nItem;
  }
}

/* Marks the characters of the runs of the stretch [i0, i1) for the
** lookups. */
static void linkRuns(ZhSegmenter *p, int i0, int i1) {
  unsigned char *link = p->path.aLink;
  const unsigned char *kind = p->aKind;
  /* ZH_ITEM_IDEO is ZH_LINK_RUN: no branch. */
  for( int i = i0; i + 1 < i1; i++ ) {
    int bRun = kind[i] & ZH_ITEM_IDEO;
    link[i] = (unsigned char)(bRun | ((bRun & kind[i + 1]) << 1));
  }
  link[i1 - 1] = kind[i1 - 1] & ZH_ITEM_IDEO;
}

/*
** Segments the stretches gathered and ended, their lookups first, and
** moves the items of the stretch being gathered to the start.
*/
static int flushStretches(ZhSegmenter *p) {
  int rc = SQLITE_OK, k0 = p->kStretch, n = p->nItem - k0;
  for( int s = 0, i0 = 0; s < p->nStretch; i0 = p->aStretchEnd[s++] ) {
    linkRuns(p, i0, p->aStretchEnd[s]);
  }
  zhPathLookUp(&p->path, 0, k0);
  for( int s = 0, i0 = 0; rc == SQLITE_OK && s < p->nStretch;
       i0 = p->aStretchEnd[s++] ) {
    rc = segmentStretch(p, i0, p->aStretchEnd[s]);
  }
  if( n > 0 && k0 > 0 ) {
    int t0 = p->aTextAt[k0];
    memmove(p->aStart, p->aStart + k0, sizeof(int) * (size_t)n);
    memmove(p->aEnd, p->aEnd + k0, sizeof(int) * (size_t)n);
    memmove(p->aCp, p->aCp + k0, sizeof(int32_t) * (size_t)n);
    memmove(p->aKind, p->aKind + k0, (size_t)n);
    memmove(p->aText, p->aText + t0, (size_t)(p->nText - t0));
    for( int k = 0; k <= n; k++ ) p->aTextAt[k] = p->aTextAt[k0 + k] - t0;
    p->nText -= t0;
  } else if( n == 0 ) {
    p->nText = 0;
  }
  p->nItem = n;
  p->kStretch = 0;
  p->nStretch = 0;
  return rc;
}

/* Makes room for an item when the items are full: a stretch that fills
** them all is cut there. */
static int makeRoom(ZhSegmenter *p) {
  if( p->kStretch == 0 ) endStretch(p);
  return flushStretches(p);
}

/* True if a "." or "．" alone separates item k from the token at iStart,
** both being digits: a decimal point. */
static int isDecimalPoint(ZhSegmenter *p, int k, int iStart) {
  const char *z = p->zIn + p->aEnd[k];
  int n = iStart - p->aEnd[k];
  return (n == 1 && z[0] == '.') ||
         (n == 3 && memcmp(z, "\xEF\xBC\x8E", 3) == 0);
}

static int gather(void *pCtx, ZhToken *pTok) {
  ZhSegmenter *p = (ZhSegmenter *)pCtx;
  int k, bDigits = !pTok->bIdeo && isAllDigits(pTok->z, pTok->n);
  int rc = SQLITE_OK;
  if( p->nItem > p->kStretch && pTok->bGap ) {
    k = p->nItem - 1;
    if( !(bDigits && (p->aKind[k] & ZH_ITEM_DIGITS) &&
          isDecimalPoint(p, k, pTok->iStart)) ) {
      endStretch(p);
    }
  }
  if( p->nItem == ZH_SEG_MAX_RUN ) rc = makeRoom(p);
  if( rc != SQLITE_OK ) return rc;
  if( reserve(&p->aText, &p->nTextAlloc, p->nText + pTok->n + 4) )
    return SQLITE_NOMEM;
  k = p->nItem++;
  p->aStart[k] = pTok->iStart;
  p->aEnd[k] = pTok->iEnd;
  p->aTextAt[k] = p->nText;
  /* Most tokens are one character: a fixed 4-byte copy (the scanner
  ** leaves 4 readable bytes past a token; aText keeps 4 spare). */
  if( pTok->n <= 4 )
    memcpy(p->aText + p->nText, pTok->z, 4);
  else
    memcpy(p->aText + p->nText, pTok->z, pTok->n);
  p->nText += pTok->n;
  p->aTextAt[k + 1] = p->nText;
  /* aCp is indexed like the items: a Han word's code points are &aCp[i0]. */
  p->aCp[k] = pTok->cp;
  p->aKind[k] = pTok->bIdeo ? ZH_ITEM_IDEO : bDigits ? ZH_ITEM_DIGITS : 0;
  return SQLITE_OK;
}

/* Adds nTake characters of a run of core Han characters, the first from 3
** bytes of the input at iStart, with their folded text (3 bytes each). */
static void addHan(ZhSegmenter *p, int iStart, const int32_t *aCp,
                   const char *zText, int nTake) {
  int k0 = p->nItem;
  memcpy(p->aText + p->nText, zText, 3 * (size_t)nTake);
  memcpy(&p->aCp[k0], aCp, sizeof(int32_t) * (size_t)nTake);
  memset(&p->aKind[k0], ZH_ITEM_IDEO, (size_t)nTake);
  for( int m = 0; m < nTake; m++ ) {
    p->aStart[k0 + m] = iStart + 3 * m;
    p->aEnd[k0 + m] = iStart + 3 * m + 3;
    p->aTextAt[k0 + m] = p->nText + 3 * m;
  }
  p->nItem += nTake;
  p->nText += 3 * nTake;
  p->aTextAt[p->nItem] = p->nText;
}

/* A run of core Han characters from the scanner, each 3 bytes of the
** input from iStart and of zText: items, added in a few loops. */
static int gatherRun(void *pCtx, int iStart, const int32_t *aCp,
                     const char *zText, int nCp, int bGap) {
  ZhSegmenter *p = (ZhSegmenter *)pCtx;
  int rc = SQLITE_OK, k = 0;
  if( p->nItem > p->kStretch && bGap ) endStretch(p);
  while( rc == SQLITE_OK && k < nCp ) {
    int nTake = nCp - k;
    if( p->nItem == ZH_SEG_MAX_RUN && (rc = makeRoom(p)) ) break;
    if( nTake > ZH_SEG_MAX_RUN - p->nItem ) nTake = ZH_SEG_MAX_RUN - p->nItem;
    if( reserve(&p->aText, &p->nTextAlloc, p->nText + 3 * nTake + 4) )
      return SQLITE_NOMEM;
    addHan(p, iStart + 3 * k, aCp + k, zText + 3 * k, nTake);
    k += nTake;
  }
  return rc;
}

int zhSegment(ZhSegmenter *p, const char *z, int n, ZhSegFn xSeg, void *pCtx) {
  int rc;
  p->zIn = z;
  p->nIn = n;
  p->xSeg = xSeg;
  p->pCtx = pCtx;
  p->nItem = 0;
  p->nText = 0;
  p->kStretch = 0;
  p->nStretch = 0;
  rc = zhScanRuns(p->flags, z, n, &p->scan, gather, gatherRun, p);
  if( rc == SQLITE_OK ) {
    endStretch(p);
    rc = flushStretches(p);
  }
  p->nItem = 0;
  p->nText = 0;
  p->kStretch = 0;
  p->nStretch = 0;
  return rc;
}

int zhSubwords(const ZhUserDict *pUser, const int32_t *aCp, int nCp,
               int (*xSub)(void *pCtx, int iFirst, int nChar), void *pCtx) {
  int nUser = zhUserDictMaxLen(pUser);
  for( int i = 0; i < nCp; i++ ) {
    uint32_t node = zhDictChild(0, aCp[i]);
    for( int j = i; node && j < nCp; ) {
      int len = j - i + 1;
      if( len >= 2 && len < nCp && zhDictCost(node) >= 0 ) {
        int rc = xSub(pCtx, i, len);
        if( rc != SQLITE_OK ) return rc;
      }
      if( ++j >= nCp ) break;
      node = zhDictChild(node, aCp[j]);
    }
    for( int len = 2; len <= nUser && i + len <= nCp && len < nCp; len++ ) {
      /* A user word that is also in the dictionary was reported above. */
      uint32_t node2 = 0;
      int k;
      if( zhUserDictCost(pUser, &aCp[i], len, 0) < 0 ) continue;
      for( k = 0, node2 = 0; k < len; k++ ) {
        node2 = zhDictChild(k ? node2 : 0, aCp[i + k]);
        if( node2 == 0 ) break;
      }
      if( k == len && zhDictCost(node2) >= 0 ) continue;
      int rc = xSub(pCtx, i, len);
      if( rc != SQLITE_OK ) return rc;
    }
  }
  return SQLITE_OK;
}

int zhSegSubwords(const ZhSeg *pSeg, const ZhUserDict *pUser,
                  int (*xSub)(void *pCtx, int iFirst, int nChar), void *pCtx) {
  if( pSeg->pPath && zhUserDictMaxLen(pUser) == 0 ) {
    return zhPathSubwords(pSeg->pPath, pSeg->iPath, pSeg->nCp, xSub, pCtx);
  }
  return zhSubwords(pUser, pSeg->aCp, pSeg->nCp, xSub, pCtx);
}

int zhSplitCost(ZhSegmenter *p, const int32_t *aCp, int nCp) {
  const ZhUserDict *pUser = p->path.pUser;
  int cost;
  if( nCp <= 0 || nCp > ZH_SEG_MAX_RUN ) return 0;
  memcpy(p->aCp, aCp, sizeof(int32_t) * nCp);
  /* The dictionary's own view of the word: user words left out. */
  p->path.pUser = 0;
  cost = zhPathCost(&p->path, 0, nCp);
  p->path.pUser = pUser;
  return cost;
}
