/*
** Reading SQL text, where SQLite's API has no answer:
**
** - a zh table's tokenizer arguments, read back from its CREATE VIRTUAL
**   TABLE statement (sqlite_schema.sql) as FTS5 reads them.  FTS5 tells a
**   tokenizer nothing about the table it serves, only its arguments: the
**   index guard (index_guard.h) finds the tables a tokenizer may be
**   serving by comparing its arguments with every fts5 table's;
** - whether a function was called by the SQL being run, or by the schema.
*/
#ifndef ZH_SQL_TEXT_H
#define ZH_SQL_TEXT_H

#include "zh.h"

/*
** If zSql creates an fts5 table whose tokenize option names the zh
** tokenizer (tokenize='zh ...', or zh under a wrapper: 'porter zh ...'),
** returns 1 and sets *pzArgs to zh's arguments, each dequoted as FTS5
** dequotes them and ended by a NUL, one after the other, and *pnArg to
** their number (*pzArgs is from sqlite3_malloc: free it), and
** *pbContentless to whether the table keeps no content (content='').
** Returns 0 for any other statement, -1 when out of memory.
*/
int zhFts5ZhArgs(const char *zSql, char **pzArgs, int *pnArg,
                 int *pbContentless);

/* The nArg arguments azArg packed as zhFts5ZhArgs packs them (from
** sqlite3_malloc; 0 when out of memory). */
char *zhFts5ArgsPack(const char *const *azArg, int nArg);

/* True if the nArg packed arguments zA and zB are the same. */
int zhFts5ArgsSame(const char *zA, const char *zB, int nArg);

/*
** For a function with side effects: if no statement running on ctx's
** connection calls zFunc by name in its SQL text, it is the schema calling
** it (a CHECK constraint, a trigger, a view, a default, an index or a
** generated column of a database someone sent) and not the user: reports
** "zFunc: called from the schema, not by the SQL being run" and returns 1.
**
** SQLITE_DIRECTONLY alone does not keep such calls out: SQLite checks it
** when it reads the schema, and a schema read before the extension was
** loaded holds the call unchecked (a CHECK constraint then runs it on
** every INSERT, even with PRAGMA trusted_schema=0).
*/
int zhCalledFromSchema(sqlite3_context *ctx, const char *zFunc);

#endif
