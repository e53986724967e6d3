//! Building outputs: every layout x locale, in parallel, each written atomically.
//!
//! A [`Session`] loads what all outputs share once (fonts, catalogs, layouts); each
//! output then flows one way: messages → text → layout → PDF → file.

use crate::diag::{read_source, Diagnostic};
use crate::document::Document;
use crate::l10n::{
    campaign_variables, fallback_chain, is_rtl, strip_isolates, Catalog, Localizer, DRAFT_MESSAGE,
};
use crate::layout::{lay_out, Language, LayoutInput};
use crate::manifest::Status;
use crate::outputs::{on_all_cores, write_atomically};
use crate::pdf::{self, Metadata};
use crate::project::Project;
use crate::spec::{Layout, Side};
use crate::text::fonts::FontBook;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Layouts to build; empty: the manifest's.
    pub layouts: Vec<String>,
    /// Locales to build; empty: all in the manifest.
    pub locales: Vec<String>,
    /// Output folder instead of the manifest's.
    pub out: Option<PathBuf>,
    /// Refuse draft translations.
    pub release: bool,
    /// Let a message missing from a translation print in the source language.
    pub allow_fallback: bool,
    /// The pair locale of bilingual layouts instead of the manifest's.
    pub pair: Option<String>,
    /// Write PDF/A-2u (also set by flyer.toml `[build] pdfa = true`).
    pub pdfa: bool,
}

/// Everything loaded once and shared by all outputs of a run.
pub struct Session {
    pub project: Project,
    pub book: FontBook,
    pub catalogs: BTreeMap<String, Result<Catalog, Diagnostic>>,
    pub layouts: BTreeMap<String, Result<Layout, Diagnostic>>,
    /// Sheet layouts (cards imposed on sheets) with their templates.
    pub sheets: BTreeMap<String, SheetEntry>,
    /// Errors in each locale's own text (typed contact data, forbidden characters).
    pub text_errors: BTreeMap<String, Vec<Diagnostic>>,
    /// Images the layouts place, by the path they give.
    pub images: BTreeMap<String, Result<std::sync::Arc<crate::image::Image>, Diagnostic>>,
    /// The print shop's printing condition and profile, from flyer.toml `[print]`.
    pub print_intent: Option<pdf::PrintIntent>,
    /// Cards laid out so far, shared by the sheets that place them.
    cards: Mutex<BTreeMap<String, Arc<(Document, Built)>>>,
}

/// A sheet layout and its template, or why it cannot be used.
pub type SheetEntry =
    Result<(crate::impose::SheetLayout, crate::impose::SheetTemplate), Diagnostic>;

/// What became of one output.
#[derive(Debug)]
pub struct Outcome {
    pub layout: String,
    pub locale: String,
    pub path: PathBuf,
    pub result: Result<Built, Vec<Diagnostic>>,
}

#[derive(Debug, Clone)]
pub struct Built {
    pub bytes: usize,
    pub pages: usize,
    pub fit: f32,
    /// The size the body text was set at, if the layout has a body role.
    pub body_pt: Option<f32>,
    pub draft: bool,
    pub fallback_used: bool,
}

