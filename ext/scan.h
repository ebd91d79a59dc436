/*
** The scanner: text in, folded tokens out, with byte offsets into the
** original text.  Every consumer (the FTS5 tokenizer, zh_tokenize,
** zh_query, zh_fold) reads text through it, so they all agree on what a
** token is.
*/
#ifndef ZH_SCAN_H
#define ZH_SCAN_H

/* Longest token text kept, in bytes; longer words are cut (identically at
** index and query time) at a character boundary. */
#define ZH_MAX_TOKEN 1024

typedef struct ZhToken ZhToken;
struct ZhToken {
  char *z;    /* folded token text; z[-1] is scratch the caller may use */
  int n;      /* bytes in z */
  int iStart; /* byte offset of the token's first byte in the input */
  int iEnd;   /* byte offset just past its last byte */
  int bGap;   /* a separator or the start of the text comes before it */
  int bIdeo;  /* one Han/kana/hangul character */
  int cp;     /* that character (folded), when bIdeo */
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

void zhBufFree(ZhBuf *pBuf);

#endif
