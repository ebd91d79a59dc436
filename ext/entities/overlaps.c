/*
** The pool of candidates every pass adds to, and how their overlaps are
** resolved: by priority (titles, bylines, numbers, organisations, places,
** people), then the longest; names inside the names kept, for the
** 'nested' reading, in time linear in the text.
*/
#include "internal.h"
#include <stdlib.h>
#include <string.h>

void zhEntAdd(ZhEntEx *x, int eKind, int k0, int k1, int pri, const char *zRole,
              char *zValue) {
  ZhEntCand *c;
  if( x->rc != SQLITE_OK || k1 <= k0 || k1 - k0 > ZH_ENT_MAX_CHARS ) {
    sqlite3_free(zValue);
    return;
  }
  if( x->n == x->nAlloc ) {
    int nNew = x->nAlloc ? x->nAlloc * 2 : 32;
    ZhEntCand *aNew =
        sqlite3_realloc64(x->a, sizeof(ZhEntCand) * (sqlite3_uint64)nNew);
    if( aNew == 0 ) {
      sqlite3_free(zValue);
      x->rc = SQLITE_NOMEM;
      return;
    }
    x->a = aNew;
    x->nAlloc = nNew;
  }
  c = &x->a[x->n++];
  c->e.eKind = eKind;
  c->e.iStart = k0;
  c->e.iEnd = k1;
  c->e.iByteStart = x->t.aB[k0];
  c->e.iByteEnd = x->t.aB[k1];
  c->e.iSentence = x->t.aSent[k0];
  c->e.zRole = zRole;
  c->e.zValue = zValue;
  c->pri = pri;
  c->iGen = x->iGen;
  c->bInner = 0;
  c->bHint = 0;
  c->bKept = 0;
}

void zhEntAddHint(ZhEntEx *x, int eKind, int k0, int k1) {
  int n = x->n;
  zhEntAdd(x, eKind, k0, k1, ZH_PRI_HINT, 0, 0);
  if( x->n > n ) x->a[n].bHint = 1;
}

void zhEntAddInner(ZhEntEx *x, int eKind, int k0, int k1, int pri) {
  int n = x->n;
  zhEntAdd(x, eKind, k0, k1, pri, 0, 0);
  if( x->n > n && x->eGen != ZH_NEST_NESTED ) x->a[n].bInner = 1;
}

static int cmpPriority(const void *a, const void *b) {
  const ZhEntCand *p = a, *q = b;
  if( p->pri != q->pri ) return p->pri - q->pri;
  int lp = p->e.iEnd - p->e.iStart, lq = q->e.iEnd - q->e.iStart;
  if( lp != lq ) return lq - lp;
  if( p->e.iStart != q->e.iStart ) return p->e.iStart - q->e.iStart;
  /* A title first: it takes no span, and the name of the same span
  ** (纽约时报) is then free. */
  int tp = p->e.eKind == ZH_ENT_TITLE, tq = q->e.eKind == ZH_ENT_TITLE;
  if( tp != tq ) return tq - tp;
  if( p->e.eKind != q->e.eKind ) return p->e.eKind - q->e.eKind;
  /* The same name proposed twice: the first generator's. */
  return p->iGen - q->iGen;
}

/* A candidate's place in cmpPriority's order as one number, greater
** later; 0 if it has no such number (then qsort sorts the pool). */
typedef struct ZhEntSortKey ZhEntSortKey;
struct ZhEntSortKey {
  uint64_t key;
  int i; /* its index in the pool */
};
static uint64_t priorityKey(const ZhEntCand *p) {
  int len = p->e.iEnd - p->e.iStart;
  if( p->pri < 0 || p->pri > 7 || len < 1 || len > 127 || p->e.iStart < 0 ||
      p->e.eKind < 0 || p->e.eKind > 511 || p->iGen < 0 || p->iGen > 4095 )
    return 0;
  return (uint64_t)p->pri << 61 | (uint64_t)(127 - len) << 54 |
         (uint64_t)p->e.iStart << 22 |
         (uint64_t)(p->e.eKind != ZH_ENT_TITLE) << 21 |
         (uint64_t)p->e.eKind << 12 | (uint64_t)p->iGen;
}

