//! Layout specs, `layouts/<name>.toml`: page, palette, type roles and blocks.
//!
//! A spec says what goes where; it holds no text, only message ids. Unknown keys are
//! errors (`deny_unknown_fields`), reported at their file:line:col.

mod bounds;
mod color;

use crate::diag::{suggest, Diagnostic, Location, SourceFile};
use crate::manifest::{toml_error, toml_error_in};
use crate::units::{Pt, Size};
pub use bounds::{gap_floor, leading_floor, Bounds, PageCount};
pub use color::Color;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LayoutSpec {
    /// What this layout is, for `flyer list`.
    pub description: String,
    /// Message id of the document title (the PDF's title and first heading).
    pub title: Spanned<String>,
    pub page: PageSpec,
    /// Named colours, `name = "#rrggbb"`.
    pub palette: BTreeMap<String, Color>,
    /// Type roles: `[roles.body]` and so on.
    pub roles: BTreeMap<String, RoleSpec>,
    #[serde(rename = "block")]
    pub blocks: Vec<Spanned<Block>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PageSpec {
    /// `letter`, `a4`, `tabloid`, `a3`, `card-us`, `card-eu`, or `{ width, height }`.
    pub size: PaperSpec,
    /// From the trim edge to the content.
    pub margin: Pt,
    /// Extra paper around the trim that backgrounds run into; 0 for office printing.
    #[serde(default)]
    pub bleed: Pt,
    /// No text closer than this to the trim edge (checked).
    #[serde(default = "default_safe")]
    pub safe: Pt,
    /// Space between blocks at the largest type sizes; it shrinks with the type
    /// to half, and with spacing to its smallest (see [`bounds`]).
    #[serde(default = "default_gap_bounds")]
    pub gap: Bounds<Pt>,
    /// Space between paragraphs as a fraction of their type size,
    /// `[largest, smallest]`; list items and a box's lines have 4/7 of it.
    #[serde(default = "bounds::default_paragraph_spacing")]
    pub paragraph_spacing: Bounds<f32>,
    /// Whether auto-fit may hyphenate words, in languages with patterns.
    #[serde(default = "yes")]
    pub hyphenate: bool,
    /// Space between columns.
    #[serde(default = "default_gap")]
    pub column_gap: Pt,
    /// Palette name of the paper colour.
    #[serde(default)]
    pub background: Option<String>,
    /// How many pages: front (1), front and back (2), or `[1, 2]`: one,
    /// continued on a second where nothing else makes the text fit.
    #[serde(default)]
    pub pages: PageCount,
}

fn default_safe() -> Pt {
    Pt::from_in(0.25)
}

fn default_gap() -> Pt {
    Pt(12.0)
}

fn default_gap_bounds() -> Bounds<Pt> {
    Bounds::One(default_gap())
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PaperSpec {
    Named(String),
    Custom { width: Pt, height: Pt },
}

impl PaperSpec {
    pub fn size(&self) -> Option<Size> {
        match self {
            PaperSpec::Named(name) => Size::named(name),
            PaperSpec::Custom { width, height } => Some(Size {
                width: *width,
                height: *height,
            }),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weight {
    Regular,
    Bold,
}

/// The smallest and largest type sizes a role may give, in points.
pub const MIN_TYPE_SIZE: f32 = 1.0;
pub const MAX_TYPE_SIZE: f32 = 400.0;
/// The least room margins must leave for content, across and down: 1/2 in.
const MIN_CONTENT: f32 = 36.0;
/// The most pages one layout may have.
pub const MAX_PAGES: usize = 8;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleSpec {
    pub font: Weight,
    /// `[largest, smallest]` size in points; auto-fit picks one in between.
    pub size: [f32; 2],
    /// Line height as a multiple of the size, or `[largest, smallest]` for
    /// auto-fit's spacing move.
    #[serde(default = "default_leading")]
    pub leading: Bounds<f32>,
    /// Palette name of the text colour; the palette's `ink` if absent.
    #[serde(default)]
    pub color: Option<String>,
    /// Another `[largest, smallest]` for text in a script, by ISO 15924 code
    /// (`Khmr`): a script whose stacked marks need taller lines can be set
    /// smaller and keep the layout's boxes, as a composite font in InDesign
    /// scales one script against another.
    #[serde(default, rename = "script-size")]
    pub script_size: BTreeMap<String, [f32; 2]>,
}

fn default_leading() -> Bounds<f32> {
    Bounds::One(1.3)
}

impl RoleSpec {
    /// The largest size of the role's own band (not of a script's).
    pub fn max(&self) -> f32 {
        self.size[0]
    }

    /// The smallest size the role may take in any script.
    pub fn min(&self) -> f32 {
        (self.script_size.values()).fold(self.size[1], |least, band| least.min(band[1]))
    }

    /// `[largest, smallest]` for text whose script is `script` (ISO 15924).
    pub fn band(&self, script: &str) -> [f32; 2] {
        self.script_size.get(script).copied().unwrap_or(self.size)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Left in left-to-right text, right in right-to-left text.
    #[default]
    Start,
    Center,
    End,
}

/// One block of the page, in reading order.
///
/// (Message ids are plain strings here: serde cannot keep spans inside an internally
/// tagged enum; [`Layout::id_location`] finds them within the block's span.)
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    /// A full-width coloured band (into the bleed) holding one or more lines,
    /// and optionally a picture (a logo) beside them.
    Banner {
        lines: Vec<Line>,
        fill: String,
        #[serde(default)]
        align: Align,
        #[serde(default)]
        image: Option<BannerImage>,
        /// The band's height, the same in every language (its lines are centred
        /// in it); without it, the band is as tall as its lines.
        #[serde(default)]
        height: Option<Pt>,
        #[serde(default)]
        page: Option<usize>,
        /// Whose language the block is in (bilingual layouts).
        #[serde(default)]
        lang: Side,
    },
    /// A section heading.
    Heading {
        message: String,
        #[serde(default = "role_heading")]
        role: String,
        #[serde(default)]
        align: Align,
        #[serde(default)]
        column: Option<usize>,
        #[serde(default)]
        page: Option<usize>,
        /// Whose language the block is in (bilingual layouts).
        #[serde(default)]
        lang: Side,
    },
    /// Running text: one paragraph per message, in order.
    Paragraph {
        messages: Vec<String>,
        #[serde(default = "role_body")]
        role: String,
        #[serde(default)]
        align: Align,
        #[serde(default)]
        column: Option<usize>,
        #[serde(default)]
        page: Option<usize>,
        /// Whose language the block is in (bilingual layouts).
        #[serde(default)]
        lang: Side,
    },
    /// A bulleted list, one item per message.
    List {
        items: Vec<String>,
        #[serde(default = "role_body")]
        role: String,
        #[serde(default = "default_bullet")]
        bullet: String,
        #[serde(default)]
        column: Option<usize>,
        /// `[1, 2]`: auto-fit may set the items in two columns.
        #[serde(default)]
        columns: Option<Bounds<usize>>,
        #[serde(default)]
        page: Option<usize>,
        /// Whose language the block is in (bilingual layouts).
        #[serde(default)]
        lang: Side,
    },
    /// A boxed, filled panel (the hotline box), inside the margins.
    Callout {
        lines: Vec<Line>,
        fill: String,
        #[serde(default)]
        border: Option<String>,
        #[serde(default = "align_center")]
        align: Align,
        /// The box's height, the same in every language (its lines are centred
        /// in it); without it, the box is as tall as its lines.
        #[serde(default)]
        height: Option<Pt>,
        #[serde(default)]
        column: Option<usize>,
        #[serde(default)]
        page: Option<usize>,
        /// Whose language the block is in (bilingual layouts).
        #[serde(default)]
        lang: Side,
    },
    /// An image (a logo), PNG, SVG or JPEG, scaled to `width`; or, as `type =
    /// "photo"` with a `height`, a photo filling (`fit = "cover"`, cropped) or
    /// fitting inside (`"contain"`) a box of `width` by `height`.
    #[serde(alias = "photo")]
    Image {
        /// Path relative to the project folder.
        path: String,
        width: Pt,
        /// The box's height (a photo's); without it the image is as tall as
        /// its width makes it.
        #[serde(default)]
        height: Option<Pt>,
        #[serde(default)]
        fit: Fit,
        /// Message id of its alternative text.
        alt: String,
        #[serde(default)]
        align: Align,
        #[serde(default)]
        column: Option<usize>,
        #[serde(default)]
        page: Option<usize>,
        /// Whose language the block is in (bilingual layouts).
        #[serde(default)]
        lang: Side,
    },
    /// A QR code for a `tel:` number or a URL.
    Qr {
        /// A contact of flyer.toml by name (a phone is dialled, a url opened,
        /// an e-mail address written to), or a literal URL.
        target: String,
        size: Pt,
        /// Message id of its alternative text.
        alt: String,
        #[serde(default)]
        align: Align,
        #[serde(default)]
        column: Option<usize>,
        #[serde(default)]
        page: Option<usize>,
        /// Whose language the block is in (bilingual layouts).
        #[serde(default)]
        lang: Side,
    },
}

fn role_heading() -> String {
    "heading".into()
}

fn role_body() -> String {
    "body".into()
}

fn default_bullet() -> String {
    "•".into()
}

fn align_center() -> Align {
    Align::Center
}

/// A banner's picture, beside its lines at one end of the band:
/// `image = { path = "logo.svg", width = "0.8in", alt = "logo-alt", side = "start" }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BannerImage {
    /// Path relative to the project folder.
    pub path: String,
    pub width: Pt,
    /// Message id of its alternative text.
    pub alt: String,
    #[serde(default)]
    pub side: Edge,
}

/// One end of a band in the reading direction: `start` is the left in a
/// left-to-right language and the right in a right-to-left one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Edge {
    #[default]
    Start,
    End,
}

/// A line of a banner or callout: a message in a role, optionally coloured.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub message: String,
    pub role: String,
    #[serde(default)]
    pub color: Option<String>,
    /// The line's language, when not its block's.
    #[serde(default)]
    pub lang: Option<Side>,
}

/// Which of an output's two languages a block or line is in. A layout with any
/// `lang = "pair"` block is bilingual: it is built for each locale with the pair
/// locale (flyer.toml `[build] pair`, or `--pair`) beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The output's own locale.
    #[default]
    Main,
    /// The pair locale (e.g. English beside Portuguese).
    Pair,
}

/// How a photo fills its box.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fit {
    /// The whole box covered, the photo's overflow cropped.
    #[default]
    Cover,
    /// The whole photo inside the box, centred.
    Contain,
}

