//! Print colour: what flyer paints, converted to the print shop's CMYK profile
//! (flyer.toml `[print]`) with Little CMS, the reference colour engine.
//!
//! sRGB colours and images go to CMYK by relative colorimetric with black-point
//! compensation (so the darkest sRGB lands on the press's darkest black, not
//! on a clipped brown). A dark neutral becomes 100% black alone: small text
//! in a four-ink "rich black" prints with coloured fringes wherever the plates
//! do not register. No colour exceeds the total ink limit.

use lcms2::{CIELab, Flags, PixelFormat, Profile, Transform};
use std::sync::Mutex;

/// The most ink a press takes unless flyer.toml or the profile says otherwise
/// (coated offset stock: ISO 12647-2 and GRACoL allow 300-330%).
pub const DEFAULT_INK_LIMIT: f32 = 300.0;

/// A colour this close to neutral (CIE LCh chroma) and this dark (L*) is black
/// text's: `ink = "#1c1c1c"` is L* 10, chroma 0.
const NEUTRAL_CHROMA: f64 = 6.0;
const DARK_LIGHTNESS: f64 = 25.0;

/// 100% black, nothing else: the only ink black text and rules are printed with.
pub const PURE_BLACK: [f32; 4] = [0.0, 0.0, 0.0, 1.0];

/// How sRGB colours the press cannot print are brought into its gamut
/// (flyer.toml `[print] intent`).
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Intent {
    /// Colours the press can print stay exact; the others go to the nearest
    /// it can, with black-point compensation (so dark detail is kept).
    #[default]
    RelativeColorimetric,
    /// Every colour moves a little so the out-of-gamut ones keep their
    /// differences (photographs).
    Perceptual,
}

/// The shop's profile, ready to convert.
pub struct Press {
    transforms: Mutex<Transforms>,
    /// Total ink allowed, in percent (sum of the four inks).
    pub ink_limit: f32,
    /// The total ink of the profile's own darkest colour, in percent, as Little
    /// CMS measures it (`cmsDetectTAC`).
    pub profile_ink: f32,
}

/// lcms2's transforms are `Send` but, with their cache, not `Sync`: one lock
/// around all three (a palette is a few colours; an image is one call).
struct Transforms {
    to_cmyk: Transform<[f64; 3], [f64; 4]>,
    to_cmyk_8: Transform<[u8; 3], [u8; 4]>,
    srgb_lab: Transform<[f64; 3], [f64; 3]>,
    cmyk_lab: Transform<[f64; 4], [f64; 3]>,
}

/// A palette colour's trip to the press: the CMYK it becomes, and how far its
/// printed look is from its sRGB look (CIEDE2000).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Converted {
    pub cmyk: [f32; 4],
    pub delta_e: f32,
}