/* Merges the sorted a[lo, mid) and a[mid, hi), stably, through aTmp. */
static void mergeHalves(ZhEntSortKey *a, ZhEntSortKey *aTmp, int lo, int mid,
                        int hi) {
  int i = lo, j = mid, o = lo;
  if( mid == lo || mid == hi || a[mid - 1].key <= a[mid].key ) return;
  while( i < mid && j < hi ) aTmp[o++] = a[j].key < a[i].key ? a[j++] : a[i++];
  while( i < mid ) aTmp[o++] = a[i++];
  while( j < hi ) aTmp[o++] = a[j++];
  memcpy(a + lo, aTmp + lo, sizeof(*a) * (size_t)(hi - lo));
}

/* Sorts a[lo, hi) by key, stably, by insertion: for a few keys. */
static void insertKeys(ZhEntSortKey *a, int lo, int hi) {
  for( int i = lo + 1; i < hi; i++ ) {
    ZhEntSortKey v = a[i];
    int j = i;
    while( j > lo && a[j - 1].key > v.key ) {
      a[j] = a[j - 1];
      j--;
    }
    a[j] = v;
  }
}

/* Below this many keys, insertion sorts them faster than merging. */
#define ZH_ENT_INSERT_MAX 16

/* Sorts a[lo, hi) by key, stably, through aTmp; a run already in order
** is not merged again. */
static void mergeKeys(ZhEntSortKey *a, ZhEntSortKey *aTmp, int lo, int hi) {
  if( hi - lo <= ZH_ENT_INSERT_MAX ) {
    insertKeys(a, lo, hi);
    return;
  }
  int mid = lo + (hi - lo) / 2;
  mergeKeys(a, aTmp, lo, mid);
  mergeKeys(a, aTmp, mid, hi);
  mergeHalves(a, aTmp, lo, mid, hi);
}

/* Sorts the pool by cmpPriority, the candidates it finds equal in the
** order they were added (as glibc's qsort, a merge sort, leaves them):
** by their keys where every candidate has one, else by qsort. */
static void sortByPriority(ZhEntEx *x) {
  /* The keys, room to merge them, then the candidates: one allocation. */
  ZhEntSortKey *a = sqlite3_malloc64((sizeof(*a) * 2 + sizeof(ZhEntCand)) *
                                     (sqlite3_uint64)x->n);
  ZhEntCand *aCand = a ? (ZhEntCand *)(a + 2 * x->n) : 0;
  int i = 0;
  for( ; a && aCand && i < x->n; i++ ) {
    a[i].key = priorityKey(&x->a[i]);
    a[i].i = i;
    if( a[i].key == 0 ) break;
  }
  if( a && aCand && i == x->n ) {
    /* The pool sorted once, then a few names added: the sorted head is
    ** merged with the tail, sorted on its own. */
    int nHead = 1;
    while( nHead < x->n && a[nHead - 1].key <= a[nHead].key ) nHead++;
    mergeKeys(a, a + x->n, nHead, x->n);
    mergeHalves(a, a + x->n, 0, nHead, x->n);
    /* The candidates before i stay where they are; those from i on move. */
    i = 0;
    while( i < x->n && a[i].i == i ) i++;
    for( int j = i; j < x->n; j++ ) aCand[j] = x->a[a[j].i];
    memcpy(x->a + i, aCand + i, sizeof(*aCand) * (size_t)(x->n - i));
  } else {
    qsort(x->a, (size_t)x->n, sizeof(ZhEntCand), cmpPriority);
  }
  sqlite3_free(a); /* and aCand */
}

static int cmpStart(const void *a, const void *b) {
  const ZhEntity *p = a, *q = b;
  if( p->iStart != q->iStart ) return p->iStart - q->iStart;
  /* A name before the names inside it. */
  if( p->iEnd != q->iEnd ) return q->iEnd - p->iEnd;
  return p->eKind - q->eKind;
}