impl Session {
    pub fn open(project: Project) -> Result<Session, Diagnostic> {
        let mut folders = vec![(project.root.join("fonts"), PathBuf::from("fonts"))];
        for f in &project.manifest.fonts.folders {
            let path = project.resolve(f, "font folder").map_err(|d| {
                d.at(project
                    .manifest_file
                    .location(project.manifest_file.text.find(f.as_str()).unwrap_or(0)))
            })?;
            folders.push((path, PathBuf::from(f)));
        }
        let book = FontBook::load(&folders, &project.manifest.fonts)?;
        let print_intent = load_print_intent(&project)?;
        let mut catalogs = BTreeMap::new();
        for code in project.locale_codes() {
            catalogs.insert(code.clone(), Catalog::load(&project, &code));
        }
        let mut layouts = BTreeMap::new();
        let mut sheets = BTreeMap::new();
        for name in project.available_layouts() {
            let path = project.layouts_dir().join(format!("{name}.toml"));
            let shown = project.shown(&path);
            let file = match read_source(&path, &shown, "layout") {
                Ok(file) => file,
                Err(d) => {
                    layouts.insert(name, Err(d));
                    continue;
                }
            };
            if is_sheet_layout(&file.text) {
                sheets.insert(name.clone(), load_sheet(&project, &name, &file));
            } else {
                layouts.insert(name.clone(), Layout::parse(&name, file));
            }
        }
        let text_errors = catalogs
            .iter()
            .filter_map(|(code, c)| {
                c.as_ref()
                    .ok()
                    .map(|c| (code.clone(), crate::check::translation_checks(c)))
            })
            .collect();
        let mut images = BTreeMap::new();
        for layout in layouts.values().flatten() {
            for block in &layout.spec.blocks {
                if let crate::spec::Block::Image { path, .. } = block.get_ref() {
                    let at = layout.id_location(path);
                    let loaded = project
                        .resolve(path, "image")
                        .and_then(|full| crate::image::load(&full, std::path::Path::new(path)))
                        .map(std::sync::Arc::new)
                        .map_err(|d| d.at(at).layout(&layout.name));
                    images.entry(path.clone()).or_insert(loaded);
                }
            }
        }
        Ok(Session {
            project,
            book,
            catalogs,
            sheets,
            layouts,
            text_errors,
            images,
            print_intent,
            cards: Mutex::default(),
        })
    }

    pub fn out_dir(&self, opts: &BuildOptions) -> Result<PathBuf, Diagnostic> {
        match &opts.out {
            Some(dir) => Ok(dir.clone()),
            None => self
                .project
                .resolve(&self.project.manifest.build.out, "output folder"),
        }
    }

