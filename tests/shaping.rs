//! Shaping agrees with HarfBuzz itself: a corpus of real sentences (Arabic, Dari,
//! Khmer, Gujarati, Chinese in both scripts, Korean, Vietnamese, Russian, Spanish)
//! shaped by flyer (harfrust) is compared glyph by glyph with `hb-shape` output
//! captured once in tests/fixtures/shaping/hb-shape.txt (see make.sh there).

mod common;

use common::repo;
use flyer::text::shape::shape_run;
use flyer::{Project, Session};

struct Expected {
    gid: u16,
    cluster: usize,
    x_offset: i32,
    y_offset: i32,
    advance: i32,
}

/// `[gid=cluster@x,y+advance|...]` as hb-shape prints it.
fn parse(line: &str) -> Vec<Expected> {
    line.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split('|')
        .map(|g| {
            let (gid, rest) = g.split_once('=').unwrap();
            let (pos, advance) = rest.rsplit_once('+').unwrap();
            let (cluster, offset) = pos.split_once('@').unwrap_or((pos, "0,0"));
            let (x, y) = offset.split_once(',').unwrap();
            Expected {
                gid: gid.parse().unwrap(),
                cluster: cluster.parse().unwrap(),
                x_offset: x.parse().unwrap(),
                y_offset: y.parse().unwrap(),
                advance: advance.parse().unwrap(),
            }
        })
        .collect()
}

#[test]
fn shaping_matches_harfbuzz_for_every_script_of_the_corpus() {
    let session = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let dir = repo().join("tests/fixtures/shaping");
    let corpus = std::fs::read_to_string(dir.join("corpus.tsv")).unwrap();
    let reference = std::fs::read_to_string(dir.join("hb-shape.txt")).unwrap();
    let expected: Vec<(&str, &str)> = reference
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_once('\t').unwrap())
        .collect();
    let rows: Vec<Vec<&str>> = corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), expected.len());
    assert!(rows.len() >= 10);
    for (row, (locale, hb)) in rows.iter().zip(&expected) {
        let [code, script, direction, file, face, text] = row[..] else {
            panic!("bad corpus row {row:?}")
        };
        assert_eq!(code, *locale);
        let face = session
            .book
            .faces
            .iter()
            .find(|f| f.path.ends_with(file) && f.index.to_string() == face)
            .unwrap_or_else(|| panic!("no face {file} #{face}"));
        let upem = face.units_per_em;
        let ours = shape_run(text, 0..text.len(), face, direction == "rtl", script, code);
        let theirs = parse(hb);
        assert_eq!(ours.len(), theirs.len(), "{code}: glyph count");
        for (i, (o, t)) in ours.iter().zip(&theirs).enumerate() {
            let near = |a: f32, b: i32| ((a * upem).round() as i32 - b).abs() <= 1;
            assert!(
                o.gid == t.gid && o.cluster.start == t.cluster && near(o.x_advance, t.advance) && near(o.x_offset, t.x_offset) && near(o.y_offset, t.y_offset),
                "{code}: glyph {i} differs: flyer gid {} cluster {} adv {} off ({}, {}) vs HarfBuzz gid {} cluster {} adv {} off ({}, {})",
                o.gid, o.cluster.start, o.x_advance * upem, o.x_offset * upem, o.y_offset * upem,
                t.gid, t.cluster, t.advance, t.x_offset, t.y_offset
            );
        }
    }
}

#[test]
fn every_corpus_sentence_comes_back_out_of_a_pdf() {
    use common::{pdf_text, squeeze, Scratch};
    let corpus = std::fs::read_to_string(repo().join("tests/fixtures/shaping/corpus.tsv")).unwrap();
    let p = Scratch::new("corpus");
    let mut locales = Vec::new();
    for row in corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = row.split('\t').collect();
        let (locale, text) = (cols[0], cols[5]);
        let file = format!("locales/{locale}/flyer.ftl");
        let ftl = p.read(&file);
        let old = ftl
            .lines()
            .find(|l| l.starts_with("poster-free ="))
            .unwrap()
            .to_string();
        p.edit(&file, &old, &format!("poster-free = {text}"));
        locales.push((locale.to_string(), text.to_string()));
    }
    p.write(
        "layouts/corpus.toml",
        "description = \"one paragraph\"\ntitle = \"poster-free\"\n[page]\nsize = \"a4\"\nmargin = \"1in\"\n\
         [palette]\nink = \"#000000\"\n[roles.body]\nfont = \"regular\"\nsize = [14, 11]\n\
         [[block]]\ntype = \"paragraph\"\nmessages = [\"poster-free\"]\n",
    );
    let list = locales
        .iter()
        .map(|(l, _)| l.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let out = p.flyer(&["build", "--layout", "corpus", "--locale", &list]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    for (locale, text) in &locales {
        let pdf = std::fs::read(p.path(&format!("out/corpus/{locale}.pdf"))).unwrap();
        let extracted = squeeze(&pdf_text(&pdf));
        assert!(
            extracted.contains(&squeeze(text)),
            "{locale}: {text:?} not extracted"
        );
    }
}
