#!/usr/bin/env python3
"""Checks out/index.html, the gallery, with tools flyer did not write.

1. Python's html.parser: every link and image points to a file under out/ that
   exists; nothing is fetched from elsewhere; every image has alt text; every
   element with `lang` has `dir`; every PDF in out/ is linked, with a thumbnail.
2. Headless Chromium (Debian's `chromium`) loads the page: no console error. A
   copy of the page, with a test script added, checks in the browser that every
   image decoded and that the language and format filters hide what they should.
3. A screenshot is left in /tmp/gallery.png to look at.
4. Each proof sheet, out/proof/<layout>.html (one per page layout, linked from
   the gallery): the same static checks, relative to its folder; in Chromium,
   every image decodes at the size its tag gives, every page image of the sheet
   has the same size (one scale for every language), and nothing was requested
   from outside the output folder (the browser's own resource timing). A
   screenshot of each is left in /tmp/proof-<layout>.png.
Exit 1 on any failure.
"""
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out"


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.images, self.problems = [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src"):
            url = a.get(key)
            if url is None:
                continue
            if re.match(r"^[a-z]+:|^//", url):
                self.problems.append(f"<{tag} {key}={url!r}>: not a file in out/")
            (self.links if tag == "a" else self.images).append(url)
        if tag == "img" and not a.get("alt", "").strip():
            self.problems.append(f"<img src={a.get('src')!r}> has no alt text")
        if "lang" in a and "dir" not in a:
            self.problems.append(f"<{tag} lang={a['lang']!r}> has no dir")
        if tag in ("link", "iframe", "object", "embed"):
            self.problems.append(f"<{tag}>: the page must be self-contained")


def resolves(html_file, url):
    """Whether a relative URL of a page in out/ leads to a file under out/."""
    from urllib.parse import unquote
    target = (html_file.parent / unquote(url)).resolve()
    return OUT.resolve() in target.parents and target.is_file()


def static_checks(index):
    from urllib.parse import unquote
    page = Page()
    page.feed(index.read_text(encoding="utf-8"))
    problems = list(page.problems)
    for url in page.links + page.images:
        if not resolves(index, url):
            problems.append(f"{url}: no such file under out/")
    linked = {unquote(u) for u in page.links}
    for pdf in sorted(OUT.glob("*/*.pdf")):
        rel = pdf.relative_to(OUT).as_posix()
        if rel not in linked:
            problems.append(f"{rel}: not linked from the gallery")
    pdfs = {u for u in linked if u.endswith(".pdf")}
    if len(page.images) < len(pdfs):
        problems.append(f"{len(pdfs)} PDFs linked but {len(page.images)} thumbnails")
    return problems, len(pdfs), len(page.images)


TEST_SCRIPT = """
<script>
(function () {
  const fail = (m) => console.error('GALLERY-FAIL ' + m);
  window.addEventListener('load', () => {
      const imgs = Array.from(document.images);
      imgs.filter(i => !(i.complete && i.naturalWidth > 0))
        .forEach(i => fail('image did not load: ' + i.getAttribute('src')));
      const lang = document.getElementById('language'), fmt = document.getElementById('format');
      const rows = () => Array.from(document.querySelectorAll('tr[data-locale]')).filter(r => !r.hidden);
      const cols = () => Array.from(document.querySelectorAll('thead th[data-layout]')).filter(c => !c.hidden);
      const allRows = rows().length, allCols = cols().length;
      lang.value = lang.options[lang.options.length - 1].value;
      lang.dispatchEvent(new Event('change'));
      if (rows().length !== 1) fail('language filter shows ' + rows().length + ' rows');
      fmt.value = fmt.options[1].value;
      fmt.dispatchEvent(new Event('change'));
      if (cols().length !== 1) fail('format filter shows ' + cols().length + ' columns');
      lang.value = ''; fmt.value = '';
      lang.dispatchEvent(new Event('change'));
      if (rows().length !== allRows || cols().length !== allCols) fail('clearing the filters');
      console.log('GALLERY-DONE images=' + imgs.length + ' rows=' + allRows + ' cols=' + allCols);
    });
})();
</script>
"""


def chromium(url, *extra):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
           "--log-level=0", "--virtual-time-budget=10000", "--window-size=1400,1000", *extra, url]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    return run, console


def browser_checks(index):
    problems = []
    _, console = chromium(index.as_uri(), "--screenshot=/tmp/gallery.png")
    problems += [f"console: {line}" for line in console]
    with tempfile.TemporaryDirectory() as tmp:
        html = index.read_text(encoding="utf-8")
        html = html.replace("<head>", f'<head><base href="{OUT.as_uri()}/">', 1)
        html = html.replace(' loading="lazy"', "").replace("</body>", TEST_SCRIPT + "</body>")
        harness = Path(tmp) / "harness.html"
        harness.write_text(html, encoding="utf-8")
        _, console = chromium(harness.as_uri(), "--dump-dom")
    done = [line for line in console if "GALLERY-DONE" in line]
    problems += [f"browser: {line}" for line in console if "GALLERY-DONE" not in line]
    if not done:
        problems.append("browser: the test script did not finish")
    return problems, done


