/*
** Pinyin tokens: the readings of a run of characters are only known once
** the words around each character are seen, so document tokens are held
** back per run of adjacent characters (up to ZH_PINYIN_HOLD of them, with
** enough context kept across a cut for any dictionary word), then emitted
** with their readings.
*/
#include "zh.h"
#include "pinyin.h"
#include "pinyin_tokens.h"
#include "tokenizer.h"
#include <string.h>

/* Characters held before a run is cut; the longest word has 8, so a cut
** keeps 8 emitted characters as left context and holds back 8. */
#define ZH_PINYIN_HOLD 1024
#define ZH_PINYIN_CTX  8

typedef struct PendTok PendTok;
struct PendTok {
  char a[8]; /* a[0] is the scratch byte ZhToken promises; text at a+1 */
  int n, iStart, iEnd, bGap;
};

struct ZhPinyinRun {
  PendTok *aTok;
  int32_t *aCp;
  uint32_t *aRead, *aLen;
  int nAlloc;
  int nTok; /* held, including nCtx already emitted */
  int nCtx;
  const ZhPinyinEmit *pE;
};

void zhPinyinRunFree(ZhPinyinRun *p) {
  if( p == 0 ) return;
  sqlite3_free(p->aTok);
  sqlite3_free(p->aCp);
  sqlite3_free(p->aRead);
  sqlite3_free(p->aLen);
  sqlite3_free(p);
}

/* Emits "~syl" (or "^x") colocated with the token before. */
static int emitMarked(const ZhPinyinEmit *pE, char cMark, const char *zSyl,
                      int nSyl, int iStart, int iEnd) {
  char a[16];
  a[0] = cMark;
  memcpy(a + 1, zSyl, nSyl);
  return pE->xColocated(pE->pCtx, a, 1 + nSyl, iStart, iEnd);
}

static int emitHeld(ZhPinyinRun *p, int i) {
  const ZhPinyinEmit *pE = p->pE;
  PendTok *t = &p->aTok[i];
  ZhToken tok;
  int rc, aSyl[2];
  char cFirst = 0;

  tok.z = t->a + 1;
  tok.n = t->n;
  tok.iStart = t->iStart;
  tok.iEnd = t->iEnd;
  tok.bGap = t->bGap;
  tok.bIdeo = 1;
  tok.cp = p->aCp[i];
  rc = pE->xToken(pE->pCtx, &tok);
  aSyl[0] = ZH_PINYIN_FIRST(p->aRead[i]);
  aSyl[1] = ZH_PINYIN_SECOND(p->aRead[i]);
  for( int k = 0; rc == SQLITE_OK && k < 2 && aSyl[k]; k++ ) {
    const char *z = zhPinyinText(aSyl[k]);
    rc = emitMarked(pE, ZH_PINYIN_SYL_MARK, z, (int)strlen(z), t->iStart,
                    t->iEnd);
    if( rc == SQLITE_OK && z[0] != cFirst ) {
      rc = emitMarked(pE, ZH_PINYIN_INITIAL_MARK, z, 1, t->iStart, t->iEnd);
      cFirst = z[0];
    }
  }
  return rc;
}

/* Emits the held characters: all of them at the end of a run, else all
** but the last ZH_PINYIN_CTX, keeping context for the next part. */
static int flushRun(ZhPinyinRun *p, int bAll) {
  int rc = SQLITE_OK, nEmit, nKeep;
  if( p->nTok == p->nCtx ) {
    p->nTok = p->nCtx = 0;
    return SQLITE_OK;
  }
  zhPinyinRun(p->aCp, p->nTok, p->aRead, p->aLen);
  nEmit = bAll ? p->nTok : p->nTok - ZH_PINYIN_CTX;
  for( int i = p->nCtx; rc == SQLITE_OK && i < nEmit; i++ ) rc = emitHeld(p, i);
  if( bAll ) {
    p->nTok = p->nCtx = 0;
    return rc;
  }
  nKeep = 2 * ZH_PINYIN_CTX;
  memmove(p->aTok, p->aTok + p->nTok - nKeep, nKeep * sizeof(PendTok));
  memmove(p->aCp, p->aCp + p->nTok - nKeep, nKeep * sizeof(int32_t));
  p->nTok = nKeep;
  p->nCtx = ZH_PINYIN_CTX;
  return rc;
}

static int growRun(ZhPinyinRun *p) {
  int nNew = p->nAlloc ? 2 * p->nAlloc : 64;
  PendTok *aTok = sqlite3_realloc64(p->aTok, sizeof(PendTok) * nNew);
  if( aTok ) p->aTok = aTok;
  int32_t *aCp = sqlite3_realloc64(p->aCp, sizeof(int32_t) * nNew);
  if( aCp ) p->aCp = aCp;
  uint32_t *aRead = sqlite3_realloc64(p->aRead, sizeof(uint32_t) * nNew);
  if( aRead ) p->aRead = aRead;
  uint32_t *aLen = sqlite3_realloc64(p->aLen, sizeof(uint32_t) * nNew);
  if( aLen ) p->aLen = aLen;
  if( !aTok || !aCp || !aRead || !aLen ) return SQLITE_NOMEM;
  p->nAlloc = nNew;
  return SQLITE_OK;
}

