//! What every step of placing blocks shares: the frame a block goes in, the pass
//! (scale, and whether it draws), where a block overflows, and a role's size at a
//! scale.

use crate::document::Item;
use crate::spec::RoleSpec;

/// Where a block or paragraph goes: its left edge `x` and top `y`, `w` wide, in pt
/// (shared by the pager and the line setter, like [`Pass`]).
#[derive(Clone, Copy)]
pub(super) struct Frame {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) w: f32,
}

/// One pass over a page at scale `t`: measuring only (`out` is `None`), or drawing
/// into `out` too.
pub(super) struct Pass<'o> {
    pub(super) t: f32,
    pub(super) out: Option<&'o mut Vec<Item>>,
}

impl Pass<'_> {
    /// The same pass, lent to one block or paragraph of several.
    pub(super) fn again(&mut self) -> Pass<'_> {
        Pass {
            t: self.t,
            out: self.out.as_deref_mut(),
        }
    }

    /// A pass at the same scale that only measures.
    pub(super) fn measuring(&self) -> Pass<'static> {
        Pass {
            t: self.t,
            out: None,
        }
    }
}

/// Where a text block overflows: for error messages.
#[derive(Debug, Clone)]
pub(super) struct Overflow {
    pub(super) block: usize,
    pub(super) message_id: String,
    pub(super) amount: f32,
    pub(super) available: f32,
    pub(super) horizontal: bool,
}

/// A role's size at scale `t`.
pub(super) fn size_at(role: &RoleSpec, t: f32) -> f32 {
    role.min() + (role.max() - role.min()) * t
}
