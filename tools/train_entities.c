/*
** train_entities: learns the weights of the entity labeller
** (ext/entities/model.h) and writes them as ext/entities/model.bin; or
** measures a choice of features and training by cross-validation.
**
**   train_entities --data DIR [--out FILE] [--cv K] [--epochs N[,N...]]
**                  [--bits B] [--seed S] [--templates MASK] [--gsd WHAT]
**
** DIR is the evaluation data folder (../shared/data): People's Daily dev
** (ner/peoples_daily_dev.bio, a character and its tag a line) and the UD
** GSD sets (ner/zh_gsdsimp-ud-{train,dev}.iob2, a word and its tag a line).
** Their sentences are read, never copied: what leaves this program is
** weights, and figures.
**
** Training is an averaged structured perceptron (Collins 2002): each
** sentence is labelled with the current weights (Viterbi, as zh_entities
** does it), and where the labels differ from the annotation the weights of
** the features of the annotation go up by one and those of the labels
** found down by one; the weights written are the average over every step.
** Sentences are visited in an order shuffled by a generator seeded with
** --seed, and every sum is an integer: the same data and seed write the
** same bytes.  --gsd says which GSD sets are trained on besides People's
** Daily: none, train (the default) or all; --news N visits each sentence
** of People's Daily N times an epoch (the news zh_entities reads weighs
** that much more than GSD's Wikipedia).
**
** --cv K: K-fold cross-validation over People's Daily dev, each fold a
** contiguous block of its sentences (the set has no document marks: a
** block keeps the sentences of a story together); a fold is scored with
** weights learned from the others (and GSD), through zhEntExtractWith(),
** the very code zh_entities runs, in the readings 'longest' and 'units',
** for each number of epochs given; 'longest' also against the annotation
** joined as that reading joins names (goldJoined), which tells its own
** errors from its convention.  GSD dev is scored too when it was not
** trained on.  Without --cv the model is trained on everything and
** written to FILE.
*/
#include "../ext/entities/model.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EPOCHS 16

typedef struct Sent Sent;
struct Sent {
  char *z;               /* the text, UTF-8 */
  int n;                 /* its bytes */
  int nChar;             /* its characters */
  unsigned char *aGold;  /* the tag of each character */
  unsigned char *aTrain; /* the tags taught: those of the names it can find */
  int iDomain;           /* 0 People's Daily (news), 1 GSD (Wikipedia) */
  ZhEntFeats f;
  ZhEntFeats fDrop; /* without the rules' features (--dropout) */
};

typedef struct Corpus Corpus;
struct Corpus {
  Sent *a;
  int n, nAlloc;
};

typedef struct Options Options;
struct Options {
  const char *zData, *zOut;
  int nFold, nBits, nEpochs, aEpoch[MAX_EPOCHS];
  unsigned seed;
  uint32_t mTemplate;
  int eGsd;     /* 0 none, 1 train, 2 train and dev */
  int bAdapt;   /* weights of each domain besides the shared ones */
  int nDropout; /* percent of the steps that see no rule's features */
  int nNews; /* --news N: People's Daily's sentences visited N times an epoch */
  int nEnsemble;  /* learners whose weights are summed */
  int nMargin;    /* --margin */
  int bRules;     /* --rules 1: score the rules alone, without a model */
  uint32_t mDrop; /* the templates they see */
  FILE *pErrors;  /* --errors FILE: the misses of the last epochs, or 0 */
};

/* Where scoreOne() writes what it missed and found wrongly (--errors). */
static FILE *pErrorFile;

/* ---- reading the data ---------------------------------------------------- */

/* The tag of "B-PER"... (0 for O or anything else); bInside: an I tag. */
static int tagOf(const char *z, int *pbInside) {
  static const char *const azKind[] = {"PER", "LOC", "ORG"};
  *pbInside = z[0] == 'I';
  if( (z[0] != 'B' && z[0] != 'I') || z[1] != '-' ) return 0;
  for( int i = 0; i < 3; i++ ) {
    if( strncmp(z + 2, azKind[i], 3) == 0 ) return 1 + 2 * i;
  }
  return 0;
}

static int utf8Chars(const char *z) {
  int n = 0;
  for( ; *z; z++ ) n += (*z & 0xC0) != 0x80;
  return n;
}

/* Appends a word (a character in People's Daily) and its tag to s;
** returns 0, or 1 on a lack of memory. */
static int addWord(Sent *s, int *pnAlloc, const char *zWord, const char *zTag) {
  int nb = (int)strlen(zWord), nc = utf8Chars(zWord), bInside;
  int lab = tagOf(zTag, &bInside);
  while( s->n + nb + 1 > *pnAlloc || s->nChar + nc > *pnAlloc ) {
    *pnAlloc = *pnAlloc ? 2 * *pnAlloc : 256;
    s->z = realloc(s->z, (size_t)*pnAlloc);
    s->aGold = realloc(s->aGold, (size_t)*pnAlloc);
    if( !s->z || !s->aGold ) return 1;
  }
  memcpy(s->z + s->n, zWord, (size_t)nb + 1);
  s->n += nb;
  for( int i = 0; i < nc; i++ ) {
    int prev = s->nChar ? s->aGold[s->nChar - 1] : 0;
    /* An I after another kind or after O begins a name (as score.py reads). */
    int bCont =
        lab && (i > 0 || (bInside && prev && (prev + 1) / 2 == (lab + 1) / 2));
    s->aGold[s->nChar++] = (unsigned char)(lab ? (bCont ? lab + 1 : lab) : 0);
  }
  return 0;
}

