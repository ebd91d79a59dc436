/*
** zh_articles: the articles of a newspaper page cut out of its layout.
**
**   CREATE TABLE zh_articles(
**     seq,           -- 1, 2, ... in page order
**     kicker,        -- the line above the headline (引题), or NULL
**     headline,
**     subheadline,   -- the lines below it (副题), or NULL
**     kind,          -- news (has a dateline), photo (a credit, no
**                    -- dateline) or brief
**     dateline,      -- the paragraph that starts 本报讯 or signs the piece
**     credit,        -- the photo credit (通讯员 董颖 摄), or NULL
**     body,          -- the paragraphs, dateline included, one a line
**     start, end,    -- character offsets into the page
**     banner,        -- the page's banner line, on every row, or NULL
**     input HIDDEN
**   );
**
** The page is split into paragraphs (zh_paragraphs, breaks mended), each
** read as a dateline, a credit, a heading line or body text.  A run of
** heading lines starts an article when a dateline follows within three
** paragraphs, or a credit before the next heading, or a credit closed the
** article before; otherwise it is a subheading inside the article.  Of a
** run, the line that names an organisation or a place (or else a date)
** is the headline (the longer on a tie).  An article whose dateline is not its
*first paragraph
** had its tail cut out and set above it: the tail goes back to the end.
*/
#include "zh.h"
#include "conn.h"
#include "entities/entities.h"
#include "paragraphs.h"
#include "utf8.h"
#include "vtab_args.h"
#include <string.h>

enum {
  COL_SEQ,
  COL_KICKER,
  COL_HEADLINE,
  COL_SUB,
  COL_KIND,
  COL_DATELINE,
  COL_CREDIT,
  COL_BODY,
  COL_START,
  COL_END,
  COL_BANNER,
  COL_INPUT
};

enum { P_BODY, P_HEAD, P_DATELINE, P_CREDIT };

typedef struct Article Article;
struct Article {
  int iHead0, nHead; /* heading paragraphs */
  int iHeadline;     /* index of the headline among them */
  int *aBody;        /* body paragraphs in reading order: a slice of
                     ** ACursor.aIdx (an article's are contiguous there) */
  int nBody;
  int iDateline, iCredit; /* paragraph indexes, or -1 */
  int bJoinLast; /* the last two body paragraphs are one (a mended cut) */
};

typedef struct ACursor ACursor;
struct ACursor {
  sqlite3_vtab_cursor base;
  ZhConn *pConn;
  ZhParaList list;
  int *aClass;
  Article *aArt;
  int nArt, iRow;
  int iBanner; /* paragraph index of the banner, or -1 */
  int *aIdx;   /* the articles' body paragraphs, article by article */
  int nIdx;
};

static const char *paraText(const ACursor *c, int i, int *pn) {
  *pn = c->list.aPara[i].nText;
  return c->list.aText + c->list.aPara[i].iText;
}

static int startsWith(const char *z, int n, const char *zPre) {
  int m = (int)strlen(zPre);
  return n >= m && memcmp(z, zPre, m) == 0;
}

static int contains(const char *z, int n, const char *zSub, int nWithin) {
  int m = (int)strlen(zSub);
  if( nWithin < n ) n = nWithin;
  for( int i = 0; i + m <= n; i++ ) {
    if( memcmp(z + i, zSub, m) == 0 ) return 1;
  }
  return 0;
}

static int endsWith(const char *z, int n, const char *zSuf) {
  int m = (int)strlen(zSuf);
  return n >= m && memcmp(z + n - m, zSuf, m) == 0;
}

/* The kind of paragraph i. */
static int classify(ACursor *c, int i) {
  int n;
  const char *z = paraText(c, i, &n);
  const ZhPara *p = &c->list.aPara[i];
  int nChar = p->iChar1 - p->iChar0;
  int bByline = contains(z, n, "记者", 60) || contains(z, n, "通讯员", 60);
  if( startsWith(z, n, "本报讯") ) return P_DATELINE;
  /* 记者羊荣江 通讯员方旭、傅立华报道 “工资集体协商... */
  if( (startsWith(z, n, "记者") || startsWith(z, n, "通讯员")) && nChar >= 40 &&
      contains(z, n, "报道", 90) ) {
    return P_DATELINE;
  }
  if( nChar < 40 && bByline &&
      (endsWith(z, n, "摄") || endsWith(z, n, "报道")) ) {
    return P_CREDIT;
  }
  if( nChar < 40 && !contains(z, n, "。", n) && !contains(z, n, "！", n) &&
      !contains(z, n, "？", n) ) {
    return P_HEAD;
  }
  return P_BODY;
}

