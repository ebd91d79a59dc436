/*
** Out-of-memory injection.  SQLite's allocator is wrapped (before
** sqlite3_initialize, SQLITE_CONFIG_MALLOC) by one that fails the Nth
** allocation, or every allocation from the Nth on.  First sqlite3_open with
** zh as an automatic extension; then each step below (load the extension,
** create zh tables in every mode, insert, query with zh_query and
** highlight, every SQL function) is run on a fresh connection after the
** steps before it, for N = 1, 2, ... until the step completes without a
** failure injected.  Every call must succeed or report the failure
** (SQLITE_NOMEM, or a message that says out of memory); afterwards the
** tables must pass FTS5's integrity-check, and once the connection is
** closed every allocation must have been freed.  Linked with the static
** (SQLITE_CORE) build and the system SQLite.  The steps' runs are shared
** among one forked process per core (up to four).
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../ext/sqlite_zh.h"

/* ---- the failing allocator ---------------------------------------------- */

static sqlite3_mem_methods mOrig;
static int iFailAt;  /* fail the allocation with this number (0: none) */
static int bPersist; /* ...and every one after it */
static int nAlloc;   /* allocations (and reallocations) since armed */
static int nFailed;  /* failures injected since armed */
static long nLive;   /* blocks allocated and not yet freed */

static int shouldFail(void) {
  if( iFailAt == 0 ) return 0;
  nAlloc++;
  if( nAlloc == iFailAt || (bPersist && nAlloc > iFailAt) ) {
    nFailed++;
    return 1;
  }
  return 0;
}

static void *oomMalloc(int n) {
  void *p;
  if( shouldFail() ) return 0;
  p = mOrig.xMalloc(n);
  if( p ) nLive++;
  return p;
}

static void oomFree(void *p) {
  if( p ) nLive--;
  mOrig.xFree(p);
}

static void *oomRealloc(void *p, int n) {
  if( shouldFail() ) return 0;
  return mOrig.xRealloc(p, n);
}

static int oomSize(void *p) {
  return mOrig.xSize(p);
}
static int oomRoundup(int n) {
  return mOrig.xRoundup(n);
}
static int oomInit(void *p) {
  return mOrig.xInit(p);
}
static void oomShutdown(void *p) {
  mOrig.xShutdown(p);
}

static void arm(int iAt, int bAll) {
  iFailAt = iAt;
  bPersist = bAll;
  nAlloc = nFailed = 0;
}

/* ---- the steps ----------------------------------------------------------- */

static const char *zText =
    "本报讯(记者张晶)2024年5月25日上午9时30分,北京市总工会职工大学举办"
    "职工技师聘任仪式,何艳静在簋街说,投入6700余万元,覆盖率95%。臺灣工會與"
    "ＡＢＣ公司 EAP计划《工人日报》";

static const char *zPage =
    "提高餐饮行业最低工资标准 建立技能人才激励机制\n"
    "东城区簋街餐饮企业签订工资专项协议\n"
    "本报讯(记者边磊)近日,东城区簋街餐饮业组织召开职工代表大会,审议通过了工"
    "资专项\n协议。\n"
    "通讯员 董颖 摄\n";

