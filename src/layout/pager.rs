//! The pager: blocks placed on pages at one scale `t`, in rows of one full-width
//! block or of columns. Measuring and drawing are one pass of the same code (drawing
//! when given somewhere to draw), so what was measured is what is drawn.

use super::draft::page_gap_for_label;
use super::prepare::{Prepared, Unit};
use super::{size_at, LayoutInput, Overflow};
use crate::document::{Item, PageModel, Role, TextLine};
use crate::spec::{Align, Block, Color, RoleSpec, Side};
use crate::text::ShapedParagraph;
use std::sync::Arc;

/// Where lines go across: from `x`, `w` wide, aligned so, at `size` pt.
#[derive(Clone, Copy)]
struct Span {
    x: f32,
    w: f32,
    align: Align,
    size: f32,
}

/// How a block stacks its paragraphs: where, how wide, aligned how, with what space
/// between them (a fraction of the type size), and whether they are list items.
struct Stack {
    x: f32,
    w: f32,
    align: Align,
    spacing: f32,
    bullets: bool,
}

pub(super) struct Pager<'a, 'b> {
    pub(super) input: &'b LayoutInput<'a>,
    pub(super) prepared: &'b [Prepared<'a>],
    /// The draft marking and its locale.
    pub(super) draft: Option<(&'b ShapedParagraph, &'b str)>,
}

/// Consecutive blocks: one full-width block, or several in columns.
enum Row<'p, 'a> {
    Single(&'p Prepared<'a>),
    Columns(Vec<Vec<&'p Prepared<'a>>>),
}

impl<'a, 'b> Pager<'a, 'b> {
    pub(super) fn pages(&self, t: f32, emit: bool) -> Result<Vec<PageModel>, Overflow> {
        let spec = &self.input.layout.spec;
        (1..=spec.page.pages)
            .map(|p| self.page(p, t, emit))
            .collect()
    }

    fn rows(&self, page: usize) -> Vec<Row<'b, 'a>> {
        let mut rows: Vec<Row> = Vec::new();
        for p in self.prepared.iter().filter(|p| p.block.page() == page) {
            match p.block.column() {
                None => rows.push(Row::Single(p)),
                Some(c) => {
                    if !matches!(rows.last(), Some(Row::Columns(_))) {
                        rows.push(Row::Columns(Vec::new()));
                    }
                    let Some(Row::Columns(cols)) = rows.last_mut() else {
                        unreachable!()
                    };
                    while cols.len() < c {
                        cols.push(Vec::new());
                    }
                    cols[c - 1].push(p);
                }
            }
        }
        rows
    }

