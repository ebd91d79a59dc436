/*
** zh_query(input): turns what a user types into an FTS5 MATCH expression
** that is always valid and means what a search box user expects.
**
**   工会 职工          both terms (AND)
**   "工会 主席"        a phrase, spaces and all
**   工会 -主席         工会 but not 主席 (NOT also works: 工会 NOT 主席)
**   工会 OR 职工 北京  (工会 or 职工) and 北京: OR binds tighter than AND
**   eap*               prefix
**   beijing, bj, 北京gh   also as pinyin (tables with pinyin 1): see
**                      pinyin_query.c
**
** Each term becomes a double-quoted FTS5 string, which the zh tokenizer
** turns into a substring-exact phrase.  Everything else (quotes without
** a partner, parentheses, ^, :, NEAR, emoji, NUL bytes, invalid UTF-8) is
** just text; terms that hold no token are dropped.  Input with no term
** left, or NULL, gives an expression that matches no row.  Input over
** the caps below is refused with an error that names the cap.
*/
#include "zh.h"
#include "fold.h"
#include "pinyin.h"
#include "pinyin_query.h"
#include "scan.h"
#include "utf8.h"
#include <string.h>

/* An expression that parses and matches nothing: a phrase with no token. */
#define ZH_MATCH_NOTHING "\"\""

/*
** The caps on the input.  zh_query is for what people type into a search
** box, and FTS5 pays for each token of the expression it writes: a term
** iterator (the pages of the token's doclist) and a pass over the token's
** rows.  Bytes bound the tokens (one per Han character, one per two bytes
** of "a a a"): against a small table a phrase of 65536 bytes took 150 to
** 350 MB and up to 0.95 s; one of 4096 bytes (1365 Han characters, a
** long paragraph) takes 10 to 27 MB and 0.04 s.  256 terms (words,
** phrases, -terms; OR, AND, NOT are not counted) is more than anyone
** types, and keeps the terms in 8 KB.
*/
#define ZH_QUERY_MAX_BYTES 4096
#define ZH_QUERY_MAX_TERMS 256

typedef struct ZhTerm ZhTerm;
struct ZhTerm {
  const char *z; /* term text in the input (without quotes, -, *) */
  int n;
  int bNot;    /* excluded: -term or NOT term */
  int bPrefix; /* ends in * */
  int bOrPrev; /* OR joins it to the term before */
  int bQuoted; /* written in quotes: taken as it is */
};

/* Length of the whitespace character at z[0..n), or 0.  Ideographic
** space (U+3000) counts: Chinese input methods type it. */
static int spaceLen(const unsigned char *z, int n) {
  if( z[0] == ' ' || z[0] == '\t' || z[0] == '\n' || z[0] == '\r' ||
      z[0] == '\f' || z[0] == '\v' ) {
    return 1;
  }
  if( n >= 3 && z[0] == 0xE3 && z[1] == 0x80 && z[2] == 0x80 ) return 3;
  return 0;
}

/* Length of an opening/closing quote at z[0..n): " or “ ” (U+201C/D). */
static int quoteLen(const unsigned char *z, int n) {
  if( z[0] == '"' ) return 1;
  if( n >= 3 && z[0] == 0xE2 && z[1] == 0x80 && (z[2] == 0x9C || z[2] == 0x9D) )
    return 3;
  return 0;
}

static int stopAtFirst(void *pCtx, ZhToken *pTok) {
  (void)pTok;
  *(int *)pCtx = 1;
  return SQLITE_DONE;
}

/* True if z[0..n) holds at least one token. */
static int hasToken(const char *z, int n, ZhBuf *pBuf, int *pRc) {
  int bFound = 0;
  int rc = zhScan(ZH_FOLD_ALL, z, n, pBuf, stopAtFirst, &bFound);
  if( rc != SQLITE_OK && rc != SQLITE_DONE ) *pRc = rc;
  return bFound;
}

/* Appends z[0..n) for the inside of an FTS5 string: doubled quotes, and
** no byte that FTS5's parser could stop at (NUL) or choke on (invalid
** UTF-8).  The pinyin marks of the user's text (~bei, ^b) become spaces
** (separators, as they always were): only readings zh_query writes use
** them. */
static void appendEscaped(sqlite3_str *pOut, const char *zText, int n) {
  const unsigned char *z = (const unsigned char *)zText;
  int i = 0;
  while( i < n ) {
    int nByte;
    int32_t c = zhUtf8Decode(z + i, n - i, &nByte);
    if( c == ZH_INVALID_CP || c == 0 ) {
      sqlite3_str_appendchar(pOut, 1, ' ');
    } else if( c == '"' ) {
      sqlite3_str_append(pOut, "\"\"", 2);
    } else if( c == ZH_PINYIN_SYL_MARK || c == ZH_PINYIN_INITIAL_MARK ) {
      sqlite3_str_appendchar(pOut, 1, ' ');
    } else {
      sqlite3_str_append(pOut, (const char *)z + i, nByte);
    }
    i += nByte;
  }
}