/* How strongly heading line i reads as a headline: it names an
** organisation or a place (2), or a date (1). */
static int headlineScore(ACursor *c, int i, int *pRc) {
  int n, nEnt = 0, score = 0;
  ZhEntity *aEnt = 0;
  const char *z = paraText(c, i, &n);
  *pRc = zhEntitiesExtract(z, n, ZH_ENT_ORG | ZH_ENT_PLACE | ZH_ENT_DATE,
                           ZH_NEST_LONGEST, c->pConn->pUser, &aEnt, &nEnt);
  for( int k = 0; k < nEnt; k++ ) {
    int s = aEnt[k].eKind == ZH_ENT_DATE ? 1 : 2;
    if( s > score ) score = s;
  }
  zhEntitiesFree(aEnt, nEnt);
  return score;
}

static int newArticle(ACursor *c, int iHead0, int nHead, int *pRc) {
  Article *a;
  if( *pRc != SQLITE_OK ) return 0;
  a = &c->aArt[c->nArt++];
  memset(a, 0, sizeof(*a));
  a->iHead0 = iHead0;
  a->nHead = nHead;
  a->aBody = &c->aIdx[c->nIdx];
  a->iDateline = a->iCredit = -1;
  /* The line that names the most, the longer on a tie: a kicker is
  ** short and names nothing (工会“小灵通” above 德清工会 推动审计服务…). */
  int best = -1, bestLen = 0;
  for( int k = 0; k < nHead; k++ ) {
    const ZhPara *p = &c->list.aPara[iHead0 + k];
    int s = headlineScore(c, iHead0 + k, pRc), len = p->iChar1 - p->iChar0;
    if( s > best || (s == best && len > bestLen) ) {
      best = s;
      bestLen = len;
      a->iHeadline = k;
    }
  }
  return 1;
}

/* Appends paragraph i to article a, the newest: its slice of aIdx grows. */
static void addBody(ACursor *c, Article *a, int i) {
  c->aIdx[c->nIdx++] = i;
  a->nBody++;
}

/*
** Puts a tail that stands above its dateline back at the end: body
** paragraphs before the dateline move after the last one, joined to it
** when the cut between them split a word.
*/
static int mendTail(ACursor *c, Article *a) {
  int iD = -1, rc = SQLITE_OK;
  for( int k = 0; k < a->nBody; k++ ) {
    if( a->aBody[k] == a->iDateline ) iD = k;
  }
  if( iD <= 0 ) return SQLITE_OK;
  int last = a->aBody[a->nBody - 1];
  if( c->list.aPara[last].bEnds ) return SQLITE_OK;
  int *aOrder = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)a->nBody), n = 0;
  if( aOrder == 0 ) return SQLITE_NOMEM;
  for( int k = iD; k < a->nBody; k++ ) aOrder[n++] = a->aBody[k];
  for( int k = 0; k < iD; k++ ) aOrder[n++] = a->aBody[k];
  int na, nb;
  const char *za = paraText(c, last, &na), *zb = paraText(c, a->aBody[0], &nb);
  if( zhWordSpansCut(&c->list, za, na, zb, nb, &rc) )
    a->bJoinLast = a->nBody - iD;
  memcpy(a->aBody, aOrder, sizeof(int) * n);
  sqlite3_free(aOrder);
  return rc;
}

