//! Loading a project: everything all outputs of a run share, read once: fonts,
//! Fluent catalogs, layouts, sheet templates, images (decoded when an output
//! first needs them), the print shop's profile, and which outputs (layout x
//! locale) a run covers. Every file is read by the project's rule
//! ([`Project::open_input`]).

use crate::diag::{closest, guessed, suggest, Diagnostic, Location, SourceFile};
use crate::image::Image;
use crate::l10n::{campaign_variables, fallback_chain, strip_isolates, Catalog, Localizer};
use crate::outputs::Memo;
use crate::pdf;
use crate::project::{Input, Project};
use crate::rules::text::{translation_checks, ContactPolicy};
use crate::sites::{Site, Sites};
use crate::spec::Layout;
use crate::text::fonts::{FaceId, FontBook};
use crate::text::itemize::faces_drawing;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// What a run builds and how: the command line's choices.
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
    /// Convert colours to the print shop's profile (also flyer.toml `[print]
    /// convert = true`).
    pub print: bool,
    /// Write PDF/X-4, converted (also flyer.toml `[print] pdfx = true`).
    pub pdfx: bool,
    /// Rebuild every output, changed or not ([`crate::fresh`]).
    pub force: bool,
}

/// Everything loaded once and shared by all outputs of a run.
///
/// The loaded parts are shared (`Arc`), so [`Session::with_translation`] makes a
/// session with one translation replaced for the price of that translation.
#[derive(Clone)]
pub struct Session {
    pub project: Project,
    pub book: Arc<FontBook>,
    /// Every locale's catalog, parsed when first asked for.
    pub catalogs: Catalogs,
    pub layouts: Arc<BTreeMap<String, Result<Layout, Diagnostic>>>,
    /// Sheet layouts (cards imposed on sheets) with their templates.
    pub sheets: Arc<BTreeMap<String, SheetEntry>>,
    /// Errors in each locale's own text (typed contact data, forbidden
    /// characters), found when first asked for ([`Session::text_errors_of`]).
    text_errors: TextErrors,
    /// Images the layouts place, by the path they give.
    pub images: Arc<Images>,
    /// The print shop's printing condition and profile, from flyer.toml `[print]`.
    pub print_intent: Option<pdf::PrintIntent>,
    /// flyer.toml's sites table, if it names one.
    pub sites: Option<Arc<Sites>>,
    /// The site this session builds for ([`Session::for_site`]): its
    /// organization and contacts are the manifest's, its outputs go to
    /// `<out>/<id>/`.
    pub site: Option<Arc<Site>>,
    /// The input files' digests, read once per run by every site's session
    /// ([`crate::fresh`]).
    pub file_digests: Arc<crate::outputs::FileDigests>,
    /// [`Session::faces_of`] each locale asked for in a run, found once and
    /// shared by every site's session.
    faces: Arc<Memo<String, Arc<Vec<FaceId>>>>,
}

/// A sheet layout and its template, or why it cannot be used.
pub type SheetEntry =
    Result<(crate::impose::SheetLayout, crate::impose::SheetTemplate), Diagnostic>;

impl Session {
    pub fn open(project: Project) -> Result<Session, Diagnostic> {
        // fonts/ is optional: the built-in fonts serve a project that has none.
        let own = project.root.join("fonts");
        let mut folders = Vec::new();
        if std::fs::symlink_metadata(&own).is_ok() {
            folders.push((own, PathBuf::from("fonts")));
        }
        for (i, f) in project.manifest.fonts.folders.iter().enumerate() {
            let path = project.resolve(f, "font folder").map_err(|d| {
                d.at(project
                    .manifest_file
                    .toml_location(&["fonts", "folders", &i.to_string()]))
            })?;
            folders.push((path, PathBuf::from(f)));
        }
        let book = FontBook::load(&project, &folders, &project.manifest.fonts)?;
        let print_intent = load_print_intent(&project)?;
        let catalogs = Catalogs::of(&project);
        let mut layouts = BTreeMap::new();
        let mut sheets = BTreeMap::new();
        // Parsed on all cores: a one-output build waits for every layout.
        let names = project.available_layouts();
        let parsed = crate::outputs::on_all_cores(&names, |name| {
            let path = project.layouts_dir().join(format!("{name}.toml"));
            match project.read_source(&path, Input::LAYOUT) {
                Err(d) => LayoutFile::Page(Err(d)),
                Ok(file) if is_sheet_layout(&file.text) => {
                    LayoutFile::Sheet(load_sheet(&project, name, &file))
                }
                Ok(file) => LayoutFile::Page(Layout::parse(name, file)),
            }
        });
        for (name, parsed) in names.into_iter().zip(parsed) {
            match parsed {
                LayoutFile::Page(layout) => {
                    layouts.insert(name, layout);
                }
                LayoutFile::Sheet(sheet) => {
                    sheets.insert(name, sheet);
                }
            }
        }
        let images = Images::named_in(&project, &layouts, project.manifest.campaign.logo.clone());
        let sites = crate::sites::load(&project)?.map(Arc::new);
        Ok(Session {
            project,
            book: Arc::new(book),
            catalogs,
            sheets: Arc::new(sheets),
            layouts: Arc::new(layouts),
            text_errors: TextErrors::default(),
            images: Arc::new(images),
            print_intent,
            sites,
            site: None,
            file_digests: Arc::default(),
            faces: Arc::default(),
        })
    }

