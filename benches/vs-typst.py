#!/usr/bin/env python3
"""flyer against Typst, whole process, side by side: one letter poster per locale.

Run it by hand where Typst is installed (`cargo install typst-cli --locked`), not
in CI:

    cargo build --release
    python3 benches/vs-typst.py [--typst PATH] [--runs 11] [en zh-Hans ...]

For each locale, flyer builds `poster-letter` once to learn the poster's text
(`pdftotext -raw`, poppler-utils); the same text goes into a one-page Typst
poster of the same size, type sizes and fonts (`fonts/`, nothing else:
`--ignore-system-fonts`). Then each command runs `--runs` times in turn, flyer
and Typst alternating, and the script prints each one's median wall time and
peak memory (the child's own accounting, from wait4) and the ratio. Every
flyer run rebuilds (`--force`) and writes no previews, as `typst compile`
writes one PDF.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLYER = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release" / "flyer"
FONTS = {
    "zh-Hans": '"Noto Sans CJK SC"',
    "zh-Hant": '"Noto Sans CJK TC"',
    "ko": '"Noto Sans CJK KR"',
    "km": '"Noto Sans Khmer"',
    "ar": '"Noto Naskh Arabic"',
    "fa-AF": '"Noto Naskh Arabic"',
    "gu": '"Noto Sans Gujarati"',
}


def run(cmd):
    """One run: (wall seconds, peak MiB), from the child's own rusage."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    err = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024


def escape(text):
    """Text as Typst markup shows it, nothing interpreted."""
    for c in '\\#*_`$<>@[]=-+/~"':
        text = text.replace(c, "\\" + c)
    return text


def join_paragraphs(lines):
    """The extracted lines joined back into paragraphs: a line that ends a
    sentence (or a heading's colon or question mark) ends one."""
    out, current = [], []
    for line in lines:
        current.append(line)
        if line[-1] in ".:?!。：？！។":
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def typst_poster(locale, lines):
    """A letter poster of the flyer's text: the title in a band at the top, the
    rest in two columns, at about the sizes flyer fits it at (title 26 pt, body
    10 pt)."""
    title, body = lines[0], join_paragraphs(lines[1:])
    font = FONTS.get(locale, '"Noto Sans"')
    rtl = locale in ("ar", "fa-AF")
    paragraphs = "\n\n".join(escape(line) for line in body)
    return f"""#set page(paper: "us-letter", margin: 0.3in)
#set text(font: ({font}, "Noto Sans"), size: 10pt, lang: "{locale.split('-')[0]}", dir: {"rtl" if rtl else "ltr"})
#set par(leading: 0.5em)
#block(fill: rgb("#0b4a7d"), width: 100%, inset: 14pt)[
  #text(fill: white, weight: "bold", size: 26pt)[{escape(title)}]
]
#columns(2, gutter: 0.3in)[
{paragraphs}
]
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locales", nargs="*", default=["en", "zh-Hans"])
    parser.add_argument("--typst", default="typst")
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    if not FLYER.is_file():
        sys.exit("build flyer first: cargo build --release")
    rows = []
    with tempfile.TemporaryDirectory(prefix="flyer-vs-typst-") as tmp:
        tmp = Path(tmp)
        for locale in args.locales:
            out = tmp / f"out-{locale}"
            flyer = [FLYER, "--project", ROOT, "build", "--layout", "poster-letter",
                     "--locale", locale, "--no-previews", "--force", "--quiet", "--out", out]
            run(flyer)
            pdf = out / "poster-letter" / f"{locale}.pdf"
            text = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True,
                                  text=True, check=True).stdout
            lines = [l.strip() for l in text.splitlines() if l.strip()]
            source = tmp / f"{locale}.typ"
            source.write_text(typst_poster(locale, lines), encoding="utf-8")
            typst = [args.typst, "compile", "--ignore-system-fonts", "--font-path",
                     ROOT / "fonts", source, tmp / f"{locale}-typst.pdf"]
            run(typst)  # warm-up, and a check that it compiles
            times = {"flyer": [], "typst": []}
            peaks = {"flyer": [], "typst": []}
            for _ in range(args.runs):
                for name, cmd in (("flyer", flyer), ("typst", typst)):
                    wall, peak = run(cmd)
                    times[name].append(wall)
                    peaks[name].append(peak)
            med = {k: statistics.median(v) for k, v in times.items()}
            peak = {k: statistics.median(v) for k, v in peaks.items()}
            rows.append((locale, med, peak))
    print(f"{'poster-letter':<16} {'flyer':>16} {'Typst':>16} {'flyer/Typst':>12}")
    for locale, med, peak in rows:
        print(f"{locale:<16} {med['flyer']*1000:7.1f} ms {peak['flyer']:4.0f} MiB"
              f" {med['typst']*1000:7.1f} ms {peak['typst']:4.0f} MiB {med['flyer']/med['typst']:12.2f}")
    print(f"(medians of {args.runs} runs each, whole process, alternating)")


if __name__ == "__main__":
    main()
