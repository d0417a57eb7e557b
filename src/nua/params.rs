//! nua_get_params() / nua_get_hparams(): the current parameters as tags, in the order
//! Sofia reports them (sofia-abi.md §5.4), filtered by the tags the application names
//! (`TAG_ANY()`, a namespace's `*TAG_ANY()`, or the tags themselves).

use super::*;
use crate::tag::types::TagType;

/// Values and header structs the reported tags point to; alive until the event copied
/// them.
struct Keep {
    strings: Vec<CString>,
    headers: *mut MsgObj,
}

impl Keep {
    fn new() -> Keep {
        Keep { strings: Vec::new(), headers: crate::nta::view::new_msg(0) }
    }
    fn s(&mut self, v: &str) -> isize {
        let c = CString::new(v).unwrap_or_default();
        let p = c.as_ptr() as isize;
        self.strings.push(c);
        p
    }
    fn h(&mut self, sym: &str, v: &[u8]) -> isize {
        if self.headers.is_null() {
            return 0;
        }
        // SAFETY: our message.
        unsafe { crate::nta::view::make(self.headers, sym, v) as isize }
    }
}

impl Drop for Keep {
    fn drop(&mut self) {
        if !self.headers.is_null() {
            // SAFETY: our message.
            unsafe { msg_destroy(self.headers) };
        }
    }
}

/// Whether `filter` asks for `tag`.
///
/// # Safety
/// `filter` NULL or a valid list.
unsafe fn wanted(filter: *const tagi_t, tag: &TagType) -> bool {
    let mut yes = false;
    // SAFETY: contract; tag objects are static.
    unsafe {
        let ns = CStr::from_ptr(tag.tt_ns).to_bytes();
        each(filter, |f, _| {
            if is(f, tag) || is(f, &tag_any) {
                yes = true;
                return;
            }
            // A namespace filter (NUTAG_ANY(), NTATAG_ANY(), ...) of the tag's namespace.
            if ptr::eq((*f).tt_class, ptr::addr_of!(crate::tag::class::ns_tag_class)) && CStr::from_ptr((*f).tt_ns).to_bytes() == ns {
                yes = true;
            }
        })
    };
    yes
}