impl Block {
    /// The language of the block's text.
    pub fn lang(&self) -> Side {
        match self {
            Block::Banner { lang, .. }
            | Block::Heading { lang, .. }
            | Block::Paragraph { lang, .. }
            | Block::List { lang, .. }
            | Block::Callout { lang, .. }
            | Block::Image { lang, .. }
            | Block::Qr { lang, .. } => *lang,
        }
    }

    /// Every message id the block names, each with the side whose language it is in.
    pub fn message_sides(&self) -> Vec<(&String, Side)> {
        let side = self.lang();
        match self {
            Block::Banner { lines, image, .. } => (lines.iter())
                .map(|l| (&l.message, l.lang.unwrap_or(side)))
                .chain(image.iter().map(|i| (&i.alt, side)))
                .collect(),
            Block::Callout { lines, .. } => lines
                .iter()
                .map(|l| (&l.message, l.lang.unwrap_or(side)))
                .collect(),
            _ => self
                .message_ids()
                .into_iter()
                .map(|id| (id, side))
                .collect(),
        }
    }

    /// A banner's or callout's fixed height, if the layout gives one.
    pub fn fixed_height(&self) -> Option<Pt> {
        match self {
            Block::Banner { height, .. } | Block::Callout { height, .. } => *height,
            _ => None,
        }
    }

