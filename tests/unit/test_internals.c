/*
** Unit tests for the internals: UTF-8 decoding, character classes,
** folding, the scanner and option parsing.  Linked with the static
** (SQLITE_CORE) build of the extension and the system's libsqlite3.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../ext/fold.h"
#include "../../ext/options.h"
#include "../../ext/scan.h"
#include "../../ext/script.h"
#include "../../ext/segment.h"
#include "../../ext/dict_access.h"
#include "../../ext/tokenizer.h"
#include "../../ext/utf8.h"
#include "../../ext/entities/model.h"
#include "../../ext/entities/lexicon.h"

static int nPass = 0, nFail = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if( cond ) {                                                               \
      nPass++;                                                                 \
    } else {                                                                   \
      nFail++;                                                                 \
      fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond);       \
    }                                                                          \
  } while( 0 )

static int32_t decode(const char *z, int n, int *pLen) {
  return zhUtf8Decode((const unsigned char *)z, n, pLen);
}

static void testUtf8(void) {
  int len;
  CHECK(decode("a", 1, &len) == 'a' && len == 1);
  CHECK(decode("\xC3\xA9", 2, &len) == 0xE9 && len == 2);
  CHECK(decode("\xE5\xB7\xA5", 3, &len) == 0x5DE5 && len == 3);
  CHECK(decode("\xF0\xA0\x80\x80", 4, &len) == 0x20000 && len == 4);
  /* Overlong, surrogate, beyond U+10FFFF, stray continuation. */
  CHECK(decode("\xC0\x80", 2, &len) == ZH_INVALID_CP && len == 1);
  CHECK(decode("\xE0\x80\x80", 3, &len) == ZH_INVALID_CP && len == 1);
  CHECK(decode("\xED\xA0\x80", 3, &len) == ZH_INVALID_CP && len == 1);
  CHECK(decode("\xF4\x90\x80\x80", 4, &len) == ZH_INVALID_CP && len == 1);
  CHECK(decode("\x80", 1, &len) == ZH_INVALID_CP && len == 1);
  /* A sequence cut short by the end of the buffer is not read past it. */
  CHECK(decode("\xE5\xB7\xA5", 2, &len) == ZH_INVALID_CP && len == 1);
  CHECK(decode("\xF0\xA0\x80\x80", 3, &len) == ZH_INVALID_CP && len == 1);
  CHECK(zhUtf8Check("\xE5\xB7\xA5\xFF", 4) == 3);
  CHECK(zhUtf8Check("abc", 3) == -1);
  unsigned char buf[4];
  for( int32_t c = 0; c < 0x110000; c += 0x101 ) {
    if( c >= 0xD800 && c < 0xE000 ) continue;
    int n = zhUtf8Encode(c, buf);
    if( decode((const char *)buf, n, &len) != c || len != n ) {
      CHECK(0);
      break;
    }
  }
  CHECK(1);
}

/* zhUtf8Check as a loop of zhUtf8Decode: what its fast paths (8 ASCII
** bytes, a 3-byte character) must agree with. */
static int checkByDecoding(const char *z, int n) {
  for( int i = 0, len; i < n; i += len ) {
    if( decode(z + i, n - i, &len) == ZH_INVALID_CP ) return i;
  }
  return -1;
}

/* Random strings of the bytes that decide validity, each cut at every
** length: the first bad offset is the same. */
static void testUtf8Check(void) {
  static const unsigned char aByte[] = {'a',  0x00, 0x7F, 0x80, 0x9F, 0xA0,
                                        0xBF, 0xC2, 0xE0, 0xE4, 0xED, 0xEF,
                                        0xF0, 0xF4, 0xF5, 0xFF};
  uint32_t r = 12345;
  char z[24];
  int nBad = 0;
  CHECK(zhUtf8Check("abcdefgh\xFF", 9) == 8);
  CHECK(zhUtf8Check("abcdefg\xE5\xB7", 9) == 7);       /* cut short */
  CHECK(zhUtf8Check("\xED\xA0\x80-bcdefgh", 11) == 0); /* a surrogate */
  CHECK(zhUtf8Check("\xE0\x80\x80", 3) == 0);          /* overlong */
  for( int t = 0; t < 200000; t++ ) {
    int n = 0;
    while( n < (int)sizeof(z) ) {
      r = r * 1103515245u + 12345u;
      /* Runs of ASCII, so that the 8-byte path meets each ending, and
      ** whole characters (工), so that the 3-byte path does. */
      int e = (int)((r >> 24) % 4);
      if( e == 0 ) {
        z[n++] = (char)aByte[(r >> 16) % sizeof(aByte)];
      } else if( e == 1 && n + 3 <= (int)sizeof(z) ) {
        memcpy(z + n, "\xE5\xB7\xA5", 3);
        n += 3;
      } else {
        z[n++] = 'a';
      }
    }
    for( int m = 0; m <= n; m++ )
      nBad += zhUtf8Check(z, m) != checkByDecoding(z, m);
  }
  CHECK(nBad == 0);
}

