/*
** The path through a run of Han characters: the sequence of words that
** minimises the sum of word costs, -ln P(word) from dictionary
** frequencies, less a bonus per word (ZH_WORD_BONUS) that sets the
** granularity.  A character the dictionary lacks costs as a word seen
** once, plus a penalty.  User words take part like dictionary words.
** Then two rules rewrite the path for words no dictionary can list:
** personal names (何艳静) and places (延庆区, 簋街).
**
** The walk of the trie from every character is what costs: the nodes of
** each character and of each two are looked up first, in a loop whose
** lookups do not wait for one another (dict_access.h says why that
** matters), and the walk goes on from there.
*/
#include "zh.h"
#include "segment_path.h"
#include "segment.h"
#include "dict_access.h"
#include <limits.h>
#include <string.h>

/* Extra cost of a character the dictionary does not have. */
#define ZH_UNKNOWN_EXTRA 3000

/* Rarer than this (cost in nats * ZH_COST_SCALE), a lone character
** before a place suffix is read as part of a name. */
#define ZH_RARE_COST 12000

/* The node info of the child of the node with info e for character c, e
** being no child of the root (ZH_INFO_NONE if there is none).  No edge
** from the root is in the edge table, so ZH_INFO_NONE (node 0) gives
** ZH_INFO_NONE. */
static inline uint64_t nextInfo(uint64_t e, int32_t c) {
  if( zhDictIsCore(c) ) {
    return zhDictEdge(ZH_EDGE_PARENT_NODE(ZH_INFO_NODE(e)), c);
  }
  if( ZH_INFO_NODE(e) == 0 ) return ZH_INFO_NONE;
  return zhDictNodeInfo(zhDictSearch(ZH_INFO_NODE(e), c));
}

/* The first bucket of the edge from node info e's node to the core Han
** character c (e being no child of the root). */
static inline const uint64_t *nextBucket(uint64_t e, int32_t c) {
  return zhDictEdgeBucket(ZH_EDGE_PARENT_NODE(ZH_INFO_NODE(e)), c);
}

void zhPathLookUp(ZhPath *p, int i0, int i1) {
  const int32_t *c = p->aCp;
  const unsigned char *link = p->aLink;
  for( int i = i0; i < i1; i++ ) {
    if( !(link[i] & ZH_LINK_RUN) ) continue;
    p->aRoot[i] = zhDictIsCore(c[i]) ? zhDictRoot(c[i])
                                     : zhDictNodeInfo(zhDictSearch(0, c[i]));
  }
  /* Each phase fetches the lines of all its lookups before it reads one:
  ** they then wait on memory together, not one after another. */
  /* (aPair holds each pair's mixed key in between.) */
  for( int i = i0; i < i1; i++ ) {
    if( (link[i] & ZH_LINK_NEXT) && zhDictIsCore(c[i]) &&
        zhDictIsCore(c[i + 1]) ) {
      uint64_t x = zhEdgeMix(zhEdgeKey((uint32_t)(c[i] - 0x4E00), c[i + 1]));
      p->aPair[i] = x;
      __builtin_prefetch(zhDictEdgeBucketOf(x));
    }
  }
  for( int i = i0; i < i1; i++ ) {
    if( !(link[i] & ZH_LINK_NEXT) ) {
      p->aPair[i] = ZH_INFO_NONE; /* for bestPath, at a run's end */
      continue;
    }
    if( zhDictIsCore(c[i]) && zhDictIsCore(c[i + 1]) ) {
      p->aPair[i] = zhDictEdgeOf(p->aPair[i]);
    } else {
      uint32_t node = ZH_INFO_NODE(p->aRoot[i]);
      p->aPair[i] =
          node ? zhDictNodeInfo(zhDictChild(node, c[i + 1])) : ZH_INFO_NONE;
    }
  }
  /* Three characters only where two have children: the positions are
  ** listed first, without a branch that would be mispredicted. */
  int n = 0, *aAt = p->aNext + i0; /* free until the walk */
  for( int i = i0; i < i1; i++ ) {
    p->aTriple[i] = ZH_INFO_NONE;
    aAt[n] = i;
    n += (link[i] & ZH_LINK_NEXT) && (link[i + 1] & ZH_LINK_NEXT) &&
         ZH_INFO_KIDS(p->aPair[i]);
  }
  for( int k = 0; k < n; k++ ) {
    int i = aAt[k];
    if( zhDictIsCore(c[i + 2]) )
      __builtin_prefetch(nextBucket(p->aPair[i], c[i + 2]));
  }
  for( int k = 0; k < n; k++ ) {
    p->aTriple[aAt[k]] = nextInfo(p->aPair[aAt[k]], c[aAt[k] + 2]);
  }
  /* The walk goes on from a triple with children: its first step. */
  for( int k = 0; k < n; k++ ) {
    int i = aAt[k];
    if( ZH_INFO_KIDS(p->aTriple[i]) && (link[i + 2] & ZH_LINK_NEXT) &&
        zhDictIsCore(c[i + 3]) ) {
      __builtin_prefetch(nextBucket(p->aTriple[i], c[i + 3]));
    }
  }
}

