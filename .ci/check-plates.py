#!/usr/bin/env python3
"""Separates PDFs into their four process plates with Ghostscript, as a print
shop's RIP would, and checks the plates against print-shop rules.

Usage: check-plates.py PDF-or-folder [...] --limit PERCENT [--profile ICC]
                       [--require-marks] [--png DIR] [--dpi 150]

Each PDF is rendered with
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=tiffsep -r150 -dOverprint=/enable
     -sOutputICCProfile=ICC -sDefaultCMYKProfile=ICC -sOutputFile=TMP/p%d.tif PDF
tiffsep writes, per page n, a composite TMP/pn.tif and one 8-bit plate per
process ink, TMP/pn(Cyan).tif, pn(Magenta).tif, pn(Yellow).tif, pn(Black).tif
(a spot colour adds pn(Name).tif). A plate stores 255 - ink: 255 is bare
paper, 0 is 100% ink. Overprint is honoured (-dOverprint=/enable is the
default of separation devices, given to make it explicit). ICC is --profile,
else the PDF's /GTS_PDFX output intent profile, else Ghostscript's default
CMYK; it is also the profile of DeviceCMYK (-sDefaultCMYKProfile), as in a
PDF/X RIP, so DeviceCMYK colours (100% K text, 400% registration marks) reach
the plates unchanged instead of being converted from Ghostscript's default
CMYK into the press profile.

Rules, each failure printed as `file: rule: detail`:
  - Ghostscript prints nothing: any output on stdout or stderr (errors,
    warnings, "****" repairs) and any exit status but 0 fail; so does a plate
    beyond the four process inks (a spot colour);
  - crop marks (--require-marks, for print-shop sheets): every page has
    registration pixels, where all four plates carry >= 90% ink;
  - ink limit: no pixel's C+M+Y+K exceeds --limit + 2 percent, registration
    pixels (the marks, 400% by design) excepted;
  - black text on the Black plate only: the word boxes of `pdftotext -bbox`
    (PDF points from the MediaBox's top-left corner, as Ghostscript renders the
    MediaBox) are mapped to pixels; a word's glyph pixels are those with
    K >= 95% (registration pixels excepted). A word with at least 3 is black
    text, and at its glyph pixels each of C, M and Y must keep that plate's
    background in the box (its most common value) within 3%: the text neither
    knocked out a tint behind it nor added colour (rich black). A word fails
    when more than 5% of its glyph pixels differ (a word across a band's edge
    has two backgrounds). Words without such pixels (white, accent colours,
    rich black with K < 95%) are counted as other colour and skipped; a PDF
    with no black word fails, since its body text should be black.
--png DIR also writes page 1's four plates, each in its ink's colour on white,
as DIR/<folder>-<name>-p1-<Ink>.png, and a 2x2 montage
DIR/<folder>-<name>-plates.png (<folder> is the PDF's folder, flyer's layout).
Prints a summary line per PDF and a total; exit 1 on any failure, or when no
PDF was given or found.
"""
import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import pikepdf
from PIL import Image, ImageDraw

INKS = ("Cyan", "Magenta", "Yellow", "Black")
TINTS = {"Cyan": (0, 174, 239), "Magenta": (236, 0, 140), "Yellow": (255, 230, 0), "Black": (35, 31, 32)}
REGISTRATION = 90      # percent on all four plates
MARK_PIXELS = 20       # registration pixels a page with crop marks has at least
TAC_TOLERANCE = 2      # percent over --limit allowed
GLYPH_K = 95           # percent K of a black glyph pixel
GLYPH_PIXELS = 3       # glyph pixels that make a word black text
PLATE_TOLERANCE = 3    # percent a glyph pixel's C, M, Y may differ from the background
WORD_FRACTION = 0.05   # share of a word's glyph pixels allowed to differ
SHOW_WORDS = 5


def pct(v):
    """Ink in 0..255 to a rounded percentage."""
    return int(round(float(v) * 100 / 255))


def at_least(plate, percent):
    return plate.astype(np.uint16) * 100 >= percent * 255