    fn page(&self, page: usize, t: f32, emit: bool) -> Result<PageModel, Overflow> {
        let layout = self.input.layout;
        let spec = &layout.spec.page;
        let size = layout.size;
        let margin = spec.margin.0;
        let content_w = size.width.0 - 2.0 * margin;
        // A draft marking sits between the content and the bottom edge.
        let reserved = self.draft.map_or(0.0, |(d, _)| {
            self.draft_height(d) + page_gap_for_label(spec.safe.0)
        });
        let content_h = size.height.0 - 2.0 * margin - (spec.safe.0 + reserved - margin).max(0.0);
        let gap = spec.gap.0 * (0.5 + 0.5 * t);
        let rows = self.rows(page);

        // Measure every row, then spread what is left over the gaps (up to 5x).
        let mut heights = Vec::with_capacity(rows.len());
        for row in &rows {
            heights.push(self.row(row, t, margin, 0.0, content_w, None)?);
        }
        let used: f32 = heights.iter().sum::<f32>() + gap * rows.len().saturating_sub(1) as f32;
        if used > content_h + 0.01 {
            let biggest = rows
                .iter()
                .zip(&heights)
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map(|(r, _)| r);
            let (block, message_id) = match biggest {
                Some(Row::Single(p)) => (
                    p.index,
                    p.units
                        .first()
                        .map(|u| u.message_id.clone())
                        .unwrap_or_default(),
                ),
                Some(Row::Columns(cols)) => {
                    let p = cols
                        .iter()
                        .flatten()
                        .max_by_key(|p| p.units.iter().map(|u| u.para.text.len()).sum::<usize>());
                    p.map(|p| {
                        (
                            p.index,
                            p.units
                                .first()
                                .map(|u| u.message_id.clone())
                                .unwrap_or_default(),
                        )
                    })
                    .unwrap_or_default()
                }
                None => (0, String::new()),
            };
            return Err(Overflow {
                block,
                message_id,
                amount: used - content_h,
                available: content_h,
                horizontal: false,
            });
        }
        let mut items = Vec::new();
        if !emit {
            return Ok(PageModel {
                trim: size,
                bleed: spec.bleed.0,
                items,
            });
        }
        if let Some(bg) = spec.background.as_ref().and_then(|b| layout.color(b).ok()) {
            let b = spec.bleed.0;
            items.push(Item::Rect {
                x: -b,
                y: -b,
                w: size.width.0 + 2.0 * b,
                h: size.height.0 + 2.0 * b,
                fill: Some(bg),
                stroke: None,
            });
        }
        let spare = content_h - used;
        let gaps = rows.len().saturating_sub(1) as f32;
        let extra = if gaps > 0.0 {
            (spare / gaps).min(gap * 5.0)
        } else {
            0.0
        };
        let ends_with_banner =
            matches!(rows.last(), Some(Row::Single(p)) if matches!(p.block, Block::Banner { .. }));
        let mut y = margin;
        for (i, row) in rows.iter().enumerate() {
            if i + 1 == rows.len() && ends_with_banner {
                // A closing banner sits on the bottom edge.
                y = margin + content_h - heights[i];
            }
            self.row(row, t, margin, y, content_w, Some(&mut items))?;
            y += heights[i] + gap + extra;
        }
        if let Some((draft, locale)) = self.draft {
            self.draft_marking(draft, locale, &mut items);
        }
        Ok(PageModel {
            trim: size,
            bleed: spec.bleed.0,
            items,
        })
    }

    fn row(
        &self,
        row: &Row,
        t: f32,
        x: f32,
        y: f32,
        w: f32,
        mut out: Option<&mut Vec<Item>>,
    ) -> Result<f32, Overflow> {
        match row {
            Row::Single(p) => self.block(p, t, x, y, w, out),
            Row::Columns(cols) => {
                let spec = &self.input.layout.spec.page;
                let n = cols.len() as f32;
                let col_w = (w - spec.column_gap.0 * (n - 1.0)) / n;
                let gap = spec.gap.0 * (0.5 + 0.5 * t);
                // Right-to-left text reads its first column on the right: the
                // columns' own language decides, the page's when they mix.
                let mut sides = cols.iter().flatten().map(|p| p.block.lang());
                let first = sides.next().unwrap_or(Side::Main);
                let side = if sides.all(|s| s == first) {
                    first
                } else {
                    Side::Main
                };
                let rtl = self.input.language(side).rtl;
                let mut tallest = 0.0f32;
                for (c, blocks) in cols.iter().enumerate() {
                    let slot = if rtl { cols.len() - 1 - c } else { c };
                    let cx = x + slot as f32 * (col_w + spec.column_gap.0);
                    let mut cy = y;
                    for (i, p) in blocks.iter().enumerate() {
                        if i > 0 {
                            cy += gap;
                        }
                        cy += self.block(p, t, cx, cy, col_w, out.as_deref_mut())?;
                    }
                    tallest = tallest.max(cy - y);
                }
                Ok(tallest)
            }
        }
    }

