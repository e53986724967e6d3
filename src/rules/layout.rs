//! Rules on a layout on its own, which `flyer build` runs too: contrast, the
//! smallest type sizes for the kind of page, and text inside the safe zone.
//!
//! - `contrast`: text colour against its background below WCAG 4.5:1 (3:1 large);
//! - `min-size`: body text that may shrink below the page's minimum;
//! - `safe-zone`: a margin inside the safe zone;
//! - `card-safe`: a card whose safe zone is under 3/16 in;
//! - `office-margin`: a page without bleed (for office printers) whose safe
//!   zone is under the 1/4 in those printers cannot print;
//! - `qr-quiet-zone` (checked with the code's payload, by the build): a QR code
//!   that with its quiet zone is wider than its column;
//! - `type-shrunk` (a warning, of a laid-out output): running text set below
//!   90% of its largest size;
//! - `image-resolution` (of a laid-out output): a raster image placed under
//!   150 pixels per inch (a warning), or under 100 (an error);
//! - with a print shop's profile (`flyer check` only): `print-gamut`, a palette
//!   colour the press prints far from its screen look, `print-ink-limit`, a
//!   CMYK one over the press's total ink, and `print-ink-black`, text colour
//!   `ink` that would not print on the black plate alone.

use crate::diag::Diagnostic;
use crate::press::Press;
use crate::spec::{Block, Layout, PaperSpec};
use crate::units::{Pt, PT_PER_IN};
use std::collections::{BTreeMap, BTreeSet};

/// Checks of a layout on its own, which `flyer build` also runs: contrast, the
/// smallest type sizes for the kind of page, and text inside the safe zone.
pub fn layout_checks(layout: &Layout) -> Vec<Diagnostic> {
    let mut out = contrast(layout);
    out.extend(minimum_sizes(layout));
    let page = &layout.spec.page;
    if page.margin.0 + 0.01 < page.safe.0 {
        out.push(
            Diagnostic::error(
                "safe-zone",
                format!(
                    "the margin ({}) is inside the safe zone ({}): text could be trimmed off",
                    page.margin, page.safe
                ),
            )
            .at(layout.file.toml_location(&["page", "margin"]))
            .layout(&layout.name)
            .hint("make margin at least as large as safe (1/8 in, better 1/4 in, from the trim)"),
        );
    }
    out.extend(print_safety(layout));
    out
}

/// A card's text keeps at least 3/16 in (about 4.8 mm) from the trim: cards
/// are cut in stacks, and a cut may wander by 1/16 in or more.
pub const CARD_SAFE: Pt = Pt(13.5);

/// The outer band of the paper that office printers cannot print: 1/4 in.
pub const OFFICE_MARGIN: Pt = Pt(18.0);

/// A page no larger than this on either side is a card: 4.25 in, a quarter
/// of US Letter (the largest postcard).
const CARD_MAX_SIDE: Pt = Pt(306.0);

/// Whether the layout's page is a card: a named card size, or a page of your
/// own no larger than [`CARD_MAX_SIDE`] either way.
pub fn is_card(layout: &Layout) -> bool {
    let named_card = matches!(&layout.spec.page.size,
        PaperSpec::Named(name) if name.to_ascii_lowercase().starts_with("card-"));
    let small = layout.size.width.0.max(layout.size.height.0) <= CARD_MAX_SIDE.0 + 0.01;
    named_card || small
}

