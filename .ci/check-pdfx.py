#!/usr/bin/env python3
"""Checks PDFs (`flyer build --pdfx` outputs) against the PDF/X-4 (ISO 15930-7)
rules flyer's files could break, with pikepdf (no PDF/X validator is
installable here).

Usage: check-pdfx.py [PDF or folder ...]   (folders are searched for *.pdf)

Each PDF is checked for:
  - no encryption; a trailer /ID; PDF version (the header's, raised by a
    catalog /Version) from 1.3 to 1.6, PDF/X-4 being based on PDF 1.6;
  - Info: GTS_PDFXVersion starting with "PDF/X-4"; Trapped /True or /False
    (not /Unknown, not missing); a non-empty Title; CreationDate and ModDate;
  - an XMP metadata stream on the catalog with pdfxid:GTS_PDFXVersion
    (http://www.npes.org/pdfx/ns/id/) "PDF/X-4", xmp:CreateDate,
    xmp:ModifyDate, xmpMM:DocumentID, xmpMM:VersionID, xmpMM:RenditionClass,
    dc:title, and pdf:Trapped equal to the Info's Trapped;
  - exactly one /GTS_PDFX output intent, with an OutputConditionIdentifier
    string and a DestOutputProfile stream, /N 4, whose ICC header says device
    class 'prtr' and colour space 'CMYK'; any other output intent shares that
    profile;
  - every page: a TrimBox or an ArtBox (not both) and a BleedBox; the BleedBox
    inside the MediaBox, the TrimBox (or ArtBox) inside the BleedBox (0.01 pt);
  - no device RGB anywhere: no rg/RG operator, no cs/CS /DeviceRGB, no
    DeviceRGB (or its inline-image abbreviation /RGB) as an image's colour
    space, the base of an Indexed space, the alternate of a Separation or
    DeviceN, the underlying space of a Pattern, a shading's colour space, a
    transparency group's /CS or a /ColorSpace resource; checked in page
    contents, Form XObjects (recursively, guarding against cycles), tiling
    patterns, soft-mask groups, annotation appearance streams and Type3 glyph
    procedures. A content stream whose resources define /DefaultRGB (an
    ICCBased space) may use DeviceRGB: it is then colour-managed;
  - every font but Type3 (and a Type0's descendant) embedded: a FontDescriptor
    with FontFile, FontFile2 or FontFile3;
  - no annotation other than /PrinterMark or /TrapNet whose /Rect meets the
    page's BleedBox;
  - ExtGState: no /TR other than /Identity, no /TR2 other than /Default, no
    /HTP;
  - no /JavaScript in the names tree, no PostScript XObject (/Subtype /PS or
    /Subtype2 /PS) and no PS operator.
Each problem is printed as `file: rule: detail`, then a summary
`N PDF/X-4 files checked, M problems`. Exit 1 on any problem, or when no PDF
was given or found.
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pikepdf

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfxid": "http://www.npes.org/pdfx/ns/id/",
}
TOLERANCE = 0.01
ALLOWED_ANNOTS = {"/PrinterMark", "/TrapNet"}


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


# ---------------------------------------------------------------- metadata

def xmp_properties(raw):
    """{'prefix:name': value} for the properties of NS in an XMP packet, in element
    or attribute form; an rdf:Alt/Seq/Bag gives its first rdf:li's text."""
    root = ET.fromstring(raw)
    reverse = {uri: prefix for prefix, uri in NS.items()}
    out = {}

    def key(tag):
        if not tag.startswith("{"):
            return None
        uri, local = tag[1:].split("}", 1)
        return f"{reverse[uri]}:{local}" if uri in reverse and reverse[uri] != "rdf" else None

    for desc in root.iter(f"{{{NS['rdf']}}}Description"):
        for attr, value in desc.attrib.items():
            k = key(attr)
            if k:
                out.setdefault(k, value)
        for child in desc:
            k = key(child.tag)
            if not k:
                continue
            items = child.findall(".//rdf:li", NS)
            if items:
                out.setdefault(k, (items[0].text or "").strip())
            elif f"{{{NS['rdf']}}}resource" in child.attrib:
                out.setdefault(k, child.attrib[f"{{{NS['rdf']}}}resource"])
            else:
                out.setdefault(k, (child.text or "").strip())
    return out