    /// Measures a block at scale `t` in a box `w` wide at (x, y); draws it into `out`
    /// when given. Returns its height.
    fn block(
        &self,
        p: &Prepared,
        t: f32,
        x: f32,
        y: f32,
        w: f32,
        mut out: Option<&mut Vec<Item>>,
    ) -> Result<f32, Overflow> {
        let layout = self.input.layout;
        let page = &layout.spec.page;
        match p.block {
            Block::Banner { fill, align, .. } | Block::Callout { fill, align, .. } => {
                let is_banner = matches!(p.block, Block::Banner { .. });
                let first_size = p
                    .units
                    .first()
                    .map_or(12.0, |u| size_at(layout.role(&u.role), t));
                let pad = first_size * 0.6;
                let inner_w = if is_banner { w } else { w - 2.0 * pad };
                let inner_x = if is_banner { x } else { x + pad };
                let lines = Stack {
                    x: inner_x,
                    w: inner_w,
                    align: *align,
                    spacing: 0.2,
                    bullets: false,
                };
                let h = self.stack(p, t, &lines, y, pad, None)? + pad;
                if let Some(items) = out.as_deref_mut() {
                    let fill = layout.color(fill).ok();
                    let rect = if is_banner {
                        // Full width into the bleed; into the top or bottom edge too when
                        // the banner is the page's first or last row.
                        let b = page.bleed.0;
                        let top = if y <= page.margin.0 + 0.01 { -b } else { y };
                        let bottom = if (y + h) >= layout.size.height.0 - page.margin.0 - 0.01 {
                            layout.size.height.0 + b
                        } else {
                            y + h
                        };
                        Item::Rect {
                            x: -b,
                            y: top,
                            w: layout.size.width.0 + 2.0 * b,
                            h: bottom - top,
                            fill,
                            stroke: None,
                        }
                    } else {
                        let stroke = match p.block {
                            Block::Callout {
                                border: Some(c), ..
                            } => layout
                                .color(c)
                                .ok()
                                .map(|c| (c, (first_size * 0.12).max(1.0))),
                            _ => None,
                        };
                        Item::Rect {
                            x,
                            y,
                            w,
                            h,
                            fill,
                            stroke,
                        }
                    };
                    // The box first, then the text on it.
                    items.push(rect);
                    self.stack(p, t, &lines, y, pad, Some(items))?;
                }
                Ok(h)
            }
            Block::Heading { align, .. } => {
                let unit = &p.units[0];
                self.unit(p, 0, unit, t, x, y, w, *align, out)
            }
            Block::Paragraph { align, .. } => {
                let paragraphs = Stack {
                    x,
                    w,
                    align: *align,
                    spacing: 0.35,
                    bullets: false,
                };
                self.stack(p, t, &paragraphs, y, 0.0, out)
            }
            Block::List { .. } => {
                let items = Stack {
                    x,
                    w,
                    align: Align::Start,
                    spacing: 0.2,
                    bullets: true,
                };
                self.stack(p, t, &items, y, 0.0, out)
            }
            Block::Qr {
                target,
                size,
                alt,
                align,
                ..
            } => {
                let side = size.0;
                if side > w + 0.01 {
                    return Err(Overflow {
                        block: p.index,
                        message_id: alt.clone(),
                        amount: side - w,
                        available: w,
                        horizontal: true,
                    });
                }
                if let Some(items) = out {
                    let data = self
                        .input
                        .qr_targets
                        .get(target)
                        .cloned()
                        .unwrap_or_else(|| target.clone());
                    let modules = qr_modules(&data);
                    let n = modules.len() as f32;
                    let (rtl, alt_text) = self.figure_text(p, alt);
                    let qx = aligned_x(*align, rtl, x, w, side);
                    let ink = layout.color("ink").unwrap_or(Color::BLACK);
                    items.push(Item::Qr {
                        x: qx,
                        y,
                        module: side / n,
                        modules,
                        color: ink,
                        alt: alt_text,
                        block: p.index,
                    });
                    if let Some(unit) = p.units.first() {
                        self.figure_lines(p, unit, qx, y, side, items);
                    }
                }
                Ok(side)
            }
            Block::Image {
                path,
                width,
                alt,
                align,
                ..
            } => {
                let Some(image) = self.input.images.get(path) else {
                    return Ok(0.0);
                };
                let iw = width.0.min(w);
                let ih = iw * image.aspect();
                if let Some(items) = out {
                    let (rtl, alt) = self.figure_text(p, alt);
                    let ix = aligned_x(*align, rtl, x, w, iw);
                    items.push(Item::Image {
                        x: ix,
                        y,
                        w: iw,
                        h: ih,
                        image: image.clone(),
                        path: path.clone(),
                        alt,
                        block: p.index,
                    });
                }
                Ok(ih)
            }
        }
    }

