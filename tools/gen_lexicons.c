/*
** gen_lexicons: compiles the entity extractor's word lists
** (the .txt files of ext/entities/lexicons/) into sorted tables, at build time.
**
**   gen_lexicons OUT_IDS.H OUT_DATA.H LIST.TXT...
**   gen_lexicons --fold < TEXT > FOLDED
**
** Each list is one lexicon, named by its file: currencies.txt is
** ZH_LEX_CURRENCIES.  Lines starting with '#' are comments; words are parted
** by spaces or lines; a word may carry a value after a colon (元:CNY).
** OUT_IDS.H numbers the lexicons; OUT_DATA.H holds, for ext/entities/
** lexicon.c alone, every word's code points, the words of each lexicon
** sorted by their code points and again by their code points read
** backwards, and the sets of the characters that start and end them, so
** that no prefilter is ever written by hand.  Every word must read as
** the extractor reads text (folded: NFKC, traditional -> simplified);
** --fold folds a text so (tools/gen_thuocl.sh).
*/
#include "../ext/entities/lexicon_hash.h"
#include "../ext/fold.h"
#include "../ext/utf8.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CHARS 16
#define MAX_WORDS                                                              \
  65535 /* a word's index fits 16 bits (aLexBackward, aLexSlot) */
#define MAX_LEX 128

typedef struct Word Word;
struct Word {
  int32_t aCp[MAX_CHARS];
  int nCp;
  int iValue; /* index into azValue */
  int iLex;
};

static Word aWord[MAX_WORDS];
static int nWord;
static char *azValue[MAX_WORDS];
static int nValue = 1; /* value 0 is "" */
static char azName[MAX_LEX][64];
static int nLex;

static int cmpForward(const Word *a, const Word *b) {
  for( int i = 0; i < a->nCp && i < b->nCp; i++ ) {
    if( a->aCp[i] != b->aCp[i] ) return a->aCp[i] < b->aCp[i] ? -1 : 1;
  }
  return a->nCp - b->nCp;
}

static int cmpWord(const void *pa, const void *pb) {
  const Word *a = pa, *b = pb;
  if( a->iLex != b->iLex ) return a->iLex - b->iLex;
  return cmpForward(a, b);
}

/* Words compared from their last character back. */
static int cmpBackward(const void *pa, const void *pb) {
  const Word *a = &aWord[*(const int *)pa], *b = &aWord[*(const int *)pb];
  if( a->iLex != b->iLex ) return a->iLex - b->iLex;
  for( int i = 1; i <= a->nCp && i <= b->nCp; i++ ) {
    int32_t ca = a->aCp[a->nCp - i], cb = b->aCp[b->nCp - i];
    if( ca != cb ) return ca < cb ? -1 : 1;
  }
  return a->nCp - b->nCp;
}

/* The code point c as the extractor folds it (ext/entities/text.c). */
static int32_t folded(int32_t c) {
  unsigned char z[4];
  int32_t aOut[ZH_FOLD_MAX];
  if( c < 0x80 ) return c;
  int n =
      zhFoldCluster(ZH_FOLD_NFKC | ZH_FOLD_T2S, z, zhUtf8Encode(c, z), aOut);
  return n == 1 ? aOut[0] : c;
}

static int valueOf(const char *z) {
  for( int i = 1; i < nValue; i++ ) {
    if( strcmp(azValue[i], z) == 0 ) return i;
  }
  if( nValue == MAX_WORDS || (azValue[nValue] = strdup(z)) == 0 ) exit(1);
  return nValue++;
}

/* Adds zWord (UTF-8, with an optional ":VALUE") to lexicon iLex. */
static int addWord(const char *zFile, char *zWord, int iLex) {
  char *zColon = strchr(zWord, ':');
  Word *w = &aWord[nWord];
  int i = 0, n, len;
  if( nWord == MAX_WORDS ) {
    fprintf(stderr, "gen_lexicons: more than %d words\n", MAX_WORDS);
    return 1;
  }
  if( zColon ) *zColon = 0;
  n = (int)strlen(zWord);
  memset(w, 0, sizeof(*w));
  while( i < n ) {
    int32_t c = zhUtf8Decode((const unsigned char *)zWord + i, n - i, &len);
    if( c == ZH_INVALID_CP || w->nCp == MAX_CHARS || folded(c) != c ) {
      fprintf(stderr,
              "gen_lexicons: %s: '%s' is no folded word of %d "
              "characters or fewer\n",
              zFile, zWord, MAX_CHARS);
      return 1;
    }
    w->aCp[w->nCp++] = c;
    i += len;
  }
  w->iLex = iLex;
  w->iValue = zColon ? valueOf(zColon + 1) : 0;
  nWord++;
  return 0;
}