static int articles(ACursor *c, const char *z, int n) {
  int rc = zhParagraphsSplit(&c->list, z, n);
  int nP = c->list.nPara;
  if( rc != SQLITE_OK ) return rc;
  c->aClass = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)nP + 1));
  c->aArt = sqlite3_malloc64(sizeof(Article) * ((sqlite3_uint64)nP + 1));
  c->aIdx = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)nP + 1));
  c->nIdx = 0;
  if( !c->aClass || !c->aArt || !c->aIdx ) return SQLITE_NOMEM;
  for( int i = 0; i < nP; i++ ) c->aClass[i] = classify(c, i);
  /* A line too long for a heading is one all the same when a dateline
  ** follows it directly. */
  for( int i = 0; i + 1 < nP; i++ ) {
    int nb;
    paraText(c, i, &nb);
    if( c->aClass[i] == P_BODY && c->aClass[i + 1] == P_DATELINE &&
        !c->list.aPara[i].bEnds &&
        c->list.aPara[i].iChar1 - c->list.aPara[i].iChar0 < 60 ) {
      c->aClass[i] = P_HEAD;
    }
  }
  c->iBanner = -1;
  Article *cur = 0;
  int bClosed = 0; /* the current article ended with a credit */
  for( int i = 0; i < nP && rc == SQLITE_OK; ) {
    if( c->aClass[i] == P_HEAD ) {
      int j = i;
      while( j < nP && c->aClass[j] == P_HEAD ) j++;
      int bNew = cur == 0 || bClosed;
      for( int k = j; !bNew && k < nP && k < j + 3; k++ ) {
        if( c->aClass[k] == P_DATELINE ) bNew = 1;
      }
      for( int k = j; !bNew && k < nP && c->aClass[k] != P_HEAD; k++ ) {
        if( c->aClass[k] == P_CREDIT ) bNew = 1;
      }
      if( bNew ) {
        int i0 = i;
        /* The page's banner: the first line of a page that opens with
        ** several heading lines. */
        if( cur == 0 && i == 0 && j - i >= 2 ) {
          c->iBanner = 0;
          i0 = 1;
        }
        newArticle(c, i0, j - i0, &rc);
        cur = &c->aArt[c->nArt - 1];
        bClosed = 0;
      } else {
        for( int k = i; k < j; k++ ) addBody(c, cur, k);
      }
      i = j;
      continue;
    }
    if( cur == 0 ) {
      /* Text before any heading: an article without one. */
      newArticle(c, i, 0, &rc);
      cur = &c->aArt[c->nArt - 1];
    }
    if( c->aClass[i] == P_CREDIT ) {
      cur->iCredit = i;
      bClosed = 1;
    } else {
      if( c->aClass[i] == P_DATELINE && cur->iDateline < 0 ) cur->iDateline = i;
      addBody(c, cur, i);
    }
    i++;
  }
  for( int k = 0; rc == SQLITE_OK && k < c->nArt; k++ )
    rc = mendTail(c, &c->aArt[k]);
  return rc;
}

/* ---- the table-valued function ------------------------------------------- */

static int aConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                    sqlite3_vtab **ppVtab, char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  return zhVtabConnect(db, pAux,
                       "CREATE TABLE x(seq, kicker, headline, "
                       "subheadline, kind, dateline, credit,"
                       " body, start, \"end\", banner, input HIDDEN)",
                       ppVtab);
}

