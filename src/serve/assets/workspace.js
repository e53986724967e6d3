// flyer serve: the editor's behaviour. No framework, no build step: served
// from the binary as it is written here.
"use strict";

const token = document.querySelector('meta[name="flyer-token"]')?.content || "";
const editor = document.getElementById("editor");

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Flyer-Token": token },
    body: JSON.stringify(body),
  });
  let data = {};
  try { data = await response.json(); } catch (_) { /* not JSON: status says enough */ }
  return { status: response.status, data };
}

if (editor) {
  const locale = editor.dataset.locale;
  let base = editor.dataset.base;
  const edits = new Map();          // message id -> edit, unsaved
  const layoutSelect = document.getElementById("layout");
  const pageSelect = document.getElementById("page");
  const preview = document.getElementById("preview");
  const outline = document.getElementById("outline");
  const previewStatus = document.getElementById("preview-status");
  const saveStatus = document.getElementById("save-status");
  let boxes = {};
  let focusedId = null;
  let sequence = 0;                 // the latest request; older answers are dropped
  let editStarted = null;           // when the edit being previewed was typed
  let timer = null;
  window.flyerPreview = { sequence: 0, shown: 0, lastMs: null, history: [] };

  // The parts of a chips field: typed text, and chips that stand for placeables.
  function partsOf(node, parts) {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push({ kind: "text", text: child.nodeValue });
      } else if (child.classList && child.classList.contains("chip")) {
        parts.push({ kind: "chip", source: child.dataset.source });
      } else if (child.nodeType === Node.ELEMENT_NODE && child.tagName !== "BR") {
        partsOf(child, parts);
      }
    }
    return parts;
  }

  function editOf(field) {
    if (field.dataset.kind === "fluent") return { kind: "fluent", text: field.value };
    const parts = [];
    for (const part of partsOf(field, [])) {
      const last = parts[parts.length - 1];
      if (part.kind === "text" && last && last.kind === "text") last.text += part.text;
      else parts.push(part);
    }
    return { kind: "chips", parts: parts.filter((p) => p.kind !== "text" || p.text !== "") };
  }

  function rowOf(element) { return element.closest(".row"); }

  function markEdited(field) {
    const row = rowOf(field);
    edits.set(row.dataset.id, editOf(field));
    row.classList.add("edited");
    row.querySelector(".confirm").disabled = true;
    saveStatus.textContent = `${edits.size} unsaved ${edits.size === 1 ? "message" : "messages"}.`;
    editStarted = performance.now();
    clearTimeout(timer);
    timer = setTimeout(refresh, 60);
  }

  function showDiagnostics(list) {
    for (const ul of document.querySelectorAll(".diags")) ul.replaceChildren();
    for (const d of list) {
      const target = (d.id && document.getElementById(`d-${d.id}`)) || document.getElementById("general");
      const li = document.createElement("li");
      li.className = d.severity;
      const strong = document.createElement("strong");
      strong.textContent = d.severity === "error" ? "Error: " : "Warning: ";
      li.append(strong, d.message + (d.layout ? ` (${d.layout})` : ""));
      if (d.hint) {
        const hint = document.createElement("span");
        hint.className = "hint";
        hint.textContent = d.hint;
        li.append(document.createElement("br"), hint);
      }
      target.append(li);
    }
    for (const row of document.querySelectorAll(".row")) {
      row.classList.toggle("has-error", !!row.querySelector(".diags li.error"));
    }
  }

  function drawOutline() {
    outline.replaceChildren();
    for (const [x, y, w, h] of (focusedId && boxes[focusedId]) || []) {
      const box = document.createElement("div");
      box.className = "box";
      Object.assign(box.style, {
        left: `${x * 100}%`, top: `${y * 100}%`, width: `${w * 100}%`, height: `${h * 100}%`,
      });
      outline.append(box);
    }
  }

  async function refresh() {
    const mine = ++sequence;
    window.flyerPreview.sequence = mine;
    const started = editStarted;
    previewStatus.textContent = "Updating the preview…";
    const { status, data } = await post("/api/try", {
      locale,
      layout: layoutSelect.value,
      page: Number(pageSelect.value) || 0,
      edits: Object.fromEntries(edits),
    });
    if (mine !== sequence) return;
    if (status !== 200) {
      previewStatus.textContent = `The preview could not be made: ${data.error || status}`;
      return;
    }
    showDiagnostics(data.diagnostics);
    boxes = data.boxes || {};
    const pages = Math.max(1, data.pages);
    if (pageSelect.options.length !== pages) {
      const chosen = Math.min(Number(pageSelect.value) || 0, pages - 1);
      pageSelect.replaceChildren(...Array.from({ length: pages }, (_, i) => new Option(
        pages === 2 ? ["front", "back"][i] : String(i + 1), String(i), false, i === chosen)));
    }
    if (data.preview) {
      preview.onload = () => {
        if (mine !== sequence) return;
        const ms = started === null ? null : Math.round(performance.now() - started);
        Object.assign(window.flyerPreview, { shown: mine, lastMs: ms });
        if (ms !== null) window.flyerPreview.history.push(ms);
        previewStatus.textContent = ms === null
          ? `Preview of ${layoutSelect.value}.`
          : `Preview updated ${ms} ms after your edit.`;
        drawOutline();
      };
      preview.alt = `The ${layoutSelect.value} as it prints, page ${Number(pageSelect.value) + 1}`;
      preview.src = data.preview;
    } else {
      previewStatus.textContent = "The page cannot be laid out with this text: see the errors.";
    }
  }

  async function save() {
    if (edits.size === 0) { saveStatus.textContent = "No unsaved changes."; return; }
    saveStatus.textContent = "Saving…";
    const { status, data } = await post("/api/save", { locale, base, edits: Object.fromEntries(edits) });
    if (status === 200) {
      base = data.base;
      editor.dataset.base = base;
      for (const id of edits.keys()) {
        const row = document.getElementById(`row-${id}`);
        row.classList.remove("edited");
        row.querySelector(".confirm").disabled = false;
        row.querySelector(".flag.missing")?.remove();
      }
      saveStatus.textContent = `Saved ${edits.size} ${edits.size === 1 ? "message" : "messages"}.`;
      edits.clear();
      showDiagnostics(data.diagnostics);
    } else if (status === 409) {
      saveStatus.textContent = `Not saved: ${data.error}`;
    } else {
      saveStatus.textContent = `Not saved: ${data.error || `error ${status}`}`;
      if (data.diagnostics) showDiagnostics(data.diagnostics);
    }
  }

  async function confirm(ids, button) {
    const { status, data } = await post("/api/confirm", { locale, ids });
    if (status === 200) {
      for (const id of ids.length ? ids : [...document.querySelectorAll(".row")].map((r) => r.dataset.id)) {
        const row = document.getElementById(`row-${id}`);
        row?.querySelector("div.stale")?.remove();
        row?.querySelector(".flag.stale")?.remove();
      }
      saveStatus.textContent = `Confirmed ${data.confirmed} ${data.confirmed === 1 ? "message" : "messages"}.`;
      if (button) button.textContent = "Confirmed ✓";
    } else {
      saveStatus.textContent = `Not confirmed: ${data.error || status}`;
    }
  }

  async function setStatus(status) {
    const today = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    const body = { locale, status };
    if (status === "reviewed") {
      body["reviewed-by"] = document.getElementById("reviewer").value;
      body["reviewed-on"] = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    }
    const { status: code, data } = await post("/api/status", body);
    const shown = document.getElementById("status");
    if (code === 200) {
      shown.textContent = status === "reviewed"
        ? `Reviewed by ${body["reviewed-by"].trim()} on ${body["reviewed-on"]}` : "Draft";
      shown.className = `status ${status}`;
      refresh();
    } else {
      saveStatus.textContent = `Status not changed: ${data.error || code}`;
    }
  }

  function insertChip(field, source, label) {
    const chip = document.createElement("span");
    chip.className = "chip";
    chip.contentEditable = "false";
    chip.dataset.source = source;
    chip.textContent = label;
    const selection = window.getSelection();
    if (selection.rangeCount && field.contains(selection.anchorNode)) {
      const range = selection.getRangeAt(0);
      range.deleteContents();
      range.insertNode(chip);
      range.setStartAfter(chip);
      range.collapse(true);
    } else {
      field.append(chip);
    }
    field.focus();
    markEdited(field);
  }

  editor.addEventListener("input", (event) => {
    if (event.target.classList.contains("field")) markEdited(event.target);
  });
  editor.addEventListener("keydown", (event) => {
    // A message is one paragraph: Enter would only add a stray line break.
    if (event.key === "Enter" && event.target.dataset.kind === "chips") event.preventDefault();
  });
  editor.addEventListener("paste", (event) => {
    if (event.target.closest?.(".chips")) {
      event.preventDefault();
      const text = event.clipboardData.getData("text/plain").replace(/\s*\n\s*/g, " ");
      document.execCommand("insertText", false, text);
    }
  });
  editor.addEventListener("focusin", (event) => {
    const row = rowOf(event.target);
    if (!row) return;
    focusedId = row.dataset.id;
    drawOutline();
  });
  editor.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.classList.contains("insert")) {
      insertChip(rowOf(button).querySelector(".field"), button.dataset.source, button.dataset.label);
    } else if (button.classList.contains("confirm")) {
      confirm([button.dataset.id], button);
    }
  });
  layoutSelect.addEventListener("change", () => {
    pageSelect.replaceChildren(new Option("1", "0"));
    editStarted = null;
    refresh();
  });
  pageSelect.addEventListener("change", () => { editStarted = null; refresh(); });
  document.getElementById("save").addEventListener("click", save);
  document.getElementById("mark-reviewed").addEventListener("click", () => setStatus("reviewed"));
  document.getElementById("mark-draft").addEventListener("click", () => setStatus("draft"));
  document.getElementById("confirm-all").addEventListener("click", () => confirm([], null));
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); }
  });
  window.addEventListener("beforeunload", (event) => {
    if (edits.size) event.preventDefault();
  });
  refresh();
}