/* Reads one list: its name from the file's, its words. */
static int readList(const char *zFile) {
  char zLine[4096];
  const char *zBase = strrchr(zFile, '/');
  zBase = zBase ? zBase + 1 : zFile;
  size_t nBase = strcspn(zBase, ".");
  if( nLex == MAX_LEX || nBase == 0 || nBase >= sizeof(azName[0]) ) return 1;
  for( size_t i = 0; i < nBase; i++ ) {
    char c = zBase[i];
    azName[nLex][i] = (char)(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  FILE *f = fopen(zFile, "r");
  if( f == 0 ) {
    perror(zFile);
    return 1;
  }
  int nBefore = nWord;
  while( fgets(zLine, sizeof(zLine), f) ) {
    if( zLine[0] == '#' ) continue;
    for( char *z = strtok(zLine, " \t\r\n"); z; z = strtok(0, " \t\r\n") ) {
      if( addWord(zFile, z, nLex) ) return 1;
    }
  }
  fclose(f);
  if( nWord == nBefore ) {
    fprintf(stderr, "gen_lexicons: %s: no words\n", zFile);
    return 1;
  }
  nLex++;
  return 0;
}

/* Sets the bit of c in a set of ZH_LEX_SET_WORDS words of 64 bits. */
static void setBit(uint64_t *a, int32_t c) {
  a[(c >> 6) & (ZH_LEX_SET_WORDS - 1)] |= 1ull << (c & 63);
}

static void writeIds(FILE *f) {
  int nMax = 0;
  for( int i = 0; i < nWord; i++ ) {
    if( aWord[i].nCp > nMax ) nMax = aWord[i].nCp;
  }
  fprintf(f, "/* Generated by tools/gen_lexicons.c: the lexicons of "
             "ext/entities/lexicons/. */\n");
  fprintf(f, "#ifndef ZH_LEXICON_IDS_H\n#define ZH_LEXICON_IDS_H\n\n");
  for( int k = 0; k < nLex; k++ ) {
    fprintf(f, "#define ZH_LEX_%s %d\n", azName[k], k);
  }
  fprintf(f,
          "\n#define ZH_LEX_COUNT %d\n#define ZH_LEX_MAX_CHARS %d\n\n#endif\n",
          nLex, nMax);
}

static void writeSet(FILE *f, const uint64_t *a) {
  fprintf(f, "{");
  for( int b = 0; b < ZH_LEX_SET_WORDS; b++ )
    fprintf(f, "0x%llxull,", (unsigned long long)a[b]);
  fprintf(f, "}");
}

/* True if every word of lexicon k is one character of U+4E00..U+9FFF. */
static int isCharSet(int k) {
  for( int i = 0; i < nWord; i++ ) {
    if( aWord[i].iLex != k ) continue;
    if( aWord[i].nCp != 1 || aWord[i].aCp[0] < 0x4E00 ||
        aWord[i].aCp[0] > 0x9FFF )
      return 0;
  }
  return 1;
}

/* For each lexicon of single Han characters, a bitmap of U+4E00..U+9FFF:
** a character is looked up with one test. */
static void writeCharSets(FILE *f) {
  fprintf(f, "static const unsigned char aLexHan[] = {");
  for( int k = 0, n = 0; k < nLex; k++ ) {
    static unsigned char aBit[0x5200 / 8];
    if( !isCharSet(k) ) continue;
    memset(aBit, 0, sizeof(aBit));
    for( int i = 0; i < nWord; i++ ) {
      int32_t c = aWord[i].aCp[0] - 0x4E00;
      if( aWord[i].iLex == k ) aBit[c >> 3] |= (unsigned char)(1 << (c & 7));
    }
    for( int b = 0; b < 0x5200 / 8; b++ )
      fprintf(f, "%s%d,", n++ % 32 ? "" : "\n  ", aBit[b]);
  }
  fprintf(f, "0};\n\n");
}

/* The words of lexicon k, if it has more than ZH_LEX_HASH_MIN: the first
** of them and how many; else 0. */
static int hashedRange(int k, int *pi0) {
  int i0 = 0;
  while( i0 < nWord && aWord[i0].iLex != k ) i0++;
  int i1 = i0;
  while( i1 < nWord && aWord[i1].iLex == k ) i1++;
  *pi0 = i0;
  return i1 - i0 > ZH_LEX_HASH_MIN ? i1 - i0 : 0;
}

/* The size of the hash table of n words: a power of two, at least 2n. */
static int slotsFor(int n) {
  int m = 1;
  while( m < 2 * n ) m *= 2;
  return m;
}

/* For each large lexicon, a hash table of its words (lexicon_hash.h),
** probed linearly: each slot the index of a word plus one (0 if empty) in
** its low 16 bits, and the high 16 bits of the word's hash, so that a
** probe reads a word only when its hash matches. */
static void writeHashes(FILE *f) {
  fprintf(f, "static const uint32_t aLexSlot[] = {");
  for( int k = 0, nOut = 0; k < nLex; k++ ) {
    int i0, n = hashedRange(k, &i0);
    if( n == 0 ) continue;
    int m = slotsFor(n);
    int *a = calloc((size_t)m, sizeof(int));
    if( a == 0 ) exit(1);
    for( int i = i0; i < i0 + n; i++ ) {
      uint32_t hash = zhLexHash(aWord[i].aCp, aWord[i].nCp);
      uint32_t h = hash & (uint32_t)(m - 1);
      while( a[h] ) h = (h + 1) & (uint32_t)(m - 1);
      a[h] = (int)((hash & 0xFFFF0000u) | (uint32_t)(i + 1));
    }
    for( int j = 0; j < m; j++ )
      fprintf(f, "%s0x%x,", nOut++ % 16 ? "" : "\n  ", (unsigned)a[j]);
    free(a);
  }
  fprintf(f, "0};\n\n");
  /* And the filter of each (lexicon_hash.h). */
  fprintf(f, "static const uint64_t aLexPairs[] = {");
  for( int k = 0, nOut = 0; k < nLex; k++ ) {
    static uint64_t aBit[ZH_LEX_PAIR_BITS / 64];
    int i0, n = hashedRange(k, &i0);
    if( n == 0 ) continue;
    memset(aBit, 0, sizeof(aBit));
    for( int i = i0; i < i0 + n; i++ ) {
      const Word *w = &aWord[i];
      uint32_t h = zhLexPairHash(w->aCp[0], w->aCp[w->nCp - 1], w->nCp);
      aBit[ZH_LEX_PAIR_BIT1(h) >> 6] |= 1ull << (ZH_LEX_PAIR_BIT1(h) & 63);
      aBit[ZH_LEX_PAIR_BIT2(h) >> 6] |= 1ull << (ZH_LEX_PAIR_BIT2(h) & 63);
    }
    for( int j = 0; j < ZH_LEX_PAIR_BITS / 64; j++ )
      fprintf(f, "%s0x%llxull,", nOut++ % 8 ? "" : "\n  ",
              (unsigned long long)aBit[j]);
  }
  fprintf(f, "0};\n\n");
}

static void writeData(FILE *f, const int *aBack) {
  fprintf(f, "/* Generated by tools/gen_lexicons.c from ext/entities/"
             "lexicons/: read by ext/entities/lexicon.c alone. */\n\n");
  fprintf(f, "static const int32_t aLexCp[] = {");
  for( int i = 0; i < nWord; i++ ) {
    for( int k = 0; k < aWord[i].nCp; k++ ) {
      fprintf(f, "%s0x%X,", k ? "" : "\n  ", (unsigned)aWord[i].aCp[k]);
    }
  }
  fprintf(f, "\n};\n\nstatic const ZhLexWord aLexWord[] = {");
  for( int i = 0, iCp = 0; i < nWord; iCp += aWord[i++].nCp ) {
    fprintf(f, "%s{%d,%d,%d},", i % 8 ? "" : "\n  ", iCp, aWord[i].nCp,
            aWord[i].iValue);
  }
  fprintf(f, "\n};\n\nstatic const unsigned short aLexBackward[] = {");
  for( int i = 0; i < nWord; i++ )
    fprintf(f, "%s%d,", i % 16 ? "" : "\n  ", aBack[i]);
  fprintf(f, "\n};\n\nstatic const char *const azLexValue[] = {\"\",");
  for( int i = 1; i < nValue; i++ ) fprintf(f, " \"%s\",", azValue[i]);
  fprintf(f, "};\n\n");
  writeCharSets(f);
  writeHashes(f);
  fprintf(f, "const ZhLexInfo zhLexInfo[ZH_LEX_COUNT] = {\n");
  for( int k = 0, i = 0, iSet = 0, iSlot = 0, iPairs = 0; k < nLex; k++ ) {
    uint64_t aFirst[ZH_LEX_SET_WORDS] = {0}, aLast[ZH_LEX_SET_WORDS] = {0};
    int i0 = i, nMax = 0;
    int bSet = isCharSet(k);
    for( ; i < nWord && aWord[i].iLex == k; i++ ) {
      setBit(aFirst, aWord[i].aCp[0]);
      setBit(aLast, aWord[i].aCp[aWord[i].nCp - 1]);
      if( aWord[i].nCp > nMax ) nMax = aWord[i].nCp;
    }
    int j0, nHashed = hashedRange(k, &j0),
            nSlot = nHashed ? slotsFor(nHashed) : 0;
    fprintf(f, "  /* %s */ {%d, %d, %d, %s%d, %s%d, %d, %s%d, ", azName[k], i0,
            i - i0, nMax, bSet ? "aLexHan + " : "",
            bSet ? 0x5200 / 8 * iSet++ : 0, nSlot ? "aLexSlot + " : "",
            nSlot ? iSlot : 0, nSlot ? nSlot - 1 : 0,
            nSlot ? "aLexPairs + " : "",
            nSlot ? ZH_LEX_PAIR_BITS / 64 * iPairs++ : 0);
    iSlot += nSlot;
    writeSet(f, aFirst);
    fprintf(f, ", ");
    writeSet(f, aLast);
    fprintf(f, "},\n");
  }
  fprintf(f, "};\n");
}

/* --fold: copies standard input to standard output, each character
** folded as the lists must be (a generated list, such as THUOCL's places,
** may hold traditional characters). */
static int foldStdin(void) {
  char zLine[4096];
  while( fgets(zLine, sizeof(zLine), stdin) ) {
    int n = (int)strlen(zLine), len;
    for( int i = 0; i < n; i += len ) {
      int32_t c = zhUtf8Decode((const unsigned char *)zLine + i, n - i, &len);
      unsigned char z[4];
      if( c == ZH_INVALID_CP ) return 1;
      fwrite(z, 1, (size_t)zhUtf8Encode(folded(c), z), stdout);
    }
  }
  return ferror(stdout) != 0;
}

int main(int argc, char **argv) {
  static int aBack[MAX_WORDS];
  if( argc == 2 && strcmp(argv[1], "--fold") == 0 ) return foldStdin();
  if( argc < 4 ) {
    fprintf(stderr, "usage: gen_lexicons OUT_IDS.H OUT_DATA.H LIST.TXT...\n");
    return 2;
  }
  for( int i = 3; i < argc; i++ ) {
    if( readList(argv[i]) ) return 1;
  }
  qsort(aWord, (size_t)nWord, sizeof(Word), cmpWord);
  for( int i = 1; i < nWord; i++ ) {
    if( aWord[i].iLex == aWord[i - 1].iLex &&
        cmpForward(&aWord[i], &aWord[i - 1]) == 0 ) {
      fprintf(stderr, "gen_lexicons: a word twice in %s\n",
              azName[aWord[i].iLex]);
      return 1;
    }
  }
  for( int i = 0; i < nWord; i++ ) aBack[i] = i;
  qsort(aBack, (size_t)nWord, sizeof(int), cmpBackward);
  FILE *fIds = fopen(argv[1], "w"), *fData = fopen(argv[2], "w");
  if( !fIds || !fData ) {
    perror("gen_lexicons");
    return 1;
  }
  writeIds(fIds);
  writeData(fData, aBack);
  if( fclose(fIds) || fclose(fData) ) {
    perror("gen_lexicons");
    return 1;
  }
  fprintf(stderr, "gen_lexicons: %d lexicons, %d words\n", nLex, nWord);
  return 0;
}
