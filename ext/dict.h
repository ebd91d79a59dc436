/*
** The word dictionary: a trie compiled at build time (tools/gen_dict.c)
** from jieba's dict.txt and embedded in the extension, plus the words a
** connection adds with zh_dict_add().
**
** Blob layout (little endian):
**   8 bytes   ZH_DICT_MAGIC
**   4 x u32   node count, word count, tag count, ln(total frequency)*SCALE
**   64 x 8    tag names, NUL padded (tag 0 is "")
**   nodes     three arrays of u32, one entry per node:
**               cp | tag<<21;  first child;  nChild | cost<<16
**             node 0 is the root; children are contiguous, sorted by cp
**   zeros     to a multiple of 64 bytes
**   0x5200 x u64  the root's child for each of U+4E00..U+9FFF, as a node
**             info (below) whose low byte holds the character's rule flags
**             (ZH_CF_*)
**   2^(ZH_EDGE_BITS+2) x u64  every edge of the trie to a core Han
**             character, as node infos in a hash table of 32-byte buckets
**             of four slots (ZH_EDGE_*)
** A word's cost is -ln(frequency/total) * ZH_COST_SCALE; ZH_COST_NONE
** marks a node that only prefixes words.
**
** The node arrays are the dictionary; the root table and the edge table
** index them for the segmenter, which looks up one or two edges for every
** character it reads.  An edge is nearly always found in (or missing
** from) one bucket, whose address depends on the characters alone, by four
** comparisons without a branch: the lines a search through a node's
** children reads, and the branches it mispredicts, cost more.
*/
#ifndef ZH_DICT_H
#define ZH_DICT_H

#include <stdint.h>

#define ZH_DICT_MAGIC "ZHDICT02"
#define ZH_COST_SCALE 1000
#define ZH_COST_NONE  0xFFFF

/*
** A node info (u64), in the root and edge tables:
**   bits  0..21  the edge table's own: the key's remainder (19 bits), the
**                edge is in its second bucket, slot used, (in a bucket's
**                first slot) edges of this bucket are in their second;
**                in the root table, bits 0..7 hold the character's ZH_CF_*
**                flags
**   bits 22..36  cost, ZH_INFO_NO_WORD if the node is no word
**   bit  37      the node has children
**   bits 38..43  tag
**   bits 44..63  node number (0: none, ZH_INFO_NONE)
*/
#define ZH_INFO_NO_WORD  0x7FFFu
#define ZH_INFO_COST(e)  ((int)(((e) >> 22) & 0x7FFF))
#define ZH_INFO_KIDS(e)  ((int)(((e) >> 37) & 1))
#define ZH_INFO_TAG(e)   ((int)(((e) >> 38) & 63))
#define ZH_INFO_NODE(e)  ((uint32_t)((e) >> 44))
#define ZH_INFO_FLAGS(e) ((int)((e)&0xFF))
#define ZH_INFO_MAX_NODE 0xFFFFFu
#define ZH_INFO(cost, bKids, tag, node)                                        \
  (((uint64_t)(cost) << 22) | ((uint64_t)(bKids) << 37) |                      \
   ((uint64_t)(tag) << 38) | ((uint64_t)(node) << 44))
/* No node: no word, no children, so a walk reads it as it reads a node,
** without a branch. */
#define ZH_INFO_NONE ZH_INFO(ZH_INFO_NO_WORD, 0, 0, 0)

/*
** The edge table.  An edge from a node to a core Han character c has the
** key parent << 15 | (c - 0x4E00), 35 bits, where parent is the first
** character's offset (c1 - 0x4E00) for an edge from a child of the root,
** so that the key of a two-character prefix needs no lookup, and
** 0x5200 + the node number for the others.  The key, mixed by a bijection,
** gives a bucket (its high ZH_EDGE_BITS bits) and a remainder kept in the
** slot (the rest), which together give back the key.  The table has room
** for twice the edges; an edge whose bucket is full goes to a second
** bucket, the first XOR a function of the remainder, and the full bucket
** says so in its first slot.
*/
#define ZH_EDGE_KEY_BITS          35
#define ZH_EDGE_REM_BITS          19
#define ZH_EDGE_MIN_BITS          (ZH_EDGE_KEY_BITS - ZH_EDGE_REM_BITS)
#define ZH_EDGE_ALT               (1u << 19)
#define ZH_EDGE_USED              (1u << 20)
#define ZH_EDGE_SPILLED           (1u << 21)
#define ZH_EDGE_SLOT_MASK         0x1FFFFFu /* remainder, ALT, USED */
#define ZH_EDGE_SLOTS             4         /* per bucket */
#define ZH_EDGE_PARENT_NODE(node) (0x5200u + (uint32_t)(node))

static inline uint64_t zhEdgeKey(uint32_t parent, int32_t c) {
  return ((uint64_t)parent << 15) | (uint64_t)(uint32_t)(c - 0x4E00);
}

/* A bijection of the 35-bit keys: a product with an odd number modulo
** 2^35, whose high bits (the bucket) depend on every bit of the key, then
** its high bits folded into its low bits (the remainder, which chooses
** the second bucket). */
static inline uint64_t zhEdgeMix(uint64_t x) {
  x = (x * 0x2545F4914F6CDD1Dull) & (((uint64_t)1 << ZH_EDGE_KEY_BITS) - 1);
  return x ^ (x >> 18);
}

/* The second bucket of a key with remainder rem and first bucket b (an
** involution: applied to the second, it gives b). */
static inline uint32_t zhEdgeOther(uint32_t b, uint32_t rem, int nBits) {
  return b ^ (((rem + 1u) * 0x9E3779B1u) >> (32 - nBits) | 1u);
}

/* Character flags for the segmenter's rules (segment_rules.h). */
#define ZH_CF_SURNAME      0x01
#define ZH_CF_NOT_IN_NAME  0x02
#define ZH_CF_ADMIN_SUFFIX 0x04
#define ZH_CF_PLACE_SUFFIX 0x08
#define ZH_CF_NUMERAL      0x10
#define ZH_CF_ORG_END      0x20 /* ends an organisation's suffix (总工会) */
#define ZH_CF_GIVEN_FIRST                                                      \
  0x40                        /* first character of two-character given names */
#define ZH_CF_GIVEN_LAST 0x80 /* last character of a given name */

#ifndef ZH_GEN_DICT /* the generator only needs the constants */

/* Checks the embedded blob; returns 0 if it is sound.  The lookups are
** in dict_access.h. */
int zhDictCheck(void);

/*
** Words added by a connection (zh_dict_add): a hash table of folded
** words, owned by the connection, consulted after the embedded trie.
*/
typedef struct ZhUserDict ZhUserDict;

/* Longest user word, in characters. */
#define ZH_USER_WORD_MAX 64

ZhUserDict *zhUserDictNew(void);
void zhUserDictFree(ZhUserDict *p);
/* Adds or replaces a word (folded code points, 1 to ZH_USER_WORD_MAX of
** them); returns an SQLite code. */
int zhUserDictAdd(ZhUserDict *p, const int32_t *aCp, int nCp, int cost,
                  const char *zTag);
int zhUserDictRemove(ZhUserDict *p, const int32_t *aCp, int nCp);
/* The cost of aCp[0..nCp) as a user word, or -1. */
int zhUserDictCost(const ZhUserDict *p, const int32_t *aCp, int nCp,
                   const char **pzTag);
/* Length in code points of the longest user word (0 if none). */
int zhUserDictMaxLen(const ZhUserDict *p);
int zhUserDictCount(const ZhUserDict *p);

#endif
#endif
