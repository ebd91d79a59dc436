/*
** Lookups in the embedded dictionary, inline: the segmenter makes several
** for every character it reads.  The blob's sizes come from the header
** generated with it (build/gen/dict_layout.h), so every array's address
** is a link-time constant.  Layout: dict.h.
*/
#ifndef ZH_DICT_ACCESS_H
#define ZH_DICT_ACCESS_H

#include "dict.h"
#include "dict_layout.h"
#include <stddef.h>
#include <stdint.h>

extern const unsigned char zh_dict_blob[];
extern const unsigned char zh_dict_blob_end[];

#define ZH_DICT_HDR_BYTES (8 + 4 * 4 + 64 * 8)

/* The blob is 64-byte aligned, and so is each table after the node arrays
** (a bucket of the edge table is then within a cache line). */
#define ZH_DICT_U32(off)                                                       \
  ((const uint32_t *)(const void *)(zh_dict_blob + ZH_DICT_HDR_BYTES) + (off))
#define zhNodeCp    ZH_DICT_U32(0)
#define zhNodeFirst ZH_DICT_U32(ZH_DICT_NODES)
#define zhNodeCost  ZH_DICT_U32(2 * (size_t)ZH_DICT_NODES)
#define ZH_DICT_ROOTS_AT                                                       \
  ((ZH_DICT_HDR_BYTES + 12 * (size_t)ZH_DICT_NODES + 63) & ~(size_t)63)
#define zhRootTable                                                            \
  ((const uint64_t *)(const void *)(zh_dict_blob + ZH_DICT_ROOTS_AT))
#define zhEdgeTable (zhRootTable + 0x5200)
#define ZH_DICT_BYTES                                                          \
  (ZH_DICT_ROOTS_AT + 0x5200 * 8 + ((size_t)8 * ZH_EDGE_SLOTS << ZH_EDGE_BITS))

static inline int zhDictIsCore(int32_t c) {
  return c >= 0x4E00 && c <= 0x9FFF;
}

/* The node info (dict.h) of the child of the root for the core Han
** character c; its low byte holds c's flags. */
static inline uint64_t zhDictRoot(int32_t c) {
  return zhRootTable[c - 0x4E00];
}

/* The node info in the bucket of the edge table at p whose slot bits are
** want, or e. */
static inline uint64_t zhDictEdgeIn(const uint64_t *p, uint64_t want,
                                    uint64_t e) {
  e = (p[0] & ZH_EDGE_SLOT_MASK) == want ? p[0] : e;
  e = (p[1] & ZH_EDGE_SLOT_MASK) == want ? p[1] : e;
  e = (p[2] & ZH_EDGE_SLOT_MASK) == want ? p[2] : e;
  return (p[3] & ZH_EDGE_SLOT_MASK) == want ? p[3] : e;
}

/* The first bucket of the edge from parent to the core Han character c:
** fetched ahead of zhDictEdge when many lookups are known at once. */
static inline const uint64_t *zhDictEdgeBucket(uint32_t parent, int32_t c) {
  uint64_t x = zhEdgeMix(zhEdgeKey(parent, c));
  return zhEdgeTable +
         ZH_EDGE_SLOTS * (size_t)(x >> (ZH_EDGE_KEY_BITS - ZH_EDGE_BITS));
}

/* The first bucket of the edge whose key mixed (zhEdgeMix) is x. */
static inline const uint64_t *zhDictEdgeBucketOf(uint64_t x) {
  return zhEdgeTable +
         ZH_EDGE_SLOTS * (size_t)(x >> (ZH_EDGE_KEY_BITS - ZH_EDGE_BITS));
}

/* zhDictEdge of the key whose mix is x. */
static inline uint64_t zhDictEdgeOf(uint64_t x) {
  uint32_t rem = (uint32_t)x & ((1u << (ZH_EDGE_KEY_BITS - ZH_EDGE_BITS)) - 1);
  uint32_t b = (uint32_t)(x >> (ZH_EDGE_KEY_BITS - ZH_EDGE_BITS));
  const uint64_t *p = zhEdgeTable + ZH_EDGE_SLOTS * (size_t)b;
  uint64_t e = zhDictEdgeIn(p, rem | ZH_EDGE_USED, ZH_INFO_NONE);
  /* Tested first: rarely true, so well predicted, and the lookups that
  ** follow this one need not wait for the comparisons. */
  if( (p[0] & ZH_EDGE_SPILLED) && e == ZH_INFO_NONE ) {
    p = zhEdgeTable + ZH_EDGE_SLOTS * (size_t)zhEdgeOther(b, rem, ZH_EDGE_BITS);
    e = zhDictEdgeIn(p, rem | ZH_EDGE_USED | ZH_EDGE_ALT, e);
  }
  return e;
}

