//! PDF rendering with printpdf: pages of placed items in, bytes out.
//!
//! Fonts are subset first ([`fonts`]), glyph-to-text mapping is decided in one place
//! ([`text`]), and what printpdf cannot set (document language, print boxes, stable
//! ids, dates) is finished on its lopdf document ([`finish`]).

mod finish;
mod fonts;
mod images;
mod meta;
mod outline;
pub mod tags;
pub mod text;
mod vector;

use crate::diag::Diagnostic;
use crate::document::{Document, Item, TextLine};
use crate::spec::Color;
use crate::text::fonts::{FaceId, FontBook};
use fonts::EmbeddedFont;
use images::ImageIds;
pub use meta::{Metadata, PrintIntent};
use printpdf::{
    Codepoint, DictItem, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Pt as PdfPt, Rect, Rgb, TextItem, TextMatrix, XObjectTransform,
};
use std::collections::{BTreeMap, BTreeSet};

pub fn render(doc: &Document, book: &FontBook, meta: &Metadata) -> Result<Vec<u8>, Diagnostic> {
    let mut pdf = PdfDocument::new(&doc.title);
    let lines = || {
        doc.pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Text(t) => Some(t),
                _ => None,
            })
    };
    let mut used: BTreeMap<FaceId, BTreeSet<u16>> = BTreeMap::new();
    for line in lines() {
        for run in &line.line.runs {
            used.entry(run.face)
                .or_default()
                .extend(run.glyphs.iter().map(|g| g.gid));
        }
    }
    let (texts, readings) = text::glyph_texts(lines());
    let embedded = fonts::embed(&mut pdf, book, &used, &texts)?;
    let mut marks = outline::MarkForms::default();
    let images = ImageIds::collect(doc);
    let mut tags = tags::Tags::default();
    let press = (meta.print_intent.as_ref())
        .filter(|_| meta.convert && !meta.pdfa)
        .map(|intent| &*intent.press);
    // Black text overprints: the colours under it stay whole on their plates.
    // (Named here: printpdf's `add_graphics_state` names it at random.)
    let overprint = press.map(|_| {
        let id = printpdf::ExtendedGraphicsStateId("GSop".into());
        let state = printpdf::ExtendedGraphicsState::default()
            .with_overprint_fill(true)
            .with_overprint_stroke(true)
            .with_overprint_mode(printpdf::OverprintMode::KeepUnderlying);
        pdf.resources.extgstates.map.insert(id.clone(), state);
        id
    });

    let pages = doc
        .pages
        .iter()
        .map(|page| {
            let bleed = page.bleed;
            let media_w = page.trim.width.0 + 2.0 * bleed;
            let media_h = page.trim.height.0 + 2.0 * bleed;
            tags.begin_page();
            let mut painter = Painter {
                ops: Vec::new(),
                tags: &mut tags,
                section: 0,
                lang: &doc.lang,
                bleed,
                trim_h: page.trim.height.0,
                embedded: &embedded,
                readings: &readings,
                book,
                marks: &mut marks,
                images: &images,
                pdfa: meta.pdfa,
                press,
                overprint: overprint.clone(),
            };
            for item in &page.items {
                painter.tagged_item(item);
            }
            // The print boxes (TrimBox, BleedBox) are set in `finish`.
            PdfPage::new(
                Mm::from(PdfPt(media_w)),
                Mm::from(PdfPt(media_h)),
                painter.ops,
            )
        })
        .collect();
    pdf.with_pages(pages);
    pdf.resources.xobjects.map.extend(marks.into_xobjects());
    pdf.resources
        .xobjects
        .map
        .extend(images.into_xobjects(press, meta.pdfa));

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lopdf_doc = pdf.to_lopdf_document(&opts, &mut warnings);
    fonts::write_codes(&mut lopdf_doc, &embedded);
    let font_names = embedded
        .values()
        .map(|f| (f.id.0.clone(), f.name.clone()))
        .collect();
    finish::finish(lopdf_doc, doc, meta, &font_names, &tags)
}

