/*
** SQL over the index guard (index_guard.h):
**
**   zh_rebuild([table])   rebuilds the zh tables that are stale (or the one
**                         named, whether stale or not) together with the
**                         tables that share their tokenizer arguments, and
**                         records each with this zh's fingerprint; returns
**                         how many it rebuilt.  It commits its own work,
**                         so it runs outside a transaction.
**
**   zh_index_status       one row per zh table of every schema:
**     CREATE TABLE x(schema, name, tokenize, indexed_with, current, state)
**     tokenize:     zh's arguments, as the table gives them
**     indexed_with: the fingerprint zh_indexes holds for it (NULL: none)
**     current:      this zh's fingerprint for those arguments, or why it
**                   has none (its dict table cannot be read)
**     state:        'ok', or 'stale' when it or a table with the same
**                   tokenizer arguments (checked and rebuilt together)
**                   was indexed with another fingerprint
*/
#include "zh.h"
#include "conn.h"
#include "index_guard.h"
#include "sql_text.h"
#include "tokenizer.h"
#include "utf8.h"
#include "vtab_args.h"
#include <string.h>

/* A zh table as zh_index_status and zh_rebuild see it. */
typedef struct Index Index;
struct Index {
  char *zSchema, *zName, *zArgs;
  int nArg, bContentless;
  char *zRecord;  /* indexed_with */
  char *zCurrent; /* this zh's fingerprint, or 0 ... */
  char *zWhy;     /* ... and why not */
  int bStale;     /* it, or a table with its arguments, is stale */
  int bRebuild;   /* zh_rebuild: rebuild it */
};

typedef struct IndexList IndexList;
struct IndexList {
  ZhConn *pConn;
  Index *a;
  int n, nAlloc;
};

static void indexListFree(IndexList *p) {
  for( int i = 0; i < p->n; i++ ) {
    Index *x = &p->a[i];
    sqlite3_free(x->zSchema);
    sqlite3_free(x->zName);
    sqlite3_free(x->zArgs);
    sqlite3_free(x->zRecord);
    sqlite3_free(x->zCurrent);
    sqlite3_free(x->zWhy);
  }
  sqlite3_free(p->a);
  p->a = 0;
  p->n = p->nAlloc = 0;
}

static int isStale(const Index *x) {
  return x->zCurrent == 0 || x->zRecord == 0 ||
         strcmp(x->zCurrent, x->zRecord) != 0;
}

/* The bytes of nArg packed arguments. */
static size_t argsBytes(const char *zArgs, int nArg) {
  size_t n = 0;
  for( int i = 0; i < nArg; i++ ) n += strlen(zArgs + n) + 1;
  return n + 1;
}

static int addIndex(void *pCtx, const ZhTable *t) {
  IndexList *p = (IndexList *)pCtx;
  if( p->n == p->nAlloc ) {
    int nNew = p->nAlloc ? 2 * p->nAlloc : 8;
    Index *aNew = sqlite3_realloc64(p->a, sizeof(Index) * (size_t)nNew);
    if( aNew == 0 ) return SQLITE_NOMEM;
    p->a = aNew;
    p->nAlloc = nNew;
  }
  Index *x = &p->a[p->n];
  size_t nArgs = argsBytes(t->zArgs, t->nArg);
  memset(x, 0, sizeof(*x));
  x->zSchema = sqlite3_mprintf("%s", t->zSchema);
  x->zName = sqlite3_mprintf("%s", t->zName);
  x->zArgs = sqlite3_malloc64(nArgs);
  x->nArg = t->nArg;
  x->bContentless = t->bContentless;
  p->n++;
  if( !x->zSchema || !x->zName || !x->zArgs ) return SQLITE_NOMEM;
  memcpy(x->zArgs, t->zArgs, nArgs);
  int rc = zhGuardReadRecord(p->pConn->db, x->zSchema, x->zName, &x->zRecord);
  if( rc == SQLITE_OK ) {
    rc = zhTokenizerFingerprint(p->pConn, x->zArgs, x->nArg, &x->zCurrent,
                                &x->zWhy);
    if( rc == SQLITE_ERROR ) rc = SQLITE_OK; /* zWhy says why */
  }
  return rc;
}

