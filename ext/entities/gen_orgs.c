/*
** Generators of organisations: a span of words from a named start (a
** place, a body, a proper noun) through nouns to a suffix (北京市总工会
** 职工 大学, 浙江 四通 工具 有限公司), bodies known by one word (欧盟), and
** a body inside a word with its title (市委书记).
*/
#include "internal.h"
#include "../dict_access.h"

/* True if word r ends with an organisation suffix (总工会, 公司, 局), and
** is not one of the words that only end so (干部, 全部, 格局). */
static int endsWithOrgSuffix(const ZhEntText *t, const ZhEntWord *r) {
  if( !(zhDictCharFlags(t->aC[r->k1 - 1]) & ZH_CF_ORG_END) ) return 0;
  if( zhEntLen(r) == 2 && zhEntLexIs(t, ZH_LEX_NOT_ORG_ENDINGS, r->k0, r->k1) )
    return 0;
  return zhLexEndsAt(ZH_LEX_ORG_SUFFIXES, t->aC, r->k0, r->k1) > 0;
}

/* True if word r ends with a suffix of two characters or more (委员会). */
static int endsWithLongOrgSuffix(const ZhEntText *t, const ZhEntWord *r) {
  return zhLexEndsAt(ZH_LEX_LONG_ORG_SUFFIXES, t->aC, r->k0, r->k1) > 0;
}

/* A company's whole name as one word the dictionary holds as a proper noun
** or a set phrase (雅戈尔集团 nz, 可口可乐公司 l), not as a body. */
static int isCompanyWord(const ZhEntText *t, const ZhEntWord *r) {
  return zhEntLen(r) >= 4 &&
         (zhEntTagIs(r, ZH_TAG_NZ) || zhEntTagIs(r, ZH_TAG_L)) &&
         zhLexEndsAt(ZH_LEX_COMPANY_WORDS, t->aC, r->k0, r->k1) > 0;
}

/* A person's name that can start a company's (休斯 公司, 罗威 汽车 公司):
** a foreign name or one the extractor takes for a person. */
static int isNameStart(const ZhEntText *t, const ZhEntWord *r) {
  if( zhEntLen(r) < 2 || !zhEntIsNameTag(r) ) return 0;
  return zhEntTagIs(r, ZH_TAG_NRT) || zhEntTagIs(r, ZH_TAG_NRG) ||
         zhEntIsPerson(t, r);
}

/* True if word r can start an organisation's name: a place, a body, a
** proper noun or an abbreviation, a generic start (国际, 市: org_starts),
** a person's name; not 本报. */
static int startsOrg(const ZhEntText *t, const ZhEntWord *r) {
  if( !r->bHan ) return 0;
  /* The tags first: they are the cheapest to read; 本报 last, as most
  ** words start no name (zhEntAt decodes its word at each call). */
  return (zhEntIsBodyTag(r) || zhEntTagIs(r, ZH_TAG_NZ) ||
          zhEntTagIs(r, ZH_TAG_J) || zhEntTagIs(r, ZH_TAG_NS) ||
          zhEntIsPlaceWord(t, r) || isCompanyWord(t, r) ||
          (zhEntLen(r) <= 2 &&
           zhEntLexIs(t, ZH_LEX_ORG_STARTS, r->k0, r->k1)) ||
          isNameStart(t, r)) &&
         !zhEntAt(t, r->k0, "本报");
}

/* Where an organisation's name ends, as the scan of its words finds it. */
typedef struct OrgEnd OrgEnd;
struct OrgEnd {
  int jBest; /* its last word, or -1 */
  int kHead; /* characters of that word that are a title, not the name */
};

/* The head of a body before its title: 财政部 in 美国财政部长 (not after a
** person's name: 彭真 校长).  q, the word j, ends in 长 after an
** organisation's character.  Returns 1 if it decided where the name ends. */
static int headBeforeTitle(const ZhEntText *t, const ZhEntWords *w, int j,
                           OrgEnd *pEnd) {
  const ZhEntWord *q = &w->a[j];
  /* 中科院副院长: a rank before the title; the body is what came before
  ** the rank (found already, if any). */
  if( zhEntLexIs(t, ZH_LEX_RANKS, w->a[j - 1].k0, w->a[j - 1].k1) ) return 1;
  /* 代表团团长, 银行行长: the body is the word before; 银行行长 as one
  ** word, the word less its title. */
  if( zhEntLen(q) == 2 && t->aC[q->k0] == t->aC[q->k0 - 1] ) {
    pEnd->jBest = j - 1;
  } else if( zhEntLen(q) >= 4 && t->aC[q->k1 - 2] == t->aC[q->k1 - 3] ) {
    pEnd->jBest = j;
    pEnd->kHead = 2;
  } else {
    pEnd->jBest = j;
    pEnd->kHead = 1;
  }
  return 1;
}

