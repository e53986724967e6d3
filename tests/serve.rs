//! `flyer serve`, driven over HTTP as a browser (and an attacker) would: the
//! server runs on an ephemeral port in a scratch project; requests are written
//! byte by byte on a socket, so hostile ones are exactly what is sent.

mod common;

use common::Scratch;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    port: u16,
    token: String,
    cookie: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    head: String,
    body: String,
}

impl Server {
    fn start(scratch: &Scratch) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_flyer"))
            .arg("--project")
            .arg(&scratch.root)
            .args(["serve", "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {first:?}"))
            .to_string();
        let port: u16 = url["http://127.0.0.1:".len()..]
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let token = url.split("token=").nth(1).unwrap().to_string();
        Server {
            child,
            port,
            token: token.clone(),
            cookie: format!("flyer-token-{port}={token}"),
        }
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Sends raw bytes and reads the whole reply (the request asks to close).
    fn raw(&self, request: &[u8]) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.write_all(request).unwrap();
        let mut bytes = Vec::new();
        let _ = stream.read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Reply {
            status,
            head: head.to_string(),
            body: body.to_string(),
        }
    }

    fn get(&self, path: &str) -> Reply {
        self.raw(
            format!(
                "GET {path} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\nConnection: close\r\n\r\n",
                self.host(),
                self.cookie
            )
            .as_bytes(),
        )
    }

    fn post_with(&self, path: &str, body: &str, extra: &str) -> Reply {
        self.raw(
            format!(
                "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{body}",
                self.host(),
                body.len()
            )
            .as_bytes(),
        )
    }

    /// A change as the workspace page makes it: token header, own Origin.
    fn post(&self, path: &str, body: &serde_json::Value) -> (u16, serde_json::Value) {
        let extra = format!(
            "X-Flyer-Token: {}\r\nOrigin: http://{}\r\n",
            self.token,
            self.host()
        );
        let reply = self.post_with(path, &body.to_string(), &extra);
        let value = serde_json::from_str(&reply.body).unwrap_or(serde_json::Value::Null);
        (reply.status, value)
    }

    /// The hash of the locale's files the editor page was made from.
    fn base(&self, locale: &str) -> String {
        let page = self.get(&format!("/locale/{locale}"));
        assert_eq!(page.status, 200, "{}", page.body);
        let at = page.body.find("data-base=\"").unwrap() + "data-base=\"".len();
        page.body[at..].split('"').next().unwrap().to_string()
    }
}

/// The editor page's row of one message.
fn row_of<'p>(page: &'p str, id: &str) -> &'p str {
    let start = page.find(&format!("id=\"row-{id}\"")).unwrap();
    &page[start..start + page[start..].find("</article>").unwrap()]
}

fn chips(text: &str) -> serde_json::Value {
    serde_json::json!({ "kind": "chips", "parts": [{ "kind": "text", "text": text }] })
}

