/*
** gen_dict: compiles a word list into the dictionary blob that is embedded
** in build/zh.so (see ext/dict.h for the layout).
**
**   gen_dict DICT.TXT OUT.BIN OUT_LAYOUT.H FRISO_DICT_DIR PLACES.TXT
**            PEOPLE.TXT EVERYDAY.TXT BODIES.TXT MORE_PLACES.TXT
**            ORG_SUFFIXES.TXT
**
** The five lists (ext/entities/lexicons/dictionary/) retag words for the
** entity extractor only:
** places (CLDR's names and a hand-written list, "nsg"), people (THUOCL's
*historical figures,
** "nrg"), everyday words the dictionary tags as names ("nsn", "nn"), and
** organisations it tags as abbreviations ("nt").
** The segmenter's words do not change.
**
** FRISO_DICT_DIR holds friso's lexicons (Debian package friso-dict,
** Apache-2.0): the characters of Chinese given names (lex-dname-1.lex,
** lex-dname-2.lex, lex-sname.lex) become flags the entity extractor uses;
** so do the last characters of the suffixes of organisations' names
** (ext/entities/lexicons/org_suffixes.txt: 总工会, 有限公司, 大学...).
**
** DICT.TXT has lines "word frequency [tag]", as jieba's dict.txt (Debian
** package python3-jieba, MIT licence).  Each word is folded exactly as
** the tokenizer folds text (NFKC, case, traditional -> simplified), so
** folded text finds it; entries that are not all Han after folding are
** left out (the segmenter only sees runs of Han characters).
**
** Two kinds of entries are dropped because the segmentation convention
** the project follows (that of the PKU and CTB standards, and of
** Universal Dependencies) splits them: a numeral followed by a measure
** word (一个, 三次, 一年: "一 个") and a plural in 们 of a word that stands
** on its own (同志们: "同志 们"; pronouns such as 他们 stay).
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ZH_GEN_DICT
#include "../ext/dict.h"
#include "../ext/entities/tags.h"
#include "../ext/fold.h"
#include "../ext/script.h"
#include "../ext/segment_rules.h"
#include "../ext/utf8.h"
#include "gen_dict.h"

#define MAX_WORD_CHARS 32

typedef struct Entry Entry;
struct Entry {
  int32_t aCp[MAX_WORD_CHARS];
  int nCp;
  double freq;
  char zTag[8];
  double tagFreq;   /* frequency of the entry whose tag was kept */
  int bListedPlace; /* in a gazetteer of places, whatever its tag */
  int bNotPlace;    /* listed as an everyday word, whatever its tag */
};

static Entry *aEntry;
static int nEntry, nEntryAlloc;

/* Characters of numbers, and measure words that follow them. */
static const char *zNumeral = "〇○零一二三四五六七八九十百千万亿两";
static const char *zMeasure = "年个次种位条名家件张项天岁届元";

static int inUtf8Set(const char *zSet, int32_t c) {
  int i = 0, n = (int)strlen(zSet), len;
  while( i < n ) {
    if( zhUtf8Decode((const unsigned char *)zSet + i, n - i, &len) == c )
      return 1;
    i += len;
  }
  return 0;
}

static int cmpCp(const int32_t *a, int na, const int32_t *b, int nb) {
  for( int i = 0; i < na && i < nb; i++ ) {
    if( a[i] != b[i] ) return a[i] < b[i] ? -1 : 1;
  }
  return na - nb;
}

static int cmpEntry(const void *pa, const void *pb) {
  const Entry *a = pa, *b = pb;
  return cmpCp(a->aCp, a->nCp, b->aCp, b->nCp);
}

