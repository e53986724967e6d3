//! flyer: print-ready multilingual posters and wallet cards from Fluent translations
//! and declarative layout specs.
//!
//! The pipeline, one module per stage; data flows one way, each stage using only
//! the ones above it:
//!
//! 0. [`diag`], [`units`], [`outputs`]: diagnostics, lengths, atomic writes;
//! 1. [`project`] and [`manifest`]: the project folder and `flyer.toml`;
//!    [`contacts`]: its contacts, the messages' variables; [`sites`]: the sites
//!    table, one campaign for many organizations; [`image`]: logos;
//!    [`press`]: the print shop's colour profile, what colours become on its press;
//! 2. [`l10n`]: Fluent catalogs, formatting with the campaign's variables,
//!    translation provenance, and one message edited in its .ftl file;
//! 3. [`spec`]: layout specs (`layouts/*.toml`);
//! 4. [`text`]: itemize, shape, break and reorder paragraphs;
//! 5. [`rules`]: checks of translations and layouts on their own;
//! 6. [`document`]: the page model; [`layout`]: blocks placed on pages, auto-fit;
//! 7. [`pdf`]: the PDF written; 8. [`impose`]: cards on sheets;
//! 9. [`session`]: a project loaded once; [`fresh`]: what each output is made
//!    from, so a rebuild skips the unchanged; [`build`]: outputs built and written;
//!    [`check`]: `flyer check`;
//! 10. [`preview`]: thumbnails rendered back from each PDF; [`gallery`]:
//!     `index.html`; [`proof`]: a proof sheet per layout; [`watch`]: which outputs a changed input affects;
//!     [`serve`]: the translators' workspace, a local web server; [`scaffold`]:
//!     `flyer new` and `flyer fonts --vendor`.
//!
//! `main.rs` is the command line.

// Diagnostics are large (file, line, source line, hint) and only ever travel on the
// error path, where their size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod check;
pub mod contacts;
pub mod diag;
pub mod document;
pub mod fresh;
pub mod gallery;
pub mod image;
pub mod impose;
pub mod l10n;
pub mod layout;
pub mod manifest;
pub mod outputs;
pub mod pdf;
pub mod press;
pub mod preview;
pub mod project;
pub mod proof;
pub mod rules;
pub mod scaffold;
pub mod serve;
pub mod session;
pub mod sites;
pub mod spec;
pub mod text;
pub mod units;
pub mod watch;

pub use build::Builder;
pub use diag::Diagnostic;
pub use project::Project;
pub use session::{BuildOptions, Session};
