#!/usr/bin/env python3
"""Independent checks of every PDF the build wrote, with tools flyer did not write:
qpdf (structure), poppler's pdftotext and pdffonts, PDFium (pypdfium2, Chrome's
engine) and Mozilla's fluent.syntax (to read the translations).

For each out/<layout>/<locale>.pdf:
  - qpdf --check finds no error;
  - pdffonts: every font embedded and subset;
  - every message the layout names, formatted from the .ftl source with the
    manifest's values, appears in the text poppler (default or -raw order) and
    PDFium extract (white space and bidi controls ignored). For right-to-left
    messages PDFium is reported, not required: its line bidi reverses the word
    order of a multi-word Latin name inside Arabic ("Hotline Risk-at-Child").
Exit 1 if any required check fails.
"""
import re
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

from fluent.syntax import ast, parse

ROOT = Path(__file__).resolve().parent.parent
DROP = re.compile("[\\s\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe]")
RTL = {"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"}


def squeeze(text):
    return DROP.sub("", unicodedata.normalize("NFC", text))


def manifest():
    return tomllib.loads((ROOT / "flyer.toml").read_text(encoding="utf-8"))


KINDS = ("phone", "url", "email", "address", "text")


def variables(m):
    """The Fluent variables flyer.toml's contacts give: $<name> and $<name>_name,
    from [contacts.<name>], or from the old form ([campaign.hotline] ...)."""
    contacts = dict(m.get("contacts", {}))
    c = m["campaign"]
    if "hotline" in c:
        contacts["hotline"] = {"name": c["hotline"]["name"], "phone": c["hotline"]["number"]}
    if "emergency" in c:
        contacts["emergency"] = {"phone": c["emergency"]["number"]}
    if "website" in c:
        contacts["website"] = {"url": c["website"]}
    v = {}
    for key, contact in contacts.items():
        v[key] = next(contact[k] for k in KINDS if k in contact)
        if "name" in contact:
            v[key + "_name"] = contact["name"]
    return v


def load_entries(locale):
    entries = {}
    for f in sorted((ROOT / "locales" / locale).glob("*.ftl")):
        for e in parse(f.read_text(encoding="utf-8")).body:
            if isinstance(e, ast.Message):
                entries[e.id.name] = e
            elif isinstance(e, ast.Term):
                entries["-" + e.id.name] = e
    return entries


def format_pattern(pattern, entries, vars, org):
    out = []
    for el in pattern.elements:
        if isinstance(el, ast.TextElement):
            out.append(el.value)
            continue
        ex = el.expression
        if isinstance(ex, ast.VariableReference):
            out.append(vars[ex.id.name])
        elif isinstance(ex, ast.TermReference):
            out.append(org if ex.id.name == "org-name" else format_pattern(entries["-" + ex.id.name].value, entries, vars, org))
        elif isinstance(ex, ast.MessageReference):
            out.append(format_pattern(entries[ex.id.name].value, entries, vars, org))
        elif isinstance(ex, ast.StringLiteral):
            out.append(ex.value)
        elif isinstance(ex, ast.SelectExpression):
            default = next(v for v in ex.variants if v.default)
            out.append(format_pattern(default.value, entries, vars, org))
        else:
            raise ValueError(f"cannot format {type(ex).__name__}")
    return "".join(out)


def layout_ids(layout, known):
    """The message ids a layout prints, each with its side: "main" (the output's
    locale) or "pair" (the second language of a bilingual layout)."""
    data = tomllib.loads((ROOT / "layouts" / f"{layout}.toml").read_text(encoding="utf-8"))
    if "sheet" in data:  # a sheet of cards: the card's messages
        return layout_ids(data["card"], known)
    found = [(data["title"], "main")]

    def walk(v, side):
        if isinstance(v, dict):
            side = v.get("lang", side)
            for x in v.values():
                walk(x, side)
        elif isinstance(v, list):
            for x in v:
                walk(x, side)
        elif isinstance(v, str) and v in known and (v, side) not in found:
            found.append((v, side))

    for block in data.get("block", []):
        walk(block, "main")
    # A QR code's alternative text counts too: it lies invisibly over the code.
    return found


