/*
** The segmenter.
**
** Text goes through the scanner (so words mode folds exactly as substring
** mode does) and the tokens are gathered into stretches that touch one
** another.  Each stretch is segmented:
**
**   1. Runs of Han characters: the path through the run that minimises the
**      sum of word costs, -ln P(word) from dictionary frequencies, less a
**      bonus per word (ZH_WORD_BONUS) that sets the granularity.  A
**      character the dictionary lacks costs as a word seen once, plus a
**      penalty.  User words take part like dictionary words.
**   2. Numbers: digits and Chinese numerals next to each other form one
**      number (二○○一, 1200万, 3.5); a number of two or more characters
**      takes the date unit after it (2024年, 十二月, 25日), any number takes
**      a following % (95%).
**
** Stretches are cut at ZH_SEG_MAX_RUN tokens so that memory stays bounded
** whatever the input; the cut is deterministic.
*/
#include "zh.h"
#include "segment.h"
#include "dict_access.h"
#include "fold.h"
#include "scan.h"
#include "utf8.h"
#include <limits.h>
#include <string.h>

/* Extra cost of a character the dictionary does not have. */
#define ZH_UNKNOWN_EXTRA 3000
/* Longest stretch segmented at once, in tokens. */
#define ZH_SEG_MAX_RUN 1024

typedef struct Item Item;
struct Item {
  int iStart, iEnd; /* bytes in the input */
  int iText, nText; /* folded text in aText */
  int32_t cp;       /* the character, for a Han item */
  int bIdeo;
  int bNumber; /* digits, or a Chinese numeral character */
};

struct ZhSegmenter {
  int flags;
  const ZhUserDict *pUser;
  ZhBuf scan;      /* the scanner's word buffer */
  const char *zIn; /* input being segmented */
  int nIn;
  Item aItem[ZH_SEG_MAX_RUN];
  int nItem;
  char *aText; /* folded text of the items */
  int nText, nTextAlloc;
  int32_t aCp[ZH_SEG_MAX_RUN];
  int aBest[ZH_SEG_MAX_RUN + 1];
  int aNext[ZH_SEG_MAX_RUN + 1];
  const char *azTag[ZH_SEG_MAX_RUN];
  char *aOut; /* text of the word being emitted */
  int nOutAlloc;
  ZhSegFn xSeg;
  void *pCtx;
};

/* Whether the rule set `flag` (ZH_CF_*) holds character c. */
static int hasFlag(int32_t c, int flag) {
  return (zhDictCharFlags(c) & flag) != 0;
}

/* Chinese numeral characters (after folding, ○ is 〇). */
static int isNumeralChar(int32_t c) {
  return c == 0x3007 || hasFlag(c, ZH_CF_NUMERAL);
}

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
  memset(p, 0, sizeof(*p));
  p->flags = flags;
  p->pUser = pUser;
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

/* ---- Han runs: the cheapest path ------------------------------------- */

/*
** Fills aNext/azTag for the Han run aCp[i0..i1): the word starting at i
** on the cheapest path covers [i, aNext[i]).
*/
static void bestPath(ZhSegmenter *p, int i0, int i1) {
  const int32_t *c = p->aCp;
  int nUser = zhUserDictMaxLen(p->pUser);
  int unknown = zhDictCostOfOne() + ZH_UNKNOWN_EXTRA - ZH_WORD_BONUS;
  p->aBest[i1] = 0;
  for( int i = i1 - 1; i >= i0; i-- ) {
    int best = INT_MAX, next = i + 1;
    const char *zTag = "";
    uint32_t node = zhDictChild(0, c[i]);
    if( node == 0 || zhDictCost(node) < 0 ) best = unknown + p->aBest[i + 1];
    for( int j = i; node; ) {
      int cost = zhDictCost(node);
      if( cost >= 0 ) {
        int cand = cost - ZH_WORD_BONUS + p->aBest[j + 1];
        if( cand < best ) {
          best = cand;
          next = j + 1;
          zTag = zhDictTag(node);
        }
      }
      if( ++j >= i1 ) break;
      node = zhDictChild(node, c[j]);
    }
    for( int len = 1; len <= nUser && i + len <= i1; len++ ) {
      const char *zUserTag = "";
      int cost = zhUserDictCost(p->pUser, &c[i], len, &zUserTag);
      if( cost >= 0 ) {
        int cand = cost - ZH_WORD_BONUS + p->aBest[i + len];
        if( cand <= best ) {
          best = cand;
          next = i + len;
          zTag = zUserTag;
        }
      }
    }
    p->aBest[i] = best;
    p->aNext[i] = next;
    p->azTag[i] = zTag;
  }
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
  const Item *pFirst = &p->aItem[w->i0], *pLast = &p->aItem[w->i1 - 1];
  ZhSeg seg;
  seg.z = p->aText + pFirst->iText;
  seg.n = pLast->iText + pLast->nText - pFirst->iText;
  seg.iStart = pFirst->iStart;
  seg.iEnd = pLast->iEnd;
  seg.aCp = &p->aCp[w->i0];
  seg.nCp = w->i1 - w->i0;
  seg.nHead = 0;
  seg.zTag = w->zTag ? w->zTag : "";
  return p->xSeg(p->pCtx, &seg);
}