/// The safe zone against what the page is printed on: `card-safe` and
/// `office-margin`, both at the layout's `safe`.
fn print_safety(layout: &Layout) -> Vec<Diagnostic> {
    let page = &layout.spec.page;
    let at = || layout.file.toml_location(&["page", "safe"]);
    let mut out = Vec::new();
    if is_card(layout) && page.safe.0 + 0.01 < CARD_SAFE.0 {
        out.push(
            Diagnostic::error(
                "card-safe",
                format!(
                    "a card's safe zone is {}, under the {} a card needs: a cut that wanders takes text with it",
                    inches(page.safe),
                    inches(CARD_SAFE)
                ),
            )
            .at(at())
            .layout(&layout.name)
            .hint("write safe = \"0.1875in\" (3/16 in, 4.8 mm) and a margin at least as large; to fit the text, show fewer items on the card or make its QR code smaller"),
        );
    }
    if page.bleed.0 <= 0.0 && page.safe.0 + 0.01 < OFFICE_MARGIN.0 {
        out.push(
            Diagnostic::error(
                "office-margin",
                format!(
                    "a page without bleed is for office printers, which cannot print its outer {}; its safe zone is {}",
                    inches(OFFICE_MARGIN),
                    inches(page.safe)
                ),
            )
            .at(at())
            .layout(&layout.name)
            .hint("add bleed for a print shop (bleed = \"0.125in\", or \"3mm\"), or write safe = \"0.25in\" and a margin at least as large"),
        );
    }
    out
}

/// The quiet zone a QR code keeps on each side, in modules: the four ISO/IEC
/// 18004 asks for; the pager draws it with this same constant.
pub const QR_QUIET_MODULES: f32 = 4.0;

/// `qr-quiet-zone`: the QR code of block `index`, `modules` wide, whose size
/// with its quiet zone is wider than the column it is set in, at its `size`.
/// Laying it out would fail anyway, but as text too wide for its box; this
/// says what to change.
pub fn qr_quiet_zone(layout: &Layout, index: usize, modules: usize) -> Option<Diagnostic> {
    let block = layout.spec.blocks.get(index)?;
    let Block::Qr { size, .. } = block.get_ref() else {
        return None;
    };
    let quiet = QR_QUIET_MODULES * size.0 / modules.max(1) as f32;
    let needed = size.0 + 2.0 * quiet;
    let column = column_width(layout, index);
    if needed <= column + 0.01 {
        return None;
    }
    let largest = size.0 * column / needed;
    let approx = |pt: f32| format!("{:.2} in", pt / PT_PER_IN);
    Some(
        Diagnostic::error(
            "qr-quiet-zone",
            format!(
                "the QR code is {} wide and keeps a quiet zone of {QR_QUIET_MODULES} modules ({}) on each side: {} in all, wider than its column of {}",
                inches(*size),
                approx(quiet),
                approx(needed),
                approx(column)
            ),
        )
        .at(layout.file.toml_location(&["block", &index.to_string(), "size"]))
        .layout(&layout.name)
        .hint(format!(
            "make size at most \"{:.2}in\", or give the code a wider column (fewer columns in its row, or none)",
            (largest / PT_PER_IN * 100.0).floor() / 100.0
        )),
    )
}

/// The width block `index` is set in: the width between the margins, or its
/// column's share of it. Consecutive blocks of a page with a `column` form a
/// row, with as many columns as the highest column number in it (as the pager
/// places them).
fn column_width(layout: &Layout, index: usize) -> f32 {
    let page = &layout.spec.page;
    let inside = layout.size.width.0 - 2.0 * page.margin.0;
    let blocks = &layout.spec.blocks;
    let Some(own_page) = blocks.get(index).map(|b| b.get_ref().page()) else {
        return inside;
    };
    if blocks[index].get_ref().column().is_none() {
        return inside;
    }
    // The row: the run of column blocks on this page around `index`.
    let on_page: Vec<(usize, Option<usize>)> = (blocks.iter().enumerate())
        .filter(|(_, b)| b.get_ref().page() == own_page)
        .map(|(i, b)| (i, b.get_ref().column()))
        .collect();
    let at = on_page.iter().position(|&(i, _)| i == index).unwrap_or(0);
    let start = on_page[..at]
        .iter()
        .rposition(|(_, c)| c.is_none())
        .map_or(0, |p| p + 1);
    let end = on_page[at..]
        .iter()
        .position(|(_, c)| c.is_none())
        .map_or(on_page.len(), |p| at + p);
    let columns = on_page[start..end]
        .iter()
        .filter_map(|(_, c)| *c)
        .max()
        .unwrap_or(1) as f32;
    (inside - page.column_gap.0 * (columns - 1.0)) / columns
}

