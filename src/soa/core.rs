//! The negotiation core of the static backend: RFC 3264 offer/answer steps over the SDP
//! model ([`crate::sdp::model`]). Everything here is safe, pure data transformation: the
//! C shell views its stored descriptions as models, calls [`step`], and stores the result.
//!
//! The local description is built from three inputs: the user's description (what the
//! application wants), the remote description (the peer's offer or answer) and the
//! previous local description. Media lines keep their slots across rounds (RFC 3264 §8),
//! and a map between user m= lines and session m= lines (`u2s` / `s2u`) remembers which
//! user stream went into which slot.

use crate::sdp::model::*;
use crate::sdp::{casematch, sdp_media_any, sdp_media_audio, sdp_media_x, sdp_proto_any, sdp_proto_extended_srtp, sdp_proto_rtp, sdp_proto_srtp, sdp_proto_x, sdp_recvonly, sdp_sendonly, FORK};

/// A user m= line that is not used in the session (and a session slot without user line).
pub const NOT_USED: i32 = -1;

pub const RTP_SELECT_SINGLE: u32 = 0;
pub const RTP_SELECT_COMMON: u32 = 1;
pub const RTP_SELECT_ALL: u32 = 2;
pub const RTP_SORT_DEFAULT: u32 = 0;
pub const RTP_SORT_LOCAL: u32 = 1;
pub const RTP_SORT_REMOTE: u32 = 2;

/// Negotiation parameters (the SOATAG_* values that shape the local description).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params {
    pub audio_aux: Option<Vec<u8>>,
    pub ordered_user: bool,
    pub reuse_rejected: bool,
    pub rtp_select: u32,
    pub rtp_sort: u32,
    pub rtp_mismatch: bool,
    pub hold: Option<Vec<u8>>,
    /// `SOATAG_USER_O_LINE` (1.12): take id, version and address of o= from the user
    pub user_o_line: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    GenerateOffer,
    GenerateAnswer,
    ProcessAnswer,
}

// ---------------------------------------------------------------------------
// Codecs

/// Same encoding (case-insensitive), rate and parameters (a missing parameter is "1").
pub fn same_codec(a: &Rtpmap<'_>, b: &Rtpmap<'_>) -> bool {
    if a.rate != b.rate {
        return false;
    }
    match (a.encoding, b.encoding) {
        (Some(x), Some(y)) if casematch(x, y) => {}
        (None, None) => {}
        _ => return false,
    }
    casematch(a.params.unwrap_or(b"1"), b.params.unwrap_or(b"1"))
}

/// Index of the first entry of `list` with the codec of `rm` (`sdp_rtpmap_find_matching`;
/// the fork prefers, among entries without parameters, one with the same payload type).
pub fn find_matching(list: &[Rtpmap<'_>], rm: &Rtpmap<'_>) -> Option<usize> {
    let mut first_same = None;
    for (i, x) in list.iter().enumerate() {
        if !same_codec(rm, x) {
            continue;
        }
        let same_params = rm.params.is_none() && x.params.is_none();
        if !FORK || !same_params {
            return Some(i);
        }
        if first_same.is_none() {
            first_same = Some(i);
        }
        if rm.pt == x.pt {
            return Some(i);
        }
    }
    if FORK {
        first_same
    } else {
        None
    }
}

/// Is the codec named in the auxiliary list (`SOATAG_AUDIO_AUX`, e.g. "cn telephone-event")
/// as a whole word?
pub fn is_auxiliary(rm: &Rtpmap<'_>, aux: &[u8]) -> bool {
    let Some(codec) = rm.encoding else { return false };
    if codec.len() > aux.len() || codec.is_empty() {
        return false;
    }
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    (0..=aux.len() - codec.len()).any(|at| {
        casematch(&aux[at..at + codec.len()], codec)
            && !aux.get(at + codec.len()).is_some_and(|&b| word(b))
            && !(at > 0 && word(aux[at - 1]))
    })
}

fn uses_rtp(m: &Media<'_>) -> bool {
    m.proto == sdp_proto_rtp
        || m.proto == sdp_proto_srtp
        || (FORK && m.proto == sdp_proto_extended_srtp)
        || (m.proto == sdp_proto_x && m.proto_name.is_some_and(|n| n.len() >= 4 && casematch(&n[..4], b"RTP/")))
}

fn name_eq(a: Text<'_>, b: Text<'_>) -> bool {
    casematch(a.unwrap_or(b""), b.unwrap_or(b""))
}

/// `sdp_media_match_with()`: same media type and transport (wildcards match anything).
pub fn media_match_with(a: &Media<'_>, b: &Media<'_>) -> bool {
    if a.mtype == sdp_media_any || b.mtype == sdp_media_any {
        return true;
    }
    if a.mtype != b.mtype || (a.mtype == sdp_media_x && !name_eq(a.type_name, b.type_name)) {
        return false;
    }
    if a.proto == sdp_proto_any || b.proto == sdp_proto_any {
        return true;
    }
    a.proto == b.proto && (a.proto != sdp_proto_x || name_eq(a.proto_name, b.proto_name))
}

/// A rejected m= line (port 0) of the same type and transport as `m`, with its codecs if
/// `with_codecs`.
pub fn rejected_media<'a>(m: &Media<'a>, with_codecs: bool) -> Media<'a> {
    let mut r = Media {
        mtype: m.mtype,
        type_name: m.type_name,
        proto: m.proto,
        proto_name: m.proto_name,
        rejected: true,
        ..Media::default()
    };
    if with_codecs {
        if !m.rtpmaps.is_empty() {
            r.rtpmaps = m.rtpmaps.clone();
        } else {
            r.format = m.format.clone();
        }
    }
    r
}