static int emitWord(ZhSegmenter *p, const Word *w) {
  ZhSeg seg;
  int n = 0, bHan = 1, rc;
  if( !w->bNumber && w->nHeadItems == 0 && p->aItem[w->i0].bIdeo ) {
    return emitHanWord(p, w);
  }
  /* Room for the items' text, a decimal point between each, and a %. */
  int nNeed = p->aItem[w->i1 - 1].iText + p->aItem[w->i1 - 1].nText -
              p->aItem[w->i0].iText + (w->i1 - w->i0) + 1 + 4;
  if( reserve(&p->aOut, &p->nOutAlloc, nNeed) ) return SQLITE_NOMEM;
  for( int k = w->i0; k < w->i1; k++ ) {
    const Item *it = &p->aItem[k];
    const char *zSrc = p->aText + it->iText;
    /* A decimal point the scanner treated as a separator. */
    if( k > w->i0 && it->iStart > p->aItem[k - 1].iEnd ) p->aOut[n++] = '.';
    if( it->nText <= 4 )
      memcpy(p->aOut + n, zSrc, 4);
    else
      memcpy(p->aOut + n, zSrc, it->nText);
    n += it->nText;
    if( k - w->i0 + 1 == w->nHeadItems ) seg.nHead = n;
    if( !it->bIdeo ) bHan = 0;
  }
  seg.iStart = p->aItem[w->i0].iStart;
  seg.iEnd = p->aItem[w->i1 - 1].iEnd;
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
  if( bHan ) {
    /* The items of a Han word are consecutive characters of aCp. */
    seg.aCp = &p->aCp[w->i0];
    seg.nCp = w->i1 - w->i0;
  } else {
    seg.aCp = 0;
    seg.nCp = 0;
  }
  seg.zTag = w->zTag ? w->zTag : "";
  rc = p->xSeg(p->pCtx, &seg);
  return rc;
}

/*
** Rewrites the path of the run [i0, i1) so that a surname and the one or
** two lone characters after it form one word, tagged nr.
*/
static void mergeNames(ZhSegmenter *p, int i0, int i1) {
  const int32_t *c = p->aCp;
  for( int i = i0; i < i1; i = p->aNext[i] ) {
    int k, nGiven = 0;
    if( p->aNext[i] != i + 1 || !hasFlag(c[i], ZH_CF_SURNAME) ) continue;
    for( k = i + 1; k < i1 && nGiven < 2 && p->aNext[k] == k + 1; k++ ) {
      if( hasFlag(c[k], ZH_CF_NOT_IN_NAME) || isNumeralChar(c[k]) ) break;
      nGiven++;
    }
    if( nGiven == 0 ) continue;
    p->aNext[i] = i + 1 + nGiven;
    p->azTag[i] = "nr";
  }
}

/* Rarer than this (cost in nats * ZH_COST_SCALE), a lone character
** before a place suffix is read as part of a name. */
#define ZH_RARE_COST 12000

