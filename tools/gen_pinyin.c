/*
** gen_pinyin: writes the pinyin readings table (build/gen/pinyin_table.h)
** from Google Pinyin's dictionary.
**
**   gen_pinyin DICT_PINYIN.DAT OUT.H
**
** Source: dict_pinyin.dat of Debian's libgooglepinyin0 (Android's Pinyin
** IME, Apache-2.0): 65,101 lemmas, each with its pinyin and a unigram
** score (a scaled log probability; lower is more frequent).  The file is
** the IME's in-memory structures written out: a spelling table, the
** lemma strings (UTF-16, grouped by length), a trie keyed by spelling ids
** whose nodes list the lemmas spelt by the path to them, and the score
** code book.  Walking the trie gives every (lemma, pinyin, score).
**
** What the table keeps:
**   - per character, its common readings: the most frequent one, and a
**     second when its score is within ZH_PINYIN_SECOND of the first (长:
**     chang, zhang; 行 keeps xing only: hang comes from words such as 银行);
**   - the words that hold a character with more than one reading (银行,
**     音乐, 重庆), with their readings: they decide a polyphone's reading
**     in context.  A word with two readings keeps the second under the
**     same rule as characters.
** The sizes in the file are the build machine's size_t (8 bytes on the
** 64-bit Debian architectures); the parse must end exactly at the end of
** the file, or the generator refuses it.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Score distance (about a factor of two in frequency in the IME's scale)
** within which a second reading counts as common. */
#define ZH_PINYIN_SECOND 1000

#define MAX_LEMMA 8
#define FULL_ID0  30 /* first full spelling id; lower ids are initials */

static const unsigned char *aData;
static size_t nData, iData;

static _Noreturn void die(const char *zMsg) {
  fprintf(stderr, "gen_pinyin: %s\n", zMsg);
  exit(1);
}

static const unsigned char *take(size_t n) {
  const unsigned char *p = aData + iData;
  if( n > nData - iData )
    die("dict_pinyin.dat is truncated or of another layout");
  iData += n;
  return p;
}

static uint64_t takeSize(void) {
  uint64_t v = 0;
  const unsigned char *p = take(sizeof(size_t));
  for( int i = (int)sizeof(size_t) - 1; i >= 0; i-- ) v = (v << 8) | p[i];
  return v;
}

static unsigned rd16(const unsigned char *p) {
  return p[0] | (unsigned)p[1] << 8;
}

/* ---- the parsed file ------------------------------------------------------
 */

static char (*aSpelling)[8];
static size_t nSpelling;
static uint64_t aStartPos[MAX_LEMMA + 1], aStartId[MAX_LEMMA + 1];
static const unsigned char *aBuf; /* UTF-16 lemma strings */
static const unsigned char *aLe0, *aGe1, *aIdx, *aCode, *aFreqIdx;
static uint64_t nLe0, nGe1, nIdx, nFreqIdx;

#define LE0_SIZE (2 * sizeof(size_t) + 8) /* two size_t, three u16, padding */
#define GE1_SIZE 10

static void parse(void) {
  uint64_t nSplSize, nScis, nTop;
  nSplSize = takeSize();
  nSpelling = takeSize();
  if( nSplSize != 8 || nSpelling == 0 || nSpelling > 512 )
    die("bad spelling table");
  take(4 + 1); /* score amplifier, average score */
  aSpelling = calloc(nSpelling, 8);
  if( aSpelling == 0 ) die("out of memory");
  for( size_t i = 0; i < nSpelling; i++ ) {
    const unsigned char *p = take(8);
    for( int k = 0; k < 7 && p[k]; k++ ) {
      aSpelling[i][k] = (char)(p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 32 : p[k]);
    }
  }
  nScis = takeSize();
  for( int i = 0; i <= MAX_LEMMA; i++ ) aStartPos[i] = takeSize();
  for( int i = 0; i <= MAX_LEMMA; i++ ) aStartId[i] = takeSize();
  take(nScis * 2); /* single characters and their spelling ids: unused */
  take(nScis * 2);
  aBuf = take(aStartPos[MAX_LEMMA] * 2);
  nLe0 = takeSize();
  nGe1 = takeSize();
  nIdx = takeSize();
  nTop = takeSize();
  (void)nTop;
  aLe0 = take(nLe0 * LE0_SIZE);
  aGe1 = take(nGe1 * GE1_SIZE);
  aIdx = take(nIdx);
  nFreqIdx = takeSize();
  aCode = take(256 * 2);
  aFreqIdx = take(nFreqIdx);
  if( iData != nData )
    die("dict_pinyin.dat has bytes past its end: another layout");
}

/* ---- lemmas ----------------------------------------------------------------
 */