/// Turns items (trim coordinates, y down) into PDF operations (y up, origin at the
/// bleed corner).
struct Painter<'a> {
    ops: Vec<Op>,
    /// What each marked piece of content is, for the structure tree.
    tags: &'a mut tags::Tags,
    /// The card (on a sheet) the items belong to.
    section: usize,
    /// The document's language (alternative texts are in it).
    lang: &'a str,
    bleed: f32,
    trim_h: f32,
    embedded: &'a BTreeMap<FaceId, EmbeddedFont>,
    /// Each line's segments and readings, worked out with the fonts' codes.
    readings: &'a text::Readings,
    book: &'a FontBook,
    marks: &'a mut outline::MarkForms,
    images: &'a ImageIds,
    pdfa: bool,
    /// The print shop's profile, when colours are converted to it.
    press: Option<&'a crate::press::Press>,
    /// The overprinting graphics state black text is shown in, when converting.
    overprint: Option<printpdf::ExtendedGraphicsStateId>,
}

impl Painter<'_> {
    /// A colour as the layout gave it: process CMYK for print, sRGB otherwise and
    /// always in PDF/A (whose sRGB output intent allows no device CMYK). When
    /// converting for a print shop, sRGB becomes its CMYK ([`Self::cmyk`]).
    fn paint(&self, c: Color) -> printpdf::Color {
        let cmyk = |[c, m, y, k]: [f32; 4]| {
            printpdf::Color::Cmyk(printpdf::Cmyk {
                c,
                m,
                y,
                k,
                icc_profile: None,
            })
        };
        if let Some(converted) = self.cmyk(c) {
            return cmyk(converted);
        }
        match c.cmyk {
            Some(given) if !self.pdfa => cmyk(given),
            _ => printpdf::Color::Rgb(Rgb {
                r: c.r,
                g: c.g,
                b: c.b,
                icc_profile: None,
            }),
        }
    }

    /// The CMYK a colour prints as on the shop's press, when converting: a
    /// layout's own CMYK as given, sRGB through the profile.
    fn cmyk(&self, c: Color) -> Option<[f32; 4]> {
        let press = self.press?;
        Some(c.cmyk.unwrap_or_else(|| press.cmyk([c.r, c.g, c.b])))
    }

    fn x(&self, x: f32) -> f32 {
        x + self.bleed
    }

    fn y(&self, y: f32) -> f32 {
        self.bleed + self.trim_h - y
    }

    /// Paints an item inside its marked content: a tagged piece of the structure
    /// (text, a figure), or an artifact (decoration, marks for the printer).
    fn tagged_item(&mut self, item: &Item) {
        use crate::document::Role;
        use tags::{Kind, Leaf};
        let leaf = |kind, block, paragraph, lang: &str, alt: Option<&String>| Leaf {
            kind,
            section: self.section,
            block,
            paragraph,
            lang: lang.to_string(),
            alt: alt.cloned(),
        };
        let leaf = match item {
            Item::Text(line) => {
                let kind = match line.role {
                    Role::Title => Some(Kind::H1),
                    Role::Heading => Some(Kind::H2),
                    Role::Paragraph => Some(Kind::P),
                    Role::ListLabel => Some(Kind::Lbl),
                    Role::ListBody => Some(Kind::LBody),
                    Role::FigureText => Some(Kind::Figure),
                    Role::Artifact => None,
                };
                kind.map(|k| leaf(k, line.block, line.paragraph, &line.lang, None))
            }
            Item::Image { alt, block, .. } | Item::Qr { alt, block, .. } if !alt.is_empty() => {
                Some(leaf(Kind::Figure, *block, 0, self.lang, Some(alt)))
            }
            Item::Section(n) => {
                self.section = *n;
                return;
            }
            // Clipping paints nothing.
            Item::ClipBegin { .. } | Item::ClipEnd => return self.item(item),
            _ => None,
        };
        match leaf {
            Some(leaf) => {
                let tag = format!("{:?}", leaf.kind);
                let mcid = self.tags.mark(leaf);
                self.ops.push(Op::BeginMarkedContentWithProperties {
                    tag,
                    properties: DictItem::Dict {
                        map: BTreeMap::from([("MCID".to_string(), DictItem::Int(mcid))]),
                    },
                });
            }
            None => self.ops.push(Op::BeginMarkedContent {
                tag: "Artifact".into(),
            }),
        }
        self.item(item);
        self.ops.push(Op::EndMarkedContent);
    }

    fn item(&mut self, item: &Item) {
        match item {
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => self.rect(
                Area::new(*x, *y, *w, *h),
                Paint {
                    fill: *fill,
                    stroke: *stroke,
                },
            ),
            Item::Text(line) => self.text_line(line),
            Item::Image {
                x, y, w, h, path, ..
            } => self.image(Area::new(*x, *y, *w, *h), path),
            Item::ClipBegin { x, y, w, h } => {
                self.ops.push(Op::SaveGraphicsState);
                let rectangle = self.pdf_rect(Area::new(*x, *y, *w, *h), PaintMode::Clip);
                self.ops.push(Op::DrawRectangle { rectangle });
            }
            Item::ClipEnd => self.ops.push(Op::RestoreGraphicsState),
            Item::Section(_) => {}
            Item::CropMark { x1, y1, x2, y2 } => self.crop_mark((*x1, *y1), (*x2, *y2)),
            Item::Qr {
                x,
                y,
                module,
                modules,
                color,
                ..
            } => self.qr((*x, *y), *module, modules, *color),
        }
    }

    /// The image file's XObject, scaled to fill `area`.
    fn image(&mut self, area: Area, path: &str) {
        let Area { x, y, w, h } = area;
        let id = self.images.id(path);
        self.ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                translate_x: Some(PdfPt(self.x(x))),
                translate_y: Some(PdfPt(self.y(y + h))),
                scale_x: Some(w),
                scale_y: Some(h),
                no_auto_scale: true,
                ..Default::default()
            },
        });
    }

    /// A hairline from `from` to `to` in registration colour, for the cutter.
    fn crop_mark(&mut self, from: (f32, f32), to: (f32, f32)) {
        self.ops.push(Op::SaveGraphicsState);
        self.ops.push(Op::SetOutlineColor {
            col: self.paint(Color::REGISTRATION),
        });
        self.ops.push(Op::SetOutlineThickness { pt: PdfPt(0.25) });
        let point = |(x, y): (f32, f32)| printpdf::LinePoint {
            p: printpdf::Point {
                x: PdfPt(self.x(x)),
                y: PdfPt(self.y(y)),
            },
            bezier: false,
        };
        let line = printpdf::Line {
            points: vec![point(from), point(to)],
            is_closed: false,
        };
        self.ops.push(Op::DrawLine { line });
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// A QR code's dark modules, from its top-left corner `(x, y)`.
    fn qr(&mut self, (x, y): (f32, f32), module: f32, modules: &[Vec<bool>], color: Color) {
        // One rectangle per dark run in a row keeps the stream small.
        for (r, row) in modules.iter().enumerate() {
            let mut c = 0;
            while c < row.len() {
                if !row[c] {
                    c += 1;
                    continue;
                }
                let start = c;
                while c < row.len() && row[c] {
                    c += 1;
                }
                let (rx, ry) = (x + start as f32 * module, y + r as f32 * module);
                self.rect(
                    Area::new(rx, ry, (c - start) as f32 * module, module),
                    Paint {
                        fill: Some(color),
                        stroke: None,
                    },
                );
            }
        }
    }

    fn rect(&mut self, area: Area, paint: Paint) {
        let mode = match (paint.fill, paint.stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (None, Some(_)) => PaintMode::Stroke,
            _ => PaintMode::Fill,
        };
        self.ops.push(Op::SaveGraphicsState);
        if let Some(f) = paint.fill {
            self.ops.push(Op::SetFillColor { col: self.paint(f) });
        }
        if let Some((c, width)) = paint.stroke {
            self.ops.push(Op::SetOutlineColor { col: self.paint(c) });
            self.ops.push(Op::SetOutlineThickness { pt: PdfPt(width) });
        }
        let rectangle = self.pdf_rect(area, mode);
        self.ops.push(Op::DrawRectangle { rectangle });
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// `area` in PDF coordinates (from its bottom-left corner), painted by `mode`.
    fn pdf_rect(&self, area: Area, mode: PaintMode) -> Rect {
        let Area { x, y, w, h } = area;
        let mut r = Rect::from_xywh(PdfPt(self.x(x)), PdfPt(self.y(y + h)), PdfPt(w), PdfPt(h));
        r.mode = Some(mode);
        r
    }

    /// One line: a text object of segments (see [`text::segments`]); each sets its
    /// font if it changed and starts at its own pen position; every glyph lands
    /// exactly where the shaper put it.
    fn text_line(&mut self, line: &TextLine) {
        let invisible = line.role == crate::document::Role::FigureText;
        // Black text on the press overprints, in a state of its own.
        let overprint = (self.overprint.clone())
            .filter(|_| !invisible && self.cmyk(line.color) == Some(crate::press::PURE_BLACK));
        if let Some(gs) = &overprint {
            self.ops.push(Op::SaveGraphicsState);
            self.ops.push(Op::LoadGraphicsState { gs: gs.clone() });
        }
        self.ops.push(Op::StartTextSection);
        if invisible {
            self.ops.push(Op::SetTextRenderingMode {
                mode: printpdf::TextRenderingMode::Invisible,
            });
        }
        self.ops.push(Op::SetFillColor {
            col: self.paint(line.color),
        });
        let marks = self.show_segments(line);
        if invisible {
            // The rendering mode outlives the text object: back to filled text.
            self.ops.push(Op::SetTextRenderingMode {
                mode: printpdf::TextRenderingMode::Fill,
            });
        }
        self.ops.push(Op::EndTextSection);
        self.outline_marks(line, marks);
        if overprint.is_some() {
            self.ops.push(Op::RestoreGraphicsState);
        }
    }

    /// Shows the line's segments inside its text object; returns the marks to be
    /// drawn as outlines after it (see [`Self::show_group`]).
    fn show_segments(&mut self, line: &TextLine) -> Vec<PlacedGlyph> {
        let size = line.size;
        let rtl_line = line.line.rtl;
        let baseline = self.y(line.baseline);
        let mut marks = Vec::new();
        // The language of a name inside the line, while its glyphs are shown.
        let mut open_lang: Option<&str> = None;
        let mut shown = ShowState {
            pdf_pen: 0.0,
            items: Vec::new(),
            rise: 0.0,
            size,
            pen: 0.0,
            // Left-to-right lines: each operator ends on the shaper's pen (see `flush`).
            end_on_pen: !rtl_line,
            repositioned: true,
            baseline,
        };
        let owned;
        let reading = match self.readings.of(line) {
            Some(reading) => reading,
            None => {
                owned = text::read_line(line);
                &owned
            }
        };
        for (segment, readings) in reading.segments.iter().zip(&reading.groups) {
            let run = &line.line.runs[segment.run];
            let Some(font) = self.embedded.get(&run.face) else {
                continue;
            };
            // Workaround, printpdf 0.12: its serializer merges `Tm` + `TJ` pairs on
            // one baseline into a single `TJ`, with kerns computed from the width
            // of each code taken as a glyph id, which the codes of
            // `fonts::write_codes` are not; it would also undo the separate text
            // objects a right-to-left line needs. A `Tf` before each `Tm` stops it.
            self.flush(&mut shown);
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.id.clone()),
                size: PdfPt(size),
            });
            // The text position is set where the first glyph shown is drawn.
            shown.repositioned = true;
            let mut pen = segment.pen;
            let mut trailing = None;
            for (group, reading) in segment.groups.iter().zip(readings) {
                let glyphs = &run.glyphs[group.clone()];
                let lang = line
                    .foreign
                    .iter()
                    .find(|(r, _)| r.contains(&glyphs[0].cluster.start))
                    .map(|(_, l)| l.as_str());
                self.switch_lang(&mut shown, &mut open_lang, lang);
                let group = Group { run, font, glyphs };
                let (after, more) =
                    self.show_group(&mut shown, line, group, reading, pen, &mut marks);
                pen = after;
                trailing = trailing.or(more);
            }
            if let Some(code) = trailing {
                // Just left of the word's first drawn glyph, written after it,
                // in a span of its own: pdf.js adds a mark to the text item
                // before it wherever it is drawn, and ends an item at a span.
                let x = segment.pen - 0.01 * size;
                self.flush(&mut shown);
                self.ops.push(span(BTreeMap::new()));
                self.show_unseen(&mut shown, line, font, &[(0, code)], 0, x);
                self.ops.push(Op::EndMarkedContent);
            }
        }
        self.flush(&mut shown);
        if shown.rise != 0.0 {
            self.ops.push(Op::SetLineOffset { multiplier: 0.0 });
        }
        if open_lang.is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
        marks
    }

    /// Draws marks, in the line's colour, as outlines (forms) at their places.
    fn outline_marks(&mut self, line: &TextLine, marks: Vec<PlacedGlyph>) {
        if marks.is_empty() {
            return;
        }
        let baseline = self.y(line.baseline);
        self.ops.push(Op::SaveGraphicsState);
        self.ops.push(Op::SetFillColor {
            col: self.paint(line.color),
        });
        for m in marks {
            let place = self.marks.place(
                self.book,
                m.face,
                m.gid,
                line.size,
                self.x(m.x),
                baseline + m.rise,
            );
            self.ops.extend(place);
        }
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// Closes the span of the language open so far (a name in another language)
    /// and opens `lang`'s, when they differ.
    fn switch_lang<'l>(
        &mut self,
        shown: &mut ShowState,
        open: &mut Option<&'l str>,
        lang: Option<&'l str>,
    ) {
        if lang == *open {
            return;
        }
        self.flush(shown);
        if open.is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
        if let Some(lang) = lang {
            self.ops.push(span(BTreeMap::from([(
                "Lang".to_string(),
                DictItem::String {
                    data: lang.as_bytes().to_vec(),
                    literal: true,
                },
            )])));
        }
        *open = lang;
    }

    /// Shows one group of glyphs (one unit of extraction) from the shaper's `pen`,
    /// each glyph under the code of its text (its `reading`, see
    /// [`text::read_group`]), inside an /ActualText when the group needs one;
    /// returns the pen after it, and the code of the marks to show after its
    /// word when it opens one ([`text::GroupReading::trailing`]). Glyphs read
    /// as outlines go to `marks`, drawn after the text.
    fn show_group(
        &mut self,
        shown: &mut ShowState,
        line: &TextLine,
        group: Group,
        reading: &text::GroupReading,
        mut pen: f32,
        marks: &mut Vec<PlacedGlyph>,
    ) -> (f32, Option<u16>) {
        let Group { run, font, glyphs } = group;
        let size = line.size;
        // Each glyph's code, none for an outline; a CFF font has one code per
        // glyph, so a glyph read otherwise is shown with its first code and the
        // group read by /ActualText.
        let mut needs_actual = false;
        let codes: Vec<Option<u16>> = glyphs
            .iter()
            .zip(&reading.glyphs)
            .map(|(g, r)| match r {
                text::Reading::Text(t) => Some(font.code(g.gid, t, false).unwrap_or_else(|| {
                    needs_actual = true;
                    font.first_code(g.gid)
                })),
                text::Reading::Outline => None,
            })
            .collect();
        // Unseen codes, by the glyph they come before; a CFF font has none,
        // and its group is read by /ActualText.
        let mut unseen: Vec<(usize, u16)> = Vec::new();
        for (i, t) in &reading.unseen {
            match font.code(text::unseen_glyph(glyphs, *i), t, true) {
                Some(code) => unseen.push((*i, code)),
                None => needs_actual = true,
            }
        }
        // A word's trailing marks, shown unseen after it; a CFF font has no
        // code for them, and the group is read by /ActualText.
        let trailing = reading.trailing.as_ref().and_then(|t| {
            let code = font.code(text::trailing_glyph(glyphs, &reading.glyphs), t, true);
            needs_actual |= code.is_none();
            code
        });
        let actual = (reading.actual.clone())
            .or_else(|| needs_actual.then(|| text::group_chars(&line.text, glyphs)));
        if let Some(actual) = &actual {
            self.flush(shown);
            self.ops.push(actual_text_span(actual));
        }
        for (i, (g, code)) in glyphs.iter().zip(codes).enumerate() {
            self.show_unseen(shown, line, font, &unseen, i, pen);
            let placed = PlacedGlyph {
                face: run.face,
                gid: g.gid,
                x: pen + g.x_offset * size,
                rise: g.y_offset * size,
            };
            pen += g.x_advance * size;
            match code {
                None => marks.push(placed),
                Some(code) => self.show(shown, font, (placed.x, placed.rise), code, pen),
            }
        }
        self.show_unseen(shown, line, font, &unseen, glyphs.len(), pen);
        if actual.is_some() {
            self.flush(shown);
            self.ops.push(Op::EndMarkedContent);
        }
        (pen, trailing)
    }

    /// Adds one glyph, under `code` in `font`, drawn at `x` with `rise`, to the
    /// pending text operator; `pen_after` is where the shaper's pen is after it.
    fn show(
        &mut self,
        shown: &mut ShowState,
        font: &EmbeddedFont,
        (x, rise): (f32, f32),
        code: u16,
        pen_after: f32,
    ) {
        self.set_rise(shown, rise);
        if shown.repositioned {
            self.flush(shown);
            self.ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(PdfPt(self.x(x)), PdfPt(shown.baseline)),
            });
            shown.pdf_pen = x;
            shown.repositioned = false;
        }
        let delta = x - shown.pdf_pen;
        if delta.abs() > 0.001 {
            shown
                .items
                .push(TextItem::Offset(-delta / shown.size * 1000.0));
        }
        // printpdf writes the code as if it were a glyph id; fonts::write_codes
        // gives it its glyph, width and text afterwards.
        shown.items.push(TextItem::GlyphIds(vec![Codepoint {
            gid: code,
            offset: 0.0,
            cid: Some(font.code_text(code).to_string()),
        }]));
        shown.pdf_pen = x + font.code_width(code) / 1000.0 * shown.size;
        shown.pen = pen_after;
    }

    /// Shows the unseen codes that come before glyph `index` of a group, at
    /// the shaper's `pen`, in the invisible rendering mode and with no width
    /// ([`text::GroupReading::unseen`]).
    fn show_unseen(
        &mut self,
        shown: &mut ShowState,
        line: &TextLine,
        font: &EmbeddedFont,
        unseen: &[(usize, u16)],
        index: usize,
        pen: f32,
    ) {
        let codes = unseen.iter().filter(|(i, _)| *i == index).map(|&(_, c)| c);
        let mut codes = codes.peekable();
        if codes.peek().is_none() {
            return;
        }
        // A figure's text is invisible already, and stays so.
        let visible = line.role != crate::document::Role::FigureText;
        self.flush(shown);
        if visible {
            self.ops.push(Op::SetTextRenderingMode {
                mode: printpdf::TextRenderingMode::Invisible,
            });
        }
        for code in codes {
            self.show(shown, font, (pen, 0.0), code, pen);
        }
        self.flush(shown);
        if visible {
            self.ops.push(Op::SetTextRenderingMode {
                mode: printpdf::TextRenderingMode::Fill,
            });
        }
    }

    /// Sets the text rise (`Ts`); rise cannot change inside one operator.
    fn set_rise(&mut self, shown: &mut ShowState, rise: f32) {
        if (rise - shown.rise).abs() > 0.001 {
            self.flush(shown);
            self.ops.push(Op::SetLineOffset { multiplier: rise });
            shown.rise = rise;
        }
    }

    /// Ends the pending text operator with the PDF's cursor on the shaper's pen.
    /// PDFium sorts the text operators of a line by where each starts; when every
    /// one starts where the previous ended, marks moved left of their base stay
    /// next to it, and an /ActualText span over several operators is read once.
    fn flush(&mut self, shown: &mut ShowState) {
        if !shown.items.is_empty() {
            let delta = shown.pen - shown.pdf_pen;
            if shown.end_on_pen && delta.abs() > 0.001 {
                shown
                    .items
                    .push(TextItem::Offset(-delta / shown.size * 1000.0));
                shown.pdf_pen = shown.pen;
            }
            self.ops.push(Op::ShowText {
                items: std::mem::take(&mut shown.items),
            });
        }
    }
}

