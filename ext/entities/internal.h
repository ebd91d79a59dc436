/*
** What the files of the entity extractor share: the text as folded
** characters, the pool of candidates every pass adds to, and the words of
** the segmenter with their tags.
**
**   text.c       the text as characters, folded, with byte offsets
**   titles.c     titles in 《》 (and newspapers among them)
**   bylines.c    the names of datelines and credits, with their roles
**   numbers.c    dates, times, money, percentages, quantities
**   words.c      the segmenter's words, and what a word is (a place...)
**   gen_*.c      generators of people, places and organisations
**   generators.c the table of generators and the pass that runs them
**   overlaps.c   the pool of candidates and how overlaps are resolved
**   mentions.c   one person, many mentions: the labeller's people across a text
**   extract.c    zhEntitiesExtract(), kinds and nesting by name
**   vtab.c       the table-valued function zh_entities
*/
#ifndef ZH_ENT_INTERNAL_H
#define ZH_ENT_INTERNAL_H

#include "../zh.h"
#include "entities.h"
#include "lexicon.h"
#include "tags.h"
#include "../utf8.h"
#include <stdint.h>

/* ---- the text (text.c) -------------------------------------------------- */

typedef struct ZhEntText ZhEntText;
struct ZhEntText {
  int n;       /* characters */
  int32_t *aC; /* each character, folded (full width -> ASCII, t2s) */
  int *aB;     /* byte offset of each character; aB[n] = bytes */
  int *aSent;  /* sentence index of each character */
};

int zhEntTextInit(ZhEntText *t, const char *z, int nByte);
void zhEntTextClear(ZhEntText *t);

/* zhEntCharAt() of a byte before character *pkFrom: a binary search. */
int zhEntCharAtSearch(const ZhEntText *t, int iByte);

/* The index of the character at byte iByte, looking from character
** *pkFrom on (words come in text order; a byte before it is searched).
** Inline: each word of the segmenter asks twice, mostly for a character
** or two after the last answer. */
static inline int zhEntCharAt(const ZhEntText *t, int iByte, int *pkFrom) {
  int k = *pkFrom;
  if( k <= t->n && t->aB[k] <= iByte ) {
    while( k < t->n && t->aB[k] < iByte ) k++;
    *pkFrom = k;
    return k;
  }
  return zhEntCharAtSearch(t, iByte);
}

/* zhEntAt() past the first character. */
int zhEntAtRest(const ZhEntText *t, int k, const char *zWord);

/* True if the characters at k spell zWord (UTF-8): for the few single
** words the rules name; lists of words are lexicons (lexicon.h).  Inline:
** most calls fail at the first character, which the compiler decodes
** from the literal zWord once for all. */
static inline int zhEntAt(const ZhEntText *t, int k, const char *zWord) {
  int len;
  int32_t c = zhUtf8Decode((const unsigned char *)zWord, 4, &len);
  if( c == 0 ) return 1; /* "" */
  return k < t->n && t->aC[k] == c && zhEntAtRest(t, k + 1, zWord + len);
}

/* The longest word of lexicon iLex at character k, or 0; and the longest
** ending at character k1 (starting at 0 or after). */
static inline int zhEntLexAt(const ZhEntText *t, int iLex, int k) {
  return zhLexAt(iLex, t->aC, t->n, k, 0);
}
static inline int zhEntLexEnds(const ZhEntText *t, int iLex, int k1) {
  return zhLexEndsAt(iLex, t->aC, 0, k1);
}
/* True if the characters [k0, k1) are a word of lexicon iLex. */
static inline int zhEntLexIs(const ZhEntText *t, int iLex, int k0, int k1) {
  return zhLexIs(iLex, t->aC, k0, k1);
}
/* True if the character at k (which may be out of the text) is a word of
** lexicon iLex. */
static inline int zhEntLexChar(const ZhEntText *t, int iLex, int k) {
  return k >= 0 && k < t->n && zhLexHasChar(iLex, t->aC[k]);
}

int zhEntIsHan(int32_t c);
static inline int zhEntIsDigit(int32_t c) {
  return c >= '0' && c <= '9';
}

/* ---- candidates (overlaps.c) --------------------------------------------- */

