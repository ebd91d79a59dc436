/*
** The features the labeller (model.h) reads at each character, hashed:
** the character and its neighbours, the segmenter's word around it (its
** tag, where the character stands in it, the words beside it), the
** dictionary's flags of the characters (surname, given name...), and the
** generators' candidates: the one the rules would keep there and each one
** proposed over it, with the generator that proposed it.  Each template is
** a bit of the model's mask, so that the trainer can try sets of them.
*/
#include "model.h"
#include "../dict_access.h"
#include <string.h>

enum {
  T_BIAS,
  T_CHAR,    /* the character */
  T_CHAR_L1, /* the one before, the one after, two before, two after */
  T_CHAR_R1,
  T_CHAR_L2,
  T_CHAR_R2,
  T_BI_L, /* the character with the one before, with the one after */
  T_BI_R,
  T_BI_LL, /* the two before, the two after */
  T_BI_RR,
  T_TRI,        /* the one before, the character, the one after */
  T_WORD_SHAPE, /* its place in its word, the word's tag and length */
  T_WORD_ID,    /* its word and its place in it */
  T_WORD_PREV,  /* the word before its word, and its place in its word */
  T_WORD_NEXT,  /* the word after */
  T_TAGS,       /* the tags of the word before, its word, the word after */
  T_FLAGS,      /* the dictionary's flags of the character */
  T_FLAGS_CTX,  /* those of the characters before and after it */
  T_RULE,       /* the candidate the rules keep over it: kind, place in it */
  T_RULE_GEN,   /* its generator, and the place in it */
  T_RULE_CTX,   /* the kept candidates' kinds and places before and after */
  T_CAND,       /* each name proposed over it: generator, kind, place */
  T_HINT,       /* each name hinted over it: generator, kind, place */
  T_CAND_CTX,   /* each name proposed or hinted, and the characters around */
  T_LEXICON,    /* each name of the dictionary over it (any word it is in) */
  T_COUNT
};

/* A hash of a template and two values: each spread by a multiplication,
** then the high bits mixed into the low ones the table is indexed by. */
static uint32_t fh(int t, uint32_t a, uint32_t b) {
  uint32_t h = a * 0x9E3779B1u ^ b * 0x85EBCA77u ^ (uint32_t)t * 0xC2B2AE3Du;
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  return h ^ (h >> 12);
}

