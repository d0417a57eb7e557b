//! Session timers (RFC 4028) of a call: what each side asked for, the negotiated interval
//! and refresher, the Session-Expires / Min-SE / Require headers of our INVITEs, UPDATEs
//! and 2xx responses, and when the refresh (or, for the side that does not refresh, the
//! BYE) is due. Pure bookkeeping: `session.rs` reads the messages and runs the timer.
//!
//! Behaviour follows the nua of Sofia-SIP (sofia-abi.md §5.4 for the tags): the session
//! timer is used when "timer" is in our Supported; `NUTAG_SESSION_TIMER` is the interval
//! we ask for when set by the application (or when a refresher is chosen), otherwise only
//! an upper bound for the peer's; the UAS lets the UAC refresh unless the request says
//! otherwise; the refresher refreshes at half the interval, the other side ends the call
//! `min(32, interval / 10)` seconds before it expires.

/// `enum nua_session_refresher`.
pub(super) const NO_REFRESHER: i32 = 0;
pub(super) const LOCAL_REFRESHER: i32 = 1;
pub(super) const REMOTE_REFRESHER: i32 = 2;
pub(super) const ANY_REFRESHER: i32 = 3;

/// What one side of the call wants.
#[derive(Default, Clone, Copy, Debug, PartialEq)]
struct Side {
    /// Session-Expires asked for (0: none).
    expires: u32,
    /// Upper bound for the interval when we do not ask for one ourselves.
    defaults: u32,
    min_se: u32,
    refresher: i32,
    supported: bool,
    require: bool,
}

/// The session-timer headers of a message seen from the peer.
#[derive(Default, Clone, Debug)]
pub(super) struct Seen {
    pub(super) supported: bool,
    pub(super) require: bool,
    /// Session-Expires: delta and refresher parameter.
    pub(super) expires: Option<(u32, Option<String>)>,
    pub(super) min_se: Option<u32>,
    /// The message is a request (else a response).
    pub(super) request: bool,
}

/// Headers to add to a message of ours (printed values).
#[derive(Default, Debug, PartialEq)]
pub(super) struct Headers {
    pub(super) session_expires: Option<String>,
    pub(super) min_se: Option<String>,
    pub(super) require_timer: bool,
}

/// What is due after a negotiation.
#[derive(Debug, PartialEq, Clone, Copy)]
pub(super) enum Due {
    /// We refresh after this many seconds.
    Refresh(u32),
    /// The peer refreshes; without a refresh we end the call after this many seconds.
    Expire(u32),
    Nothing,
}

/// The application's parameters for the session timer.
#[derive(Clone, Copy, Debug)]
pub(super) struct Prefs {
    pub(super) session_timer: u32,
    /// NUTAG_SESSION_TIMER was given by the application.
    pub(super) isset: bool,
    pub(super) refresher: i32,
    pub(super) min_se: u32,
}

#[derive(Debug)]
pub(super) struct SessionTimer {
    pub(super) interval: u32,
    /// Our negotiated role.
    pub(super) refresher: i32,
    local: Side,
    remote: Side,
}

impl Default for SessionTimer {
    fn default() -> Self {
        SessionTimer {
            interval: 0,
            refresher: NO_REFRESHER,
            local: Side { refresher: ANY_REFRESHER, ..Side::default() },
            remote: Side { refresher: ANY_REFRESHER, ..Side::default() },
        }
    }
}

/// The delta-seconds at the start of a header value ("90;refresher=uac" -> 90).
pub(super) fn delta_of(v: &[u8]) -> Option<u32> {
    let t = String::from_utf8_lossy(v);
    let d: String = t.trim_start().chars().take_while(|c| c.is_ascii_digit()).collect();
    d.parse().ok()
}

/// The `refresher` parameter of a Session-Expires value.
pub(super) fn refresher_of(v: &[u8]) -> Option<String> {
    let t = String::from_utf8_lossy(v);
    t.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("refresher").then(|| v.trim().to_string())
    })
}

