//! Preparation: every block's messages shaped once into units, which the pager
//! breaks into lines and places at whatever scale it tries.

use super::LayoutInput;
use crate::diag::Diagnostic;
use crate::document::Role;
use crate::spec::{Block, Color, Side};
use crate::text::ShapedParagraph;
use std::sync::Arc;

pub(super) struct Unit {
    pub(super) para: ShapedParagraph,
    /// Where the text holds a name in another language (see [`TextLine::foreign`]).
    pub(super) foreign: Arc<[(std::ops::Range<usize>, String)]>,
    /// The language the text is in: its locale tag and direction.
    pub(super) locale: String,
    pub(super) rtl: bool,
    pub(super) role: String,
    pub(super) color: Color,
    pub(super) bullet: Option<ShapedParagraph>,
    pub(super) tag: Role,
    pub(super) message_id: String,
    /// Ascent, descent and ink height of the paragraph, in em (see `metrics`).
    pub(super) ascent: f32,
    pub(super) descent: f32,
    pub(super) extent: f32,
}

pub(super) struct Prepared<'a> {
    pub(super) index: usize,
    pub(super) block: &'a Block,
    pub(super) units: Vec<Unit>,
}

pub(super) fn prepare<'a>(input: &LayoutInput<'a>) -> Result<Vec<Prepared<'a>>, Diagnostic> {
    let layout = input.layout;
    let ink = layout.color("ink").unwrap_or(Color::BLACK);
    let mut title_seen = false;
    let mut out = Vec::new();
    for (index, spanned) in layout.spec.blocks.iter().enumerate() {
        let block = spanned.get_ref();
        let side = block.lang();
        let mut units = Vec::new();
        let mut add = |id: &str,
                       side: Side,
                       role: &str,
                       color: Option<&String>,
                       bullet: Option<&str>,
                       tag: Role|
         -> Result<(), Diagnostic> {
            let role_spec = layout.role(role);
            let lang = input.language(side);
            let text = lang
                .texts
                .get(id)
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
            let bullet = bullet.map(shape).transpose()?;
            let color = color
                .or(role_spec.color.as_ref())
                .map(|c| layout.color(c).unwrap_or(ink))
                .unwrap_or(ink);
            let (ascent, descent, extent) = para.metrics(input.book);
            let foreign = foreign_names(&para.text, lang.locale, input.names);
            units.push(Unit {
                para,
                foreign,
                locale: lang.locale.to_string(),
                rtl: lang.rtl,
                role: role.to_string(),
                color,
                bullet,
                tag,
                message_id: id.to_string(),
                ascent,
                descent,
                extent,
            });
            Ok(())
        };
        match block {
            Block::Banner { lines, .. } | Block::Callout { lines, .. } => {
                for line in lines {
                    let id = line.message.as_str();
                    let side = line.lang.unwrap_or(side);
                    let tag = if id == input.title_id && side == Side::Main && !title_seen {
                        title_seen = true;
                        Role::Title
                    } else {
                        Role::Paragraph
                    };
                    add(id, side, &line.role, line.color.as_ref(), None, tag)?;
                }
            }
            Block::Heading { message, role, .. } => {
                let tag = if message.as_str() == input.title_id && side == Side::Main && !title_seen
                {
                    title_seen = true;
                    Role::Title
                } else {
                    Role::Heading
                };
                add(message.as_str(), side, role, None, None, tag)?
            }
            Block::Paragraph { messages, role, .. } => {
                for m in messages {
                    add(m.as_str(), side, role, None, None, Role::Paragraph)?;
                }
            }
            Block::List {
                items,
                role,
                bullet,
                ..
            } => {
                for m in items {
                    add(m.as_str(), side, role, None, Some(bullet), Role::ListBody)?;
                }
            }
            Block::Qr { alt, .. } => {
                // Shaped with the smallest role; drawn at the size the square allows.
                let role = layout
                    .spec
                    .roles
                    .iter()
                    .min_by(|a, b| a.1.min().total_cmp(&b.1.min()))
                    .map(|(name, _)| name.clone())
                    .unwrap_or_default();
                if !role.is_empty() {
                    add(alt, side, &role, None, None, Role::FigureText)?;
                }
            }
            Block::Image { .. } => {}
        }
        out.push(Prepared {
            index,
            block,
            units,
        });
    }
    Ok(out)
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
