//! The C shell of `soa.h`: sessions of the default ("static") backend. A session keeps its
//! descriptions (capabilities, user, remote, local, the previous local one and the latest
//! offered/answered one) as Sofia does: a C `sdp_session_t` block in the session's home, its
//! printed text and the text it was set from. Each offer/answer operation views them as
//! models, runs [`core::step`] and stores the result.

use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr;

use super::core::{self, Action, Activity, ActivityKind, Maps, Params, StepInput};
use crate::ffi::{cbytes, guard};
use crate::sdp::api::{issize_t, sdp_session_cmp};
use crate::sdp::cstruct::{self as cs, sdp_session_t, view};
use crate::sdp::model::Session;
use crate::sdp::{parse, print};
use crate::su::alloc::{home_alloc, isize_t, su_free, su_home_new, su_home_t, su_home_unref};
use crate::su::errno::su_seterrno;
use crate::su::root::su_root_t;
use crate::tag::list::{llist, t_next, tgets, type_of};
use crate::tag::objects::*;
use crate::tag::types::*;

/// `soa_callback_f`: completion of an asynchronous operation (never called by the static
/// backend, which completes at once).
pub type soa_callback_f = Option<unsafe extern "C" fn(*mut c_void, *mut SoaSession) -> c_int>;

/// One stored description: C struct, printed text and the text it was set from. The
/// printed text is made when first asked for (NULL until then).
struct Desc {
    sdp: *mut sdp_session_t,
    text: *mut c_char,
    /// the original text (NULL: none given, the printed text stands for it)
    unparsed: *mut c_char,
}

impl Default for Desc {
    fn default() -> Desc {
        Desc { sdp: ptr::null_mut(), text: ptr::null_mut(), unparsed: ptr::null_mut() }
    }
}

/// `soa_session_t` (opaque to C).
pub struct SoaSession {
    home: *mut su_home_t,
    #[allow(dead_code)] // for asynchronous backends
    root: *mut su_root_t,
    #[allow(dead_code)]
    magic: *mut c_void,
    name: CString,

    // parameters
    audio_aux: Option<CString>,
    ordered_user: bool,
    reuse_rejected: bool,
    rtp_select: u32,
    rtp_sort: u32,
    rtp_mismatch: bool,
    hold: Option<CString>,
    address: Option<CString>,
    af: c_int,
    srtp_enable: bool,
    srtp_confidentiality: bool,
    srtp_integrity: bool,

    caps: Desc,
    user: Desc,
    remote: Desc,
    local: Desc,
    previous: Desc,
    latest: *mut sdp_session_t,
    /// `latest` is the block of the local (or previous) description, not a copy of its
    /// own: whoever frees that description leaves the block to `latest`.
    latest_shared: bool,
    user_version: u32,
    remote_version: u32,
    local_user_version: u32,
    local_remote_version: u32,
    previous_user_version: u32,
    previous_remote_version: u32,
    maps: Option<Maps>,
    previous_maps: Option<Maps>,
    /// 1.12: `SOATAG_USER_O_LINE`, `SOATAG_DELAYED_OFFER_ENABLE`
    user_o_line: bool,
    delayed_offer_enable: bool,

    // offer/answer state
    active: bool,
    complete: bool,
    unprocessed_remote: bool,
    offer_sent: bool,
    answer_recv: bool,
    offer_recv: bool,
    answer_sent: bool,
    terminated: u32,
    local_activity: Activity,
    remote_activity: Activity,

    status: c_int,
    phrase: &'static CStr,
    reason: *mut c_char,
}

impl SoaSession {
    fn new(root: *mut su_root_t, magic: *mut c_void, name: &CStr) -> Option<Box<SoaSession>> {
        let home = su_home_new(std::mem::size_of::<su_home_t>() as isize_t) as *mut su_home_t;
        if home.is_null() {
            return None;
        }
        Some(Box::new(SoaSession {
            home,
            root,
            magic,
            name: name.to_owned(),
            audio_aux: None,
            ordered_user: false,
            reuse_rejected: false,
            rtp_select: 0,
            rtp_sort: 0,
            rtp_mismatch: false,
            hold: None,
            address: None,
            af: 0,
            srtp_enable: false,
            srtp_confidentiality: false,
            srtp_integrity: false,
            caps: Desc::default(),
            user: Desc::default(),
            remote: Desc::default(),
            local: Desc::default(),
            previous: Desc::default(),
            latest: ptr::null_mut(),
            latest_shared: false,
            user_version: 0,
            remote_version: 0,
            local_user_version: 0,
            local_remote_version: 0,
            previous_user_version: 0,
            previous_remote_version: 0,
            maps: None,
            previous_maps: None,
            user_o_line: false,
            delayed_offer_enable: false,
            active: false,
            complete: false,
            unprocessed_remote: false,
            offer_sent: false,
            answer_recv: false,
            offer_recv: false,
            answer_sent: false,
            terminated: 0,
            // A new session reports every kind inactive (0), not disabled, until a
            // description sets the activity.
            local_activity: Activity { audio: 0, video: 0, image: 0, chat: 0 },
            remote_activity: Activity { audio: 0, video: 0, image: 0, chat: 0 },
            status: 0,
            phrase: c"",
            reason: ptr::null_mut(),
        }))
    }

    fn params(&self) -> Params {
        Params {
            audio_aux: self.audio_aux.as_ref().map(|s| s.to_bytes().to_vec()),
            ordered_user: self.ordered_user,
            reuse_rejected: self.reuse_rejected,
            rtp_select: self.rtp_select,
            rtp_sort: self.rtp_sort,
            rtp_mismatch: self.rtp_mismatch,
            hold: self.hold.as_ref().map(|s| s.to_bytes().to_vec()),
            user_o_line: self.user_o_line,
        }
    }

    fn set_status(&mut self, status: c_int, phrase: &'static CStr) -> c_int {
        self.status = status;
        self.phrase = phrase;
        -1
    }

    fn free_block(&mut self, p: *mut c_void) {
        if !p.is_null() {
            // SAFETY: p is a block of our home.
            unsafe { su_free(self.home, p) }
        }
    }

