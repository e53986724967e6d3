//! Page layout and auto-fit: blocks of shaped text placed on pages.
//!
//! Auto-fit tries the fit moves in a fixed order and stops at the first state
//! that fits (see [`crate::spec::Bounds`] for each move's bounds):
//! 1. type sizes: every role's size lies in its `[largest, smallest]` range, and
//!    one number `t` (1 = every role at its largest, 0 = at its smallest) sets
//!    all of them at once, so the hierarchy and the look stay the same in every
//!    language;
//! 2. spacing, with type at its smallest: one number `s` tightens the gaps,
//!    paragraph spacing and leading together;
//! 3. hyphenation, in languages with patterns;
//! 4. lists set in two columns, where the layout allows it;
//! 5. a second page, where the layout allows it (instead of list columns).
//!
//! With each of 3 to 5 the search starts again from the largest sizes, so the
//! type is as large as the moves allow. A binary search (`fit.rs`) finds the
//! largest `t`, then `s`, at which every page fits.
//!
//! The parts, in order: `prepare.rs` shapes every block's messages once; the
//! pager (`pager.rs`) places blocks on pages in a fit state and `lines.rs` sets
//! their text, measuring and drawing with the same code, so what was measured is
//! what is drawn; `draft.rs` marks the pages of a draft translation, or with
//! text that fell back to another language.

mod draft;
mod fit;
mod frame;
mod ink;
mod input;
mod lines;
mod pager;
mod prepare;

use crate::diag::Diagnostic;
use crate::document::{Document, FitMoves};
use crate::spec::{Block, PageCount};
use draft::Markings;
use frame::{size_at, Fit, Overflow};
pub use ink::{collisions, CollidingLine, Collision};
pub use input::{Language, LayoutInput};
use pager::{in_two_columns, Pager};

/// Lays out one output: its blocks on pages, every role at the largest size at
/// which all pages fit, with the fewest fit moves beyond that.
pub fn lay_out(input: &LayoutInput) -> Result<Document, Diagnostic> {
    let layout = input.layout;
    let prepared = prepare::prepare(input)?;
    let markings = Markings::shape(input)?;
    let title_block = prepare::running_title_block(input);
    let running_title = match &title_block {
        Some(block) => Some(prepare::running_title(input, block, &prepared)?),
        None => None,
    };
    let pager = Pager {
        input,
        prepared: &prepared,
        markings: markings.as_ref(),
        running_title: running_title.as_ref(),
        every_list_in_columns: false,
        grow_boxes: false,
    };
    let states = with_pair_apart(input, allowed_states(input, &prepared));
    let (pager, fit) = match search(&pager, &states) {
        Ok(fit) => (pager, fit),
        // The last resort: a band or box taller than its fixed height here.
        Err(o) => {
            let growing = Pager {
                grow_boxes: true,
                ..pager
            };
            if !has_fixed_heights(input) {
                return Err(overflow_error(input, &pager, &o));
            }
            // Still too much with the boxes grown: what overflows now.
            let fit = search(&growing, &states).map_err(|o| overflow_error(input, &growing, &o))?;
            (growing, fit)
        }
    };
    let pages = (pager.pages(fit, true)).map_err(|o| overflow_error(input, &pager, &o))?;
    let sizes = layout
        .spec
        .roles
        .iter()
        .map(|(name, role)| (name.clone(), size_at(role.size, fit.t)))
        .collect();
    let title = input
        .main
        .texts
        .get(input.title_id)
        .map(|t| crate::l10n::strip_isolates(t))
        .unwrap_or_default();
    let moves = FitMoves {
        spacing: fit.s,
        hyphenated: fit.hyphens && hyphenated(&pages),
        list_columns: match fit.list_columns {
            true => prepared.iter().filter(|p| in_two_columns(p.block)).count(),
            false => 0,
        },
        continued: pages.len() > layout.spec.page.pages.fixed(),
        grown: pager.grow_boxes,
    };
    Ok(Document {
        title,
        lang: input.main.locale.to_string(),
        pages,
        fit: fit.t,
        sizes,
        moves,
    })
}