static void testClasses(void) {
  CHECK(zhScriptClass('a') == ZH_WORD);
  CHECK(zhScriptClass('7') == ZH_WORD);
  CHECK(zhScriptClass(' ') == ZH_GAP);
  CHECK(zhScriptClass('%') == ZH_GAP);
  CHECK(zhScriptClass(0x5DE5) == ZH_IDEO);  /* 工 */
  CHECK(zhScriptClass(0x3400) == ZH_IDEO);  /* extension A */
  CHECK(zhScriptClass(0x20000) == ZH_IDEO); /* extension B */
  CHECK(zhScriptClass(0x3007) == ZH_IDEO);  /* 〇 */
  CHECK(zhScriptClass(0x3042) == ZH_IDEO);  /* あ */
  CHECK(zhScriptClass(0x30FC) == ZH_IDEO);  /* ー */
  CHECK(zhScriptClass(0x30FB) == ZH_GAP);   /* ・ */
  CHECK(zhScriptClass(0xD55C) == ZH_IDEO);  /* 한 */
  CHECK(zhScriptClass(0xFF0C) == ZH_GAP);   /* ， */
  CHECK(zhScriptClass(0x3001) == ZH_GAP);   /* 、 */
  CHECK(zhScriptClass(0x0301) == ZH_MARK);
  CHECK(zhScriptClass(0x00E9) == ZH_WORD); /* é */
  CHECK(zhScriptClass(0x0416) == ZH_WORD); /* Ж */
  CHECK(zhScriptClass(0x1F600) == ZH_GAP); /* emoji */
}

static int foldOne(int flags, const char *z, int32_t *aOut) {
  return zhFoldCluster(flags, (const unsigned char *)z, (int)strlen(z), aOut);
}

static void testFold(void) {
  int32_t a[ZH_FOLD_MAX];
  CHECK(zhT2s(0x6703) == 0x4F1A); /* 會 -> 会 */
  CHECK(zhT2s(0x81FA) == 0x53F0); /* 臺 -> 台 */
  CHECK(zhT2s(0x5F8C) == 0x540E); /* 後 -> 后 */
  CHECK(zhT2s(0x8457) == 0x8457); /* 著 stays: simplified text writes 著名 */
  CHECK(zhT2s(0x4E7E) == 0x4E7E); /* 乾 stays */
  CHECK(zhT2s('a') == 'a');
  CHECK(foldOne(ZH_FOLD_ALL, "\xEF\xBC\xA1", a) == 1 && a[0] == 'a'); /* Ａ */
  CHECK(foldOne(ZH_FOLD_NFKC, "\xEF\xBC\xA1", a) == 1 && a[0] == 'A');
  CHECK(foldOne(ZH_FOLD_CASE, "\xEF\xBC\xA1", a) == 1 && a[0] == 0xFF41);
  CHECK(foldOne(ZH_FOLD_ALL, "\xEF\xAC\x81", a) == 2 && a[0] == 'f' &&
        a[1] == 'i');
  CHECK(foldOne(ZH_FOLD_ALL, "\xE2\x80\x8B", a) == 0); /* ZWSP */
  CHECK(foldOne(ZH_FOLD_ALL, "e\xCC\x81", a) == 1 && a[0] == 0xE9);
  CHECK(foldOne(ZH_FOLD_ALL, "\xE2\x97\x8B", a) == 1 && a[0] == 0x3007); /* ○ */
  CHECK(foldOne(ZH_FOLD_ALL & ~ZH_FOLD_NFKC, "\xE2\x97\x8B", a) == 1 &&
        a[0] == 0x25CB);
  CHECK(foldOne(ZH_FOLD_ALL, "\xE6\x9C\x83", a) == 1 &&
        a[0] == 0x4F1A); /* 會 */
  CHECK(foldOne(0, "\xE6\x9C\x83", a) == 1 && a[0] == 0x6703);
  /* The table is closed under itself, so folding is idempotent. */
  int bIdem = 1;
  for( int32_t c = 0x3400; c < 0xA000; c++ ) {
    if( zhT2s(zhT2s(c)) != zhT2s(c) ) bIdem = 0;
  }
  CHECK(bIdem);
}