/* Rewrites the tags of s, read as B and I (1 + 2 * kind, 2 + 2 * kind),
** as the labeller's (model.h): B I... E, or S for one character. */
static void toLabels(Sent *s) {
  for( int k = 0; k < s->nChar; ) {
    int g = s->aGold[k], k1 = k + 1;
    if( g == 0 ) {
      k++;
      continue;
    }
    while( k1 < s->nChar && s->aGold[k1] == g + 1 ) k1++;
    int iKind = (g - 1) / 2;
    for( int m = k; m < k1; m++ ) {
      int ePart = k1 - k == 1   ? ZH_PART_S
                  : m == k      ? ZH_PART_B
                  : m == k1 - 1 ? ZH_PART_E
                                : ZH_PART_I;
      s->aGold[m] = (unsigned char)ZH_LABEL(iKind, ePart);
    }
    k = k1;
  }
}

/* The end of the name that starts at k in the labels a[0..n) (B or S), or
** 0 if none starts there. */
static int spanEnd(const unsigned char *a, int n, int k) {
  int ePart = zhLabelPart(a[k]), k1 = k + 1;
  if( ePart != ZH_PART_B && ePart != ZH_PART_S ) return 0;
  while( ePart == ZH_PART_B && k1 < n && zhLabelPart(a[k1]) == ZH_PART_I ) k1++;
  return ePart == ZH_PART_B ? k1 + 1 : k1;
}

/* Reads a file of one token a line (column iWord, its tag in column iTag,
** columns parted by the characters of zSep), sentences parted by blank
** lines; lines starting with '#' are comments. */
static int readSet(Corpus *c, const char *zPath, const char *zSep, int iWord,
                   int iTag) {
  char zLine[4096];
  Sent s;
  int nAlloc = 0;
  FILE *f = fopen(zPath, "r");
  if( f == 0 ) return 1;
  memset(&s, 0, sizeof(s));
  for( int bEnd = 0; !bEnd; ) {
    bEnd = fgets(zLine, sizeof(zLine), f) == 0;
    if( !bEnd && zLine[0] == '#' ) continue;
    char *az[8];
    int nCol = 0;
    if( !bEnd ) zLine[strcspn(zLine, "\r\n")] = 0;
    for( char *z = bEnd ? 0 : strtok(zLine, zSep); z && nCol < 8;
         z = strtok(0, zSep) )
      az[nCol++] = z;
    if( nCol > iWord && nCol > iTag ) {
      if( addWord(&s, &nAlloc, az[iWord], az[iTag]) ) return 1;
      continue;
    }
    if( s.n == 0 ) continue;
    toLabels(&s);
    if( c->n == c->nAlloc ) {
      c->nAlloc = c->nAlloc ? 2 * c->nAlloc : 1024;
      c->a = realloc(c->a, sizeof(Sent) * (size_t)c->nAlloc);
      if( c->a == 0 ) return 1;
    }
    c->a[c->n++] = s;
    memset(&s, 0, sizeof(s));
    nAlloc = 0;
  }
  fclose(f);
  return 0;
}

/* The names of s the labeller can find: those with no character outside
** every candidate (without features, zhEntActive); the others are taught
** as O, for they can only be missed. */
static int reachable(Sent *s) {
  s->aTrain = malloc((size_t)s->nChar + 1);
  if( s->aTrain == 0 ) return 1;
  memcpy(s->aTrain, s->aGold, (size_t)s->nChar);
  for( int k = 0; k < s->nChar; ) {
    int k1 = spanEnd(s->aGold, s->nChar, k), bOut = 0;
    if( k1 == 0 ) {
      k++;
      continue;
    }
    for( int m = k; m < k1; m++ ) bOut |= s->f.aOff[m] == s->f.aOff[m + 1];
    for( int m = k; m < k1 && bOut; m++ ) s->aTrain[m] = ZH_LABEL_O;
    k = k1;
  }
  return 0;
}

/* Computes the features of every sentence of c (and without the rules'
** features, if mDrop). */
static int featurize(Corpus *c, const Options *o, uint32_t mDrop) {
  ZhEntModel m;
  memset(&m, 0, sizeof(m));
  for( int i = 0; i < c->n; i++ ) {
    Sent *s = &c->a[i];
    m.mTemplate = o->mTemplate;
    if( zhEntFeaturize(s->z, s->n, 0, &m, &s->f) != SQLITE_OK ) return 1;
    m.mTemplate = mDrop;
    if( mDrop && zhEntFeaturize(s->z, s->n, 0, &m, &s->fDrop) != SQLITE_OK )
      return 1;
    if( s->f.nChar != s->nChar ) {
      fprintf(stderr, "train_entities: %d characters read as %d: %s\n",
              s->nChar, s->f.nChar, s->z);
      return 1;
    }
    if( reachable(s) ) return 1;
  }
  return 0;
}