/// The fit states the layout allows beyond type sizes and spacing, in the
/// order they are tried: as designed, hyphenated, lists in two columns, a
/// second page (without the list columns, which a second page makes needless).
/// Each later move is tried first without hyphens: a hyphen is the last thing
/// a reader should have to pay for a move that may not need it.
fn allowed_states(input: &LayoutInput, prepared: &[prepare::Prepared]) -> Vec<Fit> {
    let hyphens = (prepared.iter())
        .flat_map(|p| &p.units)
        .any(|u| u.may_hyphenate);
    let columns = prepared.iter().any(|p| in_two_columns(p.block));
    let continues = input.layout.spec.page.pages.continues();
    let moves = [
        (
            hyphens,
            Fit {
                hyphens: true,
                ..Fit::DESIGNED
            },
        ),
        (
            columns,
            Fit {
                list_columns: true,
                ..Fit::DESIGNED
            },
        ),
        (
            columns && hyphens,
            Fit {
                list_columns: true,
                hyphens: true,
                ..Fit::DESIGNED
            },
        ),
        (
            continues,
            Fit {
                second_page: true,
                ..Fit::DESIGNED
            },
        ),
        (
            continues && hyphens,
            Fit {
                second_page: true,
                hyphens: true,
                ..Fit::DESIGNED
            },
        ),
    ];
    let allowed = moves.into_iter().filter(|(allowed, _)| *allowed);
    std::iter::once(Fit::DESIGNED)
        .chain(allowed.map(|(_, state)| state))
        .collect()
}

/// A bilingual layout's fit states: first each with the second language at
/// its largest sizes, so that its half is the same in every pair, then (the
/// last resort) each with both languages' sizes set together.
fn with_pair_apart(input: &LayoutInput, states: Vec<Fit>) -> Vec<Fit> {
    if input.pair.is_none() {
        return states;
    }
    let apart = states.iter().map(|&state| Fit {
        t_pair: Some(1.0),
        ..state
    });
    apart.chain(states.iter().copied()).collect()
}

/// The first of `states` in which the pages fit, with the largest type and
/// then spacing at which they do; the last state's overflow if none fits.
fn search(pager: &Pager, states: &[Fit]) -> Result<Fit, Overflow> {
    let mut last = None;
    for &state in states {
        let fits = |t, s| pager.pages(Fit { t, s, ..state }, false).map(|_| ());
        match fit::largest_fit_with_spacing(fits) {
            Ok((t, s)) => return Ok(Fit { t, s, ..state }),
            Err(o) => last = Some(o),
        }
    }
    // `states` always holds the design itself.
    Err(last.expect("at least one fit state"))
}

/// Whether any banner or callout of the layout has a fixed `height`.
fn has_fixed_heights(input: &LayoutInput) -> bool {
    (input.layout.spec.blocks.iter()).any(|b| b.get_ref().fixed_height().is_some())
}

/// Whether any line of `pages` ends in a hyphen that breaks a word.
fn hyphenated(pages: &[crate::document::PageModel]) -> bool {
    let lines = pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            crate::document::Item::Text(line) => Some(&line.line),
            _ => None,
        });
    lines.into_iter().any(crate::text::Line::ends_with_hyphen)
}

