//! The pager: blocks placed on pages in one fit state, in rows of one full-width
//! block or of columns, each kind of block by a function of its own; a layout
//! that may continue on a second page is split between whole blocks.
//!
//! Measuring and drawing are one pass of the same code, drawing only when the
//! [`Pass`] has somewhere to draw, so what was measured is what is drawn.

use super::draft::Markings;
use super::frame::{gap_at, size_at, Fit, Frame, Overflow, Pass};
use super::input::LayoutInput;
use super::lines::{aligned_x, Lines, Stack};
use super::prepare::Prepared;
use crate::document::{Item, PageModel};
use crate::rules::layout::QR_QUIET_MODULES;
use crate::spec::{Align, Block, Color, Edge, Side};
use std::sync::Arc;

/// Places an output's prepared blocks on its pages.
pub(super) struct Pager<'a, 'b> {
    pub(super) input: &'b LayoutInput<'a>,
    pub(super) prepared: &'b [Prepared<'b>],
    /// The markings at the bottom edge (a draft, fallback text), if any.
    pub(super) markings: Option<&'b Markings<'a>>,
    /// The title, small, that opens a continuation page (an artifact).
    pub(super) running_title: Option<&'b Prepared<'b>>,
    /// Lists may take two columns even where the layout does not allow it: to
    /// find whether allowing it would help.
    pub(super) every_list_in_columns: bool,
    /// Banners and callouts may grow past their fixed `height`: the last
    /// resort, where no fit state fits inside it.
    pub(super) grow_boxes: bool,
}

/// Consecutive blocks: one full-width block, or several in columns.
enum Row<'p> {
    Single(&'p Prepared<'p>),
    Columns(Vec<Vec<&'p Prepared<'p>>>),
}

/// A banner's picture placed beside its lines: the picture, where it goes across
/// and its size, and the frame left for the lines.
struct Beside<'p> {
    image: Arc<crate::image::Image>,
    path: &'p str,
    alt: &'p str,
    x: f32,
    w: f32,
    h: f32,
    text: Frame,
}

/// What a figure block (a QR code, an image) gives: its width, the message id of
/// its alternative text, and its alignment.
struct Figure<'s> {
    width: f32,
    alt: &'s str,
    align: Align,
}

impl<'a, 'b> Pager<'a, 'b> {
    /// The line setter for this output's blocks.
    fn lines(&self) -> Lines<'b, 'a> {
        Lines { input: self.input }
    }

    /// Every page in fit state `fit`: measured, and drawn when `emit` is set.
    pub(super) fn pages(&self, fit: Fit, emit: bool) -> Result<Vec<PageModel>, Overflow> {
        if fit.second_page {
            return self.continued(fit, emit);
        }
        let spec = &self.input.layout.spec;
        (1..=spec.page.pages.fixed())
            .map(|page| {
                let blocks: Vec<&Prepared> = (self.prepared.iter())
                    .filter(|p| p.block.page() == page)
                    .collect();
                self.page(&self.rows(&blocks, false), fit, emit)
            })
            .collect()
    }

    /// The blocks on one page if they fit, else on two: as many as fit on the
    /// first, split where [`splits_between`] allows, the rest on the second
    /// under the running title. Fails with the whole page's overflow when no
    /// split leaves a first page that fits, or with the second page's.
    fn continued(&self, fit: Fit, emit: bool) -> Result<Vec<PageModel>, Overflow> {
        let blocks: Vec<&Prepared> = self.prepared.iter().collect();
        let all = self.rows(&blocks, false);
        let whole = match self.page(&all, fit, emit) {
            Ok(page) => return Ok(vec![page]),
            Err(o) => o,
        };
        // The closing band (the hotline, 911) stays on the first page, the
        // one a reader sees, and the text before it continues on the second.
        let rest = blocks.len() - closing_blocks(&blocks);
        for k in (1..rest).rev() {
            if !splits_between(blocks[k - 1], blocks[k]) {
                continue;
            }
            let mut first = blocks[..k].to_vec();
            first.extend(&blocks[rest..]);
            let first = self.rows(&first, true);
            if self.page(&first, fit, false).is_err() {
                continue;
            }
            let mut second: Vec<&Prepared> = self.running_title.into_iter().collect();
            second.extend(&blocks[k..rest]);
            let second = self.rows(&second, true);
            return Ok(vec![
                self.page(&first, fit, emit)?,
                self.page(&second, fit, emit)?,
            ]);
        }
        Err(whole)
    }

