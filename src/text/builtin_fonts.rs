//! The fonts built into the flyer binary: the files of the repository's `fonts/`
//! folder, so a project made by `flyer new` prints every shipped script with no
//! font file of its own (Typst embeds its default fonts the same way).
//!
//! A project's own fonts come first: a built-in face is used only where no project
//! face has its family and weight, and `[fonts] built-in = false` turns them off.
//! `flyer fonts --vendor` copies the ones a project uses into its `fonts/`, which
//! pins them for reproducible builds across flyer versions.

/// One built-in font file.
pub struct BuiltinFont {
    /// The file name, as in the repository's `fonts/` and as `--vendor` writes it.
    pub file: &'static str,
    pub data: &'static [u8],
}

macro_rules! builtin {
    ($($file:literal),* $(,)?) => {
        &[$(BuiltinFont { file: $file, data: include_bytes!(concat!("../../fonts/", $file)) }),*]
    };
}

/// Every built-in file, in name order like a font folder: a project that vendors
/// them gets the same font book, so the same PDFs. A `static`, not a `const`: a
/// const's 40 MB would be copied into every place that names it.
pub static BUILTIN_FONTS: &[BuiltinFont] = builtin![
    "NotoNaskhArabic-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Regular.ttf",
    "NotoSansCJK-Bold.ttc",
    "NotoSansCJK-Regular.ttc",
    "NotoSansGujarati-Bold.ttf",
    "NotoSansGujarati-Regular.ttf",
    "NotoSansKhmer-Bold.ttf",
    "NotoSansKhmer-Regular.ttf",
];

/// The built-in fonts' licence, written beside them by `--vendor`.
pub static BUILTIN_LICENSE: &str = include_str!("../../fonts/OFL.txt");

/// Families tried in order for any text when flyer.toml names none: the built-in
/// ones, Latin first.
pub const DEFAULT_FALLBACK: &[&str] = &[
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Sans Khmer",
    "Noto Sans Gujarati",
    "Noto Sans CJK SC",
];

/// Families tried first for a locale or script when flyer.toml names none: Han
/// characters are drawn differently in each CJK locale.
pub const DEFAULT_PREFER: &[(&str, &str)] = &[
    ("zh-Hant", "Noto Sans CJK TC"),
    ("zh-Hans", "Noto Sans CJK SC"),
    ("ko", "Noto Sans CJK KR"),
    ("ja", "Noto Sans CJK JP"),
    ("Arab", "Noto Naskh Arabic"),
    ("Khmr", "Noto Sans Khmer"),
    ("Gujr", "Noto Sans Gujarati"),
];