static int aOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **pp) {
  ACursor *c = sqlite3_malloc(sizeof(*c));
  if( c == 0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->pConn = ((ZhVtab *)p)->pConn;
  *pp = &c->base;
  return SQLITE_OK;
}

static void aReset(ACursor *c) {
  sqlite3_free(c->aClass);
  sqlite3_free(c->aArt);
  sqlite3_free(c->aIdx);
  c->aClass = 0;
  c->aArt = 0;
  c->aIdx = 0;
  c->nArt = c->iRow = 0;
}

static int aClose(sqlite3_vtab_cursor *cur) {
  ACursor *c = (ACursor *)cur;
  aReset(c);
  zhParaListClear(&c->list);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int aFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                   int argc, sqlite3_value **argv) {
  ACursor *c = (ACursor *)cur;
  (void)idxNum;
  (void)idxStr;
  aReset(c);
  if( argc < 1 ) return SQLITE_OK;
  const char *z;
  int n, rc = zhVtabTextArg(cur, argv[0], "zh_articles", &z, &n);
  if( rc != SQLITE_OK || z == 0 ) return rc;
  return articles(c, z, n);
}

static int aNext(sqlite3_vtab_cursor *cur) {
  ((ACursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int aEof(sqlite3_vtab_cursor *cur) {
  ACursor *c = (ACursor *)cur;
  return c->iRow >= c->nArt;
}

static void resultPara(sqlite3_context *ctx, ACursor *c, int i) {
  int n;
  const char *z;
  if( i < 0 ) return;
  z = paraText(c, i, &n);
  sqlite3_result_text(ctx, z, n, SQLITE_TRANSIENT);
}

/* Heading lines [i0, i1) joined by a space, or NULL if there are none. */
static void resultLines(sqlite3_context *ctx, ACursor *c, int i0, int i1) {
  sqlite3_str *s;
  if( i1 <= i0 ) return;
  s = sqlite3_str_new(0);
  for( int i = i0; i < i1; i++ ) {
    int n;
    const char *z = paraText(c, i, &n);
    if( i > i0 ) sqlite3_str_appendchar(s, 1, ' ');
    sqlite3_str_append(s, z, n);
  }
  int n = sqlite3_str_length(s);
  char *z = sqlite3_str_finish(s);
  if( z == 0 )
    sqlite3_result_error_nomem(ctx);
  else
    sqlite3_result_text(ctx, z, n, sqlite3_free);
}

/* Widens the character span [*pLo, *pHi) (-1: empty) to paragraph i. */
static void spanPara(const ACursor *c, int i, int *pLo, int *pHi) {
  const ZhPara *p = &c->list.aPara[i];
  if( *pLo < 0 || p->iChar0 < *pLo ) *pLo = p->iChar0;
  if( p->iChar1 > *pHi ) *pHi = p->iChar1;
}

static int aColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  ACursor *c = (ACursor *)cur;
  const Article *a = &c->aArt[c->iRow];
  switch( col ) {
  case COL_SEQ: sqlite3_result_int(ctx, c->iRow + 1); break;
  case COL_KICKER:
    resultLines(ctx, c, a->iHead0, a->iHead0 + a->iHeadline);
    break;
  case COL_HEADLINE:
    if( a->nHead > 0 ) resultPara(ctx, c, a->iHead0 + a->iHeadline);
    break;
  case COL_SUB:
    resultLines(ctx, c, a->iHead0 + a->iHeadline + 1, a->iHead0 + a->nHead);
    break;
  case COL_KIND:
    sqlite3_result_text(ctx,
                        a->iDateline >= 0 ? "news"
                        : a->iCredit >= 0 ? "photo"
                                          : "brief",
                        -1, SQLITE_STATIC);
    break;
  case COL_DATELINE: resultPara(ctx, c, a->iDateline); break;
  case COL_CREDIT: resultPara(ctx, c, a->iCredit); break;
  case COL_BODY: {
    sqlite3_str *s = sqlite3_str_new(0);
    for( int k = 0; k < a->nBody; k++ ) {
      int n;
      const char *z = paraText(c, a->aBody[k], &n);
      /* A cut mended across the move joins without a line break. */
      if( k > 0 && !(a->bJoinLast && k == a->bJoinLast) )
        sqlite3_str_appendchar(s, 1, '\n');
      sqlite3_str_append(s, z, n);
    }
    int n = sqlite3_str_length(s);
    char *z = sqlite3_str_finish(s);
    if( n == 0 )
      sqlite3_free(z);
    else if( z == 0 )
      sqlite3_result_error_nomem(ctx);
    else
      sqlite3_result_text(ctx, z, n, sqlite3_free);
    break;
  }
  case COL_START:
  case COL_END: {
    int lo = -1, hi = -1;
    for( int k = 0; k < a->nHead; k++ ) spanPara(c, a->iHead0 + k, &lo, &hi);
    for( int k = 0; k < a->nBody; k++ ) spanPara(c, a->aBody[k], &lo, &hi);
    /* An article may be a credit alone (a page that is one credit line). */
    if( a->iCredit >= 0 ) spanPara(c, a->iCredit, &lo, &hi);
    sqlite3_result_int(ctx, col == COL_START ? lo : hi);
    break;
  }
  case COL_BANNER: resultPara(ctx, c, c->iBanner); break;
  default: break;
  }
  return SQLITE_OK;
}

static int aRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((ACursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

/* Arguments: input (required). */
static int aBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p) {
  (void)tab;
  return zhVtabBestIndex(p, COL_INPUT, -1, -1, 8);
}

static sqlite3_module zhArticlesModule = {
    0,    0,       aConnect, aBestIndex, zhVtabDisconnect,
    0,    aOpen,   aClose,   aFilter,    aNext,
    aEof, aColumn, aRowid,   0,          0,
    0,    0,       0,        0,          0,
    0,    0,       0,        0};

int zhRegisterArticles(sqlite3 *db, ZhConn *pConn) {
  return sqlite3_create_module_v2(db, "zh_articles", &zhArticlesModule,
                                  zhConnRef(pConn), zhConnUnref);
}
