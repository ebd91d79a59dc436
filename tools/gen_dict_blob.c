/*
** gen_dict's output: the blob embedded in zh.so (layout: ext/dict.h), its
** layout header, and the dictionary's checksum.
**
** The checksum (ZH_SUM_DICT, in every words-mode index's fingerprint) is
** the POSIX cksum of the dictionary as the first blob format, ZHDICT01,
** laid it out: that format is a function of the words, their costs and
** tags and the characters' rule flags alone, so it serves as their
** canonical form.  A new layout of the blob (such as the tables that index
** the trie for speed) then leaves the checksum, and every index built with
** the same words, as it was.  The ZHDICT01 writer below must not change.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ZH_GEN_DICT
#include "../ext/dict.h"
#include "gen_dict.h"

/* ---- output with a running POSIX cksum ----------------------------------- */

typedef struct Sink Sink;
struct Sink {
  FILE *f; /* 0: the checksum alone */
  uint32_t crc;
  uint64_t n;
};

static uint32_t crcTable[256];

static void crcInit(void) {
  for( uint32_t i = 0; i < 256; i++ ) {
    uint32_t c = i << 24;
    for( int k = 0; k < 8; k++ )
      c = (c & 0x80000000u) ? (c << 1) ^ 0x04C11DB7u : c << 1;
    crcTable[i] = c;
  }
}

static void sinkWrite(Sink *s, const void *pData, size_t n) {
  const unsigned char *z = pData;
  for( size_t i = 0; i < n; i++ ) {
    s->crc = (s->crc << 8) ^ crcTable[(s->crc >> 24) ^ z[i]];
  }
  s->n += n;
  if( s->f ) fwrite(pData, 1, n, s->f);
}

/* What cksum prints: the CRC of the bytes and of their count. */
static uint32_t sinkCksum(const Sink *s) {
  uint32_t crc = s->crc;
  for( uint64_t n = s->n; n; n >>= 8 ) {
    crc = (crc << 8) ^ crcTable[(crc >> 24) ^ (unsigned)(n & 0xFF)];
  }
  return ~crc;
}

static void put32(Sink *s, uint32_t v) {
  unsigned char b[4] = {v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, v >> 24};
  sinkWrite(s, b, 4);
}

static void put64(Sink *s, uint64_t v) {
  put32(s, (uint32_t)v);
  put32(s, (uint32_t)(v >> 32));
}

/* Magic, counts, tags and the node arrays: the same in both formats. */
static void putTrie(Sink *s, const DictOut *p, const char *zMagic) {
  sinkWrite(s, zMagic, 8);
  put32(s, (uint32_t)p->nNode);
  put32(s, (uint32_t)p->nWord);
  put32(s, (uint32_t)p->nTag);
  put32(s, p->costOfOne);
  for( int k = 0; k < 64; k++ ) {
    char zName[8] = {0};
    if( k < p->nTag ) snprintf(zName, sizeof(zName), "%s", p->azTag[k]);
    sinkWrite(s, zName, 8);
  }
  for( int i = 0; i < p->nNode; i++ ) put32(s, p->aCpTag[i]);
  for( int i = 0; i < p->nNode; i++ ) put32(s, p->aFirst[i]);
  for( int i = 0; i < p->nNode; i++ ) put32(s, p->aKidsCost[i]);
}

static int isCoreHan(int32_t c) {
  return c >= 0x4E00 && c <= 0x9FFF;
}

static int32_t nodeCp(const DictOut *p, uint32_t i) {
  return (int32_t)(p->aCpTag[i] & 0x1FFFFF);
}

static uint32_t nodeKids(const DictOut *p, uint32_t i) {
  return p->aKidsCost[i] & 0xFFFF;
}