    /// The rows of `blocks`: a block without a column is a row of its own;
    /// consecutive blocks with columns share one. On a continued page, a row
    /// the split left with one column is flowed over two (see [`reflowed`]),
    /// or set full width where it cannot be split.
    fn rows<'p>(&self, blocks: &[&'p Prepared<'p>], continued: bool) -> Vec<Row<'p>> {
        let mut rows: Vec<Row> = Vec::new();
        for &p in blocks {
            match p.block.column() {
                None => rows.push(Row::Single(p)),
                Some(c) => {
                    if !matches!(rows.last(), Some(Row::Columns(_))) {
                        rows.push(Row::Columns(Vec::new()));
                    }
                    // A row of columns was pushed just above if the last was not one.
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
        if !continued {
            return rows;
        }
        let mut whole = Vec::with_capacity(rows.len());
        for row in rows {
            match row {
                Row::Columns(cols) if cols.iter().filter(|c| !c.is_empty()).count() < 2 => {
                    let blocks: Vec<&Prepared> = cols.into_iter().flatten().collect();
                    match reflowed(&blocks) {
                        Some(row) => whole.push(row),
                        None => whole.extend(blocks.into_iter().map(Row::Single)),
                    }
                }
                row => whole.push(row),
            }
        }
        whole
    }

    /// A page of `rows` in fit state `fit`: its rows measured and checked
    /// against the content area, then spread over it and drawn when `emit` is set.
    fn page(&self, rows: &[Row], fit: Fit, emit: bool) -> Result<PageModel, Overflow> {
        let layout = self.input.layout;
        let spec = &layout.spec.page;
        let size = layout.size;
        let margin = spec.margin.0;
        let content_w = size.width.0 - 2.0 * margin;
        let content_h = self.content_bottom() - margin;
        let gap = gap_at(spec, fit);

        // Measure every row, then spread what is left over the gaps (up to 5x).
        let mut heights = Vec::with_capacity(rows.len());
        for row in rows {
            let at = Frame {
                x: margin,
                y: 0.0,
                w: content_w,
            };
            heights.push(self.row(row, at, Pass::new(fit, None))?);
        }
        let used: f32 = heights.iter().sum::<f32>() + gap * rows.len().saturating_sub(1) as f32;
        if used > content_h + 0.01 {
            let (block, message_id) = culprit(rows, &heights);
            return Err(Overflow {
                block,
                message_id,
                amount: used - content_h,
                available: content_h,
                horizontal: false,
            });
        }
        let mut items = Vec::new();
        if emit {
            items.extend(self.background());
            // What is left opens up the gaps above the closing band (up to 5x).
            let closing = closing_rows(rows);
            let spare = content_h - used;
            // A page without one (a continued poster's last) keeps its text
            // together at the top.
            let gaps = rows.len().saturating_sub(closing.max(1)) as f32;
            let extra = if gaps > 0.0 && closing > 0 {
                (spare / gaps).min(gap * 5.0)
            } else {
                0.0
            };
            // Inside the closing band, the smallest gap, whatever the fit: the
            // band is the same in every language.
            let closing_gap = spec.gap.smallest(crate::spec::gap_floor).0;
            let closing_h: f32 = heights[rows.len() - closing..].iter().sum::<f32>()
                + closing_gap * closing.saturating_sub(1) as f32;
            let mut y = margin;
            for (i, row) in rows.iter().enumerate() {
                if i + closing == rows.len() {
                    // The closing band (a hotline box, an emergency banner) sits
                    // on the bottom edge, in the same place in every language.
                    y = margin + content_h - closing_h;
                }
                let at = Frame {
                    x: margin,
                    y,
                    w: content_w,
                };
                let pass = Pass {
                    level: closing > 0,
                    ..Pass::new(fit, Some(&mut items))
                };
                self.row(row, at, pass)?;
                y += heights[i];
                y += match i + closing < rows.len() {
                    true => gap + extra,
                    false => closing_gap,
                };
            }
            if let Some(markings) = self.markings {
                markings.mark(self.input, &mut items);
            }
        }
        Ok(PageModel {
            trim: size,
            bleed: spec.bleed.0,
            items,
        })
    }

    /// Where the content ends: at the bottom margin, or higher, above the
    /// markings' strip (the same in every output of the layout; more only for
    /// markings that must stack).
    fn content_bottom(&self) -> f32 {
        let layout = self.input.layout;
        let spec = &layout.spec.page;
        let reserved = match self.markings {
            Some(m) => m.reserved(self.input),
            None => super::draft::strip(self.input),
        };
        let height = layout.size.height.0;
        (height - spec.margin.0).min(height - spec.safe.0 - reserved)
    }

    /// The page's background colour, into the bleed, if the layout gives one.
    fn background(&self) -> Option<Item> {
        let layout = self.input.layout;
        let spec = &layout.spec.page;
        let bg = spec
            .background
            .as_ref()
            .and_then(|b| layout.color(b).ok())?;
        let b = colour_reach(spec);
        Some(Item::Rect {
            x: -b,
            y: -b,
            w: layout.size.width.0 + 2.0 * b,
            h: layout.size.height.0 + 2.0 * b,
            fill: Some(bg),
            stroke: None,
        })
    }

    /// A row in `at`; returns its height.
    fn row(&self, row: &Row, at: Frame, pass: Pass) -> Result<f32, Overflow> {
        match row {
            Row::Single(p) => self.block(p, at, pass),
            Row::Columns(cols) => self.columns(cols, at, pass),
        }
    }

    /// Columns side by side in `at`, each a stack of blocks; returns the
    /// tallest's height. When drawing on a page that closes with a band, a
    /// shorter column opens up evenly (see [`Pass::stretch`]) so that every
    /// column ends level with the tallest.
    fn columns(&self, cols: &[Vec<&Prepared>], at: Frame, mut pass: Pass) -> Result<f32, Overflow> {
        let spec = &self.input.layout.spec.page;
        let n = cols.len() as f32;
        let col_w = (at.w - spec.column_gap.0 * (n - 1.0)) / n;
        // Right-to-left text reads its first column on the right: the columns' own
        // language decides, the page's when they mix.
        let mut sides = cols.iter().flatten().map(|p| p.block.lang());
        let first = sides.next().unwrap_or(Side::Main);
        let side = if sides.all(|s| s == first) {
            first
        } else {
            Side::Main
        };
        let rtl = self.input.language(side).rtl;
        let heading_row = self.heading_row(cols, col_w, &pass)?;
        let mut heights = Vec::with_capacity(cols.len());
        for (c, blocks) in cols.iter().enumerate() {
            let slot = if rtl { cols.len() - 1 - c } else { c };
            let x = at.x + slot as f32 * (col_w + spec.column_gap.0);
            let column = Frame { x, w: col_w, ..at };
            heights.push(self.column(blocks, column, heading_row, pass.measuring())?);
        }
        let tallest = heights.iter().copied().fold(0.0f32, f32::max);
        if pass.out.is_some() {
            for (c, blocks) in cols.iter().enumerate() {
                let slot = if rtl { cols.len() - 1 - c } else { c };
                let x = at.x + slot as f32 * (col_w + spec.column_gap.0);
                let column = Frame { x, w: col_w, ..at };
                let openings = self.openings(blocks, pass.fit);
                let stretch = match openings > 0.0 && pass.level {
                    true => (tallest - heights[c]) / openings,
                    false => 0.0,
                };
                self.column(blocks, column, heading_row, pass.stretched(stretch))?;
            }
        }
        Ok(tallest)
    }

    /// One column's blocks one below the other in `at`, the first block taking
    /// the shared `heading_row` if it is a heading; returns the column's height.
    fn column(
        &self,
        blocks: &[&Prepared],
        at: Frame,
        heading_row: f32,
        mut pass: Pass,
    ) -> Result<f32, Overflow> {
        let gap = gap_at(&self.input.layout.spec.page, pass.fit);
        let mut y = at.y;
        for (i, p) in blocks.iter().enumerate() {
            if i > 0 {
                y += gap;
                if !matches!(blocks[i - 1].block, Block::Heading { .. }) {
                    y += 2.0 * pass.stretch;
                }
            }
            let h = self.block(p, Frame { y, ..at }, pass.again())?;
            y += if i == 0 && opens_with_heading(blocks) {
                heading_row
            } else {
                h
            };
        }
        Ok(y - at.y)
    }

    /// How many places a column opens up by [`Pass::stretch`]: each space
    /// between the paragraphs of a paragraph block or the items of a list in
    /// one column, and twice each space between blocks, but never under a
    /// heading (it stays with what it heads).
    fn openings(&self, blocks: &[&Prepared], fit: Fit) -> f32 {
        let between = (blocks.windows(2))
            .filter(|w| !matches!(w[0].block, Block::Heading { .. }))
            .count();
        let inside: usize = blocks
            .iter()
            .filter(|p| self.stretches(p, fit))
            .map(|p| p.units.len().saturating_sub(1))
            .sum();
        (2 * between + inside) as f32
    }

    /// Whether a block's paragraphs or items open up in a balanced column: a
    /// paragraph block, or a list in one column.
    fn stretches(&self, p: &Prepared, fit: Fit) -> bool {
        match p.block {
            Block::Paragraph { .. } => true,
            Block::List { .. } => !self.list_columns(p, fit),
            _ => false,
        }
    }

    /// The height of the row that the columns' opening headings share: the
    /// tallest of them. The blocks after the headings all start below it, as in
    /// a grid, so a heading that wraps does not leave its neighbours' lists
    /// higher than its own.
    fn heading_row(&self, cols: &[Vec<&Prepared>], w: f32, pass: &Pass) -> Result<f32, Overflow> {
        let mut row = 0.0f32;
        for blocks in cols.iter().filter(|b| opens_with_heading(b)) {
            let at = Frame { x: 0.0, y: 0.0, w };
            row = row.max(self.block(blocks[0], at, pass.measuring())?);
        }
        Ok(row)
    }

    /// A block in `at` at the pass's scale, measured and drawn by its kind's
    /// function; returns its height.
    fn block(&self, p: &Prepared, at: Frame, mut pass: Pass) -> Result<f32, Overflow> {
        if !self.stretches(p, pass.fit) {
            pass.stretch = 0.0;
        }
        match p.block {
            Block::Banner { fill, align, .. } | Block::Callout { fill, align, .. } => {
                self.panel(p, fill, *align, at, pass)
            }
            Block::Heading { align, .. } => self.heading(p, *align, at, pass),
            Block::Paragraph { align, .. } => self.paragraph(p, *align, at, pass),
            Block::List { .. } => self.list(p, at, pass),
            Block::Qr {
                target,
                size,
                alt,
                align,
                ..
            } => {
                let figure = Figure {
                    width: size.0,
                    alt,
                    align: *align,
                };
                self.qr(p, target, figure, at, pass)
            }
            Block::Image {
                path,
                width,
                height,
                fit,
                alt,
                align,
                ..
            } => {
                let figure = Figure {
                    width: width.0,
                    alt,
                    align: *align,
                };
                match height {
                    Some(h) => self.photo(p, path, figure, (h.0, *fit), at, pass),
                    None => self.image(p, path, figure, at, pass),
                }
            }
        }
    }

    /// A banner (full width, filled into the page edges) or a callout (a filled,
    /// optionally bordered box inside the margins): its lines on a `fill` box.
    fn panel(
        &self,
        p: &Prepared,
        fill: &str,
        align: Align,
        at: Frame,
        pass: Pass,
    ) -> Result<f32, Overflow> {
        let layout = self.input.layout;
        let is_banner = matches!(p.block, Block::Banner { .. });
        let first_size = (p.units.first()).map_or(12.0, |u| size_at(u.size, pass.fit.t_of(u.pair)));
        let pad = first_size * 0.6;
        // A banner's colour runs into the bleed, so its text needs no inset;
        // without bleed it stops at the safe line, close to the text.
        let inner = if is_banner && layout.spec.page.bleed.0 > 0.0 {
            at
        } else {
            Frame {
                x: at.x + pad,
                y: at.y,
                w: at.w - 2.0 * pad,
            }
        };
        let lines = Stack {
            align,
            spacing: 0.2,
            bullets: false,
        };
        let beside = self.beside(p, inner, pad);
        let text = beside.as_ref().map_or(inner, |b| b.text);
        // The space above the lines, and the panel's height: beside a picture,
        // the taller of the two sets the height and the other is centred on it.
        let (mut top, mut h) = match &beside {
            None => {
                let h = self
                    .lines()
                    .stack(p, &lines, inner, pad, pass.measuring())?;
                (pad, h + pad)
            }
            Some(b) => {
                let lines_h = self.lines().stack(p, &lines, text, 0.0, pass.measuring())?;
                let content = lines_h.max(b.h);
                (pad + (content - lines_h) / 2.0, pad + content + pad)
            }
        };
        if let Some(fixed) = p.block.fixed_height() {
            // The same box in every language: the lines centred in it, or an
            // overflow that the fit moves (smaller type first) must remove.
            if h > fixed.0 + 0.01 && !self.grow_boxes {
                return Err(Overflow {
                    block: p.index,
                    message_id: p
                        .units
                        .first()
                        .map(|u| u.message_id.clone())
                        .unwrap_or_default(),
                    amount: h - fixed.0,
                    available: fixed.0,
                    horizontal: false,
                });
            }
            top += (fixed.0 - h).max(0.0) / 2.0;
            h = h.max(fixed.0);
        }
        if let Some(items) = pass.out {
            // The box first, then the text on it, then the picture.
            items.push(self.panel_box(p, fill, first_size, at, h));
            let out = Some(&mut *items);
            self.lines()
                .stack(p, &lines, text, top, Pass::new(pass.fit, out))?;
            if let Some(b) = beside {
                let (_, alt) = self.figure_text(p, b.alt);
                items.push(Item::Image {
                    x: b.x,
                    y: at.y + (h - b.h) / 2.0,
                    w: b.w,
                    h: b.h,
                    image: b.image,
                    path: b.path.to_string(),
                    alt,
                    block: p.index,
                });
            }
        }
        Ok(h)
    }

    /// A banner's picture, at the start or end of the band `inner` in the
    /// banner's language, `gap` from the lines, which get the rest of the width.
    fn beside<'p>(&self, p: &'p Prepared, inner: Frame, gap: f32) -> Option<Beside<'p>> {
        let Block::Banner {
            image: Some(spec), ..
        } = p.block
        else {
            return None;
        };
        let image = self.input.images.get(&spec.path)?;
        let w = spec.width.0.min(inner.w / 2.0);
        let rtl = self.input.language(p.block.lang()).rtl;
        let on_left = (spec.side == Edge::Start) != rtl;
        let (x, text_x) = if on_left {
            (inner.x, inner.x + w + gap)
        } else {
            (inner.x + inner.w - w, inner.x)
        };
        Some(Beside {
            image: image.clone(),
            path: &spec.path,
            alt: &spec.alt,
            x,
            w,
            h: w * image.aspect(),
            text: Frame {
                x: text_x,
                y: inner.y,
                w: inner.w - w - gap,
            },
        })
    }

    /// The box of a banner or callout `h` tall in `at`.
    fn panel_box(&self, p: &Prepared, fill: &str, first_size: f32, at: Frame, h: f32) -> Item {
        let layout = self.input.layout;
        let page = &layout.spec.page;
        let fill = layout.color(fill).ok();
        let Frame { x, y, w } = at;
        if matches!(p.block, Block::Banner { .. }) {
            // Full width into the bleed; into the top or bottom edge too when the
            // banner is the page's first or last row.
            let b = colour_reach(page);
            let top = if y <= page.margin.0 + 0.01 { -b } else { y };
            let bottom = if (y + h) >= self.content_bottom() - 0.01 {
                layout.size.height.0 + b
            } else {
                y + h
            };
            return Item::Rect {
                x: -b,
                y: top,
                w: layout.size.width.0 + 2.0 * b,
                h: bottom - top,
                fill,
                stroke: None,
            };
        }
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
    }

    /// A heading: its one message, in balanced lines.
    fn heading(&self, p: &Prepared, align: Align, at: Frame, pass: Pass) -> Result<f32, Overflow> {
        self.lines().unit(p, 0, at, align, pass)
    }

    /// A paragraph block: its messages one below the other.
    fn paragraph(
        &self,
        p: &Prepared,
        align: Align,
        at: Frame,
        pass: Pass,
    ) -> Result<f32, Overflow> {
        let paragraphs = Stack {
            align,
            spacing: 0.35,
            bullets: false,
        };
        self.lines().stack(p, &paragraphs, at, 0.0, pass)
    }

    /// Whether a list is set in two columns in fit state `fit`.
    fn list_columns(&self, p: &Prepared, fit: Fit) -> bool {
        let allowed = in_two_columns(p.block) || self.every_list_in_columns;
        fit.list_columns && allowed && p.units.len() > 1
    }

    /// A bulleted list: its items one below the other, or in two columns
    /// (the first at the start) when the fit state and the list allow it.
    fn list(&self, p: &Prepared, at: Frame, mut pass: Pass) -> Result<f32, Overflow> {
        let items = Stack {
            align: Align::Start,
            spacing: 0.2,
            bullets: true,
        };
        let n = p.units.len();
        if !self.list_columns(p, pass.fit) {
            return self.lines().stack_range(p, &items, at, 0.0, 0..n, pass);
        }
        let column_gap = self.input.layout.spec.page.column_gap.0;
        let w = (at.w - column_gap) / 2.0;
        let column = |x: f32| Frame { x, y: at.y, w };
        // The split that makes the taller column shortest.
        let mut best = (f32::INFINITY, 1);
        for split in 1..n {
            let first = self.lines().stack_range(
                p,
                &items,
                column(at.x),
                0.0,
                0..split,
                pass.measuring(),
            )?;
            let second = self.lines().stack_range(
                p,
                &items,
                column(at.x),
                0.0,
                split..n,
                pass.measuring(),
            )?;
            if first.max(second) < best.0 {
                best = (first.max(second), split);
            }
        }
        let (height, split) = best;
        if pass.out.is_some() {
            let rtl = self.input.language(p.block.lang()).rtl;
            let (start, end) = (at.x, at.x + w + column_gap);
            let (first_x, second_x) = if rtl { (end, start) } else { (start, end) };
            (self.lines()).stack_range(p, &items, column(first_x), 0.0, 0..split, pass.again())?;
            (self.lines()).stack_range(p, &items, column(second_x), 0.0, split..n, pass.again())?;
        }
        Ok(height)
    }

    /// A QR code for `target`, a square as wide as the figure, with its
    /// alternative text inside it, and around it the quiet zone of four
    /// modules that scanners need (ISO/IEC 18004), kept free of other ink; its
    /// size does not change with the fit.
    fn qr(
        &self,
        p: &Prepared,
        target: &str,
        figure: Figure,
        at: Frame,
        pass: Pass,
    ) -> Result<f32, Overflow> {
        let side = figure.width;
        let data =
            (self.input.qr_targets.get(target).cloned()).unwrap_or_else(|| target.to_string());
        let modules = qr_modules(&data);
        let module = side / modules.len().max(1) as f32;
        let quiet = QR_QUIET_MODULES * module;
        let outer = side + 2.0 * quiet;
        if outer > at.w + 0.01 {
            return Err(Overflow {
                block: p.index,
                message_id: figure.alt.to_string(),
                amount: outer - at.w,
                available: at.w,
                horizontal: true,
            });
        }
        if let Some(items) = pass.out {
            let (rtl, alt) = self.figure_text(p, figure.alt);
            let qx = aligned_x(figure.align, rtl, at.x + quiet, at.w - 2.0 * quiet, side);
            let qy = at.y + quiet;
            let ink = self.input.layout.color("ink").unwrap_or(Color::BLACK);
            items.push(Item::Qr {
                x: qx,
                y: qy,
                module,
                modules,
                color: ink,
                alt,
                block: p.index,
            });
            let square = Frame {
                x: qx,
                y: qy,
                w: side,
            };
            self.lines().figure_lines(p, square, items);
        }
        Ok(outer)
    }

    /// The image at `path`, as wide as the figure or the frame, whichever is
    /// less: a photo in a box of its own proportions.
    fn image(
        &self,
        p: &Prepared,
        path: &str,
        figure: Figure,
        at: Frame,
        pass: Pass,
    ) -> Result<f32, Overflow> {
        let Some(image) = self.input.images.get(path) else {
            return Ok(0.0);
        };
        let height = figure.width.min(at.w) * image.aspect();
        let fit = crate::spec::Fit::Contain;
        self.photo(p, path, figure, (height, fit), at, pass)
    }

    /// A photo in a box `figure.width` (at most the frame's) by `height`:
    /// covering it, cropped to it, or inside it, centred.
    fn photo(
        &self,
        p: &Prepared,
        path: &str,
        figure: Figure,
        (height, fit): (f32, crate::spec::Fit),
        at: Frame,
        pass: Pass,
    ) -> Result<f32, Overflow> {
        let Some(image) = self.input.images.get(path) else {
            return Ok(0.0);
        };
        let bw = figure.width.min(at.w);
        let aspect = image.aspect();
        // Scaled to the box's width, unless it then falls short of the box's
        // height (cover) or overflows it (contain): then to the height.
        let tall = bw * aspect;
        let scale_to_height = match fit {
            crate::spec::Fit::Cover => tall < height,
            crate::spec::Fit::Contain => tall > height,
        };
        let (iw, ih) = if scale_to_height {
            (height / aspect, height)
        } else {
            (bw, bw * aspect)
        };
        if let Some(items) = pass.out {
            let (rtl, alt) = self.figure_text(p, figure.alt);
            let bx = aligned_x(figure.align, rtl, at.x, at.w, bw);
            let cropped = fit == crate::spec::Fit::Cover;
            if cropped {
                items.push(Item::ClipBegin {
                    x: bx,
                    y: at.y,
                    w: bw,
                    h: height,
                });
            }
            items.push(Item::Image {
                x: bx + (bw - iw) / 2.0,
                y: at.y + (height - ih) / 2.0,
                w: iw,
                h: ih,
                image: image.clone(),
                path: path.to_string(),
                alt,
                block: p.index,
            });
            if cropped {
                items.push(Item::ClipEnd);
            }
        }
        Ok(height)
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
}

/// Whether a continued layout may end page 1 after block `before` and open
/// page 2 with `after`: never after a heading (it would end the page without
/// its first item), and never before a box or a band (the hotline box, the 911
/// banner), which stay with what introduces them.
fn splits_between(before: &Prepared, after: &Prepared) -> bool {
    !matches!(before.block, Block::Heading { .. })
        && !matches!(after.block, Block::Callout { .. } | Block::Banner { .. })
}

/// One column's blocks, which a continued page left without the other,
/// flowed over two columns in reading order, split where the two hold about
/// as much text (a half-empty page reads as a mistake): `None` where no two
/// of them may part (a heading stays with what follows it).
fn reflowed<'p>(blocks: &[&'p Prepared<'p>]) -> Option<Row<'p>> {
    // A block's share of the page: its characters times its size squared
    // (each character's width and line height grow with the size).
    let weight = |p: &Prepared| -> f32 {
        let units = p.units.iter();
        units
            .map(|u| u.para.text.chars().count() as f32 * u.size[0] * u.size[0])
            .sum()
    };
    let weights: Vec<f32> = blocks.iter().map(|p| weight(p)).collect();
    let total: f32 = weights.iter().sum();
    let split = (1..blocks.len())
        .filter(|&j| splits_between(blocks[j - 1], blocks[j]))
        .min_by(|&a, &b| {
            let off = |j: usize| (2.0 * weights[..j].iter().sum::<f32>() - total).abs();
            off(a).total_cmp(&off(b))
        })?;
    Some(Row::Columns(vec![
        blocks[..split].to_vec(),
        blocks[split..].to_vec(),
    ]))
}

/// Whether a block is a list that may be set in two columns (`columns = [1, 2]`).
pub(super) fn in_two_columns(block: &Block) -> bool {
    matches!(
        block,
        Block::List {
            columns: Some(crate::spec::Bounds::Two([1, 2])),
            ..
        }
    )
}

/// How many of a page's last rows form its closing band, which sits on the
/// bottom edge: the full-width boxes that end it, if it ends with a banner.
fn closing_rows(rows: &[Row]) -> usize {
    closing_band(rows.iter().map(|row| match row {
        Row::Single(p) => Some(p.block),
        Row::Columns(_) => None,
    }))
}

/// How many of an output's last blocks form its closing band: the
/// full-width banners and callouts that end it, if it ends with a banner (as
/// [`closing_rows`] finds them among a page's rows).
fn closing_blocks(blocks: &[&Prepared]) -> usize {
    closing_band(
        blocks
            .iter()
            .map(|p| p.block.column().is_none().then_some(p.block)),
    )
}

/// The closing band of a sequence of rows or blocks, each a full-width block
/// or `None`: the banners and callouts that end it if the last is a banner,
/// never the whole sequence.
fn closing_band<'s>(
    full_width: impl DoubleEndedIterator<Item = Option<&'s Block>> + ExactSizeIterator,
) -> usize {
    let n = full_width.len();
    let mut from_end = full_width.rev().peekable();
    if !matches!(from_end.peek(), Some(Some(Block::Banner { .. }))) {
        return 0;
    }
    let panel =
        |b: &Option<&Block>| matches!(b, Some(Block::Banner { .. } | Block::Callout { .. }));
    from_end.take_while(panel).count().min(n.saturating_sub(1))
}

/// Whether a column's first block is a heading (with more below it).
fn opens_with_heading(blocks: &[&Prepared]) -> bool {
    blocks.len() > 1 && matches!(blocks[0].block, Block::Heading { .. })
}

/// The block to name when a page overflows: the tallest row's, or in a row of
/// columns the block with the most text, with its first message id.
fn culprit(rows: &[Row], heights: &[f32]) -> (usize, String) {
    let first_id = |p: &Prepared| {
        p.units
            .first()
            .map(|u| u.message_id.clone())
            .unwrap_or_default()
    };
    let biggest = rows
        .iter()
        .zip(heights)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(r, _)| r);
    match biggest {
        Some(Row::Single(p)) => (p.index, first_id(p)),
        Some(Row::Columns(cols)) => cols
            .iter()
            .flatten()
            .max_by_key(|p| p.units.iter().map(|u| u.para.text.len()).sum::<usize>())
            .map(|p| (p.index, first_id(p)))
            .unwrap_or_default(),
        None => (0, String::new()),
    }
}

