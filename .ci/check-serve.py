#!/usr/bin/env python3
"""Drives `flyer serve`, the translators' workspace, in a real browser.

Debian's headless `chromium`, controlled over the Chrome DevTools Protocol
(the `websocket-client` pip package; nothing downloads a browser). A copy of
the project in a temporary folder is served, so the repository is not touched.

For Arabic (right to left) and Khmer, each:
 1. the editor opens and shows its first preview; the fields carry lang and dir;
 2. typing a word into poster-title (real key input) changes the preview;
 3. a phone number typed into card-emergency is refused as contact data, and
    the error goes away when the number is removed again;
 4. Save writes locales/<loc>/flyer.ftl: the poster-title line changes, every
    other line stays byte-identical;
 5. Confirm on poster-title writes its hash to translated-from.toml (the copy's
    hash is garbled first, so the row starts stale);
 6. (Arabic) Mark reviewed / Back to draft write flyer.toml's locale entry;
 7. a screenshot with poster-title focused: <out>/serve-<locale>.png, where
    <out> is $SERVE_SHOTS or the temporary folder;
 8. (Khmer) edit-to-preview time over single-character edits on poster-letter:
    median and max printed; the median must be at most 300 ms.
Also: the home page lists 16 languages.

The binary: $FLYER_BIN, else target/release/flyer if it exists, else
target/debug/flyer. Exit 1 on any failure.
"""
import base64
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import urllib.parse
import urllib.request
from pathlib import Path

try:
    import websocket  # websocket-client
except ImportError:
    print("FAIL: the websocket-client package is missing (python3 -m pip install websocket-client)")
    sys.exit(1)

ROOT = Path(__file__).resolve().parent.parent
WAIT = 20.0                 # seconds any one wait may take
SPEED_LIMIT_MS = 300        # the target for edit-to-preview
SPEED_EDITS = 12
HOME_LANGUAGES = 16

LOCALES = {
    # code: (direction, word appended to poster-title, characters typed one by one)
    "ar": ("rtl", " اختبار", None),
    "km": ("ltr", " សាកល្បង", "កខគឃងចឆជឈញដឋ"),
}
PHONE = " 617-555-0100"
REVIEWER = "Test Reviewer"
GARBLED_HASH = "000000000000"
SERVER_CWD = None           # flyer serve's own working directory, set in main()

failures = []


class Failure(Exception):
    pass


def ok(message):
    print(f"ok: {message}", flush=True)


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", flush=True)


# --- the binary and the server ------------------------------------------------

def flyer_binary():
    if os.environ.get("FLYER_BIN"):
        candidates = [Path(os.environ["FLYER_BIN"]).resolve()]   # the server runs in another folder
    else:
        candidates = [ROOT / "target/release/flyer", ROOT / "target/debug/flyer"]
    deadline = time.monotonic() + 30    # a binary being relinked is missing for a moment
    while True:
        for c in candidates:
            if c.is_file() and os.access(c, os.X_OK):
                return c
        if time.monotonic() > deadline:
            raise Failure(f"no flyer binary: looked for {', '.join(map(str, candidates))}")
        time.sleep(0.5)


