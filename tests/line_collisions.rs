//! No two lines' ink overlaps (flyer::layout::collisions), on every output of
//! the default build and on every output of the synthetic long translations
//! (1.3x, 1.6x and 2x the English, tall scripts included) that lays out.

mod common;

use common::long::{long_project, Script};
use flyer::layout::{collisions, Collision};
use flyer::{BuildOptions, Builder, Project, Session};

/// The collisions on every output of `session`'s default build of `locale`
/// (all locales when `None`), and how many outputs were laid out.
fn collisions_in(session: &Session, locale: Option<&str>) -> (Vec<(String, Collision)>, usize) {
    let opts = BuildOptions::default();
    let builder = Builder::new(session, &opts);
    let mut found = Vec::new();
    let mut laid_out = 0;
    let jobs = session.jobs(&opts).unwrap();
    for (layout, job_locale) in &jobs {
        if locale.is_some_and(|l| l != job_locale) {
            continue;
        }
        // An output that does not fit has no pages to measure.
        let Ok((doc, _)) = builder.document(layout, job_locale) else {
            continue;
        };
        laid_out += 1;
        let output = format!("{layout}/{job_locale}");
        found.extend(
            collisions(&doc, &session.book)
                .into_iter()
                .map(|c| (output.clone(), c)),
        );
    }
    (found, laid_out)
}

fn report(found: &[(String, Collision)]) -> String {
    found
        .iter()
        .map(|(output, c)| format!("{output}: {c}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_lines_collide_on_any_output_of_the_default_build() {
    let session = Session::open(Project::load(&common::repo()).unwrap()).unwrap();
    let (found, laid_out) = collisions_in(&session, None);
    let jobs = session.jobs(&BuildOptions::default()).unwrap().len();
    // Every output of the default build lays out.
    assert_eq!(laid_out, jobs);
    assert!(found.is_empty(), "{}", report(&found));
}

#[test]
fn no_lines_collide_in_long_tall_translations_that_fit() {
    for script in Script::ALL {
        let mut laid_out = 0;
        for factor in [1.3, 1.6, 2.0] {
            let project = long_project(script, factor);
            let session = project.session();
            let (found, outputs) = collisions_in(&session, Some(project.locale()));
            laid_out += outputs;
            assert!(
                found.is_empty(),
                "{script:?} {factor}x:\n{}",
                report(&found)
            );
        }
        // Something was measured: at 1.3x at least the cards fit, in every script.
        assert!(
            laid_out >= 3,
            "{script:?}: only {laid_out} outputs laid out"
        );
    }
}

/// The check sees real lines too: on the Khmer letter poster, each line of a
/// paragraph moved halfway up to the line above it collides with that line.
#[test]
fn a_line_moved_onto_the_one_above_it_collides() {
    use flyer::document::Item;
    let session = Session::open(Project::load(&common::repo()).unwrap()).unwrap();
    let opts = BuildOptions::default();
    let (doc, _) = Builder::new(&session, &opts)
        .document("poster-letter", "km")
        .unwrap();
    assert!(collisions(&doc, &session.book).is_empty());
    // Each second line of a paragraph, with the line above it, on every page.
    let mut tried = 0;
    for (page, model) in doc.pages.iter().enumerate() {
        let lines: Vec<(usize, &flyer::document::TextLine)> = (model.items.iter().enumerate())
            .filter_map(|(i, item)| match item {
                Item::Text(line) => Some((i, line)),
                _ => None,
            })
            .collect();
        for pair in lines.windows(2) {
            let [(_, above), (i, below)] = pair else {
                unreachable!()
            };
            let same_paragraph = above.block == below.block && above.paragraph == below.paragraph;
            if !same_paragraph || below.baseline <= above.baseline {
                continue;
            }
            let mut moved = doc.clone();
            let Item::Text(line) = &mut moved.pages[page].items[*i] else {
                unreachable!()
            };
            // Half the distance between their baselines: glyphs of a line reach
            // well over half of it, up or down.
            line.baseline -= (below.baseline - above.baseline) / 2.0;
            let baseline = line.baseline;
            let found = collisions(&moved, &session.book);
            assert!(
            found
                .iter()
                .any(|c| c.lower.baseline == baseline && c.upper.message_id == above.message_id),
            "{} line at {}: {found:?}",
            below.message_id,
            below.baseline
        );
            tried += 1;
        }
    }
    assert!(tried >= 5, "{tried}");
}
