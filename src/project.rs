//! A flyer project on disk: the manifest, the layouts and the locales it names.
//!
//! Every path a user writes is resolved here, and none may leave the project
//! folder. The rule is checked where a file is opened, not where its path is
//! written, since a symbolic link can point anywhere: every file flyer reads is
//! resolved with its links at that moment and must lie inside the (resolved)
//! project folder, be a regular file (never a device, FIFO or socket) and be no
//! larger than the cap of its kind ([`Project::open_input`]). The output folder
//! and what flyer writes in it are never symbolic links ([`Project::output_dir`],
//! [`crate::outputs::write_atomically`]).

use crate::diag::{file_location, read_source, Diagnostic, SourceFile};
use crate::manifest::Manifest;
use crate::outputs::{real_path, Memo};
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

pub const MANIFEST_FILE: &str = "flyer.toml";

/// The folder inside the output folder that release builds write to.
pub const RELEASE_DIR: &str = "release";

/// A mebibyte: the caps are 10 MiB for text, 25 MiB for a PNG, 50 MiB for a font.
const MIB: u64 = 1 << 20;

/// A kind of input file: its name in messages and how large it may be. The caps
/// are far above any real input and keep memory bounded whatever a file is.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    pub what: &'static str,
    /// Larger files are refused before they are read.
    pub cap: u64,
}

impl Input {
    pub const MANIFEST: Input = Input::text("manifest");
    pub const LAYOUT: Input = Input::text("layout");
    pub const SHEET_TEMPLATE: Input = Input::text("sheet template");
    pub const TRANSLATION: Input = Input::text("translation file");
    pub const SITES: Input = Input::text("sites table");
    pub const SVG: Input = Input::text("image");
    pub const PNG: Input = Input {
        what: "image",
        cap: 25 * MIB,
    };
    pub const JPEG: Input = Input {
        what: "image",
        cap: 25 * MIB,
    };
    /// A CJK font collection is about 20 MB.
    pub const FONT: Input = Input {
        what: "font file",
        cap: 50 * MIB,
    };
    pub const ICC_PROFILE: Input = Input {
        what: "ICC profile",
        cap: 10 * MIB,
    };