typedef struct Collect Collect;
struct Collect {
  int nTok, nText, bBad, nStopAt;
  char aOut[4096];
  int nOut;
};

static int collectToken(void *pCtx, ZhToken *pTok) {
  Collect *c = (Collect *)pCtx;
  if( pTok->iStart < 0 || pTok->iEnd > c->nText || pTok->iStart >= pTok->iEnd ||
      pTok->n <= 0 || pTok->n > ZH_MAX_TOKEN ) {
    c->bBad = 1;
  }
  if( c->nOut + pTok->n + 2 < (int)sizeof(c->aOut) ) {
    if( pTok->bGap ) c->aOut[c->nOut++] = '|';
    memcpy(c->aOut + c->nOut, pTok->z, pTok->n);
    c->nOut += pTok->n;
    c->aOut[c->nOut++] = ' ';
    c->aOut[c->nOut] = 0;
  }
  c->nTok++;
  if( c->nStopAt && c->nTok == c->nStopAt ) return SQLITE_ABORT;
  return SQLITE_OK;
}

static const char *scan(const char *z, int n, Collect *c) {
  ZhBuf buf = {0, 0};
  memset(c, 0, sizeof(*c));
  c->nText = n;
  zhScan(ZH_FOLD_ALL, z, n, &buf, collectToken, c);
  zhBufFree(&buf);
  return c->aOut;
}

static void testScan(void) {
  Collect c;
  CHECK(strcmp(scan("工会，EAP计划", 18, &c), "|工 会 |eap 计 划 ") == 0);
  CHECK(strcmp(scan("2024年5月", 11, &c), "|2024 年 5 月 ") == 0);
  CHECK(strcmp(scan("", 0, &c), "") == 0 && c.nTok == 0);
  CHECK(strcmp(scan("，。！", 9, &c), "") == 0 && c.nTok == 0);
  /* NUL inside the text separates. */
  CHECK(strcmp(scan("a\0b", 3, &c), "|a |b ") == 0);
  /* A truncated sequence at the end is not read past (ASan would see). */
  {
    char *z = malloc(2);
    memcpy(z, "\xE5\xB7", 2);
    scan(z, 2, &c);
    CHECK(c.nTok == 0 && !c.bBad);
    free(z);
  }
  /* Long words are cut at ZH_MAX_TOKEN bytes, offsets still cover all. */
  {
    int n = 5000;
    char *z = malloc(n);
    memset(z, 'x', n);
    scan(z, n, &c);
    CHECK(c.nTok == 1 && !c.bBad);
    free(z);
  }
  /* A letter with many combining marks stays bounded. */
  {
    int n = 1 + 2 * 300;
    char *z = malloc(n);
    z[0] = 'a';
    for( int i = 0; i < 300; i++ ) {
      z[1 + 2 * i] = (char)0xCC;
      z[2 + 2 * i] = (char)0x81;
    }
    scan(z, n, &c);
    CHECK(c.nTok >= 1 && !c.bBad);
    free(z);
  }
  /* Random bytes: every token lies inside the text. */
  {
    unsigned int seed = 12345;
    char z[512];
    int bBad = 0;
    for( int iter = 0; iter < 2000; iter++ ) {
      int n = (int)(seed % sizeof(z));
      for( int i = 0; i < n; i++ ) {
        seed = seed * 1103515245u + 12345u;
        z[i] = (char)(seed >> 16);
      }
      scan(z, n, &c);
      bBad |= c.bBad;
    }
    CHECK(!bBad);
  }
  /* xToken's first non-OK code stops the scan and is returned. */
  {
    ZhBuf buf = {0, 0};
    memset(&c, 0, sizeof(c));
    c.nText = 12;
    c.nStopAt = 2;
    CHECK(zhScan(ZH_FOLD_ALL, "工会主席", 12, &buf, collectToken, &c) ==
          SQLITE_ABORT);
    CHECK(c.nTok == 2);
    zhBufFree(&buf);
  }
}

typedef struct Fts5Collect Fts5Collect;
struct Fts5Collect {
  char aOut[256];
  int nOut;
  int nCall;
  int rcAt;
  int rc;
};

