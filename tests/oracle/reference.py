"""The reference: what the zh tokenizer should make of a text, computed
without the extension.

Folding comes from independent implementations: Python's unicodedata
(NFKC, NFC) and str.casefold, and ICU (Debian's python3-icu) for the
Traditional-Simplified transliterator, the Default_Ignorable_Code_Point
property and the Unicode script of a character.  What the project does
on purpose beyond those is listed below (DOCUMENTED), each with where it
is written down; nothing here calls zh.

Tokens follow the design of README.md ("How a substring is found"): a
text is read cluster by cluster (a code point and the combining marks
after it), each cluster is folded, and each folded code point is a
letter or digit of a spaced script (words, as unicode61 makes them), a
Han/kana/hangul/bopomofo letter (one token each), a combining mark (it
extends the word before it) or a separator.  A token after a separator
has gap set; between two tokens a separator keeps apart, the tokenizer
hands FTS5 the separator token '|' at a position of its own (fts5_tokens).

Importing this module without python3-icu exits with status 77 (run-all.sh
counts it as skipped).
"""
import sys
import unicodedata

try:
    import icu
except ImportError:
    print("skipped: python3-icu is missing (apt-get install python3-icu): the oracles take "
          "traditional -> simplified, default ignorables and scripts from ICU")
    sys.exit(77)

# ---- what the project does beyond NFKC, casefold and ICU, and where it says so ----

DOCUMENTED = {
    "zero": "○ U+25CB and ◯ U+25EF, written for the numeral zero (二○二四年), read as 〇 "
            "U+3007 when nfkc is on (README, option nfkc)",
    "gb2312": "a character GB2312 encodes is not rewritten by t2s: simplified text writes it "
              "(著 in 著名, 乾 in 乾坤); README, 'Other properties', tools/gen_t2s.c",
    "also_fold": "bar a reviewed few GB2312 characters that simplified text in practice never "
                 "writes, which t2s folds (README: 後 and 於; the list is tools/gen_t2s.c's "
                 "aAlsoFold)",
    "one_cp": "t2s maps a character only to a single character (README: 'applied per "
              "character'; tools/gen_t2s.c keeps one-code-point results)",
    "closed": "t2s is closed, t2s(t2s(c)) == t2s(c), so folding is idempotent "
              "(tools/gen_t2s.c)",
    "ignorable": "zero-width characters (Default_Ignorable_Code_Point: ZWSP, soft hyphen, "
                 "variation selectors) fold to nothing, whatever the options (README, "
                 "'Other properties'; ext/fold.c folds with UTF8PROC_IGNORE)",
    "cluster": "folding is per cluster, a code point and the combining marks after it, so "
               "that a substring folds as the same stretch of the whole (ext/fold.c); at "
               "most 16 marks join a cluster in the tokenizer (ext/scan.c)",
    "fold_max": "a cluster whose fold is longer than 64 code points is kept unfolded "
                "(ext/fold.h)",
    "max_token": "words longer than 1,024 bytes are cut there, at a character boundary "
                 "(README, 'Other properties'; ext/scan.h)",
}

ZERO_LOOKALIKES = (0x25CB, 0x25EF)
ZERO = 0x3007
# tools/gen_t2s.c, aAlsoFold: GB2312 characters folded all the same
# (以後, 特徵, 於是, 香菸, 什麽 are everyday traditional writing).
T2S_ALSO_FOLD = frozenset(ord(c) for c in "後徵摺於箝菸麽")
MAX_MARKS = 16
FOLD_MAX = 64
MAX_TOKEN = 1024
SEP_TOKEN = "|"

# ---- character classes ---------------------------------------------------------

GAP, WORD, IDEO, MARK = "gap", "word", "ideo", "mark"

_CJK_SCRIPTS = frozenset((icu.UScriptCode.HAN, icu.UScriptCode.HIRAGANA,
                          icu.UScriptCode.KATAKANA, icu.UScriptCode.HANGUL,
                          icu.UScriptCode.BOPOMOFO))
_class_cache = {}


def is_cjk_script(c):
    """Han, kana, hangul or bopomofo by Unicode's Script or Script_Extensions."""
    if icu.Script.getScript(c).getScriptCode() in _CJK_SCRIPTS:
        return True
    return any(s in _CJK_SCRIPTS for s in icu.Script.getScriptExtensions(c))


def char_class(c):
    """The role a folded code point plays in a token (README: 'Every Han, kana
    or hangul character is a token; Latin letters and digits form words as in
    SQLite's unicode61'; combining marks stay with their letter)."""
    k = _class_cache.get(c)
    if k is None:
        cat = unicodedata.category(chr(c))
        if cat in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nl"):
            k = IDEO if is_cjk_script(c) else WORD
        elif cat in ("Nd", "No", "Co"):
            k = WORD
        elif cat in ("Mn", "Mc", "Me"):
            k = MARK
        else:
            k = GAP
        _class_cache[c] = k
    return k


def is_mark(c):
    return unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")


def is_ignorable(c):
    return icu.Char.hasBinaryProperty(c, icu.UProperty.DEFAULT_IGNORABLE_CODE_POINT)


def is_assigned(c):
    """Assigned in Python's Unicode (14.0): the reference knows nothing newer."""
    return unicodedata.category(chr(c)) != "Cn"


# ---- traditional -> simplified ---------------------------------------------------

