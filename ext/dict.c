/*
** The embedded dictionary (see dict.h for its layout) and the per
** connection user dictionary.
*/
#include "zh.h"
#include "dict.h"
#include <string.h>

extern const unsigned char zh_dict_blob[];
extern const unsigned char zh_dict_blob_end[];

#define HDR_BYTES (8 + 4 * 4 + 64 * 8)
#define NODE_U32  3

static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

static uint32_t nodeCount(void) {
  return rd32(zh_dict_blob + 8);
}

/* The blob is 16-byte aligned and the arrays start at multiples of 4. */
static const uint32_t *nodeCp(void) {
  return (const uint32_t *)(const void *)(zh_dict_blob + HDR_BYTES);
}
static const uint32_t *nodeFirst(void) {
  return nodeCp() + nodeCount();
}
static const uint32_t *nodeCost(void) {
  return nodeCp() + 2 * (size_t)nodeCount();
}

static const uint32_t *rootMap(void) {
  return nodeCp() + (size_t)nodeCount() * NODE_U32;
}

int zhDictCheck(void) {
  size_t nBlob = (size_t)(zh_dict_blob_end - zh_dict_blob);
  const uint32_t one = 1;
  if( *(const unsigned char *)&one != 1 ) return 1; /* little endian only */
  if( nBlob < HDR_BYTES || memcmp(zh_dict_blob, ZH_DICT_MAGIC, 8) != 0 )
    return 1;
  if( nBlob != HDR_BYTES + ((size_t)nodeCount() * NODE_U32 + 0x5200) * 4 +
                   ((size_t)8 << ZH_PAIR_BITS) + 0x5200 )
    return 1;
  return 0;
}