    fn free_desc(&mut self, d: Desc) {
        self.free_block(d.unparsed.cast());
        self.free_block(d.text.cast());
        if self.latest_shared && d.sdp == self.latest {
            // The latest description keeps the block: it is its own now.
            self.latest_shared = false;
        } else {
            self.free_block(d.sdp.cast());
        }
    }

    /// Forgets the latest description (freeing its block unless a description owns it).
    fn drop_latest(&mut self) {
        let old = std::mem::replace(&mut self.latest, ptr::null_mut());
        if !std::mem::replace(&mut self.latest_shared, false) {
            self.free_block(old.cast());
        }
    }

    /// The description's printed text (printed now if it was not yet; NULL when there is
    /// no description or no memory).
    fn text_of(home: *mut su_home_t, d: &mut Desc) -> *mut c_char {
        if d.text.is_null() && !d.sdp.is_null() {
            if let Some(s) = Self::view(d.sdp) {
                d.text = copy_text(home, print::print(&s, 0).bytes());
            }
        }
        d.text
    }

    /// The text a description was set from (its printed text when none was given).
    fn unparsed_of(home: *mut su_home_t, d: &mut Desc) -> *mut c_char {
        if d.unparsed.is_null() {
            Self::text_of(home, d)
        } else {
            d.unparsed
        }
    }

    /// Every description printed (for the parameter getters, which hand out the texts).
    fn print_all(&mut self) {
        let home = self.home;
        for d in [&mut self.caps, &mut self.user, &mut self.remote, &mut self.local] {
            Self::text_of(home, d);
        }
    }

    fn copy_text(&self, t: &[u8]) -> *mut c_char {
        copy_text(self.home, t)
    }

    fn build(&self, s: &Session<'_>) -> *mut sdp_session_t {
        // SAFETY: our home; the builder lays out the model in one block.
        unsafe { cs::in_block(self.home, |b| cs::session(b, s)) }
    }

    /// A description stored as a C struct and the text it was set from, printed now when
    /// `print` (the remote and local ones, which are always asked for), else when asked for.
    fn make_desc(&self, s: &Session<'_>, unparsed: Option<&[u8]>, print: bool) -> Option<Desc> {
        let text = if print { self.copy_text(print::print(s, 0).bytes()) } else { ptr::null_mut() };
        if print && text.is_null() {
            return None;
        }
        let sdp = self.build(s);
        let orig = match unparsed {
            Some(u) => self.copy_text(u),
            None => ptr::null_mut(),
        };
        if sdp.is_null() || (unparsed.is_some() && orig.is_null()) {
            // SAFETY: only blocks of our home (or NULL).
            unsafe {
                for p in [sdp.cast::<c_void>(), orig.cast(), text.cast()] {
                    if !p.is_null() {
                        su_free(self.home, p);
                    }
                }
            }
            return None;
        }
        Some(Desc { sdp, text, unparsed: orig })
    }

    fn view<'a>(p: *const sdp_session_t) -> Option<Session<'a>> {
        // SAFETY: p NULL or a session block of ours, alive while the view is used (the
        // views never outlive the operation that made them, which frees blocks only after
        // it is done with them).
        unsafe { p.as_ref().map(|s| view::session(s, true)) }
    }

    fn set_activity(&mut self, sdp: *const sdp_session_t, kind: ActivityKind) {
        let (l, r) = match Self::view(sdp) {
            Some(s) => core::activity(&s.media, &s.connection, kind),
            None => (Activity::default(), Activity::default()),
        };
        if kind != ActivityKind::Remote {
            self.local_activity = l;
        }
        if kind != ActivityKind::Local {
            self.remote_activity = r;
        }
    }
}

/// A NUL-terminated copy of `t` in `home` (NULL without memory).
fn copy_text(home: *mut su_home_t, t: &[u8]) -> *mut c_char {
    // SAFETY: a live home; t.len() + 1 bytes are written.
    unsafe {
        let p = home_alloc(home, t.len() + 1, false) as *mut u8;
        if !p.is_null() {
            ptr::copy_nonoverlapping(t.as_ptr(), p, t.len());
            *p.add(t.len()) = 0;
        }
        p as *mut c_char
    }
}

fn su_casematch_opt(a: Option<&CStr>, b: Option<&CStr>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.to_bytes().eq_ignore_ascii_case(b.to_bytes()),
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Caps,
    User,
    Remote,
}

/// Where a text argument ends: `len` bytes, or up to its NUL when `len` is -1.
///
/// # Safety
/// `s` must be readable for `len` bytes (or a C string when `len` < 0).
unsafe fn text_arg<'a>(s: *const c_char, len: isize) -> &'a [u8] {
    // SAFETY: caller contract.
    unsafe {
        let n = if len < 0 { libc::strlen(s) } else { libc::strnlen(s, len as usize) };
        std::slice::from_raw_parts(s as *const u8, n)
    }
}

/// `soa_set_*_sdp()`: store a description given as a struct or as text. With `caps_too`
/// (a user description), the capabilities are set from it as well when there are none
/// (from the same parse).
///
/// # Safety
/// `sdp0` NULL or a valid session; `text` NULL or readable as for [`text_arg`].
unsafe fn set_sdp(ss: &mut SoaSession, what: Kind, sdp0: *const sdp_session_t, text: *const c_char, len: isize, caps_too: bool) -> c_int {
    let home = ss.home;
    let text0 = text;
    let current = match what {
        Kind::Caps => &mut ss.caps,
        Kind::User => &mut ss.user,
        Kind::Remote => &mut ss.remote,
    };
    // SAFETY: caller contract for the arguments; our descriptions are valid.
    let (new_version, text) = unsafe {
        if !sdp0.is_null() {
            (sdp_session_cmp(sdp0, current.sdp) != 0, None)
        } else if !text.is_null() {
            let t = text_arg(text, len);
            let same = !current.sdp.is_null() && cbytes(SoaSession::unparsed_of(home, current)).is_some_and(|u| u == t);
            (!same, Some(t))
        } else {
            su_seterrno(libc::EINVAL);
            return -1;
        }
    };
    if !new_version {
        if what == Kind::Remote {
            ss.unprocessed_remote = true;
        }
        if caps_too && ss.caps.sdp.is_null() {
            // SAFETY: the caller's arguments, as above.
            unsafe { set_sdp(ss, Kind::Caps, sdp0, text0, len, false) };
        }
        return 0;
    }
    let model: Session<'_> = match text {
        None => match SoaSession::view(sdp0) {
            Some(s) => s,
            None => return -1,
        },
        Some(t) => {
            let flags = if what == Kind::Remote { crate::sdp::sdp_f_mode_0000 } else { crate::sdp::sdp_f_config };
            match parse::parse(t, flags | crate::sdp::sdp_f_anynet) {
                Ok(s) => s,
                Err(_) => return ss.set_status(400, c"Bad Session Description"),
            }
        }
    };
    match what {
        Kind::Caps => set_caps(ss, model, text),
        Kind::User => {
            ss.user_version = ss.user_version.wrapping_add(1);
            let r = store(ss, Kind::User, &model, text);
            if r >= 0 && caps_too && ss.caps.sdp.is_null() {
                set_caps(ss, model, text);
            }
            r
        }
        Kind::Remote => {
            ss.unprocessed_remote = true;
            let (_, r) = core::activity(&model.media, &model.connection, ActivityKind::Remote);
            ss.remote_activity = r;
            ss.remote_version = ss.remote_version.wrapping_add(1);
            store(ss, Kind::Remote, &model, text)
        }
    }
}