typedef struct Lemma Lemma;
struct Lemma {
  int32_t aCp[MAX_LEMMA];
  uint16_t aSyl[MAX_LEMMA]; /* index into aSpelling, plus one */
  int n;
  int score;
};

static Lemma *aLemma;
static int nLemma, nLemmaAlloc;

static void addLemma(uint64_t id, const unsigned *aPath, int nPath) {
  Lemma *p;
  uint64_t pos;
  if( nPath < 1 || nPath > MAX_LEMMA ) die("bad trie depth");
  /* The id ranges come from the string positions: start_id of the next
  ** length can be one short (the last 4-character lemma). */
  if( id < aStartId[nPath - 1] ||
      id - aStartId[nPath - 1] >=
          (aStartPos[nPath] - aStartPos[nPath - 1]) / (uint64_t)nPath ||
      id >= nFreqIdx ) {
    die("lemma id out of range");
  }
  pos = aStartPos[nPath - 1] + (id - aStartId[nPath - 1]) * nPath;
  if( nLemma == nLemmaAlloc ) {
    nLemmaAlloc = nLemmaAlloc ? 2 * nLemmaAlloc : 65536;
    aLemma = realloc(aLemma, nLemmaAlloc * sizeof(Lemma));
    if( aLemma == 0 ) die("out of memory");
  }
  p = &aLemma[nLemma++];
  p->n = nPath;
  p->score = (int)rd16(aCode + 2 * aFreqIdx[id]);
  for( int k = 0; k < nPath; k++ ) {
    if( aPath[k] < FULL_ID0 || aPath[k] - FULL_ID0 >= nSpelling )
      die("spelling id out of range");
    p->aCp[k] = (int32_t)rd16(aBuf + 2 * (pos + k));
    p->aSyl[k] = (uint16_t)(aPath[k] - FULL_ID0 + 1);
  }
}

static uint64_t lemmaId(uint64_t off) {
  if( off * 3 + 3 > nIdx ) die("lemma index out of range");
  return aIdx[off * 3] | (uint64_t)aIdx[off * 3 + 1] << 8 |
         (uint64_t)aIdx[off * 3 + 2] << 16;
}

static void walkGe1(uint64_t i, unsigned *aPath, int nPath) {
  const unsigned char *p;
  uint64_t iSon, iHomo;
  if( i >= nGe1 || nPath >= MAX_LEMMA ) die("bad trie node");
  p = aGe1 + i * GE1_SIZE;
  aPath[nPath++] = rd16(p + 4);
  iSon = rd16(p) | (uint64_t)p[8] << 16;
  iHomo = rd16(p + 2) | (uint64_t)p[9] << 16;
  for( unsigned k = 0; k < p[7]; k++ )
    addLemma(lemmaId(iHomo + k), aPath, nPath);
  for( unsigned k = 0; k < p[6]; k++ ) walkGe1(iSon + k, aPath, nPath);
}

static uint64_t le0Size(const unsigned char *p, int k) {
  uint64_t v = 0;
  for( int i = (int)sizeof(size_t) - 1; i >= 0; i-- )
    v = (v << 8) | p[k * sizeof(size_t) + i];
  return v;
}

static void walkTrie(void) {
  const unsigned char *pRoot = aLe0;
  uint64_t iFirst = le0Size(pRoot, 0);
  unsigned nSon = rd16(pRoot + 2 * sizeof(size_t) + 2);
  unsigned aPath[MAX_LEMMA];
  if( iFirst + nSon > nLe0 ) die("bad trie root");
  for( unsigned s = 0; s < nSon; s++ ) {
    const unsigned char *p = aLe0 + (iFirst + s) * LE0_SIZE;
    uint64_t iSon = le0Size(p, 0), iHomo = le0Size(p, 1);
    unsigned spl = rd16(p + 2 * sizeof(size_t));
    unsigned nChild = rd16(p + 2 * sizeof(size_t) + 2);
    unsigned nHomo = rd16(p + 2 * sizeof(size_t) + 4);
    aPath[0] = spl;
    for( unsigned k = 0; k < nHomo; k++ )
      addLemma(lemmaId(iHomo + k), aPath, 1);
    for( unsigned k = 0; k < nChild; k++ ) walkGe1(iSon + k, aPath, 1);
  }
}

/* ---- the table ----------------------------------------------------------- */

/* Characters: up to two readings, and the range of the words they start. */
typedef struct Char Char;
struct Char {
  int32_t cp;
  uint16_t aSyl[2];
  int aScore[2];
  int bPoly; /* more than one reading in the dictionary */
  int iWord, nWord;
};

static Char *aChar;
static int nChar;