/* The character at k as the features read it: digits are one, so are
** Latin letters; before the text -1, after it -2. */
static uint32_t charAt(const ZhEntText *t, int k) {
  if( k < 0 ) return (uint32_t)-1;
  if( k >= t->n ) return (uint32_t)-2;
  int32_t c = t->aC[k];
  if( c >= '0' && c <= '9' ) return '0';
  if( (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ) return 'a';
  return (uint32_t)c;
}

/* Where k stands in [k0, k1): 1 first, 2 inside, 3 last, 4 alone. */
static uint32_t placeIn(int k, int k0, int k1) {
  if( k1 - k0 == 1 ) return 4;
  return k == k0 ? 1 : k == k1 - 1 ? 3 : 2;
}

/* The kind and place of the kept candidate over k (0 if none). */
static inline uint32_t ruleAt(const ZhEntFeatCtx *c, int k) {
  if( k < 0 || k >= c->x->t.n || c->aRule[k] < 0 ) return 0;
  const ZhEntity *e = &c->x->a[c->aRule[k]].e;
  return (uint32_t)e->eKind * 8 + placeIn(k, e->iStart, e->iEnd);
}

/* Tags of names in the dictionary. */
#define NAME_TAGS                                                              \
  (ZH_TAGS_PERSON | ZH_TAGSET(ZH_TAG_NS) | ZH_TAGSET(ZH_TAG_NSG) |             \
   ZH_TAGSET(ZH_TAG_NT) | ZH_TAGSET(ZH_TAG_NST) | ZH_TAGSET(ZH_TAG_NZ) |       \
   ZH_TAGSET(ZH_TAG_J))

/* The node info (dict.h) of the child for character c of the node of
** info e: the dictionary's walk without reading the node arrays but for
** characters outside the core Han block. */
static uint64_t childInfo(uint64_t e, int32_t c) {
  uint32_t node = ZH_INFO_NODE(e);
  if( node == 0 ) return ZH_INFO_NONE;
  if( zhDictIsCore(c) ) return zhDictEdge(zhDictEdgeParent(node), c);
  /* The children are sorted: most are Han characters, and c, punctuation
  ** or a digit, lies past the last or before the first. */
  uint32_t i0 = zhNodeFirst[node], nKid = zhNodeCost[node] & 0xFFFF;
  if( nKid == 0 || (int32_t)(zhNodeCp[i0] & 0x1FFFFF) > c ||
      (int32_t)(zhNodeCp[i0 + nKid - 1] & 0x1FFFFF) < c )
    return ZH_INFO_NONE;
  return zhDictNodeInfo(zhDictSearch(node, c));
}

/* The node infos from the root of characters outside the core Han block
** (punctuation, digits, letters), each a search of the root's children:
** those seen last, by their low bits. */
typedef struct ZhEntRootCache ZhEntRootCache;
struct ZhEntRootCache {
  int32_t aC[64];
  uint64_t aInfo[64];
};

/* The node info of the character c from the root. */
static uint64_t rootInfo(ZhEntRootCache *p, int32_t c) {
  if( zhDictIsCore(c) ) return zhDictRoot(c);
  if( p->aC[c & 63] != c ) {
    p->aC[c & 63] = c;
    p->aInfo[c & 63] = zhDictNodeInfo(zhDictSearch(0, c));
  }
  return p->aInfo[c & 63];
}

/* Marks the characters [k0, k1) and the one on each side as maybe part of
** a name (zhEntActive, non-zero), with bit: 1 for a name proposed or
** hinted, 2 for a name of the dictionary (dictNames() walks only from
** characters of bit 1).  Each name marks its own span: no pass over the
** whole text. */
static void markActive(ZhEntFeatCtx *c, int k0, int k1, unsigned char bit) {
  int n = c->x->t.n;
  for( int k = k0 > 0 ? k0 - 1 : 0; k < n && k <= k1; k++ ) {
    /* A character's slots are read only once it is active: they are
    ** emptied as it becomes so, not for the whole text beforehand (most
    ** characters never are). */
    if( c->aActive[k] == 0 ) {
      int *aCand = &c->aCand[ZH_ENT_CAND_SLOTS * k];
      int *aHint = &c->aHint[ZH_ENT_HINT_SLOTS * k];
      for( int j = 0; j < ZH_ENT_CAND_SLOTS; j++ ) aCand[j] = -1;
      for( int j = 0; j < ZH_ENT_HINT_SLOTS; j++ ) aHint[j] = -1;
      for( int j = 0; j < ZH_ENT_LEX_SLOTS; j++ )
        c->aLex[ZH_ENT_LEX_SLOTS * k + j] = 0;
    }
    c->aActive[k] |= bit;
  }
}

/* How many characters ahead dictNames() fetches the edge it will read. */
#define ZH_LEX_AHEAD 16

/* Every word of the dictionary tagged as a name that the text holds, of
** two characters or more, whether the segmenter chose it or not, that
** starts where a name is proposed or hinted (or beside it): its tag,
** length and the place of each character in it, in the slots of aLex. */
static void dictNames(ZhEntFeatCtx *c) {
  const ZhEntText *t = &c->x->t;
  ZhEntRootCache cache;
  /* -1 is no character: no entry matches before it is filled. */
  memset(cache.aC, 0xFF, sizeof(cache.aC));
  for( int k = 0; k + 1 < t->n; k++ ) {
    /* The edge of the two characters ZH_LEX_AHEAD on is fetched now: the
    ** walks' first lookups then do not wait on memory one by one. */
    int kAhead = k + ZH_LEX_AHEAD;
    if( kAhead + 1 < t->n && (c->aActive[kAhead] & 1) &&
        zhDictIsCore(t->aC[kAhead]) && zhDictIsCore(t->aC[kAhead + 1]) )
      __builtin_prefetch(zhDictEdgeBucket((uint32_t)(t->aC[kAhead] - 0x4E00),
                                          t->aC[kAhead + 1]));
    if( !(c->aActive[k] & 1) ) continue;
    uint64_t info = childInfo(rootInfo(&cache, t->aC[k]), t->aC[k + 1]);
    for( int j = k + 2; ZH_INFO_NODE(info); j++ ) {
      ZhTag e = ZH_INFO_COST(info) != ZH_INFO_NO_WORD
                    ? zhEntNameTag(t->aC + k, j - k,
                                   zhEntTagOfIndex(ZH_INFO_TAG(info)))
                    : ZH_TAG_OTHER;
      if( zhTagIn(e, NAME_TAGS) ) {
        markActive(c, k, j, 2);
        for( int m = k; m < j; m++ ) {
          uint32_t *a = &c->aLex[ZH_ENT_LEX_SLOTS * m];
          int s = 0;
          while( s < ZH_ENT_LEX_SLOTS && a[s] ) s++;
          if( s < ZH_ENT_LEX_SLOTS )
            a[s] = fh(T_LEXICON, (uint32_t)e * 8u + placeIn(m, k, j),
                      (uint32_t)(j - k < 5 ? j - k : 5));
        }
      }
      /* A node without children has none for aC[j]. */
      if( j >= t->n || j - k >= 8 || !ZH_INFO_KIDS(info) ) break;
      info = childInfo(info, t->aC[j]);
    }
  }
}

int zhEntFeatInit(ZhEntFeatCtx *c, const ZhEntEx *x, const ZhEntWords *w,
                  const int *aTaken, const ZhEntModel *m) {
  int n = x->t.n;
  uint32_t mTemplate = m->mTemplate;
  memset(c, 0, sizeof(*c));
  c->x = x;
  c->w = w;
  c->mTemplate = mTemplate;
  /* All the arrays in one allocation, aActive's bytes last. */
  c->aWordOf = sqlite3_malloc64(
      sizeof(int) *
      ((3 + ZH_ENT_CAND_SLOTS + ZH_ENT_HINT_SLOTS + ZH_ENT_LEX_SLOTS) *
           ((sqlite3_uint64)n + 1) +
       (sqlite3_uint64)w->n + 1));
  if( !c->aWordOf ) return SQLITE_NOMEM;
  c->aRule = c->aWordOf + n + 1;
  c->aCand = c->aRule + n + 1;
  c->aHint = c->aCand + ZH_ENT_CAND_SLOTS * (n + 1);
  c->aLex = (uint32_t *)(c->aHint + ZH_ENT_HINT_SLOTS * (n + 1));
  c->aWordId = c->aLex + ZH_ENT_LEX_SLOTS * (n + 1);
  c->aActive = (unsigned char *)(c->aWordId + w->n + 1);
  memset(c->aActive, 0, (size_t)n + 1);
  /* All bits set: -1, no word.  The slots of candidates, hints and names
  ** are emptied by markActive(), a character at a time. */
  memset(c->aWordOf, 0xFF, sizeof(int) * (size_t)n);
  for( int k = 0; k < n; k++ ) c->aRule[k] = aTaken[k] - 1;
  for( int i = 0; i < w->n; i++ ) {
    for( int k = w->a[i].k0; k < w->a[i].k1; k++ ) c->aWordOf[k] = i;
    c->aWordId[i] = zhEntWordKey(&x->t.aC[w->a[i].k0], zhEntLen(&w->a[i]));
  }
  for( int i = 0; i < x->n; i++ ) {
    const ZhEntCand *p = &x->a[i];
    int nSlot = p->bHint ? ZH_ENT_HINT_SLOTS : ZH_ENT_CAND_SLOTS;
    if( p->bInner || !(p->e.eKind & ZH_ENT_NAME) ) continue;
    markActive(c, p->e.iStart, p->e.iEnd, 1);
    for( int k = p->e.iStart; k < p->e.iEnd; k++ ) {
      int *a = p->bHint ? &c->aHint[nSlot * k] : &c->aCand[nSlot * k], j = 0;
      while( j < nSlot && a[j] >= 0 ) j++;
      if( j < nSlot ) a[j] = i;
    }
  }
  if( mTemplate & (1u << T_LEXICON) ) dictNames(c);
  return SQLITE_OK;
}

void zhEntFeatClear(ZhEntFeatCtx *c) {
  sqlite3_free(c->aWordOf); /* and the other arrays */
  memset(c, 0, sizeof(*c));
}

/* The features of the characters around k. */
static inline __attribute__((always_inline)) int
charFeatures(const ZhEntFeatCtx *c, int k, uint32_t *a, uint32_t m) {
  const ZhEntText *t = &c->x->t;
  uint32_t c0 = charAt(t, k), l1 = charAt(t, k - 1);
  uint32_t r1 = charAt(t, k + 1), l2 = charAt(t, k - 2), r2 = charAt(t, k + 2);
  int n = 0;
  if( m & (1u << T_BIAS) ) a[n++] = fh(T_BIAS, 0, 0);
  if( m & (1u << T_CHAR) ) a[n++] = fh(T_CHAR, c0, 0);
  if( m & (1u << T_CHAR_L1) ) a[n++] = fh(T_CHAR_L1, l1, 0);
  if( m & (1u << T_CHAR_R1) ) a[n++] = fh(T_CHAR_R1, r1, 0);
  if( m & (1u << T_CHAR_L2) ) a[n++] = fh(T_CHAR_L2, l2, 0);
  if( m & (1u << T_CHAR_R2) ) a[n++] = fh(T_CHAR_R2, r2, 0);
  if( m & (1u << T_BI_L) ) a[n++] = fh(T_BI_L, l1, c0);
  if( m & (1u << T_BI_R) ) a[n++] = fh(T_BI_R, c0, r1);
  if( m & (1u << T_BI_LL) ) a[n++] = fh(T_BI_LL, l2, l1);
  if( m & (1u << T_BI_RR) ) a[n++] = fh(T_BI_RR, r1, r2);
  if( m & (1u << T_TRI) ) a[n++] = fh(T_TRI, l1 * 31u + c0, r1);
  uint32_t f = (uint32_t)zhDictCharFlags(t->aC[k]);
  if( zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[k]) ) f |= 0x100;
  if( m & (1u << T_FLAGS) ) a[n++] = fh(T_FLAGS, f, 0);
  if( m & (1u << T_FLAGS_CTX) ) {
    uint32_t fl = k > 0 ? (uint32_t)zhDictCharFlags(t->aC[k - 1]) : 0x200;
    uint32_t fr =
        k + 1 < t->n ? (uint32_t)zhDictCharFlags(t->aC[k + 1]) : 0x200;
    a[n++] = fh(T_FLAGS_CTX, fl * 1024u + f, fr);
  }
  return n;
}

