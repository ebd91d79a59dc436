/*
** The argument handling shared by the SQL functions: a table-valued
** function's required text argument and optional second one (hidden
** columns), and text arguments that must be valid UTF-8.
*/
#ifndef ZH_VTAB_ARGS_H
#define ZH_VTAB_ARGS_H

#include "zh.h"

typedef struct ZhConn ZhConn;

/* The virtual table of every table-valued function: the connection's
** state (its user dictionary) is all it holds. */
typedef struct ZhVtab ZhVtab;
struct ZhVtab {
  sqlite3_vtab base;
  ZhConn *pConn;
};

/* xConnect for a table-valued function with columns zSchema ("CREATE
** TABLE x(...)"); pAux is the ZhConn the module was registered with. */
int zhVtabConnect(sqlite3 *db, void *pAux, const char *zSchema,
                  sqlite3_vtab **ppVtab);
int zhVtabDisconnect(sqlite3_vtab *pVtab);

/*
** xBestIndex for a function whose hidden columns iInput (required), then
** iSecond and iThird (optional; -1 for none) are its arguments.  Sets
** idxNum bit 1 when the input is given (argv[0]), bit 2 when the second
** argument is (argv[1]) and bit 4 when the third is (the next argv).
** With no input the table is empty; an argument that is given but
** unusable in this plan is SQLITE_CONSTRAINT, so SQLite looks for another.
*/
int zhVtabBestIndex(sqlite3_index_info *p, int iInput, int iSecond, int iThird,
                    double rowsPerInput);

/*
** Reads pVal as the text argument of function zFunc: *pz is 0 for NULL.
** Returns SQLITE_OK, SQLITE_NOMEM, or SQLITE_ERROR with *pzErr set (from
** sqlite3_mprintf) to "zFunc: invalid UTF-8 at byte N".
*/
int zhTextArg(sqlite3_value *pVal, const char *zFunc, const char **pz, int *pn,
              char **pzErr);

/* Ends a scalar function with error rc: the message zErr (then freed) if
** there is one, else SQLite's for rc (out of memory for SQLITE_NOMEM). */
void zhResultError(sqlite3_context *ctx, int rc, char *zErr);

/* The same for a table-valued function: the message goes to the vtab. */
int zhVtabTextArg(sqlite3_vtab_cursor *cur, sqlite3_value *pVal,
                  const char *zFunc, const char **pz, int *pn);

#endif