impl SessionTimer {
    /// The session timer is in use on our side ("timer" in our Supported).
    pub(super) fn supported(&self) -> bool {
        self.local.supported
    }

    /// Our side's wishes, taken when a request or a 2xx response of ours is made.
    /// `supported` / `require`: "timer" in our Supported (parameters or message) / in the
    /// message's Require.
    pub(super) fn preferences(&mut self, supported: bool, require: bool, p: Prefs) {
        self.local = Side { supported, require, min_se: p.min_se, refresher: p.refresher, ..Side::default() };
        if p.isset || p.refresher != NO_REFRESHER {
            self.local.expires = p.session_timer;
        } else {
            self.local.defaults = p.session_timer;
        }
    }

    /// A 422 to our request: ask again with at least the peer's Min-SE.
    pub(super) fn raise_min_se(&mut self, min_se: Option<u32>) {
        if let Some(m) = min_se {
            if self.local.min_se < m {
                self.local.min_se = m;
            }
        }
        if self.local.expires != 0 && self.local.min_se > self.local.expires {
            self.local.expires = self.local.min_se;
        }
    }

    /// The peer's wishes, from its request (we are UAS) or its 2xx response (we are UAC).
    pub(super) fn store(&mut self, m: &Seen) {
        self.remote.require = m.require;
        self.remote.supported = self.remote.supported || m.supported;
        self.remote.expires = 0;
        self.remote.refresher = ANY_REFRESHER;
        self.remote.min_se = 0;
        if let Some((delta, refresher)) = &m.expires {
            self.remote.expires = *delta;
            match refresher.as_deref() {
                // "refresher=uac" in a request means the peer refreshes; in a response, we do.
                Some(r) if r.eq_ignore_ascii_case("uac") => {
                    self.remote.refresher = if m.request { REMOTE_REFRESHER } else { LOCAL_REFRESHER };
                }
                Some(r) if r.eq_ignore_ascii_case("uas") => {
                    self.remote.refresher = if m.request { LOCAL_REFRESHER } else { REMOTE_REFRESHER };
                }
                Some(_) => {}
                // Require: timer without a refresher parameter: the receiver refreshes.
                None if self.remote.require => self.remote.refresher = LOCAL_REFRESHER,
                None => {}
            }
        }
        if let Some(m) = m.min_se {
            self.remote.min_se = m;
        }
    }

    /// The interval and our role.
    pub(super) fn negotiate(&mut self, uas: bool) {
        self.refresher = if !self.local.supported {
            NO_REFRESHER
        } else if !self.remote.supported {
            LOCAL_REFRESHER
        } else if self.remote.refresher == LOCAL_REFRESHER || self.remote.refresher == REMOTE_REFRESHER {
            self.remote.refresher
        } else if uas {
            // The UAS lets the UAC refresh.
            REMOTE_REFRESHER
        } else {
            LOCAL_REFRESHER
        };
        let mut interval = self.remote.expires;
        if interval == 0 {
            interval = self.local.expires;
        }
        if self.local.expires != 0 && interval > self.local.expires {
            interval = self.local.expires;
        }
        if self.local.defaults != 0 && interval > self.local.defaults {
            interval = self.local.defaults;
        }
        if interval != 0 {
            interval = interval.max(self.local.min_se).max(self.remote.min_se);
        }
        self.interval = interval;
        if interval == 0 {
            self.refresher = NO_REFRESHER;
        }
    }