    /// This session for one site of the sites table: its organization and
    /// contacts in the manifest, the catalogs and the checks of the
    /// translations' text redone with them, its logo; fonts and layouts shared.
    pub fn for_site(&self, site: &Site) -> Session {
        let mut project = self.project.clone();
        project.manifest.campaign.organization = site.organization.clone();
        project.manifest.contacts = site.contacts.clone();
        let catalogs = Catalogs::of(&project);
        let images = Images::named_in(&project, &self.layouts, site.logo.clone());
        Session {
            project,
            catalogs,
            text_errors: TextErrors::default(),
            images: Arc::new(images),
            site: Some(Arc::new(site.clone())),
            ..self.clone()
        }
    }

    /// This session with locale `code`'s translation made of `files` instead of
    /// what is on disk: unsaved edits in `flyer serve`, checked and laid out by
    /// the same code as a build.
    pub fn with_translation(&self, code: &str, files: Vec<SourceFile>) -> Session {
        let catalog = Catalog::from_files(&self.project, code, files);
        let mut session = self.clone();
        session.catalogs.insert(code, catalog);
        session.text_errors = TextErrors::default();
        session
    }

    /// The output folder, where it really is; never a symbolic link, and nothing
    /// flyer writes in it is one (see [`Project::output_dir`]).
    pub fn out_dir(&self, opts: &BuildOptions) -> Result<PathBuf, Diagnostic> {
        let release = opts.release || self.project.manifest.build.release;
        let dir = self.project.output_dir(opts.out.as_deref(), release)?;
        let Some(site) = &self.site else {
            return Ok(dir);
        };
        let site_dir = dir.join(&site.id);
        if std::fs::symlink_metadata(&site_dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Diagnostic::error(
                "output-symlink",
                format!("site folder {} is a symbolic link", site_dir.display()),
            )
            .hint("flyer writes only into real folders: remove the link"));
        }
        Ok(site_dir)
    }

    /// The (layout, locale) pairs a build covers, or a usage error naming what is unknown.
    pub fn jobs(&self, opts: &BuildOptions) -> Result<Vec<(String, String)>, Diagnostic> {
        let mut layouts = if opts.layouts.is_empty() {
            self.project.default_layouts()
        } else {
            opts.layouts.clone()
        };
        let mut locales = if opts.locales.is_empty() {
            self.project.locale_codes()
        } else {
            opts.locales.clone()
        };
        // A site's own subsets narrow the build.
        if let Some(site) = &self.site {
            if let Some(own) = &site.layouts {
                layouts.retain(|l| own.contains(l));
            }
            if let Some(own) = &site.locales {
                locales.retain(|l| own.contains(l));
            }
        }
        for l in &layouts {
            if !self.layouts.contains_key(l) && !self.sheets.contains_key(l) {
                let mut d = self.unknown_layout(l);
                if opts.layouts.is_empty() {
                    // Named by flyer.toml's [build] layouts, not the command line.
                    let file = &self.project.manifest_file;
                    if let Some(at) = file.toml_string_location(&["build", "layouts"], l) {
                        d = d.at(at);
                    }
                }
                return Err(d);
            }
        }
        if let Some(l) = locales.iter().find(|l| !self.catalogs.contains_key(l)) {
            return Err(self.unknown_locale(l));
        }
        let mut pairs = layouts.iter().filter_map(|l| self.pair_for(l, opts));
        if let Some(pair) = pairs.find(|p| !self.catalogs.contains_key(p)) {
            let mut d = self.unknown_locale(&pair);
            if opts.pair.is_none() {
                // Named by flyer.toml's [build] pair, not the command line.
                let file = &self.project.manifest_file;
                if let Some(at) = file.toml_string_location(&["build", "pair"], &pair) {
                    d = d.at(at);
                }
            }
            return Err(d);
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

    /// The page layout an output is laid out with: a sheet's card layout, or
    /// the layout itself.
    pub fn page_layout<'n>(&'n self, name: &'n str) -> &'n str {
        match self.sheets.get(name) {
            Some(Ok((sheet, _))) => sheet.card.as_str(),
            _ => name,
        }
    }

    /// The pair locale of a bilingual layout (or of a sheet of bilingual cards);
    /// `None` for a layout in one language.
    pub fn pair_for(&self, name: &str, opts: &BuildOptions) -> Option<String> {
        let layout = self.page_layout(name);
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

    pub fn layout(&self, name: &str) -> Result<&Layout, Vec<Diagnostic>> {
        match self.layouts.get(name) {
            Some(Ok(l)) => Ok(l),
            Some(Err(d)) => Err(vec![d.clone()]),
            None => Err(vec![self.unknown_layout(name)]),
        }
    }

    /// The catalog of a locale in flyer.toml, or why there is none.
    pub fn catalog(&self, code: &str) -> Result<&Catalog, Diagnostic> {
        match self.catalogs.get(code) {
            Some(Ok(c)) => Ok(c),
            Some(Err(d)) => Err(d.clone()),
            None => Err(self.unknown_locale(code)),
        }
    }

    /// The error for a layout name that is neither a layout nor a sheet layout.
    pub fn unknown_layout(&self, name: &str) -> Diagnostic {
        let names = self.layouts.keys().chain(self.sheets.keys());
        let rest = format!(
            "layouts in layouts/: {}",
            names.clone().cloned().collect::<Vec<_>>().join(", ")
        );
        Diagnostic::error("unknown-layout", format!("there is no layout `{name}`")).hint(suggest(
            name,
            names.map(String::as_str),
            &rest,
        ))
    }

    /// The error for a locale tag that flyer.toml has no [[locale]] entry for.
    pub fn unknown_locale(&self, code: &str) -> Diagnostic {
        let codes = self.project.locale_codes();
        let rest = format!("locales in flyer.toml: {}", codes.join(", "));
        // `en-US` or `pt` for the one locale of the same language (`en`, `pt-BR`).
        let language = |tag: &str| tag.split(['-', '_']).next().unwrap_or("").to_lowercase();
        let same_language: Vec<&str> = (codes.iter())
            .map(String::as_str)
            .filter(|c| language(c) == language(code))
            .collect();
        let guess = match (
            closest(code, codes.iter().map(String::as_str)),
            &same_language[..],
        ) {
            (None, [only]) => Some(*only),
            (guess, _) => guess,
        };
        Diagnostic::error(
            "unknown-locale",
            format!("locale `{code}` is not in flyer.toml"),
        )
        .hint(guessed(guess, &rest))
    }

    /// Records that `code`'s translation of `ids` (all if empty) matches the
    /// current source text (`flyer confirm`). Returns how many were recorded.
    pub fn confirm(&self, code: &str, ids: &[String]) -> Result<usize, Diagnostic> {
        let source = self.catalog(&self.project.manifest.build.source_locale)?;
        crate::l10n::provenance::confirm(&self.project, self.catalog(code)?, source, ids)
    }

    /// The old and new source text of each of `code`'s stale messages, for a
    /// reviewer to read as a word diff.
    pub fn stale_sources(
        &self,
        code: &str,
    ) -> Result<BTreeMap<String, crate::l10n::provenance::StaleSource>, Diagnostic> {
        let source = self.catalog(&self.project.manifest.build.source_locale)?;
        let catalog = self.catalog(code)?;
        Ok(crate::l10n::provenance::stale_sources(
            &self.project,
            catalog,
            source,
        ))
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
            campaign_variables(&self.project.manifest),
            allow_fallback,
        ))
    }

    /// The faces that draw each locale's messages (and its name in itself), in
    /// regular and bold, by locale code.
    pub fn faces_by_locale(&self) -> BTreeMap<String, Vec<FaceId>> {
        let codes: Vec<&String> = self.catalogs.keys().collect();
        let faces = crate::outputs::on_all_cores(&codes, |code| self.faces_of(code));
        (codes.into_iter().zip(faces))
            .filter_map(|(code, faces)| Some((code.clone(), faces?)))
            .collect()
    }

    /// The faces that draw locale `code`'s messages (and its name in itself),
    /// in regular and bold; none if its catalog does not load.
    pub fn faces_of(&self, code: &str) -> Option<Vec<FaceId>> {
        let localizer = self.localizer(code, true).ok()?;
        let mut text: Vec<String> = (localizer.primary().message_ids().iter())
            .filter_map(|id| localizer.format(id).ok())
            .map(|f| strip_isolates(&f.text))
            .collect();
        text.extend(self.project.manifest.locale(code).map(|l| l.native.clone()));
        let mut faces: Vec<FaceId> = (text.iter())
            .flat_map(|t| faces_drawing(t, &self.book, code))
            .collect();
        faces.sort();
        faces.dedup();
        Some(faces)
    }

    /// [`Session::faces_of`], found the first time a run asks for the locale
    /// (only the locales a run builds are itemized: a one-output build itemizes
    /// one or two, not every translation) and shared by every site's session.
    pub fn faces_of_once(&self, code: &str) -> Arc<Vec<FaceId>> {
        (self.faces).get(code.to_string(), || {
            Arc::new(self.faces_of(code).unwrap_or_default())
        })
    }

    /// Whether a card layout is placed on a sheet (and so laid out once per run).
    pub fn is_sheet_card(&self, layout: &str) -> bool {
        self.sheets
            .values()
            .flatten()
            .any(|(s, _)| s.card == layout)
    }

    /// The names and words flyer.toml gives in the source language, which
    /// translations print as they are: the contacts' names, addresses and
    /// texts, and the organization's name.
    pub fn names(&self) -> Vec<(String, String)> {
        use crate::contacts::ContactKind;
        let m = &self.project.manifest;
        let source = &m.build.source_locale;
        let words = m.contacts.iter().flat_map(|c| {
            let value = match &c.kind {
                ContactKind::Address(text) | ContactKind::Text(text) => Some(text),
                _ => None,
            };
            c.name.iter().chain(value)
        });
        words
            .chain([&m.campaign.organization])
            .map(|name| (name.clone(), source.clone()))
            .collect()
    }

    /// QR code payloads by target name: the contacts a QR code can open.
    pub fn qr_targets(&self) -> BTreeMap<String, String> {
        self.project.manifest.contacts.qr_targets()
    }
}

