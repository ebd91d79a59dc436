/*
** What gen_dict's two halves share: the dictionary as gen_dict.c compiled
** it (the trie's node arrays, the tags, the characters' rule flags), which
** gen_dict_blob.c writes out with the tables that index it.
*/
#ifndef ZH_GEN_DICT_H
#define ZH_GEN_DICT_H

#include <stdint.h>

typedef struct DictOut DictOut;
struct DictOut {
  int nNode, nWord, nTag;
  uint32_t costOfOne;         /* ln(total frequency) * ZH_COST_SCALE */
  const char *const *azTag;   /* nTag names, tag 0 is "" */
  const uint32_t *aCpTag;     /* per node: cp | tag << 21 */
  const uint32_t *aFirst;     /* per node: first child */
  const uint32_t *aKidsCost;  /* per node: nChild | cost << 16 */
  const unsigned char *aFlag; /* ZH_CF_* of U+4E00..U+9FFF */
};

/*
** Writes the blob to zBin and its layout header to zLayout; the header
** holds the dictionary's checksum (ZH_SUM_DICT).  Returns 0, or 1 after
** saying why on stderr.
*/
int writeDictBlob(const DictOut *p, const char *zBin, const char *zLayout);

#endif
