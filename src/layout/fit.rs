//! The fit search: the largest scale `t` in 0..=1 at which an output's pages fit.
//!
//! It checks the smallest sizes first (nothing smaller can help), then the largest
//! (most outputs fit there), and only then searches in between. The search halves
//! the interval a fixed number of times: finer than a printed type size can show,
//! and the same number of tries for every output.

/// How many times the search halves the interval: the `t` it finds is within
/// 1/2^14 of the threshold.
const STEPS: u32 = 14;

/// The largest `t` at which `fits` succeeds: 1 if the pages fit at the largest
/// sizes, else the last `t` found to fit by halving 0..1. Fitting is taken to get
/// no worse as `t` falls; where a line break makes it so, the `t` returned still
/// fits. Fails with what `fits(0.0)` fails with when nothing fits.
pub(super) fn largest_fit<E>(fits: impl Fn(f32) -> Result<(), E>) -> Result<f32, E> {
    fits(0.0)?;
    if fits(1.0).is_ok() {
        return Ok(1.0);
    }
    let (mut lo, mut hi) = (0.0f32, 1.0f32);
    for _ in 0..STEPS {
        let mid = (lo + hi) / 2.0;
        if fits(mid).is_ok() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// The largest type scale `t` at which `fits(t, 1)` succeeds, spacing as
/// designed; where nothing fits that way, type at its smallest and the largest
/// spacing `s` at which `fits(0, s)` succeeds. Fails with what `fits(0, 0)`
/// fails with: every size and space at its smallest.
pub(super) fn largest_fit_with_spacing<E>(
    fits: impl Fn(f32, f32) -> Result<(), E>,
) -> Result<(f32, f32), E> {
    match largest_fit(|t| fits(t, 1.0)) {
        Ok(t) => Ok((t, 1.0)),
        Err(_) => largest_fit(|s| fits(0.0, s)).map(|s| (0.0, s)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::frame::Overflow;
    use super::*;
    use std::cell::Cell;

    /// A block of text that is `height` pt tall at scale `t`, on a page with room
    /// for `room` pt: what the pager reports, without fonts.
    fn page(room: f32, height: impl Fn(f32) -> f32) -> impl Fn(f32) -> Result<(), Overflow> {
        move |t| {
            let used = height(t);
            if used > room {
                Err(Overflow {
                    block: 3,
                    message_id: "poster-definition".into(),
                    amount: used - room,
                    available: room,
                    horizontal: false,
                })
            } else {
                Ok(())
            }
        }
    }

    /// Text 100 pt tall at the smallest sizes, 200 pt at the largest.
    fn text(t: f32) -> f32 {
        100.0 + 100.0 * t
    }

    #[test]
    fn fits_at_the_largest_sizes() {
        let tries = Cell::new(0);
        let fits = page(250.0, text);
        let t = largest_fit(|t| {
            tries.set(tries.get() + 1);
            fits(t)
        });
        assert_eq!(t.unwrap(), 1.0);
        // The smallest and the largest sizes: no search.
        assert_eq!(tries.get(), 2);
    }

    #[test]
    fn fits_only_at_the_smallest_sizes() {
        // Room for exactly the smallest sizes: any t above 0 overflows.
        let t = largest_fit(page(100.0, text)).unwrap();
        assert_eq!(t, 0.0);
    }

    #[test]
    fn never_fits_fails_with_the_overflow_at_the_smallest_sizes() {
        let tries = Cell::new(0);
        let fits = page(80.0, text);
        let err = largest_fit(|t| {
            tries.set(tries.get() + 1);
            fits(t)
        })
        .unwrap_err();
        assert_eq!(err.block, 3);
        assert_eq!(err.message_id, "poster-definition");
        assert!(!err.horizontal);
        // Measured at t = 0: 100 pt of text in 80 pt of room.
        assert_eq!(err.amount, 20.0);
        assert_eq!(err.available, 80.0);
        assert_eq!(tries.get(), 1);
    }

    #[test]
    fn in_between_finds_the_threshold() {
        // 163.7 pt of room: the text fits up to t = 0.637.
        let threshold = 0.637f32;
        let tries = Cell::new(0);
        let fits = page(163.7, text);
        let t = largest_fit(|t| {
            tries.set(tries.get() + 1);
            fits(t)
        })
        .unwrap();
        assert!(fits(t).is_ok(), "t = {t} does not fit");
        let resolution = 1.0 / (1u32 << STEPS) as f32;
        assert!(
            t <= threshold && threshold - t < resolution,
            "t = {t}, threshold {threshold}"
        );
        assert_eq!(tries.get(), 2 + STEPS as usize);
    }
}