/* The child of the root for code point c, or 0. */
static uint32_t rootChild(const DictOut *p, int32_t c) {
  uint32_t lo = p->aFirst[0], hi = lo + nodeKids(p, 0);
  while( lo < hi ) {
    uint32_t mid = lo + (hi - lo) / 2;
    if( nodeCp(p, mid) == c ) return mid;
    if( nodeCp(p, mid) < c )
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

/* ---- ZHDICT01: the canonical form, for the checksum ---------------------- */

#define LEGACY_PAIR_BITS 19
#define LEGACY_PAIR_KEY(c1, c2)                                                \
  ((uint32_t)((c1)-0x4E00) * 0x5200u + (uint32_t)((c2)-0x4E00) + 1u)
#define LEGACY_PAIR_HASH(key) (((key)*2654435761u) >> (32 - LEGACY_PAIR_BITS))

/* Its table of two-character prefixes: open addressing, key 0 empty. */
static void putLegacyPairs(Sink *s, const DictOut *p, uint32_t *aSlot) {
  uint32_t nSlot = 1u << LEGACY_PAIR_BITS;
  memset(aSlot, 0, (size_t)nSlot * 8);
  for( uint32_t k = 0; k < nodeKids(p, 0); k++ ) {
    uint32_t i1 = p->aFirst[0] + k;
    if( !isCoreHan(nodeCp(p, i1)) ) continue;
    for( uint32_t m = 0; m < nodeKids(p, i1); m++ ) {
      uint32_t i2 = p->aFirst[i1] + m;
      if( !isCoreHan(nodeCp(p, i2)) ) continue;
      uint32_t key = LEGACY_PAIR_KEY(nodeCp(p, i1), nodeCp(p, i2));
      uint32_t h = LEGACY_PAIR_HASH(key);
      while( aSlot[2 * h] ) h = (h + 1) & (nSlot - 1);
      aSlot[2 * h] = key;
      aSlot[2 * h + 1] = i2;
    }
  }
  for( uint32_t i = 0; i < 2 * nSlot; i++ ) put32(s, aSlot[i]);
}

/* The cksum of the dictionary written as ZHDICT01, or 0 when out of
** memory (with a message). */
static int legacyCksum(const DictOut *p, uint32_t *pSum) {
  Sink s = {0, 0, 0};
  uint32_t *aSlot = malloc((size_t)8 << LEGACY_PAIR_BITS);
  if( aSlot == 0 ) {
    fprintf(stderr, "gen_dict: out of memory\n");
    return 1;
  }
  putTrie(&s, p, "ZHDICT01");
  for( int32_t c = 0x4E00; c <= 0x9FFF; c++ ) put32(&s, rootChild(p, c));
  putLegacyPairs(&s, p, aSlot);
  sinkWrite(&s, p->aFlag, 0x5200);
  free(aSlot);
  *pSum = sinkCksum(&s);
  return 0;
}

/* ---- the index: root table and edge table -------------------------------- */

/* The node info (dict.h) of node i, without the edge table's bits. */
static int nodeInfo(const DictOut *p, uint32_t i, uint64_t *pInfo) {
  uint32_t cost = p->aKidsCost[i] >> 16;
  if( cost != ZH_COST_NONE && cost >= ZH_INFO_NO_WORD ) cost = ~0u;
  if( cost == ZH_COST_NONE ) cost = ZH_INFO_NO_WORD;
  /* Node numbers stay within the node field and the key's parent part. */
  if( cost == ~0u || i > ZH_INFO_MAX_NODE - ZH_EDGE_PARENT_NODE(0) ) {
    fprintf(stderr, "gen_dict: node %u (cost %u) does not fit a node info\n", i,
            cost);
    return 1;
  }
  *pInfo = ZH_INFO(cost, nodeKids(p, i) > 0, (p->aCpTag[i] >> 21) & 63, i);
  return 0;
}

/* The key's parent part for the edges from node i (dict.h). */
static uint32_t edgeParent(const DictOut *p, uint32_t i) {
  int bRootChild = i >= p->aFirst[0] && i < p->aFirst[0] + nodeKids(p, 0);
  if( bRootChild && isCoreHan(nodeCp(p, i)) )
    return (uint32_t)(nodeCp(p, i) - 0x4E00);
  return ZH_EDGE_PARENT_NODE(i);
}

/* An edge: its node info (with its remainder) and its first bucket. */
typedef struct Edge Edge;
struct Edge {
  uint64_t e;
  uint32_t line;
};

/* The edges to core Han characters, their buckets for a table of 2^nBits
** buckets; *pnEdge is their count.  0 on failure. */
static Edge *collectEdges(const DictOut *p, int nBits, uint32_t *pnEdge) {
  uint32_t nEdge = 0, n = 0;
  int nRemBits = ZH_EDGE_KEY_BITS - nBits;
  for( uint32_t i = 1; i < (uint32_t)p->nNode; i++ ) {
    for( uint32_t m = 0; m < nodeKids(p, i); m++ ) {
      nEdge += isCoreHan(nodeCp(p, p->aFirst[i] + m));
    }
  }
  Edge *aEdge = malloc(sizeof(Edge) * (nEdge ? nEdge : 1));
  if( aEdge == 0 ) return 0;
  for( uint32_t i = 1; i < (uint32_t)p->nNode; i++ ) {
    for( uint32_t m = 0; m < nodeKids(p, i); m++ ) {
      uint32_t iChild = p->aFirst[i] + m;
      if( !isCoreHan(nodeCp(p, iChild)) ) continue;
      if( nodeInfo(p, iChild, &aEdge[n].e) ) {
        free(aEdge);
        return 0;
      }
      uint64_t x = zhEdgeMix(zhEdgeKey(edgeParent(p, i), nodeCp(p, iChild)));
      aEdge[n].line = (uint32_t)(x >> nRemBits);
      aEdge[n].e |= (x & (((uint64_t)1 << nRemBits) - 1)) | ZH_EDGE_USED;
      n++;
    }
  }
  *pnEdge = nEdge;
  return aEdge;
}

/* Puts e into a free slot of bucket b; 0 if it is full. */
static int putInLine(uint64_t *aSlot, uint32_t b, uint64_t e) {
  for( int k = 0; k < ZH_EDGE_SLOTS; k++ ) {
    if( (aSlot[ZH_EDGE_SLOTS * (size_t)b + k] & ZH_EDGE_USED) == 0 ) {
      aSlot[ZH_EDGE_SLOTS * (size_t)b + k] |= e; /* keeps the line's SPILLED */
      return 1;
    }
  }
  return 0;
}

static int cmpEdgeLine(const void *pa, const void *pb) {
  const Edge *a = pa, *b = pb;
  if( a->line != b->line ) return a->line < b->line ? -1 : 1;
  return a->e < b->e ? -1 : a->e > b->e;
}

/* The second bucket of edge a in a table of 2^nBits buckets. */
static uint32_t otherLine(const Edge *a, int nBits) {
  uint32_t remMask = (1u << (ZH_EDGE_KEY_BITS - nBits)) - 1;
  return zhEdgeOther(a->line, (uint32_t)a->e & remMask, nBits);
}

/* Of the n > ZH_EDGE_SLOTS edges a[] of one bucket, marks the extra ones
** to go to their second buckets, those whose second buckets have the most
** room (aRoom: free slots per bucket); 1 if too few have room. */
static int chooseSpills(Edge *a, uint32_t n, int nBits, unsigned char *aRoom,
                        unsigned char *aSpill) {
  for( uint32_t nLeft = n - ZH_EDGE_SLOTS; nLeft > 0; nLeft-- ) {
    uint32_t iBest = n;
    for( uint32_t k = 0; k < n; k++ ) {
      if( aSpill[k] || aRoom[otherLine(&a[k], nBits)] == 0 ) continue;
      if( iBest == n ||
          aRoom[otherLine(&a[k], nBits)] > aRoom[otherLine(&a[iBest], nBits)] )
        iBest = k;
    }
    if( iBest == n ) return 1;
    aSpill[iBest] = 1;
    aRoom[otherLine(&a[iBest], nBits)]--;
  }
  return 0;
}

/* Fills the table of 2^nBits buckets: each edge in its first bucket, but
** for the extra edges of a bucket that has too many, which go to their
** second buckets.  Sorts aEdge.  1 if an edge finds no room. */
static int fillEdges(Edge *aEdge, uint32_t nEdge, uint64_t *aSlot, int nBits) {
  unsigned char *aRoom = malloc((size_t)1 << nBits);
  unsigned char *aSpill = calloc(nEdge ? nEdge : 1, 1);
  int rc = aRoom == 0 || aSpill == 0;
  qsort(aEdge, nEdge, sizeof(Edge), cmpEdgeLine);
  if( aRoom ) memset(aRoom, ZH_EDGE_SLOTS, (size_t)1 << nBits);
  for( uint32_t i = 0; rc == 0 && i < nEdge; i++ ) {
    if( aRoom[aEdge[i].line] ) aRoom[aEdge[i].line]--;
  }
  for( uint32_t i = 0, j; rc == 0 && i < nEdge; i = j ) {
    for( j = i; j < nEdge && aEdge[j].line == aEdge[i].line; j++ ) {}
    if( j - i > ZH_EDGE_SLOTS )
      rc = chooseSpills(&aEdge[i], j - i, nBits, aRoom, &aSpill[i]);
  }
  memset(aSlot, 0, (size_t)8 * ZH_EDGE_SLOTS << nBits);
  for( uint32_t i = 0; rc == 0 && i < nEdge; i++ ) {
    if( aSpill[i] ) {
      aSlot[ZH_EDGE_SLOTS * (size_t)aEdge[i].line] |= ZH_EDGE_SPILLED;
      rc = !putInLine(aSlot, otherLine(&aEdge[i], nBits),
                      aEdge[i].e | ZH_EDGE_ALT);
    } else {
      rc = !putInLine(aSlot, aEdge[i].line, aEdge[i].e);
    }
  }
  free(aRoom);
  free(aSpill);
  return rc;
}

/* The edge table, room for twice the edges or more: its size in *pnBits
** (buckets). */
static uint64_t *buildEdges(const DictOut *p, int *pnBits) {
  uint32_t nEdge = 0;
  int nBits = ZH_EDGE_MIN_BITS;
  Edge *aEdge = collectEdges(p, nBits, &nEdge);
  if( aEdge == 0 ) return 0;
  free(aEdge);
  while( ((uint64_t)ZH_EDGE_SLOTS << nBits) < 2 * (uint64_t)nEdge ) nBits++;
  for( ; nBits <= 24; nBits++ ) {
    uint64_t *aSlot = malloc((size_t)8 * ZH_EDGE_SLOTS << nBits);
    aEdge = collectEdges(p, nBits, &nEdge);
    if( aSlot && aEdge && fillEdges(aEdge, nEdge, aSlot, nBits) == 0 ) {
      free(aEdge);
      fprintf(stderr, "gen_dict: %u edges in %u slots\n", nEdge,
              (unsigned)ZH_EDGE_SLOTS << nBits);
      *pnBits = nBits;
      return aSlot;
    }
    free(aSlot);
    free(aEdge);
    if( aSlot == 0 || aEdge == 0 ) break;
  }
  fprintf(stderr, "gen_dict: no edge table holds the %u edges\n", nEdge);
  return 0;
}

/* Root table entries: the child of the root for each core character. */
static int putRoots(Sink *s, const DictOut *p) {
  for( int32_t c = 0x4E00; c <= 0x9FFF; c++ ) {
    uint32_t i = rootChild(p, c);
    uint64_t e = ZH_INFO(ZH_INFO_NO_WORD, 0, 0, 0);
    if( i && nodeInfo(p, i, &e) ) return 1;
    put64(s, e | p->aFlag[c - 0x4E00]);
  }
  return 0;
}

/* ---- the files --------------------------------------------------------- */

/* Bits of the tag numbers of places that take an administrative unit. */
static uint64_t placeTags(const DictOut *p) {
  uint64_t mask = 0;
  for( int k = 0; k < p->nTag; k++ ) {
    const char *z = p->azTag[k];
    if( !strcmp(z, "ns") || !strcmp(z, "nsn") || !strcmp(z, "nst") )
      mask |= (uint64_t)1 << k;
  }
  return mask;
}

static int writeLayout(const DictOut *p, const char *zBin, const char *zLayout,
                       int nEdgeBits, uint32_t sum) {
  FILE *h = fopen(zLayout, "w");
  if( h == 0 ) {
    perror(zLayout);
    return 1;
  }
  fprintf(h, "/* Generated by tools/gen_dict.c with %s. */\n", zBin);
  fprintf(h, "#define ZH_DICT_NODES %du\n#define ZH_DICT_WORDS %d\n", p->nNode,
          p->nWord);
  fprintf(h, "#define ZH_DICT_COST_OF_ONE %u\n", p->costOfOne);
  fprintf(h, "#define ZH_DICT_ROOT_KIDS %uu\n", nodeKids(p, 0));
  fprintf(h, "#define ZH_EDGE_BITS %d\n", nEdgeBits);
  fprintf(h, "#define ZH_DICT_PLACE_TAGS 0x%llxull\n",
          (unsigned long long)placeTags(p));
  fprintf(h, "#define ZH_SUM_DICT \"%08x\"\n", sum);
  if( fclose(h) != 0 ) {
    perror(zLayout);
    return 1;
  }
  return 0;
}

int writeDictBlob(const DictOut *p, const char *zBin, const char *zLayout) {
  Sink s = {0, 0, 0};
  uint32_t sum;
  int nEdgeBits, rc;
  crcInit();
  if( legacyCksum(p, &sum) ) return 1;
  uint64_t *aEdge = buildEdges(p, &nEdgeBits);
  if( aEdge == 0 ) return 1;
  if( (s.f = fopen(zBin, "wb")) == 0 ) {
    perror(zBin);
    free(aEdge);
    return 1;
  }
  putTrie(&s, p, ZH_DICT_MAGIC);
  while( s.n % 64 ) sinkWrite(&s, "", 1); /* the tables are 64-byte aligned */
  rc = putRoots(&s, p);
  for( uint64_t i = 0; rc == 0 && i < ((uint64_t)ZH_EDGE_SLOTS << nEdgeBits);
       i++ ) {
    put64(&s, aEdge[i]);
  }
  free(aEdge);
  if( fclose(s.f) != 0 ) {
    perror(zBin);
    return 1;
  }
  return rc || writeLayout(p, zBin, zLayout, nEdgeBits, sum);
}