fn store(ss: &mut SoaSession, what: Kind, model: &Session<'_>, text: Option<&[u8]>) -> c_int {
    let Some(d) = ss.make_desc(model, text, what == Kind::Remote) else { return -1 };
    let old = std::mem::replace(
        match what {
            Kind::Caps => &mut ss.caps,
            Kind::User => &mut ss.user,
            Kind::Remote => &mut ss.remote,
        },
        d,
    );
    ss.free_desc(old);
    1
}

/// Capabilities: the description with an o= line, s=, t=0 0, every port 0 and a c= line.
fn set_caps(ss: &mut SoaSession, s0: Session<'_>, text: Option<&[u8]>) -> c_int {
    let address = ss.address.clone();
    let mut s = s0;
    let mut o = s.origin.clone().unwrap_or_default();
    if o.username.is_none() {
        o.username = Some(b"-");
    }
    if o.id == 0 {
        o.id = crate::su::uniqueid::random64();
    }
    o.id &= (1 << 63) - 1;
    if o.version == 0 {
        o.version = crate::su::uniqueid::random64();
    }
    o.version &= (1 << 63) - 1;
    let ok = o.address.as_ref().is_some_and(|c| core::usable_connection(c) && !c.address.is_some_and(core::is_local_host));
    if !ok {
        match core::local_connection(address.as_ref().map(|a| a.to_bytes()), ss.af, Some(&s)) {
            Some(c) => o.address = Some(c),
            None => return ss.set_status(500, c"Cannot Get IP Address for Session Description"),
        }
    }
    if s.subject.is_none() {
        s.subject = Some(b"-");
    }
    s.times = vec![crate::sdp::model::Time::default()];
    for m in &mut s.media {
        m.port = 0;
    }
    if s.connection.is_empty() && s.media.iter().any(|m| m.connections.is_empty()) {
        s.connection = o.address.clone().into_iter().collect();
    }
    s.origin = Some(o);
    store(ss, Kind::Caps, &s, text)
}

/// One offer/answer step of the static backend.
fn offer_answer_step(ss: &mut SoaSession, action: Action) -> c_int {
    let Some(user) = SoaSession::view(ss.user.sdp) else {
        return ss.set_status(500, c"No session set by user");
    };
    let remote = SoaSession::view(ss.remote.sdp);
    let local = SoaSession::view(ss.local.sdp);
    let latest = SoaSession::view(ss.latest);
    let params = ss.params();
    let address = ss.address.clone();
    let inp = StepInput {
        action,
        params: &params,
        user: &user,
        remote: remote.as_ref(),
        local: local.as_ref(),
        latest: latest.as_ref(),
        user_version: ss.user_version,
        remote_version: ss.remote_version,
        local_user_version: ss.local_user_version,
        local_remote_version: ss.local_remote_version,
        maps: ss.maps.as_ref(),
        address: address.as_ref().map(|a| a.to_bytes()),
        af: ss.af,
        random_id: crate::su::uniqueid::random64(),
        random_version: crate::su::uniqueid::random64(),
    };
    let out = match core::step(&inp) {
        Ok(o) => o,
        Err(core::StepError(status, phrase)) => {
            let phrase: &'static CStr = match phrase {
                "No remote SDP" => c"No remote SDP",
                "Cannot Get IP Address for Session Description" => c"Cannot Get IP Address for Session Description",
                _ => c"Internal Media Error",
            };
            return ss.set_status(status as c_int, phrase);
        }
    };
    // Build everything new before freeing anything the views point into.
    let produced = out.local.is_some();
    let new_local = match &out.local {
        Some(l) => match ss.make_desc(l, None, true) {
            Some(d) => Some(d),
            None => return ss.set_status(500, c"Internal Media Error"),
        },
        None => None,
    };
    // A new local description with a new version becomes the latest one too (sharing
    // its block); processing an answer keeps the latest one.
    let new_latest = out.local.is_some() && out.bumped && action != Action::ProcessAnswer;
    let new_maps = out.maps;
    let out_bumped = out.bumped;
    drop(inp);
    drop((user, remote, local, latest));

    let prev = std::mem::take(&mut ss.previous);
    ss.free_desc(prev);
    ss.previous_maps = None;
    if let Some(d) = new_local {
        let old = std::mem::replace(&mut ss.local, d);
        if action == Action::GenerateOffer {
            ss.previous = old;
            ss.previous_maps = ss.maps.clone();
            ss.previous_user_version = ss.local_user_version;
            ss.previous_remote_version = ss.local_remote_version;
        } else {
            ss.free_desc(old);
        }
    }
    if let Some(m) = new_maps {
        ss.maps = Some(m);
    }
    match action {
        Action::GenerateOffer => ss.local_user_version = ss.user_version,
        Action::GenerateAnswer => {
            ss.local_user_version = ss.user_version;
            ss.local_remote_version = ss.remote_version;
        }
        Action::ProcessAnswer => ss.local_remote_version = ss.remote_version,
    }
    // An offer or answer without a new version forgets the latest one (so the next change
    // gets a new version whatever it is).
    if action != Action::ProcessAnswer {
        ss.drop_latest();
        if new_latest {
            ss.latest = ss.local.sdp;
            ss.latest_shared = true;
        }
    }
    let _ = (produced, out_bumped);
    0
}