static int fts5Collect(void *pCtx, int tflags, const char *z, int n, int s,
                       int e) {
  Fts5Collect *p = (Fts5Collect *)pCtx;
  (void)s;
  (void)e;
  p->nCall++;
  if( p->rcAt && p->nCall == p->rcAt ) return SQLITE_NOMEM;
  if( p->nOut + n + 3 < (int)sizeof(p->aOut) ) {
    if( tflags & FTS5_TOKEN_COLOCATED ) p->aOut[p->nOut++] = '+';
    memcpy(p->aOut + p->nOut, z, n);
    p->nOut += n;
    p->aOut[p->nOut++] = ' ';
    p->aOut[p->nOut] = 0;
  }
  return SQLITE_OK;
}

static const char *runTok(ZhTokenizer *t, int flags, const char *z,
                          Fts5Collect *c, int rcAt) {
  memset(c, 0, sizeof(*c));
  c->rcAt = rcAt;
  c->rc = zhTokenizerRun(t, flags, z, (int)strlen(z), c, fts5Collect);
  return c->aOut;
}

static void testTokenizer(void) {
  ZhOptions opt;
  ZhTokenizer t;
  Fts5Collect c;
  char *zErr = 0;
  CHECK(zhOptionsParse(&opt, 0, 0, &zErr) == SQLITE_OK);
  CHECK(zhTokenizerInit(&t, 0, &opt, &zErr) == SQLITE_OK);
  /* A separator token between runs; the same tokens for a query. */
  CHECK(strcmp(runTok(&t, FTS5_TOKENIZE_DOCUMENT, "工会 主席", &c, 0),
               "工 会 | 主 席 ") == 0);
  CHECK(strcmp(runTok(&t, FTS5_TOKENIZE_QUERY, "工会 主席", &c, 0),
               "工 会 | 主 席 ") == 0);
  CHECK(strcmp(runTok(&t, FTS5_TOKENIZE_QUERY, "，工会，", &c, 0), "工 会 ") ==
        0);
  /* The first non-OK code from xToken stops tokenizing and is returned. */
  runTok(&t, FTS5_TOKENIZE_DOCUMENT, "工会主席", &c, 2);
  CHECK(c.rc == SQLITE_NOMEM && c.nCall == 2);
  zhTokenizerClear(&t);

  /* Words mode: subwords colocated in documents, not in queries. */
  const char *azWords[] = {"mode", "words"};
  CHECK(zhOptionsParse(&opt, 2, azWords, &zErr) == SQLITE_OK);
  CHECK(zhTokenizerInit(&t, 0, &opt, &zErr) == SQLITE_OK);
  CHECK(strcmp(runTok(&t, FTS5_TOKENIZE_DOCUMENT, "总工会2024年", &c, 0),
               "总工会 +总工 +工会 2024年 +2024 ") == 0);
  CHECK(strcmp(runTok(&t, FTS5_TOKENIZE_QUERY, "总工会2024年", &c, 0),
               "总工会 2024年 ") == 0);
  for( int k = 1; k <= 4; k++ ) {
    runTok(&t, FTS5_TOKENIZE_DOCUMENT, "总工会2024年", &c, k);
    CHECK(c.rc == SQLITE_NOMEM && c.nCall == k);
  }
  zhTokenizerClear(&t);
}

typedef struct SegCollect SegCollect;
struct SegCollect {
  char aOut[1024];
  int nOut;
  int nText;
  int bBad;
};

static int segCollect(void *pCtx, const ZhSeg *pSeg) {
  SegCollect *c = (SegCollect *)pCtx;
  if( pSeg->iStart < 0 || pSeg->iEnd > c->nText || pSeg->iStart >= pSeg->iEnd )
    c->bBad = 1;
  if( c->nOut + pSeg->n + 2 < (int)sizeof(c->aOut) ) {
    memcpy(c->aOut + c->nOut, pSeg->z, pSeg->n);
    c->nOut += pSeg->n;
    c->aOut[c->nOut++] = ' ';
    c->aOut[c->nOut] = 0;
  }
  return SQLITE_OK;
}

static const char *seg(ZhSegmenter *p, const char *z, SegCollect *c) {
  memset(c, 0, sizeof(*c));
  c->nText = (int)strlen(z);
  zhSegment(p, z, c->nText, segCollect, c);
  return c->aOut;
}

