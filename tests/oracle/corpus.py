"""The documents the oracles search: the paragraphs of the seed pages, and
generated documents that write the same kind of text in the forms folding
must join (traditional characters, compatibility ideographs, full width,
case, ◯ and ○ for 〇, ．for a decimal point, combining marks, zero-width
characters) and reach beyond the core Han block (CJK Ext A to G, the
compatibility supplement, kana, hangul, bopomofo).

Everything is drawn from fixed seeds: the same documents every run.
"""
import glob
import os
import random

import reference as R

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = 20250117
N_GENERATED = 360

# CJK Unified Ideographs extensions, as far as Python's Unicode goes.
HAN_BLOCKS = {
    "Ext A": (0x3400, 0x4DBF), "Ext B": (0x20000, 0x2A6DF), "Ext C": (0x2A700, 0x2B73F),
    "Ext D": (0x2B740, 0x2B81F), "Ext E": (0x2B820, 0x2CEAF), "Ext F": (0x2CEB0, 0x2EBEF),
    "Ext G": (0x30000, 0x3134F),
}
KANA_BLOCKS = {"hiragana": (0x3041, 0x3096), "katakana": (0x30A1, 0x30FA),
               "hangul": (0xAC00, 0xD7A3), "bopomofo": (0x3105, 0x312F),
               "half-width katakana": (0xFF66, 0xFF9D)}
COMPAT_BLOCKS = {"compatibility": (0xF900, 0xFAFF), "compat. supplement": (0x2F800, 0x2FA1F)}