/* A step: SQL run with sqlite3_exec, or (zSql 0) loading the extension. */
static const struct {
  const char *zName;
  const char *zSql;
} aStep[] = {
    {"load the extension (sqlite3_zh_init)", 0},
    /* Before the tables: a user word added and not removed (the failure
    ** came between) changes the words an index of words mode is checked
    ** against. */
    {"zh_dict_add, zh_dict_remove",
     "SELECT zh_dict_add('簋街餐饮'), zh_dict_add('炳超', 50, 'nr'),"
     " zh_segment('簋街餐饮梁炳超'), zh_dict_remove('簋街餐饮'), "
     "zh_dict_count()"},
    {"create a zh table",
     "CREATE VIRTUAL TABLE s USING fts5(x, tokenize='zh')"},
    {"create a words-mode table",
     "CREATE VIRTUAL TABLE w USING fts5(x, tokenize='zh mode words')"},
    {"create a pinyin table",
     "CREATE VIRTUAL TABLE p USING fts5(x, tokenize='zh pinyin 1')"},
    {"create a table with user words from a table",
     "CREATE TABLE words(word PRIMARY KEY, freq, tag);"
     "INSERT INTO words VALUES ('簋街餐饮', NULL, NULL), ('炳超', 50, 'nr');"
     "CREATE VIRTUAL TABLE d USING fts5(x, tokenize='zh mode words dict "
     "words')"},
    {"insert", "INSERT INTO s(x) VALUES (?1), ('工会，职工'), (?2)"},
    {"insert, pinyin", "INSERT INTO p(x) VALUES (?1), ('北京银行')"},
    {"insert, words mode",
     "INSERT INTO w(x) VALUES (?1), ('工会，职工'), (?2)"},
    {"insert, user words from a table", "INSERT INTO d(x) VALUES (?1), (?2)"},
    {"MATCH zh_query, highlight",
     "SELECT highlight(s, 0, '[', ']') FROM s WHERE s MATCH zh_query('工会 "
     "\"职工 大学\" -豹黑 OR 簋街 eap*') ORDER BY rank"},
    {"MATCH zh_query, snippet, words mode",
     "SELECT snippet(w, 0, '[', ']', '…', 8) FROM w WHERE w MATCH "
     "zh_query('工会 职工') ORDER BY rank"},
    {"MATCH pinyin, highlight",
     "SELECT highlight(p, 0, '[', ']') FROM p WHERE p MATCH zh_query('bj "
     "yinhang beijing 北京s xian')"},
    {"zh_tokenize", "SELECT count(*) FROM zh_tokenize(?1);"
                    "SELECT count(*) FROM zh_tokenize(?1, 'mode words t2s 0');"
                    "SELECT count(*) FROM zh_tokenize(?1, 'pinyin 1')"},
    {"zh_segment", "SELECT zh_segment(?1), zh_segment(?1, 'nfkc 0')"},
    {"zh_entities", "SELECT count(*) FROM zh_entities(?1);"
                    "SELECT count(*) FROM zh_entities(?1, 'person,money');"
                    "SELECT count(*) FROM zh_entities(?1, NULL, 'nested');"
                    "SELECT count(*) FROM zh_entities(?1, NULL, 'units')"},
    {"zh_paragraphs", "SELECT count(*) FROM zh_paragraphs(?2)"},
    {"zh_articles", "SELECT count(*) FROM zh_articles(?2)"},
    {"zh_pinyin, zh_query with pinyin",
     "SELECT zh_pinyin(?1), zh_pinyin(?1, 'initials'),"
     " zh_query('bj yinhang ~hang'), zh_query('bjyh', 'initials')"},
    {"zh_index_status, zh_rebuild",
     "INSERT INTO words VALUES ('北京市总工会', 100, 'nt');"
     "SELECT count(*) FROM zh_index_status; SELECT zh_rebuild();"
     "SELECT count(*) FROM d WHERE d MATCH zh_query('北京市总工会')"},
    {"zh_fold, zh_query, zh_utf8_error",
     "SELECT zh_fold(?1), zh_fold(?1, 'casefold 0'), zh_query(?1),"
     " zh_utf8_error(?1), zh_version(), zh_version('fts5')"},
};
#define N_STEP     (int)(sizeof(aStep) / sizeof(aStep[0]))
#define N_MAX_STEP 64 /* room for the lines of N_STEP steps */
_Static_assert(N_STEP <= N_MAX_STEP, "N_MAX_STEP");

/* Runs every statement of zSql with ?1 = zText and ?2 = zPage. */
static int runSql(sqlite3 *db, const char *zSql) {
  const char *zTail = zSql;
  int rc = SQLITE_OK;
  while( rc == SQLITE_OK && zTail && zTail[0] ) {
    sqlite3_stmt *pStmt = 0;
    rc = sqlite3_prepare_v2(db, zTail, -1, &pStmt, &zTail);
    if( rc != SQLITE_OK || pStmt == 0 ) break;
    if( sqlite3_bind_parameter_count(pStmt) >= 1 )
      sqlite3_bind_text(pStmt, 1, zText, -1, SQLITE_STATIC);
    if( sqlite3_bind_parameter_count(pStmt) >= 2 )
      sqlite3_bind_text(pStmt, 2, zPage, -1, SQLITE_STATIC);
    while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {}
    if( rc == SQLITE_DONE ) rc = SQLITE_OK;
    sqlite3_finalize(pStmt);
  }
  return rc;
}

