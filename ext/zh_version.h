/*
** Versions.  ZH_VERSION is the release.  ZH_TOKENIZER_VERSION changes
** whenever the tokens of some text change (folding tables, character
** classes, mode defaults): an index built with one tokenizer version must
** be rebuilt ('rebuild') to be read with another.
*/
#ifndef ZH_VERSION_H
#define ZH_VERSION_H

#define ZH_VERSION           "0.2.0"
#define ZH_TOKENIZER_VERSION 3

#endif