/* ---- the perceptron ------------------------------------------------------ */

#define LANES ZH_LABEL_LANES

/* Weights while learning: each the sum of its updates (aW), and the sum of
** each update times the step it was made at (aU), so that the average over
** the steps is aW - aU / step (Daumé's trick). */
typedef struct Learner Learner;
struct Learner {
  int nBits;
  int bAdapt;  /* three tables: shared, news, Wikipedia (Daumé 2007) */
  int nMargin; /* the margin of cost-augmented learning (0: none) */
  int32_t *aW;
  int64_t *aU;
  int32_t aS[LANES], aT[LANES * LANES]; /* start, transitions */
  int64_t aSU[LANES], aTU[LANES * LANES];
  int64_t nStep;
};

static int learnerInit(Learner *p, int nBits, int bAdapt) {
  size_t n = ((size_t)LANES << nBits) * (bAdapt ? 3 : 1);
  memset(p, 0, sizeof(*p));
  p->nBits = nBits;
  p->bAdapt = bAdapt;
  p->aW = calloc(n, sizeof(int32_t));
  p->aU = calloc(n, sizeof(int64_t));
  p->nStep = 1;
  return !p->aW || !p->aU;
}

static void learnerFree(Learner *p) {
  free(p->aW);
  free(p->aU);
}

/* The best labels of s under the current weights (not averaged). */
static void viterbi(const Learner *p, const Sent *s, const ZhEntFeats *pF,
                    unsigned char *aOut, unsigned char *aBack) {
  int64_t aPrev[LANES], aCur[LANES];
  uint32_t mask = (1u << p->nBits) - 1;
  for( int k = 0; k < s->nChar; k++ ) {
    int64_t aEm[LANES] = {0};
    size_t iDom = ((size_t)(1 + s->iDomain) * LANES) << p->nBits;
    for( int f = pF->aOff[k]; f < pF->aOff[k + 1]; f++ ) {
      const int32_t *w = p->aW + (size_t)(pF->aHash[f] & mask) * LANES;
      for( int y = 0; y < LANES; y++ ) aEm[y] += w[y];
      for( int y = 0; y < LANES && p->bAdapt; y++ ) aEm[y] += w[iDom + y];
    }
    /* A character without features is outside every name. */
    if( pF->aOff[k] == pF->aOff[k + 1] )
      for( int y = 1; y < LANES; y++ ) aEm[y] = -(1ll << 40);
    /* Cost-augmented: a wrong tag scores a margin higher while learning,
    ** so the weights learned keep the right one ahead by that much. */
    for( int y = 0; y < LANES && p->nMargin; y++ )
      if( y != s->aTrain[k] ) aEm[y] += p->nMargin;
    for( int y = 0; y < ZH_LABELS; y++ ) {
      if( k == 0 ) {
        aCur[y] = zhLabelMayFollow(-1, y) ? p->aS[y] + aEm[y] : INT64_MIN / 4;
        continue;
      }
      int best = -1;
      for( int q = 0; q < ZH_LABELS; q++ ) {
        if( !zhLabelMayFollow(q, y) ) continue;
        if( best < 0 || aPrev[q] + p->aT[q * LANES + y] >
                            aPrev[best] + p->aT[best * LANES + y] )
          best = q;
      }
      aCur[y] = aPrev[best] + p->aT[best * LANES + y] + aEm[y];
      aBack[k * ZH_LABELS + y] = (unsigned char)best;
    }
    memcpy(aPrev, aCur, sizeof(aPrev));
  }
  int y = 0;
  for( int q = 1; q < ZH_LABELS; q++ )
    y = zhLabelMayEnd(q) && aPrev[q] > aPrev[y] ? q : y;
  for( int k = s->nChar - 1; k >= 0; k-- ) {
    aOut[k] = (unsigned char)y;
    if( k > 0 ) y = aBack[k * ZH_LABELS + y];
  }
}

/* Adds d to the weight of label y for every feature of character k. */
static void update(Learner *p, const Sent *s, const ZhEntFeats *pF, int k,
                   int y, int d) {
  uint32_t mask = (1u << p->nBits) - 1;
  size_t iDom = ((size_t)(1 + s->iDomain) * LANES) << p->nBits;
  for( int f = pF->aOff[k]; f < pF->aOff[k + 1]; f++ ) {
    size_t i = (size_t)(pF->aHash[f] & mask) * LANES + (size_t)y;
    p->aW[i] += d;
    p->aU[i] += d * p->nStep;
    if( p->bAdapt ) {
      p->aW[i + iDom] += d;
      p->aU[i + iDom] += d * p->nStep;
    }
  }
}

static void updateTrans(Learner *p, int k, int yPrev, int y, int d) {
  if( k == 0 ) {
    p->aS[y] += d;
    p->aSU[y] += d * p->nStep;
  } else {
    p->aT[yPrev * LANES + y] += d;
    p->aTU[yPrev * LANES + y] += d * p->nStep;
  }
}