/* The term as FTS5 strings: itself, or in parentheses with its pinyin
** readings as alternatives (pinyin_query.c). */
static void appendQuoted(sqlite3_str *pOut, const ZhTerm *pT, int bInitials) {
  if( !pT->bPrefix && !pT->bQuoted &&
      zhAppendPinyinAlternatives(pOut, pT->z, pT->n, bInitials,
                                 appendEscaped) ) {
    return;
  }
  sqlite3_str_appendchar(pOut, 1, '"');
  appendEscaped(pOut, pT->z, pT->n);
  sqlite3_str_appendchar(pOut, 1, '"');
  if( pT->bPrefix ) sqlite3_str_append(pOut, " *", 2);
}

/* True if the term is the operator zWord: written bare, not in quotes
** ("OR" is the word or). */
static int isWord(const ZhTerm *pT, const char *zWord) {
  int n = (int)strlen(zWord);
  return !pT->bNot && !pT->bPrefix && !pT->bQuoted && pT->n == n &&
         memcmp(pT->z, zWord, n) == 0;
}

/* Reads the term that starts at z[i], which is not a space, into *pT.
** Returns the offset just past it. */
static int readTerm(const unsigned char *z, int n, int i, ZhTerm *pT) {
  int nQuote, iStart, iEnd;
  memset(pT, 0, sizeof(*pT));
  if( z[i] == '-' && i + 1 < n && !spaceLen(z + i + 1, n - i - 1) ) {
    pT->bNot = 1;
    i++;
  }
  nQuote = quoteLen(z + i, n - i);
  pT->bQuoted = nQuote > 0;
  if( nQuote ) {
    /* A phrase runs to the next quote, or to the end of the input. */
    iStart = i + nQuote;
    iEnd = iStart;
    while( iEnd < n && !quoteLen(z + iEnd, n - iEnd) ) iEnd++;
    i = iEnd < n ? iEnd + quoteLen(z + iEnd, n - iEnd) : n;
  } else {
    iStart = i;
    while( i < n && !spaceLen(z + i, n - i) && !quoteLen(z + i, n - i) ) i++;
    iEnd = i;
  }
  if( i < n && z[i] == '*' ) {
    pT->bPrefix = 1;
    i++;
  } else if( iEnd > iStart && z[iEnd - 1] == '*' && !nQuote ) {
    pT->bPrefix = 1;
    iEnd--;
  }
  pT->z = (const char *)z + iStart;
  pT->n = iEnd - iStart;
  return i;
}

/*
** Splits the input into terms.  Returns the number of terms written to
** aTerm, or -1 if there are more than nMax (the operators do not count:
** the user did not type them as something to find).
*/
static int splitTerms(const unsigned char *z, int n, ZhTerm *aTerm, int nMax) {
  int nTerm = 0, i = 0;
  int bNot = 0, bOr = 0;
  while( i < n ) {
    int nSpace = spaceLen(z + i, n - i);
    ZhTerm t;
    if( nSpace ) {
      i += nSpace;
      continue;
    }
    i = readTerm(z, n, i, &t);

    /* Operators: OR joins neighbours, AND is implied, NOT excludes. */
    if( isWord(&t, "OR") ) {
      bOr = nTerm > 0;
      continue;
    }
    if( isWord(&t, "AND") ) continue;
    if( isWord(&t, "NOT") ) {
      bNot = 1;
      continue;
    }
    if( nTerm == nMax ) return -1;
    if( bNot ) {
      t.bNot = 1;
      bNot = 0;
    }
    t.bOrPrev = bOr;
    bOr = 0;
    aTerm[nTerm++] = t;
  }
  return nTerm;
}