/* Asked for the names inside names, the shorter bodies are names too
** (北京市总工会 in 北京市总工会职工大学). */
static void addInnerBody(ZhEntEx *x, int k0, int k1) {
  if( x->eGen != ZH_NEST_NESTED && !x->bInner ) return;
  zhEntAddInner(
      x, zhEntEndsWithFacility(&x->t, k0, k1) ? ZH_ENT_PLACE : ZH_ENT_ORG, k0,
      k1, ZH_PRI_ORG);
}

/* Tags of words a verb does not govern: particles, prepositions,
** conjunctions, words of place (之 后). */
#define NOT_GOVERNED                                                           \
  (ZH_TAGSET(ZH_TAG_U) | ZH_TAGSET(ZH_TAG_UJ) | ZH_TAGSET(ZH_TAG_UD) |         \
   ZH_TAGSET(ZH_TAG_UG) | ZH_TAGSET(ZH_TAG_UL) | ZH_TAGSET(ZH_TAG_UV) |        \
   ZH_TAGSET(ZH_TAG_UZ) | ZH_TAGSET(ZH_TAG_P) | ZH_TAGSET(ZH_TAG_C) |          \
   ZH_TAGSET(ZH_TAG_Y) | ZH_TAGSET(ZH_TAG_F))

/* True if word j, a verb, has a word right after it that it may govern
** (组织 非遗), not a particle or punctuation (组织 ，). */
static int governsNext(const ZhEntWords *w, int j) {
  const ZhEntWord *q = &w->a[j];
  if( !zhEntTagIs(q, ZH_TAG_V) || j + 1 >= w->n ) return 0;
  const ZhEntWord *n = &w->a[j + 1];
  return n->k0 == q->k1 && n->bHan && !zhTagIn(n->eTag, NOT_GOVERNED);
}

/* True if word q may stand inside a body's name: a noun or a name, not a
** verb the dictionary tags as a noun (利用: verb_nouns.txt). */
static int isBodyWord(const ZhEntText *t, const ZhEntWord *q) {
  return q->bHan && zhTagIn(q->eTag, ZH_TAGS_BODY_INSIDE) &&
         !zhEntLexIs(t, ZH_LEX_VERB_NOUNS, q->k0, q->k1);
}

/* Scans the words from i, the start of a name, for the longest that ends
** in a suffix: the adjacent words it may run through are nouns and names,
** and verbs (中国 文化 扶贫 委员会) only before a suffix of two characters. */
static OrgEnd scanOrg(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a, *r = &a[i];
  OrgEnd e = {-1, 0};
  int bAfterName = isNameStart(t, r), bVerb = 0;
  /* After a place and common nouns, a verb suffix that governs a word is
  ** the verb (东湖 教学点 组织 非遗 体验); after a proper name it is
  ** rather the name's end (欧佩克 组织 成员国). */
  int bPlaceStart = zhEntTagIs(r, ZH_TAG_NS) || zhEntIsPlaceWord(t, r);
  for( int j = i; j < w->n && j < i + 7; j++ ) {
    const ZhEntWord *q = &a[j];
    if( j > i && !bAfterName && q->k0 == a[j - 1].k1 && zhEntLen(q) >= 2 &&
        t->aC[q->k1 - 1] == 0x957F /* 长 */ &&
        (zhDictCharFlags(t->aC[q->k1 - 2]) & ZH_CF_ORG_END) &&
        headBeforeTitle(t, w, j, &e) )
      break;
    if( j > i && q->k0 != a[j - 1].k1 ) break;
    if( j > i && !isBodyWord(t, q) ) {
      if( !(zhEntTagIs(q, ZH_TAG_V) && zhEntLen(q) >= 2) ) break;
      /* Right after a whole name, a verb starts what is said of the body
      ** (贝尔公司 买下 纽新公司, 基金会 组织); further on, or after a body
      ** named in one word without a suffix, it may be part of a longer
      ** name (全国 工会 教材 创新 发展 联盟, 联合国 禁毒 署). */
      if( e.jBest == j - 1 &&
          (e.jBest > i || endsWithOrgSuffix(t, &a[e.jBest])) )
        break;
      if( endsWithLongOrgSuffix(t, q) ) {
        if( !(bPlaceStart && governsNext(w, j)) ) e.jBest = j;
        break;
      }
      bVerb = 1;
      continue;
    }
    /* After a person's name, a place or a body starts a name of its own
    ** (鲁宾 会见 古巴 代表团), and two words at most follow it. */
    if( j > i && bAfterName &&
        (j > i + 2 || zhEntIsPlaceWord(t, q) || zhEntIsBodyTag(q) ||
         zhEntTagIs(q, ZH_TAG_NS)) )
      break;
    if( (j > i || zhEntIsBodyTag(r) || isCompanyWord(t, r)) &&
        (bVerb ? endsWithLongOrgSuffix(t, q)
               : (endsWithOrgSuffix(t, q) || zhEntIsBodyTag(q) ||
                  zhEntEndsWithFacility(t, r->k0, q->k1))) ) {
      if( e.jBest >= 0 ) addInnerBody(x, r->k0, a[e.jBest].k1);
      e.jBest = j;
    }
  }
  return e;
}