/// A truncated answer or offer completed with rejected m= lines for the slots it lacks.
pub fn expand_media<'a>(truncated: &Session<'a>, complete: &Session<'a>) -> Session<'a> {
    let mut s = truncated.clone();
    for m in complete.media.iter().skip(s.media.len()) {
        s.media.push(rejected_media(m, false));
    }
    s
}

/// Does `remote` add streams that `session` has rejected or lacks?
pub fn upgrade_is_needed(session: Option<&Session<'_>>, remote: Option<&Session<'_>>) -> bool {
    let Some(remote) = remote else { return false };
    let Some(session) = session else { return true };
    let mut i = 0;
    while i < remote.media.len() && i < session.media.len() {
        if !remote.media[i].rejected && session.media[i].rejected {
            break;
        }
        i += 1;
    }
    i < remote.media.len()
}

/// Does any user m= line of `mm` (None: already taken) match `with`? Returns its index and
/// whether it matched only by type (no common codec).
fn matching_index(params: &Params, mm: &[Option<Media<'_>>], with: &Media<'_>) -> (Option<usize>, bool) {
    let rtp = uses_rtp(with);
    let aux = if with.mtype == sdp_media_audio && with.rtpmaps.len() != 1 { params.audio_aux.as_deref() } else { None };
    let mut by_type = None;
    for (i, m) in mm.iter().enumerate() {
        let Some(m) = m else { continue };
        if !media_match_with(m, with) {
            continue;
        }
        if !rtp {
            return (Some(i), false);
        }
        let common = m.rtpmaps.iter().any(|rm| !aux.is_some_and(|a| is_auxiliary(rm, a)) && find_matching(&with.rtpmaps, rm).is_some());
        if common {
            return (Some(i), false);
        }
        if by_type.is_none() {
            by_type = Some(i);
        }
    }
    (by_type, true)
}

/// Drop codecs known only by number, keep payload types of common codecs and give the
/// others a payload type the remote does not use. Returns the number of common codecs.
pub fn set_rtpmap_pt(l: &mut Media<'_>, r: &Media<'_>) -> usize {
    l.rtpmaps.retain(|rm| !rm.any);
    let local = l.rtpmaps.len();
    let mut unmatched = vec![false; local];
    let mut common = 0;
    for (i, rm) in l.rtpmaps.iter_mut().enumerate() {
        if let Some(k) = find_matching(&r.rtpmaps, rm) {
            if !FORK && rm.pt != r.rtpmaps[k].pt {
                // 1.12: a common codec takes the remote's payload type
                rm.predef = false;
                rm.pt = r.rtpmaps[k].pt;
            }
            common += 1;
        } else {
            unmatched[i] = true;
        }
    }
    if common == local {
        return common;
    }
    let mut used = [false; 128];
    for (i, rm) in l.rtpmaps.iter().enumerate() {
        if !unmatched[i] {
            used[rm.pt as usize & 127] = true;
        }
    }
    for rm in &r.rtpmaps {
        used[rm.pt as usize & 127] = true;
    }
    let mut kept = Vec::with_capacity(local);
    for (i, mut rm) in std::mem::take(&mut l.rtpmaps).into_iter().enumerate() {
        if !unmatched[i] {
            kept.push(rm);
            continue;
        }
        let mut pt = rm.pt as usize & 127;
        if used[pt] {
            let free = (96..128)
                .find(|&p| !used[p])
                .or_else(|| (0..128).find(|&p| crate::sdp::well_known(p as u64).is_none() && !used[p]))
                .or_else(|| (0..128).find(|&p| !used[p]));
            let Some(p) = free else { continue }; // too many payload types
            pt = p;
            rm.pt = p as u8;
            rm.predef = false;
        }
        used[pt] = true;
        kept.push(rm);
    }
    l.rtpmaps = kept;
    common
}

/// Order `list` as the remote lists its codecs (common auxiliary codecs after the others,
/// codecs the remote lacks last).
pub fn sort_rtpmaps<'a>(list: &mut Vec<Rtpmap<'a>>, remote: &[Rtpmap<'_>], aux: Option<&[u8]>) {
    let aux = if remote.len() == 1 { None } else { aux };
    let mut left = std::mem::take(list);
    let mut sorted = Vec::with_capacity(left.len());
    let mut auxiliary = Vec::new();
    for rrm in remote {
        if left.is_empty() {
            break;
        }
        let Some(i) = left.iter().position(|l| same_codec(rrm, l)) else { continue };
        let item = left.remove(i);
        if aux.is_some_and(|a| is_auxiliary(rrm, a)) {
            auxiliary.push(item);
        } else {
            sorted.push(item);
        }
    }
    sorted.append(&mut auxiliary);
    sorted.append(&mut left);
    *list = sorted;
}

/// Keep the codecs the remote also has (only the first one if `single`), then the
/// auxiliary codecs.
pub fn select_rtpmaps(list: &mut Vec<Rtpmap<'_>>, remote: &[Rtpmap<'_>], aux: Option<&[u8]>, single: bool) {
    let mut selected = Vec::new();
    let mut auxiliary = Vec::new();
    for rm in std::mem::take(list) {
        if aux.is_some_and(|a| is_auxiliary(&rm, a)) {
            auxiliary.push(rm);
        } else if !(single && !selected.is_empty()) && find_matching(remote, &rm).is_some() {
            selected.push(rm);
        }
    }
    selected.append(&mut auxiliary);
    *list = selected;
}