static int runStep(sqlite3 *db, int i, char **pzErr) {
  *pzErr = 0;
  if( aStep[i].zSql ) {
    int rc = runSql(db, aStep[i].zSql);
    if( rc == SQLITE_OK ) return rc;
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return sqlite3_extended_errcode(db);
  }
  return sqlite3_zh_init(db, pzErr, 0);
}

static int nFail = 0;
static int nFts5Corrupt = 0; /* see tryStep */

static void fail(const char *zStep, int iAt, int bAll, const char *zWhat,
                 const char *zDetail) {
  fprintf(stderr, "FAILED: %s, %s allocation %d: %s %s\n", zStep,
          bAll ? "every" : "only", iAt, zWhat, zDetail ? zDetail : "");
  nFail++;
}

/* The database file of each run: the tables are checked from a second
** connection, as what was written is what counts. */
static char zDb[64];

/* zDb for this process: in /dev/shm where there is one (memory, so that
** the thousands of files made and deleted cost no disk), else /tmp. */
static void setDbPath(void) {
  const char *zDir = access("/dev/shm", W_OK | X_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf(zDb, sizeof(zDb), "%s/zh_test_oom_%d.db", zDir, (int)getpid());
}

/* The tables that exist must pass integrity-check, read afresh from the
** file.  (SQLite 3.40's FTS5 may report a table malformed in the
** connection that ran out of memory mid-insert, from its cache; a new
** connection reads what was committed.) */
static void checkTables(const char *zStep, int iAt, int bAll) {
  static const char *azTab[] = {"s", "w", "p", "d"};
  sqlite3 *db = 0;
  char *zErr = 0;
  if( sqlite3_open(zDb, &db) != SQLITE_OK || runStep(db, 0, &zErr) ) {
    fail(zStep, iAt, bAll, "reopen", zErr);
  }
  sqlite3_free(zErr);
  for( int i = 0; i < 4; i++ ) {
    char zSql[100];
    snprintf(zSql, sizeof(zSql),
             "SELECT 1 FROM sqlite_schema WHERE name = '%s'", azTab[i]);
    sqlite3_stmt *pStmt = 0;
    sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
    int bThere = sqlite3_step(pStmt) == SQLITE_ROW;
    sqlite3_finalize(pStmt);
    if( !bThere ) continue;
    snprintf(zSql, sizeof(zSql), "INSERT INTO %s(%s) VALUES('integrity-check')",
             azTab[i], azTab[i]);
    if( runSql(db, zSql) == SQLITE_OK ) continue;
    /* A table left stale (its words changed, the rebuild failed) is
    ** refused, not corrupt: rebuilt, it must be sound. */
    char zRebuild[100];
    snprintf(zRebuild, sizeof(zRebuild),
             "SELECT zh_rebuild(name) FROM zh_index_status"
             " WHERE name = '%s' AND state = 'stale'",
             azTab[i]);
    if( runSql(db, zRebuild) != SQLITE_OK || sqlite3_changes(db) < 0 ||
        runSql(db, zSql) != SQLITE_OK )
      fail(zStep, iAt, bAll, "integrity-check", sqlite3_errmsg(db));
  }
  sqlite3_close(db);
}

/*
** Step iStep with allocation iAt failing (bAll: and every one after).
** Returns 1 once the step ran with no failure injected: N is past its
** last allocation.
*/
static int tryStep(int iStep, int iAt, int bAll) {
  sqlite3 *db = 0;
  char *zErr = 0;
  long nBefore = nLive;
  const char *zName = aStep[iStep].zName;
  int rc, bDone;

  remove(zDb);
  if( sqlite3_open(zDb, &db) != SQLITE_OK ||
      sqlite3_exec(db, "PRAGMA synchronous = OFF", 0, 0, 0) != SQLITE_OK ) {
    fail(zName, iAt, bAll, "open", 0);
    return 1;
  }
  for( int i = 0; i < iStep; i++ ) {
    if( runStep(db, i, &zErr) != SQLITE_OK ) {
      fail(zName, iAt, bAll, "setup", zErr);
      sqlite3_free(zErr);
      sqlite3_close(db);
      return 1;
    }
  }
  arm(iAt, bAll);
  rc = runStep(db, iStep, &zErr);
  bDone = nFailed == 0;
  arm(0, 0);
  if( rc != SQLITE_OK ) {
    int bSaysOom = (rc & 0xff) == SQLITE_NOMEM ||
                   (zErr && strstr(zErr, "out of memory") != 0);
    /* SQLite 3.40's FTS5 reports some failed allocations in its own reads
    ** of the index (sqlite3_blob_open, no code of ours on the stack) as
    ** SQLITE_CORRUPT_VTAB.  Counted; the integrity-check from a new
    ** connection below shows that the file is sound. */
    if( !bDone && !bSaysOom && rc == SQLITE_CORRUPT_VTAB ) {
      nFts5Corrupt++;
      bSaysOom = 1;
    }
    if( bDone || !bSaysOom ) fail(zName, iAt, bAll, "error", zErr);
  } else if( zErr ) {
    fail(zName, iAt, bAll, "message without an error", zErr);
  }
  sqlite3_free(zErr);
  if( sqlite3_close(db) != SQLITE_OK ) fail(zName, iAt, bAll, "close", 0);
  if( nLive != nBefore ) {
    char zBuf[64];
    snprintf(zBuf, sizeof(zBuf), "%ld blocks", nLive - nBefore);
    fail(zName, iAt, bAll, "leak", zBuf);
  }
  checkTables(zName, iAt, bAll);
  return bDone;
}

/*
** sqlite3_open with zh registered by sqlite3_auto_extension (as an
** application that links it in does), allocation iAt failing.  The open
** fails with a message that says out of memory, or succeeds with zh there.
*/
static int tryAutoOpen(int iAt, int bAll) {
  const char *zName = "open, zh loaded by sqlite3_auto_extension";
  sqlite3 *db = 0;
  long nBefore = nLive;
  arm(iAt, bAll);
  int rc = sqlite3_open(":memory:", &db);
  int bDone = nFailed == 0;
  arm(0, 0);
  if( rc != SQLITE_OK ) {
    const char *zMsg = db ? sqlite3_errmsg(db) : "out of memory";
    if( bDone || strstr(zMsg, "out of memory") == 0 )
      fail(zName, iAt, bAll, "error", zMsg);
  } else if( runSql(db, "SELECT zh_version()") != SQLITE_OK ) {
    fail(zName, iAt, bAll, "opened without zh", sqlite3_errmsg(db));
  }
  sqlite3_close(db);
  if( nLive != nBefore ) fail(zName, iAt, bAll, "leak", 0);
  return bDone;
}

/* Runs step iStep (bAll: every allocation from N on failing) for N = 1, 2,
** ... and writes its line of results to f; returns the runs it took. */
static long runJob(FILE *f, int iStep, int bAll) {
  int iAt = 1;
  while( !tryStep(iStep, iAt, bAll) && nFail < 20 ) iAt++;
  fprintf(f, "%d|%-40s %s: %d allocations\n", 2 * iStep + bAll,
          aStep[iStep].zName,
          bAll ? "every one from N on failing" : "the Nth failing", iAt - 1);
  return iAt;
}

/* A worker: the jobs j = iWorker, iWorker + nWorker, ... of the 2 * N_STEP
** (each step, then with every allocation failing from N on), its lines
** and then "#runs failures corruptions" to the pipe fd. */
static void worker(int fd, int iWorker, int nWorker) {
  FILE *f = fdopen(fd, "w");
  long nRun = 0;
  if( f == 0 ) _exit(2);
  setDbPath();
  /* Under the sanitizers (ZH_SANITIZED), the Nth failing alone: every
  ** error path is walked, and the slower second mode is left to make test. */
  int nMode = getenv("ZH_SANITIZED") ? 1 : 2;
  for( int j = iWorker; j < nMode * N_STEP; j += nWorker ) {
    nRun += runJob(f, j / nMode, j % nMode);
  }
  remove(zDb);
  fprintf(f, "#%ld %d %d\n", nRun, nFail, nFts5Corrupt);
  fclose(f);
  _exit(0);
}

/* The steps' runs are independent (each starts from an empty file), so
** they are shared among one process per core: the test is quadratic in
** its steps, and the longest of the suite. */
#define MAX_WORKERS 4
static long runWorkers(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN), nTotal = 0;
  int nWorker = n < 1 ? 1 : n > MAX_WORKERS ? MAX_WORKERS : (int)n;
  FILE *aIn[MAX_WORKERS];
  pid_t aPid[MAX_WORKERS];
  fflush(stdout);
  fflush(stderr);
  for( int w = 0; w < nWorker; w++ ) {
    int fd[2];
    if( pipe(fd) != 0 || (aPid[w] = fork()) < 0 ) {
      fprintf(stderr, "FAILED: cannot start a worker\n");
      exit(1);
    }
    if( aPid[w] == 0 ) {
      close(fd[0]);
      worker(fd[1], w, nWorker);
    }
    close(fd[1]);
    aIn[w] = fdopen(fd[0], "r");
  }
  /* Each worker's lines (job|text), printed in the jobs' order. */
  static char azLine[2 * N_MAX_STEP][256];
  for( int w = 0; w < nWorker; w++ ) {
    char zLine[512];
    int status = 1, bTotals = 0;
    while( aIn[w] && fgets(zLine, sizeof(zLine), aIn[w]) ) {
      long nRun;
      int nF, nC, j, nSkip = 0;
      if( sscanf(zLine, "#%ld %d %d", &nRun, &nF, &nC) == 3 ) {
        nTotal += nRun, nFail += nF, nFts5Corrupt += nC, bTotals = 1;
      } else if( sscanf(zLine, "%d|%n", &j, &nSkip) == 1 && nSkip > 0 &&
                 j >= 0 && j < 2 * N_STEP ) {
        snprintf(azLine[j], sizeof(azLine[j]), "%s", zLine + nSkip);
      }
    }
    if( aIn[w] ) fclose(aIn[w]);
    waitpid(aPid[w], &status, 0);
    if( !bTotals || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ) {
      fprintf(stderr, "FAILED: worker %d died (status %d)\n", w, status);
      nFail++;
    }
  }
  for( int j = 0; j < 2 * N_STEP; j++ ) fputs(azLine[j], stdout);
  if( getenv("ZH_SANITIZED") )
    printf("every one from N on failing: left to make test (ZH_SANITIZED)\n");
  return nTotal;
}