/* Names that end in a government or a generic group of a place are the
** place's (中国政府, 印度当局, 美国公司, 非洲球队; 北京市政府 as one word
** is 北京市, 特区政府 特区): returns 1 if the span from word i to e.jBest
** is no organisation for that reason, after adding the place if any. */
static int isPlaceNotBody(ZhEntEx *x, const ZhEntWords *w, int i,
                          const OrgEnd *e) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *r = &w->a[i], *q = &w->a[e->jBest];
  if( e->jBest == i + 1 && zhEntIsPlaceWord(t, r) ) {
    if( zhEntAt(t, q->k1 - 2, "政府") || zhEntAt(t, q->k0, "当局") ) return 1;
    if( (t->aC[r->k1 - 1] == 0x56FD /* 国 */ ||
         t->aC[r->k1 - 1] == 0x6D32 /* 洲 */) &&
        zhEntLexIs(t, ZH_LEX_COUNTRY_GROUPS, q->k0, q->k1) )
      return 1;
  }
  if( e->jBest == i && zhEntLen(r) >= 3 &&
      (zhEntAt(t, r->k1 - 2, "政府") || zhEntAt(t, r->k1 - 2, "当局")) ) {
    /* 人民政府 and 临时政府 name no place. */
    if( zhEntIsPlaceTag(zhEntWordTag(t, r->k0, r->k1 - 2)) ||
        (r->k1 - 2 - r->k0 == 2 && zhEntAt(t, r->k0, "特区")) )
      zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k1 - 2, ZH_PRI_PLACE, 0, 0);
    return 1;
  }
  return 0;
}

/* The term of a body is part of its name: 第六届 全国人大, 六 届 人大常委会.
** The start of the name with its term, from k0. */
static int withTerm(const ZhEntText *t, int k0) {
  if( k0 < 2 || t->aC[k0 - 1] != 0x5C4A /* 届 */ ) return k0;
  int k = k0 - 2;
  while( k > 0 && k0 - k < 5 &&
         (zhEntCnDigit(t->aC[k - 1]) >= 0 || zhEntIsDigit(t->aC[k - 1])) )
    k--;
  if( k > 0 && t->aC[k - 1] == 0x7B2C /* 第 */ ) k--;
  if( zhEntCnDigit(t->aC[k]) >= 0 || zhEntIsDigit(t->aC[k]) ||
      t->aC[k] == 0x7B2C )
    return k;
  return k0;
}