def check_metadata(pdf, raw, problems):
    header = re.match(rb"%PDF-(\d)\.(\d)", raw[:1024].lstrip(b"\x00\r\n\t "))
    if not header:
        problems.append(("header", f"no %PDF-1.n header: {raw[:12]!r}"))
        version = None
    else:
        version = (int(header.group(1)), int(header.group(2)))
        catalog = pdf.Root.get("/Version")
        if catalog is not None:
            m = re.fullmatch(r"/?(\d)\.(\d)", str(catalog))
            if m and (int(m.group(1)), int(m.group(2))) > version:
                version = (int(m.group(1)), int(m.group(2)))
        if not (1, 3) <= version <= (1, 6):
            where = f"header %PDF-{header.group(1).decode()}.{header.group(2).decode()}"
            if catalog is not None:
                where += f", catalog /Version {catalog}"
            problems.append(("PDF version", f"PDF {version[0]}.{version[1]} ({where}); PDF/X-4 takes 1.3 to 1.6"))
    if pdf.is_encrypted:
        problems.append(("encryption", "the file is encrypted"))
    if "/ID" not in pdf.trailer:
        problems.append(("trailer", "no /ID"))

    info = pdf.trailer.get("/Info")
    info = info if isinstance(info, pikepdf.Dictionary) else pikepdf.Dictionary()
    gts = info.get("/GTS_PDFXVersion")
    if gts is None:
        problems.append(("Info", "no GTS_PDFXVersion"))
    elif not str(gts).startswith("PDF/X-4"):
        problems.append(("Info", f"GTS_PDFXVersion {str(gts)!r}, want PDF/X-4"))
    trapped = info.get("/Trapped")
    if trapped is None:
        problems.append(("Info", "no Trapped (want /True or /False)"))
    elif not isinstance(trapped, pikepdf.Name) or str(trapped) not in ("/True", "/False"):
        shown = str(trapped) if isinstance(trapped, pikepdf.Name) else f"{type(trapped).__name__} {str(trapped)!r}"
        problems.append(("Info", f"Trapped {shown}, want the name /True or /False"))
    if not str(info.get("/Title", "")).strip():
        problems.append(("Info", "no Title, or an empty one"))
    for key in ("/CreationDate", "/ModDate"):
        if key not in info:
            problems.append(("Info", f"no {key[1:]}"))

    meta = pdf.Root.get("/Metadata")
    if not isinstance(meta, pikepdf.Stream):
        problems.append(("XMP", "no metadata stream on the catalog"))
        return
    try:
        props = xmp_properties(meta.read_bytes())
    except ET.ParseError as e:
        problems.append(("XMP", f"not well-formed XML: {e}"))
        return
    if props.get("pdfxid:GTS_PDFXVersion") != "PDF/X-4":
        problems.append(("XMP", f"pdfxid:GTS_PDFXVersion {props.get('pdfxid:GTS_PDFXVersion')!r}, want 'PDF/X-4'"))
    for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmpMM:DocumentID", "xmpMM:VersionID",
                "xmpMM:RenditionClass", "dc:title"):
        if not props.get(key):
            problems.append(("XMP", f"no {key}"))
    if trapped is not None and props.get("pdf:Trapped") != str(trapped).lstrip("/"):
        problems.append(("XMP", f"pdf:Trapped {props.get('pdf:Trapped')!r} != Info Trapped {trapped}"))


def check_output_intents(pdf, problems):
    intents = list(pdf.Root.get("/OutputIntents", []))
    pdfx = [i for i in intents if i.get("/S") == "/GTS_PDFX"]
    if len(pdfx) != 1:
        problems.append(("OutputIntents", f"{len(pdfx)} /GTS_PDFX output intents, want exactly one"))
        return
    intent = pdfx[0]
    ident = intent.get("/OutputConditionIdentifier")
    if not isinstance(ident, pikepdf.String) or not str(ident):
        problems.append(("OutputIntents", "no OutputConditionIdentifier string"))
    profile = intent.get("/DestOutputProfile")
    if not isinstance(profile, pikepdf.Stream):
        problems.append(("OutputIntents", "no DestOutputProfile stream"))
    else:
        icc = profile.read_bytes()
        if icc[36:40] != b"acsp":
            problems.append(("OutputIntents", "DestOutputProfile is not an ICC profile"))
        if icc[12:16] != b"prtr" or icc[16:20] != b"CMYK":
            problems.append(("OutputIntents", f"DestOutputProfile is class {icc[12:16]!r}, "
                             f"colour space {icc[16:20]!r}; want b'prtr', b'CMYK'"))
        if profile.get("/N") != 4:
            problems.append(("OutputIntents", f"DestOutputProfile /N {profile.get('/N')}, want 4"))
    for other in intents:
        if other.get("/S") != "/GTS_PDFX" and "/DestOutputProfile" in other and profile is not None \
                and other.DestOutputProfile.objgen != profile.objgen:
            problems.append(("OutputIntents", f"the {other.get('/S')} output intent has another profile"))