    pub fn column(&self) -> Option<usize> {
        match self {
            Block::Banner { .. } => None,
            Block::Heading { column, .. }
            | Block::Paragraph { column, .. }
            | Block::List { column, .. }
            | Block::Callout { column, .. }
            | Block::Image { column, .. }
            | Block::Qr { column, .. } => *column,
        }
    }

    /// Which page (1-based) the block is on.
    pub fn page(&self) -> usize {
        let page = match self {
            Block::Banner { page, .. }
            | Block::Heading { page, .. }
            | Block::Paragraph { page, .. }
            | Block::List { page, .. }
            | Block::Callout { page, .. }
            | Block::Image { page, .. }
            | Block::Qr { page, .. } => *page,
        };
        page.unwrap_or(1)
    }

    /// Every message id the block names, with its position in the spec.
    pub fn message_ids(&self) -> Vec<&String> {
        match self {
            Block::Banner { lines, image, .. } => (lines.iter().map(|l| &l.message))
                .chain(image.iter().map(|i| &i.alt))
                .collect(),
            Block::Callout { lines, .. } => lines.iter().map(|l| &l.message).collect(),
            Block::Heading { message, .. } => vec![message],
            Block::Paragraph { messages, .. } => messages.iter().collect(),
            Block::List { items, .. } => items.iter().collect(),
            Block::Qr { alt, .. } | Block::Image { alt, .. } => vec![alt],
        }
    }

