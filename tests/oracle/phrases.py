"""Which rows a phrase finds, from the reference tokens of each row.

The design (README, "How a substring is found"): a query string is a
phrase of its tokens; its first token may follow anything, each later
token must follow the one before it directly, with a separator token
between them where the query has a separator and nowhere else (工会 does
not match 工，会): the same tokens and the same gaps.  A prefix phrase ("..." *) asks for a last
token that starts with the last token of the query, FTS5's prefix rule.
A string with no token finds nothing.
"""
import bisect

import reference as R


class Rows:
    """The reference tokens of a table's rows, indexed by token text."""

    def __init__(self, folder, rows):
        self.folder = folder
        self.tokens = {}
        self.postings = {}
        for rowid, text in rows:
            toks = [(t.text, t.gap) for t in R.tokenize(folder, text)]
            self.tokens[rowid] = toks
            for pos, (tt, _gap) in enumerate(toks):
                self.postings.setdefault(tt, []).append((rowid, pos))
        self.vocab = sorted(self.postings)

    def query_tokens(self, s):
        return [(t.text, t.gap) for t in R.tokenize(self.folder, s)]

    def find(self, s, prefix=False):
        """The rowids the string s finds as a phrase (with a prefix last token)."""
        return self.find_tokens(self.query_tokens(s), prefix)

    def find_tokens(self, q, prefix=False):
        if not q:
            return set()
        last = len(q) - 1
        if prefix and last == 0:
            i = bisect.bisect_left(self.vocab, q[0][0])
            found = set()
            while i < len(self.vocab) and self.vocab[i].startswith(q[0][0]):
                found.update(r for r, _ in self.postings[self.vocab[i]])
                i += 1
            return found
        found = set()
        for rowid, pos in self.postings.get(q[0][0], ()):
            if rowid in found:
                continue
            toks = self.tokens[rowid]
            if pos + last >= len(toks):
                continue
            for k in range(1, last + 1):
                text, gap = toks[pos + k]
                qtext, qgap = q[k]
                if gap != qgap:
                    break
                if text != qtext and not (prefix and k == last and text.startswith(qtext)):
                    break
            else:
                found.add(rowid)
        return found