/*
** Builds the expression from the terms: positive terms joined by OR form
** groups, the groups are joined by AND, then each excluded term is NOTed.
** A term without tokens is dropped; an OR before it passes to the next.
*/
static char *buildExpr(ZhTerm *aTerm, int nTerm, int bInitials, ZhBuf *pBuf,
                       int *pRc) {
  sqlite3_str *pOut;
  int i, nKeep = 0, bOrCarry = 0;

  /* Keep the terms with tokens, positives first in input order. */
  for( i = 0; i < nTerm; i++ ) {
    ZhTerm t = aTerm[i];
    t.bOrPrev = t.bOrPrev || bOrCarry;
    bOrCarry = 0;
    if( !hasToken(t.z, t.n, pBuf, pRc) ) {
      bOrCarry = t.bOrPrev;
      continue;
    }
    if( nKeep == 0 || aTerm[nKeep - 1].bNot || t.bNot ) t.bOrPrev = 0;
    aTerm[nKeep++] = t;
  }
  if( *pRc != SQLITE_OK ) return 0;

  pOut = sqlite3_str_new(0);
  int nPos = 0;
  for( i = 0; i < nKeep; i++ ) {
    const ZhTerm *pT = &aTerm[i];
    int bOrNext = i + 1 < nKeep && aTerm[i + 1].bOrPrev;
    if( pT->bNot ) continue;
    if( nPos > 0 ) sqlite3_str_appendall(pOut, pT->bOrPrev ? " OR " : " AND ");
    if( bOrNext && !pT->bOrPrev ) sqlite3_str_appendchar(pOut, 1, '(');
    appendQuoted(pOut, pT, bInitials);
    if( pT->bOrPrev && !bOrNext ) sqlite3_str_appendchar(pOut, 1, ')');
    nPos++;
  }
  if( nPos == 0 ) {
    sqlite3_str_reset(pOut);
    sqlite3_str_appendall(pOut, ZH_MATCH_NOTHING);
  } else {
    for( i = 0; i < nKeep; i++ ) {
      if( !aTerm[i].bNot ) continue;
      sqlite3_str_appendall(pOut, " NOT ");
      appendQuoted(pOut, &aTerm[i], bInitials);
    }
  }
  return sqlite3_str_finish(pOut);
}

/* Sets the error and returns 1 if the input is over a cap: n bytes, or
** nTerm -1 for too many terms. */
static int overCap(sqlite3_context *ctx, int n, int nTerm) {
  char *zErr;
  if( n > ZH_QUERY_MAX_BYTES ) {
    zErr = sqlite3_mprintf("zh_query: the input is %d bytes; the most is %d", n,
                           ZH_QUERY_MAX_BYTES);
  } else if( nTerm < 0 ) {
    zErr = sqlite3_mprintf("zh_query: the input has more than %d terms",
                           ZH_QUERY_MAX_TERMS);
  } else {
    return 0;
  }
  if( zErr ) {
    sqlite3_result_error(ctx, zErr, -1);
  } else {
    sqlite3_result_error_nomem(ctx);
  }
  sqlite3_free(zErr);
  return 1;
}

static void zhQueryFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const unsigned char *z;
  int n, nTerm, rc = SQLITE_OK;
  ZhTerm *aTerm;
  ZhBuf buf = {0, 0};
  char *zExpr;
  int bInitials = 0;

  if( argc > 1 && zhInitialsArg(ctx, argv[1], "zh_query", &bInitials) ) {
    return;
  }
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) {
    sqlite3_result_text(ctx, ZH_MATCH_NOTHING, -1, SQLITE_STATIC);
    return;
  }
  /* The length first: input over the cap is refused before
  ** sqlite3_value_text() copies it (a blob, to add a terminator). */
  n = sqlite3_value_bytes(argv[0]);
  if( overCap(ctx, n, 0) ) return;
  z = sqlite3_value_text(argv[0]);
  aTerm = sqlite3_malloc64(sizeof(ZhTerm) * ZH_QUERY_MAX_TERMS);
  if( z == 0 || aTerm == 0 ) {
    sqlite3_free(aTerm);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  nTerm = splitTerms(z, n, aTerm, ZH_QUERY_MAX_TERMS);
  if( overCap(ctx, n, nTerm) ) {
    sqlite3_free(aTerm);
    return;
  }
  zExpr = buildExpr(aTerm, nTerm, bInitials, &buf, &rc);
  sqlite3_free(aTerm);
  zhBufFree(&buf);
  if( rc != SQLITE_OK ) {
    sqlite3_free(zExpr);
    sqlite3_result_error_code(ctx, rc);
  } else if( zExpr == 0 ) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_text(ctx, zExpr, -1, sqlite3_free);
  }
}

int zhRegisterQuery(sqlite3 *db, ZhConn *pConn) {
  int rc = SQLITE_OK;
  (void)pConn;
  for( int nArg = 1; rc == SQLITE_OK && nArg <= 2; nArg++ ) {
    rc = sqlite3_create_function(db, "zh_query", nArg,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC |
                                     SQLITE_INNOCUOUS,
                                 0, zhQueryFunc, 0, 0);
  }
  return rc;
}