/// The error for text that does not fit with every move the layout allows:
/// where, by how much, and what to change, the most useful edit first.
fn overflow_error(input: &LayoutInput, pager: &Pager, o: &Overflow) -> Diagnostic {
    let percent = 100.0 * o.amount / o.available.max(1.0);
    let (what, fix) = if o.horizontal {
        (
            "a word or name is wider than its box",
            "shorten the word, allow a break in it, or give the block a wider column".to_string(),
        )
    } else {
        let fixed_pages = input.layout.spec.page.pages.fixed() > 1;
        let shorten = match fixed_pages {
            true => "a card's front and back are fixed: shorten its messages or use a larger card",
            false => "shorten the text or use a larger page",
        };
        let fix = match (next_move(input, pager), crate::rules::layout::body_at_minimum(input.layout)) {
            (Some(edit), _) => edit,
            (None, Some(least)) => format!("{shorten} (the body text's smallest size is already the {least} pt this page needs)"),
            (None, None) => format!("{shorten}, or lower the smallest sizes in [roles]"),
        };
        let fix = if input.fallback.is_some() {
            // The marking takes room at the bottom that a complete
            // translation would not need.
            format!("{fix}; the marking of text not translated yet takes room too: translate the missing messages")
        } else {
            fix
        };
        ("the text is taller than the page", fix)
    };
    let message = if o.available < 1.0 {
        // A percentage of nothing means nothing: say there is no room.
        format!(
            "there is no room for the text: its box is {:.1} pt {}",
            o.available.max(0.0),
            if o.horizontal { "wide" } else { "tall" }
        )
    } else {
        format!(
            "{what} even at the smallest type sizes and spacing: {:.1} pt too {} ({percent:.1}% over)",
            o.amount,
            if o.horizontal { "wide" } else { "tall" }
        )
    };
    let mut d = Diagnostic::error("text-overflow", message)
        .layout(&input.layout.name)
        .locale(input.main.locale)
        .hint(format!(
            "block {} of layouts/{}.toml: {fix}",
            o.block + 1,
            input.layout.name
        ));
    if !o.message_id.is_empty() {
        d = d.message_id(&o.message_id);
    }
    if let Some(block) = input.layout.spec.blocks.get(o.block) {
        d = d.at(input.layout.file.location(block.span().start));
    }
    d
}