class T2s:
    """ICU's Traditional-Simplified transliterator applied to one character
    at a time, with the exceptions the project documents."""

    def __init__(self):
        self.tr = icu.Transliterator.createInstance("Traditional-Simplified")
        self.cache = {}

    def icu_one(self, c):
        """ICU's answer for c alone: a string."""
        return self.tr.transliterate(chr(c))

    def step(self, c):
        """One application of the rule: (result, reason it is left alone or None)."""
        s = self.icu_one(c)
        if s == chr(c):
            return c, None
        if len(s) != 1:
            return c, "one_cp"
        if in_gb2312(c) and c not in T2S_ALSO_FOLD:
            return c, "gb2312"
        return ord(s), None

    def __call__(self, c):
        if c < 0x80:
            return c
        r = self.cache.get(c)
        if r is None:
            r = c
            for _ in range(8):   # "closed": follow the chain to its end
                nxt, _why = self.step(r)
                if nxt == r:
                    break
                r = nxt
            self.cache[c] = r
        return r


def in_gb2312(c):
    """GB2312 encodes c (Python's own codec, not ICU's converter)."""
    try:
        chr(c).encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


# ---- folding ------------------------------------------------------------------

class Folder:
    """The fold of the tokenizer's options nfkc, casefold and t2s (all on
    by default), per cluster."""

    def __init__(self, nfkc=True, casefold=True, t2s=True, t2s_table=None):
        self.nfkc = nfkc
        self.casefold = casefold
        self.t2s = (t2s_table or T2s()) if t2s else None
        self.form = "NFKC" if nfkc else "NFC"
        self.cache = {}

    def normalize(self, s):
        """NFKC (or NFC), case folding and no default ignorable, normalized
        again until nothing changes, as Unicode's NFKC_Casefold is defined:
        case folding can give text that is not normalized (İ -> i + U+0307),
        and a removed ignorable can let marks compose (a U+034F U+0300 -> à)."""
        t = unicodedata.normalize(self.form, s)
        for _ in range(4):
            u = t.casefold() if self.casefold else t
            u = "".join(ch for ch in u if not is_ignorable(ord(ch)))
            u = unicodedata.normalize(self.form, u)
            if u == t:
                break
            t = u
        return [ord(ch) for ch in t]

    def cluster(self, s):
        """The folded code points of one cluster s (a str)."""
        r = self.cache.get(s)
        if r is not None:
            return r
        out = self.normalize(s)
        if len(out) > FOLD_MAX:
            out = [ord(ch) for ch in s]          # "fold_max": kept as it is
        else:
            for i, c in enumerate(out):
                if self.nfkc and c in ZERO_LOOKALIKES:
                    c = ZERO
                if self.t2s:
                    c = self.t2s(c)
                out[i] = c
        if len(self.cache) < 200000:
            self.cache[s] = out
        return out

    def text(self, s, max_marks=None):
        """What zh_fold(s) should return: each cluster folded, separators kept."""
        return "".join(chr(c) for cl, _i, _j in clusters(s, max_marks) for c in self.cluster(cl))


def clusters(s, max_marks=MAX_MARKS):
    """(cluster text, byte start, byte end) of s: a code point and up to
    max_marks combining marks after it (None: no limit)."""
    out = []
    i = 0
    off = 0
    n = len(s)
    while i < n:
        j = i + 1
        marks = 0
        while j < n and (max_marks is None or marks < max_marks) and is_mark(ord(s[j])):
            j += 1
            marks += 1
        cl = s[i:j]
        nb = len(cl.encode("utf-8"))
        out.append((cl, off, off + nb))
        off += nb
        i = j
    return out


# ---- tokens -----------------------------------------------------------------------

class Token:
    __slots__ = ("text", "gap", "start", "end")

    def __init__(self, text, gap, start, end):
        self.text, self.gap, self.start, self.end = text, gap, start, end

    def __repr__(self):
        return f"Token({'|' if self.gap else ''}{self.text!r}, {self.start}, {self.end})"


def tokenize(folder, s):
    """The tokens of text s, in order."""
    toks = []
    gap = True
    word = None          # [text, gap, start, end] of the open word
    nbytes = 0

    def flush():
        nonlocal word
        if word is not None:
            toks.append(Token(word[0], word[1], word[2], word[3]))
            word = None

    for cl, i, j in clusters(s):
        for c in folder.cluster(cl):
            k = char_class(c)
            if k == WORD or (k == MARK and word is not None):
                if word is None:
                    word = ["", gap, i, j]
                    nbytes = 0
                    gap = False
                ch = chr(c)
                if nbytes + 4 <= MAX_TOKEN:      # "max_token"
                    word[0] += ch
                    nbytes += len(ch.encode("utf-8"))
                word[3] = j
            elif k == IDEO:
                flush()
                toks.append(Token(chr(c), gap, i, j))
                gap = False
            elif k == GAP:
                flush()
                gap = True
    flush()
    return toks


def fts5_tokens(toks):
    """What the tokenizer hands FTS5 for tokens toks, as zh_tokenize shows
    it: (text, start, end), with the separator token '|' between two tokens
    a separator keeps apart, spanning the separators (or, where the space
    is inside what one character folds to, that character)."""
    out = []
    last_end = None
    for t in toks:
        if t.gap and last_end is not None:
            inside = t.start < last_end
            out.append((SEP_TOKEN, t.start if inside else last_end,
                        t.end if inside else t.start))
        out.append((t.text, t.start, t.end))
        last_end = t.end
    return out


def describe(s):
    """A text and its first code points, for failure messages."""
    cps = " ".join("U+%04X" % ord(c) for c in s[:12])
    return f"{s!r} ({cps}{' …' if len(s) > 12 else ''})"
