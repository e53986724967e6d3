//! Building outputs: one output's messages formatted, laid out, rendered to PDF
//! and written atomically; a run's outputs on all cores.
//!
//! A [`Builder`] is one run over a loaded [`Session`] with its options: each
//! output flows one way, messages → text → layout → PDF → file, and a card is laid
//! out once for all the sheets that place it.

use crate::diag::{suggest, Diagnostic};
use crate::document::{Document, FitMoves};
use crate::fresh::{Entry, Fingerprints, Record, RECORD};
use crate::l10n::{is_rtl, same_language, Localizer, DRAFT_MESSAGE, FALLBACK_MESSAGE};
use crate::layout::{lay_out, Language, LayoutInput};
use crate::manifest::Status;
use crate::outputs::{on_all_cores, page_files, preview_file, write_atomically};
use crate::pdf::{self, Metadata};
use crate::rules::layout::SetAt;
use crate::session::{BuildOptions, Session};
use crate::spec::{Layout, Side};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What became of one output.
#[derive(Debug)]
pub struct Outcome {
    pub layout: String,
    pub locale: String,
    pub path: PathBuf,
    pub result: Result<Built, Vec<Diagnostic>>,
    /// Not rebuilt: nothing it is made from changed ([`crate::fresh`]).
    pub unchanged: bool,
}

/// Facts about a built output, for the command's report (kept in the output
/// folder's record, [`crate::fresh::Record`], for when it is not rebuilt).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Built {
    pub bytes: usize,
    pub pages: usize,
    pub fit: f32,
    /// The size the body text was set at, if the layout has a body role.
    pub body_pt: Option<f32>,
    pub draft: bool,
    /// Whether some text is in another language than its side's locale (the
    /// source's, with `--allow-fallback`); the pages are marked so.
    pub fallback_used: bool,
    /// The roles of running text set below 90% of their largest size, with
    /// their size, and the layout that sets them (a sheet's card layout).
    pub shrunk: Vec<Shrunk>,
    /// What auto-fit did beyond type sizes, and the layout it did it to (a
    /// sheet's card layout).
    pub moves: FitMoves,
    pub fitted: String,
    /// Raster images placed below [`WARN_PPI`](crate::rules::layout::WARN_PPI).
    #[serde(default)]
    pub low_res: Vec<LowRes>,
}

/// An image a layout places at fewer pixels per inch than print wants.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LowRes {
    pub layout: String,
    /// The block (index in the layout) that places it.
    pub block: usize,
    pub path: String,
    pub ppi: f32,
}

/// A role of running text that an output sets below
/// [`SHRINK_WARNING`](crate::rules::layout::SHRINK_WARNING) of its largest size.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Shrunk {
    pub layout: String,
    pub role: String,
    pub size: f32,
}

/// One run of builds: the loaded session, the run's options, and the cards laid
/// out so far, shared by the sheets that place them.
pub struct Builder<'s> {
    pub session: &'s Session,
    pub opts: BuildOptions,
    /// The PDFs' date (SOURCE_DATE_EPOCH), or why it cannot be used.
    date: Result<Option<i64>, Diagnostic>,
    /// How the run prints ([`PrintMode`]), or why it cannot.
    print: Result<PrintMode, Diagnostic>,
    cards: Mutex<BTreeMap<String, Arc<(Document, Built)>>>,
}