/* The names inside the names kept (bKept marks those, aTaken
** says which took each character): each other name candidate lying wholly
** inside one kept name, crossing no inner name taken before it, and not
** the same span as one; appended to aOut, which has room for all.  Kept
** names never overlap, so inner names of two owners never meet: each is
** compared only with those of its own owner, which holds at most
** ZH_ENT_MAX_CHARS characters, and long texts cost time in proportion to
** their length. */
static void nestedNames(ZhEntEx *x, const int *aTaken, ZhEntity *aOut,
                        int *pnOut) {
  int nOuter = *pnOut;
  /* aLast[o]: the index in aOut of owner o's last inner name, or -1;
  ** aPrev[j - nOuter]: that of the one before aOut[j] of its owner. */
  int *aLast = sqlite3_malloc64(sizeof(int) * 2 * (sqlite3_uint64)x->n);
  if( aLast == 0 ) {
    x->rc = SQLITE_NOMEM;
    return;
  }
  int *aPrev = aLast + x->n;
  for( int i = 0; i < x->n; i++ ) aLast[i] = -1;
  for( int i = 0; i < x->n; i++ ) {
    ZhEntity *e = &x->a[i].e;
    if( x->a[i].bKept || x->a[i].bHint || !(e->eKind & ZH_ENT_NAME) ||
        !(x->mKinds & e->eKind) )
      continue;
    int iOwner = aTaken[e->iStart];
    if( iOwner == 0 || !(x->a[iOwner - 1].e.eKind & ZH_ENT_NAME) ) continue;
    const ZhEntity *pOwner = &x->a[iOwner - 1].e;
    if( e->iEnd > pOwner->iEnd ) continue;
    if( e->iStart == pOwner->iStart && e->iEnd == pOwner->iEnd ) continue;
    int bOk = 1;
    for( int j = aLast[iOwner - 1]; j >= 0 && bOk; j = aPrev[j - nOuter] ) {
      const ZhEntity *q = &aOut[j];
      int bSame = q->iStart == e->iStart && q->iEnd == e->iEnd;
      int bCross = q->iStart < e->iEnd && e->iStart < q->iEnd &&
                   !(q->iStart <= e->iStart && e->iEnd <= q->iEnd) &&
                   !(e->iStart <= q->iStart && q->iEnd <= e->iEnd);
      if( bSame || bCross ) bOk = 0;
    }
    if( !bOk ) continue;
    aPrev[*pnOut - nOuter] = aLast[iOwner - 1];
    aLast[iOwner - 1] = *pnOut;
    aOut[(*pnOut)++] = *e;
    e->zValue = 0; /* now aOut's */
  }
  sqlite3_free(aLast);
}

void zhEntKeep(ZhEntEx *x, int *aTaken) {
  memset(aTaken, 0, sizeof(int) * ((size_t)x->t.n + 1));
  /* x->a is 0 when the text holds no candidate (qsort wants a pointer). */
  if( x->n > 1 ) sortByPriority(x);
  for( int i = 0; i < x->n; i++ ) {
    ZhEntity *e = &x->a[i].e;
    int bFree = !x->a[i].bInner && !x->a[i].bHint;
    for( int k = e->iStart; k < e->iEnd && bFree; k++ ) {
      if( aTaken[k] ) bFree = 0;
    }
    x->a[i].bKept = (unsigned char)bFree;
    /* A title is its own layer: the names inside 《邓小平文选》 are
    ** mentions too. */
    if( bFree && e->eKind != ZH_ENT_TITLE ) {
      for( int k = e->iStart; k < e->iEnd; k++ ) aTaken[k] = i + 1;
    }
  }
}

int zhEntResolve(ZhEntEx *x, ZhEntity **paOut, int *pnOut) {
  ZhEntity *aOut;
  int nOut = 0;
  *pnOut = 0;
  int *aTaken = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)x->t.n + 1));
  *paOut = aOut = sqlite3_malloc64(sizeof(ZhEntity) * (sqlite3_uint64)x->n);
  if( !aTaken || !aOut ) {
    sqlite3_free(aTaken);
    return SQLITE_NOMEM;
  }
  zhEntKeep(x, aTaken);
  for( int i = 0; i < x->n; i++ ) {
    ZhEntity *e = &x->a[i].e;
    /* A kind not asked for still takes its span: 万元 in 540万元 is
    ** money, never a person, whatever the kinds requested. */
    if( !x->a[i].bKept || !(x->mKinds & e->eKind) ) continue;
    aOut[nOut++] = *e;
    e->zValue = 0; /* now aOut's */
  }
  if( x->eNesting == ZH_NEST_NESTED ) nestedNames(x, aTaken, aOut, &nOut);
  qsort(aOut, (size_t)nOut, sizeof(ZhEntity), cmpStart);
  sqlite3_free(aTaken);
  *pnOut = nOut;
  return x->rc;
}
