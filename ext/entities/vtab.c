/*
** zh_entities: a table-valued function over the entity extractor.
**
**   CREATE TABLE zh_entities(
**     kind,         -- person, place, organization, date, time, money,
**                   -- percent, quantity, title
**     text,         -- as written in the input
**     value,        -- normalised: ISO date, HH:MM, JSON for money and
**                   -- quantities, a fraction for percentages; else NULL
**     start, end,   -- character offsets into input, end exclusive
**     byte_start, byte_end,
**     sentence,     -- 0-based index of the sentence (。！？; or line)
**     role,         -- reporter, correspondent or photographer, for names
**                   -- in datelines and credits; else NULL
**     input HIDDEN,  -- the text
**     kinds HIDDEN,  -- optional: 'person,place,...' (NULL: all)
**     nesting HIDDEN -- optional: 'longest' (the default), 'units' or
**                    -- 'nested': how names inside names are returned
**   );
**
**   SELECT kind, text, value FROM zh_entities('2024年5月25日，何艳静在簋街');
*/
#include "../zh.h"
#include "../vtab_args.h"
#include "../conn.h"
#include "entities.h"
#include "../utf8.h"
#include <string.h>

enum {
  COL_KIND,
  COL_TEXT,
  COL_VALUE,
  COL_START,
  COL_END,
  COL_BSTART,
  COL_BEND,
  COL_SENTENCE,
  COL_ROLE,
  COL_INPUT,
  COL_KINDS,
  COL_NESTING
};

typedef struct ECursor ECursor;
struct ECursor {
  sqlite3_vtab_cursor base;
  char *zText; /* copy of the input */
  ZhEntity *aEnt;
  int nEnt, iRow;
};

static int eConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                    sqlite3_vtab **ppVtab, char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  return zhVtabConnect(
      db, pAux,
      "CREATE TABLE x(kind, text, value, start, \"end\", byte_start, byte_end,"
      " sentence, role, input HIDDEN, kinds HIDDEN, nesting HIDDEN)",
      ppVtab);
}

static int eOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **pp) {
  ECursor *c = sqlite3_malloc(sizeof(*c));
  (void)p;
  if( c == 0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *pp = &c->base;
  return SQLITE_OK;
}

static void eReset(ECursor *c) {
  zhEntitiesFree(c->aEnt, c->nEnt);
  sqlite3_free(c->zText);
  c->aEnt = 0;
  c->zText = 0;
  c->nEnt = c->iRow = 0;
}

static int eClose(sqlite3_vtab_cursor *cur) {
  eReset((ECursor *)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int eSetError(sqlite3_vtab_cursor *cur, char *zErr) {
  sqlite3_free(cur->pVtab->zErrMsg);
  cur->pVtab->zErrMsg = zErr;
  return zErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int eFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                   int argc, sqlite3_value **argv) {
  ECursor *c = (ECursor *)cur;
  int mKinds = ZH_ENT_ALL, eNesting = ZH_NEST_LONGEST, n;
  const char *z;
  (void)idxStr;
  eReset(c);
  if( argc < 1 ) return SQLITE_OK;
  if( (idxNum & 2) && argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL ) {
    char *zErr = 0;
    const char *zKinds;
    int nKinds;
    int rc = zhTextArg(argv[1], "zh_entities: kinds", &zKinds, &nKinds, &zErr);
    if( rc != SQLITE_OK ) return zErr ? eSetError(cur, zErr) : rc;
    if( memchr(zKinds, 0, (size_t)nKinds) ) {
      return eSetError(cur, sqlite3_mprintf("zh_entities: kinds: NUL at "
                                            "byte %d",
                                            (int)strlen(zKinds)));
    }
    mKinds = zhEntityKinds(zKinds, &zErr);
    if( mKinds < 0 ) return eSetError(cur, zErr);
  }
  int iNest = (idxNum & 2) ? 2 : 1;
  if( (idxNum & 4) && argc > iNest ) {
    char *zErr = 0;
    const char *zNest;
    int nNest;
    sqlite3_value *pNest = argv[iNest];
    int rc = zhTextArg(pNest, "zh_entities: nesting", &zNest, &nNest, &zErr);
    if( rc != SQLITE_OK ) return zErr ? eSetError(cur, zErr) : rc;
    if( zNest && memchr(zNest, 0, (size_t)nNest) ) {
      return eSetError(cur, sqlite3_mprintf("zh_entities: nesting: NUL at "
                                            "byte %d",
                                            (int)strlen(zNest)));
    }
    eNesting = zhEntityNesting(zNest, &zErr);
    if( eNesting < 0 ) return eSetError(cur, zErr);
  }
  int rc = zhVtabTextArg(cur, argv[0], "zh_entities", &z, &n);
  if( rc != SQLITE_OK || z == 0 ) return rc;
  c->zText = sqlite3_malloc64((sqlite3_uint64)n + 1);
  if( c->zText == 0 ) return SQLITE_NOMEM;
  memcpy(c->zText, z, (size_t)n);
  c->zText[n] = 0;
  return zhEntitiesExtract(c->zText, n, mKinds, eNesting,
                           ((ZhVtab *)cur->pVtab)->pConn->pUser, &c->aEnt,
                           &c->nEnt);
}

static int eNext(sqlite3_vtab_cursor *cur) {
  ((ECursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int eEof(sqlite3_vtab_cursor *cur) {
  ECursor *c = (ECursor *)cur;
  return c->iRow >= c->nEnt;
}

static int eColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  ECursor *c = (ECursor *)cur;
  const ZhEntity *e = &c->aEnt[c->iRow];
  switch( i ) {
  case COL_KIND:
    sqlite3_result_text(ctx, zhEntityKindName(e->eKind), -1, SQLITE_STATIC);
    break;
  case COL_TEXT:
    sqlite3_result_text(ctx, c->zText + e->iByteStart,
                        e->iByteEnd - e->iByteStart, SQLITE_TRANSIENT);
    break;
  case COL_VALUE:
    if( e->zValue ) sqlite3_result_text(ctx, e->zValue, -1, SQLITE_TRANSIENT);
    break;
  case COL_START: sqlite3_result_int(ctx, e->iStart); break;
  case COL_END: sqlite3_result_int(ctx, e->iEnd); break;
  case COL_BSTART: sqlite3_result_int(ctx, e->iByteStart); break;
  case COL_BEND: sqlite3_result_int(ctx, e->iByteEnd); break;
  case COL_SENTENCE: sqlite3_result_int(ctx, e->iSentence); break;
  case COL_ROLE:
    if( e->zRole ) sqlite3_result_text(ctx, e->zRole, -1, SQLITE_STATIC);
    break;
  default: break;
  }
  return SQLITE_OK;
}

static int eRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((ECursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

/* Arguments: input (required), then kinds, then nesting. */
static int eBestIndex(sqlite3_vtab *tab, sqlite3_index_info *p) {
  (void)tab;
  return zhVtabBestIndex(p, COL_INPUT, COL_KINDS, COL_NESTING, 20);
}

static sqlite3_module zhEntitiesModule = {
    0,    0,       eConnect, eBestIndex, zhVtabDisconnect,
    0,    eOpen,   eClose,   eFilter,    eNext,
    eEof, eColumn, eRowid,   0,          0,
    0,    0,       0,        0,          0,
    0,    0,       0,        0};

int zhRegisterEntities(sqlite3 *db, ZhConn *pConn) {
  return sqlite3_create_module_v2(db, "zh_entities", &zhEntitiesModule,
                                  zhConnRef(pConn), zhConnUnref);
}