static void testSegmenter(void) {
  ZhSegmenter *p = zhSegmenterNew(ZH_FOLD_ALL, 0);
  ZhUserDict *pUser = zhUserDictNew();
  SegCollect c;
  CHECK(zhDictCheck() == 0 && zhDictWordCount() > 300000);
  /* Numbers, dates, percentages, decimals. */
  CHECK(strcmp(seg(p, "2024年5月25日", &c), "2024年 5月 25日 ") == 0);
  CHECK(strcmp(seg(p, "二○○一年十二月", &c), "二〇〇一年 十二月 ") == 0);
  CHECK(strcmp(seg(p, "占95%，增长3.5个", &c), "占 95% 增长 3.5 个 ") == 0);
  CHECK(strcmp(seg(p, "一年", &c), "一 年 ") == 0);
  /* Unknown names: a surname and one or two lone characters. */
  CHECK(strcmp(seg(p, "何艳静在簋街", &c), "何艳静 在 簋街 ") == 0);
  CHECK(strcmp(seg(p, "张说", &c), "张 说 ") == 0);
  /* Traditional text is folded first. */
  CHECK(strcmp(seg(p, "北京市總工會", &c), "北京市总工会 ") == 0);
  /* Long runs are cut deterministically, offsets stay inside the text. */
  {
    int n = 3 * 5000;
    char *z = malloc(n + 1);
    for( int i = 0; i < 5000; i++ ) memcpy(z + 3 * i, "工", 3);
    z[n] = 0;
    seg(p, z, &c);
    CHECK(!c.bBad);
    free(z);
  }
  zhSegmenterFree(p);

  /* User words: used at once, removed at once. */
  int32_t aWord[] = {0x6885, 0x70B3, 0x8D85}; /* 梁炳超 */
  int32_t aWord2[] = {0x6C47, 0x6C47};        /* 汇汇 */
  p = zhSegmenterNew(ZH_FOLD_ALL, pUser);
  CHECK(zhUserDictAdd(pUser, aWord2, 2, 100, "nz") == SQLITE_OK);
  CHECK(strcmp(seg(p, "汇汇", &c), "汇汇 ") == 0);
  CHECK(zhUserDictCount(pUser) == 1 && zhUserDictMaxLen(pUser) == 2);
  for( int i = 0; i < 200; i++ ) {
    int32_t a[2] = {0x4E00 + i, 0x4E01 + i};
    zhUserDictAdd(pUser, a, 2, 5000, 0);
  }
  CHECK(zhUserDictAdd(pUser, aWord, 3, 100, 0) == SQLITE_OK);
  CHECK(zhUserDictCost(pUser, aWord, 3, 0) == 100);
  CHECK(zhUserDictRemove(pUser, aWord2, 2) == SQLITE_OK);
  CHECK(zhUserDictCost(pUser, aWord2, 2, 0) == -1);
  CHECK(zhUserDictCost(pUser, aWord, 3, 0) == 100);
  CHECK(strcmp(seg(p, "汇汇", &c), "汇 汇 ") == 0);
  zhSegmenterFree(p);
  zhUserDictFree(pUser);

  /* A user word exactly as cheap as the dictionary's best path through it
  ** wins the tie: 职工技师 is one word, not 职工 技师. */
  int32_t aTie[] = {0x804C, 0x5DE5, 0x6280, 0x5E08}; /* 职工技师 */
  pUser = zhUserDictNew();
  p = zhSegmenterNew(ZH_FOLD_ALL, pUser);
  CHECK(strcmp(seg(p, "职工技师", &c), "职工 技师 ") == 0);
  int nTie = zhSplitCost(p, aTie, 4) + ZH_WORD_BONUS;
  CHECK(zhUserDictAdd(pUser, aTie, 4, nTie, 0) == SQLITE_OK);
  CHECK(strcmp(seg(p, "职工技师", &c), "职工技师 ") == 0);
  /* One more, and the dictionary's path is the cheaper. */
  CHECK(zhUserDictAdd(pUser, aTie, 4, nTie + 1, 0) == SQLITE_OK);
  CHECK(strcmp(seg(p, "职工技师", &c), "职工 技师 ") == 0);
  zhSegmenterFree(p);
  zhUserDictFree(pUser);
}

/* Subwords as a list of (first, length) pairs. */
typedef struct SubList SubList;
struct SubList {
  int a[512], n;
};

static int subCollect(void *pCtx, int iFirst, int nChar) {
  SubList *l = (SubList *)pCtx;
  if( l->n + 2 <= 512 ) {
    l->a[l->n++] = iFirst;
    l->a[l->n++] = nChar;
  }
  return SQLITE_OK;
}