# ---------------------------------------------------------------- boxes

def rect(obj):
    x0, y0, x1, y1 = (float(v) for v in obj)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def inside(a, b):
    return (a[0] >= b[0] - TOLERANCE and a[1] >= b[1] - TOLERANCE
            and a[2] <= b[2] + TOLERANCE and a[3] <= b[3] + TOLERANCE)


def fmt(r):
    return "[" + " ".join(f"{v:g}" for v in r) + "]"


def check_boxes(n, page, problems):
    obj = page.obj
    media = rect(page.mediabox)
    trim, art = obj.get("/TrimBox"), obj.get("/ArtBox")
    if trim is not None and art is not None:
        problems.append(("boxes", f"page {n} has both a TrimBox and an ArtBox"))
    if trim is None and art is None:
        problems.append(("boxes", f"page {n} has no TrimBox (nor ArtBox)"))
    bleed = obj.get("/BleedBox")
    if bleed is None:
        problems.append(("boxes", f"page {n} has no BleedBox"))
        return media
    bleed = rect(bleed)
    if not inside(bleed, media):
        problems.append(("boxes", f"page {n}: BleedBox {fmt(bleed)} is not inside the MediaBox {fmt(media)}"))
    for name, box in (("TrimBox", trim), ("ArtBox", art)):
        if box is not None and not inside(rect(box), bleed):
            problems.append(("boxes", f"page {n}: {name} {fmt(rect(box))} is not inside the BleedBox {fmt(bleed)}"))
    return bleed


# ---------------------------------------------------------------- colour, fonts, graphics state

def entries(resources, key):
    """The (name, value) pairs of a resource category, none if it is not a dictionary."""
    if not isinstance(resources, pikepdf.Dictionary):
        return []
    category = resources.get(key)
    return list(category.items()) if isinstance(category, pikepdf.Dictionary) else []