/* The features of the word around k and of the words beside it. */
static inline __attribute__((always_inline)) int
wordFeatures(const ZhEntFeatCtx *c, int k, uint32_t *a, uint32_t m) {
  const ZhEntWords *w = c->w;
  int i = c->aWordOf[k], n = 0;
  if( i < 0 ) {
    if( m & (1u << T_WORD_SHAPE) ) a[n++] = fh(T_WORD_SHAPE, 0, 0);
    return n;
  }
  const ZhEntWord *r = &w->a[i];
  uint32_t pos = placeIn(k, r->k0, r->k1);
  uint32_t len = (uint32_t)(zhEntLen(r) < 5 ? zhEntLen(r) : 5);
  uint32_t prev = i > 0 && w->a[i - 1].k1 == r->k0 ? c->aWordId[i - 1] : 1;
  uint32_t next =
      i + 1 < w->n && w->a[i + 1].k0 == r->k1 ? c->aWordId[i + 1] : 1;
  uint32_t tPrev = i > 0 ? (uint32_t)w->a[i - 1].eTag : 99;
  uint32_t tNext = i + 1 < w->n ? (uint32_t)w->a[i + 1].eTag : 99;
  if( m & (1u << T_WORD_SHAPE) )
    a[n++] = fh(T_WORD_SHAPE, pos * 256u + (uint32_t)r->eTag, len);
  if( m & (1u << T_WORD_ID) ) a[n++] = fh(T_WORD_ID, c->aWordId[i], pos);
  if( m & (1u << T_WORD_PREV) ) a[n++] = fh(T_WORD_PREV, prev, pos);
  if( m & (1u << T_WORD_NEXT) ) a[n++] = fh(T_WORD_NEXT, next, pos);
  if( m & (1u << T_TAGS) )
    a[n++] = fh(T_TAGS, (tPrev * 128u + (uint32_t)r->eTag) * 128u + tNext, pos);
  return n;
}