def copy_project(dest):
    for name in ("locales", "layouts"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy2(ROOT / "flyer.toml", dest / "flyer.toml")
    # Hard links where possible (flyer refuses symlinked fonts that leave the project).
    try:
        subprocess.run(["cp", "-al", str(ROOT / "fonts"), str(dest / "fonts")],
                       check=True, capture_output=True)
    except (subprocess.CalledProcessError, FileNotFoundError):
        shutil.rmtree(dest / "fonts", ignore_errors=True)
        shutil.copytree(ROOT / "fonts", dest / "fonts")


class Server:
    def __init__(self, binary, project, cwd):
        self.lines, self.errors = [], []
        # Its own empty working directory: a write that ignores --project lands
        # there (and is reported), never in the repository the test runs from.
        self.proc = subprocess.Popen(
            [str(binary), "--project", str(project), "serve", "--port", "0"], cwd=cwd,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace")
        self.first = threading.Event()
        # Keep reading both pipes for as long as the server runs (never close them).
        threading.Thread(target=self._read, args=(self.proc.stdout, self.lines, True), daemon=True).start()
        threading.Thread(target=self._read, args=(self.proc.stderr, self.errors, False), daemon=True).start()

    def _read(self, pipe, into, signal_first):
        for line in pipe:
            into.append(line.rstrip("\n"))
            if signal_first:
                self.first.set()
        if signal_first:
            self.first.set()

    def url(self):
        if not self.first.wait(60) or not self.lines:
            time.sleep(0.2)     # let its stderr be read
            raise Failure(f"flyer serve printed no address; stderr: {' | '.join(self.errors[-10:])}")
        first = self.lines[0]
        prefix = "flyer serve: the workspace is at "
        if not first.startswith(prefix):
            raise Failure(f"flyer serve's first line is not its address: {first!r}")
        return first[len(prefix):].strip()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


# --- Chromium over the DevTools protocol -------------------------------------

class Browser:
    def __init__(self, profile):
        self.profile = profile
        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
             f"--user-data-dir={profile}", "--window-size=1400,1000", "--no-first-run",
             "--no-default-browser-check", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)   # its own process group: stopped with all its children
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (active.is_file() and active.read_text().strip()):
            if self.proc.poll() is not None:
                raise Failure(f"chromium exited at start (code {self.proc.returncode})")
            if time.monotonic() > deadline:
                raise Failure("chromium wrote no DevToolsActivePort in 30 s")
            time.sleep(0.1)
        port = int(active.read_text().split()[0])
        deadline = time.monotonic() + 10
        while True:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                pages = [t for t in json.load(r) if t.get("type") == "page"]
            if pages or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        if not pages:
            with urllib.request.urlopen(urllib.request.Request(
                    f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT"), timeout=5) as r:
                pages = [json.load(r)]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=WAIT,
                                              suppress_origin=True, enable_multithread=True)
        self.next_id = 0
        self.console = []          # console errors and uncaught exceptions of the page
        self.call("Page.enable")
        self.call("Runtime.enable")

    def _event(self, message):
        method = message.get("method")
        params = message.get("params", {})
        if method == "Page.javascriptDialogOpening":
            # e.g. the editor's beforeunload guard: leave the page anyway.
            self.next_id += 1
            self.ws.send(json.dumps({"id": self.next_id, "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": True}}))
        elif method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            self.console.append("exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.console.append("console.error: " + " ".join(
                str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))

    def call(self, method, **params):
        self.next_id += 1
        mine = self.next_id
        self.ws.send(json.dumps({"id": mine, "method": method, "params": params}))
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == mine:
                if "error" in message:
                    raise Failure(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self._event(message)
        raise Failure(f"{method}: no answer in {WAIT:.0f} s")

    def js(self, expression, await_promise=False):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=await_promise, userGesture=True)
        if "exceptionDetails" in result:
            d = result["exceptionDetails"]
            raise Failure(f"page script failed: {d.get('exception', {}).get('description') or d.get('text')}"
                          f" in: {expression[:200]}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression, what, timeout=WAIT, context=None):
        """Polls `expression` until it is truthy; returns its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise Failure(f"timed out after {timeout:.0f} s waiting for {what}"
                              + (f"; {context()}" if context else ""))
            time.sleep(0.03)

    def navigate(self, url, check):
        self.call("Page.navigate", url=url)
        self.wait_for(f"document.readyState === 'complete' && location.pathname === "
                      f"{json.dumps(urllib.parse.urlsplit(url).path)} && ({check})",
                      f"{url.split('?')[0]} to load",
                      context=lambda: "the browser is at " + str(self.js(
                          "location.href + ' (' + document.readyState + '): ' + document.title + ' | '"
                          " + (document.body ? document.body.innerText.slice(0, 300) : '')")))

    def click(self, selector):
        """A real mouse click in the middle of the element."""
        box = self.js(f"""(() => {{
            const el = document.querySelector({json.dumps(selector)});
            if (!el) return null;
            el.scrollIntoView({{block: 'center', inline: 'center'}});
            const r = el.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2, el.disabled === true];
        }})()""")
        if box is None:
            raise Failure(f"no {selector} on the page")
        if box[2]:
            raise Failure(f"{selector} is disabled")
        x, y = box[0], box[1]
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        self.call("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", clickCount=1)
        self.call("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", clickCount=1)

    def focus_end(self, selector):
        """Focuses a field and puts the caret at the end of its text."""
        self.js(f"""(() => {{
            const el = document.querySelector({json.dumps(selector)});
            el.scrollIntoView({{block: 'center'}});
            el.focus();
            if (el.isContentEditable) {{
                const range = document.createRange();
                range.selectNodeContents(el);
                range.collapse(false);
                const s = window.getSelection();
                s.removeAllRanges();
                s.addRange(range);
            }} else {{
                el.selectionStart = el.selectionEnd = el.value.length;
            }}
        }})()""")

    def type(self, text):
        self.call("Input.insertText", text=text)

    def key(self, key, code, vk):
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key=key, code=code,
                      windowsVirtualKeyCode=vk, nativeVirtualKeyCode=vk)

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self):
        try:
            self.ws.close()
        except Exception:
            pass

    @staticmethod
    def stop(proc):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)   # the group started above, nothing else
            except ProcessLookupError:
                pass
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)


# --- the page -----------------------------------------------------------------

def page_state(b, message_id=None):
    """What the page says, for failure messages."""
    try:
        s = b.js(f"""(() => {{
            const t = (sel) => (document.querySelector(sel)?.textContent || '').replace(/\\s+/g, ' ').trim();
            return {{
                save: t('#save-status'), preview: t('#preview-status'), status: t('#status'),
                general: t('#general'),
                diags: {json.dumps(message_id)} ? t('#d-' + {json.dumps(message_id)}) : '',
                fp: JSON.stringify(window.flyerPreview && {{sequence: flyerPreview.sequence,
                    shown: flyerPreview.shown, lastMs: flyerPreview.lastMs}}),
            }};
        }})()""")
        text = (f"#save-status={s['save']!r} #preview-status={s['preview']!r} #status={s['status']!r} "
                f"flyerPreview={s['fp']}")
        if message_id:
            text += f" #d-{message_id}={s['diags']!r}"
        if s["general"]:
            text += f" #general={s['general']!r}"
    except Exception as e:   # the page itself may be the problem
        text = f"(page state unreadable: {e})"
    if b.console:
        text += " console: " + " | ".join(b.console[-5:])
    return text


def preview_state(b):
    return b.js("""({sequence: flyerPreview.sequence, shown: flyerPreview.shown,
                     src: document.getElementById('preview').src})""")


def wait_preview_round(b, before, message_id, must_change=True):
    """Waits until a preview request newer than `before` has been answered, and
    its image (if any) is on screen. Returns the new preview state."""
    b.wait_for(f"""(() => {{
        const fp = window.flyerPreview, status = document.getElementById('preview-status').textContent;
        if (fp.sequence <= {before['sequence']}) return false;
        return fp.shown === fp.sequence || status.startsWith('The preview could not')
            || status.startsWith('The page cannot be laid out');
    }})()""", "the preview to update", context=lambda: page_state(b, message_id))
    after = preview_state(b)
    if must_change:
        if after["shown"] != after["sequence"]:
            raise Failure(f"no preview image after the edit of {message_id}: {page_state(b, message_id)}")
        if after["src"] == before["src"]:
            raise Failure(f"the preview image did not change after the edit of {message_id}: "
                          + page_state(b, message_id))
    return after


def field_text(b, selector):
    return b.js(f"""(() => {{
        const el = document.querySelector({json.dumps(selector)});
        return el.isContentEditable ? el.textContent : el.value;
    }})()""")


def step(label, fn, *args):
    """Runs one check; a failure is recorded and the next checks go on."""
    try:
        return fn(*args)
    except Failure as e:
        fail(f"{label}: {e}")
    except Exception as e:  # a bug of this script or a lost connection: still a failure
        fail(f"{label}: {type(e).__name__}: {e}")
    return None


def check_home(b, base_url, token):
    b.navigate(f"{base_url}/?token={token}", "!!document.querySelector('table')")
    if "token=" in b.js("location.href"):
        raise Failure(f"the first visit's address keeps the token: {b.js('location.href')}")
    ok("the first visit's token moved to a cookie (the address no longer shows it)")
    n = b.js("""document.querySelectorAll('table tbody th[scope=row] a[href^="/locale/"]').length""")
    if n != HOME_LANGUAGES:
        raise Failure(f"the home page lists {n} languages, not {HOME_LANGUAGES}")
    ok(f"home page lists {n} languages")


def open_editor(b, base_url, token, loc, direction):
    b.navigate(f"{base_url}/locale/{loc}?token={token}", "!!document.querySelector('main#editor')")
    if "token=" in b.js("location.href"):
        print(f"note: {loc}: with the cookie already set, /locale/{loc}?token=... is served as it is "
              "(no 303): the address keeps showing the token", flush=True)
    b.wait_for("window.flyerPreview && flyerPreview.shown >= 1 && document.getElementById('preview').naturalWidth > 0",
               f"the first preview of {loc}", context=lambda: page_state(b))
    info = b.js("""(() => {
        const e = document.getElementById('editor'), f = document.getElementById('f-poster-title');
        return {locale: e.dataset.locale, layout: e.dataset.layout, base: e.dataset.base,
                rows: document.querySelectorAll('article.row').length,
                kind: f && f.dataset.kind, ce: f && f.getAttribute('contenteditable'),
                cls: f && f.className, lang: f && f.getAttribute('lang'), dir: f && f.getAttribute('dir'),
                label: !!document.querySelector('label[for="f-poster-title"]'),
                stale: !!document.querySelector('#row-poster-title .stale'),
                w: document.getElementById('preview').naturalWidth,
                h: document.getElementById('preview').naturalHeight};
    })()""")
    if info["locale"] != loc or not info["base"] or not info["layout"]:
        raise Failure(f"main#editor has data-locale={info['locale']!r} data-base={info['base']!r} "
                      f"data-layout={info['layout']!r}")
    if info["kind"] != "chips" or info["ce"] != "true" or "chips" not in (info["cls"] or ""):
        raise Failure(f"#f-poster-title is not a chips field: kind={info['kind']!r} class={info['cls']!r}")
    if info["lang"] != loc or info["dir"] != direction:
        raise Failure(f"#f-poster-title has lang={info['lang']!r} dir={info['dir']!r}, "
                      f"expected lang={loc!r} dir={direction!r}")
    if not info["label"]:
        raise Failure("#f-poster-title has no <label for>")
    missing = b.js("""(() => {
        const want = [];
        for (const id of ['poster-title', 'card-emergency']) {
            for (const sel of [`article.row#row-${id} .source`,
                               `article.row#row-${id} label[for="f-${id}"]`, `#row-${id} #f-${id}.field`,
                               `#row-${id} ul#d-${id}.diags`, `#row-${id} button.confirm[data-id="${id}"]`])
                if (!document.querySelector(sel)) want.push(sel);
        }
        for (const sel of ['aside.preview select#layout', 'aside.preview select#page', 'aside.preview img#preview',
                           'aside.preview div#outline', 'aside.preview p#preview-status', 'button#save',
                           'span#save-status', 'input#reviewer', 'button#mark-reviewed', 'button#mark-draft',
                           'p#status', '#f-card-emergency span.chip[contenteditable=false][data-source="{ $emergency }"]'])
            if (!document.querySelector(sel)) want.push(sel);
        return want;
    })()""")
    if missing:
        raise Failure(f"the editor of {loc} lacks: {missing}")
    # The English file's comments are the translators' notes (poster-title and
    # card-emergency both have one).
    notes = b.js("""['poster-title', 'card-emergency'].filter(id => !document.querySelector(`#row-${id} .note`))""")
    if notes:
        total = b.js("document.querySelectorAll('.note').length")
        fail(f"{loc}: no translator note (.note) in the rows {notes}, though locales/en/flyer.ftl has a "
             f"comment on each; the page has {total} .note in all")
    ok(f"{loc}: editor open ({info['rows']} messages, layout {info['layout']}), first preview "
       f"{info['w']}x{info['h']} px; poster-title field lang={loc} dir={direction}")
    if not info["stale"]:
        fail(f"{loc}: poster-title's hash was garbled in translated-from.toml but the row shows no .stale")
    return info


def type_title(b, loc, word, shots):
    before = preview_state(b)
    b.focus_end("#f-poster-title")
    b.type(word)
    after = wait_preview_round(b, before, "poster-title")
    ms = b.js("flyerPreview.lastMs")
    text = field_text(b, "#f-poster-title")
    if not text.endswith(word.strip()):
        raise Failure(f"#f-poster-title reads {text!r} after typing {word!r}")
    ok(f"{loc}: typed {word.strip()!r} into poster-title: the preview changed "
       f"(round {after['sequence']}, {ms} ms after the keystroke)")
    # The outline of the focused message, then the screenshot.
    b.js("document.getElementById('f-poster-title').focus()")
    boxes = b.wait_for("document.querySelectorAll('#outline div.box').length",
                       "an outline box for the focused poster-title", timeout=5,
                       context=lambda: page_state(b, "poster-title"))
    b.js("document.getElementById('f-poster-title').scrollIntoView({block: 'center'})")
    shot = shots / f"serve-{loc}.png"
    b.screenshot(shot)
    ok(f"{loc}: {boxes} outline box(es) on the preview for poster-title; screenshot {shot}")
    return text


def contact_data(b, loc):
    sel, diags = "#f-card-emergency", "#d-card-emergency"
    original = field_text(b, sel)
    before = preview_state(b)
    b.focus_end(sel)
    b.type(PHONE)
    wait_preview_round(b, before, "card-emergency", must_change=False)
    errors = b.wait_for(f"""(() => {{
        const e = [...document.querySelectorAll('{diags} li.error')].map(li => li.innerText.replace(/\\s+/g, ' '));
        return e.length ? e : null;
    }})()""", f"an error in {diags} for the typed number", timeout=5,
        context=lambda: page_state(b, "card-emergency"))
    number = PHONE.strip()
    relevant = [e for e in errors if number in e or "contact" in e.lower() or "phone number" in e.lower()]
    if not relevant:
        raise Failure(f"the errors in {diags} do not mention {number}, a phone number or contact data: {errors}")
    ok(f"{loc}: {number!r} in card-emergency refused: {relevant[0]!r}")
    # Take it out again: select what was typed (the end of the last text node) and press Backspace.
    before = preview_state(b)
    selected = b.js(f"""(() => {{
        const el = document.querySelector({json.dumps(sel)});
        el.focus();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let last = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
        const typed = {json.dumps(PHONE)};
        if (!last || !last.nodeValue.replace(/\\u00a0/g, ' ').endsWith(typed)) return last ? last.nodeValue : null;
        const range = document.createRange();
        range.setStart(last, last.nodeValue.length - typed.length);
        range.setEnd(last, last.nodeValue.length);
        const s = window.getSelection();
        s.removeAllRanges();
        s.addRange(range);
        return true;
    }})()""")
    if selected is not True:
        raise Failure(f"the typed number is not at the end of {sel}'s text: {selected!r}")
    b.key("Backspace", "Backspace", 8)
    now = field_text(b, sel)
    if now != original:
        raise Failure(f"after deleting the number {sel} reads {now!r}, not {original!r}")
    wait_preview_round(b, before, "card-emergency", must_change=False)
    b.wait_for(f"document.querySelectorAll('{diags} li.error').length === 0",
               f"{diags} to have no error once the number is removed", timeout=5,
               context=lambda: page_state(b, "card-emergency"))
    ok(f"{loc}: number removed (selected and Backspace): no error left in card-emergency")


def save(b, project, loc, original_ftl, title_text):
    b.click("#save")
    status = b.wait_for("""(() => { const t = document.getElementById('save-status').textContent;
                           return /^Saved|^Not saved/.test(t) ? t : null; })()""",
                        "#save-status to say Saved", context=lambda: page_state(b, "poster-title"))
    if not status.startswith("Saved"):
        raise Failure(f"{status!r}; " + page_state(b, "poster-title"))
    ok(f"{loc}: {status!r}")
    path = project / "locales" / loc / "flyer.ftl"
    new = path.read_bytes()
    old_lines, new_lines = original_ftl.split(b"\n"), new.split(b"\n")
    title_line = ("poster-title = " + title_text).encode("utf-8")
    if title_line not in new_lines:
        found = [line.decode("utf-8", "replace") for line in new_lines if line.startswith(b"poster-title")]
        stray = SERVER_CWD / "locales" / loc / "flyer.ftl"
        where = (f"; the save went to {stray}, relative to flyer serve's working directory, not to --project"
                 if SERVER_CWD and stray.is_file() else "")
        raise Failure(f"{path} has no line {title_line.decode()!r}; its poster-title: {found}{where}")
    if b"\xc2\xa0" in new:
        fail(f"{loc}: the saved {path.name} contains a no-break space (U+00A0)")
    if len(old_lines) != len(new_lines):
        raise Failure(f"{path}: {len(old_lines)} lines before the save, {len(new_lines)} after")
    changed = [i + 1 for i, (a, c) in enumerate(zip(old_lines, new_lines)) if a != c]
    others = [i for i in changed if not old_lines[i - 1].startswith(b"poster-title = ")]
    if others:
        shown = "; ".join(f"line {i}: {old_lines[i - 1].decode()!r} -> {new_lines[i - 1].decode()!r}"
                          for i in others[:3])
        raise Failure(f"{path}: lines other than poster-title changed: {shown}")
    if not changed:
        raise Failure(f"{path}: the poster-title line did not change")
    ok(f"{loc}: {path.name} on disk: poster-title line {changed[0]} has the new text, "
       f"the other {len(old_lines) - 1} lines are byte-identical")


def confirm(b, project, loc, original_toml):
    path = project / "locales" / loc / "translated-from.toml"
    want = tomllib.loads(original_toml)["messages"]["poster-title"]
    b.click('button.confirm[data-id="poster-title"]')
    status = b.wait_for("""(() => { const t = document.getElementById('save-status').textContent;
                           return /^Confirmed|^Not confirmed/.test(t) ? t : null; })()""",
                        "#save-status to say Confirmed", context=lambda: page_state(b, "poster-title"))
    if not status.startswith("Confirmed"):
        raise Failure(f"{status!r}; " + page_state(b, "poster-title"))
    text = path.read_text(encoding="utf-8")
    if 'poster-title = "' not in text:
        raise Failure(f"no 'poster-title = \"' in {path}")
    messages = tomllib.loads(text).get("messages", {})
    if messages.get("poster-title") != want:
        raise Failure(f"{path}: [messages] poster-title = {messages.get('poster-title')!r}, "
                      f"expected {want!r} (the hash of the English source)")
    left = b.js("""[...document.querySelectorAll('#row-poster-title .stale')]
                   .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))""")
    if left:
        fail(f"{loc}: after a successful Confirm the poster-title row still shows {left} "
             "(the 'English changed' notice stays on screen)")
    old = {k: v for k, v in tomllib.loads(original_toml)["messages"].items() if k != "poster-title"}
    new = {k: v for k, v in messages.items() if k != "poster-title"}
    if old != new:
        changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
        fail(f"{loc}: Confirm of poster-title changed other messages' hashes in {path.name}: {changed[:5]}")
    ok(f"{loc}: {status!r}; {path.name} has poster-title = \"{want}\" again, other hashes unchanged")


def locale_entry(project, loc):
    data = tomllib.loads((project / "flyer.toml").read_text(encoding="utf-8"))
    return next(e for e in data["locale"] if e["code"] == loc)


def outside_entry(text, loc):
    """flyer.toml's lines outside the [[locale]] entry of `loc`."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip() == "[[locale]]" or (line.startswith("[") and not line.startswith("[[locale]]")):
            blocks.append(current)
            current = []
        current.append(line)
    blocks.append(current)
    return [line for block in blocks if f'code = "{loc}"' not in block for line in block]


