/*
** zh's arguments in an fts5 table's CREATE statement.  Two steps, each as
** its owner does it: SQLite cuts the statement's module arguments at the
** commas outside quotes and parentheses (each argument the text from its
** first token to its last), and FTS5 reads `tokenize = value` and splits
** the value into words (fts5_config.c).  A statement FTS5 would refuse is
** no zh table here either.
*/
#include "zh.h"
#include "sql_text.h"
#include <string.h>

/* ---- SQL tokens ------------------------------------------------------ */

enum { TK_END, TK_SPACE, TK_WORD, TK_QUOTED, TK_OTHER };

/* The length of the quoted token at z (opened by z[0]), 0 if unended. */
static int quotedLen(const char *z) {
  char q = z[0] == '[' ? ']' : z[0];
  for( int i = 1; z[i]; i++ ) {
    if( z[i] != q ) continue;
    if( q != ']' && z[i + 1] == q ) {
      i++;
      continue;
    }
    return i + 1;
  }
  return 0;
}

static int isWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$' || (c & 0x80);
}

/* The type of the SQL token at z and, in *pn, its length. */
static int sqlToken(const char *z, int *pn) {
  int n = 0;
  if( z[0] == 0 ) {
    *pn = 0;
    return TK_END;
  }
  if( z[0] == ' ' || z[0] == '\t' || z[0] == '\n' || z[0] == '\r' ||
      z[0] == '\f' ) {
    while( z[n] == ' ' || z[n] == '\t' || z[n] == '\n' || z[n] == '\r' ||
           z[n] == '\f' )
      n++;
  } else if( z[0] == '-' && z[1] == '-' ) {
    while( z[n] && z[n] != '\n' ) n++;
  } else if( z[0] == '/' && z[1] == '*' ) {
    const char *zEnd = strstr(z + 2, "*/");
    n = zEnd ? (int)(zEnd - z) + 2 : (int)strlen(z);
  } else {
    int eType = TK_OTHER;
    if( z[0] == '\'' || z[0] == '"' || z[0] == '`' || z[0] == '[' ) {
      n = quotedLen(z);
      eType = n ? TK_QUOTED : TK_END;
    } else if( isWordByte(z[0]) ) {
      while( isWordByte(z[n]) ) n++;
      eType = TK_WORD;
    } else {
      n = 1;
    }
    *pn = n;
    return eType;
  }
  *pn = n;
  return TK_SPACE;
}

/* Skips whitespace and comments from z. */
static const char *skipSpace(const char *z) {
  int n;
  while( sqlToken(z, &n) == TK_SPACE ) z += n;
  return z;
}

/* ---- FTS5's reading of one argument ------------------------------------ */

/* Copies the word at z (quoted: dequoted; else FTS5's bareword bytes) to
** zOut and returns the text after it, or 0 if there is no word there. */
static const char *fts5Word(const char *z, char *zOut) {
  int n = 0;
  if( z[0] == '\'' || z[0] == '"' || z[0] == '`' || z[0] == '[' ) {
    char q = z[0] == '[' ? ']' : z[0];
    int i = 1;
    for( ;; i++ ) {
      if( z[i] == 0 ) return 0;
      if( z[i] == q ) {
        if( q == ']' || z[i + 1] != q ) break;
        i++;
      }
      zOut[n++] = z[i];
    }
    zOut[n] = 0;
    return z + i + 1;
  }
  while( (z[n] >= 'a' && z[n] <= 'z') || (z[n] >= 'A' && z[n] <= 'Z') ||
         (z[n] >= '0' && z[n] <= '9') || z[n] == '_' || (z[n] & 0x80) ) {
    zOut[n] = z[n];
    n++;
  }
  if( n == 0 ) return 0;
  zOut[n] = 0;
  return z + n;
}

