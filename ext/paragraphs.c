/*
** zh_paragraphs: the paragraphs of text cut out of a page layout, with
** the paragraphs the layout broke (深深地激 / 励了她, 梁炳 / 超) joined
** again.
**
**   CREATE TABLE zh_paragraphs(
**     seq,           -- 1, 2, ... in order
**     text,          -- the paragraph; pieces joined without a separator
**     start, end,    -- character offsets into input, end exclusive
**     byte_start, byte_end,
**     pieces,        -- how many lines of the input it was made from
**     input HIDDEN
**   );
**
** A paragraph is a non-empty line (surrounding spaces trimmed, and a
** byte-order mark with them).  A line is joined to the next when it was
** cut short: it does not end a sentence
** (。！？；…” and the like), the next line is no dateline (本报讯), and
** either it reads as body text rather than a headline (ZH_PARA_MIN_BODY)
** or the cut splits a word: the segmenter, reading across it, finds a
** word that spans it (深深地激 / 励了她, 梁炳 / 超, 工资集体协商工 / 作).
*/
#include "zh.h"
#include "conn.h"
#include "fold.h"
#include "segment.h"
#include "paragraphs.h"
#include "utf8.h"
#include "vtab_args.h"
#include <string.h>

/* Lines at least this long (in characters) are body text; so are lines
** with a comma or semicolon from ZH_PARA_MIN_COMMA on (a subheading such
** as 技高者多得,创新者重奖 is shorter). */
#define ZH_PARA_MIN_BODY  40
#define ZH_PARA_MIN_COMMA 16

enum {
  COL_SEQ,
  COL_TEXT,
  COL_START,
  COL_END,
  COL_BSTART,
  COL_BEND,
  COL_PIECES,
  COL_INPUT
};

typedef struct PCursor PCursor;
struct PCursor {
  sqlite3_vtab_cursor base;
  ZhParaList list;
  int iRow;
};

/* U+FEFF is a byte-order mark at the start of a file saved as "UTF-8 with
** BOM" (a zero-width no-break space anywhere else): no text, so a page that
** opens with one has no paragraph, no banner made of it. */
static int isSpace(int32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xA0 ||
         c == 0xFEFF;
}

/* True if c ends a sentence or a quotation. */
static int endsSentence(int32_t c) {
  switch( c ) {
  case 0x3002:
  case 0xFF01:
  case 0xFF1F:
  case 0xFF1B: /* 。！？； */
  case '.':
  case '!':
  case '?':
  case ';':
  case 0x201D:
  case 0x2019:
  case 0x300D:
  case 0x300F: /* ” ’ 」 』 */
  case 0x2026:
  case 0xFF09:
  case ')': /* … ） ) */ return 1;
  default: return 0;
  }
}

typedef struct Line Line;
struct Line {
  int b0, b1, c0, c1; /* trimmed span: bytes and characters */
  int bBody;          /* reads as body text */
  int bEnds;          /* ends a sentence */
};

static int pAppend(ZhParaList *p, const char *z, int n) {
  if( p->nText + n > p->nTextAlloc ) {
    sqlite3_int64 nNew = p->nTextAlloc ? p->nTextAlloc : 1024;
    while( nNew < p->nText + n ) nNew *= 2;
    char *aNew = sqlite3_realloc64(p->aText, nNew);
    if( aNew == 0 ) return SQLITE_NOMEM;
    p->aText = aNew;
    p->nTextAlloc = (int)nNew;
  }
  memcpy(p->aText + p->nText, z, n);
  p->nText += n;
  return SQLITE_OK;
}

