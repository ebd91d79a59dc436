#!/usr/bin/python3
"""Lines that exercise every path of the words mode, for same.sh: runs
of common and rare Han characters (from a real text, shuffled and cut),
traditional characters, 〇 and Chinese numerals, digits with decimal points
and percent signs, kana, hangul, CJK extension A and B, letters, marks,
punctuation and spaces, and runs longer than a stretch (1024 tokens).

    bench/words/mixed.py TEXT LINES SEED > mixed.txt
"""
import random
import sys


def main():
    text, n_lines, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    with open(text, encoding='utf-8') as f:
        han = [c for c in f.read(4_000_000) if '\u4e00' <= c <= '\u9fff']
    pieces = [
        lambda: ''.join(han[i] for i in range(*sorted(rng.sample(range(len(han)), 2))[:1], rng.randrange(len(han)))[:rng.randrange(1, 40)]),
        lambda: ''.join(rng.choice(han) for _ in range(rng.randrange(1, 12))),
        lambda: rng.choice(['總工會', '臺灣', '國際', '會議', '學習', '這個', '鄉村', '電腦', '說話']),
        lambda: rng.choice(['二〇二四年', '二○○一年', '十二月', '三亿五千万', '一年', '两个', '〇', '零点五']),
        lambda: rng.choice(['2024', '3.5', '95%', '95％', '1200', '3．5', '0.5.6', '12', '7']),
        lambda: rng.choice(['年', '月', '日', '时', '分', '秒', '号', '万', '亿', '区', '县', '街', '路']),
        lambda: rng.choice(['カタカナ', 'ひらがな', '한국어', '㐀㐁㐂', '\U00020000\U00020001', 'ｱｲｳ']),
        lambda: rng.choice(['abc', 'EAP', 'Ünïcode', 'e\u0301', '\u4e00\u0301', 'x']),
        lambda: rng.choice(['，', '。', '、', '“', '”', ' ', '《', '》', '……', '-', '.', '%', '·', '\u3000']),
        lambda: rng.choice(['王', '李', '张', '何', '陈']) + ''.join(rng.choice(han) for _ in range(rng.randrange(1, 3))),
        lambda: rng.choice(['延庆', '北京', '上海', '簋', '海淀']) + rng.choice(['区', '县', '街', '市', '']),
    ]
    weights = [30, 10, 3, 3, 4, 4, 2, 2, 12, 4, 3]
    for _ in range(n_lines):
        if rng.random() < 0.01:
            line = ''.join(rng.choice(han) for _ in range(rng.randrange(1000, 3000)))
        else:
            line = ''.join(rng.choices(pieces, weights)[0]() for _ in range(rng.randrange(1, 60)))
        print(line.replace('\n', ' '))


main()
