//! `sip_url_query_as_taglist()` (sip_header.h): the headers of a SIP URI's query
//! ("subject=hi&body=x", RFC 3261 section 19.1.1) as a tag list.

use std::ffi::{c_char, CStr};
use std::ptr::{self, addr_of};

use crate::ffi::guard;
use crate::msg::hclass;
use crate::msg::mclass::MsgMclass;
use crate::su::alloc::{home_alloc, su_free, su_home_t};
use crate::tag::objects::*;
use crate::tag::types::{tag_type_t, tagi_t, TagType};

/// What one query item becomes.
#[derive(Debug, PartialEq)]
pub enum Item {
    /// A header of this kind made from the value.
    Header(&'static str),
    /// The body ("body=").
    Body,
    /// A header SIPTAG_HEADER_STR() takes as "Name:value" text.
    Other,
}

macro_rules! header_tags {
    ($($sym:ident => $tag:ident;)*) => {
        /// The header kinds a query may name, with their SIPTAG_X() tags (Sofia's
        /// `sip_tag_list`: the headers with a name, extension headers too).
        static TAGS: &[(&str, &TagType)] = &[$((stringify!($sym), &$tag),)*
              #[cfg(not(feature = "abi-1-12"))]
              ("identity", &siptag_identity)];
        fn tags() -> &'static [(&'static str, &'static TagType)] {
            TAGS
        }
    };
}

header_tags! {
    accept => siptag_accept;
    accept_contact => siptag_accept_contact;
    accept_encoding => siptag_accept_encoding;
    accept_language => siptag_accept_language;
    alert_info => siptag_alert_info;
    allow => siptag_allow;
    allow_events => siptag_allow_events;
    authentication_info => siptag_authentication_info;
    authorization => siptag_authorization;
    call_id => siptag_call_id;
    call_info => siptag_call_info;
    contact => siptag_contact;
    content_disposition => siptag_content_disposition;
    content_encoding => siptag_content_encoding;
    content_language => siptag_content_language;
    content_length => siptag_content_length;
    content_type => siptag_content_type;
    cseq => siptag_cseq;
    date => siptag_date;
    error_info => siptag_error_info;
    etag => siptag_etag;
    event => siptag_event;
    expires => siptag_expires;
    from => siptag_from;
    if_match => siptag_if_match;
    in_reply_to => siptag_in_reply_to;
    max_forwards => siptag_max_forwards;
    mime_version => siptag_mime_version;
    min_expires => siptag_min_expires;
    min_se => siptag_min_se;
    organization => siptag_organization;
    p_asserted_identity => siptag_p_asserted_identity;
    p_preferred_identity => siptag_p_preferred_identity;
    path => siptag_path;
    priority => siptag_priority;
    privacy => siptag_privacy;
    proxy_authenticate => siptag_proxy_authenticate;
    proxy_authentication_info => siptag_proxy_authentication_info;
    proxy_authorization => siptag_proxy_authorization;
    proxy_require => siptag_proxy_require;
    rack => siptag_rack;
    reason => siptag_reason;
    record_route => siptag_record_route;
    refer_sub => siptag_refer_sub;
    refer_to => siptag_refer_to;
    referred_by => siptag_referred_by;
    reject_contact => siptag_reject_contact;
    remote_party_id => siptag_remote_party_id;
    replaces => siptag_replaces;
    reply_to => siptag_reply_to;
    request_disposition => siptag_request_disposition;
    require => siptag_require;
    retry_after => siptag_retry_after;
    route => siptag_route;
    rseq => siptag_rseq;
    security_client => siptag_security_client;
    security_server => siptag_security_server;
    security_verify => siptag_security_verify;
    server => siptag_server;
    service_route => siptag_service_route;
    session_expires => siptag_session_expires;
    subject => siptag_subject;
    subscription_state => siptag_subscription_state;
    supported => siptag_supported;
    timestamp => siptag_timestamp;
    to => siptag_to;
    unsupported => siptag_unsupported;
    user_agent => siptag_user_agent;
    via => siptag_via;
    warning => siptag_warning;
    www_authenticate => siptag_www_authenticate;
}

/// The kind named `name` (its compact form too), ignoring case.
fn kind_named(name: &[u8]) -> Option<(&'static str, &'static TagType)> {
    tags().iter().find_map(|&(sym, tag)| {
        let k = hclass::kind(sym);
        let short = k.short.as_bytes();
        let hit = (name.len() == 1 && short.len() == 1 && short.eq_ignore_ascii_case(name))
            || (!k.name.is_empty() && k.name.as_bytes().eq_ignore_ascii_case(name));
        hit.then_some((sym, tag))
    })
}