/// A length in inches as a reader writes it: `0.1875 in`, `0.25 in`.
pub fn inches(length: Pt) -> String {
    let written = format!("{:.4}", length.0 / PT_PER_IN);
    let written = written.trim_end_matches('0').trim_end_matches('.');
    format!("{written} in")
}

/// The smallest body text a page may have: 16 pt on tabloid posters (as hotline-
/// poster laws ask), 11 pt on letter and A4, 7 pt on cards.
pub fn minimum_body_size(layout: &Layout) -> f32 {
    let short_side = layout.size.width.0.min(layout.size.height.0);
    if short_side >= 780.0 {
        16.0
    } else if short_side >= 400.0 {
        11.0
    } else {
        7.0
    }
}

/// The page's minimum body size, when every role of its body text (paragraphs
/// and lists) may already shrink to it and no further: lowering the smallest
/// sizes would break the minimum-size rule.
pub fn body_at_minimum(layout: &Layout) -> Option<f32> {
    let least = minimum_body_size(layout);
    let mut roles = body_roles(layout).peekable();
    roles.peek()?;
    roles
        .all(|role| layout.role(role).min() <= least + 0.001)
        .then_some(least)
}

/// Running text set smaller than this share of its role's largest size, out
/// of the 10% band that keeps one look in every language, is worth a warning:
/// the layout's range allowed it, but the reader gets less than the designer
/// drew.
pub const SHRINK_WARNING: f32 = 0.9;

/// The roles of the layout's running text (paragraphs and lists) that `sizes`
/// (each role's size in an output) sets below [`SHRINK_WARNING`] of their
/// largest size, with that size. Display type (titles, headings, numbers) is
/// left out: its ranges are wide on purpose.
pub fn shrunk_roles(layout: &Layout, sizes: &BTreeMap<String, f32>) -> Vec<(String, f32)> {
    let roles: BTreeSet<&String> = body_roles(layout).collect();
    roles
        .into_iter()
        .filter_map(|role| {
            let size = *sizes.get(role)?;
            (size < layout.role(role).max() * SHRINK_WARNING).then(|| (role.clone(), size))
        })
        .collect()
}

/// A role's size in one output: the output's layout (as built: a sheet's
/// name for a card on a sheet) and locale.
#[derive(Debug, Clone, Default)]
pub struct SetAt {
    pub output: String,
    pub locale: String,
    pub size: f32,
}

/// The warning for `role` of `layout` set below [`SHRINK_WARNING`] of its
/// largest size in some outputs, naming them all. With several locales it
/// gives the smallest size and where.
pub fn type_shrunk(layout: &Layout, role: &str, sizes: &[SetAt]) -> Diagnostic {
    let largest = layout.role(role).max();
    let what = if role == "body" {
        "body text".to_string()
    } else {
        format!("`{role}` text")
    };
    let least = sizes.iter().min_by(|a, b| a.size.total_cmp(&b.size));
    let SetAt {
        locale: smallest_in,
        size: smallest,
        ..
    } = least.cloned().unwrap_or_default();
    let share = (100.0 * smallest / largest).round();
    let locales: BTreeSet<&str> = sizes.iter().map(|s| s.locale.as_str()).collect();
    let mut d = if locales.len() > 1 {
        Diagnostic::warning(
            "type-shrunk",
            format!(
                "{what} set below {}% of its largest {largest} pt in {} locales, down to {smallest:.1} pt ({share}%) in {smallest_in}",
                SHRINK_WARNING * 100.0,
                locales.len()
            ),
        )
    } else {
        Diagnostic::warning(
            "type-shrunk",
            format!("{what} set at {smallest:.1} pt, {share}% of its largest {largest} pt"),
        )
        .locale(smallest_in)
    };
    d = d
        .at(layout.file.toml_location(&["roles", role]))
        .layout(&layout.name)
        .hint(format!(
            "shorten the text, or give it more room (a larger page, or fewer blocks on it); if {smallest:.1} pt reads well, lower the largest size in [roles.{role}] nearer to it"
        ));
    for set in sizes {
        d = d.stops(&set.output, &set.locale);
    }
    d
}