/* Each Han word's subwords from the segmenter's lookups are those of a
** walk of the dictionary; counts the words and the disagreements. */
static int subCompare(void *pCtx, const ZhSeg *pSeg) {
  int *aCount = (int *)pCtx;
  SubList a = {{0}, 0}, b = {{0}, 0};
  if( pSeg->nCp < 2 ) return SQLITE_OK;
  zhSegSubwords(pSeg, 0, subCollect, &a);
  zhSubwords(0, pSeg->aCp, pSeg->nCp, subCollect, &b);
  aCount[0]++;
  aCount[1] += a.n > 0;
  if( a.n != b.n || memcmp(a.a, b.a, sizeof(int) * a.n) ) aCount[2]++;
  return SQLITE_OK;
}

static void testSubwords(void) {
  static const char *azText[] = {
      "北京市总工会召开会议，中华人民共和国国务院新闻办公室举行发布会",
      "二〇二四年十二月，何艳静在簋街餐饮业工会联合会成立大会上当选主席",
      "射雕英雄传笑傲江湖天龙八部鹿鼎记倚天屠龙记"
      "马克思列宁主义毛泽东思想邓小平理论",
  };
  ZhSegmenter *p = zhSegmenterNew(ZH_FOLD_ALL, 0);
  int aCount[3] = {0, 0, 0};
  for( size_t k = 0; k < sizeof(azText) / sizeof(azText[0]); k++ ) {
    zhSegment(p, azText[k], (int)strlen(azText[k]), subCompare, aCount);
  }
  CHECK(aCount[0] > 20 && aCount[1] > 5 && aCount[2] == 0);
  zhSegmenterFree(p);
}

/* The node info of node i, read from the node arrays alone. */
static int sameInfo(uint64_t e, uint32_t i) {
  uint64_t want = zhDictNodeInfo(i);
  return ZH_INFO_NODE(e) == i && ZH_INFO_COST(e) == ZH_INFO_COST(want) &&
         ZH_INFO_KIDS(e) == ZH_INFO_KIDS(want) &&
         ZH_INFO_TAG(e) == ZH_INFO_TAG(want);
}

/* The root table and the edge table (dict.h) agree with the trie's node
** arrays: every edge is found with its node's cost, tag and children, and
** a character after a node that has no such child finds none. */
static void testDictIndex(void) {
  int nBad = 0, nEdge = 0, nMissing = 0;
  for( int32_t c = 0x4E00; c <= 0x9FFF; c++ ) {
    uint32_t i = zhDictSearch(0, c);
    uint64_t e = zhDictRoot(c);
    if( i ? !sameInfo(e, i) : ZH_INFO_NODE(e) != 0 ) nBad++;
  }
  for( uint32_t i = 1; i < ZH_DICT_NODES; i++ ) {
    uint32_t first = zhNodeFirst[i], n = zhNodeCost[i] & 0xFFFF;
    int32_t cAbsent = 0x4E00 + (int32_t)(i * 7919u % 0x5200);
    for( uint32_t k = first; k < first + n; k++ ) {
      int32_t c = (int32_t)(zhNodeCp[k] & 0x1FFFFF);
      if( !zhDictIsCore(c) ) continue;
      nEdge++;
      if( !sameInfo(zhDictEdge(zhDictEdgeParent(i), c), k) ) nBad++;
      if( zhDictChild(i, c) != k ) nBad++;
    }
    if( zhDictSearch(i, cAbsent) == 0 ) {
      nMissing++;
      if( zhDictEdge(zhDictEdgeParent(i), cAbsent) != ZH_INFO_NONE ) nBad++;
    }
  }
  CHECK(nBad == 0);
  CHECK(nEdge > 400000 && nMissing > 400000);
}

static void testOptions(void) {
  ZhOptions opt;
  char *zErr = 0;
  const char *az1[] = {"t2s", "0", "nfkc", "0"};
  const char *az2[] = {"t2s"};
  const char *az3[] = {"bogus", "1"};
  CHECK(zhOptionsParse(&opt, 4, az1, &zErr) == SQLITE_OK &&
        opt.fold == ZH_FOLD_CASE && zErr == 0);
  CHECK(zhOptionsParse(&opt, 1, az2, &zErr) == SQLITE_ERROR && zErr &&
        strcmp(zErr, "zh: option 't2s' has no value") == 0);
  sqlite3_free(zErr);
  CHECK(zhOptionsParse(&opt, 2, az3, &zErr) == SQLITE_ERROR && zErr &&
        strcmp(zErr, "zh: unknown option 'bogus'") == 0);
  sqlite3_free(zErr);
  CHECK(zhOptionsParseString(&opt, "  mode   substring\tcasefold 0 ", &zErr) ==
            SQLITE_OK &&
        opt.fold == (ZH_FOLD_NFKC | ZH_FOLD_T2S));
  CHECK(zhOptionsParseString(&opt, 0, &zErr) == SQLITE_OK &&
        opt.fold == ZH_FOLD_ALL);
}

