//! Preparation: every block's messages shaped once into units, which the pager
//! breaks into lines and places at whatever scale it tries.

use super::frame::Fit;
use super::input::LayoutInput;
use crate::diag::Diagnostic;
use crate::document::Role;
use crate::spec::{Block, Color, Side};
use crate::text::fonts::{FaceId, FontBook};
use crate::text::itemize::main_script;
use crate::text::{hyphenate, ShapedParagraph};
use std::cell::OnceCell;
use std::sync::Arc;

/// One message of a block, shaped, with how it is drawn.
pub(super) struct Unit {
    pub(super) para: ShapedParagraph,
    /// Whether the fit search may hyphenate it: running text (a paragraph or
    /// a list item, not a title, heading or box line) in a layout that allows
    /// it, in a language with patterns.
    pub(super) may_hyphenate: bool,
    /// The same text with hyphenation points, shaped the first time a fit
    /// state asks for it (most outputs fit without): `None` inside when no word
    /// in it can be hyphenated.
    hyphenated: OnceCell<Option<ShapedParagraph>>,
    /// Where the text holds a name in another language (see
    /// [`TextLine::foreign`](crate::document::TextLine::foreign)).
    pub(super) foreign: Arc<[(std::ops::Range<usize>, String)]>,
    /// The language the text is in: its locale tag and direction.
    pub(super) locale: String,
    pub(super) rtl: bool,
    /// In the second language of a bilingual layout (sized on its own, see
    /// [`Fit::t_pair`](super::frame::Fit::t_pair)).
    pub(super) pair: bool,
    pub(super) role: String,
    /// The role's `[largest, smallest]` size for the script most of the text
    /// is in (see [`RoleSpec::band`](crate::spec::RoleSpec::band)).
    pub(super) size: [f32; 2],
    pub(super) color: Color,
    pub(super) bullet: Option<ShapedParagraph>,
    pub(super) tag: Role,
    pub(super) message_id: String,
    /// How the lines of its role are stacked in its language in this output:
    /// the same for every unit of the role (see [`Rhythm`]).
    pub(super) rhythm: Rhythm,
}

/// The vertical metrics of one role's text in one language of an output, in
/// em: every line of the role is set at one pitch from them
/// ([`line_height`](super::lines::line_height)), whichever paragraph it is in.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Rhythm {
    /// The tallest ascent and deepest descent of the role's faces' line
    /// metrics and of its glyphs' ink: where a line's baseline sits.
    pub(super) ascent: f32,
    pub(super) descent: f32,
    /// What the faces' line boxes add to the leading when they disagree on
    /// where the baseline sits (Noto Naskh Arabic hangs much lower than Noto
    /// Sans): half the spread of their ascent minus descent, as a CSS line box
    /// of several fonts grows at a fixed line height.
    pub(super) spread: f32,
    /// How far the ink of the role's text reaches, top of the tallest glyph to
    /// bottom of the deepest, over all its paragraphs: the height stacked
    /// marks (Khmer subscripts, Arabic harakat, Vietnamese) need.
    pub(super) ink: f32,
}

impl Rhythm {
    /// The rhythm of text set in `faces` whose ink reaches from `ink_top`
    /// down to `ink_bottom` (em, y up).
    fn new(faces: &[FaceId], ink_top: f32, ink_bottom: f32, book: &FontBook) -> Rhythm {
        // The faces' line metrics: typo if the font sets USE_TYPO_METRICS,
        // else hhea (see `Face::ascent`), as browsers read them.
        let metrics = faces
            .iter()
            .map(|&f| (book.face(f).ascent, book.face(f).descent));
        let (mut ascent, mut descent) = (ink_top, -ink_bottom);
        let (mut high, mut low) = (f32::MIN, f32::MAX);
        for (a, d) in metrics {
            (ascent, descent) = (ascent.max(a), descent.max(d));
            (high, low) = (high.max(a - d), low.min(a - d));
        }
        Rhythm {
            ascent,
            descent,
            spread: ((high - low) / 2.0).max(0.0),
            ink: (ink_top - ink_bottom).max(0.0),
        }
    }

