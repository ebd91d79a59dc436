/*
** UTF-8 decoding and encoding shared by every part of sqlite-zh.
**
** The decoder is strict (no overlong forms, no surrogates, nothing past
** U+10FFFF, no sequence cut short by the end of the buffer): text that is
** not valid UTF-8 is reported one byte at a time so that callers can treat
** each bad byte as a separator and never read past the buffer.
*/
#ifndef ZH_UTF8_H
#define ZH_UTF8_H

#include <stdint.h>

#define ZH_INVALID_CP (-1)

/*
** Decodes the code point at z[0..n).  n must be at least 1.  Sets *pLen to
** the number of bytes used (1 for an invalid byte) and returns the code
** point, or ZH_INVALID_CP.
*/
static inline int32_t zhUtf8Decode(const unsigned char *z, int n, int *pLen) {
  unsigned c = z[0];
  *pLen = 1;
  if( c < 0x80 ) return (int32_t)c;
  if( c < 0xC2 || c > 0xF4 ) return ZH_INVALID_CP;
  if( c < 0xE0 ) {
    if( n < 2 || (z[1] & 0xC0) != 0x80 ) return ZH_INVALID_CP;
    *pLen = 2;
    return (int32_t)(((c & 0x1F) << 6) | (z[1] & 0x3F));
  }
  if( c < 0xF0 ) {
    unsigned lo = (c == 0xE0) ? 0xA0 : 0x80;
    unsigned hi = (c == 0xED) ? 0x9F : 0xBF; /* 0xED 0xA0.. are surrogates */
    if( n < 3 || z[1] < lo || z[1] > hi || (z[2] & 0xC0) != 0x80 )
      return ZH_INVALID_CP;
    *pLen = 3;
    return (int32_t)(((c & 0x0F) << 12) | ((z[1] & 0x3F) << 6) | (z[2] & 0x3F));
  } else {
    unsigned lo = (c == 0xF0) ? 0x90 : 0x80;
    unsigned hi = (c == 0xF4) ? 0x8F : 0xBF;
    if( n < 4 || z[1] < lo || z[1] > hi || (z[2] & 0xC0) != 0x80 ||
        (z[3] & 0xC0) != 0x80 ) {
      return ZH_INVALID_CP;
    }
    *pLen = 4;
    return (int32_t)(((c & 0x07) << 18) | ((z[1] & 0x3F) << 12) |
                     ((z[2] & 0x3F) << 6) | (z[3] & 0x3F));
  }
}

/* Writes code point c (valid, not a surrogate) to z; returns bytes used. */
static inline int zhUtf8Encode(int32_t c, unsigned char *z) {
  if( c < 0x80 ) {
    z[0] = (unsigned char)c;
    return 1;
  }
  if( c < 0x800 ) {
    z[0] = (unsigned char)(0xC0 | (c >> 6));
    z[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if( c < 0x10000 ) {
    z[0] = (unsigned char)(0xE0 | (c >> 12));
    z[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    z[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  z[0] = (unsigned char)(0xF0 | (c >> 18));
  z[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  z[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  z[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

/* Returns the byte offset of the first invalid sequence in z[0..n), or -1. */
int zhUtf8Check(const char *z, int n);

/*
** An argument quoted in an error message is cut to ZH_ERR_QUOTE_MAX bytes
** (on a character boundary) and marked with an ellipsis, so that a 10 MB
** bad argument gives a short message:
**   sqlite3_mprintf("unknown option '%.*s%s'", ZH_ERR_QUOTE(z, n))
** with n the length of z in bytes, or -1 for a NUL-terminated z.
*/
#define ZH_ERR_QUOTE_MAX   48
#define ZH_ERR_QUOTE(z, n) zhErrQuoteLen((z), (n)), (z), zhErrQuoteEnd((z), (n))
int zhErrQuoteLen(const char *z, int n);
const char *zhErrQuoteEnd(const char *z, int n);

#endif
