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

/* The blob is 16-byte aligned and each array starts at a multiple of 4. */
#define ZH_DICT_U32(off)                                                       \
  ((const uint32_t *)(const void *)(zh_dict_blob + ZH_DICT_HDR_BYTES) + (off))
#define zhNodeCp    ZH_DICT_U32(0)
#define zhNodeFirst ZH_DICT_U32(ZH_DICT_NODES)
#define zhNodeCost  ZH_DICT_U32(2 * (size_t)ZH_DICT_NODES)
#define zhRootMap   ZH_DICT_U32(3 * (size_t)ZH_DICT_NODES)
#define zhPairTable ZH_DICT_U32(3 * (size_t)ZH_DICT_NODES + 0x5200)
#define zhCharFlags                                                            \
  ((const unsigned char *)ZH_DICT_U32(3 * (size_t)ZH_DICT_NODES + 0x5200 +     \
                                      (2u << ZH_PAIR_BITS)))
#define ZH_DICT_BYTES                                                          \
  (ZH_DICT_HDR_BYTES + (3 * (size_t)ZH_DICT_NODES + 0x5200) * 4 +              \
   ((size_t)8 << ZH_PAIR_BITS) + 0x5200)

/* The child of trie node iNode for code point c, or 0 if there is none. */
static inline uint32_t zhDictChild(uint32_t iNode, int32_t c) {
  if( iNode == 0 && c >= 0x4E00 && c <= 0x9FFF ) return zhRootMap[c - 0x4E00];
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

/* The node of the two characters c1 c2 (a word or a prefix), or 0: the
** same as two zhDictChild() steps from the root, in one probe. */
static inline uint32_t zhDictPair(int32_t c1, int32_t c2) {
  if( c1 < 0x4E00 || c1 > 0x9FFF || c2 < 0x4E00 || c2 > 0x9FFF ) {
    uint32_t n1 = zhDictChild(0, c1);
    return n1 ? zhDictChild(n1, c2) : 0;
  }
  uint32_t key = ZH_PAIR_KEY(c1, c2), h = ZH_PAIR_HASH(key);
  for( ;; ) {
    if( zhPairTable[2 * h] == key ) return zhPairTable[2 * h + 1];
    if( zhPairTable[2 * h] == 0 ) return 0;
    h = (h + 1) & ((1u << ZH_PAIR_BITS) - 1);
  }
}

/* The cost of the word ending at node iNode, or -1 if it is no word. */
static inline int zhDictCost(uint32_t iNode) {
  uint32_t cost = zhNodeCost[iNode] >> 16;
  return cost == ZH_COST_NONE ? -1 : (int)cost;
}

/* The part-of-speech tag of the word at iNode ("" if none). */
static inline const char *zhDictTag(uint32_t iNode) {
  return (const char *)zh_dict_blob + 8 + 16 +
         ((zhNodeCp[iNode] >> 21) & 63) * 8;
}

/* The ZH_CF_* flags of character c (0 outside the core Han block). */
static inline int zhDictCharFlags(int32_t c) {
  return c >= 0x4E00 && c <= 0x9FFF ? zhCharFlags[c - 0x4E00] : 0;
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
