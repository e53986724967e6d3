//! Colours in layouts: sRGB `#rrggbb`, or process CMYK for print, and the WCAG
//! contrast between two of them.

use serde::Deserialize;

/// A colour: sRGB, or process CMYK for print with its sRGB look beside it (for
/// contrast checks, previews and PDF/A, which allows no device CMYK).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color {
    pub r: f32,
    pub g: f32,
    pub b: f32,
    /// Cyan, magenta, yellow, black, 0..=1, when the layout gave the colour so.
    pub cmyk: Option<[f32; 4]>,
}

impl Color {
    pub const BLACK: Color = Color::rgb(0.0, 0.0, 0.0);
    pub const WHITE: Color = Color::rgb(1.0, 1.0, 1.0);
    /// Printer's registration colour: all four inks, so a mark prints on every
    /// plate; black where CMYK is not allowed.
    pub const REGISTRATION: Color = Color {
        cmyk: Some([1.0, 1.0, 1.0, 1.0]),
        ..Color::BLACK
    };

    pub const fn rgb(r: f32, g: f32, b: f32) -> Color {
        Color {
            r,
            g,
            b,
            cmyk: None,
        }
    }

    /// `#rrggbb`, or `cmyk(c, m, y, k)` in percent (`cmyk(100, 60, 0, 20)`).
    pub fn parse(text: &str) -> Result<Color, String> {
        let bad = || {
            format!(
                "`{text}` is not a colour: write it as \"#rrggbb\", like \"#0a4f8f\", \
                 or for print as \"cmyk(c, m, y, k)\" in percent, like \"cmyk(100, 60, 0, 20)\""
            )
        };
        if let Some(inside) = text
            .trim()
            .strip_prefix("cmyk(")
            .and_then(|t| t.strip_suffix(')'))
        {
            let parts: Vec<f32> = inside
                .split(',')
                .map(|p| p.trim().trim_end_matches('%').trim().parse::<f32>())
                .collect::<Result<_, _>>()
                .map_err(|_| bad())?;
            let [c, m, y, k] = parts[..] else {
                return Err(bad());
            };
            if [c, m, y, k].iter().any(|v| !(0.0..=100.0).contains(v)) {
                return Err(bad());
            }
            let [c, m, y, k] = [c / 100.0, m / 100.0, y / 100.0, k / 100.0];
            // The naive conversion: close enough to judge contrast and to preview.
            return Ok(Color {
                r: (1.0 - c) * (1.0 - k),
                g: (1.0 - m) * (1.0 - k),
                b: (1.0 - y) * (1.0 - k),
                cmyk: Some([c, m, y, k]),
            });
        }
        let hex = text
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.is_ascii());
        let channel = |i: usize| hex.and_then(|h| u8::from_str_radix(&h[i..i + 2], 16).ok());
        match (channel(0), channel(2), channel(4)) {
            (Some(r), Some(g), Some(b)) => Ok(Color::rgb(
                r as f32 / 255.0,
                g as f32 / 255.0,
                b as f32 / 255.0,
            )),
            _ => Err(bad()),
        }
    }

    /// WCAG 2.1 relative luminance.
    pub fn luminance(self) -> f32 {
        let lin = |c: f32| {
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Color) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Color, D::Error> {
        let text = String::deserialize(d)?;
        Color::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((Color::BLACK.contrast(Color::WHITE) - 21.0).abs() < 0.01);
        let grey = Color::parse("#767676").unwrap();
        assert!((grey.contrast(Color::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn colours_must_be_hex() {
        assert!(Color::parse("red").unwrap_err().contains("#rrggbb"));
        assert_eq!(Color::parse("#ff0000").unwrap(), Color::rgb(1.0, 0.0, 0.0));
    }

    #[test]
    fn print_colours_may_be_cmyk_in_percent() {
        let navy = Color::parse("cmyk(100, 60, 0, 20%)").unwrap();
        assert_eq!(navy.cmyk, Some([1.0, 0.6, 0.0, 0.2]));
        assert!((navy.r - 0.0).abs() < 1e-6 && (navy.g - 0.32).abs() < 1e-6);
        assert!((navy.b - 0.8).abs() < 1e-6);
        for bad in ["cmyk(100, 60, 0)", "cmyk(120, 0, 0, 0)", "cmyk(a, b, c, d)"] {
            assert!(
                Color::parse(bad).unwrap_err().contains("cmyk(c, m, y, k)"),
                "{bad}"
            );
        }
    }
}