/// The roles of the layout's body text: paragraphs and lists.
fn body_roles(layout: &Layout) -> impl Iterator<Item = &String> {
    layout.spec.blocks.iter().filter_map(|b| match b.get_ref() {
        Block::Paragraph { role, .. } | Block::List { role, .. } => Some(role),
        _ => None,
    })
}

/// Body text (paragraphs and lists) below the page's minimum size.
fn minimum_sizes(layout: &Layout) -> Vec<Diagnostic> {
    let least = minimum_body_size(layout);
    let mut reported = BTreeSet::new();
    let mut out = Vec::new();
    for role in body_roles(layout) {
        if layout.role(role).min() + 0.001 < least && reported.insert(role.clone()) {
            let at = layout.file.toml_location(&["roles", role]);
            out.push(
                Diagnostic::error("min-size", format!("role `{role}` may shrink to {} pt; body text on this page must stay at {least} pt or more", layout.role(role).min()))
                    .at(at)
                    .layout(&layout.name)
                    .hint(format!("raise the smallest size of [roles.{role}] to {least}, and shorten text or enlarge the page if it then does not fit")),
            );
        }
    }
    out
}

/// Text against its background: WCAG 2.1 contrast, 4.5:1 (3:1 for large text).
fn contrast(layout: &Layout) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let paper = layout
        .spec
        .page
        .background
        .as_ref()
        .and_then(|b| layout.color(b).ok())
        .or_else(|| layout.color("paper").ok())
        .unwrap_or(crate::spec::Color::WHITE);
    for block in &layout.spec.blocks {
        let (background, lines): (_, Vec<(Option<&String>, &str)>) = match block.get_ref() {
            Block::Banner { fill, lines, .. } | Block::Callout { fill, lines, .. } => (
                layout.color(fill).unwrap_or(paper),
                lines
                    .iter()
                    .map(|l| (l.color.as_ref(), l.role.as_str()))
                    .collect(),
            ),
            other => (
                paper,
                other.roles().into_iter().map(|r| (None, r)).collect(),
            ),
        };
        for (color, role_name) in lines {
            let role = layout.role(role_name);
            let name = color.or(role.color.as_ref()).map_or("ink", String::as_str);
            let Ok(fg) = layout.color(name) else { continue };
            let ratio = fg.contrast(background);
            let large = role.min() >= 18.0
                || (role.min() >= 14.0 && role.font == crate::spec::Weight::Bold);
            let need = if large { 3.0 } else { 4.5 };
            if ratio < need {
                out.push(Diagnostic::error("contrast", format!("text colour `{name}` on its background has contrast {ratio:.2}:1, below {need}:1"))
                    .at(layout.file.location(block.span().start))
                    .layout(&layout.name)
                    .hint("darken the text or lighten the background in [palette] (WCAG 2.1 asks 4.5:1, 3:1 for large text)"));
            }
        }
    }
    out
}

