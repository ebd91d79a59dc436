/*
** The segmenter's words as the entity rules read them (characters, a tag
** decoded once), and what a word is: a person's name, a place, a part of
** a transliterated name.  The dictionary's tags say much of it; jieba also
** tags everyday words as names (文明, 卫星, 高潮), which these tests weed
** out by frequency, surnames and given-name characters.
*/
#include "internal.h"
#include "../dict_access.h"
#include "../fold.h"
#include "../segment.h"
#include <string.h>

/* Names in the dictionary commoner than this (frequency about 600 in
** jieba's counts) are everyday words that happen to be tagged as names. */
#define ZH_NAME_MIN_COST 11500

/* Words commoner than this (cost in nats * ZH_COST_SCALE: a frequency
** of about 200 in jieba's dictionary) are everyday words. */
#define ZH_COMMON_COST 12500

/* The tag of each tag index of the dictionary (tools/gen_dict.c). */
static const unsigned char aDictTag[64] = {ZH_DICT_TAG_ENUMS};

/* The tag of the word ending at dictionary node iNode. */
static ZhTag dictTag(uint32_t iNode) {
  return (ZhTag)aDictTag[(zhNodeCp[iNode] >> 21) & 63];
}

/* The tag named z of the word aC[0..n), which is the dictionary's own
** name of it (a pointer into its table of names: zhDictTag) unless a user
** word's; a user's tag is taken as it is. */
static ZhTag segTag(const char *z, const int32_t *aC, int n) {
  const char *zTable = zhDictTagName(0);
  if( z >= zTable && z < zTable + 64 * 8 && (z - zTable) % 8 == 0 )
    return zhEntNameTag(aC, n, (ZhTag)aDictTag[(z - zTable) / 8]);
  return zhTagDecode(z);
}

/* True if a given-name character of friso's lists or a transliteration's
** character. */
static int isNameChar(int32_t c) {
  return (zhDictCharFlags(c) & (ZH_CF_GIVEN_FIRST | ZH_CF_GIVEN_LAST)) ||
         zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, c);
}

ZhTag zhEntNameTag(const int32_t *aC, int n, ZhTag e) {
  /* 陈老师: a surname and a form of address (gen_names.c) */
  if( e != ZH_TAG_NR || n != 3 || zhLexIs(ZH_LEX_FORMS_OF_ADDRESS, aC, 1, 3) )
    return e;
  /* 吴兴区: a place with its unit, as the dictionary's 平谷区 n is. */
  if( zhDictCharFlags(aC[2]) & ZH_CF_ADMIN_SUFFIX ) return ZH_TAG_N;
  if( zhLexHasChar(ZH_LEX_EVERYDAY_ENDINGS, aC[2]) ) return ZH_TAG_NN;
  if( !isNameChar(aC[1]) && !isNameChar(aC[2]) ) return ZH_TAG_NN;
  return e;
}

static int collectWord(void *pCtx, const ZhSeg *pSeg) {
  ZhEntWords *w = (ZhEntWords *)pCtx;
  if( w->n == w->nAlloc ) {
    int nNew = w->nAlloc ? w->nAlloc * 2 : 64;
    ZhEntWord *aNew =
        sqlite3_realloc64(w->a, sizeof(ZhEntWord) * (sqlite3_uint64)nNew);
    if( aNew == 0 ) return SQLITE_NOMEM;
    w->a = aNew;
    w->nAlloc = nNew;
  }
  ZhEntWord *r = &w->a[w->n++];
  r->k0 = zhEntCharAt(w->t, pSeg->iStart, &w->kNext);
  r->k1 = zhEntCharAt(w->t, pSeg->iEnd, &w->kNext);
  r->eTag = segTag(pSeg->zTag, w->t->aC + r->k0, r->k1 - r->k0);
  r->bHan = pSeg->nCp > 0;
  return SQLITE_OK;
}

int zhEntWordsRead(ZhEntWords *w, const ZhEntText *t, const char *z, int n,
                   const ZhUserDict *pUser) {
  ZhSegmenter *pSeg = zhSegmenterNew(ZH_FOLD_ALL, pUser);
  memset(w, 0, sizeof(*w));
  w->t = t;
  if( pSeg == 0 ) return SQLITE_NOMEM;
  int rc = zhSegment(pSeg, z, n, collectWord, w);
  zhSegmenterFree(pSeg);
  return rc;
}

