//! Who may talk to `flyer serve`: a request from this computer's browser, to
//! this server by its own name, carrying the run's token.

use crate::diag::Diagnostic;
use axum::http::{header, HeaderMap, Method, StatusCode};

/// The header every change (POST) carries the token in.
pub const TOKEN_HEADER: &str = "x-flyer-token";

pub struct Door {
    port: u16,
    token: String,
}

impl Door {
    /// A door with a fresh random token (128 bits from the OS).
    pub fn new(port: u16) -> Result<Door, Diagnostic> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| {
            Diagnostic::error("serve", format!("no random token from the system: {e}"))
        })?;
        Ok(Door {
            port,
            token: crate::outputs::hex(&bytes),
        })
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    /// The cookie's name: one per port, so two servers do not overwrite each other's.
    fn cookie_name(&self) -> String {
        format!("flyer-token-{}", self.port)
    }

    /// The names this server is reached by: anything else in Host is another
    /// site's name pointed at this machine (DNS rebinding).
    fn is_own_host(&self, host: &str) -> bool {
        ["127.0.0.1", "localhost", "[::1]"]
            .iter()
            .any(|name| host == format!("{name}:{}", self.port))
    }

    fn is_own_origin(&self, origin: &str) -> bool {
        origin
            .strip_prefix("http://")
            .is_some_and(|host| self.is_own_host(host))
    }

    fn is_token(&self, given: &str) -> bool {
        // Compared in constant time: no early exit to time.
        given.len() == self.token.len()
            && given
                .bytes()
                .zip(self.token.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    fn cookie_token(&self, headers: &HeaderMap) -> bool {
        let name = self.cookie_name();
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(cookie::Cookie::split_parse)
            .flatten()
            .any(|c| c.name() == name && self.is_token(c.value()))
    }
}

/// What the door decides about a request.
pub enum Verdict {
    /// Let it through.
    Admit,
    /// A first visit with the token in the address: send the browser to the
    /// same page with the token moved into this cookie.
    MoveTokenToCookie { location: String, cookie: String },
    /// Refuse it: the status, why, and what to do instead.
    Refuse {
        status: StatusCode,
        why: &'static str,
        hint: &'static str,
    },
}

impl Door {
    /// The decision for one request, from its method, address and headers.
    pub fn judge(&self, method: &Method, uri: &axum::http::Uri, headers: &HeaderMap) -> Verdict {
        let one = |name| {
            let mut values = headers.get_all(name).iter();
            match (values.next(), values.next()) {
                (Some(v), None) => v.to_str().ok(),
                _ => None,
            }
        };
        let refuse = |status, why, hint| Verdict::Refuse { status, why, hint };
        if !one(header::HOST).is_some_and(|h| self.is_own_host(h)) {
            return refuse(
                StatusCode::FORBIDDEN,
                "this server answers only to its own address",
                "open the address flyer serve printed (http://127.0.0.1:PORT/...)",
            );
        }
        if headers.contains_key(header::ORIGIN)
            && !one(header::ORIGIN).is_some_and(|o| self.is_own_origin(o))
        {
            return refuse(
                StatusCode::FORBIDDEN,
                "requests from other sites are refused",
                "use the workspace page itself",
            );
        }
        if method != Method::GET {
            let header = one(header::HeaderName::from_static(TOKEN_HEADER));
            return if header.is_some_and(|t| self.is_token(t)) {
                Verdict::Admit
            } else {
                refuse(
                    StatusCode::FORBIDDEN,
                    "a change needs the workspace's token",
                    "make changes from the workspace page; reload it if flyer serve was restarted",
                )
            };
        }
        if url_query_token(uri).is_some_and(|t| self.is_token(&t)) {
            // The token moves from the address to a cookie: the page's address
            // (history, a screenshot) no longer shows it; the rest of the
            // address stays.
            let rest: Vec<&str> = (uri.query().unwrap_or_default().split('&'))
                .filter(|pair| !pair.is_empty() && !pair.starts_with("token="))
                .collect();
            let mut location = uri.path().to_string();
            if !rest.is_empty() {
                location = format!("{location}?{}", rest.join("&"));
            }
            return Verdict::MoveTokenToCookie {
                location,
                cookie: format!(
                    "{}={}; Path=/; HttpOnly; SameSite=Strict",
                    self.cookie_name(),
                    self.token
                ),
            };
        }
        if self.cookie_token(headers) {
            return Verdict::Admit;
        }
        refuse(
            StatusCode::UNAUTHORIZED,
            "this workspace needs its token",
            "open the whole address flyer serve printed, with ?token=...; a new run prints a new one",
        )
    }
}

/// The `token` parameter of a request's address.
fn url_query_token(uri: &axum::http::Uri) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct TokenQuery {
        token: Option<String>,
    }
    axum::extract::Query::<TokenQuery>::try_from_uri(uri)
        .ok()
        .and_then(|q| q.0.token)
}
