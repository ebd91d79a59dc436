/*
** The scanner: text in, folded tokens out, with byte offsets into the
** original text.  Every consumer (the FTS5 tokenizer, zh_tokenize,
** zh_query, zh_fold) reads text through it, so they all agree on what a
** token is.
*/
#ifndef ZH_SCAN_H
#define ZH_SCAN_H

#include <stdint.h>

/* Longest token text kept, in bytes; longer words are cut (identically at
** index and query time) at a character boundary. */
#define ZH_MAX_TOKEN 1024

typedef struct ZhToken ZhToken;
struct ZhToken {
  const char *z; /* folded token text (the input's own bytes, or not) */
  int n;         /* bytes in z */
  int iStart;    /* byte offset of the token's first byte in the input */
  int iEnd;      /* byte offset just past its last byte */
  int bGap;      /* a separator or the start of the text comes before it */
  int bIdeo;     /* one Han/kana/hangul character */
  int cp;        /* that character (folded), when bIdeo */
};

/* A growable byte buffer, reused across calls to save allocations. */
typedef struct ZhBuf ZhBuf;
struct ZhBuf {
  char *z;
  int nAlloc;
};

typedef int (*ZhTokenFn)(void *pCtx, ZhToken *pTok);

/*
** Scans z[0..n) with the folds in flags (ZH_FOLD_*), calling xToken for
** each token until it returns other than SQLITE_OK.  Returns SQLITE_OK,
** SQLITE_NOMEM, or xToken's first non-OK code.  Bytes that are not valid
** UTF-8 are separators.
*/
int zhScan(int flags, const char *z, int n, ZhBuf *pBuf, ZhTokenFn xToken,
           void *pCtx);

/*
** The same scan, handed straight to FTS5 (its xToken callback): the tokens
** of substring mode, with the separator token between two tokens that a
** separator keeps apart (fts5_zh.c says why).
*/
typedef int (*ZhFts5TokenFn)(void *pCtx, int tflags, const char *z, int n,
                             int iStart, int iEnd);
int zhScanFts5(int flags, const char *z, int n, ZhBuf *pBuf,
               ZhFts5TokenFn xToken, void *pCtx);

/*
** The separator token: between two tokens that a separator (space,
** punctuation, a symbol, an invalid byte) keeps apart, at a position of its
** own, so that the phrase 工会 does not match 工，会.  No text yields it: "|"
** is punctuation, a separator itself.
*/
#define ZH_SEP_TOKEN "|"

/*
** The same scan, with each run of core Han characters (U+4E00..U+9FFF, no
** combining mark after any) handed to xRun at once: their folded code
** points aCp[0..nCp) and folded text zText (3 bytes each), each from 3
** bytes of the input starting at iStart, and whether a separator comes
** before the run.  Everything else goes to xToken.  For the segmenter,
** which reads text a run at a time.
*/
typedef int (*ZhHanRunFn)(void *pCtx, int iStart, const int32_t *aCp,
                          const char *zText, int nCp, int bGap);
int zhScanRuns(int flags, const char *z, int n, ZhBuf *pBuf, ZhTokenFn xToken,
               ZhHanRunFn xRun, void *pCtx);

void zhBufFree(ZhBuf *pBuf);

#endif
