/*
** Paragraphs of text cut out of a page layout, with the breaks the layout
** made mended (see paragraphs.c); used by zh_paragraphs and zh_articles.
*/
#ifndef ZH_PARAGRAPHS_H
#define ZH_PARAGRAPHS_H

#include "segment.h"

typedef struct ZhPara ZhPara;
struct ZhPara {
  int iByte0, iByte1; /* the paragraph's span in the input */
  int iChar0, iChar1;
  int nPiece;       /* lines it was made from */
  int iText, nText; /* its text, joined, in ZhParaList.aText */
  int bEnds;        /* its last line ends a sentence */
};

typedef struct ZhParaList ZhParaList;
struct ZhParaList {
  ZhPara *aPara;
  int nPara, nAlloc;
  char *aText;
  int nText, nTextAlloc;
  ZhSegmenter *pSeg; /* to see whether a cut splits a word */
};

/* Splits z[0..n) (valid UTF-8) into p's paragraphs; an SQLite code. */
int zhParagraphsSplit(ZhParaList *p, const char *z, int n);
void zhParaListClear(ZhParaList *p);

/* True if a word runs across the end of a[0..na) into b[0..nb): the cut
** between them split it.  *pRc gets an SQLite code. */
int zhWordSpansCut(ZhParaList *p, const char *a, int na, const char *b, int nb,
                   int *pRc);

#endif