    /// The rhythm of the paragraphs `paras` together.
    fn of<'p>(paras: impl Iterator<Item = &'p ShapedParagraph>, book: &FontBook) -> Rhythm {
        let (mut faces, mut top, mut bottom) = (Vec::new(), 0.0f32, 0.0f32);
        for para in paras {
            faces.extend(para.faces());
            top = top.max(para.ink_top);
            bottom = bottom.min(para.ink_bottom);
        }
        faces.sort();
        faces.dedup();
        Rhythm::new(&faces, top, bottom, book)
    }
}

/// The rhythm of `unit`'s role in its language: of all the text of the role
/// in that language among `all` (bullets included). A figure's text is drawn
/// at its own size and counts for no role.
fn rhythm_in(all: &[&Unit], unit: &Unit, book: &FontBook) -> Rhythm {
    let same =
        |u: &&&Unit| u.role == unit.role && u.locale == unit.locale && u.tag != Role::FigureText;
    let role = (all.iter().filter(same)).flat_map(|u| std::iter::once(&u.para).chain(&u.bullet));
    let mut role = role.peekable();
    if role.peek().is_some() {
        Rhythm::of(role, book)
    } else {
        Rhythm::of(std::iter::once(&unit.para).chain(&unit.bullet), book)
    }
}

impl Unit {
    /// The shaped text to break in fit state `fit`: hyphenated when the state
    /// allows it and the text can be.
    pub(super) fn paragraph(&self, fit: Fit, book: &FontBook) -> &ShapedParagraph {
        if !(fit.hyphens && self.may_hyphenate) {
            return &self.para;
        }
        let hyphenated = self.hyphenated.get_or_init(|| self.para.hyphenated(book));
        hyphenated.as_ref().unwrap_or(&self.para)
    }
}

/// A block of the layout (`index` in its spec) with its units, in reading order.
pub(super) struct Prepared<'a> {
    pub(super) index: usize,
    pub(super) block: &'a Block,
    pub(super) units: Vec<Unit>,
}

/// Every block of the layout, prepared.
pub(super) fn prepare<'a>(input: &LayoutInput<'a>) -> Result<Vec<Prepared<'a>>, Diagnostic> {
    let layout = input.layout;
    let mut shaper = Shaper {
        input,
        ink: layout.color("ink").unwrap_or(Color::BLACK),
        title_seen: false,
    };
    // Planned in order (the title is tagged where it first appears), then
    // shaped on all cores: a Khmer paragraph's line breaks come from a neural
    // model, most of a Khmer poster's time, and paragraphs are independent.
    let plans: Vec<(usize, &Block, Vec<Plan>)> = (layout.spec.blocks.iter().enumerate())
        .map(|(index, spanned)| (index, spanned.get_ref(), shaper.plans(spanned.get_ref())))
        .collect();
    let all: Vec<&Plan> = plans.iter().flat_map(|(_, _, plans)| plans).collect();
    let mut shaped = crate::outputs::on_all_cores(&all, |plan| plan.shape(input)).into_iter();
    let mut prepared = Vec::with_capacity(plans.len());
    for (index, block, plans) in plans {
        let units = (shaped.by_ref().take(plans.len())).collect::<Result<Vec<_>, _>>()?;
        prepared.push(Prepared {
            index,
            block,
            units,
        });
    }
    let rhythms: Vec<Vec<Rhythm>> = {
        let all: Vec<&Unit> = prepared.iter().flat_map(|p| &p.units).collect();
        prepared
            .iter()
            .map(|p| {
                p.units
                    .iter()
                    .map(|u| rhythm_in(&all, u, input.book))
                    .collect()
            })
            .collect()
    };
    for (p, rhythms) in prepared.iter_mut().zip(rhythms) {
        for (unit, rhythm) in p.units.iter_mut().zip(rhythms) {
            unit.rhythm = rhythm;
        }
    }
    Ok(prepared)
}

