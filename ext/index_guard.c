/*
** The index guard (index_guard.h): finding a tokenizer's siblings,
** reading and writing their fingerprints in zh_indexes, and the check made
** before each tokenization.
*/
#include "index_guard.h"
#include "sql_text.h"
#include <string.h>

/* At most this many schemas are watched for commits of other connections
** (main, temp and attached databases: SQLite's default limit is 10). */
#define ZH_GUARD_MAX_SCHEMA 16

#define ZH_GUARD_OK    0
#define ZH_GUARD_STALE 1

struct ZhGuard {
  ZhConn *pConn;
  char *zArgs; /* the tokenizer's arguments, packed as zhFts5ZhArgs does */
  int nArg;
  char *zFingerprint;
  int bChecked;  /* a check has been made since the last change */
  unsigned iGen; /* zhIndexGeneration() at that check */
  int nSchema;   /* the schemas it watched, with their data_version */
  char *azSchema[ZH_GUARD_MAX_SCHEMA];
  sqlite3_int64 aVersion[ZH_GUARD_MAX_SCHEMA];
  int eState; /* ZH_GUARD_* */
  char *zWhy; /* why it is stale */
};

/* One sibling: a zh table with the tokenizer's arguments. */
typedef struct Sibling Sibling;
struct Sibling {
  char *zSchema, *zName;
  int bCreating; /* being created: FTS5 has made no table of its own yet */
  char *zRecord; /* its fingerprint in zh_indexes, 0 if none */
};

typedef struct SiblingList SiblingList;
struct SiblingList {
  Sibling *a;
  int n, nAlloc;
};

static void siblingsFree(SiblingList *p) {
  for( int i = 0; i < p->n; i++ ) {
    sqlite3_free(p->a[i].zSchema);
    sqlite3_free(p->a[i].zName);
    sqlite3_free(p->a[i].zRecord);
  }
  sqlite3_free(p->a);
  memset(p, 0, sizeof(*p));
}

/* ---- small queries ------------------------------------------------------ */

/* Runs zSql (from sqlite3_mprintf, freed here; 0: out of memory) and, if
** pzOut, copies the first column of its first row there (0 if no row or
** NULL).  *pbRow, if given, says whether there was a row. */
static int queryOne(sqlite3 *db, char *zSql, char **pzOut, int *pbRow) {
  sqlite3_stmt *pStmt = 0;
  int rc = zSql ? sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  if( pzOut ) *pzOut = 0;
  if( pbRow ) *pbRow = 0;
  if( rc != SQLITE_OK ) return rc;
  if( sqlite3_step(pStmt) == SQLITE_ROW ) {
    const char *z = (const char *)sqlite3_column_text(pStmt, 0);
    if( pbRow ) *pbRow = 1;
    if( pzOut && z ) {
      *pzOut = sqlite3_mprintf("%s", z);
      if( *pzOut == 0 ) rc = SQLITE_NOMEM;
    }
  }
  int rc2 = sqlite3_finalize(pStmt);
  return rc == SQLITE_OK ? rc2 : rc;
}

/* True if schema zSchema has a table or view named zName. */
static int hasTable(sqlite3 *db, const char *zSchema, const char *zName,
                    int *pRc) {
  int bRow = 0;
  if( *pRc == SQLITE_OK ) {
    *pRc = queryOne(db,
                    sqlite3_mprintf("SELECT 1 FROM \"%w\".sqlite_schema "
                                    "WHERE name = %Q COLLATE NOCASE",
                                    zSchema, zName),
                    0, &bRow);
  }
  return bRow;
}

/* ---- siblings ------------------------------------------------------------ */

