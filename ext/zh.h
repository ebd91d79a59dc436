/*
** Declarations shared by the files of sqlite-zh.  Every file but zh.c
** reaches the SQLite API through SQLITE_EXTENSION_INIT3.
*/
#ifndef ZH_H
#define ZH_H

#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include "zh_version.h"

#define SQLITE_ZH_STR2(x) #x
#define SQLITE_ZH_STR(x)  SQLITE_ZH_STR2(x)

/* Registration of each part; each returns an SQLite result code. */
typedef struct ZhConn ZhConn;
int zhRegisterTokenizer(sqlite3 *db, ZhConn *pConn);
int zhRegisterQuery(sqlite3 *db, ZhConn *pConn);
int zhRegisterTokenizeVtab(sqlite3 *db, ZhConn *pConn);
int zhRegisterFunctions(sqlite3 *db, ZhConn *pConn);
int zhRegisterDictFunctions(sqlite3 *db, ZhConn *pConn);
int zhRegisterEntities(sqlite3 *db, ZhConn *pConn);
int zhRegisterParagraphs(sqlite3 *db, ZhConn *pConn);
int zhRegisterArticles(sqlite3 *db, ZhConn *pConn);
int zhRegisterPinyin(sqlite3 *db, ZhConn *pConn);
int zhRegisterIndexSql(sqlite3 *db, ZhConn *pConn);

/* 2 or 1: the FTS5 tokenizer API zh is registered with on db; 0: none;
** -1: out of memory. */
int zhTokenizerApiVersion(sqlite3 *db);

#endif