// ---------------------------------------------------------------------------
// Entry points

/// # Safety
/// `ss` NULL or a session from `soa_create()` / `soa_clone()`.
unsafe fn session<'a>(ss: *const SoaSession) -> Option<&'a mut SoaSession> {
    // SAFETY: caller contract; sessions are used from one thread.
    unsafe { (ss as *mut SoaSession).as_mut() }
}

/// Is `name` the default backend ("default", or a prefix of it, up to a ':' or '/')?
fn is_default_name(name: &[u8]) -> bool {
    let base = name.iter().position(|&b| b == b':' || b == b'/').unwrap_or(name.len());
    let d = b"default";
    base <= d.len() && name[..base].eq_ignore_ascii_case(&d[..base])
}

#[no_mangle]
pub unsafe extern "C" fn soa_create(name: *const c_char, root: *mut su_root_t, magic: *mut c_void) -> *mut SoaSession {
    guard(ptr::null_mut(), || {
        // SAFETY: name NULL or a C string.
        let name = unsafe { crate::ffi::cstr(name) }.filter(|n| !n.is_empty());
        if let Some(n) = name {
            if !is_default_name(n.to_bytes()) {
                su_seterrno(libc::ENOENT);
                return ptr::null_mut();
            }
        }
        if root.is_null() {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        }
        match SoaSession::new(root, magic, name.unwrap_or(c"default")) {
            Some(b) => Box::into_raw(b),
            None => ptr::null_mut(),
        }
    })
}

/// A new session with copies of the parent's descriptions and media parameters.
#[no_mangle]
pub unsafe extern "C" fn soa_clone(parent: *mut SoaSession, root: *mut su_root_t, magic: *mut c_void) -> *mut SoaSession {
    guard(ptr::null_mut(), || {
        // SAFETY: caller contract.
        let Some(p) = (unsafe { session(parent) }) else {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        };
        if root.is_null() {
            su_seterrno(libc::EFAULT);
            return ptr::null_mut();
        }
        let Some(mut ss) = SoaSession::new(root, magic, &p.name) else { return ptr::null_mut() };
        for (src, which) in [(&p.caps, 0), (&p.user, 1), (&p.local, 2), (&p.remote, 3)] {
            let Some(model) = SoaSession::view(src.sdp) else { continue };
            // SAFETY: our C string (or NULL).
            let unparsed = unsafe { cbytes(src.unparsed) };
            let Some(d) = ss.make_desc(&model, unparsed, false) else {
                // SAFETY: the session was just made by us.
                unsafe { destroy(Box::into_raw(ss)) };
                return ptr::null_mut();
            };
            match which {
                0 => ss.caps = d,
                1 => ss.user = d,
                2 => ss.local = d,
                _ => ss.remote = d,
            }
        }
        ss.address = p.address.clone();
        ss.af = p.af;
        ss.hold = p.hold.clone();
        ss.srtp_enable = p.srtp_enable;
        ss.srtp_confidentiality = p.srtp_confidentiality;
        ss.srtp_integrity = p.srtp_integrity;
        Box::into_raw(ss)
    })
}

/// # Safety
/// `ss` a session from `soa_create()` / `soa_clone()`, not used afterwards.
unsafe fn destroy(ss: *mut SoaSession) {
    // SAFETY: caller contract: we own the box.
    let b = unsafe { Box::from_raw(ss) };
    // SAFETY: every description block is in this home, which goes with it.
    unsafe {
        su_home_unref(b.home);
    }
}

#[no_mangle]
pub unsafe extern "C" fn soa_destroy(ss: *mut SoaSession) {
    if ss.is_null() {
        return;
    }
    // SAFETY: caller contract.
    guard((), || unsafe { destroy(ss) })
}

// ---- parameters -------------------------------------------------------------------

/// The last item of `lst` with tag `tt`.
///
/// # Safety
/// `lst` NULL or a well-formed list.
unsafe fn find_last(lst: *const tagi_t, tt: *const TagType) -> Option<tag_value_t> {
    let mut found = None;
    let mut t = lst;
    // SAFETY: caller contract.
    unsafe {
        while !t.is_null() {
            if type_of(t) == tt {
                found = Some((*t).t_value);
            }
            t = t_next(t);
        }
    }
    found
}

/// # Safety
/// `v` NULL or a C string.
unsafe fn opt_cstring(v: tag_value_t) -> Option<CString> {
    // SAFETY: caller contract.
    unsafe { crate::ffi::cstr(v as *const c_char) }.map(|c| c.to_owned())
}

/// `soa_set_params()` over a tag list (called by the C shim).
///
/// # Safety
/// `ss` NULL or a session; `tags` a well-formed list.
pub(crate) unsafe extern "C" fn soa_set_paramlist(ss: *mut SoaSession, tags: *const tagi_t) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else {
            su_seterrno(libc::EFAULT);
            return -1;
        };
        // SAFETY: well-formed list; values are of the tags' types.
        unsafe { set_params(ss, tags) }
    })
}

