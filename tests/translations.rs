//! Translations: contact data only from the manifest, draft and fallback markings,
//! release builds, stale translations, and a clean `flyer check` on the shipped
//! project.

mod common;

use common::{pdf_text, squeeze, stderr, Scratch};

fn code(out: &std::process::Output) -> i32 {
    out.status.code().expect("flyer exits, it does not crash")
}

#[test]
fn the_shipped_project_passes_flyer_check() {
    let p = Scratch::new("check-clean");
    let out = p.flyer(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(code(&out), 0, "{text}{}", stderr(&out));
    assert!(
        text.contains("checked 16 locales and 7 layouts: 0 error(s), "),
        "{text}"
    );
    // Its only warnings: body text that some translations shrink below 90%
    // of its largest size (one per layout at most), and the longer
    // translations that continue on a second page or set their lists in two
    // columns; never the source, which fits as designed.
    let warnings = text.matches("warning[").count();
    let shrunk = text.matches("warning[type-shrunk]").count();
    assert_eq!(
        shrunk + text.matches("warning[fit-moves]").count(),
        warnings,
        "{text}"
    );
    assert!(text.contains(&format!(" {warnings} warning(s)")), "{text}");
    assert!(
        shrunk <= 7,
        "more than one type-shrunk warning per layout:\n{text}"
    );
    assert!(
        !text.contains("locale en\n") && !text.contains(": en,"),
        "{text}"
    );
}

#[test]
fn a_phone_number_typed_into_a_translation_fails_check_and_build() {
    let p = Scratch::new("phone");
    p.edit("locales/pt-BR/flyer.ftl", "{ $hotline }", "1-800-555-0100");
    let ftl = p.read("locales/pt-BR/flyer.ftl");
    let line = ftl
        .lines()
        .position(|l| l.contains("1-800-555-0100"))
        .unwrap()
        + 1;
    let id = ftl
        .lines()
        .nth(line - 1)
        .unwrap()
        .split(" =")
        .next()
        .unwrap()
        .to_string();

    let check = p.flyer(&["check"]);
    assert_eq!(code(&check), 1);
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        report.contains("error[contact-data]: a phone number typed into message"),
        "{report}"
    );
    assert!(
        report.contains(&format!("locales/pt-BR/flyer.ftl:{line}:")),
        "{report}"
    );
    assert!(
        report.contains(&format!("locale pt-BR, message {id}")),
        "{report}"
    );

    let build = p.flyer(&["build", "--locale", "pt-BR,es", "--layout", "poster-letter"]);
    assert_eq!(code(&build), 1);
    let err = stderr(&build);
    assert!(
        err.contains("error[contact-data]")
            && err.contains(&format!("locales/pt-BR/flyer.ftl:{line}:")),
        "{err}"
    );
    assert!(
        !p.path("out/poster-letter/pt-BR.pdf").exists(),
        "no poster with a wrong number"
    );
    assert!(p.path("out/poster-letter/es.pdf").exists());
}

#[test]
fn json_diagnostics_name_rule_file_line_locale_and_message() {
    let p = Scratch::new("json");
    p.edit("locales/so/flyer.ftl", "{ $emergency }", "911");
    let out = p.flyer(&["check", "--format", "json"]);
    assert_eq!(code(&out), 1);
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(json.trim_start().starts_with('['), "{json}");
    assert!(
        json.contains("\"rule\":\"contact-data\"")
            && json.contains("\"locale\":\"so\"")
            && json.contains("\"file\":\"locales/so/flyer.ftl\""),
        "{json}"
    );
}

#[test]
fn changing_an_english_message_reports_its_translations_stale() {
    let p = Scratch::new("stale");
    p.set_message(
        "locales/en/flyer.ftl",
        "poster-free",
        "All our services are free and confidential.",
    );
    let out = p.flyer(&["check"]);
    let report = String::from_utf8_lossy(&out.stdout);
    for locale in ["es", "km", "ar", "zh-Hant"] {
        assert!(
            report.contains(&format!("warning[stale-translation]: the en text of `poster-free` changed after locale {locale} translated it")),
            "{locale}: {report}"
        );
    }
    assert!(
        !report.contains("`poster-title` changed"),
        "only the changed message is stale"
    );
    // A translator updates Spanish and confirms it: Spanish is no longer stale.
    let confirmed = p.flyer(&["confirm", "es", "poster-free"]);
    assert_eq!(code(&confirmed), 0, "{}", stderr(&confirmed));
    let again = String::from_utf8_lossy(&p.flyer(&["check"]).stdout).into_owned();
    assert!(
        !again.contains("changed after locale es translated it"),
        "{again}"
    );
    assert!(
        again.contains("changed after locale fr translated it"),
        "{again}"
    );
}

