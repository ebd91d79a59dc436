/*
** Entity extraction: people, places, organisations, dates, times, money,
** percentages, quantities, titles of works, and the roles of the people
** named in datelines and photo credits.
*/
#ifndef ZH_ENTITIES_H
#define ZH_ENTITIES_H

#include "../dict.h"

/* Kinds, as bits so a caller can ask for a set of them. */
#define ZH_ENT_PERSON   0x001
#define ZH_ENT_PLACE    0x002
#define ZH_ENT_ORG      0x004
#define ZH_ENT_DATE     0x008
#define ZH_ENT_TIME     0x010
#define ZH_ENT_MONEY    0x020
#define ZH_ENT_PERCENT  0x040
#define ZH_ENT_QUANTITY 0x080
#define ZH_ENT_TITLE    0x100
#define ZH_ENT_ALL      0x1FF

/* The longest entity, in characters: a candidate longer than this is
** dropped, whichever rule found it, and those inside it that a rule found
** on their own (科菲 and 安南 in 科菲·安南·...) stand; a run of adjacent
** places that long is then no place but by units or nested, where its
** places are found on their own.  Names are far shorter (organisations
** reach 24 characters, places 21 in 43 MB of Sina news); titles in 《》
** reach 71 (a province's notice) and 93 (an English book).  It bounds what
** one entity holds and costs: a run of names joined by dots (科菲·安南·...)
** or of numerals before 元 would otherwise be one entity of any length. */
#define ZH_ENT_MAX_CHARS 100

typedef struct ZhEntity ZhEntity;
struct ZhEntity {
  int eKind;        /* one ZH_ENT_* bit */
  int iStart, iEnd; /* character offsets into the input, end exclusive */
  int iByteStart, iByteEnd;
  int iSentence;     /* 0-based index of the sentence it starts in */
  const char *zRole; /* "reporter", "correspondent", "photographer" or 0 */
  char *zValue;      /* normalised value (sqlite3_malloc'd) or 0 */
};

/* How names inside names are returned. */
#define ZH_NEST_LONGEST 0 /* the longest: 北京市总工会, 杭州市西湖区 */
#define ZH_NEST_UNITS   1 /* places by their units: 杭州市, 西湖区 */
#define ZH_NEST_NESTED  2 /* the longest and every name inside it */

/* Parses 'longest', 'units' or 'nested' (NULL: longest).  Returns -1 (and
** sets *pzErr to a message from sqlite3_mprintf) on any other value. */
int zhEntityNesting(const char *z, char **pzErr);

/* The name of kind bit e ("person", ...). */
const char *zhEntityKindName(int e);

/*
** Parses a comma-separated list of kind names into bits.  Returns -1 (and
** sets *pzErr to a message from sqlite3_mprintf) on an unknown name.
*/
int zhEntityKinds(const char *zList, char **pzErr);

/*
** Extracts the entities of z[0..n) (valid UTF-8) whose kinds are in
** mKinds, in order of start, names inside names as eNesting (ZH_NEST_*)
** says.  *paEnt is an sqlite3_malloc'd array the caller frees with
** zhEntitiesFree().  pUser (may be 0) are user words.
*/
int zhEntitiesExtract(const char *z, int n, int mKinds, int eNesting,
                      const ZhUserDict *pUser, ZhEntity **paEnt, int *pnEnt);
void zhEntitiesFree(ZhEntity *aEnt, int nEnt);

#endif