    /// The image file the block places, if any: an image block's, or a banner's picture.
    pub fn image_path(&self) -> Option<&str> {
        match self {
            Block::Image { path, .. } => Some(path),
            Block::Banner { image, .. } => image.as_ref().map(|i| i.path.as_str()),
            _ => None,
        }
    }

    /// Every role name the block uses.
    pub fn roles(&self) -> Vec<&str> {
        match self {
            Block::Banner { lines, .. } | Block::Callout { lines, .. } => {
                lines.iter().map(|l| l.role.as_str()).collect()
            }
            Block::Heading { role, .. }
            | Block::Paragraph { role, .. }
            | Block::List { role, .. } => {
                vec![role.as_str()]
            }
            Block::Qr { .. } | Block::Image { .. } => vec![],
        }
    }
}

/// A layout's TOML error, at the place it is about. An error inside a block
/// comes out of serde's tagged enum without the block's place (toml gives the
/// blocks' array), so each block is read again on its own: the first one that
/// fails the same way is the one at fault.
fn spec_error(file: &SourceFile, e: &toml::de::Error) -> Diagnostic {
    let blocks = file
        .text
        .parse::<toml::Table>()
        .ok()
        .and_then(|mut t| t.remove("block"));
    if let Some(toml::Value::Array(blocks)) = blocks {
        for (i, block) in blocks.into_iter().enumerate() {
            if let Err(own) = Block::deserialize(block) {
                if own.message() == e.message() {
                    return toml_error_in(file, &own, &["block", &i.to_string()]);
                }
            }
        }
    }
    toml_error(file, e)
}

/// A loaded spec with its name and source, for diagnostics.
#[derive(Debug, Clone)]
pub struct Layout {
    pub name: String,
    pub spec: LayoutSpec,
    pub file: SourceFile,
    pub size: Size,
}

impl Layout {
    pub fn parse(name: &str, file: SourceFile) -> Result<Layout, Diagnostic> {
        let spec: LayoutSpec =
            toml::from_str(&file.text).map_err(|e| spec_error(&file, &e).layout(name))?;
        let size = spec.page.size.size().ok_or_else(|| {
            let written = match &spec.page.size {
                PaperSpec::Named(written) => written.as_str(),
                PaperSpec::Custom { .. } => "",
            };
            let names = crate::units::NAMED_SIZES.iter().map(|s| s.0);
            let rest = format!(
                "use one of {} or {{ width = \"8.5in\", height = \"11in\" }}",
                names.clone().collect::<Vec<_>>().join(", ")
            );
            Diagnostic::error("layout-value", format!("unknown page size `{written}`"))
                .at(file
                    .toml_string_location(&["page", "size"], written)
                    .unwrap_or_else(|| file.toml_location(&["page", "size"])))
                .layout(name)
                .hint(suggest(written, names, &rest))
        })?;
        let layout = Layout {
            name: name.to_string(),
            spec,
            file,
            size,
        };
        layout.validate()?;
        Ok(layout)
    }

