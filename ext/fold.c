/*
** Folding with utf8proc (NFKC, case folding, default-ignorable removal)
** and a generated table (traditional -> simplified).  Folding is done per
** cluster, so folding a substring gives the same code points as the same
** stretch of the folded whole: that is what lets a query match any
** substring of a document.
*/
#include "fold.h"
#include "script.h"
#include "utf8.h"
#include <utf8proc.h>

#include "t2s_table.h"

int32_t zhT2s(int32_t c) {
  int lo = 0;
  if( c < (int32_t)zh_t2s_pairs[0][0] ) return c;
  if( zhIsCoreHan(c) ) {
    int32_t s = zh_t2s_core[c - 0x4E00];
    return s ? s : c;
  }
  int hi = (int)(sizeof(zh_t2s_pairs) / sizeof(zh_t2s_pairs[0])) - 1;
  while( lo <= hi ) {
    int mid = (lo + hi) / 2;
    int32_t k = (int32_t)zh_t2s_pairs[mid][0];
    if( c < k )
      hi = mid - 1;
    else if( c > k )
      lo = mid + 1;
    else
      return (int32_t)zh_t2s_pairs[mid][1];
  }
  return c;
}

/* True if z[0..n) holds U+0345 COMBINING GREEK YPOGEGRAMMENI (CD 85). */
static int hasYpogegrammeni(const unsigned char *z, int n) {
  for( int i = 0; i + 1 < n; i++ ) {
    if( z[i] == 0xCD && z[i + 1] == 0x85 ) return 1;
  }
  return 0;
}

/*
** U+0345 is the one combining mark that case folding turns into a letter
** (ι, of combining class 0).  utf8proc folds case while it decomposes,
** before it puts marks in canonical order, so the order U+0345 was
** written in would survive and two canonically equal texts fold apart.
** Here the marks are ordered first, then case is folded, then the result
** is normalized again: NFKC(casefold(NFKC(x))).  Returns the length, or a
** negative or oversized count as utf8proc does.
*/
static utf8proc_ssize_t foldCaseAfterOrder(const unsigned char *z, int n,
                                           int32_t *aOut,
                                           utf8proc_option_t opt) {
  int32_t aOrdered[ZH_FOLD_MAX];
  utf8proc_ssize_t nOrdered, nOut = 0;
  utf8proc_option_t optOrder = opt & ~UTF8PROC_CASEFOLD;
  nOrdered = utf8proc_decompose(z, n, aOrdered, ZH_FOLD_MAX, optOrder);
  if( nOrdered < 0 || nOrdered > ZH_FOLD_MAX ) return nOrdered;
  nOrdered = utf8proc_normalize_utf32(aOrdered, nOrdered, optOrder);
  for( utf8proc_ssize_t i = 0; nOrdered >= 0 && i < nOrdered; i++ ) {
    int bound = 0;
    utf8proc_ssize_t r = utf8proc_decompose_char(
        aOrdered[i], aOut + nOut, ZH_FOLD_MAX - nOut, opt, &bound);
    if( r < 0 || nOut + r > ZH_FOLD_MAX ) return ZH_FOLD_MAX + 1;
    nOut += r;
  }
  return nOrdered < 0 ? nOrdered : utf8proc_normalize_utf32(aOut, nOut, opt);
}

int zhFoldCluster(int flags, const unsigned char *z, int n, int32_t *aOut) {
  utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE;
  utf8proc_ssize_t nOut;
  int i;
  if( flags & ZH_FOLD_NFKC ) opt |= UTF8PROC_COMPAT;
  if( flags & ZH_FOLD_CASE ) opt |= UTF8PROC_CASEFOLD;

  /* Full-width ASCII (，：！（） in Chinese text) is plain ASCII under NFKC. */
  if( n == 3 && (flags & ZH_FOLD_NFKC) && z[0] == 0xEF &&
      ((z[1] == 0xBC && z[2] >= 0x81) || (z[1] == 0xBD && z[2] <= 0x9E)) ) {
    int32_t c = (0xF000 | ((z[1] & 0x3F) << 6) | (z[2] & 0x3F)) - 0xFEE0;
    if( (flags & ZH_FOLD_CASE) && c >= 'A' && c <= 'Z' ) c += 'a' - 'A';
    aOut[0] = c;
    return 1;
  }

  /* A lone code point that no fold touches (most punctuation, kana,
  ** hangul) skips the decompose/recompose round trip. */
  if( n <= 4 ) {
    int nByte;
    int32_t c = zhUtf8Decode(z, n, &nByte);
    const utf8proc_property_t *p;
    if( nByte == n && c != ZH_INVALID_CP ) {
      p = utf8proc_get_property(c);
      if( p->decomp_seqindex == UINT16_MAX &&
          p->casefold_seqindex == UINT16_MAX && !p->ignorable &&
          !(c >= 0xAC00 && c <= 0xD7A3) ) {
        aOut[0] = c;
        nOut = 1;
        goto mapped;
      }
    }
  }

  if( (opt & UTF8PROC_CASEFOLD) && hasYpogegrammeni(z, n) ) {
    nOut = foldCaseAfterOrder(z, n, aOut, opt);
  } else {
    nOut = utf8proc_decompose(z, n, aOut, ZH_FOLD_MAX, opt);
    if( nOut >= 0 && nOut <= ZH_FOLD_MAX ) {
      nOut = utf8proc_normalize_utf32(aOut, nOut, opt);
    }
  }
  if( nOut < 0 || nOut > ZH_FOLD_MAX ) {
    /* Too long to fold (a base with dozens of marks): keep it as it is. */
    int iOff = 0;
    nOut = 0;
    while( iOff < n && nOut < ZH_FOLD_MAX ) {
      int nByte;
      aOut[nOut++] = zhUtf8Decode(z + iOff, n - iOff, &nByte);
      iOff += nByte;
    }
    return (int)nOut;
  }
mapped:
  for( i = 0; i < nOut; i++ ) {
    int32_t c = aOut[i];
    if( flags & ZH_FOLD_NFKC ) {
      /* ○ and ◯ written for the numeral zero (二○二四年) read as 〇. */
      if( c == 0x25CB || c == 0x25EF ) c = 0x3007;
    }
    if( flags & ZH_FOLD_T2S ) c = zhT2s(c);
    aOut[i] = c;
  }
  return (int)nOut;
}
