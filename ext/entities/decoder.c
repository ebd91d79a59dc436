/*
** The labeller's weights (model.h), and the best tags of a text under
** them: Viterbi over B/I/O tags, where an I follows a B or an I of its
** own kind only.
*/
#include "model.h"
#include <string.h>

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
      nByte < ZH_ENT_MODEL_HEADER + ((size_t)2 * ZH_LABEL_LANES << p->nBits) )
    return 1;
  for( int i = 0; i < ZH_LABEL_LANES; i++ )
    p->aStart[i] = get32(a + 24 + 4 * i);
  for( int i = 0; i < ZH_LABEL_LANES * ZH_LABEL_LANES; i++ )
    p->aTrans[i] = get32(a + 24 + 4 * ZH_LABEL_LANES + 4 * i);
  p->aW = (const int16_t *)(const void *)(a + ZH_ENT_MODEL_HEADER);
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
  return zhEntModelRead(p, zh_ent_model_blob, nByte) ? 0 : p;
}

/* The score of each tag at character k: its features' weights. */
static void emissions(const ZhEntModel *m, const ZhEntFeatCtx *c, int k,
                      int32_t *aEm) {
  uint32_t aF[ZH_ENT_MAX_FEATURES], mask = (1u << m->nBits) - 1;
  int nF = zhEntFeatures(c, k, aF);
  memset(aEm, 0, sizeof(int32_t) * ZH_LABEL_LANES);
  for( int f = 0; f < nF; f++ ) {
    const int16_t *w = m->aW + (size_t)(aF[f] & mask) * ZH_LABEL_LANES;
    for( int y = 0; y < ZH_LABEL_LANES; y++ ) aEm[y] += w[y];
  }
}

/* One step of Viterbi: the best score of each tag at k from those at k - 1
** (aPrev), the way back to k - 1 in aBack. */
static void step(const ZhEntModel *m, const int32_t *aPrev, const int32_t *aEm,
                 int32_t *aCur, unsigned char *aBack) {
  for( int y = 0; y < ZH_LABELS; y++ ) {
    int yBest = -1;
    int64_t best = 0;
    for( int p = 0; p < ZH_LABELS; p++ ) {
      if( !zhLabelMayFollow(p, y) ) continue;
      int64_t s = (int64_t)aPrev[p] + m->aTrans[p * ZH_LABEL_LANES + y];
      if( yBest < 0 || s > best ) {
        best = s;
        yBest = p;
      }
    }
    aCur[y] = (int32_t)(best + aEm[y]);
    aBack[y] = (unsigned char)yBest;
  }
}

int zhEntDecode(const ZhEntModel *m, const ZhEntFeatCtx *c,
                unsigned char *aLabel) {
  int n = c->x->t.n;
  int32_t aPrev[ZH_LABEL_LANES], aCur[ZH_LABEL_LANES], aEm[ZH_LABEL_LANES];
  if( n == 0 ) return SQLITE_OK;
  unsigned char *aBack = sqlite3_malloc64((sqlite3_uint64)n * ZH_LABELS);
  if( aBack == 0 ) return SQLITE_NOMEM;
  for( int k = 0; k < n; k++ ) {
    emissions(m, c, k, aEm);
    if( k == 0 ) {
      for( int y = 0; y < ZH_LABELS; y++ )
        aCur[y] = zhLabelMayFollow(-1, y) ? m->aStart[y] + aEm[y] : -(1 << 29);
    } else {
      step(m, aPrev, aEm, aCur, &aBack[(size_t)k * ZH_LABELS]);
    }
    /* Scores relative to the best: they stay small over any text. */
    int32_t top = aCur[0];
    for( int y = 1; y < ZH_LABELS; y++ ) top = aCur[y] > top ? aCur[y] : top;
    for( int y = 0; y < ZH_LABELS; y++ ) {
      aPrev[y] = aCur[y] - top < -(1 << 29) ? -(1 << 29) : aCur[y] - top;
    }
  }
  int y = 0;
  for( int j = 1; j < ZH_LABELS; j++ )
    y = zhLabelMayEnd(j) && aPrev[j] > aPrev[y] ? j : y;
  for( int k = n - 1; k >= 0; k-- ) {
    aLabel[k] = (unsigned char)y;
    if( k > 0 ) y = aBack[(size_t)k * ZH_LABELS + y];
  }
  sqlite3_free(aBack);
  return SQLITE_OK;
}