/// flyer.toml `[print]`: the condition's name and its CMYK ICC profile, both or
/// neither.
fn load_print_intent(project: &Project) -> Result<Option<pdf::PrintIntent>, Diagnostic> {
    let print = &project.manifest.print;
    let file = &project.manifest_file;
    let at = |path: &[&str]| file.toml_location(path);
    let (condition, profile) = match (&print.condition, &print.profile) {
        (None, None) => return Ok(None),
        (Some(c), Some(p)) => (c, p),
        (c, _) => {
            let missing = if c.is_none() { "condition" } else { "profile" };
            return Err(Diagnostic::error(
                "print-intent",
                format!("[print] needs both `condition` and `profile`; `{missing}` is missing"),
            )
            .at(at(&["print"]))
            .hint("condition = the printing condition's name (e.g. \"FOGRA39\"), profile = the ICC file your print shop gave you"));
        }
    };
    let path = project
        .resolve(profile, "ICC profile")
        .map_err(|d| d.at(at(&["print", "profile"])))?;
    let icc = project.open_input(&path, Input::ICC_PROFILE).map_err(|d| {
        d.at(at(&["print", "profile"]))
            .hint("put the profile your print shop gave you in the project folder and name it here")
    })?;
    // Read by a colour-management library, not only its header: a header
    // alone (132 bytes) or a damaged tag table is no profile.
    let parsed = moxcms::ColorProfile::new_from_slice(&icc).ok();
    let cmyk = parsed.is_some_and(|p| p.color_space == moxcms::DataColorSpace::Cmyk);
    if !cmyk || icc.len() < 132 || &icc[36..40] != b"acsp" {
        return Err(Diagnostic::error(
            "print-intent",
            format!("`{profile}` is not a CMYK ICC profile"),
        )
        .at(at(&["print", "profile"]))
        .hint("a print shop's profile describes CMYK printing (e.g. ISOcoated_v2, GRACoL2013); RGB or damaged files do not"));
    }
    if let Some(limit) = print.ink_limit.filter(|l| !(100.0..=400.0).contains(l)) {
        return Err(Diagnostic::error(
            "print-intent",
            format!("an ink limit of {limit}% is not a press's"),
        )
        .at(at(&["print", "ink-limit"]))
        .hint("the total of the four inks a press takes, in percent: 300 for coated offset, 260 for uncoated, 240 for newsprint; or leave it out to use the profile's"));
    }
    let press = crate::press::Press::new(&icc, print.ink_limit, print.intent).map_err(|why| {
        Diagnostic::error(
            "print-intent",
            format!("`{profile}` cannot be used to convert colours: {why}"),
        )
        .at(at(&["print", "profile"]))
        .hint("ask the print shop for its profile again, as an .icc file for CMYK printing")
    })?;
    Ok(Some(pdf::PrintIntent {
        condition: condition.clone(),
        icc: Arc::new(icc),
        press: Arc::new(press),
    }))
}