/* The best word so far from a character: its cost to the end of the
** run, its end, its tag. */
typedef struct Best Best;
struct Best {
  int cost, next, tag;
  uint64_t e; /* the node info of the word, if from the dictionary */
};

/* Takes the word ending before `next`, of node info e, if it is a word and
** cheaper than b's (after: the cost from next to the end).  Selects rather
** than branches: which word wins is anyone's guess. */
static inline void consider(Best *b, uint64_t e, int next, int after) {
  int cost = ZH_INFO_COST(e);
  int cand = cost == ZH_INFO_NO_WORD ? INT_MAX : cost - ZH_WORD_BONUS + after;
  int bWin = cand < b->cost;
  b->cost = bWin ? cand : b->cost;
  b->next = bWin ? next : b->next;
  b->e = bWin ? e : b->e;
}

/* The cheapest word from i among the user words, if one is as cheap as
** b's (a user word wins a tie). */
static void userWords(ZhPath *p, int i, int i1, Best *b) {
  int nUser = zhUserDictMaxLen(p->pUser);
  for( int len = 1; len <= nUser && i + len <= i1; len++ ) {
    const char *zUserTag = "";
    int cost = zhUserDictCost(p->pUser, &p->aCp[i], len, &zUserTag);
    if( cost >= 0 ) {
      int cand = cost - ZH_WORD_BONUS + p->aBest[i + len];
      if( cand <= b->cost ) {
        b->cost = cand;
        b->next = i + len;
        b->tag = ZH_PATH_TAG_USER;
        p->azUser[i] = zUserTag;
      }
    }
  }
}

/* aBest[i], aNext[i] and aTag[i] of the run [.., i1), from those after i
** (bUser: whether there are user words; a constant where it is inlined). */
static inline __attribute__((always_inline)) void
bestFrom(ZhPath *p, int i, int i1, int unknown, int bUser) {
  const int *best = p->aBest;
  uint64_t e = p->aRoot[i];
  int cost = ZH_INFO_COST(e), bWord = cost != ZH_INFO_NO_WORD;
  /* The character alone: a word, or unknown. */
  Best b = {(bWord ? cost - ZH_WORD_BONUS : unknown) + best[i + 1], i + 1, 0,
            bWord ? e : ZH_INFO_NONE};
  /* Past the run's end, aPair and aTriple are no words, without children
  ** (zhPathLookUp), and aBest is 0. */
  e = p->aTriple[i];
  consider(&b, p->aPair[i], i + 2, best[i + 2]);
  consider(&b, e, i + 3, best[i + 3]);
  for( int j = i + 3; ZH_INFO_KIDS(e) && j < i1; j++ ) {
    e = nextInfo(e, p->aCp[j]);
    consider(&b, e, j + 1, best[j + 1]);
  }
  b.tag = ZH_INFO_TAG(b.e);
  if( bUser ) userWords(p, i, i1, &b);
  p->aBest[i] = b.cost;
  p->aNext[i] = b.next;
  p->aTag[i] = (unsigned char)b.tag;
}

/*
** Fills aBest, aNext and aTag for the run [i0, i1): the word from i on
** the cheapest path covers [i, aNext[i]).  Of words as cheap, the
** shortest wins, and a user word over a dictionary word.  A character
** alone is a word whatever it costs.
*/
static void bestPath(ZhPath *p, int i0, int i1) {
  int unknown = zhDictCostOfOne() + ZH_UNKNOWN_EXTRA - ZH_WORD_BONUS;
  p->aBest[i1] = p->aBest[i1 + 1] = p->aBest[i1 + 2] = 0;
  if( zhUserDictMaxLen(p->pUser) > 0 ) {
    for( int i = i1 - 1; i >= i0; i-- ) bestFrom(p, i, i1, unknown, 1);
  } else {
    for( int i = i1 - 1; i >= i0; i-- ) bestFrom(p, i, i1, unknown, 0);
  }
}

static int hasFlag(const ZhPath *p, int i, int flag) {
  return (p->aRoot[i] & (uint64_t)flag) != 0;
}

