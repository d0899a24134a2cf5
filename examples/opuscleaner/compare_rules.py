#!/usr/bin/env python3
"""Compare factcheck -filter with the digit rule of corpus cleaners on the
TED pairs of ../shared/corpora/iwslt15-ted-envi (not in the repository).

The digit rule is OpusCleaner's num_mismatch as the issue states it: digit
runs with separators ignored; keep a pair when (shared + 1) / (differing +
1) >= 1. For edits, one digit of the English side of 200 pairs that hold a
digit is changed (deterministically); a rule catches an edit when it drops
the edited pair.

Run from the module root:  python3 examples/opuscleaner/compare_rules.py
"""
import glob, os, re, subprocess, sys, tempfile

def pairs(corpus):
    out = []
    for d in sorted(glob.glob(os.path.join(corpus, "*", ""))):
        vi = open(os.path.join(d, "vi.txt"), encoding="utf-8").read().split("\n")
        en = open(os.path.join(d, "en.txt"), encoding="utf-8").read().split("\n")
        for a, b in zip(vi, en):
            if a.strip() and b.strip():
                out.append((a.replace("\t", " "), b.replace("\t", " ")))
    return out

def digits(s):
    return re.findall(r"\d+", re.sub(r"(?<=\d)[.,](?=\d)", "", s))

def digit_rule_keeps(a, b):
    da, db = digits(a), digits(b)
    shared = sum(min(da.count(x), db.count(x)) for x in set(da))
    differing = len(da) + len(db) - 2 * shared
    return (shared + 1) / (differing + 1) >= 1

def edit(s, k):
    m = list(re.finditer(r"\d", s))
    c = m[k % len(m)]
    d = str((int(c.group()) + 1 + k % 8) % 10)
    return s[:c.start()] + d + s[c.end():]

def factcheck_keeps(binary, ps):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".tsv", delete=False) as f:
        for i, (a, b) in enumerate(ps):
            f.write(f"{a}\t{b}\t{i}\n")
        name = f.name
    p = subprocess.run([binary, "-filter", "-lang-a", "vi", "-lang-b", "en"], stdin=open(name, "rb"), capture_output=True)
    os.unlink(name)
    kept = {int(line.rsplit("\t", 1)[1]) for line in p.stdout.decode().splitlines() if line}
    return [i in kept for i in range(len(ps))]

def main():
    corpus = os.path.join("..", "shared", "corpora", "iwslt15-ted-envi")
    binary = os.path.join(tempfile.gettempdir(), "factcheck-rules")
    subprocess.run(["go", "build", "-o", binary, "./examples/factcheck"], check=True)
    ps = pairs(corpus)
    with_digit = [i for i, (a, b) in enumerate(ps) if re.search(r"\d", a + b)]
    fc = factcheck_keeps(binary, ps)
    digit_drops = sum(1 for a, b in ps if not digit_rule_keeps(a, b))
    fc_drops = fc.count(False)
    targets = [i for i in with_digit if re.search(r"\d", ps[i][1])][:200]
    edited = [(ps[i][0], edit(ps[i][1], k)) for k, i in enumerate(targets)]
    fc_e = factcheck_keeps(binary, edited)
    print(f"clean pairs: {len(ps)} ({len(with_digit)} with a digit)")
    print(f"dropped clean pairs: digit rule {digit_drops}, factcheck -filter {fc_drops}")
    print(f"edited digits caught (of {len(edited)}): digit rule {sum(1 for a, b in edited if not digit_rule_keeps(a, b))}, factcheck -filter {fc_e.count(False)}")

if __name__ == "__main__":
    main()