/// Each locale of the project with its catalog, parsed the first time it is
/// asked for (a one-locale build parses one or two translations, not every
/// one), once for all of a session's clones.
#[derive(Clone)]
pub struct Catalogs {
    project: Arc<Project>,
    cells: BTreeMap<String, Arc<OnceLock<Result<Catalog, Diagnostic>>>>,
}

impl Catalogs {
    /// The manifest's locales, none parsed yet.
    fn of(project: &Project) -> Catalogs {
        let cells = project.locale_codes().into_iter();
        Catalogs {
            project: Arc::new(project.clone()),
            cells: cells.map(|code| (code, Arc::default())).collect(),
        }
    }

    /// Locale `code`'s catalog, or why it does not load; `None` if the
    /// manifest has no such locale.
    pub fn get(&self, code: &str) -> Option<&Result<Catalog, Diagnostic>> {
        let (code, cell) = self.cells.get_key_value(code)?;
        Some(cell.get_or_init(|| Catalog::load(&self.project, code)))
    }

    /// Sets locale `code`'s catalog.
    fn insert(&mut self, code: &str, catalog: Result<Catalog, Diagnostic>) {
        self.cells
            .insert(code.to_string(), Arc::new(OnceLock::from(catalog)));
    }

    pub fn contains_key(&self, code: &str) -> bool {
        self.cells.contains_key(code)
    }