static int cmpCp(const void *a, const void *b) {
  int32_t x = ((const Char *)a)->cp, y = ((const Char *)b)->cp;
  return (x > y) - (x < y);
}

static Char *findChar(int32_t cp) {
  Char key;
  key.cp = cp;
  return bsearch(&key, aChar, nChar, sizeof(Char), cmpCp);
}

/* Words: grouped by first character, longest first, then most frequent. */
static int cmpWord(const void *a, const void *b) {
  const Lemma *x = (const Lemma *)a, *y = (const Lemma *)b;
  if( x->aCp[0] != y->aCp[0] )
    return (x->aCp[0] > y->aCp[0]) - (x->aCp[0] < y->aCp[0]);
  if( x->n != y->n ) return y->n - x->n;
  for( int k = 0; k < x->n; k++ ) {
    if( x->aCp[k] != y->aCp[k] )
      return (x->aCp[k] > y->aCp[k]) - (x->aCp[k] < y->aCp[k]);
  }
  return x->score - y->score;
}

/* Adds reading syl with score to the pair aSyl/aScore kept by rule. */
static void keepReading(uint16_t *aSyl, int *aScore, uint16_t syl, int score) {
  if( aSyl[0] == syl || aSyl[1] == syl ) return;
  if( aSyl[0] == 0 || score < aScore[0] ) {
    aSyl[1] = aSyl[0];
    aScore[1] = aScore[0];
    aSyl[0] = syl;
    aScore[0] = score;
  } else if( aSyl[1] == 0 || score < aScore[1] ) {
    aSyl[1] = syl;
    aScore[1] = score;
  }
  if( aSyl[1] && aScore[1] - aScore[0] > ZH_PINYIN_SECOND ) aSyl[1] = 0;
}

/* Reads the whole file zPath into aData/nData. */
static void readFile(const char *zPath) {
  FILE *in = fopen(zPath, "rb");
  long n;
  if( in == 0 ) die("cannot open the dictionary");
  fseek(in, 0, SEEK_END);
  n = ftell(in);
  fseek(in, 0, SEEK_SET);
  aData = malloc(n > 0 ? (size_t)n : 1);
  if( aData == 0 || n <= 0 || fread((void *)aData, 1, n, in) != (size_t)n )
    die("cannot read the dictionary");
  fclose(in);
  nData = (size_t)n;
}

/* Characters, from the one-character lemmas, each with its readings. */
static void collectChars(void) {
  int j = 0;
  aChar = calloc(nLemma, sizeof(Char));
  if( aChar == 0 ) die("out of memory");
  for( int i = 0; i < nLemma; i++ ) {
    if( aLemma[i].n != 1 ) continue;
    aChar[nChar++].cp = aLemma[i].aCp[0];
  }
  qsort(aChar, nChar, sizeof(Char), cmpCp);
  for( int i = 0; i < nChar; i++ ) {
    if( j == 0 || aChar[j - 1].cp != aChar[i].cp ) aChar[j++] = aChar[i];
  }
  nChar = j;
  for( int i = 0; i < nLemma; i++ ) {
    Char *c;
    if( aLemma[i].n != 1 ) continue;
    c = findChar(aLemma[i].aCp[0]);
    if( c->aSyl[0] && c->aSyl[0] != aLemma[i].aSyl[0] ) c->bPoly = 1;
    if( c->aSyl[1] && c->aSyl[1] != aLemma[i].aSyl[0] ) c->bPoly = 1;
    keepReading(c->aSyl, c->aScore, aLemma[i].aSyl[0], aLemma[i].score);
  }
}

/* Words holding a polyphone, sorted: *pnWord of them. */
static Lemma *collectWords(int *pnWord) {
  int nWord = 0;
  Lemma *aWord = calloc((size_t)(unsigned)nLemma, sizeof(Lemma));
  if( aWord == 0 ) die("out of memory");
  for( int i = 0; i < nLemma; i++ ) {
    int bPoly = 0;
    if( aLemma[i].n < 2 ) continue;
    for( int k = 0; k < aLemma[i].n; k++ ) {
      Char *c = findChar(aLemma[i].aCp[k]);
      if( c && c->bPoly ) bPoly = 1;
    }
    if( bPoly ) aWord[nWord++] = aLemma[i];
  }
  qsort(aWord, nWord, sizeof(Lemma), cmpWord);
  *pnWord = nWord;
  return aWord;
}

/* The end of the entries of aWord[i]'s word (one word written twice, 一行
** yi hang and yi xing, is one entry). */
static int sameWordEnd(const Lemma *aWord, int nWord, int i) {
  int j = i + 1;
  while( j < nWord && aWord[i].n == aWord[j].n &&
         memcmp(aWord[i].aCp, aWord[j].aCp, aWord[i].n * sizeof(int32_t)) ==
             0 ) {
    j++;
  }
  return j;
}

