/*
** The generators of people, places and organisations, in two tables: those
** that read the whole list of words (a name in pieces, a run of
** transliteration characters), then those tried on each word in turn
** until one takes it.  Each row says what its generator proposes; the
** order of the second table is the order of precedence (countries written
** in one character before organisations: 中美关系 is two places).
*/
#include "internal.h"
#include <limits.h>
#include <string.h>

typedef struct RunGen RunGen;
struct RunGen {
  const char *zName;
  int mKinds; /* what it proposes */
  ZhEntRunGen xGen;
};

/* A word generator's gate: what its own first checks require of the word
** (Han, a length, a tag), so that the pass skips the call for the most
** words, which it would reject.  Each gate is implied by the generator's
** code: a word outside it is one the generator returns 0 for, adding
** nothing, so skipping it changes no output. */
typedef struct WordGen WordGen;
struct WordGen {
  const char *zName;
  int mKinds;
  int bHan;       /* Han words only */
  int nMin, nMax; /* characters */
  uint64_t mTags; /* tags it may take (ZH_TAGSET) */
  ZhEntWordGen xGen;
};

#define PER ZH_ENT_PERSON
#define LOC ZH_ENT_PLACE
#define ORG ZH_ENT_ORG

/* Names proposed to the labeller alone, generously (gen_hints.c). */
static const RunGen aHintGen[] = {
    {"surname and one or two characters", PER, zhEntHintSurnames},
    {"transliteration characters", PER | LOC, zhEntHintTranslit},
    {"country's character", LOC, zhEntHintCountries},
    {"nouns to a body's last character", ORG, zhEntHintBodies},
    {"word and a unit of places", LOC, zhEntHintPlaces},
    {"words to a body's suffix", ORG, zhEntHintBodyWords},
    {"place of the gazetteer", LOC, zhEntHintGazetteer},
};

static const RunGen aRunGen[] = {
    {"surname and given name", PER, zhEntGenSurnameNames},
    {"village before its unit", LOC, zhEntGenVillages},
    {"transliterated name", PER | LOC, zhEntGenTranslit},
    {"name after a title", PER, zhEntGenNamesAfterTitle},
    {"dotted foreign name", PER | ORG, zhEntGenDotted},
};

#define HAN     1
#define ANY_HAN 0
#define NO_MAX  INT_MAX
#define ANY_TAG (~(uint64_t)0)

/* Tags zhEntIsPlaceWord may take: a unit's word (n, nz, none, a name's),
** a palace (a name's, nn), a place's (ns, nsg). */
#define PLACE_WORD_TAGS                                                        \
  (ZH_TAGSET(ZH_TAG_N) | ZH_TAGSET(ZH_TAG_NZ) | ZH_TAGSET(ZH_TAG_NONE) |       \
   ZH_TAGS_PERSON | ZH_TAGSET(ZH_TAG_NN) | ZH_TAGSET(ZH_TAG_NS) |              \
   ZH_TAGSET(ZH_TAG_NSG))

/* The gates as each generator's first test has them: bHan (travelPlace
** and the rest read Han only), one character (a country list or pair, a
** surname), 2-5 (a dateline), zhEntIsPlaceWord's and zhEntIsOrgWord's
** length and tags, orgInWord's 3 on, nrfg (a family), a name's tag. */
static const WordGen aWordGen[] = {
    {"country in one character", LOC, HAN, 1, NO_MAX, ANY_TAG,
     zhEntGenCountryChars},
    {"countries parted by 、", LOC, HAN, 1, 1, ANY_TAG, zhEntGenCountryList},
    {"two countries apart", LOC, HAN, 1, 1, ANY_TAG, zhEntGenCountryPair},
    {"organisation to a suffix", ORG | LOC, HAN, 1, NO_MAX, ANY_TAG,
     zhEntGenOrgSpan},
    {"place inside a word", LOC, HAN, 2, NO_MAX, ANY_TAG, zhEntGenPlaceInWord},
    {"place words and units", LOC, HAN, 2, NO_MAX, PLACE_WORD_TAGS,
     zhEntGenPlaceWords},
    {"place of a dateline", LOC, HAN, 2, 5, ANY_TAG, zhEntGenDateline},
    {"organisation in one word", ORG, ANY_HAN, 2, NO_MAX, ANY_TAG,
     zhEntGenOrgWord},
    {"body before its title", ORG, HAN, 3, NO_MAX, ANY_TAG, zhEntGenOrgInWord},
    {"surname before an address", PER, HAN, 1, 1, ANY_TAG, zhEntGenAddressed},
    {"family", PER, ANY_HAN, 2, 2, ZH_TAGSET(ZH_TAG_NRFG), zhEntGenFamily},
    {"foreign name as a place", LOC, ANY_HAN, 2, NO_MAX, ZH_TAGS_PERSON,
     zhEntGenForeignPlace},
    /* Takes every word: the last tried. */
    {"person word", PER, ANY_HAN, 0, NO_MAX, ANY_TAG, zhEntGenPersonWord},
};

