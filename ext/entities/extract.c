/*
** Entity extraction (entities.h): the passes over the text, each with its
** own evidence, add candidates to one pool; overlaps are then resolved.
**
**   1. Titles in 《》, and the newspapers among them (titles.c).
**   2. Datelines and credits: the names after 记者 and 通讯员 (bylines.c).
**   3. Numbers and what follows them: dates, times, money, percentages,
**      quantities (numbers.c).
**   4. Words: the generators of people, places and organisations over the
**      segmenter's words (generators.c) propose names, by units.
**   5. The labeller (model.h) reads the text, the words and the names
**      proposed, and decides which characters are names of which kind;
**      its names are the outer layer, the generators' stand inside them.
**
** Where entities overlap, the first passes win, then the labeller's names,
** then the longest.  Without a model (model.bin empty) the generators'
** names stand, resolved by priority.
*/
#include "model.h"
#include "../dict_access.h"
#include "../utf8.h"
#include <string.h>

/* True if the character c may stand in a name: a Han character, a Latin
** letter or digit (美国c－cube), a middle dot (科菲·安南) or a dash
** (道—琼斯); not a bracket or a comma. */
static int isNameChar(int32_t c) {
  return zhEntIsHan(c) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c == 0xB7 || c == 0x30FB || c == 0x2022 ||
         c == '-' || c == 0x2014;
}

/* True if the name that ends at k1 heads a count of businesses or bodies:
** 等 and a number of 家, the measure word of firms, shops and institutions
** (麦乐迪等多家KTV, 陆金服等82家网贷机构): the name is one of them, not a
** person. */
static int headsFirms(const ZhEntText *t, int k1) {
  int k = k1 + 1;
  if( k1 >= t->n || t->aC[k1] != 0x7B49 /* 等 */ ) return 0;
  while( k < t->n &&
         (zhEntIsDigit(t->aC[k]) ||
          (zhDictCharFlags(t->aC[k]) & ZH_CF_NUMERAL) ||
          t->aC[k] == 0x591A /* 多 */ || t->aC[k] == 0x51E0 /* 几 */) )
    k++;
  return k > k1 + 1 && k < t->n && t->aC[k] == 0x5BB6; /* 家 */
}

/* True if [k0, k1) is a body's suffix and nothing else (中心 of 集采中心,
** 总工会 of 镇(街道)总工会): a kind of body, as 办公区 is a kind of place,
** whatever stood before it that the labeller left out. */
static int isBareSuffix(const ZhEntText *t, int k0, int k1) {
  return zhEntLexIs(t, ZH_LEX_ORG_SUFFIXES, k0, k1) ||
         zhEntLexIs(t, ZH_LEX_SHORT_ORG_SUFFIXES, k0, k1) ||
         zhEntLexIs(t, ZH_LEX_LONG_ORG_SUFFIXES, k0, k1);
}

/* True if the body [k0, k1) ends in 学 but in no body's suffix (大学, 中学,
** 小学: org_suffixes.txt): a field of study (中医学, 新闻学), no body. */
static int isFieldOfStudy(const ZhEntText *t, int k0, int k1) {
  return t->aC[k1 - 1] == 0x5B66 /* 学 */ &&
         zhLexEndsAt(ZH_LEX_ORG_SUFFIXES, t->aC, k0, k1) == 0;
}

/* True if the labeller's name [k0, k1) of kind eKind is none: a person
** that is an everyday word, listed as one (高尔夫, 马拉松:
** everyday_words.txt) or read as one (zhEntNameTag: 向心力); a word of
** everyday_names.txt (小桥流水); a kind of place (办公区) or of body (a
** suffix alone: 中心); a field of study (新闻学); a span across
** punctuation; a person that heads a count of firms (headsFirms).  The
** lists are the project's word that they are no names, whatever the
** context. */
static int isNoName(const ZhEntEx *x, int eKind, int k0, int k1) {
  const ZhEntText *t = &x->t;
  ZhTag e = zhEntWordTag(t, k0, k1);
  if( eKind == ZH_ENT_PERSON && (e == ZH_TAG_NN || e == ZH_TAG_NSN) ) return 1;
  if( eKind == ZH_ENT_PERSON && headsFirms(t, k1) ) return 1;
  if( eKind == ZH_ENT_PLACE && zhEntIsKindOfPlace(t, k0, k1) ) return 1;
  if( zhEntLexIs(t, ZH_LEX_EVERYDAY_NAMES, k0, k1) ) return 1;
  if( eKind == ZH_ENT_ORG && isBareSuffix(t, k0, k1) ) return 1;
  if( eKind == ZH_ENT_ORG && isFieldOfStudy(t, k0, k1) ) return 1;
  for( int k = k0; k < k1; k++ ) {
    if( !isNameChar(t->aC[k]) ) return 1;
  }
  return 0;
}