static int addSibling(SiblingList *p, const char *zSchema, const char *zName) {
  if( p->n == p->nAlloc ) {
    int nNew = p->nAlloc ? 2 * p->nAlloc : 4;
    Sibling *aNew = sqlite3_realloc64(p->a, sizeof(Sibling) * (size_t)nNew);
    if( aNew == 0 ) return SQLITE_NOMEM;
    p->a = aNew;
    p->nAlloc = nNew;
  }
  Sibling *s = &p->a[p->n];
  memset(s, 0, sizeof(*s));
  s->zSchema = sqlite3_mprintf("%s", zSchema);
  s->zName = sqlite3_mprintf("%s", zName);
  if( s->zSchema == 0 || s->zName == 0 ) {
    sqlite3_free(s->zSchema);
    sqlite3_free(s->zName);
    return SQLITE_NOMEM;
  }
  p->n++;
  return SQLITE_OK;
}

int zhZhTablesIn(sqlite3 *db, const char *zSchema, const char *zArgs, int nArg,
                 ZhTableFn x, void *pCtx) {
  sqlite3_stmt *pStmt = 0;
  char *zSql = sqlite3_mprintf(
      "SELECT name, sql FROM \"%w\".sqlite_schema WHERE type = 'table' "
      "AND sql LIKE 'CREATE VIRTUAL TABLE%%' AND sql LIKE '%%zh%%'",
      zSchema);
  int rc = zSql ? sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  while( rc == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW ) {
    const char *zName = (const char *)sqlite3_column_text(pStmt, 0);
    const char *zCreate = (const char *)sqlite3_column_text(pStmt, 1);
    char *zThese = 0;
    int nThese = 0, bContentless = 0;
    if( zName == 0 || zCreate == 0 ) continue;
    int bZh = zhFts5ZhArgs(zCreate, &zThese, &nThese, &bContentless);
    if( bZh < 0 ) rc = SQLITE_NOMEM;
    if( bZh > 0 && (zArgs == 0 ||
                    (nThese == nArg && zhFts5ArgsSame(zThese, zArgs, nArg))) ) {
      ZhTable t = {zSchema, zName, zThese, nThese, bContentless};
      rc = x(pCtx, &t);
    }
    sqlite3_free(zThese);
  }
  int rc2 = sqlite3_finalize(pStmt);
  return rc == SQLITE_OK ? rc2 : rc;
}

int zhZhTables(sqlite3 *db, const char *zArgs, int nArg, ZhTableFn x,
               void *pCtx) {
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT name FROM pragma_database_list", -1,
                              &pStmt, 0);
  while( rc == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW ) {
    const char *zSchema = (const char *)sqlite3_column_text(pStmt, 0);
    if( zSchema ) rc = zhZhTablesIn(db, zSchema, zArgs, nArg, x, pCtx);
  }
  int rc2 = sqlite3_finalize(pStmt);
  return rc == SQLITE_OK ? rc2 : rc;
}

int zhGuardReadRecord(sqlite3 *db, const char *zSchema, const char *zName,
                      char **pzRecord) {
  int rc = SQLITE_OK;
  *pzRecord = 0;
  if( hasTable(db, zSchema, "zh_indexes", &rc) ) {
    rc = queryOne(db,
                  sqlite3_mprintf("SELECT fingerprint FROM \"%w\".zh_indexes "
                                  "WHERE name = %Q",
                                  zSchema, zName),
                  pzRecord, 0);
  }
  return rc;
}

static int addSiblingFn(void *pCtx, const ZhTable *t) {
  return addSibling((SiblingList *)pCtx, t->zSchema, t->zName);
}

/* What a sibling is: being created, and its fingerprint if recorded. */
static int readSibling(sqlite3 *db, Sibling *s) {
  int rc = SQLITE_OK;
  char *zConfig = sqlite3_mprintf("%s_config", s->zName);
  if( zConfig == 0 ) return SQLITE_NOMEM;
  s->bCreating = !hasTable(db, s->zSchema, zConfig, &rc);
  sqlite3_free(zConfig);
  if( rc == SQLITE_OK )
    rc = zhGuardReadRecord(db, s->zSchema, s->zName, &s->zRecord);
  return rc;
}