/* If the argument zArg (NUL-ended) is an option `key = value`, copies
** the key to zKey and the value, dequoted, to zVal and returns 1. */
static int optionOf(const char *zArg, char *zKey, char *zVal) {
  /* A quoted first word is a column name to FTS5, never an option. */
  if( zArg[0] == '\'' || zArg[0] == '"' || zArg[0] == '`' || zArg[0] == '[' )
    return 0;
  const char *z = fts5Word(zArg, zKey);
  if( z == 0 ) return 0;
  while( *z == ' ' ) z++;
  if( *z++ != '=' ) return 0;
  while( *z == ' ' ) z++;
  if( *z == 0 ) {
    zVal[0] = 0;
    return 1;
  }
  z = fts5Word(z, zVal);
  return z && *z == 0;
}

/* True if zKey names option zOption: FTS5 takes any prefix of a name. */
static int isOption(const char *zKey, const char *zOption) {
  int n = (int)strlen(zKey);
  return n <= (int)strlen(zOption) && sqlite3_strnicmp(zKey, zOption, n) == 0;
}

/*
** Splits the tokenize value zVal into words (each dequoted as FTS5 does)
** written one after the other, NUL-ended, to zOut, and finds the word
** "zh".  Returns the number of words after it and sets *pzFirst to the
** first, or returns -1 if zh is not among them or the value would not
** parse.
*/
static int zhWords(const char *zVal, char *zOut, const char **pzFirst) {
  const char *z = zVal;
  int nWord = 0, iZh = -1;
  while( *z ) {
    while( *z == ' ' ) z++;
    if( *z == 0 ) break;
    const char *zWord = zOut;
    /* A word written in quotes is a literal; only '...' is, here. */
    if( *z == '"' || *z == '`' || *z == '[' ) return -1;
    z = fts5Word(z, zOut);
    if( z == 0 ) return -1;
    zOut += strlen(zOut) + 1;
    if( iZh < 0 && sqlite3_stricmp(zWord, "zh") == 0 ) {
      iZh = nWord;
      *pzFirst = zOut;
    }
    nWord++;
  }
  return iZh < 0 ? -1 : nWord - iZh - 1;
}

/* ---- the statement ---------------------------------------------------- */

/* The text after `USING fts5 (`, or 0 if zSql is no fts5 table. */
static const char *fts5ArgsStart(const char *zSql) {
  const char *z = zSql;
  int n, eType;
  while( (eType = sqlToken(z, &n)) != TK_END ) {
    if( eType == TK_WORD && n == 5 && sqlite3_strnicmp(z, "USING", 5) == 0 )
      break;
    z += n;
  }
  if( eType == TK_END ) return 0;
  z = skipSpace(z + n);
  eType = sqlToken(z, &n);
  if( eType == TK_QUOTED ) {
    if( n != 6 || sqlite3_strnicmp(z + 1, "fts5", 4) != 0 ) return 0;
  } else if( eType != TK_WORD || n != 4 || sqlite3_strnicmp(z, "fts5", 4) ) {
    return 0;
  }
  z = skipSpace(z + n);
  return *z == '(' ? z + 1 : 0;
}

/* The end of the module argument that starts at z: the comma or the
** closing parenthesis after it, outside quotes and parentheses. */
static const char *argEnd(const char *z, const char **pzLast) {
  int nDepth = 0, n, eType;
  *pzLast = z;
  while( (eType = sqlToken(z, &n)) != TK_END ) {
    if( eType == TK_OTHER && nDepth == 0 && (*z == ',' || *z == ')') ) break;
    if( eType == TK_OTHER && *z == '(' ) nDepth++;
    if( eType == TK_OTHER && *z == ')' ) nDepth--;
    if( eType != TK_SPACE ) *pzLast = z + n;
    z += n;
  }
  return eType == TK_END ? 0 : z;
}