/// A rectangle in trim coordinates (y down, from its top-left corner), in pt.
#[derive(Clone, Copy)]
struct Area {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Area {
    fn new(x: f32, y: f32, w: f32, h: f32) -> Area {
        Area { x, y, w, h }
    }
}

/// How a rectangle is painted: filled, stroked (colour and line width), or both.
#[derive(Clone, Copy)]
struct Paint {
    fill: Option<Color>,
    stroke: Option<(Color, f32)>,
}

/// Glyphs of one run shown as one unit of extraction, in the run's embedded font.
struct Group<'g> {
    run: &'g crate::text::Run,
    font: &'g EmbeddedFont,
    glyphs: &'g [crate::text::Glyph],
}

/// A glyph where it is drawn: `x` from the trim's left edge and `rise` above the
/// baseline, in pt.
#[derive(Clone, Copy)]
struct PlacedGlyph {
    face: FaceId,
    gid: u16,
    x: f32,
    rise: f32,
}

/// Where the PDF's own text cursor is, and what is waiting to be shown.
struct ShowState {
    size: f32,
    /// Where the shaper's pen is, after the last glyph added.
    pen: f32,
    pdf_pen: f32,
    items: Vec<TextItem>,
    rise: f32,
    /// Whether an operator ends with the PDF's cursor moved to the shaper's pen.
    end_on_pen: bool,
    /// The next glyph starts a new text position (`Tm`), on this baseline.
    repositioned: bool,
    baseline: f32,
}

/// Begins a `/Span` whose text, for extraction, is `text`.
fn actual_text_span(text: &str) -> Op {
    span(BTreeMap::from([(
        "ActualText".to_string(),
        DictItem::String {
            data: text::utf16be(text),
            literal: false,
        },
    )]))
}

/// Begins a `/Span` marked-content sequence with these properties (its
/// /ActualText, or the /Lang of a name in another language).
fn span(properties: BTreeMap<String, DictItem>) -> Op {
    Op::BeginMarkedContentWithProperties {
        tag: "Span".into(),
        properties: DictItem::Dict { map: properties },
    }
}