/// The title, small, that opens a continuation page: the title message in the
/// `heading` role (or the smallest role), tagged an artifact (it repeats what
/// page 1 says). `block` is the heading block to stand for it; `index` is one
/// past the layout's blocks. Its lines keep the rhythm of their role in the
/// layout's blocks, `prepared`.
pub(super) fn running_title<'a>(
    input: &LayoutInput<'a>,
    block: &'a Block,
    prepared: &[Prepared],
) -> Result<Prepared<'a>, Diagnostic> {
    let layout = input.layout;
    let shaper = Shaper {
        input,
        ink: layout.color("ink").unwrap_or(Color::BLACK),
        title_seen: true,
    };
    let Block::Heading { message, role, .. } = block else {
        return Ok(Prepared {
            index: layout.spec.blocks.len(),
            block,
            units: Vec::new(),
        });
    };
    let mut unit =
        (shaper.plan(message, Side::Main, role, None, None, Role::Artifact)).shape(input)?;
    let all: Vec<&Unit> = prepared.iter().flat_map(|p| &p.units).collect();
    unit.rhythm = rhythm_in(&all, &unit, input.book);
    Ok(Prepared {
        index: layout.spec.blocks.len(),
        block,
        units: vec![unit],
    })
}

/// The block that stands for the running title of a one-page layout, which
/// may continue on a second page or may be asked whether it would fit on two
/// (see [`running_title`]); `None` for a card's fixed front and back.
pub(super) fn running_title_block(input: &LayoutInput) -> Option<Block> {
    let spec = &input.layout.spec;
    if spec.page.pages.fixed() != 1 {
        return None;
    }
    let role = if spec.roles.contains_key("heading") {
        "heading".to_string()
    } else {
        let smallest = spec
            .roles
            .iter()
            .min_by(|a, b| a.1.min().total_cmp(&b.1.min()));
        smallest?.0.clone()
    };
    Some(Block::Heading {
        message: input.title_id.to_string(),
        role,
        align: crate::spec::Align::Start,
        column: None,
        page: None,
        lang: Side::Main,
    })
}

/// Shapes messages into units, block after block.
struct Shaper<'i, 'a> {
    input: &'i LayoutInput<'a>,
    /// The colour of text that names none.
    ink: Color,
    /// Whether the title has been tagged: only its first appearance is the title.
    title_seen: bool,
}

impl Shaper<'_, '_> {
    /// A block's units, in reading order, planned.
    fn plans(&mut self, block: &Block) -> Vec<Plan> {
        let side = block.lang();
        let mut units = Vec::new();
        match block {
            Block::Banner { lines, .. } | Block::Callout { lines, .. } => {
                for line in lines {
                    let id = line.message.as_str();
                    let side = line.lang.unwrap_or(side);
                    let tag = self.title_or(id, side, Role::Paragraph);
                    units.push(self.plan(id, side, &line.role, line.color.as_ref(), None, tag));
                }
            }
            Block::Heading { message, role, .. } => {
                let tag = self.title_or(message.as_str(), side, Role::Heading);
                units.push(self.plan(message.as_str(), side, role, None, None, tag));
            }
            Block::Paragraph { messages, role, .. } => {
                for m in messages {
                    units.push(self.plan(m.as_str(), side, role, None, None, Role::Paragraph));
                }
            }
            Block::List {
                items,
                role,
                bullet,
                ..
            } => {
                for m in items {
                    let bullet = Some(bullet.as_str());
                    units.push(self.plan(m.as_str(), side, role, None, bullet, Role::ListBody));
                }
            }
            Block::Qr { alt, .. } => {
                // Shaped with the smallest role; drawn at the size the square allows.
                let role = self
                    .input
                    .layout
                    .spec
                    .roles
                    .iter()
                    .min_by(|a, b| a.1.min().total_cmp(&b.1.min()))
                    .map(|(name, _)| name.clone())
                    .unwrap_or_default();
                if !role.is_empty() {
                    units.push(self.plan(alt, side, &role, None, None, Role::FigureText));
                }
            }
            Block::Image { .. } => {}
        }
        // Only running text hyphenates: a title, a heading or a box's line
        // broken inside a word reads badly, and they have room to shrink.
        if matches!(block, Block::Paragraph { .. } | Block::List { .. }) {
            let lang = self.input.language(side);
            let hyphenates = self.input.layout.spec.page.hyphenate
                && !lang.rtl
                && hyphenate::hyphenates(lang.locale);
            for unit in &mut units {
                unit.may_hyphenate = hyphenates;
            }
        }
        units
    }