/*
** The user dictionary against a plain array, through a long random run of
** adds and removes over a small set of words (so that probe runs collide
** and removals move words back): every word is found exactly when the
** reference holds it, with its cost, and the longest length stays right.
*/
static void testUserDict(void) {
  enum { N_WORD = 300, N_STEP = 20000 };
  static int aCost[N_WORD]; /* -1: absent */
  int32_t aWord[8];
  ZhUserDict *p = zhUserDictNew();
  unsigned r = 12345;
  int bOk = p != 0;
  for( int i = 0; i < N_WORD; i++ ) aCost[i] = -1;
  for( int step = 0; bOk && step < N_STEP; step++ ) {
    r = r * 1103515245u + 12345u;
    int iWord = (int)((r >> 8) % N_WORD), nCp = 1 + iWord % 6;
    for( int k = 0; k < nCp; k++ ) aWord[k] = 0x4E00 + iWord * 7 + k;
    if( (r >> 20) % 3 ) {
      bOk = zhUserDictAdd(p, aWord, nCp, step, "n") == SQLITE_OK;
      aCost[iWord] = step;
    } else {
      bOk = zhUserDictRemove(p, aWord, nCp) == SQLITE_OK;
      aCost[iWord] = -1;
    }
    int nWord = 0, nMax = 0;
    for( int i = 0; bOk && i < N_WORD; i++ ) {
      int n = 1 + i % 6;
      for( int k = 0; k < n; k++ ) aWord[k] = 0x4E00 + i * 7 + k;
      bOk = zhUserDictCost(p, aWord, n, 0) == aCost[i];
      if( aCost[i] >= 0 ) {
        nWord++;
        if( n > nMax ) nMax = n;
      }
    }
    bOk = bOk && zhUserDictCount(p) == nWord && zhUserDictMaxLen(p) == nMax;
  }
  CHECK(bOk);
  /* Removing the longest words, length by length, shortens the longest. */
  for( int n = 6; bOk && n >= 1; n-- ) {
    for( int i = 0; i < N_WORD; i++ ) {
      if( 1 + i % 6 != n ) continue;
      for( int k = 0; k < n; k++ ) aWord[k] = 0x4E00 + i * 7 + k;
      bOk = bOk && zhUserDictRemove(p, aWord, n) == SQLITE_OK;
    }
    bOk = bOk && zhUserDictMaxLen(p) == n - 1;
  }
  CHECK(bOk && zhUserDictCount(p) == 0);
  zhUserDictFree(p);
}

/* zhEntModelRead: the embedded model reads; a blob with a bad magic, too
** short for its rows, or a start or pair weight past 2^28 (which would
** overflow Viterbi's 32-bit sums) is no model. */
static void putLe32(unsigned char *a, int32_t v) {
  for( int i = 0; i < 4; i++ ) a[i] = (unsigned char)((uint32_t)v >> (8 * i));
}
static void testEntityModel(void) {
  ZhEntModel m;
  size_t nByte = ZH_ENT_MODEL_HEADER + ((size_t)ZH_LABEL_LANES << 8);
  unsigned char *a = calloc(1, nByte);
  CHECK(zhEntModelEmbedded(&m) == &m && m.nBits >= 8);
  /* zhEntFeatures is compiled for the shipped model's templates. */
  CHECK(m.mTemplate == ZH_ENT_TEMPLATES_SHIPPED);
  /* numbers.c finds where a number may start by the dictionary's numeral
  ** flag: the core Han characters it marks are the Chinese digits and
  ** units the number parser reads. */
  int nDiffer = 0;
  for( int32_t c = 0x4E00; c <= 0x9FFF; c++ ) {
    int bFlag = (zhDictCharFlags(c) & ZH_CF_NUMERAL) != 0;
    nDiffer += bFlag != (zhEntCnDigit(c) >= 0 || zhEntCnUnit(c) > 0);
  }
  CHECK(nDiffer == 0);
  {
    /* The weights read (maybe a copy in a huge page, model_pages.c) are
    ** the embedded ones, and the same copy every time. */
    extern const unsigned char zh_ent_model_blob[];
    size_t nW = (size_t)ZH_LABEL_LANES << m.nBits;
    const int8_t *aW = m.aW;
    CHECK(memcmp(aW, zh_ent_model_blob + ZH_ENT_MODEL_HEADER, nW) == 0);
    CHECK(zhEntModelEmbedded(&m) == &m && m.aW == aW);
  }
  memcpy(a, ZH_ENT_MODEL_MAGIC, 8);
  putLe32(a + 8, 8);
  putLe32(a + 16, ZH_LABELS);
  CHECK(zhEntModelRead(&m, a, nByte) == 0 && m.nBits == 8);
  CHECK(zhEntModelRead(&m, a, nByte - 1) == 1);
  putLe32(a + 24 + 4 * ZH_LABEL_LANES + 4 * 17, 1 << 28);
  CHECK(zhEntModelRead(&m, a, nByte) == 0 && m.aTrans[17] == 1 << 28);
  putLe32(a + 24 + 4 * ZH_LABEL_LANES + 4 * 17, (1 << 28) + 1);
  CHECK(zhEntModelRead(&m, a, nByte) == 1);
  putLe32(a + 24 + 4 * ZH_LABEL_LANES + 4 * 17, 0);
  putLe32(a + 24 + 4 * 3, -(1 << 28) - 1);
  CHECK(zhEntModelRead(&m, a, nByte) == 1);
  putLe32(a + 24 + 4 * 3, 0);
  a[0] ^= 1;
  CHECK(zhEntModelRead(&m, a, nByte) == 1);
  free(a);
}

