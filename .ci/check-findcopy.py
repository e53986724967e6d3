#!/usr/bin/env python3
"""Find and copy in the browsers' PDF engines, for every PDF the build wrote (issue 21):
  - every word of the output's messages (formatted as .ci/check-outputs.py formats
    them) is found by PDFium's search (pypdfium2: Chrome and Edge's Ctrl+F);
  - every word is in the text pdf.js (pdfjs-dist from npm: Firefox's engine, run in
    Node by .ci/pdfjs-text.mjs) extracts;
  - the text PDFium and pdf.js extract holds no invisible control character.
Needs PDFJS_MODULE (pdfjs-dist's legacy/build/pdf.mjs).

What is required is each engine's stated floor (FLOORS): what the encoding
reaches and why it does not reach 100% is in docs/rtl-text-extraction.md. Every
figure is printed; a floor that is beaten is reported, so it can be raised.
Exit 1 if any output falls below its floor.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("outputs", ROOT / ".ci" / "check-outputs.py")
outputs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(outputs)

# Invisible controls a reader could get from the PDF. The zero-width non-joiner
# and joiner are counted apart: they are part of a word's spelling (Dari), and the
# text may hold them only inside words.
CONTROLS = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
JOINERS = re.compile("[\u200c\u200d]")
PUNCT = ".,;:!?()[]{}«»\"'“”„‘’،؛؟。、，：；！？「」『』()"
# Floors per script of the output's locale (fraction of words, control characters).
FLOORS = {
    "default": {"pdfium": 1.0, "pdfjs": 1.0, "controls": 0},
    # km: a split vowel (ៀ, ឿ) shaped into three glyphs with an advance for
    # its syllable's two characters leaves one glyph without text, and pdf.js
    # fills its advance with a space (docs/rtl-text-extraction.md).
    "km": {"pdfium": 1.0, "pdfjs": 0.96, "controls": 0},
    # ar and fa, PDFium: its line bidi reverses the order of the pieces of a
    # Latin name that a neutral splits ("Children's Cove" reads "Cove
    # s'Children"), and keeps two marks on one letter in the order pdf.js
    # reverses ("دَّ"); ar, pdf.js: lam-alef with tanwin ("طفلًا").
    "ar": {"pdfium": 0.97, "pdfjs": 0.97, "controls": 0},
    "fa": {"pdfium": 0.97, "pdfjs": 1.0, "controls": 0},
}


def words(text):
    """Whitespace-separated words, punctuation trimmed; a slash (where a line may
    break, and PDFium's text then breaks the word) separates words too."""
    out = []
    for w in text.replace("/", " ").split():
        w = w.strip(PUNCT)
        if len(w) >= 2 and w not in out:
            out.append(w)
    return out


def stray_joiners(text):
    """Joiners in `text` that are not inside a word (between two letters)."""
    def letter(c):
        return unicodedata.category(c)[0] in "LM"
    return sum(1 for i, c in enumerate(text) if JOINERS.match(c)
               and not (0 < i < len(text) - 1 and letter(text[i - 1]) and letter(text[i + 1])))


def output_words(pdf, m, vars, org):
    layout = pdf.parent.name
    locale, _, pair = pdf.stem.partition("+")
    langs = {"main": locale, "pair": pair or locale}
    entries = {side: outputs.load_entries(code) for side, code in langs.items()}
    source = outputs.load_entries(m.get("build", {}).get("source-locale", "en"))
    found = []
    for mid, side in outputs.layout_ids(layout, set(entries["main"]) | set(source)):
        if mid in entries[side]:
            text = outputs.format_pattern(entries[side][mid].value, entries[side], vars, org)
            found += [w for w in words(text.replace("\u2068", "").replace("\u2069", "")) if w not in found]
    return found


def pdfjs_texts(pdfs):
    out = {}
    for i in range(0, len(pdfs), 40):  # one Node process per 40 files
        batch = [str(p) for p in pdfs[i:i + 40]]
        run = subprocess.run(["node", str(ROOT / ".ci" / "pdfjs-text.mjs"), *batch],
                             capture_output=True, text=True, check=True)
        out.update(json.loads(run.stdout))
    return out


def main():
    import pypdfium2 as pdfium
    if not os.environ.get("PDFJS_MODULE"):
        print("FAIL: PDFJS_MODULE is not set (pdfjs-dist's legacy/build/pdf.mjs)")
        return 1
    m = outputs.manifest()
    vars = outputs.variables(m)
    org = m["campaign"]["organization"]
    pdfs = sorted((ROOT / m.get("build", {}).get("out", "out")).glob("*/*.pdf"))
    js = pdfjs_texts(pdfs)
    failures, totals, lowest = [], {}, {}
    for pdf in pdfs:
        script = pdf.stem.split("+")[0].split("-")[0].lower()
        floor = FLOORS.get(script, FLOORS["default"])
        want = output_words(pdf, m, vars, org)
        doc = pdfium.PdfDocument(str(pdf))
        pages = [doc[i].get_textpage() for i in range(len(doc))]
        ptext = "".join(p.get_text_range() for p in pages)
        in_pdfium = [w for w in want if any(p.search(w, match_case=False).get_next() for p in pages)]
        jtext = js[str(pdf)].lower()
        views = [jtext, jtext.replace("\n", ""), jtext.replace("\n", " ")]
        in_pdfjs = [w for w in want if any(w.lower() in v for v in views)]
        controls = len(CONTROLS.findall(ptext)) + len(CONTROLS.findall(js[str(pdf)]))
        controls += sum(stray_joiners(t) for t in (ptext, js[str(pdf)]))
        t = totals.setdefault(script, [0, 0, 0, 0])
        t[0] += len(want); t[1] += len(in_pdfium); t[2] += len(in_pdfjs); t[3] += controls
        n = max(len(want), 1)
        low = lowest.setdefault(script, [1.0, 1.0])
        low[:] = [min(low[0], len(in_pdfium) / n), min(low[1], len(in_pdfjs) / n)]
        name = f"{pdf.parent.name}/{pdf.stem}"
        if len(in_pdfium) / n < floor["pdfium"]:
            missing = [w for w in want if w not in in_pdfium][:4]
            failures.append(f"{name}: PDFium finds {len(in_pdfium)}/{len(want)} words (floor {floor['pdfium']:.0%}), not {missing}")
        if len(in_pdfjs) / n < floor["pdfjs"]:
            missing = [w for w in want if w not in in_pdfjs][:4]
            failures.append(f"{name}: pdf.js has {len(in_pdfjs)}/{len(want)} words (floor {floor['pdfjs']:.0%}), not {missing}")
        if floor["controls"] is not None and controls > floor["controls"]:
            failures.append(f"{name}: {controls} invisible control characters in the extracted text")
    for script, (w, p, j, c) in sorted(totals.items()):
        lp, lj = lowest[script]
        print(f"{script}: PDFium {p}/{w} (lowest output {lp:.1%}), pdf.js {j}/{w} ({lj:.1%}), controls {c}")
    for f in failures:
        print("FAIL:", f)
    print(f"find and copy: checked {len(pdfs)} PDFs, {len(failures)} problem(s)")
    return 1 if failures or not pdfs else 0


if __name__ == "__main__":
    sys.exit(main())