/// # Safety
/// `tags` a well-formed list whose values have the types of their tags.
unsafe fn set_params(ss: &mut SoaSession, tags: *const tagi_t) -> c_int {
    macro_rules! get {
        ($tag:ident) => {
            // SAFETY: well-formed list.
            unsafe { find_last(tags, ptr::addr_of!($tag)) }
        };
    }
    // Backend parameters.
    let aux = get!(soatag_audio_aux);
    let ordered = get!(soatag_ordered_user);
    let reuse = get!(soatag_reuse_rejected);
    let n = [aux.is_some(), ordered.is_some(), reuse.is_some()].iter().filter(|&&b| b).count() as c_int;
    if let Some(v) = aux {
        // SAFETY: a string tag value.
        let a = unsafe { opt_cstring(v) };
        if !su_casematch_opt(a.as_deref(), ss.audio_aux.as_deref()) {
            ss.audio_aux = a;
        }
    }
    if let Some(v) = ordered {
        ss.ordered_user = v != 0;
    }
    if let Some(v) = reuse {
        ss.reuse_rejected = v != 0;
    }

    // Common parameters.
    let caps_sdp = get!(soatag_caps_sdp);
    let caps_str = get!(soatag_caps_sdp_str);
    let user_sdp = get!(soatag_user_sdp);
    let user_str = get!(soatag_user_sdp_str);
    let af = get!(soatag_af);
    let address = get!(soatag_address);
    let hold = get!(soatag_hold);
    let rtp_select = get!(soatag_rtp_select);
    let rtp_sort = get!(soatag_rtp_sort);
    let rtp_mismatch = get!(soatag_rtp_mismatch);
    let srtp_enable = get!(soatag_srtp_enable);
    let srtp_conf = get!(soatag_srtp_confidentiality);
    let srtp_integ = get!(soatag_srtp_integrity);
    #[cfg(feature = "abi-1-12")]
    let (delayed, o_line) = (get!(soatag_delayed_offer_enable), get!(soatag_user_o_line));
    #[cfg(not(feature = "abi-1-12"))]
    let (delayed, o_line): (Option<tag_value_t>, Option<tag_value_t>) = (None, None);
    let m = [
        caps_sdp, caps_str, user_sdp, user_str, af, address, hold, rtp_select, rtp_sort, rtp_mismatch, srtp_enable, srtp_conf, srtp_integ, delayed, o_line,
    ]
    .iter()
    .filter(|v| v.is_some())
    .count() as c_int;
    if m == 0 {
        return n;
    }

    if caps_sdp.is_some() || caps_str.is_some() {
        let sdp = caps_sdp.unwrap_or(0) as *const sdp_session_t;
        let s = caps_str.unwrap_or(0) as *const c_char;
        if !sdp.is_null() || !s.is_null() {
            // SAFETY: tag values of the SDP / string tags.
            if unsafe { set_sdp(ss, Kind::Caps, sdp, s, -1, false) } < 0 {
                return -1;
            }
        } else {
            let old = std::mem::take(&mut ss.caps);
            ss.free_desc(old);
        }
    }
    if user_sdp.is_some() || user_str.is_some() {
        let sdp = user_sdp.unwrap_or(0) as *const sdp_session_t;
        let s = user_str.unwrap_or(0) as *const c_char;
        if !sdp.is_null() || !s.is_null() {
            // SAFETY: tag values of the SDP / string tags.
            unsafe {
                if set_sdp(ss, Kind::User, sdp, s, -1, true) < 0 {
                    return -1;
                }
            }
        } else {
            let old = std::mem::take(&mut ss.user);
            ss.free_desc(old);
        }
    }

    let mut af = af.map_or(ss.af, |v| v as c_int);
    if !(0..=4).contains(&af) {
        af = ss.af;
    }
    let mut sel = rtp_select.map_or(ss.rtp_select as c_int, |v| v as c_int);
    if !(0..=2).contains(&sel) {
        sel = ss.rtp_select as c_int;
    }
    let mut sort = rtp_sort.map_or(ss.rtp_sort as c_int, |v| v as c_int);
    if !(0..=2).contains(&sort) {
        sort = ss.rtp_sort as c_int;
    }
    let mismatch = rtp_mismatch.map_or(ss.rtp_mismatch, |v| v as c_int != 0);
    let se = srtp_enable.map_or(ss.srtp_enable, |v| v as c_int != 0);
    let sc = srtp_conf.map_or(ss.srtp_confidentiality, |v| v as c_int != 0);
    let si = srtp_integ.map_or(ss.srtp_integrity, |v| v as c_int != 0);
    let de = delayed.map_or(ss.delayed_offer_enable, |v| v as c_int != 0);
    let ol = o_line.map_or(ss.user_o_line, |v| v as c_int != 0);
    let mut change = af != ss.af
        || de != ss.delayed_offer_enable
        || ol != ss.user_o_line
        || sel as u32 != ss.rtp_select
        || sort as u32 != ss.rtp_sort
        || mismatch != ss.rtp_mismatch
        || se != ss.srtp_enable
        || sc != ss.srtp_confidentiality
        || si != ss.srtp_integrity;
    ss.af = af;
    ss.rtp_select = sel as u32;
    ss.rtp_sort = sort as u32;
    ss.rtp_mismatch = mismatch;
    ss.srtp_enable = se;
    ss.srtp_confidentiality = sc;
    ss.srtp_integrity = si;
    ss.delayed_offer_enable = de;
    ss.user_o_line = ol;
    if let Some(v) = address {
        // SAFETY: a string tag value.
        let a = unsafe { opt_cstring(v) };
        if !su_casematch_opt(a.as_deref(), ss.address.as_deref()) {
            ss.address = a;
            change = true;
        }
    }
    if let Some(v) = hold {
        let h = if v == 1 {
            Some(c"*".to_owned())
        } else {
            // SAFETY: a string tag value.
            unsafe { opt_cstring(v) }
        };
        if !su_casematch_opt(h.as_deref(), ss.hold.as_deref()) {
            ss.hold = h;
            change = true;
        }
    }
    if change {
        ss.user_version = ss.user_version.wrapping_add(1);
    }
    n + m
}

fn cptr(s: &Option<CString>) -> tag_value_t {
    s.as_ref().map_or(0, |c| c.as_ptr() as tag_value_t)
}

fn item(tag: &TagType, value: tag_value_t) -> tagi_t {
    tagi_t { t_tag: tag as *const TagType, t_value: value }
}