/// Payload types, order and selection of the codecs of `sm` against the remote `rm`.
pub fn upgrade_rtpmaps(params: &Params, sm: &mut Media<'_>, rm: &Media<'_>) -> usize {
    let common = set_rtpmap_pt(sm, rm);
    let aux = if rm.mtype == sdp_media_audio { params.audio_aux.as_deref() } else { None };
    if params.rtp_sort == RTP_SORT_REMOTE || (params.rtp_sort == RTP_SORT_DEFAULT && rm.mode == sdp_recvonly) {
        sort_rtpmaps(&mut sm.rtpmaps, &rm.rtpmaps, aux);
    }
    if common > 0 {
        match params.rtp_select {
            RTP_SELECT_SINGLE => select_rtpmaps(&mut sm.rtpmaps, &rm.rtpmaps, aux, true),
            RTP_SELECT_COMMON => select_rtpmaps(&mut sm.rtpmaps, &rm.rtpmaps, aux, false),
            _ => {}
        }
    }
    common
}

/// The m= line maps of one upgrade.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Maps {
    /// user m= line → session slot (or [`NOT_USED`])
    pub u2s: Vec<i32>,
    /// session slot → user m= line (or [`NOT_USED`])
    pub s2u: Vec<i32>,
}

/// Put the user's m= lines into the session's slots: matched against the remote offer
/// (answer), or against the existing slots, new ones appended (offer).
pub fn upgrade<'a>(params: &Params, session: &mut Session<'a>, user: &Session<'a>, remote: Option<&Session<'a>>, ordered: Option<&Maps>) -> Maps {
    let ns = session.media.len();
    let nu = user.media.len();
    let nr = remote.map_or(0, |r| r.media.len());
    let nmax = if remote.is_none() { ns + nu } else { ns.max(nr) };
    let mut s_media: Vec<Option<Media<'a>>> = vec![None; nmax];
    let o_media = std::mem::take(&mut session.media);
    let mut u_media: Vec<Option<Media<'a>>> = user.media.iter().cloned().map(Some).collect();
    let mut u2s = vec![NOT_USED; nu];
    let mut s2u = vec![NOT_USED; nmax];

    if params.ordered_user {
        if let Some(prev) = ordered {
            for (j, &i) in prev.u2s.iter().enumerate() {
                if i == NOT_USED || j >= nu || i < 0 || i as usize >= ns {
                    continue;
                }
                let i = i as usize;
                s_media[i] = u_media[j].take();
                u2s[j] = i as i32;
                s2u[i] = j as i32;
            }
        }
    }

    if let Some(remote) = remote {
        for (i, rm) in remote.media.iter().enumerate() {
            if s_media[i].is_none() {
                let (j, mismatch) = if rm.rejected { (None, false) } else { matching_index(params, &u_media, rm) };
                let Some(j) = j else {
                    s_media[i] = Some(rejected_media(rm, false));
                    continue;
                };
                if mismatch && !params.rtp_mismatch {
                    let mut m = rejected_media(u_media[j].as_ref().expect("matched user media"), true);
                    set_rtpmap_pt(&mut m, rm);
                    s_media[i] = Some(m);
                    continue;
                }
                s_media[i] = u_media[j].take();
                u2s[j] = i as i32;
                s2u[i] = j as i32;
            }
            if uses_rtp(rm) {
                if let Some(m) = s_media[i].as_mut() {
                    upgrade_rtpmaps(params, m, rm);
                }
            }
        }
    } else {
        if params.ordered_user {
            if !params.reuse_rejected {
                for i in 0..ns {
                    if s_media[i].is_none() {
                        s_media[i] = Some(rejected_media(&o_media[i], false));
                    }
                }
            }
            for j in 0..nu {
                if u_media[j].is_none() {
                    continue;
                }
                if let Some(i) = (0..nmax).find(|&i| s_media[i].is_none()) {
                    s_media[i] = u_media[j].take();
                    u2s[j] = i as i32;
                    s2u[i] = j as i32;
                }
            }
        }
        for i in 0..ns {
            if s_media[i].is_some() {
                continue;
            }
            match matching_index(params, &u_media, &o_media[i]).0 {
                None => s_media[i] = Some(rejected_media(&o_media[i], false)),
                Some(j) => {
                    s_media[i] = u_media[j].take();
                    u2s[j] = i as i32;
                    s2u[i] = j as i32;
                }
            }
        }
        let mut i = ns;
        for j in 0..nu {
            if let Some(m) = u_media[j].take() {
                s_media[i] = Some(m);
                u2s[j] = i as i32;
                s2u[i] = j as i32;
                i += 1;
            }
        }
    }

    // The session ends at the first empty slot.
    let n = s_media.iter().position(|m| m.is_none()).unwrap_or(nmax);
    session.media = s_media.into_iter().take(n).map(|m| m.expect("filled slot")).collect();
    s2u.truncate(n);
    Maps { u2s, s2u }
}