/*
** Rewrites the path of the run [i0, i1) so that a known place and an
** administrative unit after it (延庆区), or a rare lone character and a
** place suffix after it (簋街), form one word, tagged ns.
*/
static void mergePlaces(ZhSegmenter *p, int i0, int i1) {
  const int32_t *c = p->aCp;
  for( int i = i0; i + 1 < i1; i = p->aNext[i] ) {
    uint32_t node;
    int cost, j = p->aNext[i];
    /* A place the dictionary knows and an administrative unit after it
    ** (延庆 + 区). */
    if( j > i + 1 && j < i1 && p->aNext[j] == j + 1 &&
        (strcmp(p->azTag[i], "ns") == 0 || strcmp(p->azTag[i], "nsn") == 0 ||
         strcmp(p->azTag[i], "nst") == 0) &&
        hasFlag(c[j], ZH_CF_ADMIN_SUFFIX) ) {
      p->aNext[i] = j + 1;
      continue;
    }
    if( p->aNext[i] != i + 1 || p->aNext[i + 1] != i + 2 ) continue;
    if( !hasFlag(c[i + 1], ZH_CF_PLACE_SUFFIX) ||
        hasFlag(c[i], ZH_CF_NOT_IN_NAME) )
      continue;
    node = zhDictChild(0, c[i]);
    cost = node ? zhDictCost(node) : -1;
    if( cost >= 0 && cost < ZH_RARE_COST ) continue;
    p->aNext[i] = i + 2;
    p->azTag[i] = "ns";
  }
}

static int charCount(const ZhSegmenter *p, const Word *w) {
  int n = 0;
  for( int m = w->i0; m < w->i1; m++ ) {
    n += p->aItem[m].bIdeo ? 1 : p->aItem[m].nText;
  }
  return n;
}

/*
** Places word w after the held-back word *pPend (if *pnPend): a number
** absorbs a number or a date unit that follows it; anything else sends
** the held-back word out and holds w.
*/
static int place(ZhSegmenter *p, Word *pPend, int *pnPend, Word w) {
  if( *pnPend ) {
    Word *prev = pPend;
    if( prev->bNumber ) {
      if( w.bNumber ) {
        prev->i1 = w.i1;
        prev->zTag = "m";
        return SQLITE_OK;
      }
      if( w.i1 == w.i0 + 1 && p->aItem[w.i0].bIdeo &&
          isDateUnit(p->aItem[w.i0].cp) &&
          (p->aItem[w.i0].cp != 0x5E74 /* 年 */ || charCount(p, prev) >= 2) ) {
        prev->nHeadItems = prev->i1 - prev->i0;
        prev->i1 = w.i1;
        prev->bNumber = 0;
        prev->zTag = "t";
        return SQLITE_OK;
      }
    }
    int rc = emitWord(p, prev);
    if( rc != SQLITE_OK ) return rc;
  }
  *pPend = w;
  *pnPend = 1;
  return SQLITE_OK;
}

/*
** Segments the gathered stretch aItem[0..nItem): Han runs by bestPath(),
** then numbers and dates by rule, emitting each word.
*/
static int flushStretch(ZhSegmenter *p) {
  Word pend;
  int nPend = 0, rc = SQLITE_OK, i = 0;

  while( rc == SQLITE_OK && i < p->nItem ) {
    Word w;
    w.nHeadItems = 0;
    w.i0 = i;
    if( p->aItem[i].bIdeo ) {
      int j = i;
      while( j < p->nItem && p->aItem[j].bIdeo ) j++;
      bestPath(p, i, j);
      mergeNames(p, i, j);
      mergePlaces(p, i, j);
      while( rc == SQLITE_OK && i < j ) {
        w.i0 = i;
        w.i1 = p->aNext[i];
        w.zTag = p->azTag[i];
        w.bNumber = 1;
        for( int m = w.i0; m < w.i1; m++ ) {
          if( !p->aItem[m].bNumber ) w.bNumber = 0;
        }
        rc = place(p, &pend, &nPend, w);
        i = w.i1;
      }
    } else {
      w.i1 = i + 1;
      w.zTag = "";
      w.bNumber = p->aItem[i].bNumber;
      rc = place(p, &pend, &nPend, w);
      i++;
    }
  }
  if( rc == SQLITE_OK && nPend ) rc = emitWord(p, &pend);
  p->nItem = 0;
  p->nText = 0;
  return rc;
}

/* True if a "." or "．" alone separates item pPrev from the token at
** iStart, both being digits: a decimal point. */
static int isDecimalPoint(ZhSegmenter *p, const Item *pPrev, int iStart) {
  const char *z = p->zIn + pPrev->iEnd;
  int n = iStart - pPrev->iEnd;
  return (n == 1 && z[0] == '.') ||
         (n == 3 && memcmp(z, "\xEF\xBC\x8E", 3) == 0);
}