impl Stack {
    /// nua_get_params() (nh None) / nua_get_hparams(): the parameters the filter names.
    pub(super) fn get_params(&self, nh: Option<&NhRef>, filter: *const tagi_t) {
        let mut keep = Keep::new();
        let mut all: Vec<(&'static TagType, isize)> = Vec::new();
        if let Some(r) = nh {
            all = self.handle_params(r, &mut keep);
        } else {
            let p = self.params.borrow().clone();
            let agent = self.agent.borrow().clone();
            let np = agent.as_ref().map(|a| a.params()).unwrap_or_default();
            // SAFETY: the agent's contact header (or NULL).
            let contact = agent.as_ref().and_then(|a| unsafe { crate::nta::view::value(a.contact().cast()) });
            let allow = self.allow();
            let am = p.appl_method.as_ref().map(|m| m.join(", "));
            let b = |v: bool| v as isize;
            let from = p.from.clone().or_else(|| self.contact_uri().map(|u| [b"<".as_slice(), &u, b">"].concat()));
            if let Some(c) = from {
                all.extend(from_tags(&mut keep, &c));
            }
            all.extend([
                (&nutag_retry_count, 3),
                (&nutag_max_subscriptions, 20),
                (&nutag_media_enable, b(p.media_enable)),
            ]);
            if cfg!(feature = "abi-1-12") {
                all.push((&nutag_accept_multipart, 0));
            }
            all.extend([
                (&nutag_enableinvite, b(p.enable_invite)),
                (&nutag_autoalert, b(p.auto_alert)),
                (&nutag_early_media, 0),
                (&nutag_only183_100rel, 0),
                (&nutag_autoanswer, b(p.auto_answer)),
                (&nutag_autoack, b(p.auto_ack)),
            ]);
            if cfg!(not(feature = "abi-1-12")) {
                all.push((&nutag_timer_autorequire, b(p.timer_autorequire)));
            }
            all.extend([
                (&nutag_invite_timer, 120),
                (&nutag_session_timer, p.session_timer as isize),
                (&nutag_min_se, p.min_se as isize),
                (&nutag_session_refresher, p.refresher as isize),
                (&nutag_update_refresh, b(p.update_refresh)),
                (&nutag_enablemessage, b(p.enable_message)),
                (&nutag_enablemessenger, 0),
                (&nutag_callee_caps, b(p.callee_caps)),
                (&nutag_media_features, 0),
                (&nutag_service_route_enable, 1),
                (&nutag_path_enable, b(p.path_enable)),
            ]);
            if cfg!(not(feature = "abi-1-12")) {
                all.push((&nutag_retry_after_enable, b(p.retry_after_enable)));
            }
            all.extend([
                (&nutag_refer_expires, 300),
                (&nutag_refer_with_id, 1),
            ]);
            if cfg!(feature = "abi-1-12") {
                all.extend([(&nutag_auto302, 1), (&nutag_auto305, 1), (&nutag_auto100, 1), (&nutag_max_retry_after, 1)]);
            }
            all.extend([(&nutag_substate, 2), (&nutag_sub_expires, 3600)]);
            let sup = p.supported.clone();
            all.push((&siptag_supported, if sup.is_empty() { 0 } else { keep.h("supported", sup.as_bytes()) }));
            all.push((&siptag_supported_str, if sup.is_empty() { 0 } else { keep.s(&sup) }));
            all.push((&siptag_allow, keep.h("allow", allow.as_bytes())));
            all.push((&siptag_allow_str, keep.s(&allow)));
            all.push((&nutag_appl_method, am.as_deref().map_or(0, |m| keep.s(m))));
            let ua = p.user_agent.clone();
            all.push((&siptag_user_agent, ua.as_deref().map_or(0, |u| keep.h("user_agent", u.as_bytes()))));
            all.push((&siptag_user_agent_str, ua.as_deref().map_or(0, |u| keep.s(u))));
            all.push((&nutag_user_agent, ua.as_deref().map_or(0, |u| keep.s(u))));
            // Those without a default only once set (Sofia's TIF).
            if p.own_set.any(&[&nutag_registrar]) {
                all.push((&nutag_registrar, p.registrar.as_deref().map_or(0, |u| keep.s(&String::from_utf8_lossy(u)))));
            }
            all.push((&nutag_keepalive, p.keepalive_ms as isize));
            for (tag, v) in [(&nutag_instance, &p.instance), (&nutag_m_display, &p.m_display), (&nutag_m_username, &p.m_username), (&nutag_m_params, &p.m_params)] {
                if p.own_set.any(&[tag]) {
                    all.push((tag, v.as_deref().map_or(0, |s| keep.s(s))));
                }
            }
            all.push((&nutag_outbound, if p.outbound.is_empty() { 0 } else { keep.s(&p.outbound) }));
            all.push((&ntatag_contact, contact.as_deref().map_or(0, |c| keep.h("contact", c))));
            all.extend([
                (&ntatag_udp_mtu, 1300),
                (&ntatag_max_proceeding, u32::MAX as isize),
                (&ntatag_sip_t1, np.t1 as isize),
                (&ntatag_sip_t2, np.t2 as isize),
                (&ntatag_sip_t4, np.t4 as isize),
                (&ntatag_sip_t1x64, np.t1x64 as isize),
                (&ntatag_debug_drop_prob, 0),
            ]);
            let proxy = p.proxy.clone().or(np.default_proxy.clone());
            all.push((&ntatag_default_proxy, proxy.as_deref().map_or(0, |u| keep.s(&String::from_utf8_lossy(u)))));
            all.extend([(&ntatag_aliases, 0), (&ntatag_sipflags, np.sipflags as isize)]);
            all.extend(self.media_params());
        }
        let mut list: Vec<tagi_t> = Vec::new();
        for (tag, v) in all {
            // SAFETY: the signal's own tag copy.
            if unsafe { wanted(filter, tag) } {
                list.push(tagi_t { t_tag: tag, t_value: v });
            }
        }
        list.push(tagi_t { t_tag: ptr::null(), t_value: 0 });
        let target = nh.map_or(self.default_nh(), |r| r.0);
        self.event(target, ev::R_GET_PARAMS, 200, "OK", ptr::null_mut(), list.as_ptr());
        drop(keep);
    }
}

/// SIPTAG_FROM and SIPTAG_FROM_STR of From text `c` (without header parameters, as Sofia
/// reports it), the string printed from the parsed header.
fn from_tags(keep: &mut Keep, c: &[u8]) -> [(&'static TagType, isize); 2] {
    let text = String::from_utf8_lossy(c).into_owned();
    let text = match text.find('>') {
        Some(i) => text[..=i].to_string(),
        None => text.split(';').next().unwrap_or("").to_string(),
    };
    let h = keep.h("from", text.as_bytes());
    // SAFETY: our header (or NULL).
    let printed = if h == 0 { None } else { unsafe { crate::nta::view::value(h as *const c_void) } };
    let s = printed.map_or(text, |p| String::from_utf8_lossy(&p).into_owned());
    [(&siptag_from, h), (&siptag_from_str, keep.s(&s))]
}

impl Stack {
    /// The parameters of the media session (the master's, which handles' sessions copy).
    fn media_params(&self) -> Vec<(&'static TagType, isize)> {
        let soa = self.soa.get();
        // SAFETY: our master session (or NULL): its address family parameter.
        let af = if soa.is_null() { 0 } else { unsafe { crate::soa::api::soa_af(soa) } };
        let mut all: Vec<(&'static TagType, isize)> = vec![(&soatag_af, af as isize), (&soatag_srtp_enable, 0), (&soatag_srtp_confidentiality, 0), (&soatag_srtp_integrity, 0)];
        if cfg!(feature = "abi-1-12") {
            all.extend([(&soatag_delayed_offer_enable, 0), (&soatag_user_o_line, 0)]);
        }
        all
    }

    /// nua_get_hparams() as Sofia's nua_stack_get_params() answers for a handle: its From
    /// (the handle's SIPTAG_FROM, else the nua's), the parameters the handle set itself
    /// (nua_set_hparams(), parameter tags of nua_handle() and of its requests) in Sofia's
    /// order, then those of its media session when it has one (its parameters were set or
    /// it made a request, with media on). Without a media session the real library
    /// crashes (docs/deviations.md); we leave them out.
    fn handle_params(&self, nh: &NhRef, keep: &mut Keep) -> Vec<(&'static TagType, isize)> {
        let id = nh.inner().id;
        let (own, used) = self.handles.borrow().get(&id).map_or((None, false), |h| (h.params.clone(), h.ptags_used));
        // SAFETY: the handle's tags (its home).
        let from = unsafe { super::subscribe::tag_text(nh.inner().tags, &siptag_from_str, &siptag_from) }.unwrap_or_else(|| self.default_from(id));
        let mut all: Vec<(&'static TagType, isize)> = from_tags(keep, &from).to_vec();
        let media = own.as_ref().map_or_else(|| self.params.borrow().media_enable, |p| p.media_enable);
        if let Some(p) = &own {
            let set = |tags: &[&TagType]| p.own_set.any(tags);
            let b = |v: bool| v as isize;
            let mut push = |on: bool, items: Vec<(&'static TagType, isize)>| {
                if on {
                    all.extend(items);
                }
            };
            push(set(&[&nutag_media_enable]), vec![(&nutag_media_enable, b(p.media_enable))]);
            push(set(&[&nutag_enableinvite]), vec![(&nutag_enableinvite, b(p.enable_invite))]);
            push(set(&[&nutag_autoalert]), vec![(&nutag_autoalert, b(p.auto_alert))]);
            push(set(&[&nutag_autoanswer]), vec![(&nutag_autoanswer, b(p.auto_answer))]);
            push(set(&[&nutag_autoack]), vec![(&nutag_autoack, b(p.auto_ack))]);
            push(cfg!(not(feature = "abi-1-12")) && set(&[&nutag_timer_autorequire]), vec![(&nutag_timer_autorequire, b(p.timer_autorequire))]);
            push(set(&[&nutag_session_timer]), vec![(&nutag_session_timer, p.session_timer as isize)]);
            push(set(&[&nutag_min_se]), vec![(&nutag_min_se, p.min_se as isize)]);
            push(set(&[&nutag_session_refresher]), vec![(&nutag_session_refresher, p.refresher as isize)]);
            push(set(&[&nutag_update_refresh]), vec![(&nutag_update_refresh, b(p.update_refresh))]);
            push(set(&[&nutag_enablemessage]), vec![(&nutag_enablemessage, b(p.enable_message))]);
            push(set(&[&nutag_callee_caps]), vec![(&nutag_callee_caps, b(p.callee_caps))]);
            push(set(&[&nutag_path_enable]), vec![(&nutag_path_enable, b(p.path_enable))]);
            push(cfg!(not(feature = "abi-1-12")) && set(&[&nutag_retry_after_enable]), vec![(&nutag_retry_after_enable, b(p.retry_after_enable))]);
            if set(&[&siptag_supported, &siptag_supported_str, &nutag_supported]) {
                let sup = &p.supported;
                push(true, vec![(&siptag_supported, if sup.is_empty() { 0 } else { keep.h("supported", sup.as_bytes()) }), (&siptag_supported_str, if sup.is_empty() { 0 } else { keep.s(sup) })]);
            }
            if set(&[&siptag_allow, &siptag_allow_str, &nutag_allow]) {
                let allow = Self::allow_of(p);
                push(true, vec![(&siptag_allow, keep.h("allow", allow.as_bytes())), (&siptag_allow_str, keep.s(&allow))]);
            }
            if set(&[&nutag_appl_method]) {
                let am = p.appl_method.as_ref().map(|m| m.join(", "));
                push(true, vec![(&nutag_appl_method, am.as_deref().map_or(0, |m| keep.s(m)))]);
            }
            if set(&[&nutag_allow_events]) {
                let ev = p.allow_events.join(", ");
                let (h, s) = if ev.is_empty() { (0, 0) } else { (keep.h("allow_events", ev.as_bytes()), keep.s(&ev)) };
                push(true, vec![(&siptag_allow_events, h), (&siptag_allow_events_str, s)]);
            }
            if set(&[&siptag_user_agent, &siptag_user_agent_str, &nutag_user_agent]) {
                let ua = p.user_agent.clone();
                push(true, vec![
                    (&siptag_user_agent, ua.as_deref().map_or(0, |u| keep.h("user_agent", u.as_bytes()))),
                    (&siptag_user_agent_str, ua.as_deref().map_or(0, |u| keep.s(u))),
                    (&nutag_user_agent, ua.as_deref().map_or(0, |u| keep.s(u))),
                ]);
            }
            if set(&[&nutag_registrar]) {
                push(true, vec![(&nutag_registrar, p.registrar.as_deref().map_or(0, |u| keep.s(&String::from_utf8_lossy(u))))]);
            }
            push(set(&[&nutag_keepalive]), vec![(&nutag_keepalive, p.keepalive_ms as isize)]);
            let opt = |keep: &mut Keep, v: &Option<String>| v.as_deref().map_or(0, |s| keep.s(s));
            if set(&[&nutag_instance]) {
                let v = opt(keep, &p.instance);
                push(true, vec![(&nutag_instance, v)]);
            }
            if set(&[&nutag_m_display]) {
                let v = opt(keep, &p.m_display);
                push(true, vec![(&nutag_m_display, v)]);
            }
            if set(&[&nutag_m_username]) {
                let v = opt(keep, &p.m_username);
                push(true, vec![(&nutag_m_username, v)]);
            }
            if set(&[&nutag_m_params]) {
                let v = opt(keep, &p.m_params);
                push(true, vec![(&nutag_m_params, v)]);
            }
            if set(&[&nutag_outbound]) {
                let v = if p.outbound.is_empty() { 0 } else { keep.s(&p.outbound) };
                push(true, vec![(&nutag_outbound, v)]);
            }
            if set(&[&ntatag_default_proxy]) {
                let v = p.proxy.as_deref().map_or(0, |u| keep.s(&String::from_utf8_lossy(u)));
                push(true, vec![(&ntatag_default_proxy, v)]);
            }
        }
        if media && (own.is_some() || used) {
            all.extend(self.media_params());
        }
        all
    }
}