void zhEntWordsClear(ZhEntWords *w) {
  sqlite3_free(w->a);
  memset(w, 0, sizeof(*w));
}

ZhEntWord zhEntSpan(int k0, int k1) {
  ZhEntWord r = {k0, k1, ZH_TAG_NONE, 1};
  return r;
}

/* The dictionary's node of the characters [k0, k1), or 0 (the root, no
** word) if they lead nowhere in it. */
static uint32_t wordNode(const ZhEntText *t, int k0, int k1) {
  uint32_t node = 0;
  for( int k = k0; k < k1; k++ ) {
    node = zhDictChild(node, t->aC[k]);
    if( node == 0 ) return 0;
  }
  return node;
}

int zhEntWordCost(const ZhEntText *t, int k0, int k1) {
  uint32_t node = wordNode(t, k0, k1);
  return node ? zhDictCost(node) : -1;
}

ZhTag zhEntTagOfIndex(int iTag) {
  return (ZhTag)aDictTag[iTag & 63];
}

ZhTag zhEntWordTag(const ZhEntText *t, int k0, int k1) {
  uint32_t node = wordNode(t, k0, k1);
  return node && zhDictCost(node) >= 0
             ? zhEntNameTag(t->aC + k0, k1 - k0, dictTag(node))
             : ZH_TAG_OTHER;
}

int zhEntIsCommonWord(const ZhEntText *t, int k0, int k1) {
  int cost = zhEntWordCost(t, k0, k1);
  return cost >= 0 && cost < ZH_COMMON_COST;
}

int zhEntPlacePrefix(const ZhEntText *t, int k0, int k1) {
  int m = 0;
  uint32_t node = 0;
  for( int k = k0; k < k1 - 1; k++ ) {
    node = zhDictChild(node, t->aC[k]);
    if( node == 0 ) break;
    if( k > k0 && zhDictCost(node) >= 0 && zhEntIsPlaceTag(dictTag(node)) )
      m = k + 1 - k0;
  }
  return m;
}

int zhEntSurnameAddressed(const ZhEntText *t, int k) {
  int f = zhDictCharFlags(t->aC[k]);
  return (f & ZH_CF_SURNAME) && !(f & ZH_CF_NOT_IN_NAME) &&
         zhEntLexAt(t, ZH_LEX_FORMS_OF_ADDRESS, k + 1) > 0;
}

int zhEntIsWeakSurname(int32_t c) {
  return (zhDictCharFlags(c) & ZH_CF_NOT_IN_NAME) ||
         zhLexHasChar(ZH_LEX_WEAK_SURNAMES, c);
}

void zhEntAddPerson(ZhEntEx *x, int k0, int k1, int pri) {
  if( k1 - k0 >= 2 && zhEntSurnameAddressed(&x->t, k0) ) k1 = k0 + 1;
  zhEntAdd(x, ZH_ENT_PERSON, k0, k1, pri, 0, 0);
}

/* Three characters the dictionary holds and tags as a name: a person if
** a given name's character follows the surname, or if what follows the
** surname is no noun or verb (雷阵雨 and 安全性 are tagged nr too). */
static int isThreeCharName(const ZhEntText *t, const ZhEntWord *r) {
  if( zhEntSurnameAddressed(t, r->k0) ||
      (zhDictCharFlags(t->aC[r->k0 + 1]) & ZH_CF_GIVEN_FIRST) ||
      (zhDictCharFlags(t->aC[r->k0 + 2]) & ZH_CF_GIVEN_LAST) )
    return 1;
  ZhTag e = zhEntWordTag(t, r->k0 + 1, r->k1);
  return e == ZH_TAG_OTHER ||
         !(e == ZH_TAG_N || e == ZH_TAG_V || e == ZH_TAG_VN);
}