static int documentToken(void *pArg, ZhToken *pTok) {
  ZhPinyinRun *p = (ZhPinyinRun *)pArg;
  int rc = SQLITE_OK;
  int bHold = pTok->bIdeo && pTok->n < (int)sizeof(p->aTok[0].a);
  PendTok *t;
  /* A run ends at anything but an adjacent character. */
  if( !bHold || pTok->bGap ) rc = flushRun(p, 1);
  if( rc != SQLITE_OK ) return rc;
  if( !bHold ) return p->pE->xToken(p->pE->pCtx, pTok);
  if( p->nTok == p->nAlloc && (rc = growRun(p)) != SQLITE_OK ) return rc;
  t = &p->aTok[p->nTok];
  memcpy(t->a + 1, pTok->z, pTok->n);
  t->n = pTok->n;
  t->iStart = pTok->iStart;
  t->iEnd = pTok->iEnd;
  t->bGap = pTok->bGap;
  p->aCp[p->nTok++] = pTok->cp;
  if( p->nTok - p->nCtx >= ZH_PINYIN_HOLD ) rc = flushRun(p, 0);
  return rc;
}

int zhPinyinDocument(ZhPinyinRun **pp, int fold, ZhBuf *pBuf, const char *z,
                     int n, const ZhPinyinEmit *pE) {
  ZhPinyinRun *p = *pp;
  int rc;
  if( p == 0 ) {
    p = sqlite3_malloc(sizeof(*p));
    if( p == 0 ) return SQLITE_NOMEM;
    memset(p, 0, sizeof(*p));
    *pp = p;
  }
  p->nTok = p->nCtx = 0;
  p->pE = pE;
  rc = zhScan(fold, z, n, pBuf, documentToken, p);
  if( rc == SQLITE_OK ) rc = flushRun(p, 1);
  p->nTok = p->nCtx = 0;
  return rc;
}

/* ---- queries ---------------------------------------------------------------
 */

typedef struct QuerySeg QuerySeg;
struct QuerySeg {
  const ZhPinyinEmit *pE;
  int iOff;  /* the segment's offset in the query text */
  int bJoin; /* the item before ends where the segment starts */
  int iLast; /* end of the last token, -1 if none */
};

static int segmentToken(void *pArg, ZhToken *pTok) {
  QuerySeg *q = (QuerySeg *)pArg;
  if( pTok->iStart == 0 && q->bJoin ) pTok->bGap = 0;
  pTok->iStart += q->iOff;
  pTok->iEnd += q->iOff;
  q->iLast = pTok->iEnd;
  return q->pE->xToken(q->pE->pCtx, pTok);
}

static int isAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Emits one pinyin item of the query as a token. */
static int emitItem(QuerySeg *q, char cMark, const char *z, int n, int iStart,
                    int iEnd) {
  char a[32];
  ZhToken tok;
  a[1] = cMark;
  for( int k = 0; k < n; k++ ) a[2 + k] = (char)(z[k] | 0x20);
  tok.z = a + 1;
  tok.n = n + 1;
  tok.iStart = iStart;
  tok.iEnd = iEnd;
  tok.bGap = q->iLast != iStart;
  tok.bIdeo = 0;
  tok.cp = 0;
  q->iLast = iEnd;
  return q->pE->xToken(q->pE->pCtx, &tok);
}

int zhPinyinHasMarks(const char *z, int n) {
  for( int i = 0; i + 1 < n; i++ ) {
    if( (z[i] == ZH_PINYIN_SYL_MARK || z[i] == ZH_PINYIN_INITIAL_MARK) &&
        isAsciiLetter(z[i + 1]) )
      return 1;
  }
  return 0;
}

int zhPinyinQuery(int fold, ZhBuf *pBuf, const char *z, int n,
                  const ZhPinyinEmit *pE) {
  QuerySeg q;
  int i = 0, iSeg = 0, rc = SQLITE_OK;
  q.pE = pE;
  q.iLast = -1;
  while( rc == SQLITE_OK && i < n ) {
    char c = z[i];
    int j;
    if( (c != ZH_PINYIN_SYL_MARK && c != ZH_PINYIN_INITIAL_MARK) ||
        i + 1 >= n || !isAsciiLetter(z[i + 1]) ) {
      i++;
      continue;
    }
    q.iOff = iSeg;
    q.bJoin = q.iLast == iSeg;
    rc = zhScan(fold, z + iSeg, i - iSeg, pBuf, segmentToken, &q);
    /* A syllable has at most 6 letters; a longer run is cut (and matches
    ** nothing, as no syllable is that long). */
    for( j = i + 1; j < n && isAsciiLetter(z[j]); j++ ) {}
    if( c == ZH_PINYIN_SYL_MARK ) {
      int nLetter = j - i - 1 < 24 ? j - i - 1 : 24;
      if( rc == SQLITE_OK ) rc = emitItem(&q, c, z + i + 1, nLetter, i, j);
    } else {
      for( int k = i + 1; rc == SQLITE_OK && k < j; k++ ) {
        rc = emitItem(&q, c, z + k, 1, k == i + 1 ? i : k, k + 1);
      }
    }
    i = iSeg = j;
  }
  if( rc == SQLITE_OK && iSeg < n ) {
    q.iOff = iSeg;
    q.bJoin = q.iLast == iSeg;
    rc = zhScan(fold, z + iSeg, n - iSeg, pBuf, segmentToken, &q);
  }
  return rc;
}