uint32_t zhDictChild(uint32_t iNode, int32_t c) {
  const uint32_t *aCp = nodeCp();
  if( iNode == 0 && c >= 0x4E00 && c <= 0x9FFF ) return rootMap()[c - 0x4E00];
  uint32_t lo = nodeFirst()[iNode], hi = lo + (nodeCost()[iNode] & 0xFFFF);
  while( lo < hi ) {
    uint32_t mid = lo + (hi - lo) / 2;
    int32_t k = (int32_t)(aCp[mid] & 0x1FFFFF);
    if( k == c ) return mid;
    if( k < c )
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

int zhDictCost(uint32_t iNode) {
  uint32_t cost = nodeCost()[iNode] >> 16;
  return cost == ZH_COST_NONE ? -1 : (int)cost;
}

const char *zhDictTag(uint32_t iNode) {
  uint32_t tag = nodeCp()[iNode] >> 21;
  return (const char *)zh_dict_blob + 8 + 16 + (tag & 63) * 8;
}

static const uint32_t *pairTable(void) {
  return rootMap() + 0x5200;
}

uint32_t zhDictPair(int32_t c1, int32_t c2) {
  if( c1 < 0x4E00 || c1 > 0x9FFF || c2 < 0x4E00 || c2 > 0x9FFF ) {
    uint32_t n1 = zhDictChild(0, c1);
    return n1 ? zhDictChild(n1, c2) : 0;
  }
  const uint32_t *a = pairTable();
  uint32_t key = ZH_PAIR_KEY(c1, c2), h = ZH_PAIR_HASH(key);
  for( ;; ) {
    if( a[2 * h] == key ) return a[2 * h + 1];
    if( a[2 * h] == 0 ) return 0;
    h = (h + 1) & ((1u << ZH_PAIR_BITS) - 1);
  }
}

int zhDictCharFlags(int32_t c) {
  if( c < 0x4E00 || c > 0x9FFF ) return 0;
  return (
      (const unsigned char *)(pairTable() + (2u << ZH_PAIR_BITS)))[c - 0x4E00];
}

int zhDictCostOfOne(void) {
  return (int)rd32(zh_dict_blob + 20);
}

int zhDictWordCount(void) {
  return (int)rd32(zh_dict_blob + 12);
}

/* ---- user words ---------------------------------------------------------- */

typedef struct ZhUserWord ZhUserWord;
struct ZhUserWord {
  int32_t *aCp; /* 0: empty slot */
  int nCp;
  int cost;
  char zTag[8];
};

struct ZhUserDict {
  ZhUserWord *aSlot;
  int nSlot; /* a power of two, or 0 */
  int nWord;
  int nMaxLen;
};

static unsigned hashCp(const int32_t *aCp, int nCp) {
  unsigned h = 2166136261u;
  for( int i = 0; i < nCp; i++ ) h = (h ^ (unsigned)aCp[i]) * 16777619u;
  return h;
}

static ZhUserWord *findSlot(const ZhUserDict *p, const int32_t *aCp, int nCp) {
  unsigned i = hashCp(aCp, nCp) & (unsigned)(p->nSlot - 1);
  for( ;; ) {
    ZhUserWord *w = &p->aSlot[i];
    if( w->aCp == 0 ) return w;
    if( w->nCp == nCp && memcmp(w->aCp, aCp, sizeof(int32_t) * nCp) == 0 )
      return w;
    i = (i + 1) & (unsigned)(p->nSlot - 1);
  }
}

ZhUserDict *zhUserDictNew(void) {
  ZhUserDict *p = sqlite3_malloc(sizeof(*p));
  if( p ) memset(p, 0, sizeof(*p));
  return p;
}

void zhUserDictFree(ZhUserDict *p) {
  if( p == 0 ) return;
  for( int i = 0; i < p->nSlot; i++ ) sqlite3_free(p->aSlot[i].aCp);
  sqlite3_free(p->aSlot);
  sqlite3_free(p);
}

static int grow(ZhUserDict *p) {
  int nNew = p->nSlot ? p->nSlot * 2 : 64;
  ZhUserWord *aNew =
      sqlite3_malloc64(sizeof(ZhUserWord) * (sqlite3_uint64)nNew);
  ZhUserDict tmp;
  if( aNew == 0 ) return SQLITE_NOMEM;
  memset(aNew, 0, sizeof(ZhUserWord) * nNew);
  tmp.aSlot = aNew;
  tmp.nSlot = nNew;
  for( int i = 0; i < p->nSlot; i++ ) {
    if( p->aSlot[i].aCp )
      *findSlot(&tmp, p->aSlot[i].aCp, p->aSlot[i].nCp) = p->aSlot[i];
  }
  sqlite3_free(p->aSlot);
  p->aSlot = aNew;
  p->nSlot = nNew;
  return SQLITE_OK;
}

int zhUserDictAdd(ZhUserDict *p, const int32_t *aCp, int nCp, int cost,
                  const char *zTag) {
  ZhUserWord *w;
  if( (p->nWord + 1) * 2 > p->nSlot && grow(p) ) return SQLITE_NOMEM;
  w = findSlot(p, aCp, nCp);
  if( w->aCp == 0 ) {
    w->aCp = sqlite3_malloc64(sizeof(int32_t) * (sqlite3_uint64)nCp);
    if( w->aCp == 0 ) return SQLITE_NOMEM;
    memcpy(w->aCp, aCp, sizeof(int32_t) * nCp);
    w->nCp = nCp;
    p->nWord++;
  }
  w->cost = cost;
  memset(w->zTag, 0, sizeof(w->zTag));
  if( zTag ) strncpy(w->zTag, zTag, sizeof(w->zTag) - 1);
  if( nCp > p->nMaxLen ) p->nMaxLen = nCp;
  return SQLITE_OK;
}

int zhUserDictRemove(ZhUserDict *p, const int32_t *aCp, int nCp) {
  ZhUserWord *w;
  ZhUserDict tmp;
  int rc = SQLITE_OK;
  if( p->nSlot == 0 ) return SQLITE_OK;
  w = findSlot(p, aCp, nCp);
  if( w->aCp == 0 ) return SQLITE_OK;
  sqlite3_free(w->aCp);
  w->aCp = 0;
  p->nWord--;
  /* Reinsert everything so that probe chains stay unbroken. */
  tmp = *p;
  p->aSlot = 0;
  p->nSlot = 0;
  p->nWord = 0;
  p->nMaxLen = 0;
  for( int i = 0; i < tmp.nSlot; i++ ) {
    ZhUserWord *o = &tmp.aSlot[i];
    if( o->aCp && rc == SQLITE_OK )
      rc = zhUserDictAdd(p, o->aCp, o->nCp, o->cost, o->zTag);
    sqlite3_free(o->aCp);
  }
  sqlite3_free(tmp.aSlot);
  return rc;
}

int zhUserDictCost(const ZhUserDict *p, const int32_t *aCp, int nCp,
                   const char **pzTag) {
  const ZhUserWord *w;
  if( p == 0 || p->nWord == 0 || nCp > p->nMaxLen ) return -1;
  w = findSlot(p, aCp, nCp);
  if( w->aCp == 0 ) return -1;
  if( pzTag ) *pzTag = w->zTag;
  return w->cost;
}

int zhUserDictMaxLen(const ZhUserDict *p) {
  return p ? p->nMaxLen : 0;
}

int zhUserDictCount(const ZhUserDict *p) {
  return p ? p->nWord : 0;
}