int main(void) {
  long nTotal = 0;
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &mOrig);
  sqlite3_mem_methods m = {oomMalloc,  oomFree, oomRealloc,  oomSize,
                           oomRoundup, oomInit, oomShutdown, 0};
  /* Every allocation through the wrapper: no lookaside, no memory
  ** statistics (which take a mutex and allocate nothing). */
  if( sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK ||
      sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0) != SQLITE_OK ) {
    fprintf(stderr, "FAILED: cannot install the allocator\n");
    return 1;
  }
  sqlite3_initialize();
  setDbPath();
  /* A first run, not counted: SQLite sets up some state on first use
  ** that lasts until shutdown. */
  {
    sqlite3 *db = 0;
    char *zErr = 0;
    remove(zDb);
    sqlite3_open(zDb, &db);
    for( int i = 0; i < N_STEP; i++ ) {
      runStep(db, i, &zErr);
      sqlite3_free(zErr);
    }
    sqlite3_close(db);
    remove(zDb);
  }
  sqlite3_auto_extension((void (*)(void))sqlite3_zh_init);
  for( int bAll = 0; bAll < (getenv("ZH_SANITIZED") ? 1 : 2); bAll++ ) {
    int iAt = 1;
    while( !tryAutoOpen(iAt, bAll) && nFail < 20 ) iAt++;
    nTotal += iAt;
    printf("%-40s %s: %d allocations\n", "open with sqlite3_auto_extension",
           bAll ? "every one from N on failing" : "the Nth failing", iAt - 1);
  }
  sqlite3_reset_auto_extension();
  nTotal += runWorkers();
  printf("%ld runs, %d failures; %d failed allocations reported by FTS5 as"
         " corruption (the file was sound)\n",
         nTotal, nFail, nFts5Corrupt);
  return nFail ? 1 : 0;
}
