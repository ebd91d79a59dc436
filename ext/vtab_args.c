/*
** Argument handling shared by the SQL functions.
*/
#include "vtab_args.h"
#include "utf8.h"
#include <string.h>

int zhVtabBestIndex(sqlite3_index_info *p, int iInput, int iSecond, int iThird,
                    double rowsPerInput) {
  int iIn = -1, iSec = -1, iThi = -1;
  int bUnusableIn = 0, bUnusableSec = 0, bUnusableThi = 0;
  for( int i = 0; i < p->nConstraint; i++ ) {
    const struct sqlite3_index_constraint *c = &p->aConstraint[i];
    if( c->op != SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( c->iColumn == iInput ) {
      if( c->usable )
        iIn = i;
      else
        bUnusableIn = 1;
    } else if( c->iColumn == iSecond && iSecond >= 0 ) {
      if( c->usable )
        iSec = i;
      else
        bUnusableSec = 1;
    } else if( c->iColumn == iThird && iThird >= 0 ) {
      if( c->usable )
        iThi = i;
      else
        bUnusableThi = 1;
    }
  }
  /* An argument taken from a table joined after this one cannot be passed
  ** in this plan: SQLite must find another.  A plan that left the option
  ** out would run with the default and then compare the hidden column
  ** (NULL) with the argument: no row. */
  if( (iSec < 0 && bUnusableSec) || (iThi < 0 && bUnusableThi) )
    return SQLITE_CONSTRAINT;
  if( iIn < 0 ) {
    if( bUnusableIn ) return SQLITE_CONSTRAINT;
    /* No input: an empty table, but say so cheaply rather than fail. */
    p->idxNum = 0;
    p->estimatedCost = 1e99;
    return SQLITE_OK;
  }
  p->aConstraintUsage[iIn].argvIndex = 1;
  p->aConstraintUsage[iIn].omit = 1;
  p->idxNum = 1;
  int iArgv = 2;
  if( iSec >= 0 ) {
    p->aConstraintUsage[iSec].argvIndex = iArgv++;
    p->aConstraintUsage[iSec].omit = 1;
    p->idxNum |= 2;
  }
  if( iThi >= 0 ) {
    p->aConstraintUsage[iThi].argvIndex = iArgv;
    p->aConstraintUsage[iThi].omit = 1;
    p->idxNum |= 4;
  }
  p->estimatedCost = 10.0;
  p->estimatedRows = (sqlite3_int64)rowsPerInput;
  return SQLITE_OK;
}

int zhTextArg(sqlite3_value *pVal, const char *zFunc, const char **pz, int *pn,
              char **pzErr) {
  *pz = 0;
  *pn = 0;
  *pzErr = 0;
  if( sqlite3_value_type(pVal) == SQLITE_NULL ) return SQLITE_OK;
  const char *z = (const char *)sqlite3_value_text(pVal);
  int n = sqlite3_value_bytes(pVal);
  if( z == 0 ) return SQLITE_NOMEM;
  int iBad = zhUtf8Check(z, n);
  if( iBad >= 0 ) {
    *pzErr = sqlite3_mprintf("%s: invalid UTF-8 at byte %d", zFunc, iBad);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  *pz = z;
  *pn = n;
  return SQLITE_OK;
}

void zhResultError(sqlite3_context *ctx, int rc, char *zErr) {
  if( zErr )
    sqlite3_result_error(ctx, zErr, -1);
  else if( rc == SQLITE_NOMEM )
    sqlite3_result_error_nomem(ctx);
  else
    sqlite3_result_error_code(ctx, rc);
  sqlite3_free(zErr);
}

int zhVtabTextArg(sqlite3_vtab_cursor *cur, sqlite3_value *pVal,
                  const char *zFunc, const char **pz, int *pn) {
  char *zErr = 0;
  int rc = zhTextArg(pVal, zFunc, pz, pn, &zErr);
  if( zErr ) {
    sqlite3_free(cur->pVtab->zErrMsg);
    cur->pVtab->zErrMsg = zErr;
  }
  return rc;
}

int zhVtabConnect(sqlite3 *db, void *pAux, const char *zSchema,
                  sqlite3_vtab **ppVtab) {
  ZhVtab *p;
  int rc = sqlite3_declare_vtab(db, zSchema);
  *ppVtab = 0;
  if( rc != SQLITE_OK ) return rc;
  p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pConn = (ZhConn *)pAux;
  *ppVtab = &p->base;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  return SQLITE_OK;
}

int zhVtabDisconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}