static int gather(void *pCtx, ZhToken *pTok) {
  ZhSegmenter *p = (ZhSegmenter *)pCtx;
  Item *it;
  int bDigits = !pTok->bIdeo && isAllDigits(pTok->z, pTok->n);
  int rc = SQLITE_OK;
  if( p->nItem > 0 && pTok->bGap ) {
    const Item *prev = &p->aItem[p->nItem - 1];
    if( !(bDigits && !prev->bIdeo && prev->bNumber &&
          isDecimalPoint(p, prev, pTok->iStart)) ) {
      rc = flushStretch(p);
    }
  }
  if( rc == SQLITE_OK && p->nItem == ZH_SEG_MAX_RUN ) rc = flushStretch(p);
  if( rc != SQLITE_OK ) return rc;
  if( reserve(&p->aText, &p->nTextAlloc, p->nText + pTok->n + 4) )
    return SQLITE_NOMEM;
  it = &p->aItem[p->nItem++];
  it->iStart = pTok->iStart;
  it->iEnd = pTok->iEnd;
  it->iText = p->nText;
  it->nText = pTok->n;
  /* Most tokens are one character: a fixed 4-byte copy (the scanner
  ** leaves 4 readable bytes past a token; aText keeps 4 spare). */
  if( pTok->n <= 4 )
    memcpy(p->aText + p->nText, pTok->z, 4);
  else
    memcpy(p->aText + p->nText, pTok->z, pTok->n);
  p->nText += pTok->n;
  it->bIdeo = pTok->bIdeo;
  it->cp = pTok->cp;
  /* aCp is indexed like aItem: a Han word's code points are &aCp[i0]. */
  p->aCp[p->nItem - 1] = pTok->cp;
  it->bNumber = bDigits || (pTok->bIdeo && isNumeralChar(it->cp));
  return SQLITE_OK;
}

/* A run of core Han characters from the scanner, each 3 bytes of the
** input from iStart and of zText: items, added in one loop. */
static int gatherRun(void *pCtx, int iStart, const int32_t *aCp,
                     const char *zText, int nCp, int bGap) {
  ZhSegmenter *p = (ZhSegmenter *)pCtx;
  int rc = SQLITE_OK, k = 0;
  if( p->nItem > 0 && bGap ) rc = flushStretch(p);
  while( rc == SQLITE_OK && k < nCp ) {
    int nTake = nCp - k;
    if( p->nItem == ZH_SEG_MAX_RUN && (rc = flushStretch(p)) ) break;
    if( nTake > ZH_SEG_MAX_RUN - p->nItem ) nTake = ZH_SEG_MAX_RUN - p->nItem;
    if( reserve(&p->aText, &p->nTextAlloc, p->nText + 3 * nTake + 4) )
      return SQLITE_NOMEM;
    memcpy(p->aText + p->nText, zText + 3 * k, 3 * (size_t)nTake);
    for( int m = 0; m < nTake; m++, k++ ) {
      Item *it = &p->aItem[p->nItem];
      it->iStart = iStart + 3 * k;
      it->iEnd = it->iStart + 3;
      it->iText = p->nText + 3 * m;
      it->nText = 3;
      it->cp = aCp[k];
      it->bIdeo = 1;
      it->bNumber = hasFlag(aCp[k], ZH_CF_NUMERAL);
      p->aCp[p->nItem++] = aCp[k];
    }
    p->nText += 3 * nTake;
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
  rc = zhScanRuns(p->flags, z, n, &p->scan, gather, gatherRun, p);
  if( rc == SQLITE_OK && p->nItem ) rc = flushStretch(p);
  p->nItem = 0;
  p->nText = 0;
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

int zhSplitCost(ZhSegmenter *p, const int32_t *aCp, int nCp) {
  const ZhUserDict *pUser = p->pUser;
  if( nCp <= 0 || nCp > ZH_SEG_MAX_RUN ) return 0;
  memcpy(p->aCp, aCp, sizeof(int32_t) * nCp);
  /* The dictionary's own view of the word: user words left out. */
  p->pUser = 0;
  bestPath(p, 0, nCp);
  p->pUser = pUser;
  return p->aBest[0];
}
