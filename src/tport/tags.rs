//! The `TPTAG_*` transport parameters an application hands to `nta_agent_create()` or
//! `nua_create()` (mod_sofia passes its whole TLS profile this way), collected from a tag
//! list and applied to a transport [`Config`].

use std::ffi::{c_char, c_int};
use std::ptr;

use super::Config;
use crate::su::strlst::{su_strlst_item, su_strlst_len, su_strlst_t};
use crate::tag::objects as to;
use crate::tag::types::{tag_type_t, tag_value_t};

/// The transport parameters given so far; `None` leaves the transport's default.
#[derive(Clone, Debug, Default)]
pub struct TportParams {
    pub certificate_dir: Option<std::path::PathBuf>,
    pub verify_policy: Option<u32>,
    pub verify_subjects: Option<Vec<String>>,
    pub verify_date: Option<bool>,
    pub verify_depth: Option<u32>,
    pub ciphers: Option<String>,
    pub passphrase: Option<String>,
    pub reuse: Option<bool>,
    pub idle_ms: Option<u32>,
    pub timeout_ms: Option<u32>,
    /// `TPTAG_LOG`.
    pub log: Option<bool>,
    /// `TPTAG_DUMP`: a file name, or NULL (Some(None)) for no dump.
    pub dump: Option<Option<String>>,
    /// `TPTAG_KEEPALIVE`, `TPTAG_PINGPONG` (ms), `TPTAG_PONG2PING`.
    pub keepalive: Option<u32>,
    pub pingpong: Option<u32>,
    pub pong2ping: Option<bool>,
    /// `TPTAG_SOCKET_KEEPALIVE` (s).
    pub socket_keepalive: Option<u32>,
}

fn is(t: tag_type_t, o: &crate::tag::types::TagType) -> bool {
    ptr::eq(t, o)
}

/// A C string tag value as an owned string (None for NULL).
///
/// # Safety
/// `v` NULL or a NUL-terminated string.
unsafe fn text(v: tag_value_t) -> Option<String> {
    // SAFETY: contract.
    unsafe { crate::ffi::cstr(v as *const c_char) }.map(|c| c.to_string_lossy().into_owned())
}

impl TportParams {
    /// Takes one tag if it is a transport parameter; whether it was.
    ///
    /// # Safety
    /// `v` is a value of the type of tag `t` (a string, a `su_strlst_t`, a number).
    pub unsafe fn take(&mut self, t: tag_type_t, v: tag_value_t) -> bool {
        let u = v as u32;
        if is(t, &to::tptag_certificate) {
            // SAFETY: a string by the tag's type.
            self.certificate_dir = unsafe { text(v) }.map(std::path::PathBuf::from);
        } else if is(t, &to::tptag_tls_verify_policy) || is(t, &to::tptag_tls_verify_peer) {
            // TPTAG_TLS_VERIFY_PEER is a boolean in Sofia's tag table (its macro now names
            // the policy tag): nonzero verifies both ways.
            self.verify_policy = Some(if is(t, &to::tptag_tls_verify_peer) {
                if u != 0 { super::tls::VERIFY_ALL } else { super::tls::VERIFY_NONE }
            } else {
                u
            });
        } else if is(t, &to::tptag_tls_verify_subjects) {
            let l = v as *const su_strlst_t;
            let mut names = Vec::new();
            if !l.is_null() {
                // SAFETY: a su_strlst_t by the tag's type; items are C strings.
                unsafe {
                    for i in 0..su_strlst_len(l) {
                        if let Some(s) = text(su_strlst_item(l, i) as tag_value_t) {
                            names.push(s);
                        }
                    }
                }
            }
            self.verify_subjects = Some(names);
        } else if is(t, &to::tptag_tls_verify_date) {
            self.verify_date = Some(u != 0);
        } else if is(t, &to::tptag_tls_verify_depth) {
            self.verify_depth = Some(u);
        } else if is(t, &to::tptag_tls_passphrase) {
            // SAFETY: a string by the tag's type.
            self.passphrase = unsafe { text(v) };
        } else if is(t, &to::tptag_reuse) {
            self.reuse = Some(v != 0);
        } else if is(t, &to::tptag_idle) {
            self.idle_ms = Some(u);
        } else if is(t, &to::tptag_timeout) {
            self.timeout_ms = Some(u);
        } else if is(t, &to::tptag_log) {
            self.log = Some(v != 0);
        } else if is(t, &to::tptag_dump) {
            // SAFETY: a string (or NULL) by the tag's type.
            self.dump = Some(unsafe { text(v) });
        } else if is(t, &to::tptag_keepalive) {
            self.keepalive = Some(u);
        } else if is(t, &to::tptag_pingpong) {
            self.pingpong = Some(u);
        } else if is(t, &to::tptag_pong2ping) {
            self.pong2ping = Some(v != 0);
        } else if is(t, &to::tptag_socket_keepalive) {
            self.socket_keepalive = Some(u);
        } else if is(t, &to::tptag_tls_ciphers) {
            // SAFETY: a string by the tag's type.
            self.ciphers = unsafe { text(v) };
        } else {
            return false;
        }
        true
    }

