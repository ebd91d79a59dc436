/*
** UTF-8 validation (decoding itself is inline, in utf8.h).
*/
#include "utf8.h"
#include <string.h>

int zhUtf8Check(const char *z, int n) {
  int i = 0;
  while( i < n ) {
    int nByte;
    if( zhUtf8Decode((const unsigned char *)z + i, n - i, &nByte) ==
        ZH_INVALID_CP ) {
      return i;
    }
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