impl<'s> Builder<'s> {
    pub fn new(session: &'s Session, opts: &BuildOptions) -> Builder<'s> {
        Builder {
            session,
            opts: opts.clone(),
            date: source_date_epoch(),
            print: PrintMode::of(session, opts),
            cards: Mutex::default(),
        }
    }

    /// Builds every job of the run's options on all cores; each output is written or nothing is.
    pub fn build(&self) -> Result<Vec<Outcome>, Diagnostic> {
        self.build_jobs(&self.session.jobs(&self.opts)?, &|_| {})
    }

    /// Builds these jobs on all cores, calling `done` as each finishes. An output
    /// that fails leaves no PDF or thumbnail behind, not even an older one.
    pub fn build_jobs(
        &self,
        jobs: &[(String, String)],
        done: &(dyn Fn(&Outcome) + Sync),
    ) -> Result<Vec<Outcome>, Diagnostic> {
        let out_dir = self.session.out_dir(&self.opts)?;
        self.date.clone()?;
        self.print.clone()?;
        crate::outputs::remove_stale_temporaries(&out_dir);
        let mut record: Record<Built> = Record::read(&out_dir);
        let fingerprints = Fingerprints::new(self.session, &self.opts);
        let outcomes = on_all_cores(jobs, |(layout, locale)| {
            let file = self.session.output_file(layout, locale, &self.opts);
            let key = file.to_string_lossy().replace('\\', "/");
            let path = out_dir.join(&file);
            let fingerprint = || fingerprints.of(layout, locale);
            let may_be_unchanged = !self.opts.force && record.has(&out_dir, &key);
            let (inputs, result, unchanged) =
                if !may_be_unchanged && jobs.len() == 1 && crate::outputs::free_cores() > 1 {
                    // Built whatever its fingerprint, which is only recorded: found
                    // on the other core meanwhile (it itemizes the locale's text).
                    let write = || self.write(layout, locale, &path);
                    let (inputs, result) = rayon::join(fingerprint, write);
                    (inputs, result, false)
                } else {
                    let inputs = fingerprint();
                    match (!self.opts.force)
                        .then(|| record.unchanged(&out_dir, &key, &inputs))
                        .flatten()
                    {
                        Some(built) => (inputs, Ok(built), true),
                        None => {
                            let result = self.write(layout, locale, &path);
                            (inputs, result, false)
                        }
                    }
                };
            if result.is_err() {
                remove_failed(&out_dir, &file);
            }
            let outcome = Outcome {
                layout: layout.clone(),
                locale: locale.clone(),
                path,
                result,
                unchanged,
            };
            done(&outcome);
            (outcome, key, inputs)
        });
        let mut out = Vec::with_capacity(outcomes.len());
        for (outcome, key, inputs) in outcomes {
            match &outcome.result {
                Ok(built) => {
                    let bytes = built.bytes as u64;
                    let built = built.clone();
                    record.outputs.insert(
                        key,
                        Entry {
                            inputs,
                            bytes,
                            built,
                        },
                    );
                }
                Err(_) => {
                    record.outputs.remove(&key);
                }
            }
            out.push(outcome);
        }
        // The record only spares work: if it cannot be written (a full disk),
        // none is kept, and the next build writes every output again.
        if record.write(&out_dir).is_err() {
            let _ = std::fs::remove_file(out_dir.join(crate::fresh::RECORD));
        }
        Ok(out)
    }

    /// Renders one output and writes it atomically.
    fn write(&self, layout: &str, locale: &str, path: &Path) -> Result<Built, Vec<Diagnostic>> {
        let (bytes, built) = self.render(layout, locale)?;
        write_atomically(path, &bytes).map_err(|d| vec![d])?;
        Ok(built)
    }

    /// After a build of everything in flyer.toml: removes the PDFs (with their
    /// thumbnails and page images) that an older build left in the output folder
    /// for a layout or locale no longer there. Returns what it removed, relative
    /// to the output folder.
    pub fn remove_orphans(&self, outcomes: &[Outcome]) -> Result<Vec<PathBuf>, Diagnostic> {
        let out_dir = self.session.out_dir(&self.opts)?;
        let built: std::collections::BTreeSet<PathBuf> = outcomes
            .iter()
            .filter_map(|o| o.path.strip_prefix(&out_dir).ok().map(Path::to_path_buf))
            .collect();
        let mut removed = Vec::new();
        let folders = std::fs::read_dir(&out_dir).into_iter().flatten().flatten();
        for folder in folders.filter(|f| f.file_type().is_ok_and(|t| t.is_dir())) {
            let name = folder.file_name();
            if name == "previews" || name == "pages" {
                continue;
            }
            for pdf in std::fs::read_dir(folder.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let file = Path::new(&name).join(pdf.file_name());
                let is_pdf = file.extension().is_some_and(|e| e == "pdf");
                if is_pdf && pdf.file_type().is_ok_and(|t| t.is_file()) && !built.contains(&file) {
                    remove_failed(&out_dir, &file);
                    removed.push(file);
                }
            }
        }
        removed.sort();
        Ok(removed)
    }

    /// Lays out and renders one output to PDF bytes.
    pub fn render(
        &self,
        layout_name: &str,
        locale: &str,
    ) -> Result<(Vec<u8>, Built), Vec<Diagnostic>> {
        let (doc, built) = self.document(layout_name, locale)?;
        self.render_document(&doc, built, layout_name, locale)
    }

    /// Renders a laid-out output to PDF bytes (the workspace keeps the document
    /// too, for where each message is on the page).
    pub fn render_document(
        &self,
        doc: &Document,
        mut built: Built,
        layout_name: &str,
        locale: &str,
    ) -> Result<(Vec<u8>, Built), Vec<Diagnostic>> {
        let campaign = &self.session.project.manifest.campaign;
        let print = self.print.clone().map_err(|d| vec![d])?;
        let mut date = self.date.clone().map_err(|d| vec![d])?;
        if print.pdfx {
            // PDF/X requires dates: without SOURCE_DATE_EPOCH, flyer.toml's last
            // change (the same inputs, the same bytes).
            date = date.or_else(|| manifest_date(self.session));
        }
        let mut meta = Metadata {
            author: campaign.organization.clone(),
            subject: String::new(),
            keywords: vec![locale.to_string(), layout_name.to_string()],
            date,
            pdfa: print.pdfa,
            print_intent: self.session.print_intent.clone(),
            convert: print.convert,
            pdfx: print.pdfx,
        };
        if built.draft {
            meta.subject = "Draft translation, not yet reviewed".into();
            meta.keywords.push("draft".into());
        }
        let bytes = pdf::render(doc, &self.session.book, &meta)
            .map_err(|d| vec![d.in_output(layout_name, locale)])?;
        built.bytes = bytes.len();
        Ok((bytes, built))
    }

    /// Lays out one output: a page layout, or a card imposed on a sheet.
    pub fn document(&self, name: &str, locale: &str) -> Result<(Document, Built), Vec<Diagnostic>> {
        match self.session.sheets.get(name) {
            None if self.session.is_sheet_card(name) => {
                let card = self.card(name, locale)?;
                Ok((card.0.clone(), card.1.clone()))
            }
            None => self.lay_out(name, locale),
            Some(Err(d)) => Err(vec![d.clone().in_output(name, locale)]),
            Some(Ok((sheet, template))) => {
                let card = self.card(&sheet.card, locale)?;
                let sheet_doc = crate::impose::impose(&card.0, template, sheet.duplex);
                Ok((sheet_doc, card.1.clone()))
            }
        }
    }

    /// A card layout laid out once per locale and options, however many sheets
    /// (and the card itself) place it.
    fn card(&self, name: &str, locale: &str) -> Result<Arc<(Document, Built)>, Vec<Diagnostic>> {
        let key = format!(
            "{name}\0{locale}\0{:?}\0{}\0{}",
            self.session.pair_for(name, &self.opts),
            self.opts.release,
            self.opts.allow_fallback
        );
        let cache = || self.cards.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(card) = cache().get(&key) {
            return Ok(card.clone());
        }
        let card = Arc::new(self.lay_out(name, locale)?);
        cache().insert(key, card.clone());
        Ok(card)
    }

    /// Lays out one output.
    pub fn lay_out(
        &self,
        layout_name: &str,
        locale: &str,
    ) -> Result<(Document, Built), Vec<Diagnostic>> {
        let layout = self.session.layout(layout_name)?;
        let pair = self.session.pair_for(layout_name, &self.opts);
        let draft = self.is_draft(layout_name, locale)?;
        let pair_draft = match &pair {
            Some(p) => self.is_draft(layout_name, p)?,
            None => false,
        };
        let layout_errors: Vec<Diagnostic> = crate::rules::layout::layout_checks(layout)
            .into_iter()
            .filter(Diagnostic::is_error)
            .map(|d| d.in_output(layout_name, locale))
            .collect();
        if !layout_errors.is_empty() {
            return Err(layout_errors);
        }
        self.check_qr_codes(layout).map_err(|e| {
            e.into_iter()
                .map(|d| d.in_output(layout_name, locale))
                .collect::<Vec<_>>()
        })?;
        self.refuse_typed_contact_data(layout, Side::Main, locale)?;
        let localizer = self.session.localizer(locale, self.opts.allow_fallback)?;
        let (texts, mut fallback_used) = layout_texts(layout, Side::Main, &localizer)?;
        self.refuse_formatted_contact_data(&texts, &localizer, layout_name)?;
        let mut draft_text = if draft {
            Some((self.draft_text(&localizer)?, Side::Main))
        } else {
            None
        };
        let mut pair_texts = BTreeMap::new();
        if let Some(pair) = &pair {
            self.refuse_typed_contact_data(layout, Side::Pair, pair)?;
            let pair_localizer = self.session.localizer(pair, self.opts.allow_fallback)?;
            let (t, fallback) = layout_texts(layout, Side::Pair, &pair_localizer)?;
            self.refuse_formatted_contact_data(&t, &pair_localizer, layout_name)?;
            pair_texts = t;
            fallback_used |= fallback;
            if pair_draft && draft_text.is_none() {
                draft_text = Some((self.draft_text(&pair_localizer)?, Side::Pair));
            }
        }
        let fallback_text = fallback_used.then(|| (self.fallback_text(&localizer), Side::Main));
        let qr_targets = self.session.qr_targets();
        let images = self.images(layout, locale)?;
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
            book: &self.session.book,
            qr_targets: &qr_targets,
            images: &images,
            draft: draft_text,
            fallback: fallback_text,
            title_id: layout.spec.title.get_ref(),
            names: &self.session.names(),
        };
        let doc = lay_out(&input).map_err(|d| vec![d])?;
        // Lines whose glyphs touch are unreadable: never printed. (Cards are
        // checked once here, however many sheets place them.)
        if let Some(c) = crate::layout::collisions(&doc, &self.session.book).first() {
            return Err(vec![Diagnostic::error("line-collision", c.to_string())
                .layout(layout_name)
                .locale(locale)
                .message_id(&c.lower.message_id)
                .hint("a bug in flyer's line spacing for these fonts: please report it with the layout and the locale; meanwhile, raise the role's leading in the layout")]);
        }
        let low_res = image_resolutions(&doc, layout).map_err(|d| vec![d.locale(locale)])?;
        let built = Built {
            low_res,
            bytes: 0,
            pages: doc.pages.len(),
            fit: doc.fit,
            body_pt: doc.sizes.get("body").copied(),
            draft: draft || pair_draft,
            fallback_used,
            shrunk: crate::rules::layout::shrunk_roles(layout, &doc.sizes)
                .into_iter()
                .map(|(role, size)| Shrunk {
                    layout: layout.name.clone(),
                    role,
                    size,
                })
                .collect(),
            moves: doc.moves,
            fitted: layout.name.clone(),
        };
        Ok((doc, built))
    }