/* An organisation: a named start, adjacent name words, an organisation
** suffix; the longest such.  It lets the generators after it try the
** word too, but for a chain of places read by units (长沙市 芙蓉区 人民
** 法院: the body is named from the last place; the places before are
** places). */
int zhEntGenOrgSpan(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *r = &w->a[i];
  if( !startsOrg(t, r) ) return 0;
  OrgEnd e = scanOrg(x, w, i);
  if( (x->eGen == ZH_NEST_NESTED || x->bInner) && zhEntIsBodyTag(r) ) {
    /* 北京市总工会 as one word: the place it starts with. */
    int m = zhEntPlacePrefix(t, r->k0, r->k1);
    if( m ) zhEntAddInner(x, ZH_ENT_PLACE, r->k0, r->k0 + m, ZH_PRI_PLACE);
  }
  if( e.jBest >= 0 && isPlaceNotBody(x, w, i, &e) ) e.jBest = -1;
  if( x->eGen == ZH_NEST_UNITS && e.jBest > i + 1 && zhEntIsPlaceWord(t, r) &&
      w->a[i + 1].k0 == r->k1 && zhEntIsPlaceWord(t, &w->a[i + 1]) ) {
    zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k1, ZH_PRI_PLACE, 0, 0);
    return 1;
  }
  if( e.jBest >= 0 ) {
    int k0 = withTerm(t, r->k0), k1 = w->a[e.jBest].k1 - e.kHead;
    zhEntAdd(x, zhEntEndsWithFacility(t, k0, k1) ? ZH_ENT_PLACE : ZH_ENT_ORG,
             k0, k1, ZH_PRI_ORG, 0, 0);
  }
  return 0;
}

int zhEntGenOrgWord(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i];
  if( !zhEntIsOrgWord(&x->t, r) ) return 0;
  zhEntAdd(x, ZH_ENT_ORG, r->k0, r->k1, ZH_PRI_ORG, 0, 0);
  return 1;
}

/* A word made of a body and what follows it: a place and 队 (古巴队,
** 智利队), or a body and a title (司法部长, 市委书记).  The length of the
** body, or 0. */
static int orgInWord(const ZhEntText *t, const ZhEntWord *r) {
  int n = zhEntLen(r);
  if( !r->bHan || n < 3 ) return 0;
  if( t->aC[r->k1 - 1] == 0x961F /* 队 */ &&
      zhEntIsPlaceTag(zhEntWordTag(t, r->k0, r->k1 - 1)) )
    return n;
  if( !zhLexMayEnd(ZH_LEX_BODY_TITLES, t->aC[r->k1 - 1]) ) return 0;
  /* The shorter title first (书记 before 副书记). */
  for( int nTitle = 1; nTitle <= n - 2; nTitle++ ) {
    int m = n - nTitle;
    if( !zhEntLexIs(t, ZH_LEX_BODY_TITLES, r->k0 + m, r->k1) ) continue;
    ZhEntWord body = zhEntSpan(r->k0, r->k0 + m);
    ZhTag e = zhEntWordTag(t, body.k0, body.k1);
    if( e == ZH_TAG_NT || e == ZH_TAG_NST || zhEntIsOrgWord(t, &body) )
      return m;
  }
  return 0;
}

int zhEntGenOrgInWord(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i];
  int m = orgInWord(&x->t, r);
  if( m == 0 ) return 0;
  zhEntAdd(x, ZH_ENT_ORG, r->k0, r->k0 + m, ZH_PRI_ORG, 0, 0);
  return 1;
}

/* A country's mission: a place, 驻 (at r->k1: the caller looked), the
** place it is in and a mission's word (missions.txt): 泰国驻华使馆,
** 美国驻上海总领事馆.  One body by construction, so it stands over the
** labeller, which reads two places there as People's Daily annotates them. */
static void addMission(ZhEntEx *x, const ZhEntWord *r) {
  const ZhEntText *t = &x->t;
  int k = r->k1;
  if( k + 1 >= t->n || !r->bHan ||
      !(zhEntTagIs(r, ZH_TAG_NS) || zhEntIsPlaceWord(t, r)) )
    return;
  for( int m = k + 2; m <= k + 5 && m < t->n && zhEntIsHan(t->aC[m - 1]);
       m++ ) {
    int n = zhLexAt(ZH_LEX_MISSIONS, t->aC, t->n, m, 0);
    if( n == 0 ) continue;
    /* Exact as a number is: with the numbers, before the labeller. */
    zhEntAdd(x, ZH_ENT_ORG, r->k0, m + n, ZH_PRI_NUMBER, 0, 0);
    return;
  }
}

void zhEntGenMissions(ZhEntEx *x, const ZhEntWords *w) {
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; i++ ) {
    /* Most words are followed by no 驻: the cheapest test first. */
    if( w->a[i].k1 < x->t.n && x->t.aC[w->a[i].k1] == 0x9A7B /* 驻 */ )
      addMission(x, &w->a[i]);
  }
}
