/*
** The segmenter's path through a run of Han characters (segment_path.c):
** the cheapest sequence of dictionary and user words, then the rules that
** join a surname and its given name, or a place and its unit.  Internal
** to the segmenter (segment.c).
*/
#ifndef ZH_SEGMENT_PATH_H
#define ZH_SEGMENT_PATH_H

#include "dict.h"
#include "dict_access.h"
#include <stdint.h>

/* Longest stretch segmented at once, in tokens. */
#define ZH_SEG_MAX_RUN 1024

/* Tags that are no dictionary tag number (those are below 64). */
#define ZH_PATH_TAG_NS   253 /* "ns": a rare character and a place suffix */
#define ZH_PATH_TAG_NR   254 /* "nr": a surname and a given name */
#define ZH_PATH_TAG_USER 255 /* a user word's: azUser[i] */

typedef struct ZhPath ZhPath;
struct ZhPath {
  const int32_t *aCp; /* the characters, indexed as the arrays below */
  const ZhUserDict *pUser;
  /* For each item i: ZH_LINK_RUN if it is a character of a run, and
  ** ZH_LINK_NEXT too if item i + 1 is the next character of that run. */
  unsigned char aLink[ZH_SEG_MAX_RUN];
  /* For each character i of the run: the node infos (dict.h) of it alone
  ** (its ZH_CF_* flags in the low byte), of it and the next, and of it and
  ** the next two. */
  uint64_t aRoot[ZH_SEG_MAX_RUN];
  uint64_t aPair[ZH_SEG_MAX_RUN];
  uint64_t aTriple[ZH_SEG_MAX_RUN];
  /* The path: the word from i covers [i, aNext[i]), tagged aTag[i]; the
  ** cost of the cheapest path from i to the end is aBest[i]. */
  int aBest[ZH_SEG_MAX_RUN + 3];
  int aNext[ZH_SEG_MAX_RUN + 1];
  unsigned char aTag[ZH_SEG_MAX_RUN];
  const char *azUser[ZH_SEG_MAX_RUN];
};

#define ZH_LINK_RUN  1
#define ZH_LINK_NEXT 2

/* Looks up the dictionary nodes (aRoot, aPair, aTriple) of the characters
** of every run in items [i0, i1), as aLink says, all at once: many runs'
** lookups overlap. */
void zhPathLookUp(ZhPath *p, int i0, int i1);

/* Segments the run aCp[i0..i1), looked up already: the cheapest path, then
** names and places joined. */
void zhPathRun(ZhPath *p, int i0, int i1);

/* The cost of the cheapest path through aCp[i0..i1) (no rules). */
int zhPathCost(ZhPath *p, int i0, int i1);

/* Calls xSub(pCtx, iFirst, nChar) for each dictionary word of two or more
** characters inside the n characters from i0 of a run segmented last, but
** for the whole, in zhSubwords()'s order. */
int zhPathSubwords(const ZhPath *p, int i0, int n,
                   int (*xSub)(void *pCtx, int iFirst, int nChar), void *pCtx);

/* The tag of the word from i on the path ("" if none). */
static inline const char *zhPathTag(const ZhPath *p, int i) {
  switch( p->aTag[i] ) {
  case ZH_PATH_TAG_NS: return "ns";
  case ZH_PATH_TAG_NR: return "nr";
  case ZH_PATH_TAG_USER: return p->azUser[i];
  default: return zhDictTagName(p->aTag[i]);
  }
}

/* True if character i is a Chinese numeral (〇 included). */
static inline int zhPathIsNumeral(const ZhPath *p, int i) {
  return p->aCp[i] == 0x3007 || (p->aRoot[i] & ZH_CF_NUMERAL) != 0;
}

#endif