/// Palette colours on the print shop's press: an sRGB colour it cannot print
/// close to its look (CIEDE2000 above [`MAX_PRINT_DELTA_E`]), and a CMYK one
/// that takes more ink than the press does.
pub fn print_colours(layout: &Layout, press: &Press, condition: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (name, colour) in &layout.spec.palette {
        let at = || layout.file.toml_location(&["palette", name]);
        if let Some(cmyk) = colour.cmyk {
            let ink = Press::total_ink(cmyk);
            if ink > press.ink_limit + 0.05 {
                out.push(
                    Diagnostic::warning(
                        "print-ink-limit",
                        format!(
                            "palette colour `{name}` is {ink:.0}% ink; the {condition} press takes at most {:.0}%",
                            press.ink_limit
                        ),
                    )
                    .at(at())
                    .hint("lower cyan, magenta or yellow until the four add up to the limit (a rich black: cmyk(40, 30, 30, 100))")
                    .layout(&layout.name),
                );
            }
            continue;
        }
        let printed = press.convert([colour.r, colour.g, colour.b]);
        if name == "ink" && printed.cmyk != crate::press::PURE_BLACK {
            let [c, m, y, k] = printed.cmyk.map(|v| (v * 100.0).round());
            out.push(
                Diagnostic::warning(
                    "print-ink-black",
                    format!(
                        "the text colour `ink` is not a dark grey: converted for {condition} its text prints in four inks, cmyk({c}, {m}, {y}, {k}), with coloured fringes wherever the plates do not register"
                    ),
                )
                .at(at())
                .hint("make `ink` a neutral dark grey, like \"#1c1c1c\", to print on the black plate alone")
                .layout(&layout.name),
            );
        }
        if printed.delta_e > MAX_PRINT_DELTA_E {
            let [c, m, y, k] = printed.cmyk.map(|v| (v * 100.0).round());
            out.push(
                Diagnostic::warning(
                    "print-gamut",
                    format!(
                        "palette colour `{name}` cannot be printed on {condition} as it looks on screen: it becomes cmyk({c}, {m}, {y}, {k}), CIEDE2000 {:.1} away",
                        printed.delta_e
                    ),
                )
                .at(at())
                .hint(format!(
                    "pick a colour the press can print (a difference under {MAX_PRINT_DELTA_E}); or, if that print is what you want, say so in CMYK: `{name} = \"cmyk({c}, {m}, {y}, {k})\"`"
                ))
                .layout(&layout.name),
            );
        }
    }
    out
}

/// How far (CIEDE2000) a palette colour may print from its screen look before
/// `flyer check` says so: 5 is a difference a reader sees side by side.
pub const MAX_PRINT_DELTA_E: f32 = 5.0;

/// Pixels per inch under which a placed image prints visibly soft: a warning.
pub const WARN_PPI: f32 = 150.0;
/// ... and under which it prints blurred or blocky: an error.
pub const MIN_PPI: f32 = 100.0;

/// A raster image placed at `ppi` pixels per inch by block `block`: an error
/// under [`MIN_PPI`], a warning under [`WARN_PPI`], at the block's path.
pub fn image_resolution(layout: &Layout, block: usize, path: &str, ppi: f32) -> Option<Diagnostic> {
    let severity = if ppi < MIN_PPI {
        Diagnostic::error
    } else if ppi < WARN_PPI {
        Diagnostic::warning
    } else {
        return None;
    };
    let index = block.to_string();
    let at = (layout
        .file
        .toml_string_location(&["block", &index, "path"], path))
    .unwrap_or_else(|| layout.file.toml_location(&["block", &index]));
    let inches = |ppi_wanted: f32| ppi * 1.0 / ppi_wanted;
    Some(
        severity(
            "image-resolution",
            format!(
                "`{path}` is printed at {ppi:.0} pixels per inch; print needs {WARN_PPI:.0} or more (300 for photos looked at closely)"
            ),
        )
        .at(at)
        .layout(&layout.name)
        .hint(format!(
            "use a larger file (at this size, {:.0}% more pixels across for {WARN_PPI:.0} ppi), or place it smaller: at {:.0}% of its size it reaches {WARN_PPI:.0} ppi",
            (WARN_PPI / ppi - 1.0) * 100.0,
            inches(WARN_PPI) * 100.0
        )),
    )
}