static int sameArgs(const Index *x, const Index *y) {
  return x->nArg == y->nArg && zhFts5ArgsSame(x->zArgs, y->zArgs, x->nArg);
}

/* Every zh table of the connection, with its state. */
static int indexListRead(ZhConn *pConn, IndexList *p) {
  memset(p, 0, sizeof(*p));
  p->pConn = pConn;
  int rc = zhZhTables(pConn->db, 0, 0, addIndex, p);
  for( int i = 0; rc == SQLITE_OK && i < p->n; i++ ) {
    for( int j = 0; !p->a[i].bStale && j < p->n; j++ ) {
      p->a[i].bStale = sameArgs(&p->a[i], &p->a[j]) && isStale(&p->a[j]);
    }
  }
  return rc;
}

/* ---- zh_rebuild ---------------------------------------------------------- */

/* Marks for rebuilding the tables named zTarget ("name" or "schema.name";
** 0: every stale table), and every table sharing their arguments.
** Returns how many tables zTarget named. */
static int markTargets(IndexList *p, const char *zTarget) {
  int nNamed = 0;
  for( int i = 0; i < p->n; i++ ) {
    Index *x = &p->a[i];
    char *zFull = sqlite3_mprintf("%s.%s", x->zSchema, x->zName);
    if( zTarget == 0 ) {
      x->bRebuild = x->bStale;
    } else if( sqlite3_stricmp(zTarget, x->zName) == 0 ||
               (zFull && sqlite3_stricmp(zTarget, zFull) == 0) ) {
      x->bRebuild = 1;
      nNamed++;
    }
    sqlite3_free(zFull);
  }
  /* Tables with the same arguments are checked together: rebuild all. */
  for( int i = 0; i < p->n; i++ ) {
    for( int j = 0; p->a[i].bRebuild && j < p->n; j++ ) {
      if( sameArgs(&p->a[i], &p->a[j]) ) p->a[j].bRebuild = 1;
    }
  }
  return nNamed;
}

/* Rebuilds one table: FTS5's 'rebuild', or, for a table that keeps no
** content, nothing if it is empty (it cannot be rebuilt from itself). */
static int rebuildOne(sqlite3 *db, const Index *x, char **pzErr) {
  char *zSql;
  int rc;
  if( x->bContentless ) {
    sqlite3_stmt *pStmt = 0;
    zSql = sqlite3_mprintf("SELECT 1 FROM \"%w\".\"%w\" LIMIT 1", x->zSchema,
                           x->zName);
    rc = zSql ? sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) : SQLITE_NOMEM;
    sqlite3_free(zSql);
    int bRow = rc == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW;
    int rc2 = sqlite3_finalize(pStmt);
    if( rc == SQLITE_OK ) rc = rc2;
    if( rc == SQLITE_OK && bRow ) {
      *pzErr = sqlite3_mprintf(
          "zh_rebuild: %s keeps no content, so it cannot be rebuilt from "
          "itself: empty it (INSERT INTO %s(%s) VALUES('delete-all')), run "
          "zh_rebuild again, then insert its rows again",
          x->zName, x->zName, x->zName);
      rc = SQLITE_ERROR;
    }
    return rc;
  }
  zSql = sqlite3_mprintf("INSERT INTO \"%w\".\"%w\"(\"%w\") VALUES('rebuild')",
                         x->zSchema, x->zName, x->zName);
  rc = zSql ? sqlite3_exec(db, zSql, 0, 0, pzErr) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  return rc;
}