PROOF_SCRIPT = """
<script>
(function () {
  const fail = (m) => console.error('PROOF-FAIL ' + m);
  window.addEventListener('load', () => {
      const imgs = Array.from(document.images);
      imgs.filter(i => !(i.complete && i.naturalWidth > 0))
        .forEach(i => fail('image did not load: ' + i.getAttribute('src')));
      imgs.filter(i => i.naturalWidth != i.getAttribute('width') || i.naturalHeight != i.getAttribute('height'))
        .forEach(i => fail('image ' + i.getAttribute('src') + ' is ' + i.naturalWidth + 'x' + i.naturalHeight
                            + ', its tag says ' + i.getAttribute('width') + 'x' + i.getAttribute('height')));
      const sizes = new Set(imgs.map(i => i.naturalWidth + 'x' + i.naturalHeight));
      if (sizes.size > 1) fail('pages at different sizes: ' + Array.from(sizes).join(', '));
      const outside = performance.getEntriesByType('resource').map(e => e.name)
        .filter(n => !n.startsWith('file:'));
      outside.forEach(n => fail('requested from outside: ' + n));
      const figures = document.querySelectorAll('figure[data-locale]').length;
      const guides = document.getElementById('guides'), trim = document.getElementById('trim');
      const shown = (sel) => { const e = document.querySelector(sel); return !e || getComputedStyle(e).display !== 'none'; };
      if (!shown('.trim')) fail('trim lines hidden at first');
      trim.checked = false;
      if (shown('.trim')) fail('the trim checkbox does not hide the trim lines');
      trim.checked = true;
      if (getComputedStyle(document.querySelector('.pages'), '::after').display === 'none') fail('guides hidden at first');
      guides.checked = false;
      if (getComputedStyle(document.querySelector('.pages'), '::after').display !== 'none') fail('the guides checkbox does not hide them');
      console.log('PROOF-DONE images=' + imgs.length + ' locales=' + figures + ' size=' + Array.from(sizes).join(','));
    });
})();
</script>
"""


def proof_checks(gallery_links):
    """Static and browser checks of every proof sheet; its screenshot."""
    problems, done = [], []
    sheets = sorted((OUT / "proof").glob("*.html"))
    if not sheets:
        problems.append("no proof sheet in out/proof/")
    for sheet in sheets:
        rel = sheet.relative_to(OUT).as_posix()
        if rel not in gallery_links:
            problems.append(f"{rel}: not linked from the gallery")
        page = Page()
        page.feed(sheet.read_text(encoding="utf-8"))
        problems += [f"{rel}: {p}" for p in page.problems]
        problems += [f"{rel}: {url}: no such file under out/"
                     for url in page.links + page.images if not resolves(sheet, url)]
        if not shutil.which("chromium"):
            continue
        _, console = chromium(sheet.as_uri(), f"--screenshot=/tmp/proof-{sheet.stem}.png",
                              "--window-size=1600,1200")
        problems += [f"{rel}: console: {line}" for line in console]
        with tempfile.TemporaryDirectory() as tmp:
            html = sheet.read_text(encoding="utf-8")
            html = html.replace("<head>", f'<head><base href="{sheet.parent.as_uri()}/">', 1)
            html = html.replace("</body>", PROOF_SCRIPT + "</body>")
            harness = Path(tmp) / "harness.html"
            harness.write_text(html, encoding="utf-8")
            _, console = chromium(harness.as_uri(), "--dump-dom")
        finished = [line for line in console if "PROOF-DONE" in line]
        problems += [f"{rel}: browser: {line}" for line in console if "PROOF-DONE" not in line]
        if not finished:
            problems.append(f"{rel}: browser: the test script did not finish")
        else:
            done.append(f"{sheet.stem}: " + finished[0].split("PROOF-DONE", 1)[1].split('"')[0].strip())
    return problems, done


def main():
    index = OUT / "index.html"
    if not index.is_file():
        print("FAIL: out/index.html is missing")
        return 1
    problems, links, images = static_checks(index)
    gallery = Page()
    gallery.feed(index.read_text(encoding="utf-8"))
    from urllib.parse import unquote
    more, proofs = proof_checks({unquote(u) for u in gallery.links})
    problems += more
    for line in proofs:
        print("proof:", line)
    if shutil.which("chromium"):
        more, done = browser_checks(index)
        problems += more
        print("chromium:", done[0].split("GALLERY-DONE", 1)[1].split('"')[0].strip() if done else "no result")
    else:
        problems.append("chromium is not installed")
    for p in problems:
        print("FAIL:", p)
    print(f"gallery: {links} PDFs linked, {images} thumbnails, {len(problems)} problem(s); screenshot /tmp/gallery.png")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