/// Does `session` offer streams that `remote` rejected, or disagree on directions?
pub fn reject_is_needed(session: Option<&Session<'_>>, remote: Option<&Session<'_>>) -> bool {
    let Some(remote) = remote else { return true };
    let Some(session) = session else { return false };
    for (sm, rm) in session.media.iter().zip(remote.media.iter()) {
        if rm.rejected {
            if !sm.rejected {
                return true;
            }
        } else if ((rm.mode & sdp_recvonly) == sdp_recvonly) != ((sm.mode & sdp_sendonly) == sdp_sendonly) {
            return true;
        }
    }
    session.media.len() > remote.media.len()
}

/// Mark the m= lines the remote rejected (or lacks) as rejected, keeping only the first
/// format, codec and connection.
pub fn reject(session: &mut Session<'_>, remote: &Session<'_>) {
    for (i, sm) in session.media.iter_mut().enumerate() {
        if remote.media.get(i).is_some_and(|rm| !rm.rejected) {
            continue;
        }
        sm.rejected = true;
        sm.mode = 0;
        sm.port = 0;
        sm.number_of_ports = 1;
        sm.format.truncate(1);
        sm.rtpmaps.truncate(1);
        sm.information = None;
        sm.connections.truncate(1);
        sm.bandwidths.clear();
        sm.key = None;
        sm.attributes.clear();
        sm.user = 0;
    }
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| casematch(&hay[i..i + needle.len()], needle))
}

/// Directions of the session's streams from the user's wishes, the remote's directions and
/// the hold setting ("*": all on hold, "#": all inactive, "audio video": those on hold).
/// Returns whether anything changed (or would change, with `dryrun`).
pub fn mode_set(user: &Session<'_>, s2u: &[i32], session: &mut Session<'_>, remote: Option<&Session<'_>>, hold: Option<&[u8]>, dryrun: bool) -> bool {
    let mut changed = false;
    let hold_all = hold == Some(b"*");
    let inactive_all = hold == Some(b"#");
    for (i, sm) in session.media.iter_mut().enumerate() {
        let rm = remote.and_then(|r| r.media.get(i));
        if sm.rejected {
            continue;
        }
        let um = s2u.get(i).filter(|&&j| j >= 0).and_then(|&j| user.media.get(j as usize));
        let Some(um) = um else {
            if dryrun {
                return true;
            }
            changed = true;
            sm.rejected = true;
            sm.mode = 0;
            sm.port = 0;
            continue;
        };
        let (mut send, mut recv);
        if FORK {
            send = if um.mode == 0 {
                0
            } else if let Some(rm) = rm {
                if rm.mode & sdp_recvonly != 0 {
                    sdp_sendonly
                } else {
                    0
                }
            } else {
                um.mode & sdp_sendonly
            };
            recv = um.mode & sdp_recvonly;
            if rm.is_some_and(|rm| rm.mode == 0) {
                send = 0;
                recv = 0;
            }
        } else {
            send = um.mode & sdp_sendonly;
            recv = um.mode & sdp_recvonly;
            if let Some(rm) = rm {
                if rm.mode & sdp_recvonly == 0 {
                    send = 0;
                }
                if rm.mode & sdp_sendonly == 0 {
                    recv = 0;
                }
            }
        }
        if inactive_all {
            send = 0;
            recv = 0;
        } else if hold_all {
            recv = 0;
        } else if let (Some(h), Some(name)) = (hold, sm.type_name) {
            if let Some(at) = find_ci(h, name) {
                recv = 0;
                let mut p = at + name.len();
                while p < h.len() && (h[p] == b' ' || h[p] == b'\t') {
                    p += 1;
                }
                if h.get(p) == Some(&b'=') {
                    // Sofia skips the blanks at the start of the whole hold string here.
                    p += h.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
                    if h.len() >= p + 8 && casematch(&h[p..p + 8], b"inactive") {
                        send = 0;
                        recv = 0;
                    }
                }
            }
        }
        if sm.mode != (recv | send) {
            if dryrun {
                return true;
            }
            changed = true;
            sm.mode = recv | send;
        }
    }
    changed
}

// ---------------------------------------------------------------------------
// Activity

pub const ACTIVE_DISABLED: i32 = -4;
pub const ACTIVE_REJECTED: i32 = -8;

/// Activity of the media kinds (audio, video, image, chat).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Activity {
    pub audio: i32,
    pub video: i32,
    pub image: i32,
    pub chat: i32,
}