/*
** Rewrites the path of the run [i0, i1) so that a surname and the one or
** two lone characters after it form one word, tagged nr.
*/
static void mergeNames(ZhPath *p, int i0, int i1) {
  for( int i = i0; i < i1; i = p->aNext[i] ) {
    int k, nGiven = 0;
    if( p->aNext[i] != i + 1 || !hasFlag(p, i, ZH_CF_SURNAME) ) continue;
    for( k = i + 1; k < i1 && nGiven < 2 && p->aNext[k] == k + 1; k++ ) {
      if( hasFlag(p, k, ZH_CF_NOT_IN_NAME) || zhPathIsNumeral(p, k) ) break;
      nGiven++;
    }
    if( nGiven == 0 ) continue;
    p->aNext[i] = i + 1 + nGiven;
    p->aTag[i] = ZH_PATH_TAG_NR;
  }
}

/* True if the word from i is tagged as a place that takes a unit: ns, or
** nsn and nst (gen_dict's tags for words so tagged that it retags). */
static int isPlace(const ZhPath *p, int i) {
  int tag = p->aTag[i];
  if( tag < 64 ) return (ZH_DICT_PLACE_TAGS >> tag) & 1;
  if( tag == ZH_PATH_TAG_NS ) return 1;
  if( tag == ZH_PATH_TAG_NR ) return 0;
  return strcmp(p->azUser[i], "ns") == 0 || strcmp(p->azUser[i], "nsn") == 0 ||
         strcmp(p->azUser[i], "nst") == 0;
}

/*
** Rewrites the path of the run [i0, i1) so that a known place and an
** administrative unit after it (延庆区), or a rare lone character and a
** place suffix after it (簋街), form one word, tagged ns.
*/
static void mergePlaces(ZhPath *p, int i0, int i1) {
  for( int i = i0; i + 1 < i1; i = p->aNext[i] ) {
    int cost, j = p->aNext[i];
    /* A place the dictionary knows and an administrative unit after it
    ** (延庆 + 区). */
    if( j > i + 1 && j < i1 && p->aNext[j] == j + 1 && isPlace(p, i) &&
        hasFlag(p, j, ZH_CF_ADMIN_SUFFIX) ) {
      p->aNext[i] = j + 1;
      continue;
    }
    if( p->aNext[i] != i + 1 || p->aNext[i + 1] != i + 2 ) continue;
    if( !hasFlag(p, i + 1, ZH_CF_PLACE_SUFFIX) ||
        hasFlag(p, i, ZH_CF_NOT_IN_NAME) )
      continue;
    cost = ZH_INFO_COST(p->aRoot[i]);
    if( ZH_INFO_NODE(p->aRoot[i]) && cost != ZH_INFO_NO_WORD &&
        cost < ZH_RARE_COST )
      continue;
    p->aNext[i] = i + 2;
    p->aTag[i] = ZH_PATH_TAG_NS;
  }
}

void zhPathRun(ZhPath *p, int i0, int i1) {
  int flags = 0;
  bestPath(p, i0, i1);
  /* Each rule starts from a character with a flag: a run without one is
  ** left as it is, without a walk along its words. */
  for( int i = i0; i < i1; i++ ) flags |= ZH_INFO_FLAGS(p->aRoot[i]);
  if( flags & ZH_CF_SURNAME ) mergeNames(p, i0, i1);
  if( flags & (ZH_CF_ADMIN_SUFFIX | ZH_CF_PLACE_SUFFIX) ) {
    mergePlaces(p, i0, i1);
  }
}

int zhPathCost(ZhPath *p, int i0, int i1) {
  for( int i = i0; i < i1; i++ ) {
    p->aLink[i] = ZH_LINK_RUN | (i + 1 < i1 ? ZH_LINK_NEXT : 0);
  }
  zhPathLookUp(p, i0, i1);
  bestPath(p, i0, i1);
  return p->aBest[i0];
}

int zhPathSubwords(const ZhPath *p, int i0, int n,
                   int (*xSub)(void *pCtx, int iFirst, int nChar), void *pCtx) {
  int rc = SQLITE_OK;
  /* The words from i: two characters in aPair, three in aTriple (ZH_INFO_NONE
  ** if the two have no children), more by walking on from there. */
  for( int i = 0; rc == SQLITE_OK && i + 2 <= n; i++ ) {
    uint64_t e = p->aPair[i0 + i];
    if( ZH_INFO_COST(e) != ZH_INFO_NO_WORD && 2 < n ) rc = xSub(pCtx, i, 2);
    if( i + 3 > n ) continue;
    e = p->aTriple[i0 + i];
    for( int len = 3; rc == SQLITE_OK; len++ ) {
      if( ZH_INFO_COST(e) != ZH_INFO_NO_WORD && len < n )
        rc = xSub(pCtx, i, len);
      if( i + len >= n || !ZH_INFO_KIDS(e) ) break;
      e = nextInfo(e, p->aCp[i0 + i + len]);
    }
  }
  return rc;
}