/// The move the layout does not allow that would make the text fit, as a
/// concrete edit: a list in two columns, else a second page. `None` when
/// neither would (or the layout allows both).
fn next_move(input: &LayoutInput, pager: &Pager) -> Option<String> {
    let layout = input.layout;
    let page = &layout.spec.page;
    let file = layout.file.path.display();
    let hyphens = page.hyphenate;
    let lists: Vec<usize> = (layout.spec.blocks.iter().enumerate())
        .filter(|(_, b)| matches!(b.get_ref(), Block::List { .. }) && !in_two_columns(b.get_ref()))
        .map(|(i, _)| i)
        .collect();
    if !lists.is_empty() {
        let with_columns = Pager {
            every_list_in_columns: true,
            ..*pager
        };
        let state = Fit {
            hyphens,
            list_columns: true,
            ..Fit::DESIGNED
        };
        if search(&with_columns, &[state]).is_ok() {
            let at = layout
                .file
                .location(layout.spec.blocks[lists[0]].span().start);
            return Some(format!(
                "let its lists take two columns: add `columns = [1, 2]` to the list at {}:{}",
                file, at.line
            ));
        }
    }
    if page.pages == PageCount::Fixed(1) {
        let state = Fit {
            hyphens,
            second_page: true,
            ..Fit::DESIGNED
        };
        if search(pager, &[state]).is_ok() {
            let at = layout.file.toml_location(&["page"]);
            return Some(format!(
                "allow a second page: `pages = [1, 2]` in [page] at {}:{}",
                file, at.line
            ));
        }
    }
    None
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::diag::SourceFile;
    use crate::document::{Item, PageModel, Role, TextLine};
    use crate::project::Project;
    use crate::spec::Layout;
    use crate::text::fonts::FontBook;
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};
    use std::sync::{Arc, OnceLock};

    /// The repository's fonts, loaded once for all tests.
    fn book() -> &'static FontBook {
        static BOOK: OnceLock<FontBook> = OnceLock::new();
        BOOK.get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let project = Project::load(root).unwrap();
            let folders = [(root.join("fonts"), PathBuf::from("fonts"))];
            FontBook::load(&project, &folders, &project.manifest.fonts).unwrap()
        })
    }

    /// `f` given the layout `text` (as layouts/test.toml) with these messages,
    /// in English or Arabic, and a logo.png twice as wide as it is tall.
    pub(in crate::layout) fn with_input<R>(
        text: &str,
        messages: &[(&str, &str)],
        rtl: bool,
        f: impl FnOnce(&LayoutInput) -> R,
    ) -> R {
        let file = SourceFile::new("layouts/test.toml", text.to_string());
        let layout = Layout::parse("test", file).unwrap();
        let texts: BTreeMap<String, String> = (messages.iter())
            .map(|(id, text)| (id.to_string(), text.to_string()))
            .collect();
        let qr_targets = BTreeMap::new();
        let logo = crate::image::Image::new(2, 1, crate::image::Content::Pixels(vec![0; 8]));
        let images = BTreeMap::from([("logo.png".to_string(), Arc::new(logo))]);
        let locale = if rtl { "ar" } else { "en" };
        let input = LayoutInput {
            layout: &layout,
            main: Language {
                locale,
                rtl,
                texts: &texts,
            },
            pair: None,
            book: book(),
            qr_targets: &qr_targets,
            images: &images,
            draft: None,
            fallback: None,
            title_id: "title",
            names: &[],
        };
        f(&input)
    }

    /// A 300 x 300 pt page with 20 pt margins: 260 pt of room each way. Body
    /// text is 10 pt, its leading 1.5 as designed and 1.0 at the tightest (Noto
    /// Sans's ink keeps a Latin line at least 11 pt tall).
    fn page(pages: &str) -> String {
        format!(
            r##"
            description = "test"
            title = "title"
            [page]
            size = {{ width = "300pt", height = "300pt" }}
            margin = "20pt"
            safe = "20pt"
            # With bleed, any marking goes in the safe zone: the content keeps
            # the whole page inside the margins.
            bleed = "5pt"
            gap = ["12pt", "2pt"]
            column-gap = "20pt"
            pages = {pages}
            [palette]
            ink = "#000000"
            box = "#eeeeee"
            [roles.body]
            font = "regular"
            size = [10, 10]
            leading = [1.5, 1.0]
            [roles.heading]
            font = "bold"
            size = [12, 12]
            leading = [1.2, 1.0]
            "##
        )
    }

    /// The message ids of `n` one-line paragraphs (or list items), all "Help is here".
    fn ids(n: usize) -> String {
        let ids: Vec<String> = (0..n).map(|_| "\"words\"".to_string()).collect();
        format!("[{}]", ids.join(", "))
    }

    const MESSAGES: &[(&str, &str)] = &[
        ("title", "Help is here"),
        ("words", "Help is here"),
        ("first", "What it is"),
        ("second", "What to do"),
        ("hotline", "Call 1-800-792-5200"),
        ("emergency", "In danger now? Call 911"),
    ];

    /// The layout `text` laid out in English with [`MESSAGES`].
    fn document(text: &str) -> Result<Document, Diagnostic> {
        with_input(text, MESSAGES, false, lay_out)
    }

    /// The text lines of a page, in the order drawn.
    fn lines(page: &PageModel) -> Vec<&TextLine> {
        let lines = page.items.iter().filter_map(|item| match item {
            Item::Text(line) => Some(line),
            _ => None,
        });
        lines.collect()
    }

    #[test]
    fn spacing_tightens_where_the_smallest_type_is_not_enough() {
        // 20 lines: 20 x 15 pt and 19 x 3.5 pt between them is 366.5 pt as
        // designed; at the tightest, 20 x 11 + 19 x 1.5 = 248.5 pt.
        let text = format!(
            "{}[[block]]\ntype = \"paragraph\"\nmessages = {}\n",
            page("1"),
            ids(20)
        );
        let doc = document(&text).unwrap();
        assert!(doc.moves.spacing < 1.0 && doc.moves.spacing > 0.0);
        assert_eq!(doc.moves.described().len(), 1, "{:?}", doc.moves);
        let baselines: Vec<f32> = lines(&doc.pages[0]).iter().map(|l| l.baseline).collect();
        assert_eq!(baselines.len(), 20);
        let steps: Vec<f32> = baselines.windows(2).map(|w| w[1] - w[0]).collect();
        // Closer than designed (15 + 3.5 pt), never closer than the ink (11 pt).
        assert!(steps.iter().all(|d| (11.0..18.5).contains(d)), "{steps:?}");
        assert!(*baselines.last().unwrap() <= 280.0);
    }

    #[test]
    fn a_list_takes_two_columns_where_it_allows_them() {
        let list = format!(
            "[[block]]\ntype = \"list\"\ncolumns = [1, 2]\nitems = {}\n",
            ids(30)
        );
        let doc = document(&format!("{}{list}", page("1"))).unwrap();
        assert_eq!(doc.moves.list_columns, 1);
        let items: Vec<&TextLine> = (lines(&doc.pages[0]).into_iter())
            .filter(|l| l.role == Role::ListBody)
            .collect();
        assert_eq!(items.len(), 30);
        // In reading order: 15 down the left, then 15 down the right, level.
        let (left, right) = items.split_at(15);
        let x = |l: &&TextLine| l.x;
        assert!(left.iter().all(|l| x(l) < 150.0) && right.iter().all(|l| x(l) > 150.0));
        assert_eq!(left[0].baseline, right[0].baseline);
        assert!(left
            .windows(2)
            .all(|w| w[1].paragraph == w[0].paragraph + 1));
        assert_eq!(right[0].paragraph, 15);
        // Without `columns`, the same list cannot fit: and the error says the edit.
        let one = format!("[[block]]\ntype = \"list\"\nitems = {}\n", ids(30));
        let err = document(&format!("{}{one}", page("1"))).unwrap_err();
        let hint = err.hint.unwrap();
        assert!(
            hint.contains("add `columns = [1, 2]` to the list at layouts/test.toml:25"),
            "{hint}"
        );
    }

    /// A title band, two headed sections of 12 paragraphs, the hotline box and
    /// the emergency band: about 1.5 pages of text.
    fn two_sections() -> String {
        let section = |id: &str| {
            format!(
                "[[block]]\ntype = \"heading\"\nmessage = \"{id}\"\n\
                 [[block]]\ntype = \"paragraph\"\nmessages = {}\n",
                ids(12)
            )
        };
        format!(
            "[[block]]\ntype = \"banner\"\nfill = \"box\"\n\
             lines = [{{ message = \"title\", role = \"heading\" }}]\n\
             {}{}\
             [[block]]\ntype = \"callout\"\nfill = \"box\"\n\
             lines = [{{ message = \"hotline\", role = \"heading\" }}]\n\
             [[block]]\ntype = \"banner\"\nfill = \"box\"\n\
             lines = [{{ message = \"emergency\", role = \"heading\" }}]\n",
            section("first"),
            section("second")
        )
    }

    /// The heights of the page's filled boxes, top to bottom.
    fn box_heights(page: &PageModel) -> Vec<f32> {
        let boxes = page.items.iter().filter_map(|item| match item {
            Item::Rect {
                h, fill: Some(_), ..
            } => Some(*h),
            _ => None,
        });
        boxes.collect()
    }

    #[test]
    fn a_box_keeps_its_fixed_height_and_outgrows_it_only_as_the_last_resort() {
        // A callout 40 pt tall: one 12 pt line and its padding fit in it.
        let callout = |height: &str, lines: usize| {
            let line = "{ message = \"words\", role = \"heading\" }";
            format!(
                "{}[[block]]\ntype = \"callout\"\nfill = \"box\"\nheight = \"{height}\"\nlines = [{}]\n",
                page("1"),
                vec![line; lines].join(", ")
            )
        };
        let doc = document(&callout("40pt", 1)).unwrap();
        assert_eq!(box_heights(&doc.pages[0]), [40.0]);
        assert!(!doc.moves.grown);
        // Four lines need more than 40 pt at any spacing: the box grows, and
        // the report says so.
        let doc = document(&callout("40pt", 4)).unwrap();
        let heights = box_heights(&doc.pages[0]);
        assert!(heights.len() == 1 && heights[0] > 40.0, "{heights:?}");
        assert!(doc.moves.grown);
        assert!(doc
            .moves
            .structural()
            .iter()
            .any(|m| m.contains("taller than its `height`")));
    }

    #[test]
    fn a_second_page_takes_whole_blocks_and_keeps_headings_with_their_text() {
        let doc = document(&format!("{}{}", page("[1, 2]"), two_sections())).unwrap();
        assert!(doc.moves.continued);
        assert_eq!(doc.pages.len(), 2);
        let (one, two) = (lines(&doc.pages[0]), lines(&doc.pages[1]));
        // Page 1: the title band, the first section whole; the second heading
        // goes over with its text.
        let blocks = |ls: &[&TextLine]| {
            let mut b: Vec<usize> = ls.iter().map(|l| l.block).collect();
            b.dedup();
            b
        };
        // The hotline box and the emergency band, which close the page, stay
        // on page 1 at its bottom edge.
        assert_eq!(blocks(&one), [0, 1, 2, 5, 6]);
        let band = one.last().unwrap();
        assert!(band.baseline > 260.0, "{}", band.baseline);
        // Page 2: the running title (in the heading role, an artifact: page 1
        // already gave the title), then the rest.
        assert_eq!(two[0].role, Role::Artifact);
        assert_eq!(two[0].text.as_ref(), "Help is here");
        assert_eq!(blocks(&two[1..]), [3, 4]);
    }

    #[test]
    fn a_layout_without_a_second_page_names_the_edit_that_would_fit() {
        let err = document(&format!("{}{}", page("1"), two_sections())).unwrap_err();
        assert_eq!(err.rule, "text-overflow");
        let hint = err.hint.unwrap();
        assert!(
            hint.contains("allow a second page: `pages = [1, 2]` in [page] at layouts/test.toml:"),
            "{hint}"
        );
        // Tried and failed: its sizes and spacing at their smallest.
        assert!(err.message.contains("pt too tall"), "{}", err.message);
    }

    /// A narrow page (130 pt of text across) `height` pt tall, hyphenation on
    /// or off, with one paragraph of long words and nothing else to tighten.
    fn narrow(height: u32, hyphenate: bool) -> String {
        format!(
            r##"
            description = "test"
            title = "title"
            [page]
            size = {{ width = "150pt", height = "{height}pt" }}
            margin = "10pt"
            safe = "10pt"
            hyphenate = {hyphenate}
            [palette]
            ink = "#000000"
            [roles.body]
            font = "regular"
            size = [10, 10]
            leading = [1.3, 1.3]
            [[block]]
            type = "paragraph"
            messages = ["long-words"]
            "##
        )
    }

    #[test]
    fn hyphenation_fits_what_whole_words_cannot() {
        let words = "Responsibilities of internationalization organizations \
                     characteristically demand uncomfortable conversations \
                     notwithstanding institutional considerations";
        let messages = [("title", "Words"), ("long-words", words)];
        let lay =
            |height, hyphenate| with_input(&narrow(height, hyphenate), &messages, false, lay_out);
        // The shortest page that fits with hyphens is one that whole words
        // overflow.
        let shortest = (100..400)
            .step_by(2)
            .find(|&h| lay(h, true).is_ok())
            .expect("a page tall enough");
        assert!(lay(shortest, false).is_err());
        let doc = lay(shortest, true).unwrap();
        assert!(doc.moves.hyphenated, "{:?}", doc.moves);
        let lines: Vec<&TextLine> = lines(&doc.pages[0]);
        assert!(lines.iter().any(|l| l.line.ends_with_hyphen()));
        // Each line is the text's own bytes: together, the words whole.
        let text: String = (lines.iter())
            .map(|l| &l.text[l.line.range.clone()])
            .collect::<Vec<_>>()
            .concat();
        let squeezed = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeezed(&text), squeezed(words));
    }
}