    /// The headers of our request (`uas_status` None) or 2xx/422 response. `initial`: the
    /// request starts the call. `min_se_in_2xx`: a 2xx carries Min-SE too (the 1.12 nua).
    /// None when the session timer is not used for this message.
    pub(super) fn headers(&mut self, initial: bool, uas_status: Option<i32>, autorequire: bool, min_se_in_2xx: bool) -> Option<Headers> {
        if !self.local.supported {
            return None;
        }
        let min = self.local.min_se.max(self.remote.min_se);
        let uas = uas_status.is_some();
        let (refresher, expires) = if uas {
            self.negotiate(true);
            (self.refresher, self.interval)
        } else {
            // RFC 4028 §7.1: the UAC leaves the refresher to the negotiation unless it
            // wants to refresh itself.
            let refresher = if self.local.refresher == LOCAL_REFRESHER {
                LOCAL_REFRESHER
            } else if !initial {
                self.refresher
            } else {
                ANY_REFRESHER
            };
            let mut expires = self.local.expires;
            if expires != 0 && expires < min {
                expires = min;
            }
            if expires == 0 && !initial && self.interval != 0 {
                expires = self.interval;
            }
            (refresher, expires)
        };
        if expires == 0 && self.remote.min_se == 0 {
            return Some(Headers::default());
        }
        let param = match (refresher, uas) {
            (REMOTE_REFRESHER, true) | (LOCAL_REFRESHER, false) => ";refresher=uac",
            (REMOTE_REFRESHER, false) | (LOCAL_REFRESHER, true) => ";refresher=uas",
            _ => "",
        };
        let min_allowed = !uas || uas_status == Some(422) || min_se_in_2xx;
        Some(Headers {
            session_expires: (expires != 0).then(|| format!("{expires}{param}")),
            min_se: (min_allowed && (min != 0 || !initial)).then(|| min.to_string()),
            require_timer: autorequire && refresher == REMOTE_REFRESHER && expires != 0,
        })
    }

    /// After a 2xx (UAC) or its ACK / our 2xx to UPDATE (UAS): negotiate and say what is
    /// due.
    pub(super) fn due(&mut self, uas: bool) -> Due {
        self.negotiate(uas);
        match self.refresher {
            LOCAL_REFRESHER => Due::Refresh(self.interval / 2),
            REMOTE_REFRESHER => Due::Expire(self.interval - (self.interval / 10).min(32)),
            _ => Due::Nothing,
        }
    }
}

