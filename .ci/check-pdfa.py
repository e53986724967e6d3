#!/usr/bin/env python3
"""Checks `flyer build --pdfa` outputs against the PDF/A-2u rules flyer's PDFs can
break, with pikepdf (no PDF/A-2 validator is installable here: veraPDF is in
none of Debian, PyPI or npm, and Debian's PDFBox Preflight checks PDF/A-1b only).

Builds a sample (scripts, a card, a print-shop sheet with crop marks, a bilingual
poster) into a temporary folder, then checks each PDF for:
  - header: %PDF-1.x and a binary comment; a trailer /ID; no encryption;
  - one GTS_PDFA1 output intent whose profile is an RGB ICC profile (N 3);
  - XMP: pdfaid:part 2, pdfaid:conformance U, pdfuaid:part 1 declared by an
    extension schema; Info entries equal to their XMP counterparts;
  - no device CMYK anywhere (operators k/K, cs/CS, image colour spaces);
  - every font embedded, with a ToUnicode map; a CIDToGIDMap on CIDFontType2;
    each code shown visibly has as its /W width the embedded font program's
    advance of its glyph (6.2.11.5, which exempts text in rendering mode 3, as
    veraPDF's rule 6.2.11.5-1 does; flyer shows text under codes of its own,
    some invisible and of no width: src/pdf/fonts.rs);
    every glyph code shown has a Unicode value that is not empty, U+0000 or U+FFFD;
  - no JavaScript, embedded files, additional actions, or PostScript XObjects.
Exit 1 on any failure.
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import io

import pikepdf
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = [
    ("poster-letter", "en,ar,km,zh-Hant,gu"),
    ("card-us", "fa-AF,ko"),
    ("sheet-print-shop-letter", "es"),
    ("poster-tabloid-bilingual", "vi"),
]


def tounicode(font):
    codes = {}
    if "/ToUnicode" not in font:
        return None
    data = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            codes[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be", "replace")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(start, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                codes[code] = chr(first + i)
    return codes


def widths_problems(descendant, visible):
    """Codes among `visible` of a CIDFontType2 whose /W width is not the
    embedded program's advance of the glyph the CIDToGIDMap gives them (PDF/A-2
    6.2.11.5; veraPDF allows a difference of 1 in 1000)."""
    font = TTFont(io.BytesIO(descendant.FontDescriptor.FontFile2.read_bytes()))
    upem, order, hmtx = font["head"].unitsPerEm, font.getGlyphOrder(), font["hmtx"]
    gid_map = descendant.CIDToGIDMap
    data = gid_map.read_bytes() if isinstance(gid_map, pikepdf.Stream) else None
    widths, w = {}, list(descendant.get("/W", []))
    i = 0
    while i < len(w):
        first = int(w[i])
        if isinstance(w[i + 1], pikepdf.Array):
            for k, width in enumerate(w[i + 1]):
                widths[first + k] = float(width)
            i += 2
        else:
            for code in range(first, int(w[i + 1]) + 1):
                widths[code] = float(w[i + 2])
            i += 3
    out = []
    for code, width in sorted(widths.items()):
        if code not in visible:
            continue
        gid = int.from_bytes(data[2 * code:2 * code + 2], "big") if data else code
        if gid >= len(order):
            out.append(f"code {code}: glyph {gid} is not in the font")
            continue
        advance = hmtx[order[gid]][0] * 1000 / upem
        if abs(advance - width) > 1:
            out.append(f"code {code}: /W {width:g}, the font's advance {advance:.0f}")
    return out


def xmp_fields(pdf):
    meta = pdf.open_metadata()
    raw = pdf.Root.Metadata.read_bytes().decode("utf-8")
    return meta, raw


def check(path):
    problems = []
    raw = path.read_bytes()
    header, _, rest = raw.partition(b"\n")
    if not re.fullmatch(rb"%PDF-1\.[0-7]", header):
        problems.append(f"header {header!r}")
    comment = rest.split(b"\n", 1)[0]
    if not (comment.startswith(b"%") and sum(b > 127 for b in comment[1:5]) == 4):
        problems.append("no binary comment after the header")
    pdf = pikepdf.open(path)
    if "/ID" not in pdf.trailer:
        problems.append("no trailer /ID")
    if pdf.is_encrypted:
        problems.append("encrypted")

    intents = pdf.Root.get("/OutputIntents", [])
    pdfa = [i for i in intents if i.get("/S") == "/GTS_PDFA1"]
    if len(pdfa) != 1:
        problems.append(f"{len(pdfa)} GTS_PDFA1 output intents")
    else:
        profile = pdfa[0].DestOutputProfile
        icc = profile.read_bytes()
        if int(profile.get("/N", 0)) != 3 or icc[16:20] != b"RGB " or icc[36:40] != b"acsp":
            problems.append("the output intent's profile is not an RGB ICC profile")
        if not (2 <= icc[8] <= 4 and (icc[8], icc[9]) <= (4, 0x20)):
            problems.append(f"ICC version {icc[8]}.{icc[9] >> 4}: PDF/A-2 takes up to 4.2")
        tags = {icc[132 + 12 * i:136 + 12 * i] for i in range(int.from_bytes(icc[128:132], "big"))}
        if not {b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC", b"wtpt", b"desc", b"cprt"} <= tags:
            problems.append(f"the RGB profile lacks required tags: {sorted(tags)}")

    meta, raw_xmp = xmp_fields(pdf)
    want = {"pdfaid:part": "2", "pdfaid:conformance": "U", "pdfuaid:part": "1"}
    for key, value in want.items():
        if str(meta.get(key)) != value:
            problems.append(f"XMP {key} = {meta.get(key)!r}, want {value}")
    if "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>" not in raw_xmp:
        problems.append("pdfuaid is used without an extension schema")
    info = pdf.docinfo
    pairs = [("/Title", "dc:title"), ("/Author", "dc:creator"), ("/Subject", "dc:description"),
             ("/Keywords", "pdf:Keywords"), ("/Producer", "pdf:Producer"), ("/Creator", "xmp:CreatorTool")]
    for info_key, xmp_key in pairs:
        if info_key in info:
            xmp_value = meta.get(xmp_key)
            if isinstance(xmp_value, list):
                xmp_value = ", ".join(xmp_value)
            if str(info[info_key]) != str(xmp_value):
                problems.append(f"Info {info_key} {str(info[info_key])!r} != XMP {xmp_key} {xmp_value!r}")

    for name in ("/JavaScript", "/EmbeddedFiles"):
        if "/Names" in pdf.Root and name in pdf.Root.Names:
            problems.append(f"catalog has {name}")
    if "/AA" in pdf.Root:
        problems.append("catalog has additional actions")

    for n, page in enumerate(pdf.pages, 1):
        if "/AA" in page.obj:
            problems.append(f"page {n} has additional actions")
        holders = [(f"page {n}", page.obj, page.Resources)]
        for name, xobj in page.Resources.get("/XObject", {}).items():
            if xobj.get("/Subtype") == "/PS":
                problems.append(f"page {n}: PostScript XObject")
            if xobj.get("/Subtype") == "/Image" and xobj.get("/ColorSpace") == "/DeviceCMYK":
                problems.append(f"page {n}: CMYK image {name}")
            if xobj.get("/Subtype") == "/Form":
                holders.append((f"page {n} form {name}", xobj, xobj.get("/Resources", pikepdf.Dictionary())))
        fonts = {str(k): f for k, f in page.Resources.get("/Font", {}).items()}
        maps, cid_fonts, visible = {}, {}, {}
        for key, font in fonts.items():
            for descendant in font.get("/DescendantFonts", [font]):
                fd = descendant.get("/FontDescriptor")
                if fd is None or not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"font {font.get('/BaseFont')} not embedded")
                if descendant.get("/Subtype") == "/CIDFontType2":
                    if "/CIDToGIDMap" not in descendant:
                        problems.append(f"font {font.get('/BaseFont')}: no CIDToGIDMap")
                    else:
                        cid_fonts[key] = descendant
            maps[key] = tounicode(font)
            if maps[key] is None:
                problems.append(f"font {font.get('/BaseFont')}: no ToUnicode")
        for where, holder, resources in holders:
            for cs in resources.get("/ColorSpace", {}).values():
                if "DeviceCMYK" in str(cs):
                    problems.append(f"{where}: CMYK colour space")
            font, font_key, mode = None, None, 0
            for operands, op in pikepdf.parse_content_stream(holder):
                op = str(op)
                if op == "Tr":
                    mode = int(operands[0])
                if op in ("k", "K"):
                    problems.append(f"{where}: device CMYK operator {op}")
                elif op in ("cs", "CS") and str(operands[0]) == "/DeviceCMYK":
                    problems.append(f"{where}: {op} /DeviceCMYK")
                elif op == "Tf":
                    font_key = str(operands[0])
                    font = maps.get(font_key)
                elif op in ("TJ", "Tj") and font is not None:
                    items = operands[0] if op == "TJ" else [operands[0]]
                    for item in items:
                        if isinstance(item, pikepdf.String):
                            b = bytes(item)
                            for i in range(0, len(b) - 1, 2):
                                code = int.from_bytes(b[i:i + 2], "big")
                                if mode != 3:
                                    visible.setdefault(font_key, set()).add(code)
                                text = font.get(code, "")
                                if text in ("", "\x00", "\ufffd"):
                                    problems.append(f"{where}: glyph code {code} has no Unicode value")
        for key, descendant in cid_fonts.items():
            name = fonts[key].get("/BaseFont")
            problems += [f"font {name}: {p}" for p in widths_problems(descendant, visible.get(key, set()))[:3]]
    return sorted(set(problems))


def main():
    failures, checked = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for layout, locales in SAMPLE:
            run = subprocess.run(
                ["cargo", "run", "--release", "-q", "--", "build", "--pdfa", "--no-previews",
                 "--layout", layout, "--locale", locales, "--out", tmp],
                cwd=ROOT, capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"build {layout} {locales}: {run.stderr[-300:]}")
        for path in sorted(Path(tmp).glob("*/*.pdf")):
            checked += 1
            for p in check(path)[:6]:
                failures.append(f"{path.parent.name}/{path.name}: {p}")
    for f in failures:
        print("FAIL:", f)
    print(f"PDF/A-2u: checked {checked} PDFs, {len(failures)} problem(s)")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