    /// Checks references inside the spec: roles, palette names, columns, pages.
    fn validate(&self) -> Result<(), Diagnostic> {
        for (name, role) in &self.spec.roles {
            // Locations are found only for an error: each is a parse of the file.
            let at = || self.file.toml_location(&["roles", name]);
            let sane = |pt: f32| (MIN_TYPE_SIZE..=MAX_TYPE_SIZE).contains(&pt);
            let sane = |[largest, smallest]: [f32; 2]| {
                sane(largest) && sane(smallest) && smallest <= largest
            };
            if !sane(role.size) {
                return Err(self.value_error(
                    at(),
                    format!("role `{name}` has size [{}, {}]", role.size[0], role.size[1]),
                    format!("write size = [largest, smallest], largest first, each from {MIN_TYPE_SIZE} to {MAX_TYPE_SIZE} pt"),
                ));
            }
            for (script, &band) in &role.script_size {
                let at = || {
                    self.file
                        .toml_location(&["roles", name, "script-size", script])
                };
                if unicode_script::Script::from_short_name(script).is_none() {
                    return Err(self.value_error(
                        at(),
                        format!("role `{name}` has a size for `{script}`, which is no script"),
                        "name the script by its ISO 15924 code, capitalised: Khmr, Arab, Gujr, Hani, Latn".to_string(),
                    ));
                }
                if !sane(band) {
                    return Err(self.value_error(
                        at(),
                        format!("role `{name}` has size [{}, {}] for {script}", band[0], band[1]),
                        format!("write {script} = [largest, smallest], largest first, each from {MIN_TYPE_SIZE} to {MAX_TYPE_SIZE} pt"),
                    ));
                }
            }
            let (largest, smallest) =
                (role.leading.largest(), role.leading.smallest(leading_floor));
            if !((0.8..=3.0).contains(&largest)
                && (0.8..=3.0).contains(&smallest)
                && smallest <= largest)
            {
                return Err(self.value_error(
                    at(),
                    format!("role `{name}` has leading {}", leading_text(&role.leading)),
                    "leading is the line height as a multiple of the size: from 0.8 to 3 (1.2 to 1.4 reads best), or [largest, smallest] for auto-fit to tighten".into(),
                ));
            }
            if let Some(c) = &role.color {
                let path = ["roles", name, "color"];
                self.known_color(c, || {
                    (self.file.toml_string_location(&path, c)).unwrap_or_else(at)
                })?;
            }
        }
        let page = &self.spec.page;
        let short_side = self.size.width.0.min(self.size.height.0);
        if 2.0 * page.margin.0 > short_side - MIN_CONTENT {
            return Err(self.value_error(
                self.file.toml_location(&["page", "margin"]),
                format!(
                    "margins of {} on each side leave no room on a page {} across",
                    page.margin,
                    Pt(short_side)
                ),
                format!(
                    "keep the margins under {} each",
                    Pt((short_side - MIN_CONTENT) / 2.0)
                ),
            ));
        }
        self.validate_bounds()?;
        self.color("ink").map_err(|m| {
            let hint = "add `ink = \"#1f2328\"` to [palette]".into();
            self.value_error(self.file.toml_location(&["palette"]), m, hint)
        })?;
        if let Some(c) = &self.spec.page.background {
            self.known_color(c, || {
                (self.file.toml_string_location(&["page", "background"], c))
                    .unwrap_or_else(|| self.file.toml_location(&["page", "background"]))
            })?;
        }
        for (i, block) in self.spec.blocks.iter().enumerate() {
            self.validate_block(i, block)?;
        }
        Ok(())
    }