/* Words: one entry per word whose second readings are kept by rule. */
static void writeWords(FILE *out, const Lemma *aWord, int nWord) {
  int nOut = 0, nCpOut = 0;
  fprintf(out, "/* word: first code point index, length | score << 8 */\n");
  fprintf(out, "static const uint32_t zhPinyinWordTab[][2] = {\n");
  for( int i = 0; i < nWord; ) {
    int j = sameWordEnd(aWord, nWord, i);
    const Lemma *w = &aWord[i];
    Char *c = findChar(w->aCp[0]);
    if( c ) {
      if( c->nWord == 0 ) c->iWord = nOut;
      c->nWord++;
    }
    fprintf(out, "{%d,%d},", nCpOut, w->n | w->score << 8);
    if( ++nOut % 8 == 0 ) fprintf(out, "\n");
    nCpOut += w->n;
    i = j;
  }
  fprintf(out, "{0,0}};\n");
}

/* Per character of each word: its code point and readings. */
static void writeWordCps(FILE *out, const Lemma *aWord, int nWord) {
  fprintf(
      out,
      "/* per character of each word: code point, reading | second << 16 */\n");
  fprintf(out, "static const uint32_t zhPinyinWordCp[][2] = {\n");
  for( int i = 0, nOut = 0; i < nWord; ) {
    int j = sameWordEnd(aWord, nWord, i);
    const Lemma *w = &aWord[i];
    for( int k = 0; k < w->n; k++ ) {
      uint16_t aSyl[2] = {0, 0};
      int aScore[2] = {0, 0};
      for( int m = i; m < j; m++ ) {
        keepReading(aSyl, aScore, aWord[m].aSyl[k], aWord[m].score);
      }
      fprintf(out, "{0x%X,%u},", (unsigned)w->aCp[k],
              aSyl[0] | (unsigned)aSyl[1] << 16);
      if( ++nOut % 6 == 0 ) fprintf(out, "\n");
    }
    i = j;
  }
  fprintf(out, "{0,0}};\n");
}

/* Characters with their readings and words, and the row of each core Han
** character (plus one; 0 if it has none): the tokenizer looks up every
** character. */
static void writeChars(FILE *out) {
  fprintf(out, "/* character: code point, reading | second << 16, first word, "
               "words */\n");
  fprintf(out, "static const uint32_t zhPinyinCharTab[][4] = {\n");
  for( int i = 0; i < nChar; i++ ) {
    fprintf(out, "{0x%X,%u,%d,%d},%s", (unsigned)aChar[i].cp,
            aChar[i].aSyl[0] | (unsigned)aChar[i].aSyl[1] << 16, aChar[i].iWord,
            aChar[i].nWord, i % 4 == 3 ? "\n" : "");
  }
  fprintf(out, "};\n#define ZH_PINYIN_NCHAR %d\n", nChar);
  fprintf(out, "static const uint16_t zhPinyinCoreRow[0x5200] = {\n");
  for( int32_t c = 0x4E00, i = 0; c <= 0x9FFF; c++ ) {
    Char *p = findChar(c);
    fprintf(out, "%d,%s", p ? (int)(p - aChar) + 1 : 0, ++i % 16 ? "" : "\n");
  }
  fprintf(out, "};\n");
}

int main(int argc, char **argv) {
  FILE *out;
  int nWord = 0;
  Lemma *aWord;

  if( argc != 3 ) die("usage: gen_pinyin DICT_PINYIN.DAT OUT.H");
  readFile(argv[1]);
  parse();
  walkTrie();
  if( nLemma <= 0 ) die("no lemmas");
  collectChars();
  aWord = collectWords(&nWord);

  out = fopen(argv[2], "w");
  if( out == 0 ) die("cannot write the output");
  fprintf(out, "/* Generated by tools/gen_pinyin.c from %s: do not edit. */\n",
          argv[1]);
  fprintf(out, "#define ZH_PINYIN_NSYL %d\n", (int)nSpelling + 1);
  fprintf(out, "static const char zhPinyinSylText[][8] = {\"\"");
  for( size_t i = 0; i < nSpelling; i++ ) {
    fprintf(out, ",%s\"%s\"", i % 12 ? "" : "\n", aSpelling[i]);
  }
  fprintf(out, "};\n");
  writeWords(out, aWord, nWord);
  writeWordCps(out, aWord, nWord);
  writeChars(out);
  if( fclose(out) != 0 ) die("cannot write the output");
  fprintf(stderr, "gen_pinyin: %d characters, %d words with a polyphone\n",
          nChar, nWord);
  return 0;
}