def review(b, project, loc, original_manifest):
    b.js(f"""(() => {{ const r = document.getElementById('reviewer'); r.focus(); r.select(); }})()""")
    b.key("Delete", "Delete", 46)
    b.type(REVIEWER)
    typed = b.js("document.getElementById('reviewer').value")
    if typed != REVIEWER:
        raise Failure(f"#reviewer reads {typed!r} after typing {REVIEWER!r}")
    b.click("#mark-reviewed")
    status = b.wait_for("""(() => { const t = document.getElementById('status').textContent;
                           return t.startsWith('Reviewed') ? t : null; })()""",
                        "#status to say Reviewed", context=lambda: page_state(b))
    if not status.startswith(f"Reviewed by {REVIEWER} on "):
        raise Failure(f"#status reads {status!r}")
    entry = locale_entry(project, loc)
    if entry.get("status") != "reviewed" or entry.get("reviewed-by") != REVIEWER:
        raise Failure(f"flyer.toml's {loc} entry after Mark reviewed: {entry}")
    text = (project / "flyer.toml").read_text(encoding="utf-8")
    if f'reviewed-by = "{REVIEWER}"' not in text:
        raise Failure(f"flyer.toml has no line reviewed-by = \"{REVIEWER}\"")
    if outside_entry(text, loc) != outside_entry(original_manifest, loc):
        fail(f"{loc}: Mark reviewed changed flyer.toml outside the {loc} entry (comments or other entries)")
    ok(f"{loc}: #status {status!r}; flyer.toml: status = \"reviewed\", reviewed-by = \"{REVIEWER}\", "
       f"reviewed-on = {entry.get('reviewed-on')!r}")
    b.click("#mark-draft")
    b.wait_for("document.getElementById('status').textContent.trim() === 'Draft'",
               "#status to say Draft", context=lambda: page_state(b))
    entry = locale_entry(project, loc)
    if entry.get("status") != "draft":
        raise Failure(f"flyer.toml's {loc} entry after Back to draft: {entry}")
    text = (project / "flyer.toml").read_text(encoding="utf-8")
    if outside_entry(text, loc) != outside_entry(original_manifest, loc):
        fail(f"{loc}: Back to draft changed flyer.toml outside the {loc} entry")
    ok(f"{loc}: Back to draft: flyer.toml's {loc} entry is {entry}")