/* Priorities: where candidates overlap, the lower number wins.  The
** labeller's names (model.h) come before the generators'. */
#define ZH_PRI_TITLE  0
#define ZH_PRI_BYLINE 1
#define ZH_PRI_NUMBER 2
#define ZH_PRI_MODEL  3
#define ZH_PRI_ORG    4
#define ZH_PRI_PLACE  5
#define ZH_PRI_PERSON 6
#define ZH_PRI_HINT   7

/* Kinds that are names, and may hold names inside them. */
#define ZH_ENT_NAME (ZH_ENT_PERSON | ZH_ENT_PLACE | ZH_ENT_ORG)

typedef struct ZhEntCand ZhEntCand;
struct ZhEntCand {
  ZhEntity e;
  int pri;              /* ZH_PRI_* */
  int iGen;             /* the generator that proposed it (generators.c) */
  unsigned char bInner; /* a name only inside another (the 'nested' reading) */
  unsigned char bHint;  /* a name proposed to the labeller alone */
  unsigned char bKept;  /* kept in the outer layer (zhEntKeep) */
};

/* One extraction: the text, what was asked, the candidates found. */
typedef struct ZhEntEx ZhEntEx;
struct ZhEntEx {
  ZhEntText t;
  int mKinds;
  int eNesting; /* ZH_NEST_*: the reading asked for */
  int eGen;     /* ZH_NEST_*: the reading the generators propose names for */
  int bInner;   /* whether to propose names inside names besides */
  int bHints;   /* whether to propose names to the labeller (gen_hints.c) */
  ZhEntCand *a;
  int n, nAlloc;
  int iGen; /* the generator running now */
  int rc;
};

/* Adds a candidate of kind eKind over the characters [k0, k1); one longer
** than ZH_ENT_MAX_CHARS is dropped.  zValue (sqlite3_malloc'd, may be 0)
** becomes the pool's. */
void zhEntAdd(ZhEntEx *x, int eKind, int k0, int k1, int pri, const char *zRole,
              char *zValue);

/* A candidate that is a name only inside another (北京市总工会 in 北京市总工会
** 职工大学) when the generators propose names for another reading than
** 'nested'; an ordinary one when they propose them for 'nested'. */
void zhEntAddInner(ZhEntEx *x, int eKind, int k0, int k1, int pri);

/* A name proposed to the labeller alone (gen_hints.c). */
void zhEntAddHint(ZhEntEx *x, int eKind, int k0, int k1);

/* Sorts the pool by priority (then the longest) and keeps each candidate
** that overlaps none kept before it, but those that are names only inside
** others or hints to the labeller: sets their bKept, and aTaken[k] (room for
*t.n + 1) to 1 + the
** index of the candidate that took character k, or 0. */
void zhEntKeep(ZhEntEx *x, int *aTaken);

/* Keeps the candidates as zhEntKeep does, and the names inside them if
** eNesting asks; writes the entities of the kinds asked for to *paOut (to
** be freed with zhEntitiesFree(*paOut, *pnOut) whatever it returns), in
** order of start. */
int zhEntResolve(ZhEntEx *x, ZhEntity **paOut, int *pnOut);

/* ---- the exact passes ---------------------------------------------------- */

void zhEntTitles(ZhEntEx *x);
void zhEntBylines(ZhEntEx *x);
void zhEntNumbers(ZhEntEx *x);

/* The value of a Chinese digit (〇 零 一 二 两 ... 九), or -1; of a unit
** (十 百 千 万 亿), or 0.  Inline: numbers.c asks at every character. */
static inline int zhEntCnDigit(int32_t c) {
  switch( c ) {
  case 0x3007:
  case 0x96F6: return 0; /* 〇 零 */
  case 0x4E00: return 1; /* 一 */
  case 0x4E8C:
  case 0x4E24: return 2; /* 二 两 */
  case 0x4E09: return 3;
  case 0x56DB: return 4; /* 三 四 */
  case 0x4E94: return 5;
  case 0x516D: return 6; /* 五 六 */
  case 0x4E03: return 7;
  case 0x516B: return 8; /* 七 八 */
  case 0x4E5D: return 9; /* 九 */
  default: return -1;
  }
}

static inline double zhEntCnUnit(int32_t c) {
  switch( c ) {
  case 0x5341: return 10;   /* 十 */
  case 0x767E: return 100;  /* 百 */
  case 0x5343: return 1000; /* 千 */
  case 0x4E07: return 1e4;  /* 万 */
  case 0x4EBF: return 1e8;  /* 亿 */
  default: return 0;
  }
}

