//! `flyer serve`: the translators' and reviewers' workspace, a local web server.
//!
//! Why axum on tokio: a well-kept HTTP stack (hyper underneath) with routing,
//! JSON bodies, body limits and middleware built in, so the door below is a
//! few rules, not an HTTP implementation. The work itself (checks, layout,
//! rendering, writes) is synchronous and runs on the blocking pool.
//!
//! The door: the server listens on 127.0.0.1 and ::1 only; every request must
//! carry the per-run token (in the URL once, then a cookie; and in a header for
//! every change, which a form on another site cannot set); a Host or Origin that
//! is not this server is refused (DNS rebinding, cross-site requests); bodies are
//! capped; and no request path reaches the filesystem: routes are fixed, and a
//! locale or layout is only ever looked up by name in the loaded project.

mod door;
mod pages;
pub mod workspace;

use crate::diag::Diagnostic;
use crate::l10n::edit::Edit;
use crate::manifest::StatusChange;
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use door::Door;
use std::collections::BTreeMap;
use std::io::Write as _;
use std::sync::Arc;
use workspace::{Refusal, Workspace};

/// The largest request body: a save of every message of a long translation is
/// far smaller.
pub const MAX_BODY: usize = 1024 * 1024;

/// How many checks and renders run at once; more wait (each takes a core).
const RENDERS_AT_ONCE: usize = 4;

/// What `flyer serve` was asked for.
pub struct ServeOptions {
    /// 0: any free port.
    pub port: u16,
    /// Open the workspace in the default browser.
    pub open: bool,
}

struct App {
    workspace: Workspace,
    door: Door,
    renders: tokio::sync::Semaphore,
}

type Shared = Arc<App>;

/// Serves the project at `root` until the process is stopped. Prints the
/// workspace's address, with its token, on stdout.
pub fn serve(root: std::path::PathBuf, options: ServeOptions) -> Result<(), Diagnostic> {
    let workspace = Workspace::open(root)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Diagnostic::error("serve", format!("cannot start the server: {e}")))?;
    runtime.block_on(run(workspace, options))
}

async fn run(workspace: Workspace, options: ServeOptions) -> Result<(), Diagnostic> {
    let bind_error = |addr: &str, e: std::io::Error| {
        Diagnostic::error("serve", format!("cannot listen on {addr}: {e}"))
            .hint("another program may use this port; choose one with --port, or leave it out for any free port")
    };
    let v4 = tokio::net::TcpListener::bind(("127.0.0.1", options.port))
        .await
        .map_err(|e| bind_error("127.0.0.1", e))?;
    let port = v4
        .local_addr()
        .map_err(|e| bind_error("127.0.0.1", e))?
        .port();
    // The same port on ::1 where the machine has IPv6; browsers may resolve
    // `localhost` to either.
    let v6 = tokio::net::TcpListener::bind(("::1", port)).await.ok();
    let app = Arc::new(App {
        workspace,
        door: Door::new(port)?,
        renders: tokio::sync::Semaphore::new(RENDERS_AT_ONCE),
    });
    let url = format!("http://127.0.0.1:{port}/?token={}", app.door.token());
    // One write, and its failure ignored: whoever started flyer may have
    // closed its output after reading the address, and the server goes on.
    let _ = writeln!(
        std::io::stdout(),
        "flyer serve: the workspace is at {url}\n(only this computer can open it; Ctrl+C stops it)"
    );
    if options.open {
        if let Err(e) = opener::open_browser(&url) {
            eprintln!("warning: cannot open a browser ({e}); open the address above");
        }
    }
    let router = routes(app);
    let serve_v6 = async {
        match v6 {
            Some(listener) => axum::serve(listener, router.clone()).await,
            None => std::future::pending().await,
        }
    };
    let result = tokio::select! {
        r = axum::serve(v4, router.clone()) => r,
        r = serve_v6 => r,
    };
    result.map_err(|e| Diagnostic::error("serve", format!("the server stopped: {e}")))
}

fn routes(app: Shared) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/locale/{code}", get(editor))
        .route("/static/workspace.js", get(script))
        .route("/static/workspace.css", get(style))
        .route("/font/{n}", get(font))
        .route("/api/try", post(try_edits))
        .route("/api/save", post(save))
        .route("/api/confirm", post(confirm))
        .route("/api/status", post(status))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(app.clone(), guard))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(app)
}