/// `soa_get_params()` over a tag list of REF tags (called by the C shim).
///
/// # Safety
/// `ss` NULL or a session; `tags` a well-formed list of REF tags.
unsafe extern "C" fn soa_get_paramlist_refs(ss: *const SoaSession, tags: *const tagi_t) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else {
            su_seterrno(libc::EFAULT);
            return -1;
        };
        ss.print_all();
        let remote_unparsed = SoaSession::unparsed_of(ss.home, &mut ss.remote);
        let values = [
            item(&soatag_audio_aux, cptr(&ss.audio_aux)),
            item(&soatag_ordered_user, ss.ordered_user as tag_value_t),
            item(&soatag_reuse_rejected, ss.reuse_rejected as tag_value_t),
            item(&soatag_caps_sdp, ss.caps.sdp as tag_value_t),
            item(&soatag_caps_sdp_str, ss.caps.text as tag_value_t),
            item(&soatag_user_sdp, ss.user.sdp as tag_value_t),
            item(&soatag_user_sdp_str, ss.user.text as tag_value_t),
            item(&soatag_local_sdp, ss.local.sdp as tag_value_t),
            item(&soatag_local_sdp_str, ss.local.text as tag_value_t),
            item(&soatag_remote_sdp, ss.remote.sdp as tag_value_t),
            item(&soatag_remote_sdp_str, remote_unparsed as tag_value_t),
            item(&soatag_af, ss.af as tag_value_t),
            item(&soatag_address, cptr(&ss.address)),
            item(&soatag_hold, cptr(&ss.hold)),
            item(&soatag_rtp_select, ss.rtp_select as tag_value_t),
            item(&soatag_rtp_sort, ss.rtp_sort as tag_value_t),
            item(&soatag_rtp_mismatch, ss.rtp_mismatch as tag_value_t),
            item(&soatag_srtp_enable, ss.srtp_enable as tag_value_t),
            item(&soatag_srtp_confidentiality, ss.srtp_confidentiality as tag_value_t),
            item(&soatag_srtp_integrity, ss.srtp_integrity as tag_value_t),
            #[cfg(feature = "abi-1-12")]
            item(&soatag_delayed_offer_enable, ss.delayed_offer_enable as tag_value_t),
            #[cfg(feature = "abi-1-12")]
            item(&soatag_user_o_line, ss.user_o_line as tag_value_t),
            tagi_t::END,
        ];
        // SAFETY: both lists well formed; REF values point to variables (caller contract).
        unsafe { tgets(tags, values.as_ptr()) }
    })
}

/// `soa_get_paramlist()`: the parameters as a malloc()ed tag list, followed by `tags`
/// (called by the C shim).
///
/// # Safety
/// `ss` NULL or a session; `tags` NULL or a well-formed list.
unsafe extern "C" fn soa_get_paramlist_list(ss: *const SoaSession, tags: *const tagi_t) -> *mut tagi_t {
    guard(ptr::null_mut(), || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else { return ptr::null_mut() };
        ss.print_all();
        let remote_unparsed = SoaSession::unparsed_of(ss.home, &mut ss.remote);
        let mut v = Vec::new();
        let mut push_if = |c: bool, t: tagi_t| {
            if c {
                v.push(t)
            }
        };
        push_if(!ss.caps.sdp.is_null(), item(&soatag_caps_sdp, ss.caps.sdp as tag_value_t));
        push_if(!ss.caps.text.is_null(), item(&soatag_caps_sdp_str, ss.caps.text as tag_value_t));
        push_if(!ss.user.sdp.is_null(), item(&soatag_user_sdp, ss.user.sdp as tag_value_t));
        push_if(!ss.user.text.is_null(), item(&soatag_user_sdp_str, ss.user.text as tag_value_t));
        push_if(!ss.local.sdp.is_null(), item(&soatag_local_sdp, ss.local.sdp as tag_value_t));
        // (Sofia tests the user text here)
        push_if(!ss.user.text.is_null(), item(&soatag_local_sdp_str, ss.local.text as tag_value_t));
        push_if(!ss.remote.sdp.is_null(), item(&soatag_remote_sdp, ss.remote.sdp as tag_value_t));
        push_if(!ss.remote.text.is_null(), item(&soatag_remote_sdp_str, remote_unparsed as tag_value_t));
        push_if(true, item(&soatag_af, ss.af as tag_value_t));
        push_if(ss.address.is_some(), item(&soatag_address, cptr(&ss.address)));
        push_if(true, item(&soatag_srtp_enable, ss.srtp_enable as tag_value_t));
        push_if(true, item(&soatag_srtp_confidentiality, ss.srtp_confidentiality as tag_value_t));
        push_if(true, item(&soatag_srtp_integrity, ss.srtp_integrity as tag_value_t));
        #[cfg(feature = "abi-1-12")]
        {
            push_if(true, item(&soatag_delayed_offer_enable, ss.delayed_offer_enable as tag_value_t));
            push_if(true, item(&soatag_user_o_line, ss.user_o_line as tag_value_t));
        }
        push_if(ss.audio_aux.is_some(), item(&soatag_audio_aux, cptr(&ss.audio_aux)));
        push_if(ss.ordered_user, item(&soatag_ordered_user, 1));
        push_if(ss.reuse_rejected, item(&soatag_reuse_rejected, 1));
        v.push(item(&tag_next, tags as tag_value_t));
        // SAFETY: a well-formed list (ending in a jump to the caller's list or to NULL).
        unsafe { llist(v.as_ptr()) }
    })
}

// ---- descriptions -------------------------------------------------------------------

/// # Safety
/// Output pointers NULL or writable.
unsafe fn get_desc(home: *mut su_home_t, d: &mut Desc, sdp: *mut *const sdp_session_t, text: *mut *const c_char, len: *mut isize_t) -> c_int {
    if d.sdp.is_null() {
        return 0;
    }
    if !text.is_null() || !len.is_null() {
        SoaSession::text_of(home, d);
    }
    // SAFETY: caller contract; d.text is our C string.
    unsafe {
        if !sdp.is_null() {
            *sdp = d.sdp;
        }
        if !text.is_null() {
            *text = d.text;
        }
        if !len.is_null() {
            *len = if d.text.is_null() { 0 } else { libc::strlen(d.text) as isize_t };
        }
    }
    1
}

macro_rules! getter {
    ($name:ident, $field:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(ss: *const SoaSession, return_sdp: *mut *const sdp_session_t, return_sdp_str: *mut *const c_char, return_len: *mut isize_t) -> c_int {
            guard(-1, || {
                // SAFETY: caller contract.
                match unsafe { session(ss) } {
                    // SAFETY: output pointers from the caller.
                    Some(ss) => unsafe { get_desc(ss.home, &mut ss.$field, return_sdp, return_sdp_str, return_len) },
                    None => {
                        su_seterrno(libc::EFAULT);
                        -1
                    }
                }
            })
        }
    };
}

getter!(soa_get_capability_sdp, caps);
getter!(soa_get_user_sdp, user);
getter!(soa_get_remote_sdp, remote);
getter!(soa_get_local_sdp, local);