/* A government is written as its place (俄政府 → 俄, 北京市政府 → 北京市,
** as annotated news has it): the length of the word of a state that ends
** the body [k0, k1) (state_words.txt, two characters or more), the body
** then a place; else 0. */
static int stateTail(const ZhEntEx *x, int k0, int k1, int *peKind) {
  int m = zhLexEndsAt(ZH_LEX_STATE_WORDS, x->t.aC, k0 + 1, k1);
  if( m < 2 ) return 0;
  *peKind = ZH_ENT_PLACE;
  return m;
}

/* The length of a verb that ends the labeller's body [k0, k1) as a word of
** its own after a body's suffix (朝阳区总工会 主办), or 0: a verb ends no
** body's name.  世界卫生组织 is one word. */
static int verbTail(const ZhEntEx *x, const ZhEntWords *w, int k0, int k1) {
  int lo = 0, hi = w->n;
  while( lo < hi ) { /* the first word ending at k1 or after */
    int mid = (lo + hi) / 2;
    if( w->a[mid].k1 < k1 )
      lo = mid + 1;
    else
      hi = mid;
  }
  if( lo == w->n || w->a[lo].k1 != k1 || w->a[lo].k0 <= k0 ) return 0;
  ZhTag e = w->a[lo].eTag;
  int kEnd = w->a[lo].k0;
  if( e != ZH_TAG_V && e != ZH_TAG_B ) return 0;
  return (zhDictCharFlags(x->t.aC[kEnd - 1]) & ZH_CF_ORG_END) ? k1 - kEnd : 0;
}

/* The kind name_kinds.txt gives the name [k0, k1) (谷歌 a body, 沙特 a
** place, 奥巴马 a person), or eKind if it lists none.  A listed value that
** names no kind of name leaves eKind (tests/unit checks every value). */
static int listedKind(const ZhEntText *t, int eKind, int k0, int k1) {
  int iWord;
  if( zhLexAt(ZH_LEX_NAME_KINDS, t->aC, k1, k0, &iWord) != k1 - k0 )
    return eKind;
  char *zErr = 0;
  int m = zhEntityKinds(zhLexValue(iWord), &zErr);
  sqlite3_free(zErr);
  return m == ZH_ENT_PERSON || m == ZH_ENT_PLACE || m == ZH_ENT_ORG ? m : eKind;
}

/* Every name found, the labeller's and those inside them, of a kind
** name_kinds.txt gives otherwise takes that kind. */
static void applyListedKinds(ZhEntEx *x) {
  for( int i = 0; i < x->n; i++ ) {
    ZhEntity *e = &x->a[i].e;
    if( e->eKind & ZH_ENT_NAME )
      e->eKind = listedKind(&x->t, e->eKind, e->iStart, e->iEnd);
  }
}

/* True if the time [k0, k1) is a lone Chinese digit and 点 or 时 (一点,
** 一时, 两点): mostly "a little", "for a while", "two points", as 一个 is
** no quantity; 下午三点, 三点半, 3点, 十点 and 零点 stay times.  The
** labeller still reads it as the rules propose it: its weights were
** learned so. */
static int isBareHour(const ZhEntText *t, int k0, int k1) {
  return k1 - k0 == 2 && zhEntCnDigit(t->aC[k0]) >= 1 &&
         (t->aC[k0 + 1] == 0x70B9 /* 点 */ || t->aC[k0 + 1] == 0x65F6);
}