/* A name the segmenter put together.  Its surname may be a word of its
** own (向 各, 连 吃 带, 万 after a number: 10万人); then only a given-name
** character after it makes a name (于丹, 方续虎). */
static int isGuessedName(const ZhEntText *t, const ZhEntWord *r) {
  int32_t c0 = t->aC[r->k0];
  int bWeak =
      zhEntIsWeakSurname(c0) ||
      ((zhDictCharFlags(c0) & ZH_CF_NUMERAL) && r->k0 > 0 &&
       (zhEntIsDigit(t->aC[r->k0 - 1]) || zhEntCnDigit(t->aC[r->k0 - 1]) >= 0));
  if( !bWeak ) return 1;
  if( zhEntLen(r) == 2 )
    return (zhDictCharFlags(t->aC[r->k0 + 1]) & ZH_CF_GIVEN_LAST) != 0;
  return (zhDictCharFlags(t->aC[r->k0 + 1]) & ZH_CF_GIVEN_FIRST) ||
         (zhDictCharFlags(t->aC[r->k0 + 2]) & ZH_CF_GIVEN_LAST);
}

/* A person: a word tagged as a name that starts with a common surname:
** three characters (邓小平), or two that, if the dictionary has them, are
** rarer than everyday words (its name tags cover 文明, 卫星 and 高潮).
** The names the segmenter puts together qualify the same way. */
int zhEntIsPerson(const ZhEntText *t, const ZhEntWord *r) {
  int n = zhEntLen(r);
  if( !r->bHan || n < 2 ) return 0;
  /* 高升镇, 梁沟村, 文明村: jieba tags villages and towns nr; 尤伯杯 and
  ** 汤尤杯, trophies, and 卢浮宫, palaces, too. */
  if( n >= 3 &&
      (zhEntLexChar(t, ZH_LEX_VILLAGE_UNITS, r->k1 - 1) ||
       zhEntLexChar(t, ZH_LEX_NOT_PERSON_ENDINGS, r->k1 - 1)) &&
      !zhEntTagIs(r, ZH_TAG_NRG) )
    return 0;
  /* A known person (THUOCL's list: 周恩来, 恩格斯, 巴蒂斯图塔) needs no
  ** surname; two characters of one still face the everyday-word test
  ** (陆军 is also a name). */
  if( zhEntTagIs(r, ZH_TAG_NRG) ) {
    if( n >= 3 ) return 1;
  } else {
    if( n > 3 || !(zhEntTagIs(r, ZH_TAG_NR) || zhEntTagIs(r, ZH_TAG_NRFG)) )
      return 0;
    if( !(zhDictCharFlags(t->aC[r->k0]) & ZH_CF_SURNAME) ) return 0;
    if( n == 3 && zhEntWordCost(t, r->k0, r->k1) >= 0 )
      return isThreeCharName(t, r);
  }
  int cost = zhEntWordCost(t, r->k0, r->k1);
  if( cost >= 0 ) {
    /* The segmenter may join a surname and a character into a word the
    ** dictionary holds as no name (全 组: 全组 n). */
    ZhTag e = zhEntWordTag(t, r->k0, r->k1);
    if( e != ZH_TAG_OTHER && !zhTagIn(e, ZH_TAGS_PERSON) ) return 0;
    return n == 3 || cost > ZH_NAME_MIN_COST;
  }
  return isGuessedName(t, r);
}

/* A place: tagged so, or a word of three or more characters ending in an
** administrative unit (平谷区 and 门头沟区 are tagged n in the dictionary). */
int zhEntIsKindOfPlace(const ZhEntText *t, int k0, int k1) {
  if( k1 - k0 < 3 || !(zhDictCharFlags(t->aC[k1 - 1]) & ZH_CF_ADMIN_SUFFIX) ||
      !zhEntIsCommonWord(t, k0, k1 - 1) )
    return 0;
  /* 自治区 and 开发区, common words themselves, are units news names as
  ** places; villages are kinds whatever their frequency (贫困村). */
  if( zhEntIsCommonWord(t, k0, k1) &&
      !zhEntLexChar(t, ZH_LEX_VILLAGE_UNITS, k1 - 1) )
    return 0;
  ZhTag e = zhEntWordTag(t, k0, k1 - 1);
  return !zhEntIsPlaceTag(e) && !zhTagIn(e, ZH_TAGS_PERSON);
}