#[test]
fn the_token_moves_to_a_cookie_and_the_home_page_lists_every_language() {
    let scratch = Scratch::new("serve-home");
    let server = Server::start(&scratch);
    let first = server.raw(
        format!(
            "GET /?token={} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.token,
            server.host()
        )
        .as_bytes(),
    );
    assert_eq!(first.status, 303, "{}", first.head);
    let head = first.head.to_lowercase();
    assert!(head.contains(&format!("set-cookie: {}", server.cookie.to_lowercase())));
    assert!(head.contains("httponly") && head.contains("samesite=strict"));

    // The rest of the address stays.
    let editor = server.get(&format!("/locale/km?token={}&layout=card-us", server.token));
    assert_eq!(editor.status, 303);
    assert!(
        editor.head.contains("location: /locale/km?layout=card-us"),
        "{}",
        editor.head
    );

    let home = server.get("/");
    assert_eq!(home.status, 200);
    let manifest = std::fs::read_to_string(scratch.path("flyer.toml")).unwrap();
    let codes: Vec<&str> = manifest
        .lines()
        .filter_map(|l| l.strip_prefix("code = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert_eq!(codes.len(), 16);
    for code in codes {
        assert!(
            home.body.contains(&format!("href=\"/locale/{code}\"")),
            "no editor link for {code}"
        );
    }
    assert!(
        home.body.contains("Reviewed by Children&#39;s Cove")
            || home.body.contains("Reviewed by Children's Cove")
    );
    assert_eq!(home.body.matches(">Draft<").count(), 15);
    assert!(home.body.contains("lang=\"ar\" dir=\"rtl\""));
}

#[test]
fn the_editor_shows_each_message_with_its_language_and_direction() {
    let scratch = Scratch::new("serve-editor");
    let server = Server::start(&scratch);
    let page = server.get("/locale/ar");
    assert_eq!(page.status, 200);
    let body = &page.body;
    assert!(body.contains("id=\"f-poster-title\""));
    assert!(body.contains("lang=\"ar\" dir=\"rtl\" data-kind=\"chips\""));
    // A placeable is a chip that typing cannot break.
    assert!(body.contains("class=\"chip\" contenteditable=\"false\" data-source=\"{ $hotline }\""));
    // Each field has a label.
    assert!(body.contains("<label for=\"f-poster-title\">"));
    // Terms are edited too, and the organization's name is not.
    assert!(body.contains("id=\"row--child-welfare-agency\""));
    assert!(!body.contains("id=\"row--org-name\""));
}

#[test]
fn saving_one_message_changes_only_its_line_and_a_stale_page_is_a_conflict() {
    let scratch = Scratch::new("serve-save");
    let server = Server::start(&scratch);
    let rel = "locales/es/flyer.ftl";
    let before = scratch.read(rel);
    let base = server.base("es");
    let (status, reply) = server.post(
        "/api/save",
        &serde_json::json!({
            "locale": "es", "base": base,
            "edits": { "poster-title": chips("¿Qué es la explotación sexual comercial infantil?") }
        }),
    );
    assert_eq!(status, 200, "{reply}");
    let after = scratch.read(rel);
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(
        changed,
        vec![(
            before
                .lines()
                .find(|l| l.starts_with("poster-title ="))
                .unwrap(),
            "poster-title = ¿Qué es la explotación sexual comercial infantil?"
        )]
    );
    assert_eq!(before.ends_with('\n'), after.ends_with('\n'));

    // The same page saves again with its old hash: refused, nothing written.
    let (status, reply) = server.post(
        "/api/save",
        &serde_json::json!({ "locale": "es", "base": base, "edits": { "poster-title": chips("Otra cosa") } }),
    );
    assert_eq!(status, 409, "{reply}");
    assert_eq!(scratch.read(rel), after);

    // A change made on disk behind the page's back is a conflict too.
    let fresh = server.base("es");
    scratch.edit(rel, "poster-title =", "poster-title  =");
    let (status, _) = server.post(
        "/api/save",
        &serde_json::json!({ "locale": "es", "base": fresh, "edits": { "poster-title": chips("Otra cosa") } }),
    );
    assert_eq!(status, 409);
}

#[test]
fn edits_that_would_fail_the_check_are_refused_and_the_file_is_untouched() {
    let scratch = Scratch::new("serve-refuse");
    let server = Server::start(&scratch);
    let rel = "locales/fr/flyer.ftl";
    let before = scratch.read(rel);
    let base = server.base("fr");
    let cases = [
        // Malformed Fluent in a Fluent-text field.
        serde_json::json!({ "card-emergency": { "kind": "fluent", "text": "Danger ? Appelez le { $emergency" } }),
        // A phone number typed instead of the placeable.
        serde_json::json!({ "card-emergency": chips("Danger immédiat ? Appelez le 911.") }),
        // A chip that is not this message's.
        serde_json::json!({ "poster-title": { "kind": "chips", "parts": [{ "kind": "chip", "source": "{ $evil }" }] } }),
        // An empty translation.
        serde_json::json!({ "poster-title": chips("") }),
    ];
    for edits in cases {
        let (status, reply) = server.post(
            "/api/save",
            &serde_json::json!({ "locale": "fr", "base": base, "edits": edits }),
        );
        assert_eq!(status, 422, "{edits}: {reply}");
        let said = reply["diagnostics"].to_string();
        assert!(
            said.contains("card-emergency") || said.contains("poster-title"),
            "{said}"
        );
        assert_eq!(scratch.read(rel), before, "{edits} changed the file");
    }
}

#[test]
fn a_trial_renders_the_page_and_reports_on_the_message() {
    let scratch = Scratch::new("serve-try");
    let server = Server::start(&scratch);
    let (status, reply) = server.post(
        "/api/try",
        &serde_json::json!({
            "locale": "km", "layout": "poster-letter", "page": 0,
            "edits": { "card-emergency": chips("បន្ទាន់? ហៅ 911") }
        }),
    );
    assert_eq!(status, 200, "{reply}");
    let preview = reply["preview"].as_str().unwrap();
    assert!(preview.starts_with("data:image/png;base64,"));
    assert!(preview.len() > 10_000);
    let on_message: Vec<&serde_json::Value> = reply["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["id"] == "card-emergency" && d["severity"] == "error")
        .collect();
    assert!(
        on_message.iter().any(|d| d["rule"] == "contact-data"),
        "{reply}"
    );
    // Where the title is on the page: inside it, in the upper half.
    let title = &reply["boxes"]["poster-title"][0];
    let [x, y, w, h] = [0, 1, 2, 3].map(|i| title[i].as_f64().unwrap());
    assert!(
        x > 0.0 && w > 0.1 && x + w < 1.0 && y > 0.0 && y + h < 0.5,
        "{title}"
    );
}

#[test]
fn confirming_and_signing_off_write_the_same_records_as_the_command_line() {
    let scratch = Scratch::new("serve-review");
    let server = Server::start(&scratch);
    let record = "locales/so/translated-from.toml";
    let _ = std::fs::remove_file(scratch.path(record));
    let (status, reply) = server.post(
        "/api/confirm",
        &serde_json::json!({ "locale": "so", "ids": ["poster-title"] }),
    );
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply["confirmed"], 1);
    assert!(scratch.read(record).contains("poster-title = \""));

    let manifest_before = scratch.read("flyer.toml");
    let (status, reply) = server.post(
        "/api/status",
        &serde_json::json!({ "locale": "so", "status": "reviewed", "reviewed-by": "Hodan Ali", "reviewed-on": "2026-11-30" }),
    );
    assert_eq!(status, 200, "{reply}");
    let manifest = scratch.read("flyer.toml");
    assert!(manifest.contains("reviewed-by = \"Hodan Ali\""));
    // Comments stay.
    let comments = |t: &str| {
        t.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
    };
    assert_eq!(comments(&manifest), comments(&manifest_before));
    let out = scratch.flyer(&[
        "build",
        "--release",
        "--locale",
        "so",
        "--layout",
        "card-us",
        "--no-previews",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));

    // A name that is no name is refused; the file stays as it was.
    let (status, _) = server.post(
        "/api/status",
        &serde_json::json!({ "locale": "so", "status": "reviewed", "reviewed-by": "  ", "reviewed-on": "2026-11-30" }),
    );
    assert_eq!(status, 400);
    assert_eq!(scratch.read("flyer.toml"), manifest);

    let (status, _) = server.post(
        "/api/status",
        &serde_json::json!({ "locale": "so", "status": "draft" }),
    );
    assert_eq!(status, 200);
    let out = scratch.flyer(&[
        "build",
        "--release",
        "--locale",
        "so",
        "--layout",
        "card-us",
        "--no-previews",
    ]);
    assert!(!out.status.success());
}

#[test]
fn a_message_whose_english_changed_shows_the_old_and_new_english() {
    let scratch = Scratch::new("serve-stale");
    // Confirmed against today's English (the record keeps its text)...
    let out = scratch.flyer(&["confirm", "es", "poster-victims"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    // ...then the English changes.
    scratch.set_message(
        "locales/en/flyer.ftl",
        "poster-victims",
        "Victims can be any gender, and LGBTQ+ youth face a higher risk.",
    );
    let server = Server::start(&scratch);
    let page = server.get("/locale/es");
    assert_eq!(page.status, 200);
    let row = row_of(&page.body, "poster-victims");
    assert!(row.contains("English changed"), "{row}");
    assert!(
        row.contains("<del>are at</del>") || row.contains("<del>are</del>"),
        "{row}"
    );
    assert!(row.contains("<ins>face</ins>"), "{row}");
    // A message confirmed and unchanged has no flag.
    let title = row_of(&page.body, "poster-title");
    assert!(!title.contains("English changed"));
}

#[test]
fn requests_without_the_token_or_from_elsewhere_change_nothing() {
    let scratch = Scratch::new("serve-door");
    let server = Server::start(&scratch);
    let rel = "locales/es/flyer.ftl";
    let before = scratch.read(rel);
    let base = server.base("es");
    let save = serde_json::json!({ "locale": "es", "base": base, "edits": { "poster-title": chips("Hackeado") } }).to_string();
    let host = server.host();
    let token = server.token.clone();
    let cases: Vec<(String, u16)> = vec![
        // No token at all.
        (format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), 401),
        // A wrong token, in the address and in a cookie.
        (format!("GET /?token=0000 HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), 401),
        (format!("GET / HTTP/1.1\r\nHost: {host}\r\nCookie: flyer-token-{}=0000\r\nConnection: close\r\n\r\n", server.port), 401),
        // Another name for this machine (DNS rebinding), with a valid token.
        (format!("GET /?token={token} HTTP/1.1\r\nHost: evil.example:{}\r\nConnection: close\r\n\r\n", server.port), 403),
        (format!("GET / HTTP/1.1\r\nCookie: {}\r\nConnection: close\r\n\r\n", server.cookie), 403),
        (format!("GET / HTTP/1.1\r\nHost: {host}\r\nHost: evil.example\r\nCookie: {}\r\nConnection: close\r\n\r\n", server.cookie), 403),
        // A change with the cookie but without the header: what a cross-site form sends.
        (format!("POST /api/save HTTP/1.1\r\nHost: {host}\r\nCookie: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{save}", server.cookie, save.len()), 403),
        // The header, from another site's page.
        (format!("POST /api/save HTTP/1.1\r\nHost: {host}\r\nOrigin: http://evil.example\r\nX-Flyer-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{save}", save.len()), 403),
        (format!("POST /api/save HTTP/1.1\r\nHost: {host}\r\nOrigin: null\r\nX-Flyer-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{save}", save.len()), 403),
        // A wrong token in the header.
        (format!("POST /api/save HTTP/1.1\r\nHost: {host}\r\nX-Flyer-Token: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{save}", "f".repeat(32), save.len()), 403),
    ];
    for (request, expected) in cases {
        let reply = server.raw(request.as_bytes());
        assert_eq!(
            reply.status, expected,
            "{request}\n->\n{}\n{}",
            reply.head, reply.body
        );
        assert!(!reply.body.contains("poster-title"), "{request}");
    }
    assert_eq!(scratch.read(rel), before);
    // Still serving.
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn no_request_path_reaches_a_file_and_bad_requests_leave_the_server_running() {
    let scratch = Scratch::new("serve-paths");
    let server = Server::start(&scratch);
    let secret = scratch.read("flyer.toml");
    for path in [
        "/../flyer.toml",
        "/static/../flyer.toml",
        "/static/..%2F..%2Fflyer.toml",
        "/locale/..%2F..%2Fflyer.toml",
        "/locale/..",
        "/locale/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/flyer.toml",
        "/locales/es/flyer.ftl",
        "//etc/passwd",
        "/font/..%2F..%2Fflyer.toml",
        "/font/-1",
        "/font/99999",
    ] {
        let reply = server.get(path);
        assert!(
            matches!(reply.status, 400 | 404),
            "{path}: {}",
            reply.status
        );
        assert!(
            !reply.body.contains("[campaign]") && !reply.body.contains("root:"),
            "{path}"
        );
    }
    // The project's fonts are served by their number in the font book, nothing else.
    let font = server.get("/font/0");
    assert_eq!(font.status, 200);
    assert!(font.head.to_lowercase().contains("content-type: font/ttf"));
    // A locale that is a path, in a change.
    let (status, _) = server.post(
        "/api/save",
        &serde_json::json!({ "locale": "../../tmp", "base": "x", "edits": {} }),
    );
    assert_eq!(status, 400);
    let (status, _) = server.post(
        "/api/try",
        &serde_json::json!({ "locale": "es", "layout": "../flyer", "edits": {} }),
    );
    assert_eq!(status, 400);
    // Malformed and oversized bodies.
    for body in ["{", "[]", "{\"locale\": 5}", "\u{0}\u{1}"] {
        let (status, _) = server.post(
            "/api/save",
            &serde_json::from_str(body).unwrap_or(serde_json::Value::String(body.into())),
        );
        assert!((400..500).contains(&status), "{body:?}: {status}");
    }
    let huge = format!(
        "{{\"locale\":\"es\",\"base\":\"{}\",\"edits\":{{}}}}",
        "x".repeat(2 * 1024 * 1024)
    );
    let extra = format!("X-Flyer-Token: {}\r\n", server.token);
    assert_eq!(server.post_with("/api/save", &huge, &extra).status, 413);
    let garbage =
        server.raw(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n");
    assert!(garbage.status == 400 || garbage.status == 0);
    assert_eq!(scratch.read("flyer.toml"), secret);
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn fifty_concurrent_saves_and_previews_are_all_answered_and_the_file_stays_whole() {
    let scratch = Scratch::new("serve-load");
    let server = std::sync::Arc::new(Server::start(&scratch));
    let base = server.base("vi");
    let rel = "locales/vi/flyer.ftl";
    let before = scratch.read(rel);
    let handles: Vec<_> = (0..50)
        .map(|i| {
            let server = server.clone();
            let base = base.clone();
            std::thread::spawn(move || {
                let title = format!("Bóc lột tình dục trẻ em vì mục đích thương mại là gì? ({i})");
                let edits = serde_json::json!({ "poster-title": chips(&title) });
                if i % 2 == 0 {
                    let (status, _) = server.post(
                        "/api/save",
                        &serde_json::json!({ "locale": "vi", "base": base, "edits": edits }),
                    );
                    (i, status, title)
                } else {
                    let (status, reply) = server.post(
                        "/api/try",
                        &serde_json::json!({ "locale": "vi", "layout": "card-us", "edits": edits }),
                    );
                    assert!(status != 200 || reply["preview"].is_string());
                    (i, status, title)
                }
            })
        })
        .collect();
    let results: Vec<(usize, u16, String)> =
        handles.into_iter().map(|h| h.join().unwrap()).collect();
    let saved: Vec<&(usize, u16, String)> = results
        .iter()
        .filter(|(i, s, _)| i % 2 == 0 && *s == 200)
        .collect();
    let conflicts = results
        .iter()
        .filter(|(i, s, _)| i % 2 == 0 && *s == 409)
        .count();
    let previews = results
        .iter()
        .filter(|(i, s, _)| i % 2 == 1 && *s == 200)
        .count();
    // All from one page: the first save wins, the rest are conflicts.
    assert_eq!(
        (saved.len(), conflicts, previews),
        (1, 24, 25),
        "{results:?}"
    );
    let after = scratch.read(rel);
    let expected = before.replacen(
        before
            .lines()
            .find(|l| l.starts_with("poster-title ="))
            .unwrap(),
        &format!("poster-title = {}", saved[0].2),
        1,
    );
    assert_eq!(after, expected);
}
