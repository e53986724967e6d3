// The text of PDFs as Firefox's viewer (pdf.js) extracts it: one JSON object,
// file name -> text (items joined, "\n" where pdf.js ends a line), for
// .ci/check-findcopy.py.
// usage: PDFJS_MODULE=/path/to/node_modules/pdfjs-dist/legacy/build/pdf.mjs node pdfjs-text.mjs FILE.pdf...
import fs from "fs";
const { getDocument } = await import(process.env.PDFJS_MODULE || "pdfjs-dist/legacy/build/pdf.mjs");
const out = {};
for (const file of process.argv.slice(2)) {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => it.str + (it.hasEOL ? "\n" : "")).join("") + "\n";
  }
  out[file] = text;
  await doc.destroy();
}
process.stdout.write(JSON.stringify(out));