/// How far past the trim colour that runs "into the page edge" (the page's
/// background, banners) reaches: into the bleed on a page for a print shop.
/// A page without bleed is for office printers, which cannot print its outer
/// 1/4 in, so there the colour stops short of the trim, at the safe line (a
/// negative reach; `flyer check` keeps `safe` at 1/4 in or more, issue 22).
fn colour_reach(page: &crate::spec::PageSpec) -> f32 {
    if page.bleed.0 > 0.0 {
        page.bleed.0
    } else {
        -page.safe.0
    }
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

#[cfg(test)]
mod tests {
    use super::super::prepare::prepare;
    use super::super::tests::with_input;
    use super::*;
    use crate::document::TextLine;

    /// A US Letter page (612 x 792 pt), 36 pt margins and 18 pt between columns:
    /// each of two columns is (612 - 2 * 36 - 18) / 2 = 261 pt wide.
    const PAGE: &str = r##"
        description = "test"
        title = "title"
        [page]
        size = "letter"
        margin = "36pt"
        column-gap = "18pt"
        pages = 2
        [palette]
        ink = "#000000"
        box = "#eeeeee"
        [roles.body]
        font = "regular"
        size = [12, 10]
        [roles.heading]
        font = "bold"
        size = [16, 12]
    "##;

    /// Two callouts side by side (column 1, then column 2) and a paragraph on page 2.
    const BLOCKS: &str = r##"
        [[block]]
        type = "callout"
        column = 1
        fill = "box"
        lines = [{ message = "words", role = "body" }]
        [[block]]
        type = "callout"
        column = 2
        fill = "box"
        lines = [{ message = "words", role = "body" }]
        [[block]]
        type = "paragraph"
        page = 2
        messages = ["words"]
    "##;

    /// The pages of `BLOCKS` at the largest sizes, in a left-to-right or a
    /// right-to-left language.
    fn pages(rtl: bool) -> Vec<PageModel> {
        pages_of(BLOCKS, &[("words", "Help is here")], rtl)
    }

    /// The pages of `blocks` (on [`PAGE`]) with these messages, at the largest sizes.
    fn pages_of(blocks: &str, messages: &[(&str, &str)], rtl: bool) -> Vec<PageModel> {
        with_input(&format!("{PAGE}{blocks}"), messages, rtl, |input| {
            let prepared = prepare(input).unwrap();
            let pager = Pager {
                input,
                prepared: &prepared,
                markings: None,
                running_title: None,
                every_list_in_columns: false,
                grow_boxes: false,
            };
            pager.pages(Fit::DESIGNED, true).unwrap()
        })
    }

    /// The boxes on a page, as (x, y, w).
    fn boxes(page: &PageModel) -> Vec<(f32, f32, f32)> {
        let rects = page.items.iter().filter_map(|item| match item {
            Item::Rect { x, y, w, .. } => Some((*x, *y, *w)),
            _ => None,
        });
        rects.collect()
    }

    /// The text lines of block `block` on a page.
    fn lines(page: &PageModel, block: usize) -> Vec<&TextLine> {
        let texts = page.items.iter().filter_map(|item| match item {
            Item::Text(line) if line.block == block => Some(line),
            _ => None,
        });
        texts.collect()
    }

    #[test]
    fn columns_stand_side_by_side() {
        let pages = pages(false);
        // Column 1 at the margin, column 2 one column and one gap further, both at
        // the top margin and one column wide.
        assert_eq!(
            boxes(&pages[0]),
            [(36.0, 36.0, 261.0), (36.0 + 261.0 + 18.0, 36.0, 261.0)]
        );
        let (first, second) = (lines(&pages[0], 0), lines(&pages[0], 1));
        assert_eq!((first.len(), second.len()), (1, 1));
        assert_eq!(first[0].baseline, second[0].baseline);
        assert!((second[0].x - first[0].x - (261.0 + 18.0)).abs() < 1e-3);
    }

    #[test]
    fn right_to_left_pages_put_column_one_on_the_right() {
        let pages = pages(true);
        assert_eq!(
            boxes(&pages[0]),
            [(36.0 + 261.0 + 18.0, 36.0, 261.0), (36.0, 36.0, 261.0)]
        );
        assert!(lines(&pages[0], 0)[0].x > lines(&pages[0], 1)[0].x);
    }

    #[test]
    fn a_block_on_page_two_lands_on_page_two() {
        let pages = pages(false);
        assert_eq!(pages.len(), 2);
        assert!(lines(&pages[0], 2).is_empty());
        assert!(boxes(&pages[1]).is_empty());
        let on_two = lines(&pages[1], 2);
        assert_eq!(on_two.len(), 1);
        assert_eq!(on_two[0].text.as_ref(), "Help is here");
        // Alone on its page: at the margin, its first line within the top 12 pt
        // of the content (one line of 12 pt type).
        assert_eq!(on_two[0].x, 36.0);
        assert!(on_two[0].baseline > 36.0 && on_two[0].baseline < 36.0 + 12.0 * 1.3);
        assert!(pages[1].items.iter().all(|item| match item {
            Item::Text(line) => line.block == 2,
            _ => false,
        }));
    }

    /// Two columns, each a heading over a list; column 1's heading is long
    /// enough to wrap in a column 261 pt wide, column 2's is one line.
    const HEADED_COLUMNS: &str = r##"
        [[block]]
        type = "heading"
        column = 1
        message = "long"
        [[block]]
        type = "list"
        column = 1
        items = ["words"]
        [[block]]
        type = "heading"
        column = 2
        message = "short"
        [[block]]
        type = "list"
        column = 2
        items = ["words"]
    "##;

    #[test]
    fn lists_under_headings_of_different_lengths_start_level() {
        let messages = [
            ("long", "What commercial sexual exploitation can look like"),
            ("short", "Signs"),
            ("words", "Help is here"),
        ];
        let page = &pages_of(HEADED_COLUMNS, &messages, false)[0];
        let (long, short) = (lines(page, 0), lines(page, 2));
        assert_eq!((long.len(), short.len()), (2, 1), "one heading wraps");
        // The headings' first lines are level, and so are the lists below them.
        assert_eq!(long[0].baseline, short[0].baseline);
        let (first, second) = (lines(page, 1), lines(page, 3));
        let items: Vec<_> = (first.iter().chain(&second))
            .filter(|l| l.role == crate::document::Role::ListBody)
            .map(|l| l.baseline)
            .collect();
        assert_eq!(items.len(), 2);
        assert!((items[0] - items[1]).abs() < 1e-3, "{items:?}");
    }

    /// A banner at the top of the page with a logo 72 pt wide at its start,
    /// over a paragraph.
    const LOGO_BANNER: &str = r##"
        [[block]]
        type = "banner"
        fill = "box"
        lines = [{ message = "words", role = "body" }]
        image = { path = "logo.png", width = "72pt", alt = "logo-alt" }
        [[block]]
        type = "paragraph"
        messages = ["words"]
    "##;

    #[test]
    fn a_banners_picture_sits_at_its_start_beside_the_lines() {
        let messages = [("words", "Help is here"), ("logo-alt", "Maple Street")];
        // 0.6 times the 12 pt line's size, around the band's content (inside
        // the margins too: without bleed, the colour stops at the safe line)
        // and between the picture and the line.
        let pad = 12.0 * 0.6;
        for rtl in [false, true] {
            let page = &pages_of(LOGO_BANNER, &messages, rtl)[0];
            let pictures: Vec<_> = (page.items.iter())
                .filter_map(|item| match item {
                    Item::Image {
                        x, y, w, h, alt, ..
                    } => Some((*x, *y, *w, *h, alt.as_str())),
                    _ => None,
                })
                .collect();
            let line = lines(page, 0)[0];
            let line_end = line.x + line.line.width * line.size;
            if rtl {
                // At the right margin, the line right-aligned beside it.
                assert_eq!(
                    pictures,
                    [(
                        612.0 - 36.0 - pad - 72.0,
                        36.0 + pad,
                        72.0,
                        36.0,
                        "Maple Street"
                    )]
                );
                assert!(
                    (line_end - (612.0 - 36.0 - pad - 72.0 - pad)).abs() < 1e-3,
                    "{line_end}"
                );
            } else {
                let at = 36.0 + pad;
                assert_eq!(pictures, [(at, 36.0 + pad, 72.0, 36.0, "Maple Street")]);
                assert!((line.x - (at + 72.0 + pad)).abs() < 1e-3, "{}", line.x);
            }
            // The picture is taller than the line: it sets the band's height,
            // and the line is centred on it.
            let band = page.items.iter().find_map(|item| match item {
                Item::Rect { y, h, .. } => Some(y + h),
                _ => None,
            });
            let bottom = band.unwrap();
            assert!(
                (bottom - (36.0 + pad + 36.0 + pad)).abs() < 1e-3,
                "{bottom}"
            );
            assert!((line.baseline - (36.0 + pad + 18.0)).abs() < 12.0 * 0.5);
        }
    }
}
