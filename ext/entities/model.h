/*
** The learned part of the entity extractor: a character-level labeller
** that decides which characters are people, places and organisations.
** Each character gets a tag: O (outside any name), or for a person, a
** place or an organisation B, I, E (its first, an inner, its last
** character) or S (a name of one character); the sequence of best score under a
*linear
** model (weights times features, plus a weight for each pair of tags in a
** row), found by Viterbi.  The features (features.c) are the character
** and its neighbours, the segmenter's words and tags, the dictionary's
** flags of the characters, and what the generators proposed there.
**
** The weights are learned by tools/train_entities.c (`make model`) and
** embedded as ext/entities/model.bin; this code only scores.  Blob
** layout (little endian):
**   8 bytes  ZH_ENT_MODEL_MAGIC
**   4 x u32  hash bits B, mask of feature templates, labels, 0
**   16 x i32 the weight of each tag at the start of a text
**   256 x i32 the weight of tag j after tag i, at 16 * i + j
**   2^B x 16 x i8  the weights of each hashed feature for each tag (the
**            last three unused)
*/
#ifndef ZH_ENT_MODEL_H
#define ZH_ENT_MODEL_H

#include "internal.h"
#include <stddef.h>
#include <stdint.h>

#define ZH_ENT_MODEL_MAGIC  "ZHENT003"
#define ZH_ENT_MODEL_HEADER (8 + 4 * 4 + 16 * 4 + 256 * 4)

/* Tags: O, then for each kind of name (person, place, organisation, in
** that order) its first character (B), a character inside it (I), its
** last (E), and a name of one character (S). */
#define ZH_LABEL_O     0
#define ZH_LABELS      13
#define ZH_LABEL_LANES 16 /* weights per feature, padded */
enum { ZH_PART_B, ZH_PART_I, ZH_PART_E, ZH_PART_S };
#define ZH_LABEL(iKind, ePart) (1 + 4 * (iKind) + (ePart))

static inline int zhLabelKind(int y) {
  return y ? (y - 1) / 4 : -1;
}
static inline int zhLabelPart(int y) {
  return y ? (y - 1) % 4 : -1;
}
/* True if tag j may follow tag i (-1: the start of the text): inside a
** name, I or E of its kind; outside, O, B or S. */
static inline int zhLabelMayFollow(int i, int j) {
  if( i > 0 && zhLabelPart(i) <= ZH_PART_I ) {
    return j > 0 && zhLabelKind(j) == zhLabelKind(i) &&
           (zhLabelPart(j) == ZH_PART_I || zhLabelPart(j) == ZH_PART_E);
  }
  return j == ZH_LABEL_O || zhLabelPart(j) == ZH_PART_B ||
         zhLabelPart(j) == ZH_PART_S;
}
/* True if a text may end with tag y (no name left open). */
static inline int zhLabelMayEnd(int y) {
  return y == ZH_LABEL_O || zhLabelPart(y) >= ZH_PART_E;
}

/* The feature templates of the shipped model (the Makefile's MODEL_FLAGS,
** --templates): zhEntFeatures() is compiled for them apart, as a
** constant.  A model of other templates reads the same features, a little
** slower; a unit test checks that model.bin has these. */
#define ZH_ENT_TEMPLATES_SHIPPED 0x15e7aeeu

/* The most features one character has. */
#define ZH_ENT_MAX_FEATURES 64

typedef struct ZhEntModel ZhEntModel;
struct ZhEntModel {
  int nBits;          /* features are hashed to 2^nBits rows */
  uint32_t mTemplate; /* the feature templates in use (features.c) */
  int32_t aStart[ZH_LABEL_LANES];
  int32_t aTrans[ZH_LABEL_LANES * ZH_LABEL_LANES];
  const int8_t *aW; /* 2^nBits rows of ZH_LABEL_LANES */
  /* aTrans from each tag outside a name (O, E, S: decoder.c's aOutside) to
  ** each tag that may follow one (O, B, S: aOpening), the eighth lane
  ** padding: what Viterbi's step reads most, in 8 lanes, not 16 x 16. */
  int32_t aOpen[7 * 8];
  /* For each kind, aTrans from its B and I to its I, from its B and I to
  ** its E. */
  int32_t aInner[3 * 4];
};

