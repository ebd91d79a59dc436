/*
** UTF-8 validation (decoding itself is inline, in utf8.h).
*/
#include "utf8.h"
#include <string.h>

int zhUtf8Check(const char *z, int n) {
  const unsigned char *u = (const unsigned char *)z;
  int i = 0;
  while( i < n ) {
    int nByte;
    /* Most text is ASCII, or 3-byte characters (CJK) whose first byte is
    ** E1..EC or EE..EF, which any two continuation bytes complete: a loop
    ** over those, without zhUtf8Decode's range checks. */
    while( i + 3 <= n ) {
      unsigned b = u[i];
      if( b < 0x80 ) {
        i++;
      } else if( b - 0xE1u < 15u && b != 0xED && (u[i + 1] & 0xC0) == 0x80 &&
                 (u[i + 2] & 0xC0) == 0x80 ) {
        i += 3;
      } else {
        break;
      }
    }
    if( i >= n ) break;
    if( zhUtf8Decode(u + i, n - i, &nByte) == ZH_INVALID_CP ) return i;
    i += nByte;
  }
  return -1;
}

/* The bytes of z[0..n) (n < 0: up to its NUL) an error message quotes. */
int zhErrQuoteLen(const char *z, int n) {
  int i = 0;
  if( n < 0 ) n = (int)strlen(z);
  if( n <= ZH_ERR_QUOTE_MAX ) return n;
  while( i < ZH_ERR_QUOTE_MAX ) {
    int nByte;
    zhUtf8Decode((const unsigned char *)z + i, n - i, &nByte);
    if( i + nByte > ZH_ERR_QUOTE_MAX ) break;
    i += nByte;
  }
  return i;
}

/* "..." when the quote of z[0..n) is cut, else "". */
const char *zhErrQuoteEnd(const char *z, int n) {
  if( n < 0 ) n = (int)strlen(z);
  return n > ZH_ERR_QUOTE_MAX ? "..." : "";
}
