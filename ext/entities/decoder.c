/*
** The labeller's weights (model.h), and the best tags of a text under
** them: Viterbi over B/I/O tags, where an I follows a B or an I of its
** own kind only.
*/
#include "model.h"
#include <string.h>

/* The largest weight of a tag at the start or after another: Viterbi sums
** them with scores clamped to 2^29 (normalise) in 32 bits. */
#define ZH_ENT_MAX_PAIR (1 << 28)

/* The tags that may come before each tag (zhLabelMayFollow), by tag: the
** tags outside a name (O, E, S) before O, B or S (the opening tags); B or
** I of its kind before I or E. */
static const unsigned char aOutside[7] = {0, 3, 4, 7, 8, 11, 12};
static const unsigned char aOpening[7] = {0, 1, 4, 5, 8, 9, 12};

extern const unsigned char zh_ent_model_blob[];
extern const unsigned char zh_ent_model_blob_end[];

static int32_t get32(const unsigned char *a) {
  uint32_t v = (uint32_t)a[0] | (uint32_t)a[1] << 8 | (uint32_t)a[2] << 16 |
               (uint32_t)a[3] << 24;
  return (int32_t)v;
}

int zhEntModelRead(ZhEntModel *p, const unsigned char *a, size_t nByte) {
  memset(p, 0, sizeof(*p));
  if( nByte < ZH_ENT_MODEL_HEADER || memcmp(a, ZH_ENT_MODEL_MAGIC, 8) != 0 )
    return 1;
  p->nBits = get32(a + 8);
  p->mTemplate = (uint32_t)get32(a + 12);
  if( p->nBits < 8 || p->nBits > 24 || get32(a + 16) != ZH_LABELS ||
      nByte < ZH_ENT_MODEL_HEADER + ((size_t)ZH_LABEL_LANES << p->nBits) )
    return 1;
  for( int i = 0; i < ZH_LABEL_LANES; i++ )
    p->aStart[i] = get32(a + 24 + 4 * i);
  for( int i = 0; i < ZH_LABEL_LANES * ZH_LABEL_LANES; i++ )
    p->aTrans[i] = get32(a + 24 + 4 * ZH_LABEL_LANES + 4 * i);
  /* Viterbi (step) adds these to scores of at most 2^29 in 32 bits; the
  ** trainer's are tens. */
  for( int i = 0; i < ZH_LABEL_LANES * (ZH_LABEL_LANES + 1); i++ ) {
    int32_t v =
        i < ZH_LABEL_LANES ? p->aStart[i] : p->aTrans[i - ZH_LABEL_LANES];
    if( v > ZH_ENT_MAX_PAIR || v < -ZH_ENT_MAX_PAIR ) return 1;
  }
  p->aW = (const int8_t *)(a + ZH_ENT_MODEL_HEADER);
  for( int i = 0; i < 7; i++ ) {
    for( int j = 0; j < 8; j++ ) {
      p->aOpen[8 * i + j] =
          j < 7 ? p->aTrans[aOutside[i] * ZH_LABEL_LANES + aOpening[j]] : 0;
    }
  }
  for( int k = 0; k < 3; k++ ) {
    int pB = ZH_LABEL(k, ZH_PART_B), pI = ZH_LABEL(k, ZH_PART_I);
    int pE = ZH_LABEL(k, ZH_PART_E);
    p->aInner[4 * k + 0] = p->aTrans[pB * ZH_LABEL_LANES + pI];
    p->aInner[4 * k + 1] = p->aTrans[pI * ZH_LABEL_LANES + pI];
    p->aInner[4 * k + 2] = p->aTrans[pB * ZH_LABEL_LANES + pE];
    p->aInner[4 * k + 3] = p->aTrans[pI * ZH_LABEL_LANES + pE];
  }
  return 0;
}

uint32_t zhEntWordKey(const int32_t *a, int n) {
  uint32_t h = 2166136261u;
  for( int i = 0; i < n; i++ ) h = (h ^ (uint32_t)a[i]) * 16777619u;
  return h ? h : 1;
}