def speed(b, loc, chars, binary):
    layout = "poster-letter"
    current = b.js("document.getElementById('layout').value")
    if current != layout:
        if not b.js(f"[...document.getElementById('layout').options].some(o => o.value === '{layout}')"):
            raise Failure(f"{layout} is not among the layouts of {loc}")
        before = preview_state(b)
        b.js(f"""(() => {{ const s = document.getElementById('layout'); s.value = '{layout}';
                          s.dispatchEvent(new Event('change', {{bubbles: true}})); }})()""")
        wait_preview_round(b, before, "poster-title", must_change=False)
    b.focus_end("#f-poster-title")
    figures, wall = [], []
    stale_checked = False
    for ch in chars[:SPEED_EDITS]:
        before = preview_state(b)
        started = time.monotonic()
        b.type(ch)
        wait_preview_round(b, before, "poster-title")
        wall.append((time.monotonic() - started) * 1000)
        figures.append(b.js("flyerPreview.lastMs"))
        if not stale_checked:
            # poster-title was confirmed above: the refreshed checks no longer call it stale.
            stale_checked = True
            diags = b.js("document.getElementById('d-poster-title').innerText")
            if "changed after" in diags:
                fail(f"{loc}: after Confirm the preview's checks still report poster-title stale: {diags!r}")
    if any(not isinstance(f, (int, float)) for f in figures):
        raise Failure(f"flyerPreview.lastMs is not a number after some edits: {figures}")
    median, worst = statistics.median(figures), max(figures)
    kind = "debug" if "/debug/" in str(binary) else "release"
    print(f"speed: {loc} {layout}, {len(figures)} single-character edits, binary {binary} ({kind} build): "
          f"edit-to-preview median {median:.0f} ms, max {worst:.0f} ms "
          f"(seen from the test: median {statistics.median(wall):.0f} ms); all: {figures}", flush=True)
    if median > SPEED_LIMIT_MS and kind == "debug":
        print(f"note: median {median:.0f} ms exceeds {SPEED_LIMIT_MS} ms, but this is a debug build: the limit "
              "is enforced for release builds only", flush=True)
        return
    if median > SPEED_LIMIT_MS:
        raise Failure(f"median edit-to-preview {median:.0f} ms exceeds {SPEED_LIMIT_MS} ms "
                      f"({kind} build {binary}); {page_state(b, 'poster-title')}")
    ok(f"{loc}: median edit-to-preview {median:.0f} ms <= {SPEED_LIMIT_MS} ms (max {worst:.0f} ms)")


