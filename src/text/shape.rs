//! Shaping with harfrust: the one place that talks to the shaper, so its API (which
//! changes between minor versions; the version is pinned) is wrapped once.

use super::fonts::Face;
use harfrust::{Buffer, BufferFlags, Direction, Language, Script, ShapeOptions, ShaperFont};
use std::ops::Range;
use std::str::FromStr;

/// One shaped glyph. Lengths are in em; multiply by the font size for points.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    /// The bytes of the paragraph this glyph's cluster stands for.
    pub cluster: Range<usize>,
    pub x_advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// Breaking the line before this glyph's cluster needs reshaping.
    pub unsafe_to_break: bool,
}

/// Shapes `text[range]` with one face, in one direction, script and language.
/// Glyphs come back in visual order, positions in em, clusters as byte ranges of
/// `text`. The text around the range is given to the shaper as context, so Arabic
/// joins across a font or line boundary correctly.
pub fn shape_run(
    text: &str,
    range: Range<usize>,
    face: &Face,
    rtl: bool,
    script: &str,
    language: &str,
) -> Vec<Glyph> {
    let mut buffer = Buffer::new();
    buffer.push_str(&text[range.clone()]);
    buffer.set_pre_context(&text[..range.start]);
    buffer.set_post_context(&text[range.end..]);
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    buffer.set_script(Script::from_str(script).ok());
    buffer.set_language(Language::from_str(language).ok());
    // Isolates (U+2068/U+2069), ZWJ and friends steer shaping and bidi but are never drawn.
    buffer.set_flags(BufferFlags::REMOVE_DEFAULT_IGNORABLES);
    let shaper = ShaperFont::new(&face.font);
    if harfrust::shape(&shaper, &mut buffer, ShapeOptions::new()).is_err() {
        return Vec::new();
    }
    let upem = face.units_per_em;
    let infos = buffer.glyph_infos();
    let positions = buffer.glyph_positions();

    // Cluster starts in logical order give each cluster its end.
    let mut starts: Vec<usize> = infos
        .iter()
        .map(|i| range.start + i.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_end = |start: usize| {
        let i = starts.partition_point(|&s| s <= start);
        starts.get(i).copied().unwrap_or(range.end)
    };
    infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let start = range.start + info.cluster as usize;
            Glyph {
                gid: info.glyph_id as u16,
                cluster: start..cluster_end(start),
                x_advance: pos.x_advance as f32 / upem,
                x_offset: pos.x_offset as f32 / upem,
                y_offset: pos.y_offset as f32 / upem,
                unsafe_to_break: info.unsafe_to_break(),
            }
        })
        .collect()
}