const ZhEntModel *zhEntModelEmbedded(ZhEntModel *p) {
  size_t nByte =
      (size_t)((uintptr_t)zh_ent_model_blob_end - (uintptr_t)zh_ent_model_blob);
  if( zhEntModelRead(p, zh_ent_model_blob, nByte) ) return 0;
  p->aW = zhEntModelHot(p->aW, (size_t)ZH_LABEL_LANES << p->nBits);
  return p;
}

/* The rows of the weights of character k's features, to aF; each row is
** fetched into the cache while the character before is scored. */
static int featureRows(const ZhEntModel *m, const ZhEntFeatCtx *c, int k,
                       uint32_t *aF) {
  uint32_t mask = (1u << m->nBits) - 1;
  int nF = zhEntFeatures(c, k, aF);
  for( int f = 0; f < nF; f++ ) {
    aF[f] &= mask;
    __builtin_prefetch(m->aW + (size_t)aF[f] * ZH_LABEL_LANES);
  }
  return nF;
}

/* The score of each tag at a character: the weights of its features'
** rows aF[0..nF). */
static void emissions(const ZhEntModel *m, const uint32_t *aF, int nF,
                      int32_t *aEm) {
  int16_t aSum[ZH_LABEL_LANES] = {0};
  /* At most ZH_ENT_MAX_FEATURES weights of at most 127: no overflow. */
  for( int f = 0; f < nF; f++ ) {
    const int8_t *w = m->aW + (size_t)aF[f] * ZH_LABEL_LANES;
    for( int y = 0; y < ZH_LABEL_LANES; y++ ) aSum[y] += w[y];
  }
  for( int y = 0; y < ZH_LABEL_LANES; y++ ) aEm[y] = aSum[y];
}

/* The score of the lanes past the tags: below any tag's, which is at
** least -2^29 (normalise) plus a pair's weight (ZH_ENT_MAX_PAIR) and
** ZH_ENT_MAX_FEATURES weights, so that it never is the best. */
#define ZH_NO_SCORE (-(1 << 30))

static void noPadding(int32_t *aCur) {
  for( int y = ZH_LABELS; y < ZH_LABEL_LANES; y++ ) aCur[y] = ZH_NO_SCORE;
}

/* One step of Viterbi: the best score of each tag at k from those at k - 1
** (aPrev), the way back to k - 1 in aBack.  Every tag outside a name may
** come before O, B or S: those seven are scored at once from the seven, a
** loop over 8 lanes (m->aOpen) that the compiler makes vector code of; I
** and E, which only B or I of their kind may come before, are then scored
** over. */
static void step(const ZhEntModel *m, const int32_t *restrict aPrev,
                 const int32_t *restrict aEm, int32_t *restrict aCur,
                 unsigned char *restrict aBack) {
  int32_t aBest[8], aFrom[8];
  for( int j = 0; j < 8; j++ ) {
    aBest[j] = aPrev[0] + m->aOpen[j];
    aFrom[j] = 0;
  }
  for( int i = 1; i < 7; i++ ) {
    int p = aOutside[i];
    int32_t s = aPrev[p];
    const int32_t *aRow = &m->aOpen[8 * i];
    for( int j = 0; j < 8; j++ ) {
      int32_t v = s + aRow[j];
      /* The first best wins, as a loop over the tags in order would. */
      aFrom[j] = v > aBest[j] ? p : aFrom[j];
      aBest[j] = v > aBest[j] ? v : aBest[j];
    }
  }
  for( int j = 0; j < 7; j++ ) {
    int y = aOpening[j];
    aCur[y] = aBest[j] + aEm[y];
    aBack[y] = (unsigned char)aFrom[j];
  }
  for( int k = 0; k < 3; k++ ) {
    int pB = ZH_LABEL(k, ZH_PART_B), pI = pB + 1, pE = pB + 2;
    const int32_t *t = &m->aInner[4 * k];
    int32_t sB = aPrev[pB], sI = aPrev[pI];
    int32_t bI = sB + t[0], iI = sI + t[1], bE = sB + t[2], iE = sI + t[3];
    int32_t cI = (iI > bI ? iI : bI) + aEm[pI];
    int32_t cE = (iE > bE ? iE : bE) + aEm[pE];
    aCur[pI] = cI;
    aCur[pE] = cE;
    aBack[pI] = (unsigned char)(iI > bI ? pI : pB);
    aBack[pE] = (unsigned char)(iE > bE ? pI : pB);
  }
  noPadding(aCur);
}