    const fn text(what: &'static str) -> Input {
        Input {
            what,
            cap: 10 * MIB,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Project {
    /// The project folder (canonical).
    pub root: PathBuf,
    pub manifest: Manifest,
    pub manifest_file: SourceFile,
    /// Large inputs (fonts) may be memory-mapped ([`Project::map_input`]): set
    /// by the commands that end when their work is done, not by `watch` or
    /// `serve`, which run while the user replaces files.
    pub map_inputs: bool,
    /// The folders whose inputs this run has opened, resolved once each
    /// (only when [`Project::map_inputs`] is set: see [`RealFolders`]).
    real_folders: Arc<RealFolders>,
}

/// Folders resolved once in a run, for a command that ends when its work is
/// done. Resolving a file's path asks the system about every folder on the
/// way from `/` (170 calls for one poster); a file that is not a link is its
/// resolved folder's entry, which is one call. `watch` and `serve` resolve
/// every time, since folders can be replaced by links while they run.
#[derive(Debug, Default)]
struct RealFolders(Memo<PathBuf, PathBuf>);

impl RealFolders {
    /// Where `path` really leads, as [`Path::canonicalize`] says.
    fn resolve(&self, path: &Path) -> std::io::Result<PathBuf> {
        let (Some(folder), Some(Component::Normal(name))) =
            (path.parent(), path.components().next_back())
        else {
            return path.canonicalize();
        };
        if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
            return path.canonicalize();
        }
        Ok(self.folder(folder)?.join(name))
    }

    /// Where `folder` really leads, found once.
    fn folder(&self, folder: &Path) -> std::io::Result<PathBuf> {
        (self.0).try_get(folder.to_path_buf(), || folder.canonicalize())
    }
}

impl Project {
    pub fn load(root: &Path) -> Result<Project, Diagnostic> {
        let root = root.canonicalize().map_err(|e| {
            Diagnostic::error(
                "project-missing",
                format!("cannot open project folder {}: {e}", root.display()),
            )
            .hint("run flyer inside a project folder (one with flyer.toml), or pass --project DIR")
        })?;
        let path = root.join(MANIFEST_FILE);
        if std::fs::symlink_metadata(&path).is_err() {
            return Err(Diagnostic::error(
                "project-missing",
                format!("no {MANIFEST_FILE} in {}", root.display()),
            )
            .at(file_location(Path::new(MANIFEST_FILE)))
            .hint(
                "run flyer inside a project folder (one with flyer.toml), or pass --project DIR",
            ));
        }
        let shown = Path::new(MANIFEST_FILE);
        let bytes = read_input(&root, &path, shown, Input::MANIFEST, None)?;
        let manifest_file = read_source(bytes, shown, Input::MANIFEST.what)?;
        let manifest = Manifest::parse(&manifest_file)?;
        Ok(Project {
            root,
            manifest,
            manifest_file,
            map_inputs: false,
            real_folders: Arc::default(),
        })
    }

    /// Resolves a path written in a project file, refusing any that leaves the project.
    pub fn resolve(&self, written: &str, what: &str) -> Result<PathBuf, Diagnostic> {
        let relative = Path::new(written);
        let escapes = relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)));
        let joined = self.root.join(relative);
        // A path that does not exist yet (an output) is resolved through its
        // deepest existing folder; one that cannot be resolved fails where it is
        // opened.
        let inside =
            !escapes && real_path(&joined).map_or(true, |real| real.starts_with(&self.root));
        if inside {
            Ok(joined)
        } else {
            Err(Diagnostic::error(
                "path-outside-project",
                format!("{what} path `{written}` leaves the project folder"),
            )
            .hint("use a path relative to the project folder, without `..`; copy the file into the project if needed"))
        }
    }

    /// Reads a project file (`path`, under the project folder) under the rule in
    /// the module's comment.
    pub fn open_input(&self, path: &Path, input: Input) -> Result<Vec<u8>, Diagnostic> {
        read_input(&self.root, path, &self.shown(path), input, self.folders())
    }

    /// The run's resolved folders, for a command that ends when done.
    fn folders(&self) -> Option<&RealFolders> {
        self.map_inputs.then_some(&*self.real_folders)
    }

    /// [`Project::open_input`], mapped into memory instead of read when
    /// [`Project::map_inputs`] allows and the system can (else read): a 20 MB
    /// CJK collection costs the pages a build touches, not a copy.
    ///
    /// A mapped file that another program truncates while flyer runs would
    /// fault, so only short-lived commands map (the file is checked by the
    /// same rule first, and mapped read-only).
    pub fn map_input(&self, path: &Path, input: Input) -> Result<InputBytes, Diagnostic> {
        if !self.map_inputs {
            return self.open_input(path, input).map(InputBytes::Read);
        }
        let shown = self.shown(path);
        let (file, _) = open_checked(&self.root, path, &shown, input, self.folders())?;
        // SAFETY: read-only, private to this short-lived process (see above).
        match unsafe { memmap2::Mmap::map(&file) } {
            Ok(map) if map.len() as u64 <= input.cap => Ok(InputBytes::Mapped(map)),
            _ => self.open_input(path, input).map(InputBytes::Read),
        }
    }

    /// [`Project::open_input`] for a UTF-8 text file (the manifest, layouts, sheet
    /// templates, Fluent files).
    pub fn read_source(&self, path: &Path, input: Input) -> Result<SourceFile, Diagnostic> {
        let shown = self.shown(path);
        read_source(
            read_input(&self.root, path, &shown, input, self.folders())?,
            &shown,
            input.what,
        )
    }

    /// A folder whose files flyer lists (fonts, a locale's .ftl files): with its
    /// links resolved now, it must lie inside the project. A missing folder is for
    /// the caller to report.
    pub fn input_dir(&self, path: &Path, what: &str) -> Result<(), Diagnostic> {
        let real = match self.folders() {
            Some(folders) => folders.folder(path),
            None => path.canonicalize(),
        };
        match real {
            Ok(real) if !real.starts_with(&self.root) => Err(Diagnostic::error(
                "path-outside-project",
                format!(
                    "{what} {} leads outside the project folder",
                    self.shown(path).display()
                ),
            )
            .hint("copy the files into the project folder instead of linking to them")),
            _ => Ok(()),
        }
    }

    /// The output folder, resolved to where it really is: the command line's
    /// `--out` (any folder the user names there) or flyer.toml's `[build] out`
    /// (inside the project). Refused if it is a symbolic link, or if anything
    /// flyer writes or removes in it is one: a layout's folder, `previews/`,
    /// `pages/`, the files in them, `index.html`.
    ///
    /// A release build without `--out` goes to the `release` folder inside it,
    /// so its outputs never mix with proofs, and removing a draft's PDF there
    /// never removes the proof a translator just made.
    pub fn output_dir(&self, cli: Option<&Path>, release: bool) -> Result<PathBuf, Diagnostic> {
        let at = self.manifest_file.toml_location(&["build", "out"]);
        let (given, shown) = match cli {
            Some(dir) => (dir.to_path_buf(), dir.to_path_buf()),
            None => {
                let written = &self.manifest.build.out;
                let path = self.root.join(written);
                if !is_link(&path) {
                    (self.resolve(written, "output folder")).map_err(|d| d.at(at.clone()))?;
                }
                let shown = PathBuf::from(written);
                match release {
                    true if is_link(&path) => (path, shown),
                    true => (path.join(RELEASE_DIR), shown.join(RELEASE_DIR)),
                    false => (path, shown),
                }
            }
        };
        let refuse = |why: String| {
            let d = Diagnostic::error(
                "output-symlink",
                format!("output folder {}: {why}", shown.display()),
            )
            .hint("flyer writes only into real folders: remove the link, or name another folder (--out, or [build] out in flyer.toml)");
            if cli.is_none() {
                d.at(at.clone())
            } else {
                d
            }
        };
        if is_link(&given) {
            return Err(refuse("it is a symbolic link".into()));
        }
        let real = real_path(&given).map_err(|e| refuse(e.to_string()))?;
        if cli.is_none() && !real.starts_with(&self.root) {
            return Err(refuse("it leads outside the project folder".into()));
        }
        let mut owned: Vec<(String, usize)> = (self.available_layouts().into_iter())
            .map(|name| (name, 1))
            .collect();
        owned.extend([
            ("previews".into(), 2),
            ("pages".into(), 2),
            ("index.html".into(), 0),
            (RELEASE_DIR.into(), 3),
        ]);
        match owned
            .iter()
            .find_map(|(name, depth)| link_below(&real.join(name), *depth))
        {
            Some(link) => Err(refuse(format!(
                "{} in it is a symbolic link",
                link.strip_prefix(&real).unwrap_or(&link).display()
            ))),
            None => Ok(real),
        }
    }

    pub fn layouts_dir(&self) -> PathBuf {
        self.root.join("layouts")
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join("locales")
    }

    /// Layout names (file stems) found under `layouts/`, sorted.
    pub fn available_layouts(&self) -> Vec<String> {
        toml_stems(&self.layouts_dir())
    }

    /// The sheet templates in `layouts/sheets/`, by name.
    pub fn sheet_templates(&self) -> Vec<String> {
        toml_stems(&self.layouts_dir().join("sheets"))
    }

    /// The layouts to build: the manifest's list, or every layout found.
    pub fn default_layouts(&self) -> Vec<String> {
        if self.manifest.build.layouts.is_empty() {
            self.available_layouts()
        } else {
            self.manifest.build.layouts.clone()
        }
    }

    pub fn locale_codes(&self) -> Vec<String> {
        self.manifest
            .locales
            .iter()
            .map(|l| l.code.clone())
            .collect()
    }

    /// A path relative to the project root, for messages.
    pub fn shown(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| path.to_path_buf())
    }
}