/* A hash of a word's characters. */
uint32_t zhEntWordKey(const int32_t *a, int n);

/* The model embedded in zh.so, read into *p: returns p, or 0 if there is
** none (then the generators' names stand, resolved by priority). */
const ZhEntModel *zhEntModelEmbedded(ZhEntModel *p);

/* The weights aW[0..nW) of the embedded model as the labeller reads them:
** a copy in a huge page, made once per process where the system grants
** one (model_pages.c), else aW. */
const int8_t *zhEntModelHot(const int8_t *aW, size_t nW);

/* Reads a model blob (the layout above) of nByte bytes into *p: returns
** 0, or 1 if it is no model. */
int zhEntModelRead(ZhEntModel *p, const unsigned char *a, size_t nByte);

/* What the features of a text are computed from: the text, its words and
** the outer layer of the generators' candidates (zhEntKeep). */
typedef struct ZhEntFeatCtx ZhEntFeatCtx;
struct ZhEntFeatCtx {
  const ZhEntEx *x;
  const ZhEntWords *w;
  uint32_t mTemplate;
  int *aWordOf;      /* the word of each character, or -1 */
  uint32_t *aWordId; /* a hash of each word's characters */
  int *aRule;        /* the candidate kept over each character, or -1 */
  int *aCand;        /* up to ZH_ENT_CAND_SLOTS candidates over each */
  int *aHint;        /* up to ZH_ENT_HINT_SLOTS hints over each */
  uint32_t *aLex;    /* up to ZH_ENT_LEX_SLOTS dictionary names over each */
  unsigned char
      *aActive; /* non-zero for each character that may be in a name */
};
#define ZH_ENT_LEX_SLOTS  3
#define ZH_ENT_CAND_SLOTS 3
#define ZH_ENT_HINT_SLOTS 4

int zhEntFeatInit(ZhEntFeatCtx *c, const ZhEntEx *x, const ZhEntWords *w,
                  const int *aTaken, const ZhEntModel *m);
void zhEntFeatClear(ZhEntFeatCtx *c);

/* True if character k may be part of a name: one is proposed, hinted or
** in the dictionary over it or beside it.  The others are outside names
** (O), and their features are never read. */
static inline int zhEntActive(const ZhEntFeatCtx *c, int k) {
  return c->aActive[k];
}

/* The features of character k: writes their hashes to a (room for
** ZH_ENT_MAX_FEATURES) and returns how many. */
int zhEntFeatures(const ZhEntFeatCtx *c, int k, uint32_t *a);

/* The best tags of the characters of c's text under model m, to aLabel.
** Returns an SQLite code. */
int zhEntDecode(const ZhEntModel *m, const ZhEntFeatCtx *c,
                unsigned char *aLabel);

/* Extraction as zhEntitiesExtract() does it, with model m (0: none). */
int zhEntExtractWith(const ZhEntModel *m, const char *z, int n, int mKinds,
                     int eNesting, const ZhUserDict *pUser, ZhEntity **paEnt,
                     int *pnEnt);

/* For the trainer: the features of every character of z[0..n), of the
** templates of m's mask (its weights unused); the hashes of character k
** are aHash[aOff[k]..aOff[k + 1]). */
typedef struct ZhEntFeats ZhEntFeats;
struct ZhEntFeats {
  int nChar;
  uint32_t *aHash;
  int *aOff;
};
int zhEntFeaturize(const char *z, int n, const ZhUserDict *pUser,
                   const ZhEntModel *m, ZhEntFeats *p);
void zhEntFeatsFree(ZhEntFeats *p);

#endif