/* Scores relative to the best, so that they stay small over any run: over
** all 16 lanes, in vector code (the padding's is below every tag's). */
static void normalise(const int32_t *aCur, int32_t *aPrev) {
  int32_t aTop[4], top;
  /* The best of each four lanes (in vector code), then of those four. */
  memcpy(aTop, aCur, sizeof(aTop));
  for( int y = 4; y < ZH_LABEL_LANES; y += 4 ) {
    for( int j = 0; j < 4; j++ )
      aTop[j] = aCur[y + j] > aTop[j] ? aCur[y + j] : aTop[j];
  }
  top = aTop[0];
  for( int j = 1; j < 4; j++ ) top = aTop[j] > top ? aTop[j] : top;
  for( int y = 0; y < ZH_LABEL_LANES; y++ )
    aPrev[y] = aCur[y] - top < -(1 << 29) ? -(1 << 29) : aCur[y] - top;
}

/* The best tags of the characters [k0, k1), every one of them maybe in a
** name (zhEntActive), between characters outside names (or the ends of
** the text): as Viterbi over the whole text would tag them, since the
** characters around are O whatever these are. */
static void decodeRun(const ZhEntModel *m, const ZhEntFeatCtx *c, int k0,
                      int k1, unsigned char *aLabel, unsigned char *aBack) {
  int32_t aPrev[ZH_LABEL_LANES], aCur[ZH_LABEL_LANES], aEm[ZH_LABEL_LANES];
  uint32_t aF[2][ZH_ENT_MAX_FEATURES];
  int nF[2];
  nF[0] = featureRows(m, c, k0, aF[0]);
  for( int k = k0; k < k1; k++ ) {
    int i = (k - k0) & 1;
    if( k + 1 < k1 ) nF[!i] = featureRows(m, c, k + 1, aF[!i]);
    emissions(m, aF[i], nF[i], aEm);
    if( k == k0 ) {
      for( int y = 0; y < ZH_LABELS; y++ ) {
        int32_t s = k0 == 0 ? m->aStart[y] : m->aTrans[y]; /* after O */
        aCur[y] = zhLabelMayFollow(-1, y) ? s + aEm[y] : -(1 << 29);
      }
      noPadding(aCur);
    } else {
      step(m, aPrev, aEm, aCur, &aBack[(size_t)(k - k0) * ZH_LABEL_LANES]);
    }
    normalise(aCur, aPrev);
  }
  int y = -1;
  for( int j = 0; j < ZH_LABELS; j++ ) {
    if( !zhLabelMayEnd(j) ) continue;
    aCur[j] = aPrev[j] + (k1 < c->x->t.n ? m->aTrans[j * ZH_LABEL_LANES] : 0);
    if( y < 0 || aCur[j] > aCur[y] ) y = j;
  }
  for( int k = k1 - 1; k >= k0; k-- ) {
    aLabel[k] = (unsigned char)y;
    if( k > k0 ) y = aBack[(size_t)(k - k0) * ZH_LABEL_LANES + y];
  }
}

int zhEntDecode(const ZhEntModel *m, const ZhEntFeatCtx *c,
                unsigned char *aLabel) {
  int n = c->x->t.n, nRun = 0;
  for( int k = 0, k0 = 0; k <= n; k++ ) {
    if( k < n && zhEntActive(c, k) ) continue;
    nRun = k - k0 > nRun ? k - k0 : nRun;
    k0 = k + 1;
  }
  unsigned char *aBack =
      sqlite3_malloc64((sqlite3_uint64)(nRun + 1) * ZH_LABEL_LANES);
  if( aBack == 0 ) return SQLITE_NOMEM;
  for( int k = 0; k < n; ) {
    int k1 = k;
    while( k1 < n && zhEntActive(c, k1) ) k1++;
    if( k1 > k ) decodeRun(m, c, k, k1, aLabel, aBack);
    if( k1 < n ) aLabel[k1] = ZH_LABEL_O;
    k = k1 + 1;
  }
  sqlite3_free(aBack);
  return SQLITE_OK;
}
