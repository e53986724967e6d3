#!/usr/bin/env python3
"""Checks the accessibility structure of every PDF in out/ with pikepdf (code
flyer did not write), and runs the PyPI `pdfua` checker over them as a first filter.

For each out/<layout>/<locale>[+<pair>].pdf:
  - the catalog: /Lang is the locale, /MarkInfo /Marked true, DisplayDocTitle
    true, XMP metadata with dc:title (= the Info title), dc:language and
    pdfuaid:part 1;
  - the structure tree: one H1 per document (per card on a sheet), paragraphs as
    P, every list L made of LI with an LBody, every Figure with /Alt, every
    element's marked content on its page, the ParentTree pointing each MCID back
    to its element;
  - every page: everything painted (text, paths, images) lies inside tagged marked
    content (an MCID) or an /Artifact;
  - a bilingual output: its pair language is tagged with its own /Lang.
Exit 1 on any problem.
"""
import re
import subprocess
import sys
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
PAINT = {"Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "BI"}


def elements(node, parent=None):
    """Yields (element, parent) depth first, in /K order."""
    kids = node.get("/K")
    if kids is None:
        return
    for k in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(k, pikepdf.Dictionary) and "/S" in k:
            yield k, node
            yield from elements(k, k)


def marked_refs(element):
    """(page objgen, mcid) of the element's own marked content."""
    kids = element.get("/K")
    out = []
    for k in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/MCR":
            out.append((k.Pg.objgen, int(k.MCID)))
        elif isinstance(k, int) or (hasattr(k, "__int__") and not isinstance(k, (pikepdf.Dictionary, pikepdf.Array))):
            out.append((element.Pg.objgen, int(k)))
    return out


def page_marks(page):
    """MCIDs on a page, and painting operators outside any MCID or Artifact sequence."""
    mcids, untagged, stack = [], 0, []
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op == "BDC":
            props = operands[1]
            mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
            if mcid is not None:
                mcids.append(int(mcid))
            stack.append("tagged" if mcid is not None else ("artifact" if operands[0] == "/Artifact" else "other"))
        elif op == "BMC":
            stack.append("artifact" if operands[0] == "/Artifact" else "other")
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op in PAINT and not any(s in ("tagged", "artifact") for s in stack):
            untagged += 1
    return mcids, untagged


def check(pdf):
    locale, _, pair = pdf.stem.partition("+")
    problems = []
    with pikepdf.open(pdf) as doc:
        root = doc.Root
        if str(root.get("/Lang", "")) != locale:
            problems.append(f"/Lang is {root.get('/Lang')!s}, not {locale}")
        if not root.get("/MarkInfo", {}).get("/Marked", False):
            problems.append("no /MarkInfo /Marked true")
        if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
            problems.append("DisplayDocTitle is not true")
        meta = doc.open_metadata()
        title = str(doc.docinfo.get("/Title", ""))
        if meta.get("dc:title") != title or not title:
            problems.append(f"XMP dc:title {meta.get('dc:title')!r} is not the title {title!r}")
        if locale not in (meta.get("dc:language") or []):
            problems.append(f"XMP dc:language {meta.get('dc:language')!r} lacks {locale}")
        if meta.get("pdfuaid:part") != "1":
            problems.append("XMP lacks pdfuaid:part 1")
        tree = root.get("/StructTreeRoot")
        if tree is None:
            return problems + ["no /StructTreeRoot"]
        pages = {p.objgen: (n, p) for n, p in enumerate(doc.pages)}
        found = {}  # (page, mcid) -> element objgen
        roles, langs = {}, set()
        sects = [e for e, _ in elements(tree) if e.S == "/Sect"]
        for e, parent in elements(tree):
            role = str(e.S)
            roles[role] = roles.get(role, 0) + 1
            if "/Lang" in e:
                langs.add(str(e.Lang))
            if e.get("/P") is not None and parent is not None and e.P.objgen != parent.objgen and parent is not tree:
                problems.append(f"{role}: /P is not its parent")
            for ref in marked_refs(e):
                found[ref] = e.objgen
            if role == "/Figure" and not str(e.get("/Alt", "")).strip():
                problems.append("a Figure without /Alt")
            if role == "/L":
                items = [k for k in e.K] if isinstance(e.K, pikepdf.Array) else [e.K]
                if not items or any(str(k.get("/S")) != "/LI" for k in items):
                    problems.append("an L whose children are not all LI")
            if role == "/LI":
                parts = [str(k.get("/S")) for k in (e.K if isinstance(e.K, pikepdf.Array) else [e.K])]
                if "/LBody" not in parts:
                    problems.append("an LI without LBody")
            if role in ("/H1", "/H2", "/P", "/LBody") and not marked_refs(e) and not any(True for _ in elements(e)):
                problems.append(f"an empty {role}")
        want_h1 = max(len(sects), 1)
        if roles.get("/H1", 0) != want_h1:
            problems.append(f"{roles.get('/H1', 0)} H1 elements, want {want_h1}")
        if not roles.get("/P"):
            problems.append("no P")
        if pair and pair not in langs:
            problems.append(f"no element tagged /Lang {pair} (the pair language)")
        parent_tree = dict(_number_tree(tree.ParentTree))
        for objgen, (n, page) in pages.items():
            mcids, untagged = page_marks(page)
            if untagged:
                problems.append(f"page {n + 1}: {untagged} painting operator(s) neither tagged nor an artifact")
            if len(set(mcids)) != len(mcids):
                problems.append(f"page {n + 1}: an MCID used twice")
            key = page.obj.get("/StructParents")
            owners = parent_tree.get(int(key)) if key is not None else None
            if mcids and owners is None:
                problems.append(f"page {n + 1}: no ParentTree entry")
                continue
            for m in mcids:
                if (objgen, m) not in found:
                    problems.append(f"page {n + 1}: MCID {m} belongs to no structure element")
                elif m >= len(owners) or owners[m].objgen != found[(objgen, m)]:
                    problems.append(f"page {n + 1}: the ParentTree entry of MCID {m} is not its element")
    return problems


def _number_tree(node):
    nums = node.get("/Nums")
    if nums is not None:
        for i in range(0, len(nums), 2):
            yield int(nums[i]), nums[i + 1]
    for kid in node.get("/Kids", []):
        yield from _number_tree(kid)


def main():
    out_dir = ROOT / "out"
    pdfs = sorted(out_dir.glob("*/*.pdf"))
    failures = 0
    for pdf in pdfs:
        problems = check(pdf)
        if problems:
            failures += 1
            for p in problems[:5]:
                print(f"FAIL: {pdf.parent.name}/{pdf.name}: {p}")
    # The PyPI pdfua checker (machine-checkable PDF/UA-1 rules), as a first filter:
    # any finding fails. Its exit code is ordered by severity (0 = clean).
    ua = subprocess.run([sys.executable, "-m", "pdfua", "check", "--quiet", *map(str, pdfs)],
                        capture_output=True, text=True)
    if ua.returncode != 0:
        failures += 1
        print("FAIL: pdfua check:\n" + ua.stdout[-3000:] + ua.stderr[-1000:])
    skipped = sorted(set(re.findall(r"\[skip \] (\S+)", ua.stdout)))
    print(f"checked the structure of {len(pdfs)} PDFs: {len(pdfs) - failures} passed, {failures} failed"
          f"; pdfua: exit {ua.returncode}" + (f", rules it could not evaluate: {', '.join(skipped)}" if skipped else ""))
    return 1 if failures or not pdfs else 0


if __name__ == "__main__":
    sys.exit(main())