/// What to do about a file that is not there: the name of one beside it that
/// was likely meant, or where paths start.
fn missing_file_hint(path: &Path) -> String {
    let rest = "there is no file by this name: paths are relative to the project folder (where flyer.toml is); check the spelling";
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return rest.to_string();
    };
    let siblings: Vec<String> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    let name = name.to_string_lossy();
    crate::diag::suggest(&name, siblings.iter().map(String::as_str), rest)
}

/// The names of the .toml files in a folder, without `.toml`, sorted.
fn toml_stems(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            (p.extension()? == "toml").then(|| p.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    names.sort();
    names
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The first symbolic link at `path` or inside it, at most `depth` levels down.
fn link_below(path: &Path, depth: usize) -> Option<PathBuf> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if meta.file_type().is_symlink() {
        return Some(path.to_path_buf());
    }
    if !meta.is_dir() || depth == 0 {
        return None;
    }
    (std::fs::read_dir(path).ok()?.flatten()).find_map(|e| link_below(&e.path(), depth - 1))
}

/// The rule for reading, for the manifest (read before there is a `Project`) and
/// every other project file.
/// An input's bytes: read into memory, or mapped ([`Project::map_input`]).
pub enum InputBytes {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl AsRef<[u8]> for InputBytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            InputBytes::Read(bytes) => bytes,
            InputBytes::Mapped(map) => map,
        }
    }
}