    /// [`Role::Title`] for the first appearance of the title message in the main
    /// language; `otherwise` for anything else.
    fn title_or(&mut self, id: &str, side: Side, otherwise: Role) -> Role {
        if id == self.input.title_id && side == Side::Main && !self.title_seen {
            self.title_seen = true;
            Role::Title
        } else {
            otherwise
        }
    }

    /// The unit of message `id` in `side`'s language in `role`, coloured by
    /// the palette name `color` (or the role's, or ink), with its list bullet
    /// if any: planned, to be shaped.
    fn plan(
        &self,
        id: &str,
        side: Side,
        role: &str,
        color: Option<&String>,
        bullet: Option<&str>,
        tag: Role,
    ) -> Plan {
        let layout = self.input.layout;
        let color = (color.or(layout.role(role).color.as_ref()))
            .map(|c| layout.color(c).unwrap_or(self.ink))
            .unwrap_or(self.ink);
        Plan {
            id: id.to_string(),
            side,
            role: role.to_string(),
            color,
            bullet: bullet.map(str::to_string),
            tag,
            may_hyphenate: false,
        }
    }
}

/// A unit before its text is shaped (see [`prepare`]).
struct Plan {
    id: String,
    side: Side,
    role: String,
    color: Color,
    bullet: Option<String>,
    tag: Role,
    may_hyphenate: bool,
}

impl Plan {
    /// The unit, its message and bullet shaped.
    fn shape(&self, input: &LayoutInput) -> Result<Unit, Diagnostic> {
        let (id, layout) = (self.id.as_str(), input.layout);
        let role_spec = layout.role(&self.role);
        let lang = input.language(self.side);
        let text = (lang.texts.get(id))
            .map(|t| t.replace(['\n', '\r'], " "))
            .unwrap_or_default();
        let shape = |s: &str| {
            ShapedParagraph::new(s, lang.locale, lang.rtl, role_spec.font, input.book).map_err(
                |m| {
                    m.to_diagnostic()
                        .message_id(id)
                        .in_output(&layout.name, lang.locale)
                },
            )
        };
        let para = shape(&text)?;
        let bullet = self.bullet.as_deref().map(shape).transpose()?;
        let foreign = foreign_names(&para.text, lang.locale, input.names);
        Ok(Unit {
            may_hyphenate: self.may_hyphenate,
            hyphenated: OnceCell::new(),
            para,
            foreign,
            locale: lang.locale.to_string(),
            rtl: lang.rtl,
            pair: self.side == Side::Pair && input.pair.is_some(),
            role: self.role.clone(),
            size: role_spec.band(main_script(&text)),
            color: self.color,
            bullet,
            tag: self.tag,
            message_id: id.to_string(),
            // Set once the whole layout is shaped (see `prepare`).
            rhythm: Rhythm::default(),
        })
    }
}

/// Every place in `text` where a name in another language than `locale` appears.
fn foreign_names(
    text: &str,
    locale: &str,
    names: &[(String, String)],
) -> Arc<[(std::ops::Range<usize>, String)]> {
    let mut found = Vec::new();
    for (name, lang) in names {
        if name.is_empty() || lang == locale {
            continue;
        }
        for (at, _) in text.match_indices(name.as_str()) {
            found.push((at..at + name.len(), lang.clone()));
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found.into()
}