/* Drops the bare hours (isBareHour) from the candidates. */
static void dropBareHours(ZhEntEx *x) {
  int n = 0;
  for( int i = 0; i < x->n; i++ ) {
    ZhEntCand *p = &x->a[i];
    if( p->e.eKind == ZH_ENT_TIME &&
        isBareHour(&x->t, p->e.iStart, p->e.iEnd) ) {
      sqlite3_free(p->e.zValue);
      continue;
    }
    x->a[n++] = *p;
  }
  x->n = n;
}

/* True if the place of one character at k lies inside a longer word the
** segmenter takes for a person's name (鲁 and 豫 of the host 鲁豫, 鲁 and
** 美 of 鲁美): it is a character of that name, no place. */
static int inPersonWord(const ZhEntWords *w, int k) {
  int lo = 0, hi = w->n;
  while( lo < hi ) { /* the first word ending after k */
    int mid = (lo + hi) / 2;
    if( w->a[mid].k1 <= k )
      lo = mid + 1;
    else
      hi = mid;
  }
  if( lo == w->n || w->a[lo].k0 > k ) return 0;
  return zhEntLen(&w->a[lo]) >= 2 && zhEntIsNameTag(&w->a[lo]);
}

/* The labeller's names are the outer layer: the generators' stand only
** inside them (but those of titles and credits, which are exact).  Read
** by units, each name is one; otherwise places of two characters or more
** side by side are one place (杭州市 西湖区; not 中 美), and one body with
** the body right after them (长沙市 芙蓉区人民法院), each of them a name
** inside it. */
static void addLabelled(ZhEntEx *x, const ZhEntWords *w,
                        const unsigned char *aLabel) {
  int n = x->t.n, kPlace = -1, kLast = -1;
  for( int i = 0; i < x->n; i++ ) {
    if( x->a[i].pri >= ZH_PRI_MODEL && x->a[i].pri < ZH_PRI_HINT )
      x->a[i].bInner = 1;
  }
  x->iGen = 0;
  for( int k0 = 0; k0 < n && x->rc == SQLITE_OK; ) {
    int eKind, k1, kEnd;
    if( aLabel[k0] == ZH_LABEL_O ) {
      k0++;
      continue;
    }
    kEnd = k1 = zhEntNameEnd(aLabel, n, k0, &eKind);
    if( eKind == ZH_ENT_ORG ) k1 -= verbTail(x, w, k0, k1);
    if( eKind == ZH_ENT_ORG ) k1 -= stateTail(x, k0, k1, &eKind);
    eKind = listedKind(&x->t, eKind, k0, k1);
    if( isNoName(x, eKind, k0, k1) ||
        (eKind == ZH_ENT_PLACE && k1 - k0 == 1 && inPersonWord(w, k0)) ) {
      k0 = kEnd;
      continue;
    }
    if( x->eNesting == ZH_NEST_UNITS || eKind != ZH_ENT_PLACE || k1 - k0 < 2 ) {
      int kFrom = eKind == ZH_ENT_ORG && kPlace >= 0 ? kPlace : k0;
      if( kFrom < k0 ) zhEntAddInner(x, eKind, k0, k1, ZH_PRI_MODEL);
      if( kFrom < kLast )
        zhEntAddInner(x, ZH_ENT_PLACE, kFrom, k0, ZH_PRI_MODEL);
      zhEntAdd(x, eKind, kFrom, k1, ZH_PRI_MODEL, 0, 0);
      kPlace = -1;
    } else {
      int k2 = k1, eNext = ZH_ENT_PLACE;
      if( kPlace < 0 ) kPlace = k0;
      kLast = k0;
      zhEntAddInner(x, eKind, k0, k1, ZH_PRI_MODEL);
      if( k1 < n && aLabel[k1] != ZH_LABEL_O &&
          zhLabelPart(aLabel[k1]) != ZH_PART_I &&
          zhLabelPart(aLabel[k1]) != ZH_PART_E )
        k2 = zhEntNameEnd(aLabel, n, k1, &eNext);
      /* The chain goes on into a place, or into a body that takes it in. */
      if( eNext == ZH_ENT_PLACE ? k2 - k1 < 2 : eNext != ZH_ENT_ORG ) {
        zhEntAdd(x, ZH_ENT_PLACE, kPlace, k1, ZH_PRI_MODEL, 0, 0);
        kPlace = -1;
      }
    }
    k0 = kEnd;
  }
}