/* Records and rebuilds the marked tables; returns how many. */
static int rebuildMarked(ZhConn *pConn, IndexList *p, int *pnDone,
                         char **pzErr) {
  int rc = SQLITE_OK;
  *pnDone = 0;
  for( int i = 0; rc == SQLITE_OK && i < p->n; i++ ) {
    Index *x = &p->a[i];
    if( !x->bRebuild ) continue;
    if( x->zCurrent == 0 ) {
      *pzErr = sqlite3_mprintf("zh_rebuild: %s: %s", x->zName,
                               x->zWhy ? x->zWhy : "out of memory");
      return x->zWhy ? SQLITE_ERROR : SQLITE_NOMEM;
    }
    rc = zhGuardRecord(pConn->db, x->zSchema, x->zName, x->zCurrent);
  }
  /* The tokenizers of these tables look again and take the new words. */
  zhIndexChanged();
  for( int i = 0; rc == SQLITE_OK && i < p->n; i++ ) {
    if( !p->a[i].bRebuild ) continue;
    rc = rebuildOne(pConn->db, &p->a[i], pzErr);
    if( rc == SQLITE_OK ) (*pnDone)++;
  }
  return rc;
}

/* Runs a statement prepared before the work began, so that ending the
** work needs no new memory. */
static int stepOnce(sqlite3_stmt *pStmt) {
  int rc = sqlite3_step(pStmt);
  sqlite3_reset(pStmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Rebuilds the marked tables inside a savepoint of their own, released
** (committed) at the end or rolled back on any error. */
static int rebuildCommitted(ZhConn *pConn, IndexList *p, int *pnDone,
                            char **pzErr) {
  static const char *const azSql[] = {
      "SAVEPOINT zh_rebuild", "RELEASE zh_rebuild", "ROLLBACK TO zh_rebuild"};
  sqlite3_stmt *apStmt[3] = {0, 0, 0};
  int rc = SQLITE_OK;
  for( int i = 0; rc == SQLITE_OK && i < 3; i++ ) {
    rc = sqlite3_prepare_v2(pConn->db, azSql[i], -1, &apStmt[i], 0);
  }
  if( rc == SQLITE_OK ) rc = stepOnce(apStmt[0]);
  if( rc == SQLITE_OK ) {
    rc = rebuildMarked(pConn, p, pnDone, pzErr);
    if( rc != SQLITE_OK ) stepOnce(apStmt[2]);
    int rc2 = stepOnce(apStmt[1]);
    if( rc == SQLITE_OK ) rc = rc2;
    /* Whatever happened, the tokenizers look at their tables again. */
    zhIndexChanged();
  }
  for( int i = 0; i < 3; i++ ) sqlite3_finalize(apStmt[i]);
  return rc;
}

static void zhRebuildFunc(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  ZhConn *pConn = (ZhConn *)sqlite3_user_data(ctx);
  sqlite3 *db = pConn->db;
  const char *zTarget = 0;
  char *zErr = 0;
  IndexList list;
  int rc, nDone = 0;
  if( zhCalledFromSchema(ctx, "zh_rebuild") ) return;
  if( argc > 0 && sqlite3_value_type(argv[0]) != SQLITE_NULL ) {
    zTarget = (const char *)sqlite3_value_text(argv[0]);
    if( zTarget == 0 ) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
  }
  if( !sqlite3_get_autocommit(db) ) {
    sqlite3_result_error(ctx,
                         "zh_rebuild: cannot run inside a transaction "
                         "(it commits its own work)",
                         -1);
    return;
  }
  rc = indexListRead(pConn, &list);
  if( rc == SQLITE_OK && markTargets(&list, zTarget) == 0 && zTarget ) {
    zErr = sqlite3_mprintf("zh_rebuild: no zh table named '%.*s%s'",
                           ZH_ERR_QUOTE(zTarget, -1));
    rc = SQLITE_ERROR;
  }
  if( rc == SQLITE_OK ) rc = rebuildCommitted(pConn, &list, &nDone, &zErr);
  indexListFree(&list);
  if( rc != SQLITE_OK ) {
    if( zErr == 0 && rc != SQLITE_NOMEM )
      zErr = sqlite3_mprintf("zh_rebuild: %s", sqlite3_errmsg(db));
    zhResultError(ctx, rc, zErr);
    return;
  }
  sqlite3_result_int(ctx, nDone);
}

/* ---- zh_index_status ---------------------------------------------------- */

typedef struct StatusCursor StatusCursor;
struct StatusCursor {
  sqlite3_vtab_cursor base;
  IndexList list;
  int i;
};

enum {
  COL_SCHEMA,
  COL_NAME,
  COL_TOKENIZE,
  COL_INDEXED,
  COL_CURRENT,
  COL_STATE
};

static int sConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                    sqlite3_vtab **ppVtab, char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  return zhVtabConnect(db, pAux,
                       "CREATE TABLE x(schema, name, tokenize, indexed_with, "
                       "current, state)",
                       ppVtab);
}

static int sBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *p) {
  (void)pVtab;
  p->estimatedCost = 1000.0;
  p->estimatedRows = 10;
  return SQLITE_OK;
}

