/*
** The index guard: an index's tokenization never changes under it.
**
** FTS5 removes a row from an index by tokenizing the row again and
** deleting the tokens it gets.  If the tokenizer has changed since the row
** was indexed (another zh build, other Unicode tables, other user words),
** it deletes tokens that were never indexed and the index is corrupt for
** good.  So each zh table records, when it is created and when zh_rebuild
** rebuilds it, the fingerprint of what decides its tokens (fingerprint.h),
** in a table of its database:
**
**   zh_indexes(name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)
**
** and a tokenizer serves a table only while the table's fingerprint is its
** own.  Reads and writes of a stale table fail (SQLite reports "SQL logic
** error": FTS5 passes on no message of a tokenizer's; the reason goes to
** sqlite3_log and zh_index_status shows it), and never corrupt it.
**
** FTS5 tells a tokenizer its arguments, never its table.  So a tokenizer
** checks every zh table whose arguments are the same as its own (its
** "siblings", itself among them): each must be recorded with its
** fingerprint.  Tables with the same arguments go stale together and are
** rebuilt together.
**
** A check reads the schema and zh_indexes.  It is made when the tokenizer
** is created and again only when something may have changed: another
** process committed (PRAGMA data_version), or a connection of this process
** created, dropped or rebuilt a zh table (zhIndexGeneration(), conn.h).
*/
#ifndef ZH_INDEX_GUARD_H
#define ZH_INDEX_GUARD_H

#include "conn.h"

typedef struct ZhGuard ZhGuard;

/*
** Asked of the tokenizer when every sibling is recorded with one same
** fingerprint zWant that is not the tokenizer's: read its user words again
** and, if its fingerprint is then zWant, take them and return 1 (another
** connection rebuilt the tables with new words); else keep its words and
** return 0.  Or an SQLite error code below 0 (-SQLITE_NOMEM).
*/
typedef int (*ZhGuardReload)(void *pTok, const char *zWant);

/*
** A guard for a tokenizer with arguments azArg[0..nArg) on connection
** pConn (one reference taken), fingerprint zFingerprint (copied; 0 for a
** tokenizer that cannot read its user words: it is stale until it can).
** If one of its siblings is being created (CREATE VIRTUAL TABLE), records
** it with zFingerprint (with none, fails).  Returns SQLITE_OK, SQLITE_NOMEM
** or an error of recording.
*/
int zhGuardOpen(ZhConn *pConn, const char *const *azArg, int nArg,
                const char *zFingerprint, ZhGuard **ppGuard);
void zhGuardClose(ZhGuard *p);

/* The tokenizer's fingerprint changed (zhGuardReload took new words). */
int zhGuardSetFingerprint(ZhGuard *p, const char *zFingerprint);

/*
** Before each tokenization: SQLITE_OK if every sibling is recorded with
** the tokenizer's fingerprint; else SQLITE_ERROR, the reason logged.
*/
int zhGuardCheck(ZhGuard *p, ZhGuardReload xReload, void *pTok);

/* A zh table: its schema, name and arguments (packed as zhFts5ZhArgs
** packs them), and whether it keeps no content (content=''). */
typedef struct ZhTable ZhTable;
struct ZhTable {
  const char *zSchema, *zName;
  const char *zArgs;
  int nArg;
  int bContentless;
};
typedef int (*ZhTableFn)(void *pCtx, const ZhTable *pTable);

/* Calls x for each zh table of schema zSchema (zArgs not 0: only those
** with arguments zArgs[0..nArg)), until x returns other than SQLITE_OK. */
int zhZhTablesIn(sqlite3 *db, const char *zSchema, const char *zArgs, int nArg,
                 ZhTableFn x, void *pCtx);
/* The same over every schema of the connection: main, temp, attached. */
int zhZhTables(sqlite3 *db, const char *zArgs, int nArg, ZhTableFn x,
               void *pCtx);

/* The fingerprint zh_indexes holds for zSchema.zName (*pzRecord 0 if
** none; from sqlite3_malloc). */
int zhGuardReadRecord(sqlite3 *db, const char *zSchema, const char *zName,
                      char **pzRecord);

/* Records table zSchema.zName in zh_indexes with zFingerprint (making
** zh_indexes in that schema if it has none). */
int zhGuardRecord(sqlite3 *db, const char *zSchema, const char *zName,
                  const char *zFingerprint);

#endif