macro_rules! setter {
    ($name:ident, $kind:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(ss: *mut SoaSession, sdp: *const sdp_session_t, str_: *const c_char, len: issize_t) -> c_int {
            guard(-1, || {
                // SAFETY: caller contract.
                let Some(ss) = (unsafe { session(ss) }) else { return -1 };
                // SAFETY: sdp / str_ from the caller.
                unsafe { set_sdp(ss, $kind, sdp, str_, len as isize, false) }
            })
        }
    };
}

setter!(soa_set_capability_sdp, Kind::Caps);
setter!(soa_set_user_sdp, Kind::User);
setter!(soa_set_remote_sdp, Kind::Remote);

#[no_mangle]
pub unsafe extern "C" fn soa_get_user_version(ss: *const SoaSession) -> c_int {
    // SAFETY: caller contract.
    unsafe { session(ss) }.map_or(-1, |ss| ss.user_version as c_int)
}

#[no_mangle]
pub unsafe extern "C" fn soa_get_remote_version(ss: *const SoaSession) -> c_int {
    // SAFETY: caller contract.
    unsafe { session(ss) }.map_or(-1, |ss| ss.remote_version as c_int)
}

#[no_mangle]
pub unsafe extern "C" fn soa_clear_remote_sdp(ss: *mut SoaSession) -> c_int {
    // SAFETY: caller contract.
    match unsafe { session(ss) } {
        Some(ss) => {
            ss.unprocessed_remote = false;
            0
        }
        None => su_seterrno(libc::EFAULT),
    }
}

// ---- errors -------------------------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn soa_error_as_sip_response(ss: *mut SoaSession, return_phrase: *mut *const c_char) -> c_int {
    guard(500, || {
        // SAFETY: caller contract.
        let (status, phrase) = match unsafe { session(ss) } {
            Some(ss) if (400..700).contains(&ss.status) => (ss.status, ss.phrase.as_ptr()),
            _ => (500, c"Internal Server Error".as_ptr()),
        };
        if !return_phrase.is_null() {
            // SAFETY: writable output pointer.
            unsafe { *return_phrase = phrase };
        }
        status
    })
}

#[no_mangle]
pub unsafe extern "C" fn soa_error_as_sip_reason(ss: *mut SoaSession) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: caller contract.
        let Some(s) = (unsafe { session(ss) }) else {
            return c"SIP;cause=500;text=\"Internal Server Error\"".as_ptr();
        };
        let mut phrase = ptr::null();
        // SAFETY: ss valid.
        let status = unsafe { soa_error_as_sip_response(ss, &mut phrase) };
        // SAFETY: phrase is a static C string.
        let phrase = unsafe { CStr::from_ptr(phrase) }.to_bytes();
        let text = [format!("SIP;cause={status};text=\"").as_bytes(), phrase, b"\""].concat();
        let reason = s.copy_text(&text);
        let old = std::mem::replace(&mut s.reason, reason);
        s.free_block(old.cast());
        reason
    })
}

#[no_mangle]
pub unsafe extern "C" fn soa_get_warning(_ss: *mut SoaSession, _return_text: *mut *const c_char) -> c_int {
    // The static backend never sets a warning.
    0
}

// ---- SIP features -------------------------------------------------------------------

struct NullList([*const c_char; 1]);
// SAFETY: an immutable list holding only NULL.
unsafe impl Sync for NullList {}
static NO_FEATURES: NullList = NullList([ptr::null()]);

#[no_mangle]
pub unsafe extern "C" fn soa_sip_require(ss: *const SoaSession) -> *const *const c_char {
    if ss.is_null() {
        su_seterrno(libc::EFAULT);
        return ptr::null();
    }
    NO_FEATURES.0.as_ptr()
}

#[no_mangle]
pub unsafe extern "C" fn soa_sip_supported(ss: *const SoaSession) -> *const *const c_char {
    if ss.is_null() {
        su_seterrno(libc::EFAULT);
        return ptr::null();
    }
    NO_FEATURES.0.as_ptr()
}

#[no_mangle]
pub unsafe extern "C" fn soa_remote_sip_features(ss: *mut SoaSession, _supported: *const *const c_char, _require: *const *const c_char) -> c_int {
    if ss.is_null() {
        return su_seterrno(libc::EFAULT);
    }
    0
}

/// An empty (all-NULL) feature list of 8 entries in `home`.
#[no_mangle]
pub unsafe extern "C" fn soa_media_features(ss: *mut SoaSession, _live: c_int, home: *mut su_home_t) -> *mut *mut c_char {
    if ss.is_null() {
        su_seterrno(libc::EFAULT);
        return ptr::null_mut();
    }
    // SAFETY: home NULL or valid (caller contract).
    guard(ptr::null_mut(), || unsafe { home_alloc(home, 8 * std::mem::size_of::<*mut c_char>(), true) as *mut *mut c_char })
}

// ---- offer/answer -------------------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn soa_generate_offer(ss: *mut SoaSession, _always: c_int, _completed: soa_callback_f) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else { return su_seterrno(libc::EFAULT) };
        if (ss.offer_recv && !ss.answer_sent) || ss.unprocessed_remote || (ss.offer_sent && !ss.answer_recv) {
            return su_seterrno(libc::EPROTO);
        }
        if ss.user.sdp.is_null() {
            return ss.set_status(500, c"No session set by user");
        }
        if offer_answer_step(ss, Action::GenerateOffer) < 0 {
            return -1;
        }
        if ss.local.sdp.is_null() {
            return -1;
        }
        ss.set_activity(ss.local.sdp, ActivityKind::Local);
        ss.offer_sent = true;
        ss.answer_recv = false;
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn soa_generate_answer(ss: *mut SoaSession, _completed: soa_callback_f) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else { return su_seterrno(libc::EFAULT) };
        if (ss.offer_sent && !ss.answer_recv) || !ss.unprocessed_remote {
            return su_seterrno(libc::EPROTO);
        }
        if offer_answer_step(ss, Action::GenerateAnswer) < 0 {
            return -1;
        }
        if ss.local.sdp.is_null() || ss.remote.sdp.is_null() {
            return -1;
        }
        ss.set_activity(ss.local.sdp, ActivityKind::Session);
        ss.offer_recv = true;
        ss.answer_sent = true;
        ss.complete = true;
        ss.unprocessed_remote = false;
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn soa_process_answer(ss: *mut SoaSession, _completed: soa_callback_f) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else { return su_seterrno(libc::EFAULT) };
        if !ss.offer_sent || ss.answer_recv || !ss.unprocessed_remote {
            return su_seterrno(libc::EPROTO);
        }
        if offer_answer_step(ss, Action::ProcessAnswer) < 0 {
            return -1;
        }
        if ss.local.sdp.is_null() || ss.remote.sdp.is_null() {
            return -1;
        }
        ss.set_activity(ss.local.sdp, ActivityKind::Session);
        ss.answer_recv = true;
        ss.complete = true;
        ss.unprocessed_remote = false;
        0
    })
}