/* Reads the next line of z[*pi..n) into *pLine; returns 0 at the end. */
static int nextLine(const char *z, int n, int *pi, int *pc, Line *pLine) {
  int i = *pi, c = *pc;
  if( i >= n ) return 0;
  int b0 = -1, b1 = -1, c0 = -1, c1 = -1, bComma = 0, len;
  int32_t last = 0;
  while( i < n && z[i] != '\n' ) {
    int32_t ch = zhUtf8Decode((const unsigned char *)z + i, n - i, &len);
    if( !isSpace(ch) ) {
      if( b0 < 0 ) {
        b0 = i;
        c0 = c;
      }
      b1 = i + len;
      c1 = c + 1;
      last = ch;
      if( ch == 0xFF0C || ch == ',' || ch == 0xFF1B || ch == ';' ) bComma = 1;
    }
    i += len;
    c++;
  }
  if( i < n ) {
    i++;
    c++;
  }
  *pi = i;
  *pc = c;
  pLine->b0 = b0;
  pLine->b1 = b1;
  pLine->c0 = c0;
  pLine->c1 = c1;
  pLine->bEnds = b0 >= 0 && endsSentence(last);
  pLine->bBody = b0 >= 0 && (c1 - c0 >= ZH_PARA_MIN_BODY ||
                             (bComma && c1 - c0 >= ZH_PARA_MIN_COMMA));
  return 1;
}

typedef struct SpanCheck SpanCheck;
struct SpanCheck {
  int iCut; /* byte offset of the cut in the text segmented */
  int bSpans;
};

static int checkSpan(void *pCtx, const ZhSeg *pSeg) {
  SpanCheck *c = (SpanCheck *)pCtx;
  if( pSeg->iStart < c->iCut && pSeg->iEnd > c->iCut ) c->bSpans = 1;
  return SQLITE_OK;
}

/* The start of the last nChar characters of z[0..n). */
static int tailStart(const char *z, int n, int nChar) {
  int i = n;
  while( i > 0 && nChar > 0 ) {
    i--;
    if( ((unsigned char)z[i] & 0xC0) != 0x80 ) nChar--;
  }
  return i;
}

/* The end of the first nChar characters of z[0..n). */
static int headEnd(const char *z, int n, int nChar) {
  int i = 0, len;
  while( i < n && nChar-- > 0 ) {
    zhUtf8Decode((const unsigned char *)z + i, n - i, &len);
    i += len;
  }
  return i;
}

/* True if a word runs across the end of a[0..na) into b[0..nb). */
int zhWordSpansCut(ZhParaList *p, const char *a, int na, const char *b, int nb,
                   int *pRc) {
  char buf[64];
  SpanCheck c;
  int i0 = tailStart(a, na, 6), i1 = headEnd(b, nb, 6);
  if( (na - i0) + i1 > (int)sizeof(buf) ) return 0;
  memcpy(buf, a + i0, na - i0);
  memcpy(buf + (na - i0), b, i1);
  c.iCut = na - i0;
  c.bSpans = 0;
  if( p->pSeg == 0 && (p->pSeg = zhSegmenterNew(ZH_FOLD_ALL, 0)) == 0 ) {
    *pRc = SQLITE_NOMEM;
    return 0;
  }
  *pRc = zhSegment(p->pSeg, buf, (na - i0) + i1, checkSpan, &c);
  return c.bSpans;
}

int zhParagraphsSplit(ZhParaList *p, const char *z, int n) {
  int i = 0, c = 0, rc = SQLITE_OK;
  p->nPara = p->nText = 0;
  Line line, prev;
  ZhPara *pOpen = 0; /* a paragraph that may go on in the next line */
  memset(&prev, 0, sizeof(prev));
  while( rc == SQLITE_OK && nextLine(z, n, &i, &c, &line) ) {
    if( line.b0 < 0 ) continue;
    /* A dateline starts a paragraph whatever came before it; a line that
    ** is no body text goes on only if the cut split a word. */
    if( pOpen && line.b1 - line.b0 >= 9 &&
        memcmp(z + line.b0, "本报讯", 9) == 0 ) {
      pOpen = 0;
    }
    if( pOpen && !prev.bBody &&
        !zhWordSpansCut(p, z + prev.b0, prev.b1 - prev.b0, z + line.b0,
                        line.b1 - line.b0, &rc) ) {
      pOpen = 0;
    }
    if( rc != SQLITE_OK ) break;
    if( pOpen == 0 ) {
      if( p->nPara == p->nAlloc ) {
        int nNew = p->nAlloc ? p->nAlloc * 2 : 32;
        ZhPara *aNew =
            sqlite3_realloc64(p->aPara, sizeof(ZhPara) * (sqlite3_uint64)nNew);
        if( aNew == 0 ) return SQLITE_NOMEM;
        p->aPara = aNew;
        p->nAlloc = nNew;
      }
      pOpen = &p->aPara[p->nPara++];
      pOpen->iByte0 = line.b0;
      pOpen->iChar0 = line.c0;
      pOpen->iText = p->nText;
      pOpen->nText = 0;
      pOpen->nPiece = 0;
    }
    rc = pAppend(p, z + line.b0, line.b1 - line.b0);
    pOpen->nText += line.b1 - line.b0;
    pOpen->iByte1 = line.b1;
    pOpen->iChar1 = line.c1;
    pOpen->nPiece++;
    /* A line that stops mid-sentence may go on in the next one. */
    pOpen->bEnds = line.bEnds;
    if( line.bEnds ) pOpen = 0;
    prev = line;
  }
  return rc;
}