def pdf_paths(args):
    paths = []
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            paths += sorted(q for q in p.rglob("*") if q.suffix.lower() == ".pdf" and q.is_file())
        elif p.is_file():
            paths.append(p)
        else:
            sys.exit(f"no such PDF or folder: {arg}")
    return paths


def intent_profile(pdf_path, tmp):
    """The PDF's GTS_PDFX output intent profile, written into tmp, with a label."""
    try:
        with pikepdf.open(pdf_path) as pdf:
            for intent in pdf.Root.get("/OutputIntents", []):
                profile = intent.get("/DestOutputProfile")
                if intent.get("/S") == "/GTS_PDFX" and isinstance(profile, pikepdf.Stream) \
                        and profile.get("/N") == 4:
                    path = Path(tmp) / "intent.icc"
                    path.write_bytes(profile.read_bytes())
                    label = str(intent.get("/OutputConditionIdentifier", "")) or "unnamed"
                    return path, f"the output intent ({label})"
    except pikepdf.PdfError:
        pass
    return None, "Ghostscript's default CMYK"


def separate(pdf_path, tmp, profile, dpi):
    cmd = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffsep", f"-r{dpi}",
           "-dOverprint=/enable"]
    if profile:
        cmd += [f"-sOutputICCProfile={profile}", f"-sDefaultCMYKProfile={profile}"]
    cmd += [f"-sOutputFile={tmp}/p%d.tif", str(pdf_path)]
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace")


def words_by_page(pdf_path):
    """[[(text, xMin, yMin, xMax, yMax)] per page] from pdftotext -bbox, in points."""
    run = subprocess.run(["pdftotext", "-bbox", str(pdf_path), "-"], capture_output=True,
                         text=True, errors="replace")
    pages = []
    for chunk in run.stdout.split("<page ")[1:]:
        words = []
        for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" '
                             r'yMax="([-\d.]+)">(.*?)</word>', chunk):
            words.append((html.unescape(m.group(5)),) + tuple(float(m.group(i)) for i in range(1, 5)))
        pages.append(words)
    return pages, run


def load_plates(tmp, n):
    plates = {}
    for ink in INKS:
        path = Path(tmp) / f"p{n}({ink}).tif"
        if not path.exists():
            return None
        with Image.open(path) as im:
            plates[ink] = 255 - np.asarray(im.convert("L"), dtype=np.uint8)
    return plates


def check_words(words, plates, reg, scale):
    """(black words, failing [(text, detail)], other-colour Counter)."""
    c, m, y, k = (plates[i] for i in INKS)
    h, w = k.shape
    black, failing, other = 0, [], Counter()
    for text, x0, y0, x1, y1 in words:
        px0, py0 = max(int(np.floor(x0 * scale)), 0), max(int(np.floor(y0 * scale)), 0)
        px1, py1 = min(int(np.ceil(x1 * scale)), w), min(int(np.ceil(y1 * scale)), h)
        if px1 <= px0 or py1 <= py0:
            continue
        box = np.s_[py0:py1, px0:px1]
        glyph = at_least(k[box], GLYPH_K) & ~reg[box]
        backgrounds = [int(np.bincount(p[box].ravel(), minlength=256).argmax()) for p in (c, m, y, k)]
        if glyph.sum() < GLYPH_PIXELS:
            # Its colour: the most common colour in the box that is not the background.
            stack = np.stack([p[box] for p in (c, m, y, k)], -1).astype(np.int16)
            differs = (np.abs(stack - np.array(backgrounds)) * 100 > PLATE_TOLERANCE * 255).any(-1)
            if differs.any():
                colours = Counter(map(tuple, stack[differs]))
                other[tuple(pct(v) for v in colours.most_common(1)[0][0])] += 1
            else:
                other[None] += 1
            continue
        black += 1
        bad = []
        for ink, plate, bg in zip(INKS[:3], (c, m, y), backgrounds):
            values = plate[box][glyph].astype(np.int16)
            off = np.abs(values - bg) * 100 > PLATE_TOLERANCE * 255
            if off.mean() > WORD_FRACTION:
                bad.append(f"{ink} {pct(np.median(values))}% on background {pct(bg)}%")
        if bad:
            kval = pct(np.median(k[box][glyph]))
            failing.append((text, f"K {kval}%, " + ", ".join(bad)))
    return black, failing, other