/* The node info of the edge from parent (a key's parent part, dict.h) to
** the core Han character c, or ZH_INFO_NONE: a bucket of the table, read
** without a branch, and rarely a second one. */
static inline uint64_t zhDictEdge(uint32_t parent, int32_t c) {
  return zhDictEdgeOf(zhEdgeMix(zhEdgeKey(parent, c)));
}

/* The child of trie node iNode for code point c by a search of its
** children (any character), or 0 if there is none. */
static inline uint32_t zhDictSearch(uint32_t iNode, int32_t c) {
  uint32_t lo = zhNodeFirst[iNode], hi = lo + (zhNodeCost[iNode] & 0xFFFF);
  while( lo < hi ) {
    uint32_t mid = lo + (hi - lo) / 2;
    int32_t k = (int32_t)(zhNodeCp[mid] & 0x1FFFFF);
    if( k == c ) return mid;
    if( k < c )
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

/* The node info of node iNode, from the node arrays (ZH_INFO_NONE for
** node 0). */
static inline uint64_t zhDictNodeInfo(uint32_t iNode) {
  uint32_t cost = zhNodeCost[iNode] >> 16;
  if( iNode == 0 ) return ZH_INFO_NONE;
  return ZH_INFO(cost == ZH_COST_NONE ? ZH_INFO_NO_WORD : cost,
                 (zhNodeCost[iNode] & 0xFFFF) != 0,
                 (zhNodeCp[iNode] >> 21) & 63, iNode);
}

/* The key's parent part (dict.h) for the edges from node iNode. */
static inline uint32_t zhDictEdgeParent(uint32_t iNode) {
  if( iNode <= ZH_DICT_ROOT_KIDS ) {
    int32_t c = (int32_t)(zhNodeCp[iNode] & 0x1FFFFF);
    if( zhDictIsCore(c) ) return (uint32_t)(c - 0x4E00);
  }
  return ZH_EDGE_PARENT_NODE(iNode);
}

/* The child of trie node iNode for code point c, or 0 if there is none. */
static inline uint32_t zhDictChild(uint32_t iNode, int32_t c) {
  if( !zhDictIsCore(c) ) return zhDictSearch(iNode, c);
  if( iNode == 0 ) return ZH_INFO_NODE(zhDictRoot(c));
  return ZH_INFO_NODE(zhDictEdge(zhDictEdgeParent(iNode), c));
}

/* The name of tag number iTag ("" for 0). */
static inline const char *zhDictTagName(int iTag) {
  return (const char *)zh_dict_blob + 8 + 16 + iTag * 8;
}

/* The cost of the word ending at node iNode, or -1 if it is no word. */
static inline int zhDictCost(uint32_t iNode) {
  uint32_t cost = zhNodeCost[iNode] >> 16;
  return cost == ZH_COST_NONE ? -1 : (int)cost;
}

/* The part-of-speech tag of the word at iNode ("" if none). */
static inline const char *zhDictTag(uint32_t iNode) {
  return zhDictTagName((zhNodeCp[iNode] >> 21) & 63);
}

/* The ZH_CF_* flags of character c (0 outside the core Han block). */
static inline int zhDictCharFlags(int32_t c) {
  return zhDictIsCore(c) ? ZH_INFO_FLAGS(zhDictRoot(c)) : 0;
}

/* ln(total frequency) * ZH_COST_SCALE: the cost of a word seen once. */
static inline int zhDictCostOfOne(void) {
  return ZH_DICT_COST_OF_ONE;
}

/* Number of words in the embedded dictionary. */
static inline int zhDictWordCount(void) {
  return ZH_DICT_WORDS;
}

#endif