/* Names exact by construction, which stand over the labeller's (run
** last: the numbers of the generators before, which the labeller's
** features read, stay as they were). */
static const RunGen aExactGen[] = {
    {"diplomatic mission", ORG, zhEntGenMissions},
};

#define N_EXACT ((int)(sizeof(aExactGen) / sizeof(aExactGen[0])))
#define N_HINT  ((int)(sizeof(aHintGen) / sizeof(aHintGen[0])))
#define N_RUN   ((int)(sizeof(aRunGen) / sizeof(aRunGen[0])))
#define N_WORD  ((int)(sizeof(aWordGen) / sizeof(aWordGen[0])))
_Static_assert(N_WORD <= 32, "a gate has a bit for each word generator");

/* The gates as sets of generators (bit g: aWordGen[g]) a word may open,
** by Han or not, by length and by tag: a word's set is one of each ANDed,
** and the pass calls only the generators in it, in the table's order.
** Lengths from LEN_TOP on share a class: every nMin is at most LEN_TOP and
** every nMax below it or NO_MAX, so the gate is the same for them all. */
#define LEN_TOP 7
typedef struct Gates Gates;
struct Gates {
  uint32_t aHanLen[2][LEN_TOP + 1];
  uint32_t aTag[ZH_TAG_COUNT];
};

/* Built for each text, so cheaply: each generator's lengths in their
** range only, its tags by their bits where it names some (most take any). */
static void gatesInit(Gates *p) {
  uint32_t mAnyTag = 0;
  memset(p->aHanLen, 0, sizeof(p->aHanLen));
  for( int g = 0; g < N_WORD; g++ ) {
    const WordGen *q = &aWordGen[g];
    int nMax = q->nMax < LEN_TOP ? q->nMax : LEN_TOP;
    for( int n = q->nMin; n <= nMax; n++ ) {
      p->aHanLen[1][n] |= 1u << g;
      if( !q->bHan ) p->aHanLen[0][n] |= 1u << g;
    }
    if( q->mTags == ANY_TAG ) mAnyTag |= 1u << g;
  }
  for( int e = 0; e < ZH_TAG_COUNT; e++ ) p->aTag[e] = mAnyTag;
  for( int g = 0; g < N_WORD; g++ ) {
    if( aWordGen[g].mTags == ANY_TAG ) continue;
    for( uint64_t m = aWordGen[g].mTags; m; m &= m - 1 )
      p->aTag[__builtin_ctzll(m)] |= 1u << g;
  }
}

/* The generators word r may open the gate of. */
static uint32_t gatesOf(const Gates *p, const ZhEntWord *r) {
  int n = zhEntLen(r);
  return p->aHanLen[r->bHan != 0][n < LEN_TOP ? n : LEN_TOP] & p->aTag[r->eTag];
}

void zhEntGenerate(ZhEntEx *x, const ZhEntWords *w) {
  for( int g = 0; g < N_RUN && x->rc == SQLITE_OK; g++ ) {
    x->iGen = 1 + g;
    aRunGen[g].xGen(x, w);
  }
  Gates gates;
  gatesInit(&gates);
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; ) {
    int nTaken = 0;
    for( uint32_t m = gatesOf(&gates, &w->a[i]); m && nTaken == 0;
         m &= m - 1 ) {
      int g = __builtin_ctz(m);
      x->iGen = 1 + N_RUN + g;
      nTaken = aWordGen[g].xGen(x, w, i);
    }
    i += nTaken ? nTaken : 1;
  }
  for( int g = 0; g < N_HINT && x->bHints && x->rc == SQLITE_OK; g++ ) {
    x->iGen = 1 + N_RUN + N_WORD + g;
    aHintGen[g].xGen(x, w);
  }
  for( int g = 0; g < N_EXACT && x->rc == SQLITE_OK; g++ ) {
    x->iGen = 1 + N_RUN + N_WORD + N_HINT + g;
    aExactGen[g].xGen(x, w);
  }
}
