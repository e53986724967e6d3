//! flyer: print-ready multilingual posters and wallet cards from Fluent translations
//! and declarative layout specs.
//!
//! The pipeline, one module per stage; data flows one way:
//!
//! 1. [`project`] and [`manifest`]: the project folder and `flyer.toml`;
//! 2. [`l10n`]: Fluent catalogs and formatting with the campaign's variables;
//! 3. [`spec`]: layout specs (`layouts/*.toml`);
//! 4. [`text`]: itemize, shape, break and reorder paragraphs;
//! 5. [`layout`]: place blocks on pages and auto-fit type sizes;
//! 6. [`pdf`]: write the PDF; [`impose`]: cards on sheets;
//! 7. [`preview`]: thumbnails rendered back from each PDF; [`gallery`]: `index.html`;
//! 8. [`watch`]: which outputs a changed input affects (`flyer watch`).
//!
//! [`build`] runs the stages for every output; `main.rs` is the command line.

// Diagnostics are large (file, line, source line, hint) and only ever travel on the
// error path, where their size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod check;
pub mod diag;
pub mod document;
pub mod gallery;
pub mod image;
pub mod impose;
pub mod l10n;
pub mod layout;
pub mod manifest;
pub mod outputs;
pub mod pdf;
pub mod preview;
pub mod project;
pub mod rules;
pub mod session;
pub mod spec;
pub mod text;
pub mod units;
pub mod watch;

pub use build::Builder;
pub use diag::Diagnostic;
pub use project::Project;
pub use session::{BuildOptions, Session};