/* Keeps the generators' outer layer, reads the features and labels the
** text with model m. */
static void applyModel(ZhEntEx *x, const ZhEntWords *w, const ZhEntModel *m) {
  ZhEntFeatCtx c;
  /* aTaken, then aLabel, in one allocation. */
  int *aTaken =
      sqlite3_malloc64((sizeof(int) + 1) * ((sqlite3_uint64)x->t.n + 1));
  unsigned char *aLabel = aTaken ? (unsigned char *)(aTaken + x->t.n + 1) : 0;
  if( !aTaken ) {
    x->rc = SQLITE_NOMEM;
  } else {
    zhEntKeep(x, aTaken);
    x->rc = zhEntFeatInit(&c, x, w, aTaken, m);
    if( x->rc == SQLITE_OK ) x->rc = zhEntDecode(m, &c, aLabel);
    if( x->rc == SQLITE_OK ) x->rc = zhEntSamePerson(&x->t, aLabel);
    zhEntFeatClear(&c);
  }
  if( x->rc == SQLITE_OK ) addLabelled(x, w, aLabel);
  sqlite3_free(aTaken); /* and aLabel */
}

/* The passes before the labeller, over z[0..n): x is initialised (and is
** to be cleared whatever this returns), w read if names are asked for. */
static void proposeAll(ZhEntEx *x, ZhEntWords *w, const char *z, int n,
                       const ZhUserDict *pUser) {
  memset(w, 0, sizeof(*w));
  x->rc = zhEntTextInit(&x->t, z, n);
  if( x->rc == SQLITE_OK ) zhEntTitles(x);
  if( x->rc == SQLITE_OK ) zhEntBylines(x);
  if( x->rc == SQLITE_OK ) zhEntNumbers(x);
  if( x->rc != SQLITE_OK || !(x->mKinds & ZH_ENT_NAME) ) return;
  x->rc = zhEntWordsRead(w, &x->t, z, n, pUser);
  if( x->rc == SQLITE_OK ) zhEntGenerate(x, w);
}

static void exClear(ZhEntEx *x, ZhEntWords *w) {
  for( int i = 0; i < x->n; i++ ) sqlite3_free(x->a[i].e.zValue);
  sqlite3_free(x->a);
  zhEntTextClear(&x->t);
  zhEntWordsClear(w);
}

int zhEntExtractWith(const ZhEntModel *m, const char *z, int n, int mKinds,
                     int eNesting, const ZhUserDict *pUser, ZhEntity **paEnt,
                     int *pnEnt) {
  ZhEntEx x;
  ZhEntWords w;
  ZhEntity *aOut = 0;
  int nOut = 0;
  memset(&x, 0, sizeof(x));
  x.mKinds = mKinds;
  x.eNesting = eNesting;
  x.eGen = m ? ZH_NEST_UNITS : eNesting;
  x.bInner = m && eNesting == ZH_NEST_NESTED;
  x.bHints = m != 0;
  *paEnt = 0;
  *pnEnt = 0;
  proposeAll(&x, &w, z, n, pUser);
  if( x.rc == SQLITE_OK && m && (mKinds & ZH_ENT_NAME) ) applyModel(&x, &w, m);
  if( x.rc == SQLITE_OK ) applyListedKinds(&x);
  if( x.rc == SQLITE_OK ) dropBareHours(&x);
  if( x.rc == SQLITE_OK && x.n > 0 ) x.rc = zhEntResolve(&x, &aOut, &nOut);
  exClear(&x, &w);
  if( x.rc != SQLITE_OK ) {
    zhEntitiesFree(aOut, nOut);
    return x.rc;
  }
  *paEnt = aOut;
  *pnEnt = nOut;
  return SQLITE_OK;
}

int zhEntitiesExtract(const char *z, int n, int mKinds, int eNesting,
                      const ZhUserDict *pUser, ZhEntity **paEnt, int *pnEnt) {
  ZhEntModel m;
  return zhEntExtractWith(zhEntModelEmbedded(&m), z, n, mKinds, eNesting, pUser,
                          paEnt, pnEnt);
}