/// The items of a query: for each "name=value" (split at '&'), what it becomes, the tag,
/// and the unescaped text (for `Other`, "Name:value"). None when the query is empty, starts
/// with '&' or has an empty item or name.
pub fn items(query: &[u8]) -> Option<Vec<(Item, Option<&'static TagType>, Vec<u8>)>> {
    if query.is_empty() || query[0] == b'&' {
        return None;
    }
    let mut out = Vec::new();
    for hnv in query.split(|&b| b == b'&') {
        let n = hnv.iter().position(|&b| b == b'=').unwrap_or(hnv.len());
        if n == 0 {
            return None;
        }
        let name = &hnv[..n];
        let raw = hnv.get(n + 1..).unwrap_or(b"");
        let mut value = crate::url::syntax::unescape(raw, raw.len());
        if let Some(z) = value.iter().position(|&b| b == 0) {
            value.truncate(z);
        }
        if name.eq_ignore_ascii_case(b"body") {
            out.push((Item::Body, None, value));
        } else if let Some((k, tag)) = kind_named(name) {
            out.push((Item::Header(k), Some(tag), value));
        } else {
            let mut text = name.to_vec();
            text.push(b':');
            text.extend_from_slice(&value);
            out.push((Item::Other, None, text));
        }
    }
    Some(out)
}

/// The query's headers as a tag list in `home`: SIPTAG_X(header) for the headers known by
/// name, SIPTAG_PAYLOAD() for "body", SIPTAG_HEADER_STR("Name:value") for the others. NULL
/// when the query is empty or a header does not parse. The parser argument is not used.
#[no_mangle]
pub unsafe extern "C" fn sip_url_query_as_taglist(home: *mut su_home_t, query: *const c_char, _parser: *const MsgMclass) -> *mut tagi_t {
    guard(ptr::null_mut(), || {
        if query.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a C string (caller).
        let Some(list) = items(unsafe { CStr::from_ptr(query) }.to_bytes()) else { return ptr::null_mut() };
        // SAFETY: a zeroed block of N + 1 tag items from home; all made here is freed on failure.
        unsafe {
            let t = home_alloc(home, (list.len() + 1) * std::mem::size_of::<tagi_t>(), true) as *mut tagi_t;
            if t.is_null() {
                return ptr::null_mut();
            }
            for (i, (item, tag, text)) in list.iter().enumerate() {
                let (tag, value): (tag_type_t, *mut std::ffi::c_void) = match item {
                    Item::Header(k) => (
                        tag.map_or(ptr::null(), |t| t as *const TagType),
                        crate::sip::api::make(home, hclass::kind(k), text),
                    ),
                    Item::Body => (addr_of!(siptag_payload), crate::sip::api::make(home, hclass::kind("payload"), text)),
                    Item::Other => {
                        let s = home_alloc(home, text.len() + 1, false) as *mut u8;
                        if !s.is_null() {
                            ptr::copy_nonoverlapping(text.as_ptr(), s, text.len());
                            *s.add(text.len()) = 0;
                        }
                        (addr_of!(siptag_header_str), s.cast())
                    }
                };
                if value.is_null() {
                    for j in 0..i {
                        let v = (*t.add(j)).t_value as *mut std::ffi::c_void;
                        if matches!(list[j].0, Item::Other) {
                            su_free(home, v);
                        } else {
                            crate::sip::api::msg_header_free_all(home, v.cast());
                        }
                    }
                    su_free(home, t.cast());
                    return ptr::null_mut();
                }
                *t.add(i) = tagi_t { t_tag: tag, t_value: value as isize };
            }
            t
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_items() {
        let v = items(b"subject=hello%20world&X-Foo=a%2Cb&body=x&m=%3Csip:a@b%3E").unwrap();
        assert_eq!(v.len(), 4);
        assert!(v[0].0 == Item::Header("subject"));
        assert_eq!(v[0].2, b"hello world");
        assert_eq!((&v[1].0, v[1].2.as_slice()), (&Item::Other, &b"X-Foo:a,b"[..]));
        assert_eq!(v[2].0, Item::Body);
        assert!(v[3].0 == Item::Header("contact"));
        assert!(items(b"a=1&").is_none());
        assert!(items(b"&a=1").is_none());
        assert!(items(b"").is_none());
    }
}
