//! Facts about an output that are not on its pages: the document information,
//! PDF/A, and the print shop's printing condition.

/// A printing condition and its CMYK ICC profile, for a PDF/X-style output intent.
#[derive(Clone)]
pub struct PrintIntent {
    /// Its registered name, e.g. `FOGRA39`.
    pub condition: String,
    pub icc: std::sync::Arc<Vec<u8>>,
    /// The profile, ready to convert colours to.
    pub press: std::sync::Arc<crate::press::Press>,
}

impl std::fmt::Debug for PrintIntent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrintIntent")
            .field("condition", &self.condition)
            .field("icc", &self.icc.len())
            .finish()
    }
}

/// Facts about the output that are not on the page.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    /// Author / organization.
    pub author: String,
    /// Subject line, e.g. "Draft translation, not yet reviewed".
    pub subject: String,
    pub keywords: Vec<String>,
    /// Seconds since 1970 for the creation date (SOURCE_DATE_EPOCH); none: no date.
    pub date: Option<i64>,
    /// The print shop's printing condition (not with PDF/A).
    pub print_intent: Option<PrintIntent>,
    /// Paint in the printing condition's CMYK: every colour and image converted,
    /// black text on the black plate alone and overprinting.
    pub convert: bool,
    /// PDF/X-4: converted colours, the PDF/X identification and version 1.6.
    pub pdfx: bool,
    /// PDF/A-2u: an sRGB output intent, the PDF/A identification, and no
    /// device CMYK (crop marks are then black, not registration).
    pub pdfa: bool,
}