impl Default for Activity {
    fn default() -> Activity {
        Activity { audio: ACTIVE_DISABLED, video: ACTIVE_DISABLED, image: ACTIVE_DISABLED, chat: ACTIVE_DISABLED }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityKind {
    Local,
    Remote,
    Session,
}

fn slot<'x>(a: &'x mut Activity, m: &Media<'_>) -> Option<&'x mut i32> {
    use crate::sdp::{sdp_media_image, sdp_media_video};
    if m.mtype == sdp_media_audio {
        Some(&mut a.audio)
    } else if m.mtype == sdp_media_video {
        Some(&mut a.video)
    } else if m.mtype == sdp_media_image {
        Some(&mut a.image)
    } else if m.type_name.is_some_and(|n| casematch(n, b"message")) {
        Some(&mut a.chat)
    } else {
        None
    }
}

/// The activity the streams of `media` give (Sofia keeps these in 4-bit fields, so the
/// stored values are masked the same way).
pub fn activity(media: &[Media<'_>], session_c: &[Connection<'_>], kind: ActivityKind) -> (Activity, Activity) {
    let mut l = Activity::default();
    let mut r = Activity::default();
    for m in media {
        let (Some(lv), Some(rv)) = (slot(&mut l, m), slot(&mut r, m)) else { continue };
        if m.rejected {
            if *lv < 0 {
                *lv = ACTIVE_REJECTED;
            }
            if *rv < 0 {
                *rv = ACTIVE_REJECTED;
            }
            continue;
        }
        let mode = m.mode as i32;
        let swap = ((mode << 1) & 2) | ((mode >> 1) & 1);
        let mcast = m.connections.first().or(session_c.first()).is_some_and(|c| c.mcast);
        match kind {
            ActivityKind::Local => {
                *lv &= 3;
                *lv |= if mcast { swap } else { mode };
            }
            ActivityKind::Remote => {
                *rv = if mcast { mode } else { swap };
            }
            ActivityKind::Session => {
                *lv &= 3;
                *lv |= if mcast { swap } else { mode };
                *rv = if mcast { swap } else { mode };
            }
        }
    }
    (l, r)
}

/// A stored 4-bit activity field read back as Sofia's `soa_is_*_active()` does.
pub fn as_reported(v: i32) -> i32 {
    let ma = v & 15;
    if ma >= 4 {
        ma | -8
    } else {
        ma
    }
}

// ---------------------------------------------------------------------------
// Addresses

/// A usable connection address (not empty, 0.0.0.0 or ::).
pub fn usable_connection(c: &Connection<'_>) -> bool {
    c.nettype != 0 && c.address.is_some_and(|a| !a.is_empty() && a != b"0.0.0.0" && a != b"::")
}

/// Only digits and dots: what an IPv4 address needs before it is worth parsing.
fn may_be_ip4(a: &[u8]) -> bool {
    (7..=15).contains(&a.len()) && a.iter().all(|&c| c.is_ascii_digit() || c == b'.')
}

fn ip4_of(a: &[u8]) -> Option<std::net::Ipv4Addr> {
    if !may_be_ip4(a) {
        return None;
    }
    std::str::from_utf8(a).ok().and_then(|s| s.parse::<std::net::Ipv4Addr>().ok())
}

/// An IPv6 address has a colon.
fn ip6_of(a: &[u8]) -> Option<std::net::Ipv6Addr> {
    if !a.contains(&b':') {
        return None;
    }
    std::str::from_utf8(a).ok().and_then(|s| s.parse::<std::net::Ipv6Addr>().ok())
}

pub fn is_ip4(a: &[u8]) -> bool {
    ip4_of(a).is_some()
}

pub fn is_ip6(a: &[u8]) -> bool {
    let a = if a.len() > 2 && a[0] == b'[' && a[a.len() - 1] == b']' { &a[1..a.len() - 1] } else { a };
    ip6_of(a).is_some()
}

/// Loopback or unspecified addresses and "localhost" (`host_is_local()`).
pub fn is_local_host(a: &[u8]) -> bool {
    if casematch(a, b"localhost") || casematch(a, b"localhost.localdomain") {
        return true;
    }
    if let Some(v4) = ip4_of(a) {
        return v4.is_loopback();
    }
    let a6 = if a.len() > 2 && a[0] == b'[' { &a[1..a.len() - 1] } else { a };
    ip6_of(a6).is_some_and(|v6| v6.is_loopback())
}

/// The address families wanted (`SOATAG_AF`): (ip4 preference, ip6 preference).
fn af_prefs(af: i32) -> (u8, u8) {
    match af {
        1 => (1, 0),
        2 => (0, 1),
        3 => (2, 1),
        4 => (1, 2),
        _ => (1, 1),
    }
}

/// A connection for the o= line (and the session c= line when media lack one): the
/// application's address (`SOATAG_ADDRESS`, an IP address or a list of them), else an
/// address the user's description already uses. The host's interfaces are never queried.
pub fn local_connection<'a>(address: Option<&'a [u8]>, af: i32, sdp: Option<&Session<'a>>) -> Option<Connection<'a>> {
    let make = |a: &'a [u8]| {
        let ip6 = is_ip6(a);
        let a = if ip6 && a.first() == Some(&b'[') { &a[1..a.len() - 1] } else { a };
        Connection { nettype: crate::sdp::sdp_net_in, addrtype: if ip6 { crate::sdp::sdp_addr_ip6 } else { crate::sdp::sdp_addr_ip4 }, address: Some(a), ..Connection::default() }
    };
    let (ip4, ip6) = af_prefs(af);
    let family_ok = |a: &[u8]| (ip4 > 0 && is_ip4(a)) || (ip6 > 0 && is_ip6(a));
    if let Some(a) = address {
        if is_ip4(a) || is_ip6(a) {
            return Some(make(a));
        }
        // A list: the first IP address of a wanted family.
        let tokens = a.split(|&b| b == b' ' || b == b',' || b == b'\t').filter(|t| !t.is_empty());
        let mut best: Option<&'a [u8]> = None;
        for t in tokens {
            if family_ok(t) && best.map_or(true, |b| (is_ip4(t) && ip4 > ip6 && !is_ip4(b)) || (is_ip6(t) && ip6 > ip4 && !is_ip6(b))) {
                best = Some(t);
            }
        }
        if let Some(b) = best {
            return Some(make(b));
        }
    }
    let sdp = sdp?;
    // A routable address first; a loopback one only when the description has nothing else
    // (Sofia would pick an address of the host's interfaces instead: docs/deviations.md).
    for loopback_ok in [false, true] {
        let usable = |c: &Connection<'a>| usable_connection(c) && c.address.is_some_and(|a| (loopback_ok || !is_local_host(a)) && family_ok(a));
        if let Some(c) = sdp.connection.first().filter(|c| usable(c)) {
            return c.address.map(make);
        }
        for m in sdp.media.iter().filter(|m| !m.rejected) {
            if let Some(c) = m.connections.iter().find(|c| usable(c)) {
                return c.address.map(make);
            }
        }
        if let Some(c) = sdp.origin.as_ref().and_then(|o| o.address.as_ref()).filter(|c| usable(c)) {
            return c.address.map(make);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// One offer/answer step

/// What the step is given.
pub struct StepInput<'a, 'b> {
    pub action: Action,
    pub params: &'b Params,
    pub user: &'b Session<'a>,
    pub remote: Option<&'b Session<'a>>,
    pub local: Option<&'b Session<'a>>,
    /// the latest offer or answer with a new version number
    pub latest: Option<&'b Session<'a>>,
    pub user_version: u32,
    pub remote_version: u32,
    pub local_user_version: u32,
    pub local_remote_version: u32,
    /// the maps of the current local description
    pub maps: Option<&'b Maps>,
    /// `SOATAG_ADDRESS`, `SOATAG_AF`
    pub address: Option<&'a [u8]>,
    pub af: i32,
    /// a fresh o= id and version, used when the user's description has none
    pub random_id: u64,
    pub random_version: u64,
}

/// What the step produced.
#[derive(Debug)]
pub struct StepOutput<'a> {
    /// the new local description (None: unchanged)
    pub local: Option<Session<'a>>,
    /// whether its version number was bumped (it becomes the latest)
    pub bumped: bool,
    /// new maps (None: keep)
    pub maps: Option<Maps>,
}

#[derive(Debug, PartialEq)]
pub struct StepError(pub u32, pub &'static str);

fn print_eq(a: &Session<'_>, b: &Session<'_>) -> bool {
    crate::sdp::print::print(a, 0).bytes() == crate::sdp::print::print(b, 0).bytes()
}

/// One step of the static backend: build (or update) the local description.
pub fn step<'a>(inp: &StepInput<'a, '_>) -> Result<StepOutput<'a>, StepError> {
    let action = inp.action;
    let user = inp.user;
    let remote_owned;
    let mut remote = if action == Action::GenerateOffer { None } else { inp.remote };
    if action != Action::GenerateOffer && remote.is_none() {
        return Err(StepError(500, "No remote SDP"));
    }

    // A truncated remote description gets rejected m= lines for the slots it lacks.
    if let (Some(local), Some(r)) = (inp.local, remote) {
        if r.media.len() < local.media.len() {
            remote_owned = expand_media(r, local);
            remote = Some(&remote_owned);
        }
    }

    // A: start from the user's description.
    let fresh = inp.local.is_none();
    let mut local: Session<'a> = match inp.local {
        Some(l) => l.clone(),
        None => {
            if action == Action::ProcessAnswer {
                return Err(StepError(500, "Internal Media Error"));
            }
            Session { media: Vec::new(), ..user.clone() }
        }
    };

    // B: upgrade the m= lines.
    let mut maps: Option<Maps> = None;
    match action {
        Action::GenerateOffer => {
            if fresh || inp.local_user_version != inp.user_version {
                maps = Some(upgrade(inp.params, &mut local, user, None, inp.maps));
            }
        }
        Action::GenerateAnswer => {
            if fresh || inp.local_user_version != inp.user_version || inp.local_remote_version != inp.remote_version {
                maps = Some(upgrade(inp.params, &mut local, user, remote, inp.maps));
            }
        }
        Action::ProcessAnswer => {}
    }

    // C: reject what the remote rejected.
    if action != Action::GenerateOffer && inp.local_remote_version != inp.remote_version {
        let r = remote.expect("remote checked");
        if reject_is_needed(Some(&local), Some(r)) {
            reject(&mut local, r);
        }
    }

    // D: directions.
    let empty = Maps::default();
    let s2u = &maps.as_ref().or(inp.maps).unwrap_or(&empty).s2u;
    if mode_set(user, s2u, &mut local, remote, inp.params.hold.as_deref(), true) {
        mode_set(user, s2u, &mut local, remote, inp.params.hold.as_deref(), false);
    }

    // E: codecs by the answer.
    if action == Action::ProcessAnswer && inp.local_remote_version != inp.remote_version {
        let r = remote.expect("remote checked");
        for (sm, rm) in local.media.iter_mut().zip(r.media.iter()) {
            if !sm.rejected && uses_rtp(sm) {
                upgrade_rtpmaps(inp.params, sm, rm);
            }
        }
    }

    // F0: the o= line of a new local description.
    if fresh {
        let mut o = Origin { username: Some(b"-"), ..Origin::default() };
        if let Some(uo) = &user.origin {
            o.username = uo.username;
            if FORK || inp.params.user_o_line {
                if let Some(a) = &uo.address {
                    o.address = Some(a.clone());
                }
                o.id = uo.id;
                if uo.version != 0 {
                    o.version = uo.version - 1;
                }
            }
        }
        if o.username.is_none() {
            o.username = Some(b"-");
        }
        if o.id == 0 {
            o.id = inp.random_id;
        }
        o.id &= (1u64 << 63) - 1;
        if o.version == 0 {
            o.version = inp.random_version;
        }
        o.version &= (1u64 << 63) - 1;
        let keep = o.address.as_ref().is_some_and(|c| usable_connection(c) && !c.address.is_some_and(is_local_host));
        if !keep {
            match local_connection(inp.address, inp.af, Some(user)) {
                Some(c) => o.address = Some(c),
                None => return Err(StepError(500, "Cannot Get IP Address for Session Description")),
            }
        }
        local.origin = Some(o);
    }

    // F: the session c= line.
    if action != Action::ProcessAnswer {
        let user_c = user.connection.first().filter(|c| usable_connection(c));
        let local_c = local.connection.first().filter(|c| usable_connection(c));
        let differs = match (local_c, user_c) {
            (Some(l), Some(u)) => l != u,
            _ => false,
        };
        if inp.local_user_version != inp.user_version || local_c.is_none() || differs {
            let c = user_c.cloned().or_else(|| local.origin.as_ref().and_then(|o| o.address.clone()));
            if local.media.iter().any(|m| m.connections.is_empty()) {
                local.connection = c.into_iter().collect();
            }
        }
    }

    // Store if changed; bump the version of a new offer or answer.
    let changed = match inp.local {
        None => true,
        Some(old) => !print_eq(old, &local),
    };
    if !changed {
        return Ok(StepOutput { local: None, bumped: false, maps });
    }
    let bump = match action {
        // 1.12 gives every changed description a new version
        _ if !FORK => true,
        Action::GenerateOffer => inp.latest.map_or(true, |l| !print_eq(&local, l)),
        Action::GenerateAnswer => true,
        Action::ProcessAnswer => false,
    };
    if bump {
        if let Some(o) = local.origin.as_mut() {
            o.version = o.version.wrapping_add(1);
        }
    }
    if local.subject.is_none() {
        local.subject = Some(b"-");
    }
    if local.times.is_empty() {
        local.times.push(Time::default());
    }
    Ok(StepOutput { local: Some(local), bumped: bump, maps })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdp::parse::parse;
    use crate::sdp::print::print;

    fn text(s: &Session<'_>) -> String {
        String::from_utf8(print(s, 0).text()).unwrap()
    }

    fn input<'a, 'b>(action: Action, params: &'b Params, user: &'b Session<'a>, remote: Option<&'b Session<'a>>, local: Option<&'b Session<'a>>) -> StepInput<'a, 'b> {
        StepInput {
            action,
            params,
            user,
            remote,
            local,
            latest: None,
            user_version: 1,
            remote_version: 1,
            local_user_version: 0,
            local_remote_version: 0,
            maps: None,
            address: Some(b"198.51.100.9"),
            af: 0,
            random_id: 42,
            random_version: 7,
        }
    }

    const A: &[u8] = b"v=0\r\no=a 1 10 IN IP4 198.51.100.1\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\nm=video 6000 RTP/AVP 31\r\n";
    const B: &[u8] = b"v=0\r\ns=-\r\nc=IN IP4 198.51.100.2\r\nt=0 0\r\nm=audio 7000 RTP/AVP 8 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";

    #[test]
    fn offer_then_answer() {
        let p = Params::default();
        let ua = parse(A, crate::sdp::sdp_f_config).unwrap();
        let out = step(&input(Action::GenerateOffer, &p, &ua, None, None)).unwrap();
        let offer = out.local.unwrap();
        assert!(out.bumped);
        let t = text(&offer);
        // the fork keeps the user's o= line; 1.12 only its user name (without SOATAG_USER_O_LINE)
        let o = if FORK { "o=a 1 10 IN IP4 198.51.100.1\r\n" } else { "o=a 42 8 IN IP4 198.51.100.9\r\n" };
        assert!(t.contains(o), "{t}");
        assert!(t.contains("m=audio 5000 RTP/AVP 0 8 101\r\n"), "{t}");

        let ub = parse(B, crate::sdp::sdp_f_config).unwrap();
        let out = step(&input(Action::GenerateAnswer, &p, &ub, Some(&offer), None)).unwrap();
        let answer = out.local.unwrap();
        let t = text(&answer);
        // Single codec (the local preference: PCMA) plus nothing else; video rejected.
        assert!(t.contains("m=audio 7000 RTP/AVP 8\r\n"), "{t}");
        assert!(t.contains("m=video 0 RTP/AVP 19\r\n"), "{t}");
        assert!(t.contains("o=- 42 8 IN IP4 198.51.100.9\r\n"), "{t}");
    }

    #[test]
    fn audio_aux_kept() {
        let p = Params { audio_aux: Some(b"cn telephone-event".to_vec()), ..Params::default() };
        let ua = parse(A, crate::sdp::sdp_f_config).unwrap();
        let offer = step(&input(Action::GenerateOffer, &p, &ua, None, None)).unwrap().local.unwrap();
        let ub = parse(B, crate::sdp::sdp_f_config).unwrap();
        let answer = step(&input(Action::GenerateAnswer, &p, &ub, Some(&offer), None)).unwrap().local.unwrap();
        assert!(text(&answer).contains("m=audio 7000 RTP/AVP 8 101\r\n"), "{}", text(&answer));
    }

    #[test]
    fn sort_and_select() {
        let ub = parse(B, crate::sdp::sdp_f_config).unwrap();
        let ua = parse(A, crate::sdp::sdp_f_config).unwrap();
        let offer = step(&input(Action::GenerateOffer, &Params::default(), &ua, None, None)).unwrap().local.unwrap();
        let p = Params { rtp_sort: RTP_SORT_REMOTE, rtp_select: RTP_SELECT_ALL, ..Params::default() };
        let answer = step(&input(Action::GenerateAnswer, &p, &ub, Some(&offer), None)).unwrap().local.unwrap();
        assert!(text(&answer).contains("m=audio 7000 RTP/AVP 0 8 101\r\n"), "{}", text(&answer));
        let p = Params { rtp_select: RTP_SELECT_COMMON, ..Params::default() };
        let answer = step(&input(Action::GenerateAnswer, &p, &ub, Some(&offer), None)).unwrap().local.unwrap();
        assert!(text(&answer).contains("m=audio 7000 RTP/AVP 8 0 101\r\n"), "{}", text(&answer));
    }

    #[test]
    fn hold_modes() {
        let ua = parse(A, crate::sdp::sdp_f_config).unwrap();
        let p = Params { hold: Some(b"audio".to_vec()), ..Params::default() };
        let offer = step(&input(Action::GenerateOffer, &p, &ua, None, None)).unwrap().local.unwrap();
        assert_eq!(offer.media[0].mode, sdp_sendonly);
        assert_eq!(offer.media[1].mode, 3);
        let p = Params { hold: Some(b"#".to_vec()), ..Params::default() };
        let offer = step(&input(Action::GenerateOffer, &p, &ua, None, None)).unwrap().local.unwrap();
        assert_eq!(offer.media[0].mode, 0);
    }

    #[test]
    fn auxiliary_words() {
        let rm = Rtpmap { encoding: Some(b"CN"), rate: 8000, ..Rtpmap::default() };
        assert!(is_auxiliary(&rm, b"cn telephone-event"));
        assert!(!is_auxiliary(&rm, b"cnx"));
        assert!(!is_auxiliary(&rm, b"x-cn"));
        let te = Rtpmap { encoding: Some(b"telephone-event"), rate: 8000, ..Rtpmap::default() };
        assert!(is_auxiliary(&te, b"cn telephone-event"));
    }

    #[test]
    fn payload_types_renumbered() {
        let mut l = Media { rtpmaps: vec![Rtpmap { encoding: Some(b"speex"), rate: 8000, pt: 97, ..Rtpmap::default() }, Rtpmap { encoding: Some(b"PCMU"), rate: 8000, pt: 0, predef: true, ..Rtpmap::default() }], ..Media::default() };
        let r = Media { rtpmaps: vec![Rtpmap { encoding: Some(b"PCMU"), rate: 8000, pt: 0, ..Rtpmap::default() }, Rtpmap { encoding: Some(b"iLBC"), rate: 8000, pt: 97, ..Rtpmap::default() }], ..Media::default() };
        assert_eq!(set_rtpmap_pt(&mut l, &r), 1);
        assert_eq!(l.rtpmaps[0].pt, 96);
    }

    #[test]
    fn activity_of_answer() {
        let ub = parse(b"v=0\r\no=- 1 1 IN IP4 198.51.100.2\r\ns=-\r\nc=IN IP4 198.51.100.2\r\nt=0 0\r\nm=audio 7000 RTP/AVP 8\r\na=sendonly\r\nm=video 0 RTP/AVP 31\r\n", 0).unwrap();
        let (l, r) = activity(&ub.media, &ub.connection, ActivityKind::Session);
        assert_eq!((l.audio, l.video, l.image), (1, ACTIVE_REJECTED, ACTIVE_DISABLED));
        assert_eq!(as_reported(r.audio), 1);
        let (_, r) = activity(&ub.media, &ub.connection, ActivityKind::Remote);
        assert_eq!(r.audio, 2);
    }
}