    /// Takes the transport parameters of a tag list; how many there were.
    ///
    /// # Safety
    /// `list` NULL or a well-formed tag list.
    pub unsafe fn take_list(&mut self, list: *const crate::tag::types::tagi_t) -> c_int {
        let mut n = 0;
        let mut t = list;
        // SAFETY: contract; values have the types of their tags.
        unsafe {
            while !t.is_null() && !(*t).t_tag.is_null() {
                n += self.take((*t).t_tag, (*t).t_value) as c_int;
                t = crate::tag::list::t_next(t);
            }
        }
        n
    }

    /// The parameters given, applied to a transport configuration.
    pub fn apply(&self, c: &mut Config) {
        if let Some(d) = &self.certificate_dir {
            c.tls.cert_dir = Some(d.clone());
        }
        if let Some(p) = self.verify_policy {
            c.tls.verify_policy = p;
        }
        if let Some(s) = &self.verify_subjects {
            c.tls.verify_subjects = s.clone();
        }
        if let Some(d) = self.verify_date {
            c.tls.verify_date = d;
        }
        if let Some(d) = self.verify_depth {
            c.tls.verify_depth = d;
        }
        if self.ciphers.is_some() {
            c.tls.ciphers = self.ciphers.clone();
        }
        if self.passphrase.is_some() {
            c.tls.passphrase = self.passphrase.clone();
        }
        if let Some(r) = self.reuse {
            c.reuse = r;
        }
        if let Some(i) = self.idle_ms {
            c.idle_timeout_ms = i;
        }
        if let Some(t) = self.timeout_ms {
            c.connect_timeout_ms = t;
        }
        if let Some(l) = self.log {
            c.log = l;
        }
        // The environment's dump (TPORT_DUMP) wins; Tport::new opens that one.
        if let (Some(d), None) = (&self.dump, super::dump::env_path()) {
            c.dump = d.as_deref().and_then(super::dump::Dump::open);
        }
        if let Some(k) = self.keepalive {
            c.keepalive_ms = k;
        }
        if let Some(p) = self.pingpong {
            c.pingpong_ms = p;
        }
        if let Some(p) = self.pong2ping {
            c.pong2ping = p;
        }
        if let Some(s) = self.socket_keepalive {
            c.socket_keepalive_s = s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::types::tagi_t;

    #[test]
    fn tls_tags_reach_the_transport_config() {
        let home = crate::su::alloc::su_home_new(64);
        // SAFETY: a home of ours; the list and its strings live until the end of the test.
        unsafe {
            let subjects = crate::su::strlst::su_strlst_create(home.cast());
            crate::su::strlst::su_strlst_dup_append(subjects, c"sip.example.com".as_ptr());
            crate::su::strlst::su_strlst_dup_append(subjects, c"127.0.0.1".as_ptr());
            let list = [
                tagi_t { t_tag: &to::tptag_tls_verify_policy, t_value: 0xF },
                tagi_t { t_tag: &to::tptag_tls_verify_subjects, t_value: subjects as tag_value_t },
                tagi_t { t_tag: &to::tptag_tls_verify_date, t_value: 0 },
                tagi_t { t_tag: &to::tptag_tls_verify_depth, t_value: 5 },
                tagi_t { t_tag: &to::tptag_reuse, t_value: 0 },
                tagi_t { t_tag: &to::tptag_certificate, t_value: c"/etc/sip".as_ptr() as tag_value_t },
                tagi_t { t_tag: &to::ntatag_sip_t1, t_value: 100 },
                tagi_t::END,
            ];
            let mut p = TportParams::default();
            assert_eq!(p.take_list(list.as_ptr()), 6, "the NTATAG is not a transport parameter");
            let mut c = Config::default();
            p.apply(&mut c);
            assert_eq!(c.tls.verify_policy, super::super::tls::VERIFY_SUBJECTS_ALL);
            assert_eq!(c.tls.verify_subjects, ["sip.example.com", "127.0.0.1"]);
            assert!(!c.tls.verify_date);
            assert_eq!(c.tls.verify_depth, 5);
            assert!(!c.reuse);
            assert_eq!(c.tls.cert_dir.as_deref(), Some(std::path::Path::new("/etc/sip")));
            // TPTAG_TLS_VERIFY_PEER(1) is the whole policy.
            let mut p = TportParams::default();
            assert!(p.take(&to::tptag_tls_verify_peer, 1));
            let mut c = Config::default();
            p.apply(&mut c);
            assert_eq!(c.tls.verify_policy, super::super::tls::VERIFY_ALL);
            // Nothing given: the defaults stay.
            let mut c = Config::default();
            TportParams::default().apply(&mut c);
            assert_eq!(c.tls.verify_policy, super::super::tls::VERIFY_NONE);
            assert!(c.reuse);
            crate::su::alloc::su_home_unref(home.cast());
        }
    }
}