    /// One block's roles, colours, page and column.
    fn validate_block(&self, index: usize, block: &Spanned<Block>) -> Result<(), Diagnostic> {
        let at = || self.file.location(block.span().start);
        let err = |message: String, hint: String| self.value_error(at(), message, hint);
        let index = index.to_string();
        if let Block::Image { width, height, .. } = block.get_ref() {
            let key = if width.0 <= 0.0 {
                Some("width")
            } else {
                height.filter(|h| h.0 <= 0.0).map(|_| "height")
            };
            if let Some(key) = key {
                return Err(self.value_error(
                    self.file.toml_location(&["block", &index, key]),
                    format!("an image's {key} must be more than 0"),
                    "give its printed size, like width = \"1.5in\" (and a photo's height = \"1in\")".into(),
                ));
            }
        }
        // A name the block gives, where it gives it.
        let written = |name: &str| {
            self.file
                .toml_string_location(&["block", &index], name)
                .unwrap_or_else(at)
        };
        for role in block.get_ref().roles() {
            if !self.spec.roles.contains_key(role) {
                let roles = self.spec.roles.keys().map(String::as_str);
                let rest = format!(
                    "define [roles.{role}] or use one of: {}",
                    roles.clone().collect::<Vec<_>>().join(", ")
                );
                return Err(self.value_error(
                    written(role),
                    format!("block uses role `{role}`, which [roles] does not define"),
                    suggest(role, roles, &rest),
                ));
            }
        }
        let colours: Vec<&String> = match block.get_ref() {
            Block::Banner { fill, lines, .. } => std::iter::once(fill)
                .chain(lines.iter().filter_map(|l| l.color.as_ref()))
                .collect(),
            Block::Callout {
                fill,
                border,
                lines,
                ..
            } => std::iter::once(fill)
                .chain(border)
                .chain(lines.iter().filter_map(|l| l.color.as_ref()))
                .collect(),
            _ => vec![],
        };
        for c in colours {
            self.known_color(c, || written(c))?;
        }
        if self.spec.page.pages.continues() && block.get_ref().page() != 1 {
            return Err(err(
                "a block names its page in a layout with pages = [1, 2]".into(),
                "leave out `page`: auto-fit decides which blocks continue on page 2".into(),
            ));
        }
        if let Block::List {
            columns: Some(c), ..
        } = block.get_ref()
        {
            if !matches!(c, Bounds::One(1) | Bounds::Two([1, 2])) {
                return Err(err(
                    "a list's columns are 1 or [1, 2]".into(),
                    "write columns = [1, 2] to let auto-fit set the items in two columns".into(),
                ));
            }
        }
        let page = block.get_ref().page();
        if page == 0 || page > self.spec.page.pages.fixed() {
            return Err(err(
                format!(
                    "block is on page {page}, but the layout has {} page(s)",
                    self.spec.page.pages.fixed()
                ),
                "set [page] pages = 2 for a front and a back".into(),
            ));
        }
        if let Block::Banner {
            image: Some(image), ..
        } = block.get_ref()
        {
            let room = self.size.width.0 - 2.0 * self.spec.page.margin.0;
            if image.width.0 > room / 2.0 {
                return Err(self.value_error(
                    written(&image.path),
                    format!(
                        "the banner's image is {} wide, more than half the {} between the margins",
                        image.width,
                        Pt(room)
                    ),
                    format!(
                        "make it at most {} wide, so the band's lines keep room beside it",
                        Pt(room / 2.0)
                    ),
                ));
            }
        }
        if block.get_ref().column() == Some(0) {
            return Err(err(
                "columns are numbered from 1".into(),
                "use column = 1 or column = 2".into(),
            ));
        }
        Ok(())
    }

    /// The page's fit bounds: pages, the gap and paragraph spacing (each
    /// block's are checked with the block, in [`Self::validate_block`]).
    fn validate_bounds(&self) -> Result<(), Diagnostic> {
        let page = &self.spec.page;
        let at = |key: &str| self.file.toml_location(&["page", key]);
        match page.pages {
            PageCount::Fixed(n) if !(1..=MAX_PAGES).contains(&n) => {
                return Err(self.value_error(
                    at("pages"),
                    format!("the layout has {n} pages"),
                    format!("a poster or card has 1 to {MAX_PAGES} pages: pages = 1, 2 for a front and a back, or [1, 2] to continue on a second page only when the text needs it"),
                ));
            }
            PageCount::Range(r) if r != [1, 2] => {
                return Err(self.value_error(
                    at("pages"),
                    format!("pages = [{}, {}]", r[0], r[1]),
                    "write pages = [1, 2]: one page, continued on a second only when nothing else makes the text fit".into(),
                ));
            }
            _ => {}
        }
        let (largest, smallest) = (page.gap.largest(), page.gap.smallest(gap_floor));
        if smallest > largest {
            return Err(self.value_error(
                at("gap"),
                format!("gap = [{largest}, {smallest}] has its smallest first"),
                "write gap = [largest, smallest], e.g. gap = [\"10pt\", \"4pt\"]".into(),
            ));
        }
        let spacing = &page.paragraph_spacing;
        let (largest, smallest) = (spacing.largest(), spacing.smallest(|v| v));
        if !((0.0..=3.0).contains(&largest) && (0.0..=largest).contains(&smallest)) {
            return Err(self.value_error(
                at("paragraph-spacing"),
                format!("paragraph-spacing = [{largest}, {smallest}]"),
                "the space between paragraphs as a fraction of the type size, [largest, smallest], each from 0 to 3: e.g. [0.35, 0.15]".into(),
            ));
        }
        Ok(())
    }