/// The offer was rejected: return to the local description before it.
#[no_mangle]
pub unsafe extern "C" fn soa_process_reject(ss: *mut SoaSession, _completed: soa_callback_f) -> c_int {
    guard(-1, || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else { return su_seterrno(libc::EFAULT) };
        if !ss.offer_sent || ss.answer_recv {
            return su_seterrno(libc::EPROTO);
        }
        ss.offer_sent = false;
        ss.set_activity(ss.local.sdp, ActivityKind::Session);
        let prev = std::mem::take(&mut ss.previous);
        let old = std::mem::replace(&mut ss.local, prev);
        ss.free_desc(old);
        ss.local_user_version = ss.previous_user_version;
        ss.local_remote_version = ss.previous_remote_version;
        let prev_maps = ss.previous_maps.take();
        if !crate::sdp::FORK {
            // 1.12 also returns to the m= line maps of the previous description
            ss.maps = prev_maps;
        }
        ss.previous_user_version = 0;
        ss.previous_remote_version = 0;
        ss.drop_latest();
        0
    })
}

#[no_mangle]
pub unsafe extern "C" fn soa_activate(ss: *mut SoaSession, _option: *const c_char) -> c_int {
    // SAFETY: caller contract.
    match unsafe { session(ss) } {
        Some(ss) => {
            ss.active = true;
            0
        }
        None => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn soa_deactivate(ss: *mut SoaSession, _option: *const c_char) -> c_int {
    // SAFETY: caller contract.
    match unsafe { session(ss) } {
        Some(ss) => {
            ss.active = false;
            0
        }
        None => -1,
    }
}

/// End the session: local, previous and remote descriptions are dropped, the offer/answer
/// state is reset (user and capability descriptions and parameters stay).
#[no_mangle]
pub unsafe extern "C" fn soa_terminate(ss: *mut SoaSession, _option: *const c_char) {
    guard((), || {
        // SAFETY: caller contract.
        let Some(ss) = (unsafe { session(ss) }) else { return };
        ss.active = false;
        ss.terminated = ss.terminated.wrapping_add(1);
        for d in [std::mem::take(&mut ss.local), std::mem::take(&mut ss.previous), std::mem::take(&mut ss.remote)] {
            ss.free_desc(d);
        }
        ss.maps = None;
        ss.previous_maps = None;
        ss.previous_user_version = 0;
        ss.previous_remote_version = 0;
        ss.drop_latest();
        init_offer_answer(ss);
        ss.set_activity(ptr::null(), ActivityKind::Session);
    })
}

fn init_offer_answer(ss: &mut SoaSession) -> bool {
    let complete = ss.complete;
    ss.complete = false;
    ss.offer_sent = false;
    ss.offer_recv = false;
    ss.answer_sent = false;
    ss.answer_recv = false;
    ss.unprocessed_remote = false;
    complete
}

#[no_mangle]
pub unsafe extern "C" fn soa_init_offer_answer(ss: *mut SoaSession) -> c_int {
    // SAFETY: caller contract.
    unsafe { session(ss) }.map_or(0, |ss| init_offer_answer(ss) as c_int)
}

#[no_mangle]
pub unsafe extern "C" fn soa_is_complete(ss: *const SoaSession) -> c_int {
    // SAFETY: caller contract.
    unsafe { session(ss) }.is_some_and(|ss| ss.complete) as c_int
}

macro_rules! activity_fn {
    ($name:ident, $which:ident, $field:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(ss: *const SoaSession) -> c_int {
            // SAFETY: caller contract.
            match unsafe { session(ss) } {
                Some(ss) => core::as_reported(ss.$which.$field),
                None => core::ACTIVE_DISABLED,
            }
        }
    };
}

activity_fn!(soa_is_audio_active, local_activity, audio);
activity_fn!(soa_is_video_active, local_activity, video);
activity_fn!(soa_is_image_active, local_activity, image);
activity_fn!(soa_is_chat_active, local_activity, chat);
activity_fn!(soa_is_remote_audio_active, remote_activity, audio);
activity_fn!(soa_is_remote_video_active, remote_activity, video);
activity_fn!(soa_is_remote_image_active, remote_activity, image);
activity_fn!(soa_is_remote_chat_active, remote_activity, chat);

// ---- C shim -------------------------------------------------------------------------

#[repr(C)]
struct ShimSoaOps {
    set_params: unsafe extern "C" fn(*mut SoaSession, *const tagi_t) -> c_int,
    get_params: unsafe extern "C" fn(*const SoaSession, *const tagi_t) -> c_int,
    get_paramlist: unsafe extern "C" fn(*const SoaSession, *const tagi_t) -> *mut tagi_t,
}

static SHIM_SOA_OPS: ShimSoaOps = ShimSoaOps { set_params: soa_set_paramlist, get_params: soa_get_paramlist_refs, get_paramlist: soa_get_paramlist_list };

extern "C" {
    fn sofia_shim_soa_register(ops: *const ShimSoaOps);
}

crate::on_load!(REGISTER_SOA_OPS, {
    // SAFETY: hands the shim a pointer to a static table.
    unsafe { sofia_shim_soa_register(&SHIM_SOA_OPS) }
});

/// The `SOATAG_AF` of a session (for nua_get_params()).
///
/// # Safety
/// `ss` a live session.
pub(crate) unsafe fn soa_af(ss: *const SoaSession) -> c_int {
    // SAFETY: caller contract.
    unsafe { session(ss as *mut SoaSession) }.map_or(0, |s| s.af)
}