    /// The decoded images a layout places, by the path it gives.
    fn images(
        &self,
        layout: &Layout,
        locale: &str,
    ) -> Result<BTreeMap<String, Arc<crate::image::Image>>, Vec<Diagnostic>> {
        let mut images = BTreeMap::new();
        for block in &layout.spec.blocks {
            if let Some(path) = block.get_ref().image_path() {
                match self.session.images.get(path) {
                    Some(Ok(image)) => {
                        images.insert(path.to_string(), image.clone());
                    }
                    Some(Err(d)) => return Err(vec![d.clone().in_output(&layout.name, locale)]),
                    None => {}
                }
            }
        }
        Ok(images)
    }

    /// Whether `locale`'s translation is a draft; an error if a release build must
    /// refuse it.
    fn is_draft(&self, layout_name: &str, locale: &str) -> Result<bool, Vec<Diagnostic>> {
        let entry = self
            .session
            .project
            .manifest
            .locale(locale)
            .ok_or_else(|| vec![self.session.unknown_locale(locale)])?;
        let draft = entry.status == Status::Draft;
        if draft && (self.opts.release || self.session.project.manifest.build.release) {
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
        let typed: Vec<Diagnostic> = (self.session.text_errors_of(locale).iter())
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

    /// Every QR code of a layout says something and can be printed: its target is
    /// set in flyer.toml (or is a URL), its text fits a QR code, and each module
    /// is at least [`MIN_QR_MODULE`] at the printed size.
    fn check_qr_codes(&self, layout: &Layout) -> Result<(), Vec<Diagnostic>> {
        use qrcode::{EcLevel, QrCode};
        let targets = self.session.qr_targets();
        let mut errors = Vec::new();
        for (i, block) in layout.spec.blocks.iter().enumerate() {
            let crate::spec::Block::Qr { target, size, .. } = block.get_ref() else {
                continue;
            };
            let at = layout
                .file
                .toml_string_location(&["block", &i.to_string()], target)
                .unwrap_or_else(|| layout.file.location(block.span().start));
            let error = |rule, message: String, hint: String| {
                Diagnostic::error(rule, message)
                    .at(at.clone())
                    .layout(&layout.name)
                    .hint(hint)
            };
            let payload = match targets.get(target) {
                Some(payload) => payload.clone(),
                None if is_url(target) => target.clone(),
                None => {
                    let contacts = &self.session.project.manifest.contacts;
                    let (message, hint) = unknown_qr_target(target, contacts);
                    errors.push(error("qr-target", message, hint));
                    continue;
                }
            };
            match QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M) {
                Err(_) => errors.push(error(
                    "qr-payload",
                    format!(
                        "the QR code's text is {} bytes, more than a QR code holds",
                        payload.len()
                    ),
                    "use a shorter address".into(),
                )),
                Ok(code) if size.0 / (code.width() as f32) < MIN_QR_MODULE => {
                    let needed = MIN_QR_MODULE * code.width() as f32 / crate::units::PT_PER_IN;
                    errors.push(error(
                        "qr-size",
                        format!("the QR code is {size} wide: too small for its {} modules", code.width()),
                        format!("make it at least {needed:.2}in wide (each module 0.33 mm, what phones read from print), or use a shorter address"),
                    ));
                }
                Ok(code) => {
                    errors.extend(crate::rules::layout::qr_quiet_zone(layout, i, code.width()));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Contact data that reached a formatted message by a reference or a string
    /// literal (what the source-level rule cannot see) fails the output.
    fn refuse_formatted_contact_data(
        &self,
        texts: &BTreeMap<String, String>,
        localizer: &Localizer,
        layout_name: &str,
    ) -> Result<(), Vec<Diagnostic>> {
        use crate::rules::text::{contact_data_in_formatted, formatted_contact_data_error};
        let manifest = &self.session.project.manifest;
        let values = crate::l10n::campaign_values(manifest);
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        let policy = crate::rules::text::ContactPolicy::of(manifest);
        let errors: Vec<Diagnostic> = texts
            .iter()
            .filter_map(|(id, text)| {
                let found = contact_data_in_formatted(text, &values, &policy)?;
                let d = formatted_contact_data_error(localizer.primary(), id, &found, &policy);
                Some(d.in_output(layout_name, localizer.locale()))
            })
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// "Draft translation, not yet reviewed" in the locale, and in English beside it.
    fn draft_text(&self, localizer: &Localizer) -> Result<String, Vec<Diagnostic>> {
        let local = localizer.format(DRAFT_MESSAGE).map_err(|d| vec![d])?.text;
        let english = self.source_text(DRAFT_MESSAGE).unwrap_or_default();
        Ok(self.beside_source(localizer, english, local))
    }

    /// "English text: not translated yet" in English, and beside it in the
    /// locale if its translation has the message. A project whose source
    /// locale lacks the message gets it in English words, naming the source
    /// language by its name in flyer.toml.
    fn fallback_text(&self, localizer: &Localizer) -> String {
        let manifest = &self.session.project.manifest;
        let source = &manifest.build.source_locale;
        let english = self.source_text(FALLBACK_MESSAGE).unwrap_or_else(|| {
            let name = manifest.locale(source).map_or(source.as_str(), |l| &l.name);
            format!("{name} text: not translated yet")
        });
        let local = localizer
            .format(FALLBACK_MESSAGE)
            .ok()
            .filter(|f| same_language(&f.locale, localizer.locale()))
            .map_or_else(|| english.clone(), |f| f.text);
        self.beside_source(localizer, english, local)
    }

    /// Message `id` of the source locale, if it has it.
    fn source_text(&self, id: &str) -> Option<String> {
        let source = &self.session.project.manifest.build.source_locale;
        match self.session.catalogs.get(source) {
            Some(Ok(c)) => Localizer::new(vec![c], vec![], false)
                .format(id)
                .map(|f| f.text)
                .ok(),
            _ => None,
        }
    }

    /// A marking's text: the source locale's words, then the locale's own
    /// (isolated, for its direction) when they differ.
    fn beside_source(&self, localizer: &Localizer, english: String, local: String) -> String {
        let source = &self.session.project.manifest.build.source_locale;
        if localizer.locale() == source || english.is_empty() || english == local {
            local
        } else {
            format!("{english} \u{2014} \u{2068}{local}\u{2069}")
        }
    }
}

/// The `type-shrunk` warnings of built outputs, each given as (layout, locale,
/// what was built): one per layout and role, naming every output that sets the
/// role that small (a card and the sheets that place it, in every locale).
pub fn shrink_warnings<'b>(
    session: &Session,
    built: impl IntoIterator<Item = (&'b str, &'b str, &'b Built)>,
) -> Vec<Diagnostic> {
    let mut groups: BTreeMap<(&str, &str), Vec<SetAt>> = BTreeMap::new();
    for (layout, locale, b) in built {
        for s in &b.shrunk {
            let outputs = groups
                .entry((s.layout.as_str(), s.role.as_str()))
                .or_default();
            outputs.push(SetAt {
                output: layout.to_string(),
                locale: locale.to_string(),
                size: s.size,
            });
        }
    }
    groups
        .into_iter()
        .filter_map(|((layout, role), sizes)| {
            let layout = session.layout(layout).ok()?;
            Some(crate::rules::layout::type_shrunk(layout, role, &sizes))
        })
        .collect()
}

/// The raster images of a laid-out output, at the pixels per inch they are
/// placed at: under [`MIN_PPI`](crate::rules::layout::MIN_PPI) an error, under
/// [`WARN_PPI`](crate::rules::layout::WARN_PPI) reported (for a warning).
fn image_resolutions(
    doc: &Document,
    layout: &crate::spec::Layout,
) -> Result<Vec<LowRes>, Diagnostic> {
    let mut lowest: BTreeMap<(usize, &str), f32> = BTreeMap::new();
    for item in doc.pages.iter().flat_map(|p| &p.items) {
        if let crate::document::Item::Image {
            image,
            w,
            path,
            block,
            ..
        } = item
        {
            if let Some(ppi) = image.ppi_at(*w) {
                let entry = lowest.entry((*block, path.as_str())).or_insert(ppi);
                *entry = entry.min(ppi);
            }
        }
    }
    let mut low = Vec::new();
    for ((block, path), ppi) in lowest {
        if let Some(d) = crate::rules::layout::image_resolution(layout, block, path, ppi) {
            if d.severity == crate::diag::Severity::Error {
                return Err(d);
            }
            low.push(LowRes {
                layout: layout.name.clone(),
                block,
                path: path.to_string(),
                ppi,
            });
        }
    }
    Ok(low)
}

/// The `image-resolution` warnings of built outputs: one per layout's image.
pub fn resolution_warnings<'b>(
    session: &Session,
    built: impl IntoIterator<Item = (&'b str, &'b str, &'b Built)>,
) -> Vec<Diagnostic> {
    let mut lowest: BTreeMap<(&str, usize, &str), f32> = BTreeMap::new();
    for (_, _, b) in built {
        for l in &b.low_res {
            let entry =
                (lowest.entry((l.layout.as_str(), l.block, l.path.as_str()))).or_insert(l.ppi);
            *entry = entry.min(l.ppi);
        }
    }
    (lowest.into_iter())
        .filter_map(|((layout, block, path), ppi)| {
            let layout = session.layout(layout).ok()?;
            crate::rules::layout::image_resolution(layout, block, path, ppi)
        })
        .collect()
}

/// The `fit-moves` warnings of built outputs, each given as (layout, locale,
/// what was built): one per layout and set of moves that change the page's
/// structure (see [`FitMoves::structural`]), naming
/// every output that took them (a card and the sheets that place it).
pub fn fit_warnings<'b>(
    session: &Session,
    built: impl IntoIterator<Item = (&'b str, &'b str, &'b Built)>,
) -> Vec<Diagnostic> {
    // (the layout fitted, its moves in words) -> the (output, locale) pairs.
    type Moved<'b> = BTreeMap<(&'b str, Vec<String>), Vec<(&'b str, &'b str)>>;
    let mut groups: Moved = BTreeMap::new();
    for (output, locale, b) in built {
        let moves = b.moves.structural();
        if moves.is_empty() {
            continue;
        }
        let key = (b.fitted.as_str(), moves);
        groups.entry(key).or_default().push((output, locale));
    }
    let mut out = Vec::new();
    for ((layout, moves), outputs) in groups {
        let Ok(spec) = session.layout(layout) else {
            continue;
        };
        let locales: BTreeSet<&str> = outputs.iter().map(|(_, l)| *l).collect();
        let mut d = Diagnostic::warning(
            "fit-moves",
            format!(
                "the text fits only with more than smaller type and spacing: {}",
                moves.join(", ")
            ),
        )
        .at(spec.file.toml_location(&["page"]))
        .layout(layout)
        .hint("look at the proof; to fit as designed, shorten the text, or give it a larger page");
        if let [locale] = locales.into_iter().collect::<Vec<_>>()[..] {
            d = d.locale(locale);
        }
        for (output, locale) in outputs {
            d = d.stops(output, locale);
        }
        out.push(d);
    }
    out
}

/// Formats the messages of a layout in one of its languages. All failures are
/// returned, not just the first. Also says whether any is in another language
/// (a message the translation lacks, in the source locale's words).
pub fn layout_texts(
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
                fallback_used |= !same_language(&f.locale, localizer.locale());
                texts.insert(id.to_string(), f.text);
            }
            Err(d) => {
                let source = localizer.source();
                let mut d = d.in_output(&layout.name, localizer.locale());
                if d.rule == "ftl-missing" && !source.has_message(id) {
                    // The layout's mistake, the same for every locale.
                    let ids = source.message_ids();
                    let known = ids.iter().map(String::as_str);
                    d = layout.unknown_message(id, &source.code, known);
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

/// What a run's PDFs are for: screens and archives (PDF/A), or a print shop's
/// press (colours converted to its profile, PDF/X).
#[derive(Debug, Clone, Copy, Default)]
pub struct PrintMode {
    pub pdfa: bool,
    pub convert: bool,
    pub pdfx: bool,
}

impl PrintMode {
    /// The command line's choices, else flyer.toml's; converting needs the
    /// shop's profile, and PDF/A (sRGB) cannot be converted to it.
    pub fn of(session: &Session, opts: &BuildOptions) -> Result<PrintMode, Diagnostic> {
        let manifest = &session.project.manifest;
        let pdfx = opts.pdfx || manifest.print.pdfx;
        let mode = PrintMode {
            pdfa: opts.pdfa || manifest.build.pdfa,
            convert: pdfx || opts.print || manifest.print.convert,
            pdfx,
        };
        let asked = if pdfx {
            "PDF/X"
        } else {
            "converting colours for print"
        };
        if mode.convert && session.print_intent.is_none() {
            return Err(Diagnostic::error(
                "print-intent",
                format!("{asked} needs the print shop's CMYK profile, and flyer.toml names none"),
            )
            .at(session.project.manifest_file.toml_location(&["print"]))
            .hint("add [print] with condition = \"FOGRA39\" (the shop's printing condition) and profile = \"shop.icc\" (its ICC file, in the project folder)"));
        }
        if mode.convert && mode.pdfa {
            let file = &session.project.manifest_file;
            let mut d = Diagnostic::error(
                "usage",
                format!("PDF/A and {asked} exclude each other: PDF/A is for screens and archives, in sRGB"),
            )
            .hint("build twice: once with --pdfa for the website, once with --pdfx (or --print) for the print shop, into another --out folder");
            // Where flyer.toml asks for one of them.
            if manifest.build.pdfa {
                d = d.at(file.toml_location(&["build", "pdfa"]));
            } else if manifest.print.pdfx || manifest.print.convert {
                d = d.at(file.toml_location(&["print"]));
            }
            return Err(d);
        }
        Ok(mode)
    }
}

/// flyer.toml's modification time, in seconds since 1970.
fn manifest_date(session: &Session) -> Option<i64> {
    let path = session
        .project
        .root
        .join(&session.project.manifest_file.path);
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let seconds = modified
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    i64::try_from(seconds).ok()
}

/// SOURCE_DATE_EPOCH, when set, dates the PDFs; otherwise they carry no date. A
/// value that is not whole seconds from 1970 to 9999 is a usage error.
pub fn source_date_epoch() -> Result<Option<i64>, Diagnostic> {
    let Ok(text) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    match text.trim().parse::<i64>() {
        Ok(seconds) if (0..=253_402_300_799).contains(&seconds) => Ok(Some(seconds)),
        _ => Err(Diagnostic::error(
            "usage",
            format!("SOURCE_DATE_EPOCH is `{text}`, not a date"),
        )
        .hint("set it to whole seconds since 1970-01-01 UTC (e.g. `git log -1 --format=%ct`), or unset it")),
    }
}

/// Removes what an older build left for an output that failed now (or that is
/// no longer built): its PDF, its thumbnail and its page images, so nothing
/// stale is mistaken for it.
/// After a build of every site: removes the folders of sites no longer in the
/// sites table. Only a folder flyer made (one with an output record) is
/// touched, and only what flyer writes in it: the recorded outputs with their
/// thumbnails and page images, the gallery, proof sheets and the record; a
/// folder left with other files stays. Returns the folders removed.
pub fn remove_gone_sites(out_dir: &Path, keep: &BTreeSet<String>) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    for entry in std::fs::read_dir(out_dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let dir = entry.path();
        let flyer_made = entry.file_type().is_ok_and(|t| t.is_dir()) && dir.join(RECORD).is_file();
        if !flyer_made
            || keep.contains(&name)
            || ["previews", "pages", "proof"].contains(&name.as_str())
        {
            continue;
        }
        let record: Record<Built> = Record::read(&dir);
        for file in record.outputs.keys() {
            remove_failed(&dir, Path::new(file));
        }
        for made in ["previews", "pages", "proof"] {
            let _ = std::fs::remove_dir_all(dir.join(made));
        }
        for made in ["index.html", RECORD] {
            let _ = std::fs::remove_file(dir.join(made));
        }
        for layout in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let _ = std::fs::remove_dir(layout.path()); // only if empty
        }
        if std::fs::remove_dir(&dir).is_ok() {
            removed.push(PathBuf::from(name));
        }
    }
    removed.sort();
    removed
}

fn remove_failed(out_dir: &Path, file: &Path) {
    let mut stale = vec![out_dir.join(file), out_dir.join(preview_file(file))];
    stale.extend(page_files(out_dir, file));
    for path in stale {
        if path.exists() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The smallest QR code module phones read reliably from print: 0.33 mm, in pt.
pub const MIN_QR_MODULE: f32 = 0.33 * crate::units::PT_PER_MM;

/// Whether a QR code target is an address of its own rather than a name.
/// Why a QR block's target opens nothing, and what to write instead.
fn unknown_qr_target(target: &str, contacts: &crate::contacts::Contacts) -> (String, String) {
    let targets: Vec<&str> = (contacts.iter())
        .filter(|c| c.qr_payload().is_some())
        .map(|c| c.key.as_str())
        .collect();
    let named: Vec<String> = targets.iter().map(|t| format!("\"{t}\"")).collect();
    let rest = match named.len() {
        0 => "add a phone, url or email contact to flyer.toml ([contacts.<name>]) and name it, or use a URL like \"https://example.org\"".to_string(),
        _ => format!(
            "use target = the name of a phone, url or email contact in flyer.toml ({}), or a URL like \"https://example.org\"",
            named.join(", ")
        ),
    };
    match contacts.get(target) {
        Some(c) => (
            format!("the QR code's target `{target}` is contact `{target}`'s {}, which a QR code cannot open", c.kind_key()),
            rest,
        ),
        None => (
            format!("the QR code's target `{target}` is not a contact in flyer.toml"),
            suggest(target, targets, &rest),
        ),
    }
}

fn is_url(target: &str) -> bool {
    ["https://", "http://", "tel:", "mailto:", "sms:"]
        .iter()
        .any(|scheme| target.len() > scheme.len() && target.starts_with(scheme))
}