/* The guard's siblings in every schema of the connection; also notes the
** schemas and their data_version, to know when to look again. */
static int findSiblings(ZhGuard *g, SiblingList *pList) {
  sqlite3 *db = g->pConn->db;
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT name FROM pragma_database_list", -1,
                              &pStmt, 0);
  for( int i = 0; i < g->nSchema; i++ ) sqlite3_free(g->azSchema[i]);
  g->nSchema = 0;
  while( rc == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW ) {
    const char *zSchema = (const char *)sqlite3_column_text(pStmt, 0);
    if( zSchema == 0 ) continue;
    if( g->nSchema < ZH_GUARD_MAX_SCHEMA ) {
      char *z = sqlite3_mprintf("%s", zSchema);
      if( z == 0 ) rc = SQLITE_NOMEM;
      g->azSchema[g->nSchema++] = z;
    }
    if( rc == SQLITE_OK ) {
      rc = zhZhTablesIn(db, zSchema, g->zArgs, g->nArg, addSiblingFn, pList);
    }
  }
  int rc2 = sqlite3_finalize(pStmt);
  if( rc == SQLITE_OK ) rc = rc2;
  for( int i = 0; rc == SQLITE_OK && i < pList->n; i++ ) {
    rc = readSibling(db, &pList->a[i]);
  }
  return rc;
}

/* ---- recording -------------------------------------------------------------
 */