def colour_name(colour):
    if colour is None:
        return "no ink change"
    c, m, y, k = colour
    return f"C{c} M{m} Y{y} K{k} ({c + m + y + k}%)"


def write_pngs(plates, out_dir, name):
    out_dir.mkdir(parents=True, exist_ok=True)
    tiles = []
    for ink in INKS:
        ink_share = plates[ink].astype(np.float32)[..., None] / 255
        tint = np.array(TINTS[ink], dtype=np.float32)
        rgb = (255 - ink_share * (255 - tint)).round().astype(np.uint8)
        im = Image.fromarray(rgb, "RGB")
        im.save(out_dir / f"{name}-p1-{ink}.png", optimize=True)
        tiles.append(im)
    w, h = tiles[0].size
    half = (max(w // 2, 1), max(h // 2, 1))
    gap = 12
    montage = Image.new("RGB", (2 * half[0] + 3 * gap, 2 * half[1] + 3 * gap), (150, 150, 150))
    draw = ImageDraw.Draw(montage)
    for i, (ink, tile) in enumerate(zip(INKS, tiles)):
        x, y = gap + (i % 2) * (half[0] + gap), gap + (i // 2) * (half[1] + gap)
        montage.paste(tile.resize(half, Image.LANCZOS), (x, y))
        draw.rectangle([x, y, x + 70, y + 16], fill=(255, 255, 255))
        draw.text((x + 4, y + 3), ink, fill=(0, 0, 0))
    montage.save(out_dir / f"{name}-plates.png", optimize=True)


def check(pdf_path, args, png_name):
    problems, notes = [], {}
    with tempfile.TemporaryDirectory(prefix="check-plates-") as tmp:
        profile, profile_label = (args.profile, Path(args.profile).name) if args.profile \
            else intent_profile(pdf_path, tmp)
        notes["profile"] = profile_label
        run = separate(pdf_path, tmp, profile, args.dpi)
        output = (run.stdout + run.stderr).strip()
        if run.returncode != 0:
            problems.append(("gs", f"exit status {run.returncode}"))
        if output:
            lines = output.splitlines()
            shown = "; ".join(lines[:8]) + (f"; ... ({len(lines)} lines)" if len(lines) > 8 else "")
            problems.append(("gs", f"printed: {shown}"))
        words, text_run = words_by_page(pdf_path)
        if text_run.returncode != 0:
            problems.append(("pdftotext", "; ".join(text_run.stderr.strip().splitlines()[:4])))

        try:
            with pikepdf.open(pdf_path) as pdf:
                page_count = len(pdf.pages)
        except pikepdf.PdfError as e:
            problems.append(("open", str(e)))
            page_count = 0
        page_count = max([page_count] + [int(f.stem[1:]) for f in Path(tmp).glob("p*.tif")
                                         if re.fullmatch(r"p\d+", f.stem)])
        spots = sorted({re.sub(r"^p\d+\((.*)\)\.tif$", r"\1", f.name) for f in Path(tmp).glob("p*(*).tif")}
                       - set(INKS))
        for spot in spots:
            problems.append(("plates", f"a plate beyond the four process inks: {spot}"))

        scale = args.dpi / 72
        limit = args.limit + TAC_TOLERANCE
        marks, tac_max, over_total, worst = [], 0, 0, None
        black_total, failing_total, other_total = 0, [], Counter()
        separated = 0
        for n in range(1, page_count + 1):
            plates = load_plates(tmp, n)
            if plates is None:
                problems.append(("plates", f"page {n}: Ghostscript wrote no four plates"))
                continue
            separated += 1
            reg = np.ones_like(plates["Black"], dtype=bool)
            for ink in INKS:
                reg &= at_least(plates[ink], REGISTRATION)
            marks.append(int(reg.sum()))
            if args.require_marks and reg.sum() < MARK_PIXELS:
                problems.append(("crop marks", f"page {n}: {int(reg.sum())} registration pixels "
                                 f"(all four plates >= {REGISTRATION}%), want crop marks"))
            tac = sum(plates[ink].astype(np.uint16) for ink in INKS)
            tac[reg] = 0
            over = tac.astype(np.uint32) * 100 > limit * 255
            if tac.max() > tac_max:
                tac_max = int(tac.max())
                yx = np.unravel_index(int(tac.argmax()), tac.shape)
                worst = (n, yx[1] / scale, yx[0] / scale)
            if over.any():
                over_total += int(over.sum())
                ys, xs = np.nonzero(over)
                problems.append(("ink limit", f"page {n}: {int(over.sum())} pixels over {args.limit:g}% "
                                 f"(+{TAC_TOLERANCE}), up to {pct(tac.max())}%, e.g. at "
                                 f"{xs[0] / scale:.0f},{ys[0] / scale:.0f} pt from the top-left"))
            if n - 1 < len(words):
                black, failing, other = check_words(words[n - 1], plates, reg, scale)
                black_total += black
                failing_total += [(n, t, d) for t, d in failing]
                other_total.update(other)
            if n == 1 and args.png:
                write_pngs(plates, Path(args.png), png_name)
            del plates, reg, tac, over

    if failing_total:
        shown = "; ".join(f"{t!r} (page {n}): {d}" for n, t, d in failing_total[:SHOW_WORDS])
        problems.append(("black text", f"{len(failing_total)} of {black_total} black words change "
                         f"C, M or Y: {shown}"))
    if separated and black_total == 0:
        common = ", ".join(f"{colour_name(c)} x{k}" for c, k in other_total.most_common(3))
        problems.append(("black text", f"no black word (glyphs at K >= {GLYPH_K}%): "
                         f"{sum(other_total.values())} words of other colours: {common or 'none'}"))
    notes.update(pages=page_count, marks=marks, tac=pct(tac_max), worst=worst, over=over_total,
                 black=black_total, failing=len(failing_total), other=other_total)
    return problems, notes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", metavar="PDF", help="PDF files or folders")
    parser.add_argument("--limit", type=float, required=True, help="total ink limit in percent, e.g. 300")
    parser.add_argument("--profile", help="the press's CMYK ICC profile (default: the PDF's output intent)")
    parser.add_argument("--png", help="write page 1's plates as PNG files into this folder")
    parser.add_argument("--require-marks", action="store_true",
                        help="every page must have registration-colour crop marks")
    parser.add_argument("--dpi", type=int, default=150, help="resolution of the plates (default 150)")
    args = parser.parse_args()
    if args.profile and not Path(args.profile).is_file():
        parser.error(f"no profile {args.profile}")
    if shutil.which("gs") is None or shutil.which("pdftotext") is None:
        print("check-plates needs gs (ghostscript) and pdftotext (poppler-utils)")
        return 1

    paths = pdf_paths(args.pdfs)
    total, failed = 0, 0
    for path in paths:
        png_name = f"{path.resolve().parent.name}-{path.stem}"
        problems, notes = check(path, args, png_name)
        total += len(problems)
        failed += bool(problems)
        for rule, detail in problems:
            print(f"{path}: {rule}: {detail}")
        marks = "/".join(str(m) for m in notes["marks"]) or "-"
        worst = notes["worst"]
        where = f" (page {worst[0]}, {worst[1]:.0f},{worst[2]:.0f} pt)" if worst and notes["tac"] else ""
        other = notes["other"]
        common = colour_name(other.most_common(1)[0][0]) if other else "-"
        print(f"{path}: {'FAIL' if problems else 'ok'}: {notes['pages']} page(s), profile "
              f"{notes['profile']}; registration px per page {marks}; ink max {notes['tac']}%{where}, "
              f"{notes['over']} px over {args.limit:g}%; black words {notes['black']}, failing "
              f"{notes['failing']}; other colour {sum(other.values())} (most: {common})")
    if not paths:
        print("no PDF given or found")
    print(f"{len(paths)} PDFs separated, {failed} failed, {total} problems")
    return 1 if total or not paths else 0


if __name__ == "__main__":
    sys.exit(main())