/* Index of the entry equal to aCp[0..n) in the sorted array, or -1. */
static int findEntry(const int32_t *aCp, int n) {
  int lo = 0, hi = nEntry - 1;
  while( lo <= hi ) {
    int mid = (lo + hi) / 2;
    int c = cmpCp(aEntry[mid].aCp, aEntry[mid].nCp, aCp, n);
    if( c == 0 ) return mid;
    if( c < 0 )
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}

/* Folds a word into aCp; returns its length, or 0 if it is not all Han. */
static int foldWord(const char *z, int32_t *aCp) {
  int i = 0, n = (int)strlen(z), nCp = 0;
  while( i < n ) {
    int len;
    int32_t aFold[ZH_FOLD_MAX];
    if( zhUtf8Decode((const unsigned char *)z + i, n - i, &len) ==
        ZH_INVALID_CP )
      return 0;
    int nFold =
        zhFoldCluster(ZH_FOLD_ALL, (const unsigned char *)z + i, len, aFold);
    for( int k = 0; k < nFold; k++ ) {
      if( zhScriptClass(aFold[k]) != ZH_IDEO || nCp == MAX_WORD_CHARS )
        return 0;
      aCp[nCp++] = aFold[k];
    }
    i += len;
  }
  return nCp;
}

static int isNumeralMeasure(const Entry *p) {
  if( p->nCp < 2 ) return 0;
  for( int i = 0; i < p->nCp - 1; i++ ) {
    if( !inUtf8Set(zNumeral, p->aCp[i]) ) return 0;
  }
  return inUtf8Set(zMeasure, p->aCp[p->nCp - 1]) || strcmp(p->zTag, "q") == 0;
}

/* ---- the trie ----------------------------------------------------------- */

typedef struct TNode TNode;
struct TNode {
  int32_t cp;
  int iWord; /* entry index, or -1 */
  int iFirst, nChild;
};

static TNode *aNode;
static int nNode;

/*
** Lays the trie out breadth first: the children of each node are
** contiguous and sorted by code point.  Entries are sorted, so the words
** that share a prefix of length d form a contiguous range.
*/
static void buildTrie(void) {
  typedef struct Span {
    int lo, hi, depth;
  } Span;
  size_t nMax = 1;
  for( int i = 0; i < nEntry; i++ ) nMax += (size_t)aEntry[i].nCp;
  Span *aQueue = malloc(sizeof(Span) * nMax);
  int nHead = 0, nTail = 0;
  aNode = malloc(sizeof(TNode) * nMax);
  if( !aQueue || !aNode ) exit(1);
  nNode = 1;
  aNode[0].cp = 0;
  aNode[0].iWord = -1;
  aQueue[nTail++] = (Span){0, nEntry, 0};
  /* aQueue[k] describes the words below node k. */
  while( nHead < nTail ) {
    Span s = aQueue[nHead];
    TNode *pParent = &aNode[nHead];
    nHead++;
    pParent->iFirst = nNode;
    pParent->nChild = 0;
    int i = s.lo;
    /* A word that ends at this depth is the node's own word. */
    if( i < s.hi && aEntry[i].nCp == s.depth ) i++;
    while( i < s.hi ) {
      int32_t c = aEntry[i].aCp[s.depth];
      int j = i;
      while( j < s.hi && aEntry[j].aCp[s.depth] == c ) j++;
      TNode *p = &aNode[nNode++];
      p->cp = c;
      p->iWord = aEntry[i].nCp == s.depth + 1 ? i : -1;
      aQueue[nTail++] = (Span){i, j, s.depth + 1};
      pParent->nChild++;
      i = j;
    }
  }
  free(aQueue);
}

/* Tags the word of code points aCp[0..n) as a gazetteer place, unless
** the dictionary already calls it a place or (bOverName false) it looks
** like an everyday word.  Returns 1 if the word was tagged. */
static int markPlace(const int32_t *aCp, int n, int bOverName) {
  int i = n >= 2 ? findEntry(aCp, n) : -1;
  if( i < 0 ) return 0;
  Entry *p = &aEntry[i];
  if( p->bNotPlace ) return 0;
  p->bListedPlace = 1;
  if( strcmp(p->zTag, "ns") == 0 ) return 0;
  if( !bOverName ) {
    /* friso's list of Chinese places holds everyday words too (合作市,
    ** 资源县, 比如县: 合作, 资源, 比如) and places named as people are
    ** (中山): those keep their tags.  Kept: 合肥, 大连, 海口; names of
    ** three characters or more the dictionary tags as a person's (石家庄,
    ** 张家口, 齐齐哈尔: people so named are rare); and those it takes for
    ** transliterations (拉萨, 哈密, 林芝: nrt). */
    static const char *const azWordTag[] = {"v", "vn", "a", "ad", "an", 0};
    if( p->freq >= 2000 ) return 0;
    for( int k = 0; azWordTag[k]; k++ ) {
      if( strcmp(p->zTag, azWordTag[k]) == 0 ) return 0;
    }
    if( n < 3 && (strcmp(p->zTag, "nr") == 0 || strcmp(p->zTag, "nrfg") == 0) )
      return 0;
  }
  snprintf(p->zTag, sizeof(p->zTag), "nsg");
  return 1;
}

/* Calls xWord(aCp, n, pArg) for each word listed in zFile, folded: lines
** starting with '#' are comments, words are parted by spaces or lines,
** and what follows a '/' in a word is cut (friso's "/null").  Returns the
** sum of what xWord returned, or -100000 if the file cannot be read. */
static int forEachListed(const char *zFile,
                         int (*xWord)(const int32_t *, int, void *),
                         void *pArg) {
  char zLine[4096];
  int nSum = 0;
  FILE *f = fopen(zFile, "r");
  if( f == 0 ) {
    perror(zFile);
    return -100000;
  }
  while( fgets(zLine, sizeof(zLine), f) ) {
    if( zLine[0] == '#' ) continue;
    for( char *zWord = strtok(zLine, " \t\r\n"); zWord;
         zWord = strtok(0, " \t\r\n") ) {
      int32_t aCp[MAX_WORD_CHARS];
      zWord[strcspn(zWord, "/")] = 0;
      int n = foldWord(zWord, aCp);
      if( n > 0 ) nSum += xWord(aCp, n, pArg);
    }
  }
  fclose(f);
  return nSum;
}

/* A listed place (pArg: bOverName, see markPlace); a place with a unit
** (大连市, 延庆县) also marks its name (大连).  Demonyms (北京人) are
** skipped.  Returns the count marked. */
static int placeListed(const int32_t *aCp, int n, void *pArg) {
  int bOverName = *(const int *)pArg, nMarked = 0;
  if( n < 2 || aCp[n - 1] == 0x4EBA /* 人 */ ) return 0;
  nMarked += markPlace(aCp, n, bOverName);
  int32_t u = aCp[n - 1];
  if( n >= 3 && (u == 0x5E02 || u == 0x53BF || u == 0x533A || u == 0x7701) )
    nMarked += markPlace(aCp, n - 1, bOverName); /* 市 县 区 省 */
  return nMarked;
}

static int markPlaces(const char *zFile, int bOverName) {
  return forEachListed(zFile, placeListed, &bOverName);
}

/* A listed everyday word: no name.  Tagged "nsn" for the segmenter's sake
** if it was ns (the segmenter joins an ns word and a unit, 延庆 区, and must
** go on doing so), "nn" otherwise (the extractor would read 贫困县 n as a
** unit's name, 雷阵雨 nr as a person's); no gazetteer retags it.  Returns
** 1 if the dictionary holds the word. */
static int everydayListed(const int32_t *aCp, int n, void *pArg) {
  (void)pArg;
  int i = findEntry(aCp, n);
  if( i < 0 ) return 0;
  aEntry[i].bNotPlace = 1;
  snprintf(aEntry[i].zTag, sizeof(aEntry[i].zTag), "%s",
           strcmp(aEntry[i].zTag, "ns") == 0 ? "nsn" : "nn");
  return 1;
}

/* A listed body: tagged "nt", or "nst" if the dictionary tags it as a
** place (英特尔 ns, 京东 ns): the segmenter reads nst as ns, and so joins
** it with a unit as before.  Returns 1 if the word was tagged. */
static int bodyListed(const int32_t *aCp, int n, void *pArg) {
  (void)pArg;
  int i = findEntry(aCp, n);
  if( i < 0 ) return 0;
  snprintf(aEntry[i].zTag, sizeof(aEntry[i].zTag), "%s",
           strcmp(aEntry[i].zTag, "ns") == 0 ? "nst" : "nt");
  return 1;
}

/* A listed person: tagged "nrg" where the dictionary holds the word.
** Foreign names do not start with a surname, and the extractor takes an
** "nrg" word for a person whatever its first character.  Returns 1 if the
** word was tagged. */
static int personListed(const int32_t *aCp, int n, void *pArg) {
  (void)pArg;
  int i = n >= 2 ? findEntry(aCp, n) : -1;
  if( i < 0 ) return 0;
  Entry *p = &aEntry[i];
  /* Three characters or more are a name whatever the dictionary's tag
  ** (周恩来 t, 拿破仑 n, 闻一多 l); two must be tagged as a name (樱桃 n,
  ** 尚书 n and 嘉靖 t are on the list too). */
  static const char *const azNameTag[] = {"nr", "nrt", "nrfg", "nz", "ns", "n",
                                          "t",  "i",   "l",    "z",  0};
  for( int k = 0; azNameTag[k]; k++ ) {
    /* A place in a gazetteer stays one (罗马, 张掖); the dictionary's
    ** other places are people (普京, 巴金, 莎士比亚). */
    if( k == 4 && p->bListedPlace ) break;
    if( k >= 5 && n < 3 ) break;
    if( strcmp(p->zTag, azNameTag[k]) == 0 ) {
      snprintf(p->zTag, sizeof(p->zTag), "nrg");
      return 1;
    }
  }
  return 0;
}

/* ---- output -------------------------------------------------------------- */

/* Tags: a small table of names, each node holds an index into it.
** Returns the number of tags, or 0 if there are too many. */
static int collectTags(const char **azTag) {
  int nTag = 0;
  azTag[nTag++] = "";
  for( int i = 0; i < nEntry; i++ ) {
    int k;
    for( k = 0; k < nTag && strcmp(azTag[k], aEntry[i].zTag); k++ ) {}
    if( k == nTag ) {
      if( nTag == 63 ) {
        fprintf(stderr, "gen_dict: too many tags\n");
        return 0;
      }
      azTag[nTag++] = aEntry[i].zTag;
    }
  }
  return nTag;
}

/* The trie as three arrays (dict.h); 1 on failure. */
static int nodeArrays(const char **azTag, int nTag, double total,
                      uint32_t *aCpTag, uint32_t *aFirst, uint32_t *aKidsCost) {
  for( int i = 0; i < nNode; i++ ) {
    TNode *p = &aNode[i];
    uint32_t tag = 0, cost = ZH_COST_NONE;
    if( p->iWord >= 0 ) {
      Entry *e = &aEntry[p->iWord];
      double c = (log(total) - log(e->freq)) * ZH_COST_SCALE;
      cost = c > ZH_COST_NONE - 1 ? ZH_COST_NONE - 1 : (uint32_t)lround(c);
      for( tag = 0; (int)tag < nTag && strcmp(azTag[tag], e->zTag); tag++ ) {}
    }
    if( p->nChild > 0xFFFF ) {
      fprintf(stderr, "gen_dict: a node with %d children\n", p->nChild);
      return 1;
    }
    aCpTag[i] = (uint32_t)p->cp | (tag << 21);
    aFirst[i] = (uint32_t)p->iFirst;
    aKidsCost[i] = (uint32_t)p->nChild | (cost << 16);
  }
  return 0;
}

/* Sets the bits of flag for the characters of zSet; 1 on failure. */
static int flagSet(unsigned char *aFlag, const char *zSet, int flag) {
  const unsigned char *z = (const unsigned char *)zSet;
  int n = (int)strlen(zSet), i = 0, len;
  while( i < n ) {
    int32_t c = zhUtf8Decode(z + i, n - i, &len);
    if( c < 0x4E00 || c > 0x9FFF ) {
      fprintf(stderr,
              "gen_dict: rule character U+%04X is outside U+4E00..U+9FFF\n",
              (unsigned)c);
      return 1;
    }
    aFlag[c - 0x4E00] |= (unsigned char)flag;
    i += len;
  }
  return 0;
}

/* Sets the bits of flag for the characters of friso's lexicon zPath, one
** per line; 1 on failure. */
static int flagLexicon(unsigned char *aFlag, const char *zPath, int flag) {
  char zLex[256];
  int nChar = 0;
  FILE *lex = fopen(zPath, "r");
  if( lex == 0 ) {
    perror(zPath);
    return 1;
  }
  while( fgets(zLex, sizeof(zLex), lex) ) {
    int len;
    if( zLex[0] == '#' ) continue;
    int32_t c =
        zhUtf8Decode((const unsigned char *)zLex, (int)strlen(zLex), &len);
    if( c >= 0x4E00 && c <= 0x9FFF ) {
      aFlag[c - 0x4E00] |= (unsigned char)flag;
      nChar++;
    }
  }
  fclose(lex);
  if( nChar < 50 ) {
    fprintf(stderr, "gen_dict: %s: only %d characters\n", zPath, nChar);
    return 1;
  }
  return 0;
}

/* Flags for the segmenter's rules, one byte per core Han character, and
** given-name characters from friso's lexicons in zFriso; 1 on failure. */
static int charFlags(const char *zFriso, unsigned char *aFlag) {
  static const struct {
    const char *zSet;
    int flag;
  } aSet[] = {
      {ZH_SURNAMES, ZH_CF_SURNAME},
      {ZH_NOT_IN_NAME, ZH_CF_NOT_IN_NAME},
      {ZH_ADMIN_SUFFIX, ZH_CF_ADMIN_SUFFIX},
      {ZH_PLACE_SUFFIX, ZH_CF_PLACE_SUFFIX},
      {ZH_NUMERALS, ZH_CF_NUMERAL},
  };
  static const struct {
    const char *zFile;
    int flag;
  } aLex[] = {
      {"lex-dname-1.lex", ZH_CF_GIVEN_FIRST},
      {"lex-dname-2.lex", ZH_CF_GIVEN_LAST},
      {"lex-sname.lex", ZH_CF_GIVEN_LAST},
  };
  memset(aFlag, 0, 0x5200);
  for( size_t k = 0; k < sizeof(aSet) / sizeof(aSet[0]); k++ ) {
    if( flagSet(aFlag, aSet[k].zSet, aSet[k].flag) ) return 1;
  }
  for( size_t k = 0; k < sizeof(aLex) / sizeof(aLex[0]); k++ ) {
    char zPath[1024];
    snprintf(zPath, sizeof(zPath), "%s/%s", zFriso, aLex[k].zFile);
    if( flagLexicon(aFlag, zPath, aLex[k].flag) ) return 1;
  }
  return 0;
}

/* A listed suffix of an organisation's name (pArg: the flags): its last
** character is an ORG_END.  Returns 1. */
static int orgSuffixListed(const int32_t *aCp, int n, void *pArg) {
  unsigned char *aFlag = pArg;
  int32_t c = aCp[n - 1];
  if( c < 0x4E00 || c > 0x9FFF ) return 0;
  aFlag[c - 0x4E00] |= ZH_CF_ORG_END;
  return 1;
}

/* Appends to the layout header zH the tags as the entity extractor's enum
** (ext/entities/tags.h), by their index in the blob: decoded once, here.
** Returns 1 on failure. */
static int writeTagEnums(const char *zH, const char **azTag, int nTag) {
  static const char *const azEnum[][2] = {
#define ZH_TAG_PAIR(e, z) {#e, z},
      ZH_TAGS(ZH_TAG_PAIR)
#undef ZH_TAG_PAIR
  };
  FILE *h = fopen(zH, "a");
  if( h == 0 ) return 1;
  fprintf(h, "#define ZH_DICT_TAG_ENUMS");
  for( int k = 0; k < 64; k++ ) {
    const char *zEnum = "OTHER";
    for( size_t e = 0; k < nTag && e < sizeof(azEnum) / sizeof(azEnum[0]);
         e++ ) {
      if( strcmp(azEnum[e][1], azTag[k]) == 0 ) zEnum = azEnum[e][0];
    }
    fprintf(h, "%s ZH_TAG_%s", k ? "," : "", zEnum);
  }
  fprintf(h, "\n");
  return fclose(h) != 0;
}

/* Writes the blob argv[2] and its layout header argv[3]. */
static int writeOutput(char **argv, double total, int nNonHan, int nDropped) {
  static unsigned char aFlag[0x5200];
  const char *azTag[64];
  int nTag = collectTags(azTag);
  uint32_t *aCpTag = malloc(sizeof(uint32_t) * 3 * (size_t)nNode);
  int rc = 1;
  if( nTag > 0 && aCpTag &&
      !nodeArrays(azTag, nTag, total, aCpTag, aCpTag + nNode,
                  aCpTag + 2 * (size_t)nNode) &&
      !charFlags(argv[4], aFlag) &&
      forEachListed(argv[10], orgSuffixListed, aFlag) >= 20 ) {
    DictOut out = {nNode,          nEntry,
                   nTag,           (uint32_t)lround(log(total) * ZH_COST_SCALE),
                   azTag,          aCpTag,
                   aCpTag + nNode, aCpTag + 2 * (size_t)nNode,
                   aFlag};
    rc = writeDictBlob(&out, argv[2], argv[3]) ||
         writeTagEnums(argv[3], azTag, nTag);
  }
  free(aCpTag);
  if( rc == 0 ) {
    fprintf(stderr,
            "gen_dict: %d words (%d not all Han, %d split by convention), "
            "%d trie nodes, %d tags\n",
            nEntry, nNonHan, nDropped, nNode, nTag);
  }
  return rc;
}

int main(int argc, char **argv) {
  FILE *in;
  char zLine[1024];
  double total = 0;
  int nDropped = 0, nNonHan = 0;

  if( argc != 11 ) {
    fprintf(stderr, "usage: gen_dict DICT.TXT OUT.BIN OUT_LAYOUT.H "
                    "FRISO_DICT_DIR PLACES.TXT PEOPLE.TXT EVERYDAY.TXT "
                    "BODIES.TXT MORE_PLACES.TXT ORG_SUFFIXES.TXT\n");
    return 1;
  }
  if( (in = fopen(argv[1], "r")) == 0 ) {
    perror(argv[1]);
    return 1;
  }
  while( fgets(zLine, sizeof(zLine), in) ) {
    char zWord[512], zTag[64] = "";
    double freq;
    int n = sscanf(zLine, "%511s %lf %63s", zWord, &freq, zTag);
    if( n < 2 || freq <= 0 ) {
      fprintf(stderr, "gen_dict: %s: malformed line: %s", argv[1], zLine);
      return 1;
    }
    if( nEntry == nEntryAlloc ) {
      nEntryAlloc = nEntryAlloc ? nEntryAlloc * 2 : 65536;
      aEntry = realloc(aEntry, sizeof(Entry) * (size_t)nEntryAlloc);
      if( !aEntry ) return 1;
    }
    Entry *p = &aEntry[nEntry];
    p->nCp = foldWord(zWord, p->aCp);
    if( p->nCp == 0 ) {
      nNonHan++;
      continue;
    }
    p->freq = freq;
    p->tagFreq = freq;
    p->bListedPlace = 0;
    p->bNotPlace = 0;
    snprintf(p->zTag, sizeof(p->zTag), "%s", zTag);
    nEntry++;
  }
  fclose(in);

  /* Merge entries that fold alike: frequencies add, the commoner tag wins. */
  qsort(aEntry, (size_t)nEntry, sizeof(Entry), cmpEntry);
  int nOut = 0;
  for( int i = 0; i < nEntry; i++ ) {
    if( nOut > 0 && cmpEntry(&aEntry[nOut - 1], &aEntry[i]) == 0 ) {
      Entry *q = &aEntry[nOut - 1];
      q->freq += aEntry[i].freq;
      if( aEntry[i].tagFreq > q->tagFreq ) {
        memcpy(q->zTag, aEntry[i].zTag, sizeof(q->zTag));
        q->tagFreq = aEntry[i].tagFreq;
      }
    } else {
      aEntry[nOut++] = aEntry[i];
    }
  }
  nEntry = nOut;

  /* Drop what the convention splits (needs the sorted, merged list). */
  nOut = 0;
  for( int i = 0; i < nEntry; i++ ) {
    Entry *p = &aEntry[i];
    int bDrop = isNumeralMeasure(p);
    if( !bDrop && p->nCp >= 3 && p->aCp[p->nCp - 1] == 0x4EEC /* 们 */
        && strcmp(p->zTag, "r") != 0 && findEntry(p->aCp, p->nCp - 1) >= 0 ) {
      bDrop = 1;
    }
    if( bDrop )
      nDropped++;
    else
      aEntry[nOut++] = *p;
  }
  nEntry = nOut;
  for( int i = 0; i < nEntry; i++ ) total += aEntry[i].freq;

  /* Places the dictionary tags otherwise (合肥 n, 大连 d, 开罗 nz, 莫斯科 nr)
  ** get the tag "nsg", read by the entity extractor only: the segmenter's
  ** words, and so the tokens, stay those of the dictionary's tags. */
  int nEveryday = forEachListed(argv[7], everydayListed, 0);
  if( nEveryday < 500 ) {
    fprintf(stderr, "gen_dict: only %d everyday words\n", nEveryday);
    return 1;
  }
  char zPlaces[1024];
  snprintf(zPlaces, sizeof(zPlaces), "%s/lex-cn-place.lex", argv[4]);
  int nGaz =
      markPlaces(argv[5], 1) + markPlaces(argv[9], 1) + markPlaces(zPlaces, 0);
  if( nGaz < 500 ) {
    fprintf(stderr, "gen_dict: only %d gazetteer places\n", nGaz);
    return 1;
  }

  /* People the dictionary tags as names or proper nouns: "nrg", read by
  ** the extractor only, as "nsg" is. */
  int nPeople = forEachListed(argv[6], personListed, 0);
  int nBodies = forEachListed(argv[8], bodyListed, 0);
  if( nBodies < 50 ) {
    fprintf(stderr, "gen_dict: only %d listed bodies\n", nBodies);
    return 1;
  }
  if( nPeople < 1000 ) {
    fprintf(stderr, "gen_dict: only %d gazetteer people\n", nPeople);
    return 1;
  }
  fprintf(stderr, "gen_dict: %d gazetteer places, %d people\n", nGaz, nPeople);

  buildTrie();
  return writeOutput(argv, total, nNonHan, nDropped);
}