def pdftotext(pdf, *mode):
    return subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout


def pdfium_text(pdf):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def avery_5371_slots_hold_all_text(pdf):
    """pdftotext -bbox: on every page, text in all ten slots and none outside them."""
    import html
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    slots = [(x, y, x + 252, y + 144) for y in (36, 180, 324, 468, 612) for x in (54, 306)]  # top-left origin
    problems = []
    for n, page in enumerate(out.split("<page ")[1:], 1):
        hit = [0] * len(slots)
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            inside = [i for i, (a, b, c, d) in enumerate(slots) if x0 >= a - 0.5 and y0 >= b - 0.5 and x1 <= c + 0.5 and y1 <= d + 0.5]
            if not inside:
                problems.append(f"page {n}: word {html.unescape(m.group(5))!r} at ({x0:.1f}, {y0:.1f}) is outside every slot")
            for i in inside:
                hit[i] += 1
        empty = [i + 1 for i, h in enumerate(hit) if h == 0]
        if empty:
            problems.append(f"page {n}: no text in slot(s) {empty}")
    return problems


def main():
    m = manifest()
    vars = variables(m)
    org = m["campaign"]["organization"]
    out_dir = ROOT / m.get("build", {}).get("out", "out")
    failures, checked, rtl_report = [], 0, []
    for pdf in sorted(out_dir.glob("*/*.pdf")):
        layout = pdf.parent.name
        locale, _, pair = pdf.stem.partition("+")  # bilingual: <locale>+<pair>.pdf
        langs = {"main": locale, "pair": pair or locale}
        checked += 1
        q = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        if q.returncode != 0:
            failures.append(f"{layout}/{pdf.stem}: qpdf --check: {q.stdout.strip()[-200:]}")
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
        for row in fonts:
            cols = row.split()
            if len(cols) < 5 or "+" not in cols[0] or "yes yes yes" not in row:
                failures.append(f"{layout}/{pdf.stem}: font not embedded, subset and mapped: {row}")
        entries = {side: load_entries(code) for side, code in langs.items()}
        source = load_entries(m.get("build", {}).get("source-locale", "en"))
        # poppler in its default (physical layout) mode may interleave two columns;
        # -raw reads in content order. Either counts.
        poppler = [squeeze(pdftotext(pdf)), squeeze(pdftotext(pdf, "-raw"))]
        pdfium = squeeze(pdfium_text(pdf))
        missing = {"ltr": [], "rtl": []}
        for mid, side in layout_ids(layout, set(entries["main"]) | set(source)):
            want = squeeze(format_pattern(entries[side][mid].value, entries[side], vars, org))
            rtl = langs[side].split("-")[0] in RTL
            if not any(want in t for t in poppler):
                missing["ltr"].append(f"{mid} [{langs[side]}] (poppler)")
            if want not in pdfium:
                missing["rtl" if rtl else "ltr"].append(f"{mid} [{langs[side]}] (pdfium)")
        if layout.startswith("sheet-avery-5371"):
            failures.extend(f"{layout}/{pdf.stem}: {p}" for p in avery_5371_slots_hold_all_text(pdf)[:3])
        for direction, report in (("ltr", failures), ("rtl", rtl_report)):  # ltr: required
            if missing[direction]:
                line = f"{layout}/{pdf.stem}: {len(missing[direction])} message(s) not extracted exactly: {'; '.join(missing[direction][:4])}"
                report.append(line)
    for line in rtl_report:
        print("report (right-to-left):", line)
    for line in failures:
        print("FAIL:", line)
    print(f"checked {checked} PDFs: {checked - len({f.split(':')[0] for f in failures})} passed, "
          f"{len({f.split(':')[0] for f in failures})} failed")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
