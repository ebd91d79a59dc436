/*
** UTF-8 validation (decoding itself is inline, in utf8.h).
*/
#include "utf8.h"

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