    /// A figure's alternative text as invisible lines inside its square (see
    /// [`Role::FigureText`]): small enough that a few lines fit.
    fn figure_lines(
        &self,
        p: &Prepared,
        unit: &Unit,
        x: f32,
        y: f32,
        side: f32,
        items: &mut Vec<Item>,
    ) {
        let size = (side / 12.0).clamp(2.0, 6.0);
        let ranges = unit.para.break_lines(side / size);
        let at = Span {
            x,
            w: side,
            align: Align::Start,
            size,
        };
        let baseline = |i: usize| y + (i as f32 + 1.0) * size * 1.2;
        self.push_lines(items, p, 0, unit, &ranges, at, baseline, Role::FigureText);
    }

    /// The lines `ranges` of `unit`, placed in `at`; `baseline` gives each line's.
    #[allow(clippy::too_many_arguments)]
    fn push_lines(
        &self,
        items: &mut Vec<Item>,
        p: &Prepared,
        paragraph: usize,
        unit: &Unit,
        ranges: &[std::ops::Range<usize>],
        at: Span,
        baseline: impl Fn(usize) -> f32,
        role: Role,
    ) {
        let text: Arc<str> = Arc::from(unit.para.text.as_str());
        let lines = unit.para.lines(ranges, self.input.book);
        for (i, line) in lines.into_iter().enumerate() {
            let lw = line.width * at.size;
            items.push(Item::Text(TextLine {
                x: aligned_x(at.align, unit.rtl, at.x, at.w, lw),
                baseline: baseline(i),
                size: at.size,
                color: unit.color,
                line,
                text: text.clone(),
                lang: unit.locale.clone(),
                foreign: unit.foreign.clone(),
                role,
                block: p.index,
                paragraph,
                message_id: unit.message_id.clone(),
            }));
        }
    }

    /// A figure's direction (for its alignment) and alternative text, in its
    /// block's language.
    fn figure_text(&self, p: &Prepared, alt_id: &str) -> (bool, String) {
        let lang = self.input.language(p.block.lang());
        let alt = lang
            .texts
            .get(alt_id)
            .map(|s| crate::l10n::strip_isolates(s))
            .unwrap_or_default();
        (lang.rtl, alt)
    }

    /// A block's paragraphs (or list items) one below the other, the first `top` below
    /// `y`; measured, and drawn when `out` is given. Returns `top` plus their height.
    fn stack(
        &self,
        p: &Prepared,
        t: f32,
        stack: &Stack,
        y: f32,
        top: f32,
        mut out: Option<&mut Vec<Item>>,
    ) -> Result<f32, Overflow> {
        let mut h = top;
        for (i, unit) in p.units.iter().enumerate() {
            if i > 0 {
                h += size_at(self.input.layout.role(&unit.role), t) * stack.spacing;
            }
            h += if stack.bullets {
                self.list_item(p, i, unit, t, stack.x, y + h, stack.w, out.as_deref_mut())?
            } else {
                self.unit(
                    p,
                    i,
                    unit,
                    t,
                    stack.x,
                    y + h,
                    stack.w,
                    stack.align,
                    out.as_deref_mut(),
                )?
            };
        }
        Ok(h)
    }

