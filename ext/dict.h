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
**   0x5200 x u32  the root's child for U+4E00..U+9FFF, 0 if none
**   2^ZH_PAIR_BITS x (u32 key, u32 node)  the node of each two-character
**             prefix of core Han characters, by open addressing (key 0: empty)
**   0x5200 x u8   rule flags (ZH_CF_*) of U+4E00..U+9FFF
** A word's cost is -ln(frequency/total) * ZH_COST_SCALE; ZH_COST_NONE
** marks a node that only prefixes words.
*/
#ifndef ZH_DICT_H
#define ZH_DICT_H

#include <stdint.h>

#define ZH_DICT_MAGIC "ZHDICT01"
#define ZH_COST_SCALE 1000
#define ZH_COST_NONE  0xFFFF

/* The pair table. */
#define ZH_PAIR_BITS 19
#define ZH_PAIR_KEY(c1, c2)                                                    \
  ((uint32_t)((c1)-0x4E00) * 0x5200u + (uint32_t)((c2)-0x4E00) + 1u)
#define ZH_PAIR_HASH(key) (((key)*2654435761u) >> (32 - ZH_PAIR_BITS))

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