    fn value_error(&self, at: Location, message: String, hint: String) -> Diagnostic {
        Diagnostic::error("layout-value", message)
            .at(at)
            .layout(&self.name)
            .hint(hint)
    }

    /// A colour name the layout gives at `at`, checked against [palette].
    fn known_color(&self, name: &str, at: impl FnOnce() -> Location) -> Result<Color, Diagnostic> {
        self.color(name).map_err(|message| {
            let names = self.spec.palette.keys().map(String::as_str);
            let rest = format!(
                "use a name from [palette]: {}",
                names.clone().collect::<Vec<_>>().join(", ")
            );
            self.value_error(at(), message, suggest(name, names, &rest))
        })
    }

    /// A palette colour by name.
    pub fn color(&self, name: &str) -> Result<Color, String> {
        self.spec
            .palette
            .get(name)
            .copied()
            .ok_or_else(|| format!("no colour `{name}` in [palette]"))
    }

    pub fn role(&self, name: &str) -> &RoleSpec {
        &self.spec.roles[name]
    }

    /// Every message id the layout names, in order, without repeats.
    /// Whether any block or line is in the pair language.
    pub fn is_bilingual(&self) -> bool {
        self.spec
            .blocks
            .iter()
            .flat_map(|b| b.get_ref().message_sides())
            .any(|(_, side)| side == Side::Pair)
    }

    /// The message ids whose text is in `side`'s language (the title is the main one's).
    pub fn message_ids_in(&self, side: Side) -> Vec<&str> {
        let mut seen = std::collections::BTreeSet::new();
        let title = (side == Side::Main).then(|| self.spec.title.get_ref());
        title
            .into_iter()
            .chain(
                self.spec
                    .blocks
                    .iter()
                    .flat_map(|b| b.get_ref().message_sides())
                    .filter(|(_, s)| *s == side)
                    .map(|(id, _)| id),
            )
            .map(String::as_str)
            .filter(|id| seen.insert(*id))
            .collect()
    }

    pub fn message_ids(&self) -> Vec<&str> {
        let mut seen = std::collections::BTreeSet::new();
        std::iter::once(self.spec.title.get_ref())
            .chain(
                self.spec
                    .blocks
                    .iter()
                    .flat_map(|b| b.get_ref().message_ids()),
            )
            .map(String::as_str)
            .filter(|id| seen.insert(*id))
            .collect()
    }

    /// The error for a message id this layout names that the source locale
    /// (`source_code`, defining `source_ids`) lacks: one problem of the layout,
    /// however many outputs it stops.
    pub fn unknown_message<'a>(
        &self,
        id: &str,
        source_code: &str,
        source_ids: impl IntoIterator<Item = &'a str>,
    ) -> Diagnostic {
        Diagnostic::error(
            "layout-message",
            format!("layout names message `{id}`, which locales/{source_code}/ does not define"),
        )
        .at(self.id_location(id))
        .layout(&self.name)
        .message_id(id)
        .hint(suggest(
            id,
            source_ids,
            "check the spelling, or add the message to the source locale",
        ))
    }

    /// Where a message id is written in the spec (its first mention).
    pub fn id_location(&self, id: &str) -> crate::diag::Location {
        let title = self.spec.title.span();
        if self.spec.title.get_ref() == id {
            return self.file.location(title.start);
        }
        // The blocks' array is walked in order: the first block that names it.
        self.file
            .toml_string_location(&["block"], id)
            .unwrap_or_else(|| self.file.location(0))
    }
}

/// A leading as the layout wrote it: `1.25` or `[1.25, 1.1]`.
fn leading_text(leading: &Bounds<f32>) -> String {
    match leading {
        Bounds::One(v) => v.to_string(),
        Bounds::Two([a, b]) => format!("[{a}, {b}]"),
    }
}
