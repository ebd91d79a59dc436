/*
** Argument handling shared by the table-valued functions.
*/
#include "vtab_args.h"

int zhVtabBestIndex(sqlite3_index_info *p, int iInput, int iSecond,
                    double rowsPerInput) {
  int iIn = -1, iSec = -1, bUnusable = 0;
  for( int i = 0; i < p->nConstraint; i++ ) {
    const struct sqlite3_index_constraint *c = &p->aConstraint[i];
    if( c->op != SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( c->iColumn == iInput ) {
      if( c->usable )
        iIn = i;
      else
        bUnusable = 1;
    } else if( c->iColumn == iSecond && c->usable ) {
      iSec = i;
    }
  }
  if( iIn < 0 ) {
    if( bUnusable ) return SQLITE_CONSTRAINT;
    /* No input: an empty table, but say so cheaply rather than fail. */
    p->idxNum = 0;
    p->estimatedCost = 1e99;
    return SQLITE_OK;
  }
  p->aConstraintUsage[iIn].argvIndex = 1;
  p->aConstraintUsage[iIn].omit = 1;
  p->idxNum = 1;
  if( iSec >= 0 ) {
    p->aConstraintUsage[iSec].argvIndex = 2;
    p->aConstraintUsage[iSec].omit = 1;
    p->idxNum |= 2;
  }
  p->estimatedCost = 10.0;
  p->estimatedRows = (sqlite3_int64)rowsPerInput;
  return SQLITE_OK;
}