int zhEntIsPlaceWord(const ZhEntText *t, const ZhEntWord *r) {
  if( !r->bHan ) return 0;
  int bAdmin =
      zhEntLen(r) >= 3 &&
      (zhDictCharFlags(t->aC[r->k1 - 1]) & ZH_CF_ADMIN_SUFFIX) &&
      (zhEntTagIs(r, ZH_TAG_N) || zhEntTagIs(r, ZH_TAG_NZ) ||
       zhEntTagIs(r, ZH_TAG_NONE) ||
       (zhEntIsNameTag(r) && zhEntLexChar(t, ZH_LEX_VILLAGE_UNITS, r->k1 - 1)));
  if( bAdmin && zhEntIsKindOfPlace(t, r->k0, r->k1) )
    return 0; /* 文明村, 贫困村, 办公区, 功能区: a kind of place */
  /* 卢浮宫, 白金汉宫: palaces jieba tags as names (nn as zhEntNameTag
  ** reads some). */
  int bPalace = zhEntLen(r) >= 3 &&
                (zhEntIsNameTag(r) || zhEntTagIs(r, ZH_TAG_NN)) &&
                t->aC[r->k1 - 1] == 0x5BAB /* 宫 */;
  if( !bAdmin && !bPalace && !zhEntTagIs(r, ZH_TAG_NS) &&
      !zhEntTagIs(r, ZH_TAG_NSG) )
    return 0;
  /* One character tagged as a place (捷, 泉, 南) is a place only as one of
  ** the countries and regions written so (gen_places.c). */
  return zhEntLen(r) != 1;
}

/* A word that can be part of a transliterated name: its characters all
** transliteration characters, and a lone character or a word the
** dictionary holds as a name or not at all (not 安全, not 西方). */
int zhEntIsTranslitPart(const ZhEntText *t, const ZhEntWord *r) {
  if( !r->bHan ) return 0;
  /* The tags first: they rule out most words at once. */
  if( !(zhEntLen(r) == 1 || zhEntIsNameTag(r) || zhEntTagIs(r, ZH_TAG_NZ) ||
        (r->eTag == ZH_TAG_NONE && zhEntWordCost(t, r->k0, r->k1) < 0)) )
    return 0;
  for( int k = r->k0; k < r->k1; k++ ) {
    if( !zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[k]) ) return 0;
  }
  return 1;
}

/* A title before a name (美国总统克林顿) or a word after it (叶利钦说):
** what makes a word the dictionary tags as a name a person, whatever its
** first character (foreign names start anyhow). */
int zhEntPersonByContext(const ZhEntText *t, const ZhEntWord *r) {
  if( !r->bHan ) return 0;
  if( zhEntLexEnds(t, ZH_LEX_TITLES_BEFORE_NAMES, r->k0) ) return 1;
  return zhEntLexAt(t, ZH_LEX_WORDS_AFTER_NAMES, r->k1) > 0;
}

/* Organisations that are one word the dictionary does not tag nt (欧盟,
** 市委, 海军). */
int zhEntIsOrgWord(const ZhEntText *t, const ZhEntWord *r) {
  return zhEntLen(r) >= 2 && zhEntLexIs(t, ZH_LEX_ORG_WORDS, r->k0, r->k1);
}

/* Buildings and grounds: a name ending so is a place, as news annotation
** counts it (人民大会堂, 中国美术馆, 北京图书大厦, 虹口体育馆), though the
** same words end the names of bodies.  Inns, embassies and service points
** are bodies. */
int zhEntEndsWithFacility(const ZhEntText *t, int k0, int k1) {
  if( !zhLexMayEnd(ZH_LEX_FACILITIES, t->aC[k1 - 1]) ) return 0;
  if( zhLexEndsAt(ZH_LEX_FACILITY_BODIES, t->aC, k0, k1) ) return 0;
  return zhLexEndsAt(ZH_LEX_FACILITIES, t->aC, k0 + 1, k1) > 0;
}

/* True if a foreign name [k0, k1) stands where a place does: after 在, 到
** or 赴 and before a comma or a full stop (在 图卢兹 ，, 在 伯尔尼 ，). */
int zhEntPlaceBetweenPunct(const ZhEntText *t, int k0, int k1) {
  if( k0 < 1 || k1 >= t->n ) return 0;
  int32_t cBefore = t->aC[k0 - 1], cAfter = t->aC[k1];
  return (cBefore == 0x5728 /* 在 */ || cBefore == 0x5230 /* 到 */ ||
          cBefore == 0x8D74 /* 赴 */) &&
         (cAfter == ',' /* ， folded */ || cAfter == 0x3002 /* 。 */ ||
          cAfter == 0x3001 /* 、 */);
}