/* The gazetteer of places is looked up by hash (zhLexIs) and, for the
** words at a place of a text, by its sorted table (zhLexAt): every word
** of its file must be found both ways, and a word with one character more
** or less must get the same answer from both. */
static void testLexiconHash(void) {
  char zLine[256];
  int nWord = 0, nFound = 0, nDiffer = 0;
  FILE *f = fopen("ext/entities/lexicons/places_thuocl.txt", "r");
  CHECK(f != 0 && zhLexInfo[ZH_LEX_PLACES_THUOCL].aSlot != 0);
  while( f && fgets(zLine, sizeof(zLine), f) ) {
    int32_t a[20];
    int n = 0, len;
    if( zLine[0] == '#' ) continue;
    for( int i = 0; zLine[i] && zLine[i] != '\n' && n < 18; i += len )
      a[n++] = decode(zLine + i, (int)strlen(zLine + i), &len);
    a[n] = 0x533A; /* 区 */
    nWord++;
    nFound += zhLexIs(ZH_LEX_PLACES_THUOCL, a, 0, n) &&
              zhLexAt(ZH_LEX_PLACES_THUOCL, a, n, 0, 0) == n;
    for( int m = n - 1; m <= n + 1; m += 2 ) {
      int bSorted = zhLexAt(ZH_LEX_PLACES_THUOCL, a, m, 0, 0) == m;
      nDiffer += zhLexIs(ZH_LEX_PLACES_THUOCL, a, 0, m) != bSorted;
    }
  }
  if( f ) fclose(f);
  CHECK(nWord > 20000 && nFound == nWord);
  CHECK(nDiffer == 0);
  int32_t aTangshan[] = {0x533A, 0x6C64, 0x5C71}; /* 区汤山 */
  CHECK(zhLexIs(ZH_LEX_PLACES_THUOCL, aTangshan, 1, 3));
  CHECK(!zhLexIs(ZH_LEX_PLACES_THUOCL, aTangshan, 0, 3));
  CHECK(!zhLexIs(ZH_LEX_PLACES_THUOCL, aTangshan, 1, 1));
}

/* Every word of name_kinds.txt names the kind it gives as zh_entities
** spells kinds (one of person, place, organization): extract.c leaves a
** name whose listed kind it cannot read as the labeller had it. */
static void testNameKinds(void) {
  const ZhLexInfo *p = &zhLexInfo[ZH_LEX_NAME_KINDS];
  int nBad = 0;
  for( int i = p->iWord; i < p->iWord + p->nWord; i++ ) {
    char *zErr = 0;
    int m = zhEntityKinds(zhLexValue(i), &zErr);
    sqlite3_free(zErr);
    nBad += m != ZH_ENT_PERSON && m != ZH_ENT_PLACE && m != ZH_ENT_ORG;
  }
  CHECK(p->nWord >= 20);
  CHECK(nBad == 0);
}

int main(void) {
  testUtf8();
  testUtf8Check();
  testClasses();
  testFold();
  testScan();
  testTokenizer();
  testSegmenter();
  testDictIndex();
  testSubwords();
  testOptions();
  testUserDict();
  testEntityModel();
  testLexiconHash();
  testNameKinds();
  printf("unit: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