int zhEntFeaturize(const char *z, int n, const ZhUserDict *pUser,
                   const ZhEntModel *m, ZhEntFeats *p) {
  ZhEntEx x;
  ZhEntWords w;
  ZhEntFeatCtx c;
  int *aTaken = 0;
  memset(&x, 0, sizeof(x));
  memset(&c, 0, sizeof(c));
  memset(p, 0, sizeof(*p));
  x.mKinds = ZH_ENT_ALL;
  x.eGen = ZH_NEST_UNITS;
  x.bHints = 1;
  proposeAll(&x, &w, z, n, pUser);
  if( x.rc == SQLITE_OK ) {
    aTaken = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)x.t.n + 1));
    p->aOff = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)x.t.n + 1));
    p->aHash = sqlite3_malloc64(sizeof(uint32_t) * ZH_ENT_MAX_FEATURES *
                                ((sqlite3_uint64)x.t.n + 1));
    if( !aTaken || !p->aOff || !p->aHash ) x.rc = SQLITE_NOMEM;
    if( p->aOff ) p->aOff[0] = 0;
  }
  if( x.rc == SQLITE_OK ) {
    zhEntKeep(&x, aTaken);
    x.rc = zhEntFeatInit(&c, &x, &w, aTaken, m);
  }
  /* A character outside every name (zhEntActive) has no features. */
  for( int k = 0; x.rc == SQLITE_OK && k < x.t.n; k++ ) {
    int nF =
        zhEntActive(&c, k) ? zhEntFeatures(&c, k, p->aHash + p->aOff[k]) : 0;
    p->aOff[k + 1] = p->aOff[k] + nF;
  }
  p->nChar = x.t.n;
  zhEntFeatClear(&c);
  sqlite3_free(aTaken);
  exClear(&x, &w);
  if( x.rc != SQLITE_OK ) zhEntFeatsFree(p);
  return x.rc;
}

void zhEntFeatsFree(ZhEntFeats *p) {
  sqlite3_free(p->aHash);
  sqlite3_free(p->aOff);
  memset(p, 0, sizeof(*p));
}

void zhEntitiesFree(ZhEntity *aEnt, int nEnt) {
  for( int i = 0; i < nEnt; i++ ) sqlite3_free(aEnt[i].zValue);
  sqlite3_free(aEnt);
}

static const char *const azKind[] = {"person",  "place",    "organization",
                                     "date",    "time",     "money",
                                     "percent", "quantity", "title"};

const char *zhEntityKindName(int e) {
  for( int i = 0; i < 9; i++ ) {
    if( e == (1 << i) ) return azKind[i];
  }
  return "?";
}

int zhEntityNesting(const char *z, char **pzErr) {
  static const char *const azNesting[] = {"longest", "units", "nested"};
  *pzErr = 0;
  if( z == 0 ) return ZH_NEST_LONGEST;
  for( int i = 0; i < 3; i++ ) {
    if( sqlite3_stricmp(z, azNesting[i]) == 0 ) return i;
  }
  *pzErr = sqlite3_mprintf("zh_entities: unknown nesting '%.*s%s' (nesting: "
                           "longest, units, nested)",
                           ZH_ERR_QUOTE(z, -1));
  return -1;
}

int zhEntityKinds(const char *zList, char **pzErr) {
  int m = 0;
  const char *z = zList;
  *pzErr = 0;
  while( *z ) {
    while( *z == ' ' || *z == ',' ) z++;
    if( !*z ) break;
    const char *zEnd = z;
    while( *zEnd && *zEnd != ',' && *zEnd != ' ' ) zEnd++;
    int i, n = (int)(zEnd - z);
    for( i = 0; i < 9; i++ ) {
      if( (int)strlen(azKind[i]) == n && memcmp(azKind[i], z, n) == 0 ) break;
    }
    if( i == 9 && n == 12 && memcmp(z, "organisation", 12) == 0 ) i = 2;
    if( i == 9 ) {
      *pzErr = sqlite3_mprintf("zh_entities: unknown kind '%.*s%s' (kinds: "
                               "person, place, organization, "
                               "date, time, money, percent, quantity, title)",
                               ZH_ERR_QUOTE(z, n));
      return -1;
    }
    m |= 1 << i;
    z = zEnd;
  }
  if( m == 0 ) {
    *pzErr = sqlite3_mprintf("zh_entities: no kind named in '%.*s%s'",
                             ZH_ERR_QUOTE(zList, -1));
    return -1;
  }
  return m;
}