/// The door before every route (see [`door::Door::judge`]).
async fn guard(
    State(app): State<Shared>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let verdict = app
        .door
        .judge(request.method(), request.uri(), request.headers());
    match verdict {
        door::Verdict::Admit => next.run(request).await,
        door::Verdict::MoveTokenToCookie { location, cookie } => {
            let mut response = axum::response::Redirect::to(&location).into_response();
            if let Ok(value) = cookie.parse() {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        door::Verdict::Refuse { status, why, hint } => {
            let failure = Failure {
                status,
                diagnostics: vec![Diagnostic::error("serve", why).hint(hint)],
            };
            // A page for a browser's visit, JSON for the page's own requests.
            if request.method() == axum::http::Method::GET {
                html(Err(failure))
            } else {
                failure.into_response()
            }
        }
    }
}

async fn home(State(app): State<Shared>) -> Response {
    let page = blocking(&app, move |app| {
        let (session, checks) = app.workspace.checks().map_err(Failure::from)?;
        let fonts = app.workspace.web_fonts();
        Ok(pages::home(&session, &checks, &fonts, app.door.token()))
    })
    .await;
    html(page)
}

#[derive(serde::Deserialize)]
struct EditorQuery {
    layout: Option<String>,
}

async fn editor(
    State(app): State<Shared>,
    Path(code): Path<String>,
    Query(query): Query<EditorQuery>,
) -> Response {
    let page = blocking(&app, move |app| {
        let editor = app.workspace.editor(&code).map_err(Failure::from)?;
        Ok(pages::editor(
            &editor,
            query.layout.as_deref(),
            app.door.token(),
        ))
    })
    .await;
    html(page)
}

async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("assets/workspace.js"),
    )
        .into_response()
}

async fn style() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("assets/workspace.css"),
    )
        .into_response()
}

async fn font(State(app): State<Shared>, Path(n): Path<String>) -> Response {
    let data = blocking(&app, move |app| {
        n.parse()
            .ok()
            .and_then(|n| app.workspace.font(n))
            .ok_or_else(not_found_failure)
    })
    .await;
    match data {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "font/ttf"),
                (header::CACHE_CONTROL, "private, max-age=3600"),
            ],
            (*bytes).as_ref().to_vec(),
        )
            .into_response(),
        Err(f) => f.into_response(),
    }
}

fn not_found_failure() -> Failure {
    Failure {
        status: StatusCode::NOT_FOUND,
        diagnostics: vec![Diagnostic::error("not-found", "there is no such page")
            .hint("start from the address flyer serve printed")],
    }
}

