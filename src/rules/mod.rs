//! The rules: checks of the inputs that do not need an output laid out. Each
//! returns diagnostics; `flyer check` gathers them all ([`crate::check`]) and
//! `flyer build` runs those that stop an output ([`crate::build`]).

pub mod allow;
pub mod layout;
pub mod notes;
pub mod source;
pub mod text;