fn read_input(
    root: &Path,
    path: &Path,
    shown: &Path,
    input: Input,
    folders: Option<&RealFolders>,
) -> Result<Vec<u8>, Diagnostic> {
    let (file, len) = open_checked(root, path, shown, input, folders)?;
    let refuse = refusal(input, shown);
    // Sized as the file is now, so it is read in one call, not in growing
    // pieces; a file that grows while it is read stops at the cap too.
    let mut bytes = Vec::with_capacity(len as usize + 1);
    (file.take(input.cap + 1))
        .read_to_end(&mut bytes)
        .map_err(|e| {
            refuse(
                "file-unreadable",
                e.to_string(),
                "check that you may read the file",
            )
        })?;
    match bytes.len() as u64 {
        len if len > input.cap => Err(too_large(&refuse, input, len)),
        _ => Ok(bytes),
    }
}

/// How reading input `shown` is refused: a diagnostic naming it, with a hint.
fn refusal(input: Input, shown: &Path) -> impl Fn(&'static str, String, &str) -> Diagnostic + '_ {
    move |rule, why, hint| {
        Diagnostic::error(
            rule,
            format!("cannot read {} {}: {why}", input.what, shown.display()),
        )
        .at(file_location(shown))
        .hint(hint)
    }
}

/// The input opened under the rule in the module's comment: inside the
/// project, a regular file, within its size cap; with its length.
fn open_checked(
    root: &Path,
    path: &Path,
    shown: &Path,
    input: Input,
    folders: Option<&RealFolders>,
) -> Result<(std::fs::File, u64), Diagnostic> {
    let refuse = refusal(input, shown);
    let unreadable = |e: std::io::Error| {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            missing_file_hint(path)
        } else {
            "check that you may read the file".to_string()
        };
        refuse("file-unreadable", e.to_string(), &hint)
    };
    let real = match folders {
        Some(folders) => folders.resolve(path),
        None => path.canonicalize(),
    }
    .map_err(unreadable)?;
    if !real.starts_with(root) {
        return Err(refuse(
            "path-outside-project",
            "it leads outside the project folder".into(),
            "copy the file into the project folder instead of linking to it",
        ));
    }
    // Checked before opening (opening a FIFO waits for a writer) and again on the
    // open file (the path may name another file by then).
    let check = |meta: std::fs::Metadata| match meta.len() {
        _ if !meta.is_file() => Err(refuse(
            "file-special",
            "it is not a regular file (it is a folder, device, FIFO or socket)".into(),
            "replace it with an ordinary file",
        )),
        len if len > input.cap => Err(too_large(&refuse, input, len)),
        len => Ok(len),
    };
    check(std::fs::metadata(&real).map_err(unreadable)?)?;
    let file = open_without_waiting(&real).map_err(unreadable)?;
    let len = check(file.metadata().map_err(unreadable)?)?;
    Ok((file, len))
}

fn too_large(
    refuse: &impl Fn(&'static str, String, &str) -> Diagnostic,
    input: Input,
    len: u64,
) -> Diagnostic {
    refuse(
        "file-too-large",
        format!(
            "it is {:.1} MiB, more than the {} MiB flyer reads for a {}",
            len as f64 / MIB as f64,
            input.cap / MIB,
            input.what
        ),
        "a real file of this kind is far smaller; check that this is the right file",
    )
}

/// Opens a file for reading without waiting on it (a FIFO swapped in after the
/// check must not hang flyer); regular files read as usual.
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}