    /// The (layout, locale) pairs a build covers, or a usage error naming what is unknown.
    pub fn jobs(&self, opts: &BuildOptions) -> Result<Vec<(String, String)>, Diagnostic> {
        let layouts = if opts.layouts.is_empty() {
            self.project.default_layouts()
        } else {
            opts.layouts.clone()
        };
        let locales = if opts.locales.is_empty() {
            self.project.locale_codes()
        } else {
            opts.locales.clone()
        };
        for l in &layouts {
            if !self.layouts.contains_key(l) && !self.sheets.contains_key(l) {
                return Err(Diagnostic::error(
                    "unknown-layout",
                    format!("there is no layout `{l}`"),
                )
                .hint(format!(
                    "layouts in layouts/: {}",
                    self.layouts
                        .keys()
                        .chain(self.sheets.keys())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
        let pairs = layouts.iter().filter_map(|l| self.pair_for(l, opts));
        for l in locales.iter().cloned().chain(pairs) {
            if !self.catalogs.contains_key(&l) {
                return Err(Diagnostic::error(
                    "unknown-locale",
                    format!("locale `{l}` is not in flyer.toml"),
                )
                .hint(format!(
                    "locales in flyer.toml: {}",
                    self.project.locale_codes().join(", ")
                )));
            }
        }
        // A bilingual layout is not built in its pair locale alone.
        Ok(layouts
            .iter()
            .flat_map(|ly| {
                let pair = self.pair_for(ly, opts);
                locales
                    .iter()
                    .filter(move |lo| pair.as_ref() != Some(lo))
                    .map(move |lo| (ly.clone(), lo.clone()))
            })
            .collect())
    }

    /// The pair locale of a bilingual layout (or of a sheet of bilingual cards);
    /// `None` for a layout in one language.
    pub fn pair_for(&self, name: &str, opts: &BuildOptions) -> Option<String> {
        let layout = match self.sheets.get(name) {
            Some(Ok((sheet, _))) => sheet.card.as_str(),
            _ => name,
        };
        let bilingual = matches!(self.layouts.get(layout), Some(Ok(l)) if l.is_bilingual());
        bilingual.then(|| {
            let build = &self.project.manifest.build;
            opts.pair
                .clone()
                .or_else(|| build.pair.clone())
                .unwrap_or_else(|| build.source_locale.clone())
        })
    }

    /// Where an output goes, under the output folder: `<layout>/<locale>.pdf`, or
    /// `<layout>/<locale>+<pair>.pdf` for a bilingual one.
    pub fn output_file(&self, layout: &str, locale: &str, opts: &BuildOptions) -> PathBuf {
        let name = match self.pair_for(layout, opts) {
            Some(pair) => format!("{locale}+{pair}.pdf"),
            None => format!("{locale}.pdf"),
        };
        Path::new(layout).join(name)
    }

    /// Builds every job of `opts` on all cores; each output is written or nothing is.
    pub fn build(&self, opts: &BuildOptions) -> Result<Vec<Outcome>, Diagnostic> {
        self.build_jobs(&self.jobs(opts)?, opts, &|_| {})
    }

    /// Builds these jobs on all cores, calling `done` as each finishes.
    pub fn build_jobs(
        &self,
        jobs: &[(String, String)],
        opts: &BuildOptions,
        done: &(dyn Fn(&Outcome) + Sync),
    ) -> Result<Vec<Outcome>, Diagnostic> {
        let out_dir = self.out_dir(opts)?;
        Ok(on_all_cores(jobs, |(layout, locale)| {
            let path = out_dir.join(self.output_file(layout, locale, opts));
            let result = self
                .render(layout, locale, opts)
                .and_then(|(bytes, built)| {
                    write_atomically(&path, &bytes)
                        .map(|_| built)
                        .map_err(|d| vec![d])
                });
            let outcome = Outcome {
                layout: layout.clone(),
                locale: locale.clone(),
                path,
                result,
            };
            done(&outcome);
            outcome
        }))
    }

    pub fn layout(&self, name: &str) -> Result<&Layout, Vec<Diagnostic>> {
        match self.layouts.get(name) {
            Some(Ok(l)) => Ok(l),
            Some(Err(d)) => Err(vec![d.clone()]),
            None => Err(vec![Diagnostic::error(
                "unknown-layout",
                format!("there is no layout `{name}`"),
            )]),
        }
    }

    /// A localizer for `locale`, through its fallback chain.
    pub fn localizer(
        &self,
        locale: &str,
        allow_fallback: bool,
    ) -> Result<Localizer<'_>, Vec<Diagnostic>> {
        let source = &self.project.manifest.build.source_locale;
        let available: Vec<String> = self.catalogs.keys().cloned().collect();
        let mut chain = Vec::new();
        for code in fallback_chain(locale, source, &available) {
            match self.catalogs.get(&code) {
                Some(Ok(c)) => chain.push(c),
                Some(Err(d)) => return Err(vec![d.clone()]),
                None => {}
            }
        }
        if let Some(primary) = chain.first() {
            if primary.has_errors() {
                return Err(primary
                    .problems
                    .iter()
                    .filter(|d| d.is_error())
                    .cloned()
                    .collect());
            }
        }
        Ok(Localizer::new(
            chain,
            campaign_variables(&self.project.manifest.campaign),
            allow_fallback,
        ))
    }

    /// Formats the messages of a layout in one of its languages. All failures are
    /// returned, not just the first.
    pub fn texts(
        &self,
        layout: &Layout,
        side: Side,
        localizer: &Localizer,
    ) -> Result<(BTreeMap<String, String>, bool), Vec<Diagnostic>> {
        let mut texts = BTreeMap::new();
        let mut errors = Vec::new();
        let mut fallback_used = false;
        for id in layout.message_ids_in(side) {
            match localizer.format(id) {
                Ok(f) => {
                    fallback_used |= f.locale != localizer.locale();
                    texts.insert(id.to_string(), f.text);
                }
                Err(d) => {
                    let mut d = d.in_output(&layout.name, localizer.locale());
                    if d.rule == "ftl-missing"
                        && !localizer.primary().has_message(id)
                        && d.location.is_none()
                    {
                        d = d.at(layout.id_location(id));
                    }
                    errors.push(d);
                }
            }
        }
        if errors.is_empty() {
            Ok((texts, fallback_used))
        } else {
            Err(errors)
        }
    }

    /// Lays out one output.
    pub fn lay_out(
        &self,
        layout_name: &str,
        locale: &str,
        opts: &BuildOptions,
    ) -> Result<(Document, Built), Vec<Diagnostic>> {
        let layout = self.layout(layout_name)?;
        let pair = self.pair_for(layout_name, opts);
        let draft = self.is_draft(layout_name, locale, opts)?;
        let pair_draft = match &pair {
            Some(p) => self.is_draft(layout_name, p, opts)?,
            None => false,
        };
        let layout_errors: Vec<Diagnostic> = crate::check::layout_checks(layout)
            .into_iter()
            .filter(Diagnostic::is_error)
            .map(|d| d.in_output(layout_name, locale))
            .collect();
        if !layout_errors.is_empty() {
            return Err(layout_errors);
        }
        self.refuse_typed_contact_data(layout, Side::Main, locale)?;
        let localizer = self.localizer(locale, opts.allow_fallback)?;
        let (texts, mut fallback_used) = self.texts(layout, Side::Main, &localizer)?;
        let mut draft_text = if draft {
            Some((self.draft_text(&localizer)?, Side::Main))
        } else {
            None
        };
        let mut pair_texts = BTreeMap::new();
        if let Some(pair) = &pair {
            self.refuse_typed_contact_data(layout, Side::Pair, pair)?;
            let pair_localizer = self.localizer(pair, opts.allow_fallback)?;
            let (t, fallback) = self.texts(layout, Side::Pair, &pair_localizer)?;
            pair_texts = t;
            fallback_used |= fallback;
            if pair_draft && draft_text.is_none() {
                draft_text = Some((self.draft_text(&pair_localizer)?, Side::Pair));
            }
        }
        let qr_targets = self.qr_targets();
        let mut images = BTreeMap::new();
        for block in &layout.spec.blocks {
            if let crate::spec::Block::Image { path, .. } = block.get_ref() {
                match self.images.get(path) {
                    Some(Ok(image)) => {
                        images.insert(path.clone(), image.clone());
                    }
                    Some(Err(d)) => return Err(vec![d.clone().in_output(layout_name, locale)]),
                    None => {}
                }
            }
        }
        let input = LayoutInput {
            layout,
            main: Language {
                locale,
                rtl: is_rtl(locale),
                texts: &texts,
            },
            pair: pair.as_deref().map(|p| Language {
                locale: p,
                rtl: is_rtl(p),
                texts: &pair_texts,
            }),
            book: &self.book,
            qr_targets: &qr_targets,
            images: &images,
            draft: draft_text,
            title_id: layout.spec.title.get_ref(),
            names: &self.names(),
        };
        let doc = lay_out(&input).map_err(|d| vec![d])?;
        let built = Built {
            bytes: 0,
            pages: doc.pages.len(),
            fit: doc.fit,
            body_pt: doc.sizes.get("body").copied(),
            draft: draft || pair_draft,
            fallback_used,
        };
        Ok((doc, built))
    }

    /// Whether `locale`'s translation is a draft; an error if a release build must
    /// refuse it.
    fn is_draft(
        &self,
        layout_name: &str,
        locale: &str,
        opts: &BuildOptions,
    ) -> Result<bool, Vec<Diagnostic>> {
        let entry = self.project.manifest.locale(locale).ok_or_else(|| {
            vec![Diagnostic::error(
                "unknown-locale",
                format!("locale `{locale}` is not in flyer.toml"),
            )]
        })?;
        let draft = entry.status == Status::Draft;
        if draft && (opts.release || self.project.manifest.build.release) {
            return Err(vec![Diagnostic::error(
                "draft-in-release",
                format!("locale {locale} is a draft translation, not yet reviewed; a release build refuses it"),
            )
            .in_output(layout_name, locale)
            .hint(format!("have a native speaker review locales/{locale}/, then set status = \"reviewed\" with reviewed-by and reviewed-on in flyer.toml"))]);
        }
        Ok(draft)
    }

    /// Typed phone numbers or links in the messages a layout prints in `locale`
    /// (contact data must come from flyer.toml) fail the output.
    fn refuse_typed_contact_data(
        &self,
        layout: &Layout,
        side: Side,
        locale: &str,
    ) -> Result<(), Vec<Diagnostic>> {
        let used = layout.message_ids_in(side);
        let typed: Vec<Diagnostic> = self
            .text_errors
            .get(locale)
            .into_iter()
            .flatten()
            .filter(|d| {
                d.is_error()
                    && d.message_id
                        .as_deref()
                        .is_some_and(|id| used.contains(&id) || id.starts_with('-'))
            })
            .map(|d| d.clone().in_output(&layout.name, locale))
            .collect();
        if typed.is_empty() {
            Ok(())
        } else {
            Err(typed)
        }
    }

    /// Lays out one output: a page layout, or a card imposed on a sheet.
    pub fn document(
        &self,
        name: &str,
        locale: &str,
        opts: &BuildOptions,
    ) -> Result<(Document, Built), Vec<Diagnostic>> {
        match self.sheets.get(name) {
            None if self.is_sheet_card(name) => {
                let card = self.card(name, locale, opts)?;
                Ok((card.0.clone(), card.1.clone()))
            }
            None => self.lay_out(name, locale, opts),
            Some(Err(d)) => Err(vec![d.clone().in_output(name, locale)]),
            Some(Ok((sheet, template))) => {
                let card = self.card(&sheet.card, locale, opts)?;
                let sheet_doc = crate::impose::impose(&card.0, template, sheet.duplex);
                Ok((sheet_doc, card.1.clone()))
            }
        }
    }

    fn is_sheet_card(&self, layout: &str) -> bool {
        self.sheets
            .values()
            .flatten()
            .any(|(s, _)| s.card == layout)
    }

    /// A card layout laid out once per locale and options, however many sheets
    /// (and the card itself) place it.
    fn card(
        &self,
        name: &str,
        locale: &str,
        opts: &BuildOptions,
    ) -> Result<Arc<(Document, Built)>, Vec<Diagnostic>> {
        let key = format!(
            "{name}\0{locale}\0{:?}\0{}\0{}",
            self.pair_for(name, opts),
            opts.release,
            opts.allow_fallback
        );
        let cache = || self.cards.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(card) = cache().get(&key) {
            return Ok(card.clone());
        }
        let card = Arc::new(self.lay_out(name, locale, opts)?);
        cache().insert(key, card.clone());
        Ok(card)
    }

    /// Lays out and renders one output to PDF bytes.
    pub fn render(
        &self,
        layout_name: &str,
        locale: &str,
        opts: &BuildOptions,
    ) -> Result<(Vec<u8>, Built), Vec<Diagnostic>> {
        let (doc, mut built) = self.document(layout_name, locale, opts)?;
        let campaign = &self.project.manifest.campaign;
        let mut meta = Metadata {
            author: campaign.organization.clone(),
            subject: String::new(),
            keywords: vec![locale.to_string(), layout_name.to_string()],
            date: source_date_epoch(),
            pdfa: opts.pdfa || self.project.manifest.build.pdfa,
            print_intent: self.print_intent.clone(),
        };
        if built.draft {
            meta.subject = "Draft translation, not yet reviewed".into();
            meta.keywords.push("draft".into());
        }
        let bytes = pdf::render(&doc, &self.book, &meta)
            .map_err(|d| vec![d.in_output(layout_name, locale)])?;
        built.bytes = bytes.len();
        Ok((bytes, built))
    }

    /// "Draft translation, not yet reviewed" in the locale, and in English beside it.
    fn draft_text(&self, localizer: &Localizer) -> Result<String, Vec<Diagnostic>> {
        let local = localizer.format(DRAFT_MESSAGE).map_err(|d| vec![d])?.text;
        let source = &self.project.manifest.build.source_locale;
        let english = match self.catalogs.get(source) {
            Some(Ok(c)) => Localizer::new(vec![c], vec![], false)
                .format(DRAFT_MESSAGE)
                .map(|f| f.text)
                .unwrap_or_default(),
            _ => String::new(),
        };
        Ok(
            if localizer.locale() == source || english.is_empty() || english == local {
                local
            } else {
                format!("{english} \u{2014} \u{2068}{local}\u{2069}")
            },
        )
    }

    /// The names flyer.toml gives in the source language, which translations
    /// print as they are: the hotline's and the organization's.
    fn names(&self) -> Vec<(String, String)> {
        let m = &self.project.manifest;
        let source = &m.build.source_locale;
        [&m.campaign.hotline.name, &m.campaign.organization]
            .into_iter()
            .map(|name| (name.clone(), source.clone()))
            .collect()
    }

    /// QR code payloads by target name.
    pub fn qr_targets(&self) -> BTreeMap<String, String> {
        let c = &self.project.manifest.campaign;
        let mut m = BTreeMap::from([("hotline".to_string(), format!("tel:{}", c.hotline.dial))]);
        if let Some(site) = &c.website {
            m.insert("website".into(), site.clone());
        }
        m
    }
}

/// flyer.toml `[print]`: the condition's name and its CMYK ICC profile, both or
/// neither.
fn load_print_intent(project: &Project) -> Result<Option<pdf::PrintIntent>, Diagnostic> {
    let print = &project.manifest.print;
    let file = &project.manifest_file;
    let at = |needle: &str| file.location(file.text.find(needle).unwrap_or(0));
    let (condition, profile) = match (&print.condition, &print.profile) {
        (None, None) => return Ok(None),
        (Some(c), Some(p)) => (c, p),
        (c, _) => {
            let missing = if c.is_none() { "condition" } else { "profile" };
            return Err(Diagnostic::error(
                "print-intent",
                format!("[print] needs both `condition` and `profile`; `{missing}` is missing"),
            )
            .at(at("[print]"))
            .hint("condition = the printing condition's name (e.g. \"FOGRA39\"), profile = the ICC file your print shop gave you"));
        }
    };
    let path = project
        .resolve(profile, "ICC profile")
        .map_err(|d| d.at(at(profile)))?;
    let icc = std::fs::read(&path).map_err(|e| {
        Diagnostic::error(
            "print-intent",
            format!("cannot read the ICC profile `{profile}`: {e}"),
        )
        .at(at(profile))
        .hint("put the profile your print shop gave you in the project folder and name it here")
    })?;
    // The ICC header: the `acsp` signature at 36, the data colour space at 16.
    if icc.len() < 132 || &icc[36..40] != b"acsp" || &icc[16..20] != b"CMYK" {
        return Err(Diagnostic::error(
            "print-intent",
            format!("`{profile}` is not a CMYK ICC profile"),
        )
        .at(at(profile))
        .hint("a print shop's profile describes CMYK printing (e.g. ISOcoated_v2, GRACoL2013); RGB or damaged files do not"));
    }
    Ok(Some(pdf::PrintIntent {
        condition: condition.clone(),
        icc: Arc::new(icc),
    }))
}

/// A sheet layout names a template (`sheet = "..."`); a page layout does not.
fn is_sheet_layout(text: &str) -> bool {
    text.parse::<toml::Table>()
        .is_ok_and(|t| t.contains_key("sheet"))
}

/// A sheet layout and its template from `layouts/sheets/`.
fn load_sheet(
    project: &Project,
    name: &str,
    file: &crate::diag::SourceFile,
) -> Result<(crate::impose::SheetLayout, crate::impose::SheetTemplate), Diagnostic> {
    let sheet: crate::impose::SheetLayout = toml::from_str(&file.text)
        .map_err(|e| crate::manifest::toml_error(file, &e).layout(name))?;
    let path = project
        .layouts_dir()
        .join("sheets")
        .join(format!("{}.toml", sheet.sheet));
    let at = file.location(file.text.find("sheet").unwrap_or(0));
    let template_file =
        read_source(&path, &project.shown(&path), "sheet template").map_err(|d| {
            d.layout(name).hint(format!(
                "sheet templates live in layouts/sheets/; is `{}` spelled right?",
                sheet.sheet
            ))
        })?;
    let template =
        crate::impose::SheetTemplate::parse(&template_file).map_err(|d| d.layout(name))?;
    if !project.available_layouts().contains(&sheet.card)
        || is_sheet_layout(
            &std::fs::read_to_string(project.layouts_dir().join(format!("{}.toml", sheet.card)))
                .unwrap_or_default(),
        )
    {
        return Err(Diagnostic::error(
            "sheet-value",
            format!(
                "sheet layout names card layout `{}`, which is not a card layout in layouts/",
                sheet.card
            ),
        )
        .at(at)
        .layout(name)
        .hint("use card = \"card-us\" or another page layout with the card's size"));
    }
    Ok((sheet, template))
}

/// SOURCE_DATE_EPOCH, when set, dates the PDFs; otherwise they carry no date.
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

/// Removes any older output for a job that failed, so no stale PDF is mistaken for it.
pub fn remove_stale(outcome: &Outcome) {
    if outcome.result.is_err() && outcome.path.exists() {
        let _ = std::fs::remove_file(&outcome.path);
    }
}

/// The plain title of a formatted message.
pub fn plain(text: &str) -> String {
    strip_isolates(text)
}