static int pConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                    sqlite3_vtab **ppVtab, char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  return zhVtabConnect(db, pAux,
                       "CREATE TABLE x(seq, text, start, \"end\", "
                       "byte_start, byte_end, pieces, input HIDDEN)",
                       ppVtab);
}

static int pOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **pp) {
  PCursor *c = sqlite3_malloc(sizeof(*c));
  (void)p;
  if( c == 0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *pp = &c->base;
  return SQLITE_OK;
}

static int pClose(sqlite3_vtab_cursor *cur) {
  PCursor *c = (PCursor *)cur;
  zhParaListClear(&c->list);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int pFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                   int argc, sqlite3_value **argv) {
  PCursor *c = (PCursor *)cur;
  (void)idxNum;
  (void)idxStr;
  c->list.nPara = c->list.nText = c->iRow = 0;
  if( argc < 1 ) return SQLITE_OK;
  const char *z;
  int n, rc = zhVtabTextArg(cur, argv[0], "zh_paragraphs", &z, &n);
  if( rc != SQLITE_OK || z == 0 ) return rc;
  return zhParagraphsSplit(&c->list, z, n);
}

static int pNext(sqlite3_vtab_cursor *cur) {
  ((PCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int pEof(sqlite3_vtab_cursor *cur) {
  PCursor *c = (PCursor *)cur;
  return c->iRow >= c->list.nPara;
}

static int pColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  PCursor *c = (PCursor *)cur;
  const ZhPara *p = &c->list.aPara[c->iRow];
  switch( i ) {
  case COL_SEQ: sqlite3_result_int(ctx, c->iRow + 1); break;
  case COL_TEXT:
    sqlite3_result_text(ctx, c->list.aText + p->iText, p->nText,
                        SQLITE_TRANSIENT);
    break;
  case COL_START: sqlite3_result_int(ctx, p->iChar0); break;
  case COL_END: sqlite3_result_int(ctx, p->iChar1); break;
  case COL_BSTART: sqlite3_result_int(ctx, p->iByte0); break;
  case COL_BEND: sqlite3_result_int(ctx, p->iByte1); break;
  case COL_PIECES: sqlite3_result_int(ctx, p->nPiece); break;
  default: break;
  }
  return SQLITE_OK;
}

static int pRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((PCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

/* Arguments: input (required). */
static int pBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p) {
  (void)tab;
  return zhVtabBestIndex(p, COL_INPUT, -1, -1, 50);
}

static sqlite3_module zhParagraphsModule = {
    0,    0,       pConnect, pBestIndex, zhVtabDisconnect,
    0,    pOpen,   pClose,   pFilter,    pNext,
    pEof, pColumn, pRowid,   0,          0,
    0,    0,       0,        0,          0,
    0,    0,       0,        0};

void zhParaListClear(ZhParaList *p) {
  sqlite3_free(p->aPara);
  sqlite3_free(p->aText);
  zhSegmenterFree(p->pSeg);
  memset(p, 0, sizeof(*p));
}

int zhRegisterParagraphs(sqlite3 *db, ZhConn *pConn) {
  (void)pConn;
  return sqlite3_create_module(db, "zh_paragraphs", &zhParagraphsModule, 0);
}