int zhFts5ZhArgs(const char *zSql, char **pzArgs, int *pnArg,
                 int *pbContentless) {
  const char *z = fts5ArgsStart(zSql);
  *pzArgs = 0;
  *pnArg = 0;
  *pbContentless = 0;
  if( z == 0 ) return 0;
  size_t nText = strlen(z) + 1;
  /* One argument's text, its key, its value, the tokenize value. */
  char *zBuf = sqlite3_malloc64(4 * nText);
  if( zBuf == 0 ) return -1;
  char *zKey = zBuf + nText, *zVal = zKey + nText, *zTok = zVal + nText;
  int bTokenize = 0, nArg = -1;
  for( ;; ) {
    const char *zLast, *zEnd;
    z = skipSpace(z);
    zEnd = argEnd(z, &zLast);
    if( zEnd == 0 ) break;
    memcpy(zBuf, z, (size_t)(zLast - z));
    zBuf[zLast - z] = 0;
    /* FTS5 tries "prefix" first: "p" is never tokenize, "c" is content. */
    if( optionOf(zBuf, zKey, zVal) && !isOption(zKey, "prefix") ) {
      if( isOption(zKey, "tokenize") ) {
        memcpy(zTok, zVal, strlen(zVal) + 1);
        bTokenize = 1;
      } else if( isOption(zKey, "content") ) {
        *pbContentless = zVal[0] == 0;
      }
    }
    if( *zEnd == ')' ) break;
    z = zEnd + 1;
  }
  const char *zFirst = 0;
  if( bTokenize ) nArg = zhWords(zTok, zKey, &zFirst);
  if( nArg < 0 ) {
    sqlite3_free(zBuf);
    return 0;
  }
  memmove(zBuf, zFirst, (size_t)(zKey + nText - zFirst));
  *pzArgs = zBuf;
  *pnArg = nArg;
  return 1;
}

char *zhFts5ArgsPack(const char *const *azArg, int nArg) {
  size_t n = 1;
  for( int i = 0; i < nArg; i++ ) n += strlen(azArg[i]) + 1;
  char *zOut = sqlite3_malloc64(n), *z = zOut;
  for( int i = 0; zOut && i < nArg; i++ ) {
    size_t nByte = strlen(azArg[i]) + 1;
    memcpy(z, azArg[i], nByte);
    z += nByte;
  }
  return zOut;
}

int zhFts5ArgsSame(const char *zA, const char *zB, int nArg) {
  for( int i = 0; i < nArg; i++ ) {
    if( strcmp(zA, zB) != 0 ) return 0;
    zA += strlen(zA) + 1;
    zB += strlen(zB) + 1;
  }
  return 1;
}

/* True if zSql calls zFunc: its name, as a word or quoted, then "(". */
static int sqlCalls(const char *zSql, const char *zFunc) {
  int nFunc = (int)strlen(zFunc), n, eType;
  const char *z = zSql;
  while( (eType = sqlToken(z, &n)) != TK_END ) {
    int bName = (eType == TK_WORD && n == nFunc &&
                 sqlite3_strnicmp(z, zFunc, nFunc) == 0) ||
                (eType == TK_QUOTED && z[0] != '\'' && n == nFunc + 2 &&
                 sqlite3_strnicmp(z + 1, zFunc, nFunc) == 0);
    z += n;
    if( bName && *skipSpace(z) == '(' ) return 1;
  }
  return 0;
}

int zhCalledFromSchema(sqlite3_context *ctx, const char *zFunc) {
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  for( sqlite3_stmt *p = sqlite3_next_stmt(db, 0); p;
       p = sqlite3_next_stmt(db, p) ) {
    const char *zSql = sqlite3_sql(p);
    if( sqlite3_stmt_busy(p) && zSql && sqlCalls(zSql, zFunc) ) return 0;
  }
  char *zMsg = sqlite3_mprintf(
      "%s: called from the schema (a trigger, view, CHECK constraint, "
      "default, index or generated column), not by the SQL being run",
      zFunc);
  if( zMsg )
    sqlite3_result_error(ctx, zMsg, -1);
  else
    sqlite3_result_error_nomem(ctx);
  sqlite3_free(zMsg);
  return 1;
}