/* ---- words (words.c) ------------------------------------------------------
 */

typedef struct ZhEntWord ZhEntWord;
struct ZhEntWord {
  int k0, k1; /* characters */
  ZhTag eTag;
  int bHan;
};

typedef struct ZhEntWords ZhEntWords;
struct ZhEntWords {
  ZhEntWord *a;
  int n, nAlloc;
  int kNext; /* where zhEntCharAt() starts looking: words come in order */
  const ZhEntText *t;
};

/* The segmenter's words of z[0..n), the text of t.  Returns an SQLite code. */
int zhEntWordsRead(ZhEntWords *w, const ZhEntText *t, const char *z, int n,
                   const ZhUserDict *pUser);
void zhEntWordsClear(ZhEntWords *w);

/* A word of the characters [k0, k1), Han, as the rules build one. */
ZhEntWord zhEntSpan(int k0, int k1);

static inline int zhEntLen(const ZhEntWord *r) {
  return r->k1 - r->k0;
}
/* True if word r is tagged so. */
static inline int zhEntTagIs(const ZhEntWord *r, ZhTag e) {
  return r->eTag == e;
}
/* True if word r is tagged as a person's name (nr, nrt, nrfg, nrg). */
static inline int zhEntIsNameTag(const ZhEntWord *r) {
  return zhTagIn(r->eTag, ZH_TAGS_PERSON);
}
/* True if word r is tagged as an organisation: nt, or nst (a listed
** body the dictionary tags as a place: 英特尔, 京东). */
static inline int zhEntIsBodyTag(const ZhEntWord *r) {
  return r->eTag == ZH_TAG_NT || r->eTag == ZH_TAG_NST;
}
/* True if tag e is a place's: ns, or nsg (a listed place). */
static inline int zhEntIsPlaceTag(ZhTag e) {
  return e == ZH_TAG_NS || e == ZH_TAG_NSG;
}

/* The dictionary's cost of the word at characters [k0, k1), or -1; its
** tag, or ZH_TAG_OTHER if it is no word. */
int zhEntWordCost(const ZhEntText *t, int k0, int k1);
ZhTag zhEntWordTag(const ZhEntText *t, int k0, int k1);
/* The tag of the dictionary's tag number iTag (ZH_INFO_TAG of a node). */
ZhTag zhEntTagOfIndex(int iTag);
/* The tag e the dictionary gives the word aC[0..n), as the extractor reads
** it: jieba tags as people tens of thousands of words of three characters
** that are none (向心力, 严谨性, 高精尖, 陈列馆, 吴兴区 nr).  One ending in
** an administrative unit is read as a noun (n, as 平谷区 is); one ending
** in a character of everyday_endings.txt, or whose second and third
** characters are neither given-name characters (friso's lists) nor those
** of transliterations, as an everyday word (nn).  Listed people (郭沫若,
** tagged nrg) stay people. */
ZhTag zhEntNameTag(const int32_t *aC, int n, ZhTag e);

/* Tags of the words an organisation's name may run through. */
#define ZH_TAGS_BODY_INSIDE                                                    \
  (ZH_TAGSET(ZH_TAG_N) | ZH_TAGSET(ZH_TAG_NZ) | ZH_TAGSET(ZH_TAG_NS) |         \
   ZH_TAGSET(ZH_TAG_NSG) | ZH_TAGSET(ZH_TAG_NT) | ZH_TAGSET(ZH_TAG_NST) |      \
   ZH_TAGSET(ZH_TAG_VN) | ZH_TAGSET(ZH_TAG_NN) | ZH_TAGSET(ZH_TAG_NSN) |       \
   ZH_TAGSET(ZH_TAG_J) | ZH_TAGSET(ZH_TAG_B) | ZH_TAGSET(ZH_TAG_NR) |          \
   ZH_TAGSET(ZH_TAG_NRG) | ZH_TAGSET(ZH_TAG_AN) | ZH_TAGSET(ZH_TAG_L) |        \
   ZH_TAGSET(ZH_TAG_NG) | ZH_TAGSET(ZH_TAG_M) | ZH_TAGSET(ZH_TAG_X))

/* True if the characters [k0, k1) are a kind of place, not its name: an
** everyday word that names no place and a village's unit (文明村, 贫困村),
** or a rarer word of such a word and an administrative unit (办公区,
** 功能区, 展示区; not 自治区). */
int zhEntIsKindOfPlace(const ZhEntText *t, int k0, int k1);