#[test]
fn draft_translations_are_marked_and_refused_by_release_builds() {
    let p = Scratch::new("draft");
    let out = p.flyer(&["build", "--locale", "en,vi", "--layout", "poster-letter"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let vi = squeeze(&pdf_text(
        &std::fs::read(p.path("out/poster-letter/vi.pdf")).unwrap(),
    ));
    assert!(
        vi.contains(&squeeze("Draft translation, not yet reviewed")),
        "English marking"
    );
    assert!(
        vi.contains(&squeeze("Bản dịch nháp, chưa được duyệt")) || vi.contains("nháp"),
        "marking in Vietnamese"
    );
    let en = squeeze(&pdf_text(
        &std::fs::read(p.path("out/poster-letter/en.pdf")).unwrap(),
    ));
    assert!(
        !en.contains("Drafttranslation"),
        "the reviewed source has no marking"
    );

    let release = p.flyer(&[
        "build",
        "--release",
        "--locale",
        "en,vi",
        "--layout",
        "poster-letter",
    ]);
    assert_eq!(code(&release), 1);
    let err = stderr(&release);
    assert!(
        err.contains("error[draft-in-release]: locale vi is a draft translation"),
        "{err}"
    );
    assert!(!err.contains("locale en is a draft"), "{err}");
    // A release build writes to its own folder: the reviewed locale's PDF is
    // there, the draft's is not, and the proofs made before are untouched.
    assert!(p.path("out/release/poster-letter/en.pdf").exists());
    assert!(!p.path("out/release/poster-letter/vi.pdf").exists());
    assert!(
        p.path("out/poster-letter/vi.pdf").exists(),
        "the draft proof stays"
    );
    assert!(p.path("out/poster-letter/en.pdf").exists());
}

/// Removes the messages `ids` from a locale's .ftl file (their notes stay).
fn remove_messages(p: &Scratch, locale: &str, ids: &[&str]) {
    let rel = format!("locales/{locale}/flyer.ftl");
    let text = p.read(&rel);
    let kept: Vec<&str> = (text.lines())
        .filter(|l| !ids.iter().any(|id| l.starts_with(&format!("{id} ="))))
        .collect();
    assert_eq!(kept.len() + ids.len(), text.lines().count(), "{ids:?}");
    p.write(&rel, &(kept.join("\n") + "\n"));
}

#[test]
fn text_that_fell_back_to_english_is_marked_in_english_and_in_the_language() {
    let p = Scratch::new("fallback");
    // Portuguese lacks a poster message; Haitian Creole lacks it and the
    // marking's own message; Spanish is complete.
    remove_messages(&p, "pt-BR", &["poster-free"]);
    remove_messages(&p, "ht", &["poster-free", "fallback-marking"]);
    let args = [
        "build",
        "--locale",
        "pt-BR,ht,es",
        "--layout",
        "poster-letter",
    ];
    let out = p.flyer(&[&args[..], &["--allow-fallback"]].concat());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = |locale: &str| {
        let pdf = std::fs::read(p.path(&format!("out/poster-letter/{locale}.pdf"))).unwrap();
        squeeze(&pdf_text(&pdf))
    };
    let marking = squeeze("English text: not translated yet");
    let (pt, ht, es) = (text("pt-BR"), text("ht"), text("es"));
    // The English text is printed, and marked in English and in Portuguese.
    assert!(
        pt.contains(&squeeze("All services are free of charge.")),
        "{pt}"
    );
    assert!(
        pt.contains(&squeeze(
            "English text: not translated yet — Texto em inglês: ainda não traduzido"
        )),
        "{pt}"
    );
    // Without a translation of the marking, it is in English alone.
    assert!(
        ht.contains(&marking) && !ht.contains(&squeeze("Tèks an angle")),
        "{ht}"
    );
    assert!(
        !es.contains(&marking),
        "a complete translation is not marked: {es}"
    );
    // The draft marking is still there beside it.
    assert!(
        pt.contains(&squeeze("Draft translation, not yet reviewed")),
        "{pt}"
    );
    // Once translated, the marking is gone.
    let q = Scratch::new("no-fallback");
    let out = q.flyer(&[&args[..], &["--allow-fallback"]].concat());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let pdf = std::fs::read(q.path("out/poster-letter/pt-BR.pdf")).unwrap();
    assert!(!squeeze(&pdf_text(&pdf)).contains(&marking));
}

#[test]
fn a_translation_that_drops_the_hotline_variable_is_an_error() {
    let p = Scratch::new("dropped");
    let ftl = p.read("locales/es/flyer.ftl");
    let line = ftl
        .lines()
        .find(|l| l.starts_with("poster-action-call ="))
        .unwrap()
        .to_string();
    p.edit(
        "locales/es/flyer.ftl",
        &line,
        &line.replace("{ $hotline }", "nuestra línea"),
    );
    let out = p.flyer(&["check"]);
    assert_eq!(code(&out), 1);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("error[variable-mismatch]: message `poster-action-call` drops the variable $hotline the source uses"), "{report}");
    assert!(
        report.contains("locale es, message poster-action-call"),
        "{report}"
    );
}