def one_locale(b, base_url, token, project, loc, shots, binary, originals):
    direction, word, chars = LOCALES[loc]
    if step(f"{loc} open", open_editor, b, base_url, token, loc, direction) is None:
        return
    title = step(f"{loc} typing", type_title, b, loc, word, shots)
    step(f"{loc} contact data", contact_data, b, loc)
    if title is not None:
        step(f"{loc} save", save, b, project, loc, originals[loc]["ftl"], title)
    step(f"{loc} confirm", confirm, b, project, loc, originals[loc]["toml"])
    if loc == "ar":
        step(f"{loc} review", review, b, project, loc, originals["manifest"])
    if chars:
        step(f"{loc} speed", speed, b, loc, chars, binary)


def main():
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="flyer-serve-"))
    shots = Path(os.environ.get("SERVE_SHOTS", tmp))
    shots.mkdir(parents=True, exist_ok=True)
    project = tmp / "project"
    project.mkdir()
    server = browser = None
    chromium = None
    try:
        binary = flyer_binary()
        print(f"binary: {binary}", flush=True)
        copy_project(project)
        originals = {"manifest": (project / "flyer.toml").read_text(encoding="utf-8")}
        for loc in LOCALES:
            toml_path = project / "locales" / loc / "translated-from.toml"
            toml_text = toml_path.read_text(encoding="utf-8")
            originals[loc] = {"ftl": (project / "locales" / loc / "flyer.ftl").read_bytes(), "toml": toml_text}
            # Garble poster-title's hash in the copy, so that Confirm has something to write.
            garbled = "\n".join(f'poster-title = "{GARBLED_HASH}"' if line.startswith('poster-title = "') else line
                                for line in toml_text.split("\n"))
            toml_path.write_text(garbled, encoding="utf-8")
        global SERVER_CWD
        server_cwd = SERVER_CWD = tmp / "server-cwd"
        server_cwd.mkdir()
        server = Server(binary, project, server_cwd)
        url = server.url()
        base_url, token = url.split("/?token=", 1)
        print(f"server: {base_url} (project copy {project})", flush=True)
        if shutil.which("chromium") is None:
            raise Failure("chromium is not installed")
        browser = Browser(tmp / "chromium-profile")
        chromium = browser.proc
        step("home", check_home, browser, base_url, token)
        for loc in LOCALES:
            one_locale(browser, base_url, token, project, loc, shots, binary, originals)
        if browser.console:
            fail("the page logged errors: " + " | ".join(browser.console))
        stray = sorted(str(p.relative_to(server_cwd)) for p in server_cwd.rglob("*") if p.is_file())
        if stray:
            fail(f"flyer serve wrote files relative to its working directory instead of --project: {stray}")
        if server.proc.poll() is not None:
            fail(f"flyer serve exited (code {server.proc.returncode}): {' | '.join(server.errors[-10:])}")
    except Failure as e:
        fail(str(e))
    except Exception as e:
        fail(f"{type(e).__name__}: {e}")
    finally:
        if browser is not None:
            browser.close()
        if chromium is not None:
            Browser.stop(chromium)
        if server is not None:
            server.stop()
            if failures and server.errors:
                print("flyer serve's stderr:\n  " + "\n  ".join(server.errors[-20:]))
        shutil.rmtree(tmp / "chromium-profile", ignore_errors=True)
    for loc in LOCALES:
        shot = shots / f"serve-{loc}.png"
        if shot.is_file():
            print(f"screenshot: {shot}")
    print(f"serve: {len(failures)} failure(s) in {time.monotonic() - started:.1f} s; files in {tmp}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