    /// One paragraph: measured, and drawn when `out` is given. Returns its height.
    #[allow(clippy::too_many_arguments)]
    fn unit(
        &self,
        p: &Prepared,
        index: usize,
        unit: &Unit,
        t: f32,
        x: f32,
        y: f32,
        w: f32,
        align: Align,
        out: Option<&mut Vec<Item>>,
    ) -> Result<f32, Overflow> {
        let role = self.input.layout.role(&unit.role);
        let size = size_at(role, t);
        let ranges = match unit.tag {
            Role::Title | Role::Heading => balanced_lines(&unit.para, w / size),
            _ => unit.para.break_lines(w / size),
        };
        for r in &ranges {
            let lw = unit.para.width(r.clone()) * size;
            if lw > w + 0.01 {
                return Err(Overflow {
                    block: p.index,
                    message_id: unit.message_id.clone(),
                    amount: lw - w,
                    available: w,
                    horizontal: true,
                });
            }
        }
        let lh = line_height(role, size, unit);
        if let Some(items) = out {
            let at = Span { x, w, align, size };
            let baseline = |i: usize| {
                let top = y + i as f32 * lh;
                top + (lh - (unit.ascent + unit.descent) * size) / 2.0 + unit.ascent * size
            };
            self.push_lines(items, p, index, unit, &ranges, at, baseline, unit.tag);
        }
        Ok(lh * ranges.len() as f32)
    }

    /// A list item: the bullet in the start margin, the text indented beside it.
    #[allow(clippy::too_many_arguments)]
    fn list_item(
        &self,
        p: &Prepared,
        index: usize,
        unit: &Unit,
        t: f32,
        x: f32,
        y: f32,
        w: f32,
        out: Option<&mut Vec<Item>>,
    ) -> Result<f32, Overflow> {
        let role = self.input.layout.role(&unit.role);
        let size = size_at(role, t);
        let indent = size * 1.1;
        let text_x = if unit.rtl { x } else { x + indent };
        let mut out = out;
        // The bullet first: it is read before the item (the list label).
        if let (Some(items), Some(bullet)) = (out.as_deref_mut(), &unit.bullet) {
            let line = bullet.single_line(self.input.book);
            {
                let lh = line_height(role, size, unit);
                let baseline =
                    y + (lh - (unit.ascent + unit.descent) * size) / 2.0 + unit.ascent * size;
                let bw = line.width * size;
                let bx = if unit.rtl {
                    x + w - indent + (indent - bw) / 2.0
                } else {
                    x + (indent - bw) / 2.0 - size * 0.15
                };
                items.push(Item::Text(TextLine {
                    x: bx,
                    baseline,
                    size,
                    color: unit.color,
                    line,
                    text: Arc::from(bullet.text.as_str()),
                    lang: unit.locale.clone(),
                    foreign: Arc::from([]),
                    role: Role::ListLabel,
                    block: p.index,
                    paragraph: index,
                    message_id: unit.message_id.clone(),
                }));
            }
        }
        self.unit(p, index, unit, t, text_x, y, w - indent, Align::Start, out)
    }
}

/// Heading lines of even length: the narrowest width that still needs no more lines
/// than the full width does, so a heading never ends on a lone word.
fn balanced_lines(para: &ShapedParagraph, width: f32) -> Vec<std::ops::Range<usize>> {
    let lines = para.break_lines(width);
    if lines.len() < 2 {
        return lines;
    }
    let (mut lo, mut hi) = (width * 0.4, width);
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        if para.break_lines(mid).len() <= lines.len() {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    para.break_lines(hi)
}

/// Where a box `inner` wide starts in a box `w` wide at `x`, aligned as asked;
/// `Start` is the right edge in right-to-left pages.
fn aligned_x(align: Align, rtl: bool, x: f32, w: f32, inner: f32) -> f32 {
    match (align, rtl) {
        (Align::Center, _) => x + (w - inner) / 2.0,
        (Align::Start, false) | (Align::End, true) => x,
        _ => x + w - inner,
    }
}

/// The line height: the role's leading, or more for faces whose glyphs reach far
/// above or below (Khmer, Arabic), so stacked marks never touch the next line.
fn line_height(role: &RoleSpec, size: f32, unit: &Unit) -> f32 {
    size * role.leading.max(unit.extent * 1.1)
}

fn qr_modules(data: &str) -> Vec<Vec<bool>> {
    use qrcode::{EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::new(data.as_bytes()));
    let Ok(code) = code else { return Vec::new() };
    let width = code.width();
    let colors = code.to_colors();
    (0..width)
        .map(|row| {
            (0..width)
                .map(|col| colors[row * width + col] == qrcode::Color::Dark)
                .collect()
        })
        .collect()
}