static int sOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  StatusCursor *c = sqlite3_malloc(sizeof(*c));
  (void)pVtab;
  if( c == 0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *ppCur = &c->base;
  return SQLITE_OK;
}

static int sClose(sqlite3_vtab_cursor *cur) {
  StatusCursor *c = (StatusCursor *)cur;
  indexListFree(&c->list);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int sFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                   int argc, sqlite3_value **argv) {
  StatusCursor *c = (StatusCursor *)cur;
  (void)idxNum;
  (void)idxStr;
  (void)argc;
  (void)argv;
  indexListFree(&c->list);
  c->i = 0;
  return indexListRead(((ZhVtab *)cur->pVtab)->pConn, &c->list);
}

static int sNext(sqlite3_vtab_cursor *cur) {
  ((StatusCursor *)cur)->i++;
  return SQLITE_OK;
}

static int sEof(sqlite3_vtab_cursor *cur) {
  StatusCursor *c = (StatusCursor *)cur;
  return c->i >= c->list.n;
}

/* zh's arguments as one string, as they would be written after 'zh'. */
static void resultArgs(sqlite3_context *ctx, const Index *x) {
  sqlite3_str *p = sqlite3_str_new(0);
  const char *z = x->zArgs;
  for( int i = 0; i < x->nArg; i++ ) {
    sqlite3_str_appendf(p, i ? " %s" : "%s", z);
    z += strlen(z) + 1;
  }
  int n = sqlite3_str_length(p);
  char *zOut = sqlite3_str_finish(p);
  if( zOut == 0 && n > 0 ) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_text(ctx, zOut ? zOut : "", n,
                        zOut ? sqlite3_free : SQLITE_STATIC);
  }
}

static int sColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  StatusCursor *c = (StatusCursor *)cur;
  const Index *x = &c->list.a[c->i];
  const char *z = 0;
  switch( iCol ) {
  case COL_SCHEMA: z = x->zSchema; break;
  case COL_NAME: z = x->zName; break;
  case COL_TOKENIZE: resultArgs(ctx, x); return SQLITE_OK;
  case COL_INDEXED: z = x->zRecord; break;
  case COL_CURRENT: z = x->zCurrent ? x->zCurrent : x->zWhy; break;
  default: z = x->bStale ? "stale" : "ok"; break;
  }
  if( z ) sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
  return SQLITE_OK;
}

static int sRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((StatusCursor *)cur)->i + 1;
  return SQLITE_OK;
}

static sqlite3_module statusModule = {
    0,    0,       sConnect, sBestIndex, zhVtabDisconnect,
    0,    sOpen,   sClose,   sFilter,    sNext,
    sEof, sColumn, sRowid,   0,          0,
    0,    0,       0,        0,          0,
    0,    0,       0,        0};

int zhRegisterIndexSql(sqlite3 *db, ZhConn *pConn) {
  int rc = SQLITE_OK;
  for( int nArg = 0; rc == SQLITE_OK && nArg <= 1; nArg++ ) {
    rc = sqlite3_create_function_v2(
        db, "zh_rebuild", nArg, SQLITE_UTF8 | SQLITE_DIRECTONLY,
        zhConnRef(pConn), zhRebuildFunc, 0, 0, zhConnUnref);
  }
  if( rc == SQLITE_OK ) {
    rc = sqlite3_create_module_v2(db, "zh_index_status", &statusModule,
                                  zhConnRef(pConn), zhConnUnref);
  }
  return rc;
}