class Walker:
    """Visits every content stream reachable from the pages with its resources,
    collecting device-RGB uses, fonts, graphics states and PostScript."""

    def __init__(self, problems):
        self.problems = problems
        self.rgb = Counter()          # where -> count of device RGB uses
        self.rgb_first = {}           # where -> first example
        self.done = set()             # (stream objgen, resources objgen) visited
        self.fonts = {}               # objgen -> (where, font)
        self.gstates = {}             # objgen -> (where, ExtGState)
        self.colorspaces = set()      # objgen/ids of colour space resources checked

    def flag(self, where, what):
        self.rgb[where] += 1
        self.rgb_first.setdefault(where, what)

    # A colour space: True if it is, or builds on, DeviceRGB.
    def cs_is_rgb(self, cs, resources, depth=0):
        if depth > 8 or cs is None:
            return False
        if isinstance(cs, pikepdf.Name):
            name = str(cs)
            if name in ("/DeviceRGB", "/RGB"):
                return True
            if name in ("/DeviceCMYK", "/DeviceGray", "/CMYK", "/G", "/Pattern"):
                return False
            named = dict(entries(resources, "/ColorSpace")).get(name)
            return self.cs_is_rgb(named, resources, depth + 1) if named is not None else False
        if isinstance(cs, pikepdf.Array) and len(cs):
            family = str(cs[0])
            if family in ("/Indexed", "/I") and len(cs) > 1:
                return self.cs_is_rgb(cs[1], resources, depth + 1)
            if family == "/Pattern" and len(cs) > 1:
                return self.cs_is_rgb(cs[1], resources, depth + 1)
            if family == "/Separation" and len(cs) > 2:
                return self.cs_is_rgb(cs[2], resources, depth + 1)
            if family == "/DeviceN" and len(cs) > 2:
                if self.cs_is_rgb(cs[2], resources, depth + 1):
                    return True
                attrs = cs[4] if len(cs) > 4 else None
                if isinstance(attrs, pikepdf.Dictionary):
                    for sub in attrs.get("/Colorants", {}).values():
                        if self.cs_is_rgb(sub, resources, depth + 1):
                            return True
                return False
            if family in ("/DeviceRGB", "/RGB"):
                return True
        return False

    @staticmethod
    def default_rgb(resources):
        d = dict(entries(resources, "/ColorSpace")).get("/DefaultRGB")
        return isinstance(d, pikepdf.Array) and len(d) > 1 and str(d[0]) == "/ICCBased"

    def check_image(self, where, image, resources):
        if image.get("/ImageMask", False):
            return
        if self.cs_is_rgb(image.get("/ColorSpace"), resources):
            self.flag(where, "an image with a DeviceRGB colour space")

    def check_shading(self, where, shading, resources):
        if isinstance(shading, pikepdf.Dictionary) and self.cs_is_rgb(shading.get("/ColorSpace"), resources):
            self.flag(where, "a shading with a DeviceRGB colour space")

    def check_group(self, where, holder, resources):
        group = holder.get("/Group")
        if isinstance(group, pikepdf.Dictionary) and self.cs_is_rgb(group.get("/CS"), resources):
            self.flag(where, "a transparency group with /CS /DeviceRGB")

    def content(self, where, holder, resources, stack=()):
        """Walks `holder` (a page or a content stream) drawn with `resources`."""
        if not isinstance(resources, pikepdf.Dictionary):
            resources = pikepdf.Dictionary()
        key = (holder.objgen, resources.objgen if resources.is_indirect else id(resources))
        if holder.objgen != (0, 0) and (key in self.done or holder.objgen in stack):
            return
        self.done.add(key)
        stack = stack + (holder.objgen,)
        # With a DefaultRGB (ICCBased) in its resources, DeviceRGB is colour-managed here.
        exempt = self.default_rgb(resources)

        def flag(at, what):
            if not exempt:
                self.flag(at, what)

        if not exempt:
            self.check_group(where, holder, resources)

        for name, cs in entries(resources, "/ColorSpace"):
            if name == "/DefaultRGB":
                continue
            if self.cs_is_rgb(cs, resources):
                flag(where, f"colour space resource {name} is DeviceRGB")
        for name, font in entries(resources, "/Font"):
            font_key = font.objgen if isinstance(font, pikepdf.Dictionary) and font.is_indirect else id(font)
            if isinstance(font, pikepdf.Dictionary) and font_key not in self.fonts:
                self.fonts[font_key] = (f"{where} font {name}", font)
                if font.get("/Subtype") == "/Type3":
                    font_res = font.get("/Resources", resources)
                    for glyph, proc in font.get("/CharProcs", {}).items():
                        self.content(f"{where} Type3 font {name} glyph {glyph}", proc, font_res, stack)
        for name, gs in entries(resources, "/ExtGState"):
            if isinstance(gs, pikepdf.Dictionary):
                self.gstates.setdefault(gs.objgen if gs.is_indirect else id(gs), (f"{where} {name}", gs))
                smask = gs.get("/SMask")
                if isinstance(smask, pikepdf.Dictionary) and isinstance(smask.get("/G"), pikepdf.Stream):
                    g = smask.G
                    self.content(f"{where} soft mask {name}", g, g.get("/Resources", resources), stack)
        for name, shading in entries(resources, "/Shading"):
            if not exempt:
                self.check_shading(f"{where} shading {name}", shading, resources)
        for name, pattern in entries(resources, "/Pattern"):
            if not isinstance(pattern, pikepdf.Dictionary):
                continue
            if pattern.get("/PatternType") == 1 and isinstance(pattern, pikepdf.Stream):
                self.content(f"{where} pattern {name}", pattern, pattern.get("/Resources"), stack)
            elif pattern.get("/PatternType") == 2 and not exempt:
                self.check_shading(f"{where} pattern {name}", pattern.get("/Shading"), resources)
        for name, xobj in entries(resources, "/XObject"):
            if not isinstance(xobj, pikepdf.Stream):
                continue
            sub = xobj.get("/Subtype")
            if sub == "/PS" or xobj.get("/Subtype2") == "/PS":
                self.problems.append(("PostScript", f"{where}: PostScript XObject {name}"))
            elif sub == "/Image":
                if not exempt:
                    self.check_image(f"{where} image {name}", xobj, resources)
                smask = xobj.get("/SMask")
                if isinstance(smask, pikepdf.Stream):
                    self.check_image(f"{where} image {name} soft mask", smask, resources)
            elif sub == "/Form":
                self.content(f"{where} form {name}", xobj, xobj.get("/Resources", resources), stack)

        try:
            ops = pikepdf.parse_content_stream(holder)
        except pikepdf.PdfError as e:
            self.problems.append(("content", f"{where}: cannot parse the content stream: {e}"))
            return
        for operands, op in ops:
            op = str(op)
            if op in ("rg", "RG"):
                flag(where, f"{' '.join(str(o) for o in operands)} {op}")
            elif op in ("cs", "CS") and operands and self.cs_is_rgb(operands[0], resources):
                flag(where, f"{operands[0]} {op}")
            elif op == "INLINE IMAGE" and not exempt:
                try:
                    image = operands[0].obj
                except Exception as e:  # pikepdf may not model an odd inline image
                    self.problems.append(("content", f"{where}: unreadable inline image: {e}"))
                    continue
                self.check_image(f"{where} inline image", image, resources)
            elif op == "PS":
                self.problems.append(("PostScript", f"{where}: PS operator"))

    def annotations(self, n, page, bleed):
        for i, annot in enumerate(page.obj.get("/Annots", []), 1):
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            sub = str(annot.get("/Subtype"))
            where = f"page {n} annotation {i} ({sub})"
            if sub not in ALLOWED_ANNOTS and "/Rect" in annot:
                r = rect(annot.Rect)
                if r[0] < bleed[2] and r[2] > bleed[0] and r[1] < bleed[3] and r[3] > bleed[1]:
                    self.problems.append(("annotations", f"{where}: /Rect {fmt(r)} meets the BleedBox {fmt(bleed)}"))
            ap = annot.get("/AP", {})
            for state_key in ("/N", "/R", "/D"):
                entry = ap.get(state_key)
                streams = [entry] if isinstance(entry, pikepdf.Stream) else \
                    list(entry.values()) if isinstance(entry, pikepdf.Dictionary) else []
                for s in streams:
                    if isinstance(s, pikepdf.Stream):
                        self.content(f"{where} appearance {state_key}", s, s.get("/Resources"))

    def finish(self):
        for where, count in self.rgb.items():
            self.problems.append(("device RGB", f"{where}: {count} use(s), first: {self.rgb_first[where]}"))
        for where, font in self.fonts.values():
            if font.get("/Subtype") == "/Type3":
                continue
            for descendant in font.get("/DescendantFonts", [font]):
                fd = descendant.get("/FontDescriptor")
                if not isinstance(fd, pikepdf.Dictionary) or not any(
                        k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    self.problems.append(("fonts", f"{where}: {descendant.get('/BaseFont')} is not embedded"))
        for where, gs in self.gstates.values():
            if "/TR" in gs and gs.TR != pikepdf.Name.Identity:
                self.problems.append(("ExtGState", f"{where}: /TR {gs.TR if isinstance(gs.TR, pikepdf.Name) else '(function)'}"))
            if "/TR2" in gs and gs.TR2 != pikepdf.Name.Default:
                self.problems.append(("ExtGState", f"{where}: /TR2 {gs.TR2 if isinstance(gs.TR2, pikepdf.Name) else '(function)'}"))
            if "/HTP" in gs:
                self.problems.append(("ExtGState", f"{where}: /HTP"))


def names_has(root, key):
    names = root.get("/Names")
    return isinstance(names, pikepdf.Dictionary) and key in names


def check(path):
    """A sorted list of (rule, detail) problems of one PDF."""
    problems = []
    raw = path.read_bytes()
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        return [("encryption", "the file is encrypted with a password")]
    except pikepdf.PdfError as e:
        return [("open", str(e))]
    with pdf:
        check_metadata(pdf, raw, problems)
        check_output_intents(pdf, problems)
        if names_has(pdf.Root, "/JavaScript"):
            problems.append(("JavaScript", "the names tree has /JavaScript"))
        walker = Walker(problems)
        for n, page in enumerate(pdf.pages, 1):
            bleed = check_boxes(n, page, problems)
            resources, node = None, page.obj
            while resources is None and isinstance(node, pikepdf.Dictionary):
                resources, node = node.get("/Resources"), node.get("/Parent")
            walker.content(f"page {n}", page.obj, resources)
            walker.annotations(n, page, bleed)
        walker.finish()
    out = []
    for p in problems:
        if p not in out:
            out.append(p)
    return out


def main():
    paths = pdf_paths(sys.argv[1:])
    total = 0
    for path in paths:
        problems = check(path)
        total += len(problems)
        for rule, detail in problems:
            print(f"{path}: {rule}: {detail}")
    if not paths:
        print("no PDF given or found (usage: check-pdfx.py PDF-or-folder ...)")
    print(f"{len(paths)} PDF/X-4 files checked, {total} problems")
    return 1 if total or not paths else 0


if __name__ == "__main__":
    sys.exit(main())