async fn not_found() -> Response {
    not_found_failure().into_response()
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TryRequest {
    locale: String,
    layout: String,
    #[serde(default)]
    page: usize,
    #[serde(default)]
    edits: BTreeMap<String, Edit>,
}

async fn try_edits(
    State(app): State<Shared>,
    body: Result<Json<TryRequest>, JsonRejection>,
) -> Response {
    api(app, body, move |app, req| {
        let started = std::time::Instant::now();
        let trial = app
            .workspace
            .try_edits(&req.locale, &req.layout, req.page, &req.edits)?;
        let preview = trial.preview.as_ref().map(|png| {
            format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(png)
            )
        });
        Ok(serde_json::json!({
            "diagnostics": diagnostics_json(&trial.diagnostics),
            "preview": preview,
            "pages": trial.pages,
            "boxes": trial.boxes,
            "ms": started.elapsed().as_millis() as u64,
        }))
    })
    .await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SaveRequest {
    locale: String,
    base: String,
    edits: BTreeMap<String, Edit>,
}

async fn save(
    State(app): State<Shared>,
    body: Result<Json<SaveRequest>, JsonRejection>,
) -> Response {
    api(app, body, move |app, req| {
        let (hash, diagnostics) = app.workspace.save(&req.locale, &req.base, &req.edits)?;
        Ok(serde_json::json!({
            "base": hash,
            "saved": req.edits.keys().collect::<Vec<_>>(),
            "diagnostics": diagnostics_json(&diagnostics),
        }))
    })
    .await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfirmRequest {
    locale: String,
    #[serde(default)]
    ids: Vec<String>,
}

async fn confirm(
    State(app): State<Shared>,
    body: Result<Json<ConfirmRequest>, JsonRejection>,
) -> Response {
    api(app, body, move |app, req| {
        let count = app.workspace.confirm(&req.locale, &req.ids)?;
        Ok(serde_json::json!({ "confirmed": count }))
    })
    .await
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct StatusRequest {
    locale: String,
    status: crate::manifest::Status,
    reviewed_by: Option<String>,
    reviewed_on: Option<String>,
}

async fn status(
    State(app): State<Shared>,
    body: Result<Json<StatusRequest>, JsonRejection>,
) -> Response {
    api(app, body, move |app, req| {
        let change = match req.status {
            crate::manifest::Status::Draft => StatusChange::Draft,
            crate::manifest::Status::Reviewed => StatusChange::Reviewed {
                by: req.reviewed_by.unwrap_or_default(),
                on: req.reviewed_on.unwrap_or_default(),
            },
        };
        app.workspace.set_status(&req.locale, &change)?;
        Ok(serde_json::json!({ "status": format!("{:?}", req.status).to_lowercase() }))
    })
    .await
}

/// A JSON request answered with JSON: the body read (a malformed one is a 4xx
/// naming why), the work run off the async threads.
async fn api<R: Send + 'static>(
    app: Shared,
    body: Result<Json<R>, JsonRejection>,
    work: impl FnOnce(&App, R) -> Result<serde_json::Value, Failure> + Send + 'static,
) -> Response {
    let Json(req) = match body {
        Ok(b) => b,
        Err(e) => return Failure::bad_json(e).into_response(),
    };
    json(blocking(&app, move |app| work(app, req)).await)
}

/// Runs synchronous work (checks, layout, rendering, files) off the async
/// threads, a few at a time. A panic in it is a 500, and the server goes on.
async fn blocking<T: Send + 'static>(
    app: &Shared,
    work: impl FnOnce(&App) -> Result<T, Failure> + Send + 'static,
) -> Result<T, Failure> {
    let _permit = app
        .renders
        .acquire()
        .await
        .map_err(|_| Failure::internal("the server is stopping"))?;
    let app = app.clone();
    tokio::task::spawn_blocking(move || work(&app))
        .await
        .unwrap_or_else(|_| Err(Failure::internal("the request failed inside flyer")))
}

/// A request that did not succeed: its status and what to tell the user.
pub(crate) struct Failure {
    status: StatusCode,
    diagnostics: Vec<Diagnostic>,
}

impl Failure {
    fn internal(why: &str) -> Failure {
        Failure {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            diagnostics: vec![Diagnostic::error("serve", why)
                .hint("the files on disk are unchanged; please report this")],
        }
    }

    fn bad_json(e: JsonRejection) -> Failure {
        Failure {
            status: e.status(),
            diagnostics: vec![Diagnostic::error("bad-request", e.body_text())
                .hint("requests are JSON as the workspace page sends them")],
        }
    }
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Failure {
        Failure {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            diagnostics: vec![d],
        }
    }
}

impl From<Refusal> for Failure {
    fn from(r: Refusal) -> Failure {
        let (status, diagnostics) = match r {
            Refusal::Conflict(why) => (
                StatusCode::CONFLICT,
                vec![Diagnostic::error("save-conflict", why)],
            ),
            Refusal::Invalid(d) => (StatusCode::UNPROCESSABLE_ENTITY, d),
            Refusal::BadRequest(d) => (StatusCode::BAD_REQUEST, vec![d]),
            Refusal::Failed(d) => (StatusCode::INTERNAL_SERVER_ERROR, vec![d]),
        };
        Failure {
            status,
            diagnostics,
        }
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": self.diagnostics.first().map(|d| d.message.clone()),
            "diagnostics": diagnostics_json(&self.diagnostics),
        });
        (self.status, Json(body)).into_response()
    }
}

fn json(result: Result<serde_json::Value, Failure>) -> Response {
    match result {
        Ok(v) => Json(v).into_response(),
        Err(f) => f.into_response(),
    }
}

fn html(result: Result<maud::Markup, Failure>) -> Response {
    match result {
        Ok(page) => Html(page.into_string()).into_response(),
        Err(f) => (f.status, Html(pages::failure(&f.diagnostics).into_string())).into_response(),
    }
}

/// Diagnostics for the page: each with its message id, so the editor shows it
/// on its row.
fn diagnostics_json(diags: &[Diagnostic]) -> serde_json::Value {
    diags
        .iter()
        .map(|d| {
            serde_json::json!({
                "severity": if d.is_error() { "error" } else { "warning" },
                "rule": d.rule,
                "message": d.message,
                "hint": d.hint,
                "id": d.message_id.as_deref().map(crate::l10n::base_id),
                "layout": d.layout,
                "text": d.to_string(),
            })
        })
        .collect()
}