/* The candidates and hints over k, each with the characters before and
** after it. */
static inline __attribute__((always_inline)) int
candContext(const ZhEntFeatCtx *c, int k, uint32_t *a, uint32_t m) {
  const ZhEntText *t = &c->x->t;
  int n = 0;
  if( !(m & (1u << T_CAND_CTX)) ) return 0;
  for( int j = 0; j < ZH_ENT_CAND_SLOTS + ZH_ENT_HINT_SLOTS; j++ ) {
    int i = j < ZH_ENT_CAND_SLOTS
                ? c->aCand[ZH_ENT_CAND_SLOTS * k + j]
                : c->aHint[ZH_ENT_HINT_SLOTS * k + j - ZH_ENT_CAND_SLOTS];
    if( i < 0 ) continue;
    const ZhEntCand *p = &c->x->a[i];
    uint32_t v = ((uint32_t)p->iGen * 1024u + (uint32_t)p->e.eKind) * 8u +
                 placeIn(k, p->e.iStart, p->e.iEnd);
    a[n++] = fh(T_CAND_CTX, v * 16777619u ^ charAt(t, p->e.iStart - 1),
                charAt(t, p->e.iEnd));
  }
  return n;
}

/* The features of the candidates over k and beside it. */
static inline __attribute__((always_inline)) int
candFeatures(const ZhEntFeatCtx *c, int k, uint32_t *a, uint32_t m) {
  int n = 0, iRule = c->aRule[k];
  uint32_t rule = ruleAt(c, k);
  if( m & (1u << T_RULE) ) a[n++] = fh(T_RULE, rule, 0);
  if( (m & (1u << T_RULE_GEN)) && iRule >= 0 )
    a[n++] = fh(T_RULE_GEN, (uint32_t)c->x->a[iRule].iGen, rule);
  if( m & (1u << T_RULE_CTX) )
    a[n++] = fh(T_RULE_CTX, ruleAt(c, k - 1), ruleAt(c, k + 1));
  for( int j = 0; j < ZH_ENT_CAND_SLOTS && (m & (1u << T_CAND)); j++ ) {
    int iCand = c->aCand[ZH_ENT_CAND_SLOTS * k + j];
    if( iCand < 0 ) break;
    const ZhEntCand *p = &c->x->a[iCand];
    a[n++] = fh(T_CAND, (uint32_t)p->iGen * 1024u + (uint32_t)p->e.eKind,
                placeIn(k, p->e.iStart, p->e.iEnd));
  }
  for( int j = 0; j < ZH_ENT_HINT_SLOTS && (m & (1u << T_HINT)); j++ ) {
    int iHint = c->aHint[ZH_ENT_HINT_SLOTS * k + j];
    if( iHint < 0 ) break;
    const ZhEntCand *p = &c->x->a[iHint];
    a[n++] = fh(T_HINT, (uint32_t)p->iGen * 1024u + (uint32_t)p->e.eKind,
                placeIn(k, p->e.iStart, p->e.iEnd));
  }
  n += candContext(c, k, a + n, m);
  for( int j = 0; j < ZH_ENT_LEX_SLOTS && c->aLex[ZH_ENT_LEX_SLOTS * k + j];
       j++ )
    a[n++] = c->aLex[ZH_ENT_LEX_SLOTS * k + j];
  return n;
}

/* The features of k under the templates m, inlined twice below: once for
** the shipped model's templates, known at compile time (no test of a
** template the model leaves out is made), once for any. */
static inline __attribute__((always_inline)) int
featuresOf(const ZhEntFeatCtx *c, int k, uint32_t *a, uint32_t m) {
  int n = charFeatures(c, k, a, m);
  n += wordFeatures(c, k, a + n, m);
  return n + candFeatures(c, k, a + n, m);
}

int zhEntFeatures(const ZhEntFeatCtx *c, int k, uint32_t *a) {
  if( c->mTemplate == ZH_ENT_TEMPLATES_SHIPPED )
    return featuresOf(c, k, a, ZH_ENT_TEMPLATES_SHIPPED);
  return featuresOf(c, k, a, c->mTemplate);
}
