//! Lengths and paper sizes: every unit conversion happens here, once.

use serde::{Deserialize, Deserializer};
use std::fmt;

/// A length in PDF points (1/72 in). Everything after parsing works in points.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Pt(pub f32);

pub const PT_PER_IN: f32 = 72.0;
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// The longest length a layout may give: 200 in, the largest page PDF allows.
pub const MAX_LENGTH: Pt = Pt(14_400.0);

impl Pt {
    pub const ZERO: Pt = Pt(0.0);

    /// A length in points if it is one flyer can print: finite, not negative, and
    /// no longer than [`MAX_LENGTH`].
    fn checked(points: f64, text: &str) -> Result<Pt, String> {
        if !points.is_finite() || points < 0.0 {
            return Err(format!("`{text}` is not a positive length"));
        }
        if points > f64::from(MAX_LENGTH.0) {
            return Err(format!(
                "`{text}` is longer than 200 in (5 m), the largest page a PDF can have"
            ));
        }
        Ok(Pt(points as f32))
    }

    pub fn from_in(inches: f32) -> Pt {
        Pt(inches * PT_PER_IN)
    }

    pub fn from_mm(mm: f32) -> Pt {
        Pt(mm * PT_PER_MM)
    }

    /// Parses `12pt`, `0.5in`, `3mm`, `1cm` or a bare number of points.
    pub fn parse(text: &str) -> Result<Pt, String> {
        let t = text.trim();
        let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
        let (number, unit) = t.split_at(split);
        let value: f64 = number.trim().parse().map_err(|_| {
            format!("`{text}` is not a length: write a number with a unit, like `0.5in`, `12mm` or `18pt`")
        })?;
        // The factor checks the length in f64; the conversion stays in f32, as
        // lengths were always converted.
        let (per_unit, convert): (f64, fn(f32) -> Pt) = match unit.trim() {
            "" | "pt" => (1.0, Pt),
            "in" => (f64::from(PT_PER_IN), Pt::from_in),
            "mm" => (f64::from(PT_PER_MM), Pt::from_mm),
            "cm" => (f64::from(PT_PER_MM) * 10.0, |cm| Pt::from_mm(cm * 10.0)),
            other => {
                return Err(format!(
                    "unknown unit `{other}` in `{text}`: use pt, in, mm or cm"
                ))
            }
        };
        Pt::checked(value * per_unit, text)?;
        Ok(convert(value as f32))
    }
}

impl fmt::Display for Pt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2} pt", self.0)
    }
}

impl std::ops::Add for Pt {
    type Output = Pt;
    fn add(self, o: Pt) -> Pt {
        Pt(self.0 + o.0)
    }
}

impl std::ops::Sub for Pt {
    type Output = Pt;
    fn sub(self, o: Pt) -> Pt {
        Pt(self.0 - o.0)
    }
}

impl std::ops::Mul<f32> for Pt {
    type Output = Pt;
    fn mul(self, k: f32) -> Pt {
        Pt(self.0 * k)
    }
}

impl<'de> Deserialize<'de> for Pt {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pt, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(f64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(n) => Pt::checked(n, &n.to_string()).map_err(serde::de::Error::custom),
            Raw::Text(t) => Pt::parse(&t).map_err(serde::de::Error::custom),
        }
    }
}

/// The paper and card sizes flyer knows by name: the one table of them.
pub const NAMED_SIZES: &[(&str, f32, f32, &str)] = &[
    ("letter", 612.0, 792.0, "US Letter, 8.5 x 11 in"),
    ("tabloid", 792.0, 1224.0, "US Tabloid, 11 x 17 in"),
    ("a4", 595.2756, 841.8898, "A4, 210 x 297 mm"),
    ("a3", 841.8898, 1190.5511, "A3, 297 x 420 mm"),
    ("card-us", 252.0, 144.0, "US wallet card, 3.5 x 2 in"),
    (
        "card-eu",
        240.9449,
        155.9055,
        "EU business card, 85 x 55 mm",
    ),
];

/// A width and height in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: Pt,
    pub height: Pt,
}

impl Size {
    pub fn named(name: &str) -> Option<Size> {
        NAMED_SIZES
            .iter()
            .find(|(n, ..)| n.eq_ignore_ascii_case(name))
            .map(|&(_, w, h, _)| Size {
                width: Pt(w),
                height: Pt(h),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_convert_to_points() {
        assert_eq!(Pt::parse("0.5in").unwrap(), Pt(36.0));
        assert_eq!(Pt::parse("18pt").unwrap(), Pt(18.0));
        assert!((Pt::parse("3mm").unwrap().0 - 8.503937).abs() < 1e-4);
        assert_eq!(Pt::parse("2").unwrap(), Pt(2.0));
        assert!(Pt::parse("2furlongs").unwrap_err().contains("unknown unit"));
        assert!(Pt::parse("-1in").is_err());
        for absurd in ["nan", "inf", "1e30in", "201in"] {
            assert!(Pt::parse(absurd).is_err(), "{absurd}");
        }
        assert_eq!(Pt::parse("200in").unwrap(), MAX_LENGTH);
    }

    #[test]
    fn named_sizes_match_the_print_tables() {
        let a4 = Size::named("A4").unwrap();
        assert!((a4.width.0 - Pt::from_mm(210.0).0).abs() < 0.01);
        assert!((a4.height.0 - Pt::from_mm(297.0).0).abs() < 0.01);
        let eu = Size::named("card-eu").unwrap();
        assert!((eu.width.0 - 240.94).abs() < 0.01 && (eu.height.0 - 155.91).abs() < 0.01);
        assert_eq!(Size::named("tabloid").unwrap().height, Pt(1224.0));
    }
}
