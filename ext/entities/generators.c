/*
** The generators of people, places and organisations, in two tables: those
** that read the whole list of words (a name in pieces, a run of
** transliteration characters), then those tried on each word in turn
** until one takes it.  Each row says what its generator proposes; the
** order of the second table is the order of precedence (countries written
** in one character before organisations: 中美关系 is two places).
*/
#include "internal.h"

typedef struct RunGen RunGen;
struct RunGen {
  const char *zName;
  int mKinds; /* what it proposes */
  ZhEntRunGen xGen;
};

typedef struct WordGen WordGen;
struct WordGen {
  const char *zName;
  int mKinds;
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
};

static const RunGen aRunGen[] = {
    {"surname and given name", PER, zhEntGenSurnameNames},
    {"village before its unit", LOC, zhEntGenVillages},
    {"transliterated name", PER | LOC, zhEntGenTranslit},
    {"name after a title", PER, zhEntGenNamesAfterTitle},
    {"dotted foreign name", PER | ORG, zhEntGenDotted},
};

static const WordGen aWordGen[] = {
    {"country in one character", LOC, zhEntGenCountryChars},
    {"countries parted by 、", LOC, zhEntGenCountryList},
    {"two countries apart", LOC, zhEntGenCountryPair},
    {"organisation to a suffix", ORG | LOC, zhEntGenOrgSpan},
    {"place inside a word", LOC, zhEntGenPlaceInWord},
    {"place words and units", LOC, zhEntGenPlaceWords},
    {"place of a dateline", LOC, zhEntGenDateline},
    {"organisation in one word", ORG, zhEntGenOrgWord},
    {"body before its title", ORG, zhEntGenOrgInWord},
    {"surname before an address", PER, zhEntGenAddressed},
    {"family", PER, zhEntGenFamily},
    {"foreign name as a place", LOC, zhEntGenForeignPlace},
    {"person word", PER, zhEntGenPersonWord},
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

void zhEntGenerate(ZhEntEx *x, const ZhEntWords *w) {
  for( int g = 0; g < N_RUN && x->rc == SQLITE_OK; g++ ) {
    x->iGen = 1 + g;
    aRunGen[g].xGen(x, w);
  }
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; ) {
    int nTaken = 0;
    for( int g = 0; g < N_WORD && nTaken == 0; g++ ) {
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