/* One step: labels s and learns from the difference. */
static void learnOne(Learner *p, const Sent *s, const ZhEntFeats *pF,
                     unsigned char *aPred, unsigned char *aBack) {
  viterbi(p, s, pF, aPred, aBack);
  for( int k = 0; k < s->nChar; k++ ) {
    int g = s->aTrain[k], y = aPred[k];
    int gPrev = k ? s->aTrain[k - 1] : 0, yPrev = k ? aPred[k - 1] : 0;
    if( g != y ) {
      update(p, s, pF, k, g, 1);
      update(p, s, pF, k, y, -1);
    }
    if( g != y || gPrev != yPrev ) {
      updateTrans(p, k, gPrev, g, 1);
      updateTrans(p, k, yPrev, y, -1);
    }
  }
  p->nStep++;
}

/* A generator of the order of sentences: the same seed, the same order. */
static uint32_t nextRandom(uint64_t *pState) {
  *pState = *pState * 6364136223846793005ull + 1442695040888963407ull;
  return (uint32_t)(*pState >> 33);
}

/* One pass over the sentences a[0..n) (pointers), in an order shuffled
** from *pState; nDropout percent of them seen without the rules'
** features. */
static void epoch(Learner *p, Sent **a, int n, int nDropout, uint64_t *pState,
                  unsigned char *aPred, unsigned char *aBack) {
  for( int i = n - 1; i > 0; i-- ) {
    int j = (int)(nextRandom(pState) % (uint32_t)(i + 1));
    Sent *t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  for( int i = 0; i < n; i++ ) {
    int bDrop = nDropout && (int)(nextRandom(pState) % 100) < nDropout;
    learnOne(p, a[i], bDrop ? &a[i]->fDrop : &a[i]->f, aPred, aBack);
  }
}

/* ---- the model's bytes --------------------------------------------------- */

static void put32(unsigned char *a, int32_t v) {
  uint32_t u = (uint32_t)v;
  a[0] = u & 0xFF;
  a[1] = (u >> 8) & 0xFF;
  a[2] = (u >> 16) & 0xFF;
  a[3] = u >> 24;
}

/* The average of a weight (sum w, timed sum u) times the scale, rounded:
** (w * step - u) / step * 127 / max, in integers. */
static int64_t scaled(int64_t w, int64_t u, int64_t nStep, int64_t max) {
  int64_t num = w * nStep - u;
  int64_t q = num * 127;
  return q >= 0 ? (q + max / 2) / max : -((-q + max / 2) / max);
}

/* The sum of a weight's steps and timed steps, over the shared table and,
** with domains, that of the news (People's Daily): what zh_entities
** applies to news. */
static void weightOf(const Learner *p, size_t i, int64_t *pw, int64_t *pu) {
  size_t iNews = (size_t)LANES << p->nBits;
  *pw = p->aW[i] + (p->bAdapt ? p->aW[i + iNews] : 0);
  *pu = p->aU[i] + (p->bAdapt ? p->aU[i + iNews] : 0);
}

/* The averaged weights, as the blob of model.h (malloc'd, *pn bytes): the
** largest average maps to 127. */
static unsigned char *modelBytes(const Learner *p, const Options *o,
                                 size_t *pn) {
  uint32_t mTemplate = o->mTemplate;
  size_t nW = (size_t)LANES << p->nBits;
  int64_t max = 1;
  for( size_t i = 0; i < nW; i++ ) {
    int64_t w, u;
    weightOf(p, i, &w, &u);
    int64_t v = llabs(w * p->nStep - u);
    if( v > max ) max = v;
  }
  for( int i = 0; i < LANES * LANES; i++ ) {
    int64_t v = llabs((int64_t)p->aT[i] * p->nStep - p->aTU[i]);
    if( v > max ) max = v;
  }
  *pn = ZH_ENT_MODEL_HEADER + nW;
  unsigned char *a = calloc(*pn, 1);
  if( a == 0 ) return 0;
  memcpy(a, ZH_ENT_MODEL_MAGIC, 8);
  put32(a + 8, p->nBits);
  put32(a + 12, (int32_t)mTemplate);
  put32(a + 16, ZH_LABELS);
  for( int i = 0; i < LANES; i++ )
    put32(a + 24 + 4 * i, (int32_t)scaled(p->aS[i], p->aSU[i], p->nStep, max));
  for( int i = 0; i < LANES * LANES; i++ )
    put32(a + 24 + 4 * LANES + 4 * i,
          (int32_t)scaled(p->aT[i], p->aTU[i], p->nStep, max));
  for( size_t i = 0; i < nW; i++ ) {
    int64_t w, u;
    weightOf(p, i, &w, &u);
    int64_t q = scaled(w, u, p->nStep, max);
    a[ZH_ENT_MODEL_HEADER + i] = (unsigned char)(q & 0xFF);
  }
  return a;
}

/* ---- scoring ------------------------------------------------------------- */

/* Entities found, annotated and right, by kind (person, place, org). */
typedef struct Score Score;
struct Score {
  long aTp[3], aPred[3], aGold[3];
  /* Read 'longest', against the annotation joined as that reading joins
  ** names (goldJoined): how far it does what it says it does. */
  long aTpJ[3], aGoldJ[3];
};

static int kindIndex(int eKind) {
  return eKind == ZH_ENT_PERSON ? 0 : eKind == ZH_ENT_PLACE ? 1 : 2;
}

/* Writes s, its annotated names and those found (a[0..n)) to the error
** file, for reading the errors of a cross-validation: one line each,
** "S text", "G kind start end reachable", "P kind start end"; a name
** is reachable when every character of it is in some candidate. */
static void writeErrors(const Sent *s, int eNesting, const ZhEntity *a, int n) {
  fprintf(pErrorFile, "S %d %s\n", eNesting, s->z);
  for( int k = 0; k < s->nChar; k++ ) {
    int k1 = spanEnd(s->aGold, s->nChar, k);
    if( k1 )
      fprintf(pErrorFile, "G %d %d %d %d\n", zhLabelKind(s->aGold[k]), k, k1,
              s->aTrain[k] == s->aGold[k]);
  }
  for( int i = 0; i < n; i++ )
    fprintf(pErrorFile, "P %d %d %d\n", kindIndex(a[i].eKind), a[i].iStart,
            a[i].iEnd);
}

/* A name of the annotation: kind (0 person, 1 place, 2 organisation) and
** characters [k0, k1). */
typedef struct Span Span;
struct Span {
  int iKind, k0, k1;
};

/* The annotated names of s, joined as the reading 'longest' joins the
** labeller's (extract.c, addLabelled): places of two characters or more
** side by side are one place, and a body right after them takes them in
** (杭州市 西湖区 -> 杭州市西湖区, 长沙市 芙蓉区人民法院 -> one body).  Writes
** them to a (room for s->nChar) and returns how many. */
static int goldJoined(const Sent *s, Span *a) {
  int n = 0, iChain = -1; /* iChain: the place that starts a chain in a */
  for( int k = 0; k < s->nChar; ) {
    int k1 = spanEnd(s->aGold, s->nChar, k);
    if( k1 == 0 ) {
      k++;
      iChain = -1;
      continue;
    }
    int iKind = zhLabelKind(s->aGold[k]);
    int bAfter = iChain >= 0 && a[n - 1].k1 == k;
    if( bAfter && iKind == 1 && k1 - k >= 2 ) {
      a[n - 1].k1 = k1; /* the chain goes on */
    } else if( bAfter && iKind == 2 ) {
      a[n - 1].iKind = 2; /* the body takes the chain in */
      a[n - 1].k1 = k1;
      iChain = -1;
    } else {
      a[n].iKind = iKind;
      a[n].k0 = k;
      a[n].k1 = k1;
      iChain = iKind == 1 && k1 - k >= 2 ? n : -1;
      n++;
    }
    k = k1;
  }
  return n;
}

/* Adds to p the joined annotation's names of s and those of a[0..n) that
** match one.  Returns an SQLite code. */
static int scoreJoined(const Sent *s, const ZhEntity *a, int n, Score *p) {
  Span *aSpan = malloc(sizeof(Span) * (size_t)(s->nChar + 1));
  if( aSpan == 0 ) return SQLITE_NOMEM;
  int nSpan = goldJoined(s, aSpan);
  for( int j = 0; j < nSpan; j++ ) {
    p->aGoldJ[aSpan[j].iKind]++;
    for( int i = 0; i < n; i++ ) {
      if( a[i].iStart == aSpan[j].k0 && a[i].iEnd == aSpan[j].k1 &&
          kindIndex(a[i].eKind) == aSpan[j].iKind )
        p->aTpJ[aSpan[j].iKind]++;
    }
  }
  free(aSpan);
  return SQLITE_OK;
}

/* Scores the names zh_entities finds in s with model m, read as eNesting. */
static int scoreOne(const ZhEntModel *m, const Sent *s, int eNesting,
                    Score *pScore) {
  ZhEntity *a;
  int n;
  int rc = zhEntExtractWith(m, s->z, s->n, ZH_ENT_NAME, eNesting, 0, &a, &n);
  if( rc != SQLITE_OK ) return rc;
  for( int k = 0; k < s->nChar; k++ ) {
    int k1 = spanEnd(s->aGold, s->nChar, k), iKind = zhLabelKind(s->aGold[k]);
    if( k1 == 0 ) continue;
    pScore->aGold[iKind]++;
    for( int i = 0; i < n; i++ ) {
      if( a[i].iStart == k && a[i].iEnd == k1 &&
          kindIndex(a[i].eKind) == iKind )
        pScore->aTp[iKind]++;
    }
  }
  for( int i = 0; i < n; i++ ) pScore->aPred[kindIndex(a[i].eKind)]++;
  if( eNesting == ZH_NEST_LONGEST ) rc = scoreJoined(s, a, n, pScore);
  if( pErrorFile ) writeErrors(s, eNesting, a, n);
  zhEntitiesFree(a, n);
  return rc;
}

/* Prints the figures of p (bJoined: against the joined annotation). */
static void printScore(const char *zWhat, const Score *p, int bJoined) {
  static const char *const azKind[] = {"PER", "LOC", "ORG"};
  const long *aTp = bJoined ? p->aTpJ : p->aTp;
  const long *aGold = bJoined ? p->aGoldJ : p->aGold;
  long tp = 0, np = 0, ng = 0;
  printf("%-30s", zWhat);
  for( int i = 0; i <= 3; i++ ) {
    long t = i < 3 ? aTp[i] : tp, a = i < 3 ? p->aPred[i] : np;
    long g = i < 3 ? aGold[i] : ng;
    double pr = a ? (double)t / a : 0, r = g ? (double)t / g : 0;
    printf("  %s P %.3f R %.3f F1 %.3f", i < 3 ? azKind[i] : "all", pr, r,
           pr + r > 0 ? 2 * pr * r / (pr + r) : 0);
    if( i < 3 ) {
      tp += t;
      np += a;
      ng += g;
    }
  }
  printf("\n");
}

/* Scores the sentences a[0..n) with the averaged weights of p, in both
** readings, adding to aScore[0] (longest) and aScore[1] (units). */
static int scoreSet(const Learner *p, const Options *o, Sent *const *a, int n,
                    Score *aScore) {
  size_t nByte;
  ZhEntModel m;
  unsigned char *aBlob = o->bRules ? 0 : modelBytes(p, o, &nByte);
  if( !o->bRules && (aBlob == 0 || zhEntModelRead(&m, aBlob, nByte)) ) return 1;
  for( int i = 0; i < n; i++ ) {
    if( scoreOne(o->bRules ? 0 : &m, a[i], ZH_NEST_LONGEST, &aScore[0]) ||
        scoreOne(o->bRules ? 0 : &m, a[i], ZH_NEST_UNITS, &aScore[1]) )
      return 1;
  }
  free(aBlob);
  return 0;
}

/* ---- cross-validation and training --------------------------------------- */

/* Several learners, each visiting the sentences in its own order (seeds
** seed, seed + 1...): the weights written are the sum of their averages,
** an ensemble that costs nothing to apply. */
typedef struct Ensemble Ensemble;
struct Ensemble {
  int n;
  Learner a[8];
  uint64_t aState[8];
  Learner sum;
  unsigned char *aPred, *aBack; /* room for the longest sentence */
};

static int ensembleInit(Ensemble *p, const Options *o, Sent **a, int n) {
  int nMax = 0;
  memset(p, 0, sizeof(*p));
  p->n = o->nEnsemble;
  for( int i = 0; i < n; i++ ) nMax = a[i]->nChar > nMax ? a[i]->nChar : nMax;
  p->aPred = malloc((size_t)nMax + 1);
  p->aBack = malloc((size_t)(nMax + 1) * ZH_LABELS);
  if( !p->aPred || !p->aBack || learnerInit(&p->sum, o->nBits, o->bAdapt) )
    return 1;
  for( int i = 0; i < p->n; i++ ) {
    p->aState[i] = o->seed + (unsigned)i;
    if( learnerInit(&p->a[i], o->nBits, o->bAdapt) ) return 1;
    p->a[i].nMargin = o->nMargin;
  }
  return 0;
}

static void ensembleFree(Ensemble *p) {
  for( int i = 0; i < p->n; i++ ) learnerFree(&p->a[i]);
  learnerFree(&p->sum);
  free(p->aPred);
  free(p->aBack);
}

/* One more epoch of each learner; then their sum in p->sum. */
static void ensembleEpoch(Ensemble *p, const Options *o, Sent **a, int n) {
  size_t nW = ((size_t)LANES << o->nBits) * (o->bAdapt ? 3 : 1);
  Learner *s = &p->sum;
  for( int i = 0; i < p->n; i++ )
    epoch(&p->a[i], a, n, o->nDropout, &p->aState[i], p->aPred, p->aBack);
  memset(s->aW, 0, sizeof(int32_t) * nW);
  memset(s->aU, 0, sizeof(int64_t) * nW);
  memset(s->aS, 0, sizeof(s->aS) + sizeof(s->aT));
  memset(s->aSU, 0, sizeof(s->aSU) + sizeof(s->aTU));
  for( int i = 0; i < p->n; i++ ) {
    const Learner *l = &p->a[i];
    for( size_t j = 0; j < nW; j++ ) {
      s->aW[j] += l->aW[j];
      s->aU[j] += l->aU[j];
    }
    for( int j = 0; j < LANES; j++ ) {
      s->aS[j] += l->aS[j];
      s->aSU[j] += l->aSU[j];
    }
    for( int j = 0; j < LANES * LANES; j++ ) {
      s->aT[j] += l->aT[j];
      s->aTU[j] += l->aTU[j];
    }
    s->nStep = l->nStep;
  }
}

/* Trains on a[0..n) for each number of epochs of o in turn; after each,
** scores aTest[0..nTest) into aScore[2 * e], and GSD dev (if nDev) into
** aDevScore[2 * e]. */
static int trainAndScore(const Options *o, Sent **a, int n, Sent **aTest,
                         int nTest, Sent **aDev, int nDev, Score *aScore,
                         Score *aDevScore) {
  Ensemble en;
  int rc = ensembleInit(&en, o, a, n);
  for( int e = 0, iEpoch = 0; e < o->nEpochs && rc == 0; e++ ) {
    while( iEpoch < o->aEpoch[e] ) {
      ensembleEpoch(&en, o, a, n);
      iEpoch++;
    }
    pErrorFile = e == o->nEpochs - 1 ? o->pErrors : 0;
    rc = scoreSet(&en.sum, o, aTest, nTest, &aScore[2 * e]);
    pErrorFile = 0;
    if( rc == 0 && nDev )
      rc = scoreSet(&en.sum, o, aDev, nDev, &aDevScore[2 * e]);
  }
  ensembleFree(&en);
  return rc;
}

/* Pointers to the sentences of c, from iFrom to iTo (exclusive), appended
** to a at *pn. */
static void take(Sent **a, int *pn, Corpus *c, int iFrom, int iTo) {
  for( int i = iFrom; i < iTo; i++ ) a[(*pn)++] = &c->a[i];
}

static int crossValidate(const Options *o, Corpus *pd, Corpus *gTrain,
                         Corpus *gDev) {
  Score aScore[2 * MAX_EPOCHS], aDevScore[2 * MAX_EPOCHS];
  Sent **aTrain =
      malloc(sizeof(Sent *) * (size_t)(o->nNews * pd->n + gTrain->n + gDev->n));
  Sent **aTest = malloc(sizeof(Sent *) * (size_t)pd->n);
  Sent **aDev = malloc(sizeof(Sent *) * (size_t)gDev->n);
  int nDev = 0;
  if( !aTrain || !aTest || !aDev ) return 1;
  memset(aScore, 0, sizeof(aScore));
  memset(aDevScore, 0, sizeof(aDevScore));
  if( o->eGsd < 2 ) take(aDev, &nDev, gDev, 0, gDev->n);
  for( int f = 0; f < o->nFold; f++ ) {
    int i0 = (int)((long)pd->n * f / o->nFold);
    int i1 = (int)((long)pd->n * (f + 1) / o->nFold), nTrain = 0, nTest = 0;
    for( int r = 0; r < o->nNews; r++ ) {
      take(aTrain, &nTrain, pd, 0, i0);
      take(aTrain, &nTrain, pd, i1, pd->n);
    }
    if( o->eGsd >= 1 ) take(aTrain, &nTrain, gTrain, 0, gTrain->n);
    if( o->eGsd >= 2 ) take(aTrain, &nTrain, gDev, 0, gDev->n);
    take(aTest, &nTest, pd, i0, i1);
    /* GSD dev once, by the model of the first fold. */
    if( trainAndScore(o, aTrain, nTrain, aTest, nTest, aDev, f == 0 ? nDev : 0,
                      aScore, aDevScore) )
      return 1;
  }
  for( int e = 0; e < o->nEpochs; e++ ) {
    char z[80];
    printf("== %d epochs%s (cross-validated over %d folds of People's Daily "
           "dev)\n",
           o->aEpoch[e], o->bRules ? ", rules alone, no model" : "", o->nFold);
    printScore("PD dev, longest", &aScore[2 * e], 0);
    printScore("PD dev, units", &aScore[2 * e + 1], 0);
    printScore("PD dev, longest, joined (*)", &aScore[2 * e], 1);
    snprintf(z, sizeof(z), "GSD dev (fold 1's), longest");
    if( nDev ) printScore(z, &aDevScore[2 * e], 0);
    if( nDev )
      printScore("GSD dev (fold 1's), units", &aDevScore[2 * e + 1], 0);
  }
  free(aTrain);
  free(aTest);
  free(aDev);
  return 0;
}

/* Trains on everything (People's Daily dev and the GSD sets of o) and
** writes the model to o->zOut. */
static int trainAll(const Options *o, Corpus *pd, Corpus *gTrain,
                    Corpus *gDev) {
  Ensemble en;
  int n = 0;
  Sent **a =
      malloc(sizeof(Sent *) * (size_t)(o->nNews * pd->n + gTrain->n + gDev->n));
  if( a == 0 ) return 1;
  for( int r = 0; r < o->nNews; r++ ) take(a, &n, pd, 0, pd->n);
  if( o->eGsd >= 1 ) take(a, &n, gTrain, 0, gTrain->n);
  if( o->eGsd >= 2 ) take(a, &n, gDev, 0, gDev->n);
  if( ensembleInit(&en, o, a, n) ) return 1;
  for( int e = 0; e < o->aEpoch[o->nEpochs - 1]; e++ )
    ensembleEpoch(&en, o, a, n);
  size_t nByte;
  unsigned char *aBlob = modelBytes(&en.sum, o, &nByte);
  FILE *f = fopen(o->zOut, "wb");
  if( !aBlob || !f || fwrite(aBlob, 1, nByte, f) != nByte || fclose(f) ) {
    perror(o->zOut);
    return 1;
  }
  fprintf(stderr, "train_entities: %d sentences, %d epochs, %zu bytes to %s\n",
          n, o->aEpoch[o->nEpochs - 1], nByte, o->zOut);
  free(aBlob);
  free(a);
  ensembleFree(&en);
  return 0;
}

static int parseOptions(int argc, char **argv, Options *o) {
  memset(o, 0, sizeof(*o));
  o->nBits = 17;
  o->nEnsemble = 1;
  o->nNews = 1;
  o->seed = 1;
  o->eGsd = 1;
  o->mTemplate = 0xFFFFFFFFu;
  /* The rules' features: the kept candidate, the candidates. */
  o->mDrop = ~((1u << 18) | (1u << 19) | (1u << 20) | (1u << 21) | (1u << 23));
  o->nEpochs = 1;
  o->aEpoch[0] = 10;
  for( int i = 1; i + 1 < argc; i += 2 ) {
    const char *z = argv[i], *v = argv[i + 1];
    if( strcmp(z, "--data") == 0 )
      o->zData = v;
    else if( strcmp(z, "--out") == 0 )
      o->zOut = v;
    else if( strcmp(z, "--errors") == 0 ) {
      if( (o->pErrors = fopen(v, "w")) == 0 ) return 1;
    } else if( strcmp(z, "--cv") == 0 )
      o->nFold = atoi(v);
    else if( strcmp(z, "--adapt") == 0 )
      o->bAdapt = atoi(v);
    else if( strcmp(z, "--news") == 0 )
      o->nNews = atoi(v);
    else if( strcmp(z, "--dropout") == 0 )
      o->nDropout = atoi(v);
    else if( strcmp(z, "--ensemble") == 0 )
      o->nEnsemble = atoi(v);
    else if( strcmp(z, "--rules") == 0 )
      o->bRules = atoi(v);
    else if( strcmp(z, "--margin") == 0 )
      o->nMargin = atoi(v);
    else if( strcmp(z, "--drop") == 0 )
      o->mDrop = (uint32_t)strtoul(v, 0, 0);
    else if( strcmp(z, "--bits") == 0 )
      o->nBits = atoi(v);
    else if( strcmp(z, "--seed") == 0 )
      o->seed = (unsigned)strtoul(v, 0, 10);
    else if( strcmp(z, "--templates") == 0 )
      o->mTemplate = (uint32_t)strtoul(v, 0, 0);
    else if( strcmp(z, "--gsd") == 0 )
      o->eGsd = strcmp(v, "none") == 0 ? 0 : strcmp(v, "all") == 0 ? 2 : 1;
    else if( strcmp(z, "--epochs") == 0 ) {
      o->nEpochs = 0;
      for( const char *p = v; *p && o->nEpochs < MAX_EPOCHS;
           p += strcspn(p, ",") + (p[strcspn(p, ",")] != 0) )
        o->aEpoch[o->nEpochs++] = atoi(p);
    } else
      return 1;
  }
  return !o->zData || (!o->zOut && o->nFold < 2) || o->nBits < 8 ||
         o->nBits > 24 || o->nEnsemble < 1 || o->nEnsemble > 8 ||
         o->nNews < 1 || o->nNews > 8;
}

int main(int argc, char **argv) {
  static Options o;
  Corpus pd = {0}, gTrain = {0}, gDev = {0};
  char z[1024];
  if( parseOptions(argc, argv, &o) ) {
    fprintf(stderr, "usage: train_entities --data DIR (--out FILE | --cv K) "
                    "[--epochs N[,N...]] [--bits B] [--seed S] "
                    "[--templates MASK] [--gsd none|train|all] [--news N]\n");
    return 2;
  }
  snprintf(z, sizeof(z), "%s/ner/peoples_daily_dev.bio", o.zData);
  int rc = readSet(&pd, z, " \t", 0, 1);
  snprintf(z, sizeof(z), "%s/ner/zh_gsdsimp-ud-train.iob2", o.zData);
  rc = rc || readSet(&gTrain, z, "\t", 1, 2);
  for( int i = 0; i < gTrain.n; i++ ) gTrain.a[i].iDomain = 1;
  snprintf(z, sizeof(z), "%s/ner/zh_gsdsimp-ud-dev.iob2", o.zData);
  rc = rc || readSet(&gDev, z, "\t", 1, 2);
  for( int i = 0; i < gDev.n; i++ ) gDev.a[i].iDomain = 1;
  if( rc ) {
    fprintf(stderr, "train_entities: cannot read %s/ner\n", o.zData);
    return 1;
  }
  uint32_t mDrop = o.nDropout ? o.mDrop & o.mTemplate : 0;
  if( featurize(&pd, &o, mDrop) || featurize(&gTrain, &o, mDrop) ||
      featurize(&gDev, &o, mDrop) )
    return 1;
  fprintf(stderr, "train_entities: %d + %d + %d sentences\n", pd.n, gTrain.n,
          gDev.n);
  return o.nFold >= 2 ? crossValidate(&o, &pd, &gTrain, &gDev)
                      : trainAll(&o, &pd, &gTrain, &gDev);
}