/* True if the characters [k0, k1) are an everyday word (文明, 小康). */
int zhEntIsCommonWord(const ZhEntText *t, int k0, int k1);

/* The length of the longest place the word at [k0, k1) starts with, two
** characters or more and shorter than the word, or 0. */
int zhEntPlacePrefix(const ZhEntText *t, int k0, int k1);

/* True if a surname at k is followed by a form of address (李先生). */
int zhEntSurnameAddressed(const ZhEntText *t, int k);
/* True if c, a surname, is more often a word of its own (高, 连, 向). */
int zhEntIsWeakSurname(int32_t c);

int zhEntIsPlaceWord(const ZhEntText *t, const ZhEntWord *r);
int zhEntIsPerson(const ZhEntText *t, const ZhEntWord *r);
int zhEntIsTranslitPart(const ZhEntText *t, const ZhEntWord *r);
int zhEntPersonByContext(const ZhEntText *t, const ZhEntWord *r);
int zhEntIsOrgWord(const ZhEntText *t, const ZhEntWord *r);
int zhEntEndsWithFacility(const ZhEntText *t, int k0, int k1);
/* True if a foreign name [k0, k1) stands where a place does: after 在, 到
** or 赴 and before a comma or a full stop (在 图卢兹 ，). */
int zhEntPlaceBetweenPunct(const ZhEntText *t, int k0, int k1);

/* Adds the person [k0, k1), or its surname alone if what follows the
** surname is a form of address (李先生 -> 李). */
void zhEntAddPerson(ZhEntEx *x, int k0, int k1, int pri);

/* ---- generators (generators.c, gen_*.c) --------------------------------- */

/* A generator over the whole list of words: it adds candidates. */
typedef void (*ZhEntRunGen)(ZhEntEx *x, const ZhEntWords *w);

/* A generator tried on word i, in the order of the table, until one
** returns non-zero: the number of words it took (the next word tried is
** i plus that). */
typedef int (*ZhEntWordGen)(ZhEntEx *x, const ZhEntWords *w, int i);

void zhEntHintSurnames(ZhEntEx *x, const ZhEntWords *w);
void zhEntHintTranslit(ZhEntEx *x, const ZhEntWords *w);
void zhEntHintCountries(ZhEntEx *x, const ZhEntWords *w);
void zhEntHintBodies(ZhEntEx *x, const ZhEntWords *w);
void zhEntHintPlaces(ZhEntEx *x, const ZhEntWords *w);
void zhEntHintBodyWords(ZhEntEx *x, const ZhEntWords *w);
void zhEntHintGazetteer(ZhEntEx *x, const ZhEntWords *w);

void zhEntGenSurnameNames(ZhEntEx *x, const ZhEntWords *w);
void zhEntGenVillages(ZhEntEx *x, const ZhEntWords *w);
void zhEntGenTranslit(ZhEntEx *x, const ZhEntWords *w);
void zhEntGenNamesAfterTitle(ZhEntEx *x, const ZhEntWords *w);
void zhEntGenDotted(ZhEntEx *x, const ZhEntWords *w);
void zhEntGenMissions(ZhEntEx *x, const ZhEntWords *w);

int zhEntGenCountryChars(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenCountryList(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenCountryPair(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenOrgSpan(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenPlaceInWord(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenPlaceWords(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenDateline(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenOrgWord(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenOrgInWord(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenAddressed(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenFamily(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenForeignPlace(ZhEntEx *x, const ZhEntWords *w, int i);
int zhEntGenPersonWord(ZhEntEx *x, const ZhEntWords *w, int i);

/* Runs every generator over the words w. */
void zhEntGenerate(ZhEntEx *x, const ZhEntWords *w);

/* ---- the labeller's people across a text (mentions.c) ---------------------
 */

/* The end of the name the labels aLabel[0..n) start at k0 (labelled B or
** S), and its kind in *peKind. */
int zhEntNameEnd(const unsigned char *aLabel, int n, int k0, int *peKind);

/* Rewrites the labels of the first 64 people of t as one person, many
** mentions says (mentions.c).  Returns an SQLite code. */
int zhEntSamePerson(const ZhEntText *t, unsigned char *aLabel);

#endif