int zhGuardRecord(sqlite3 *db, const char *zSchema, const char *zName,
                  const char *zFingerprint) {
  char *zSql = sqlite3_mprintf(
      "CREATE TABLE IF NOT EXISTS \"%w\".zh_indexes("
      "name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL) WITHOUT ROWID;"
      "INSERT OR REPLACE INTO \"%w\".zh_indexes VALUES(%Q, %Q)",
      zSchema, zSchema, zName, zFingerprint);
  int rc = zSql ? sqlite3_exec(db, zSql, 0, 0, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  return rc;
}

/* ---- the check -------------------------------------------------------------
 */

/* The data_version of each watched schema, into aVersion. */
static void readVersions(ZhGuard *g, sqlite3_int64 *aVersion) {
  for( int i = 0; i < g->nSchema; i++ ) {
    aVersion[i] = 0;
    if( g->azSchema[i] ) {
      sqlite3_file_control(g->pConn->db, g->azSchema[i],
                           SQLITE_FCNTL_DATA_VERSION, &aVersion[i]);
    }
  }
}

/* Sets the guard's state from its siblings' fingerprints. */
static int judge(ZhGuard *g, SiblingList *pList, ZhGuardReload xReload,
                 void *pTok) {
  const char *zOther = 0; /* the one fingerprint the others all have */
  int bMixed = 0, iBad = -1;
  for( int i = 0; i < pList->n; i++ ) {
    const Sibling *s = &pList->a[i];
    if( s->bCreating || (s->zRecord && g->zFingerprint &&
                         !strcmp(s->zRecord, g->zFingerprint)) )
      continue;
    if( iBad < 0 ) iBad = i;
    if( s->zRecord == 0 || (zOther && strcmp(zOther, s->zRecord)) ) bMixed = 1;
    zOther = s->zRecord;
  }
  if( iBad >= 0 && !bMixed && zOther && xReload ) {
    /* All rebuilt by another connection, with user words newer than the
    ** tokenizer's: take those words too. */
    int rc = xReload(pTok, zOther);
    if( rc < 0 ) return -rc;
    if( rc > 0 ) iBad = -1;
  }
  sqlite3_free(g->zWhy);
  g->zWhy = 0;
  g->eState = iBad < 0 ? ZH_GUARD_OK : ZH_GUARD_STALE;
  if( iBad >= 0 ) {
    const Sibling *s = &pList->a[iBad];
    g->zWhy = sqlite3_mprintf(
        "zh: table %s.%s is stale: indexed with %s; this zh tokenizes with "
        "%s. Rebuild it: SELECT zh_rebuild('%s')",
        s->zSchema, s->zName, s->zRecord ? s->zRecord : "no fingerprint",
        g->zFingerprint ? g->zFingerprint : "none (its words cannot be read)",
        s->zName);
    if( g->zWhy == 0 ) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Looks at the siblings again and judges the guard. */
static int recheck(ZhGuard *g, ZhGuardReload xReload, void *pTok) {
  SiblingList list;
  memset(&list, 0, sizeof(list));
  g->iGen = zhIndexGeneration();
  int rc = findSiblings(g, &list);
  readVersions(g, g->aVersion);
  if( rc == SQLITE_OK ) rc = judge(g, &list, xReload, pTok);
  siblingsFree(&list);
  g->bChecked = rc == SQLITE_OK;
  return rc;
}

int zhGuardCheck(ZhGuard *p, ZhGuardReload xReload, void *pTok) {
  int bFresh = p->bChecked && p->iGen == zhIndexGeneration();
  if( bFresh ) {
    sqlite3_int64 aNow[ZH_GUARD_MAX_SCHEMA];
    readVersions(p, aNow);
    bFresh = memcmp(aNow, p->aVersion, sizeof(aNow[0]) * p->nSchema) == 0;
  }
  if( !bFresh ) {
    int rc = recheck(p, xReload, pTok);
    if( rc != SQLITE_OK ) return rc;
  }
  if( p->eState == ZH_GUARD_OK ) return SQLITE_OK;
  sqlite3_log(SQLITE_ERROR, "%s", p->zWhy);
  return SQLITE_ERROR;
}

/* ---- the guard ---------------------------------------------------------- */

int zhGuardSetFingerprint(ZhGuard *p, const char *zFingerprint) {
  char *z = sqlite3_mprintf("%s", zFingerprint);
  if( z == 0 ) return SQLITE_NOMEM;
  sqlite3_free(p->zFingerprint);
  p->zFingerprint = z;
  return SQLITE_OK;
}

/* Records the siblings being created with the guard's fingerprint. */
static int recordNew(ZhGuard *g) {
  SiblingList list;
  memset(&list, 0, sizeof(list));
  int rc = findSiblings(g, &list);
  for( int i = 0; rc == SQLITE_OK && i < list.n; i++ ) {
    if( !list.a[i].bCreating ) continue;
    /* A tokenizer that cannot read its words creates no table. */
    if( g->zFingerprint == 0 ) {
      rc = SQLITE_ERROR;
      break;
    }
    rc = zhGuardRecord(g->pConn->db, list.a[i].zSchema, list.a[i].zName,
                       g->zFingerprint);
    zhIndexChanged();
  }
  siblingsFree(&list);
  return rc;
}

int zhGuardOpen(ZhConn *pConn, const char *const *azArg, int nArg,
                const char *zFingerprint, ZhGuard **ppGuard) {
  ZhGuard *g = sqlite3_malloc(sizeof(*g));
  int rc = SQLITE_NOMEM;
  *ppGuard = 0;
  if( g == 0 ) return SQLITE_NOMEM;
  memset(g, 0, sizeof(*g));
  g->pConn = zhConnRef(pConn);
  g->nArg = nArg;
  g->zArgs = zhFts5ArgsPack(azArg, nArg);
  if( g->zArgs &&
      (zFingerprint == 0 || zhGuardSetFingerprint(g, zFingerprint) == 0) ) {
    rc = recordNew(g);
  }
  if( rc != SQLITE_OK ) {
    zhGuardClose(g);
    return rc;
  }
  *ppGuard = g;
  return SQLITE_OK;
}

void zhGuardClose(ZhGuard *p) {
  if( p == 0 ) return;
  /* A zh table dropped or disconnected: its siblings look again. */
  zhIndexChanged();
  for( int i = 0; i < p->nSchema; i++ ) sqlite3_free(p->azSchema[i]);
  sqlite3_free(p->zArgs);
  sqlite3_free(p->zFingerprint);
  sqlite3_free(p->zWhy);
  zhConnUnref(p->pConn);
  sqlite3_free(p);
}