# Where raw spellings of folded characters are looked for (see variants()).
VARIANT_RANGES = [(0x00C0, 0x024F), (0x0370, 0x03FF), (0x2160, 0x217F), (0x2460, 0x24FF),
                  (0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
                  (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x2F800, 0x2FA1F)]

# Combining marks of several classes, U+0345 (the one case folding turns into
# a letter) among them.
MARKS = [0x0300, 0x0301, 0x0302, 0x0303, 0x0308, 0x030A, 0x030C, 0x0316, 0x0323, 0x0327,
         0x0331, 0x0345, 0x0361, 0x20DD, 0x20E3, 0x3099, 0x309A, 0x093C, 0x0E31, 0x1DC4,
         0x0F72]
ZERO_WIDTH = ["\u200b", "\u00ad", "\ufe0f", "\u200d", "\u2060", "\ufeff"]
SEPARATORS = ["", "", "，", ",", " ", "、", "。", "\u3000", "・", "——", "(", ")", "“", "”", "/"]
LATIN = ["EAP", "eap计划", "Café", "CAFE\u0301", "Straße", "STRASSE", "İstanbul", "ﬁnance",
         "Ⅻ", "①②", "ǅemal", "ΣΊΣΥΦΟΣ", "ｅａｐ", "ＡＢＣ１２３", "abc123", "Ǆ", "ﬀ", "ẞ",
         "ｶﾀｶﾅ", "カタカナ", "ひらがな", "한국어", "ㄅㄆㄇ", "ᄀ", "株式会社", "㍿", "㈱", "₂",
         "x²", "Ⓐⓑ", "ᾳ", "α\u0345", "ΑΙ", "ﾞ", "mp3", "COVID-19", "5G", "iPhone", "ＮＢＡ"]
DECIMAL_CONTEXT = ["增长", "比例为", "达到", "下降", "同比", ""]
NUMERAL_DIGITS = "〇一二三四五六七八九"
ZEROS = ["〇", "○", "◯"]


def seed_paragraphs():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for para in f.read().split("\n"):
                para = para.strip()
                if para:
                    out.append(para)
    return out


def assigned(lo, hi):
    return [c for c in range(lo, hi + 1) if R.is_assigned(c)]


def variants(folder):
    """For each folded character, the raw characters that fold to it alone:
    會 for 会, 樂 and U+F914 for 乐, Ａ and a for a, ◯ and ○ for 〇."""
    out = {}
    for lo, hi in VARIANT_RANGES:
        for c in assigned(lo, hi):
            f = folder.cluster(chr(c))
            if len(f) == 1 and f[0] != c:
                out.setdefault(f[0], []).append(c)
    return out


class Generator:
    def __init__(self, folder, seeds, seed=SEED):
        self.rng = random.Random(seed)
        self.folder = folder
        self.seeds = seeds
        self.var = variants(folder)
        self.han = {name: assigned(lo, hi) for name, (lo, hi) in HAN_BLOCKS.items()}
        self.kana = {name: assigned(lo, hi) for name, (lo, hi) in KANA_BLOCKS.items()}
        self.compat = [c for lo, hi in COMPAT_BLOCKS.values() for c in assigned(lo, hi)]
        # Pairs that t2s joins outside the core block (Ext A), both ways.
        t2s = folder.t2s
        self.t2s_outside = [(c, t2s(c)) for c in self.han["Ext A"] if t2s(c) != c]

    def respell(self, text, p=0.5):
        """text with some characters written another way that folds the same."""
        out = []
        for ch in text:
            f = self.folder.cluster(ch)
            vs = self.var.get(f[0]) if len(f) == 1 else None
            if vs and self.rng.random() < p:
                out.append(chr(self.rng.choice(vs)))
            else:
                out.append(ch)
        return "".join(out)

    def seed_piece(self):
        t = self.rng.choice(self.seeds)
        i = self.rng.randrange(len(t))
        return t[i:i + self.rng.randint(3, 20)]

    def fragment(self):
        rng = self.rng
        kind = rng.choices(
            ["seed", "ext", "compat", "t2s_outside", "zero", "decimal", "latin", "marks",
             "zero_width", "kana"],
            [30, 12, 8, 6, 6, 6, 10, 8, 5, 4])[0]
        if kind == "seed":
            return self.respell(self.seed_piece(), rng.choice([0, 0.3, 0.8]))
        if kind == "ext":
            block = self.han[rng.choice(sorted(self.han))]
            return "".join(chr(rng.choice(block)) for _ in range(rng.randint(1, 4)))
        if kind == "compat":
            return "".join(chr(rng.choice(self.compat)) for _ in range(rng.randint(1, 3)))
        if kind == "t2s_outside":
            src, dst = rng.choice(self.t2s_outside)
            ch = chr(src if rng.random() < 0.5 else dst)
            return rng.choice(["鱼", "丝", "的", ""]) + ch + rng.choice(["类", "线", "字", ""])
        if kind == "zero":
            digits = "".join(rng.choice(NUMERAL_DIGITS) for _ in range(2))
            year = rng.choice(["二", "一九"]) + "〇" + digits
            return "".join(rng.choice(ZEROS) if d == "〇" else d for d in year) + "年"
        if kind == "decimal":
            a, b = str(rng.randint(0, 99)), str(rng.randint(0, 99))
            num = a + rng.choice([".", "．"]) + b
            if rng.random() < 0.4:
                num = "".join(chr(ord(d) + 0xFEE0) if d.isdigit() else d for d in num)
            return rng.choice(DECIMAL_CONTEXT) + num + rng.choice(["%", "％", "", "万"])
        if kind == "latin":
            return self.respell(rng.choice(LATIN), 0.3)
        if kind == "marks":
            base = rng.choice(["a", "e", "工", "会", "ｅ", "カ", "Ω", "中"])
            n = rng.choice([1, 2, 3, rng.randint(4, 24)])
            return base + "".join(chr(rng.choice(MARKS)) for _ in range(n)) + rng.choice(
                ["", "x", "会", "b"])
        if kind == "zero_width":
            a, b = rng.choice([("工", "会"), ("EAP", "plan"), ("北", "京"), ("2024", "年")])
            return a + rng.choice(ZERO_WIDTH) + b
        script = self.kana[rng.choice(sorted(self.kana))]
        return "".join(chr(rng.choice(script)) for _ in range(rng.randint(1, 4)))

    def document(self):
        parts = []
        for _ in range(self.rng.randint(2, 8)):
            parts.append(self.fragment())
            parts.append(self.rng.choice(SEPARATORS))
        return "".join(parts).strip()

    def documents(self, n=N_GENERATED):
        docs = [self.document() for _ in range(n)]
        # One word past the 1,024-byte cut, and a near twin that differs after it.
        long_word = "".join(self.rng.choice("abcdé") for _ in range(1000))
        docs.append("长词" + long_word + "x 结束")
        docs.append("长词" + long_word + "y 结束")
        return [d for d in docs if d]


def documents(folder):
    """All documents (the seed paragraphs, then the generated ones), how many
    are seed paragraphs, and the generator (for drawing queries)."""
    seeds = seed_paragraphs()
    gen = Generator(folder, seeds)
    return seeds + gen.documents(), len(seeds), gen


def draw_substring(rng, docs, lo=1, hi=8):
    t = rng.choice(docs)
    i = rng.randrange(len(t))
    return t[i:i + rng.randint(lo, hi)]