/// A request with Session-Expires (and "timer" in its Supported) below our Min-SE (at
/// least 1): the Min-SE to answer 422 with (never below 90, RFC 4028 §5).
pub(super) fn too_small(expires: u32, supported: bool, min_se: u32) -> Option<u32> {
    let min = min_se.max(1);
    (supported && expires < min).then_some(min.max(90))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(st: u32, isset: bool, refresher: i32, min_se: u32) -> Prefs {
        Prefs { session_timer: st, isset, refresher, min_se }
    }

    #[test]
    fn defaults_add_no_headers() {
        let mut t = SessionTimer::default();
        t.preferences(true, false, prefs(1800, false, NO_REFRESHER, 120));
        assert_eq!(t.headers(true, None, true, true), Some(Headers::default()));
        // A UAS with the defaults and a request without Session-Expires: nothing either.
        t.store(&Seen { supported: true, request: true, ..Seen::default() });
        assert_eq!(t.headers(false, Some(200), true, true), Some(Headers::default()));
        assert_eq!(t.due(true), Due::Nothing);
    }

    #[test]
    fn uac_asks_uas_lets_uac_refresh() {
        let mut uac = SessionTimer::default();
        uac.preferences(true, false, prefs(8, true, NO_REFRESHER, 5));
        let h = uac.headers(true, None, true, true).unwrap();
        assert_eq!(h, Headers { session_expires: Some("8".into()), min_se: Some("5".into()), require_timer: false });

        let mut uas = SessionTimer::default();
        uas.store(&Seen { supported: true, expires: Some((8, None)), min_se: Some(5), request: true, ..Seen::default() });
        uas.preferences(true, false, prefs(1800, false, NO_REFRESHER, 1));
        let h = uas.headers(false, Some(200), true, true).unwrap();
        assert_eq!(h, Headers { session_expires: Some("8;refresher=uac".into()), min_se: Some("5".into()), require_timer: true });
        assert_eq!(uas.headers(false, Some(200), true, false).unwrap().min_se, None);
        assert_eq!(uas.due(true), Due::Expire(8));

        uac.store(&Seen { supported: true, require: true, expires: Some((8, Some("uac".into()))), min_se: Some(5), request: false });
        assert_eq!(uac.due(false), Due::Refresh(4));
        // The refresh carries our role and Min-SE.
        let h = uac.headers(false, None, true, true).unwrap();
        assert_eq!(h.session_expires.as_deref(), Some("8;refresher=uac"));
        assert_eq!(h.min_se.as_deref(), Some("5"));
    }

    #[test]
    fn uac_asks_uas_to_refresh() {
        let mut uac = SessionTimer::default();
        uac.preferences(true, false, prefs(100, false, REMOTE_REFRESHER, 90));
        let h = uac.headers(true, None, true, true).unwrap();
        // An initial request leaves the refresher open unless we refresh ourselves.
        assert_eq!(h.session_expires.as_deref(), Some("100"));
        let mut uac = SessionTimer::default();
        uac.preferences(true, false, prefs(100, false, LOCAL_REFRESHER, 90));
        assert_eq!(uac.headers(true, None, true, true).unwrap().session_expires.as_deref(), Some("100;refresher=uac"));

        let mut uas = SessionTimer::default();
        uas.store(&Seen { supported: true, expires: Some((100, Some("uas".into()))), request: true, ..Seen::default() });
        uas.preferences(true, false, prefs(1800, false, NO_REFRESHER, 90));
        let h = uas.headers(false, Some(200), true, true).unwrap();
        assert_eq!(h.session_expires.as_deref(), Some("100;refresher=uas"));
        assert!(!h.require_timer);
        assert_eq!(uas.due(true), Due::Refresh(50));
        // Long intervals end the call 32 s early.
        uas.store(&Seen { supported: true, expires: Some((1000, Some("uac".into()))), request: true, ..Seen::default() });
        assert_eq!(uas.due(true), Due::Expire(968));
    }

    #[test]
    fn peer_without_timer_leaves_refresh_to_us() {
        let mut uac = SessionTimer::default();
        uac.preferences(true, false, prefs(60, true, REMOTE_REFRESHER, 30));
        uac.store(&Seen { supported: false, ..Seen::default() });
        assert_eq!(uac.due(false), Due::Refresh(30));
        // Without "timer" on our side nothing happens.
        let mut off = SessionTimer::default();
        off.preferences(false, false, prefs(60, true, LOCAL_REFRESHER, 30));
        assert_eq!(off.headers(true, None, true, true), None);
        assert_eq!(off.due(false), Due::Nothing);
    }

    #[test]
    fn too_small_and_retry() {
        assert_eq!(too_small(8, true, 60), Some(90));
        assert_eq!(too_small(8, true, 120), Some(120));
        assert_eq!(too_small(8, false, 120), None);
        assert_eq!(too_small(8, true, 8), None);
        assert_eq!(too_small(0, true, 0), Some(90));
        let mut t = SessionTimer::default();
        t.preferences(true, false, prefs(8, true, NO_REFRESHER, 5));
        t.raise_min_se(Some(90));
        let h = t.headers(false, None, true, true).unwrap();
        assert_eq!(h.session_expires.as_deref(), Some("90"));
        assert_eq!(h.min_se.as_deref(), Some("90"));
    }

    #[test]
    fn parses_values() {
        assert_eq!(delta_of(b"90;refresher=uac"), Some(90));
        assert_eq!(delta_of(b"x"), None);
        assert_eq!(refresher_of(b"90;refresher=UAS").as_deref(), Some("UAS"));
        assert_eq!(refresher_of(b"90;foo=bar"), None);
    }
}