impl Press {
    /// `ink_limit`: flyer.toml's, in percent; none: the profile's, or 300%.
    pub fn new(icc: &[u8], ink_limit: Option<f32>, intent: Intent) -> Result<Press, String> {
        let cmyk = Profile::new_icc(icc).map_err(|e| format!("Little CMS cannot read it ({e})"))?;
        let srgb = Profile::new_srgb();
        let lab = Profile::new_lab4_context(lcms2::GlobalContext::new(), &D50)
            .map_err(|e| format!("no Lab profile ({e})"))?;
        let relative = lcms2::Intent::RelativeColorimetric;
        let chosen = match intent {
            Intent::RelativeColorimetric => relative,
            Intent::Perceptual => lcms2::Intent::Perceptual,
        };
        let bpc = Flags::BLACKPOINT_COMPENSATION;
        let fail = |e: lcms2::Error| format!("Little CMS cannot convert to it ({e})");
        let transforms = Transforms {
            to_cmyk: Transform::new_flags(
                &srgb,
                PixelFormat::RGB_DBL,
                &cmyk,
                PixelFormat::CMYK_DBL,
                chosen,
                bpc,
            )
            .map_err(fail)?,
            to_cmyk_8: Transform::new_flags(
                &srgb,
                PixelFormat::RGB_8,
                &cmyk,
                PixelFormat::CMYK_8,
                chosen,
                bpc,
            )
            .map_err(fail)?,
            // The sRGB look, absolute: sRGB's white is the paper's white in
            // the Lab of the printed colour too (relative colorimetric).
            srgb_lab: Transform::new(
                &srgb,
                PixelFormat::RGB_DBL,
                &lab,
                PixelFormat::Lab_DBL,
                relative,
            )
            .map_err(fail)?,
            cmyk_lab: Transform::new(
                &cmyk,
                PixelFormat::CMYK_DBL,
                &lab,
                PixelFormat::Lab_DBL,
                relative,
            )
            .map_err(fail)?,
        };
        let profile_ink = cmyk.detect_tac() as f32;
        // The ink of the profile's darkest colour is its separation's limit.
        let ink_limit = ink_limit.unwrap_or(if (200.0..=400.0).contains(&profile_ink) {
            profile_ink.ceil()
        } else {
            DEFAULT_INK_LIMIT
        });
        Ok(Press {
            transforms: Mutex::new(transforms),
            ink_limit,
            profile_ink,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Transforms> {
        self.transforms.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The CMYK (0..=1) an sRGB colour (0..=1) prints as: 100% black for a dark
    /// neutral, else the profile's, within the ink limit.
    pub fn cmyk(&self, rgb: [f32; 3]) -> [f32; 4] {
        self.convert(rgb).cmyk
    }

    /// [`Press::cmyk`], and how far the print is from the sRGB look.
    pub fn convert(&self, rgb: [f32; 3]) -> Converted {
        let rgb = rgb.map(f64::from);
        let t = self.lock();
        let mut lab = [[0.0; 3]];
        t.srgb_lab.transform_pixels(&[rgb], &mut lab);
        let cmyk = if is_dark_neutral(lab[0]) {
            PURE_BLACK
        } else {
            let mut out = [[0.0; 4]];
            t.to_cmyk.transform_pixels(&[rgb], &mut out);
            self.limit(out[0].map(tidy))
        };
        let mut printed = [[0.0; 3]];
        let percent = cmyk.map(|v| f64::from(v) * 100.0);
        t.cmyk_lab.transform_pixels(&[percent], &mut printed);
        Converted {
            cmyk,
            delta_e: delta_e(lab[0], printed[0]) as f32,
        }
    }

    /// A colour's total ink, in percent.
    pub fn total_ink(cmyk: [f32; 4]) -> f32 {
        cmyk.iter().sum::<f32>() * 100.0
    }

    /// Keeps a colour within the ink limit: black stays (it carries the
    /// darkness and the detail), cyan, magenta and yellow give way in proportion.
    pub fn limit(&self, [c, m, y, k]: [f32; 4]) -> [f32; 4] {
        let limit = self.ink_limit / 100.0;
        let colour = c + m + y;
        if c + m + y + k <= limit || colour <= 0.0 {
            return [c, m, y, k];
        }
        let scale = ((limit - k) / colour).max(0.0);
        [c * scale, m * scale, y * scale, k]
    }

    /// 8-bit RGBA pixels as 8-bit CMYK (the profile's separation, within the
    /// ink limit) and their alpha, for images.
    pub fn cmyk_pixels(&self, rgba: &[u8]) -> (Vec<u8>, Vec<u8>) {
        let rgb: Vec<[u8; 3]> = rgba.chunks_exact(4).map(|p| [p[0], p[1], p[2]]).collect();
        let alpha = rgba.chunks_exact(4).map(|p| p[3]).collect();
        let mut cmyk = vec![[0u8; 4]; rgb.len()];
        self.lock().to_cmyk_8.transform_pixels(&rgb, &mut cmyk);
        let limit = (self.ink_limit / 100.0 * 255.0) as u32;
        for px in &mut cmyk {
            let sum: u32 = px.iter().map(|&v| u32::from(v)).sum();
            if sum > limit {
                let [c, m, y, k] = px.map(|v| f32::from(v) / 255.0);
                *px = self.limit([c, m, y, k]).map(|v| (v * 255.0).floor() as u8);
            }
        }
        (cmyk.concat(), alpha)
    }
}

/// CIE D50 as xyY: the Lab of the profile connection space.
const D50: lcms2::CIExyY = lcms2::CIExyY {
    x: 0.3457,
    y: 0.3585,
    Y: 1.0,
};

/// An ink percentage from Little CMS as a fraction, to a tenth of a percent;
/// under half a percent is no ink (white paper comes back as 0.0015%, which
/// a plate would print as a scatter of dots).
fn tidy(percent: f64) -> f32 {
    if percent < 0.5 {
        0.0
    } else {
        ((percent * 10.0).round() / 1000.0) as f32
    }
}

fn is_dark_neutral([l, a, b]: [f64; 3]) -> bool {
    l <= DARK_LIGHTNESS && a.hypot(b) <= NEUTRAL_CHROMA
}

/// CIEDE2000 between two Lab colours (Little CMS's).
fn delta_e([l1, a1, b1]: [f64; 3], [l2, a2, b2]: [f64; 3]) -> f64 {
    use lcms2::CIELabExt;
    let lab = |l, a, b| CIELab { L: l, a, b };
    lab(l1, a1, b1).cie2000_delta_e(&lab(l2, a2, b2), 1.0, 1.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A CMYK profile made by ArgyllCMS from FOGRA39 measurements
    /// (tests/fixtures/print/README.md).
    fn press() -> Press {
        let icc = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/print/FOGRA39L-argyll.icc"
        ))
        .unwrap();
        Press::new(&icc, None, Intent::default()).unwrap()
    }

    #[test]
    fn colours_are_converted_as_little_cms_converts_them() {
        let icc = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/print/FOGRA39L-argyll.icc"
        ))
        .unwrap();
        let shop = Profile::new_icc(&icc).unwrap();
        let reference: Transform<[f64; 3], [f64; 4]> = Transform::new_flags(
            &Profile::new_srgb(),
            PixelFormat::RGB_DBL,
            &shop,
            PixelFormat::CMYK_DBL,
            lcms2::Intent::RelativeColorimetric,
            Flags::BLACKPOINT_COMPENSATION,
        )
        .unwrap();
        let press = press();
        for rgb in [
            [0.043, 0.29, 0.49],
            [0.643, 0.086, 0.102],
            [0.91, 0.94, 0.97],
        ] {
            let mut expected = [[0.0; 4]];
            reference.transform_pixels(&[rgb.map(f64::from)], &mut expected);
            let got = press.cmyk(rgb);
            // To a tenth of a percent; under half a percent is no ink.
            for (g, e) in got.iter().zip(expected[0]) {
                let g = f64::from(*g) * 100.0;
                let same = if e < 0.5 {
                    g == 0.0
                } else {
                    (g - e).abs() <= 0.05 + 1e-4
                };
                assert!(same, "{rgb:?}: {got:?} vs {expected:?}");
            }
        }
    }

    #[test]
    fn dark_neutrals_print_on_the_black_plate_alone() {
        let press = press();
        for grey in [0.0, 0.109, 0.15] {
            assert_eq!(press.cmyk([grey; 3]), PURE_BLACK, "#{grey}");
        }
        // A dark blue is not black text.
        assert_ne!(press.cmyk([0.043, 0.16, 0.33])[0], 0.0);
        // White is paper: no ink.
        assert_eq!(press.cmyk([1.0; 3]), [0.0; 4]);
    }

    #[test]
    fn no_colour_exceeds_the_ink_limit() {
        let press = press();
        assert!(
            (290.0..=300.0).contains(&press.profile_ink),
            "{}",
            press.profile_ink
        );
        let limited = Press::new(
            &std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/print/FOGRA39L-argyll.icc"
            ))
            .unwrap(),
            Some(240.0),
            Intent::default(),
        )
        .unwrap();
        for rgb in [[0.2, 0.0, 0.1], [0.1, 0.05, 0.3], [0.3, 0.1, 0.0]] {
            let ink = Press::total_ink(limited.cmyk(rgb));
            assert!(ink <= 240.01, "{rgb:?}: {ink}%");
        }
        let (pixels, alpha) = limited.cmyk_pixels(&[40, 0, 20, 255, 255, 255, 255, 0]);
        assert!(pixels[..4].iter().map(|&v| u32::from(v)).sum::<u32>() <= 612);
        assert_eq!(&pixels[4..], &[0, 0, 0, 0]);
        assert_eq!(alpha, [255, 0]);
    }

    #[test]
    fn the_distance_from_the_screen_colour_is_measured() {
        let press = press();
        // The layouts' deep blue is inside a coated press's gamut...
        assert!(press.convert([0.043, 0.29, 0.49]).delta_e < 5.0);
        // ...sRGB's pure green is far outside it.
        assert!(press.convert([0.0, 1.0, 0.0]).delta_e > 10.0);
    }
}