    /// The locale codes, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.cells.keys()
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// Every catalog, in locale order, each parsed now if it was not.
    pub fn values(&self) -> impl Iterator<Item = &Result<Catalog, Diagnostic>> {
        self.cells.keys().filter_map(|code| self.get(code))
    }
}

/// Each locale's checks of its own text against the manifest's contacts,
/// found the first time an output of the locale asks (a one-output build
/// checks one translation, not all), shared by the session's clones.
#[derive(Clone, Default)]
struct TextErrors(Arc<Memo<String, Arc<Vec<Diagnostic>>>>);

impl Session {
    /// Errors in locale `code`'s own text (typed contact data, forbidden
    /// characters); none if its catalog does not load.
    pub fn text_errors_of(&self, code: &str) -> Arc<Vec<Diagnostic>> {
        (self.text_errors.0).get(code.to_string(), || {
            let policy = ContactPolicy::of(&self.project.manifest);
            Arc::new(match self.catalogs.get(code).map(|c| c.as_ref()) {
                Some(Ok(c)) => translation_checks(c, &policy),
                _ => Vec::new(),
            })
        })
    }
}

/// A file of `layouts/`, parsed.
enum LayoutFile {
    Page(Result<Layout, Diagnostic>),
    Sheet(SheetEntry),
}

/// A sheet layout names a template (`sheet = "..."`); a page layout does not.
fn is_sheet_layout(text: &str) -> bool {
    // A sheet names its `sheet`: a file without the word (or an escape that
    // could spell it in a quoted key) is a page layout, known without a parse.
    if !text.contains("sheet") && !text.contains('\\') {
        return false;
    }
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
    if !is_plain_name(&sheet.sheet) {
        return Err(Diagnostic::error(
            "sheet-value",
            format!(
                "sheet template `{}` is not a plain name",
                sheet.sheet.escape_debug()
            ),
        )
        .at(file.toml_location(&["sheet"]))
        .layout(name)
        .hint("name a file in layouts/sheets/ without its .toml, e.g. sheet = \"avery-5371\"; no folders, no `..`"));
    }
    let path = project
        .layouts_dir()
        .join("sheets")
        .join(format!("{}.toml", sheet.sheet));
    let at = file
        .toml_string_location(&["card"], &sheet.card)
        .unwrap_or_else(|| file.toml_location(&["card"]));
    let template_file = project
        .read_source(&path, Input::SHEET_TEMPLATE)
        .map_err(|d| {
            let templates = project.sheet_templates();
            if templates.contains(&sheet.sheet) {
                return d.layout(name);
            }
            // No such template: the mistake is where the sheet layout names it.
            let rest = format!(
                "sheet templates in layouts/sheets/: {}",
                templates.join(", ")
            );
            let known = templates.iter().map(String::as_str);
            let at = file
                .toml_string_location(&["sheet"], &sheet.sheet)
                .unwrap_or_else(|| file.toml_location(&["sheet"]));
            Diagnostic::error(
                "sheet-value",
                format!(
                    "there is no sheet template `{}` in layouts/sheets/",
                    sheet.sheet
                ),
            )
            .at(at)
            .layout(name)
            .hint(suggest(&sheet.sheet, known, &rest))
        })?;
    let template =
        crate::impose::SheetTemplate::parse(&template_file).map_err(|d| d.layout(name))?;
    if !project.available_layouts().contains(&sheet.card)
        || project
            .read_source(
                &project.layouts_dir().join(format!("{}.toml", sheet.card)),
                Input::LAYOUT,
            )
            .is_ok_and(|card| is_sheet_layout(&card.text))
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
        .hint(suggest(
            &sheet.card,
            (project.available_layouts().iter())
                .map(String::as_str)
                .filter(|l| *l != sheet.card),
            "use card = \"card-us\" or another page layout with the card's size",
        )));
    }
    Ok((sheet, template))
}

/// A file name of its own: letters, digits, `-`, `_` and inner dots; no folder,
/// no `..`, nothing hidden.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && (name.chars()).all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The images the layouts place, by the path they give. Each is read and decoded
/// the first time an output needs it, never when the project opens (`flyer list`
/// and outputs without images do not touch them), then shared by every output;
/// outputs built at once on several cores wait for one decoding.
pub struct Images {
    project: Project,
    entries: BTreeMap<String, LazyImage>,
    /// The organization's logo, for the path `{logo}`.
    logo: Option<String>,
}

/// The path a layout gives for the organization's (or the site's) logo.
pub const LOGO: &str = "{logo}";

/// An image and where a layout names it (for its errors).
struct LazyImage {
    layout: String,
    at: Location,
    decoded: OnceLock<Result<Arc<Image>, Diagnostic>>,
}

impl Images {
    fn named_in(
        project: &Project,
        layouts: &BTreeMap<String, Result<Layout, Diagnostic>>,
        logo: Option<String>,
    ) -> Images {
        let mut entries = BTreeMap::new();
        for layout in layouts.values().flatten() {
            for block in &layout.spec.blocks {
                if let Some(path) = block.get_ref().image_path() {
                    entries
                        .entry(path.to_string())
                        .or_insert_with(|| LazyImage {
                            layout: layout.name.clone(),
                            at: layout.id_location(path),
                            decoded: OnceLock::new(),
                        });
                }
            }
        }
        Images {
            project: project.clone(),
            entries,
            logo,
        }
    }

    /// The file a layout's image `path` names: itself, or for [`LOGO`] the
    /// organization's (or the site's) logo, if there is one.
    pub fn file<'p>(&'p self, path: &'p str) -> Option<&'p str> {
        match path {
            LOGO => self.logo.as_deref(),
            _ => Some(path),
        }
    }

    /// The image a layout names by `path`, decoded now if no output has needed it
    /// yet; `None` if no layout names it.
    pub fn get(&self, path: &str) -> Option<&Result<Arc<Image>, Diagnostic>> {
        let entry = self.entries.get(path)?;
        Some(entry.decoded.get_or_init(|| {
            let Some(file) = self.file(path) else {
                    return Err(Diagnostic::error(
                        "image-missing",
                        "the layout places the organization's logo, `{logo}`, and there is none",
                    )
                    .at(entry.at.clone())
                    .layout(&entry.layout)
                    .hint("name it in flyer.toml [campaign] logo = \"images/logo.svg\", or in the sites table's `logo` column"));
            };
            crate::image::load(&self.project, file)
                .map(Arc::new)
                .map_err(|d| d.at(entry.at.clone()).layout(&entry.layout))
        }))
    }

    /// The paths the layouts give, without reading the images.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.keys()
    }
}
