//! INVITE transactions, CANCEL and dialogs between two agents on one root over loopback
//! (UDP and TCP), with short timers. Every wait is bounded.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use sofia_sip_ua::msg::message::MsgObj;
use sofia_sip_ua::nta::view::values_of;
use sofia_sip_ua::nta::{method_of, status_of, Agent, Incoming, Leg, LegSpec, Outgoing, Params};
use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};
use sofia_sip_ua::tport::Proto;

struct Root(*mut su_root_t);

impl Root {
    fn new() -> Root {
        let r = su_root_create(std::ptr::null_mut());
        assert!(!r.is_null());
        Root(r)
    }
    fn until(&self, mut done: impl FnMut() -> bool) -> bool {
        for _ in 0..1000 {
            if done() {
                return true;
            }
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 10) };
        }
        done()
    }
    fn run_for(&self, ms: u64) {
        let end = std::time::Instant::now() + Duration::from_millis(ms);
        while std::time::Instant::now() < end {
            // SAFETY: live root, this thread.
            unsafe { su_root_step(self.0, 5) };
        }
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        // SAFETY: live root; agents are destroyed first.
        unsafe { su_root_destroy(self.0) };
    }
}

fn fast() -> Params {
    Params { t1: 20, t2: 80, t4: 100, t1x64: 400, ua: true, ..Params::default() }
}

fn agent(root: &Root) -> Agent {
    // SAFETY: live root; destroyed before the root.
    unsafe { Agent::create(root.0, Some(b"sip:127.0.0.1:0"), fast(), None) }.expect("agent")
}

fn one(msg: *mut MsgObj, sym: &str) -> Vec<u8> {
    // SAFETY: a valid message.
    unsafe { values_of(msg, sym) }.into_iter().next().unwrap_or_default()
}

/// What the UAS saw.
#[derive(Default)]
struct Uas {
    /// Requests given to legs, by method.
    requests: Vec<String>,
    /// Events of the INVITE transaction's bound callback ("ACK", "CANCEL", "timeout").
    events: Vec<String>,
    invite: Option<Incoming>,
    /// The INVITE's From, To, Call-ID, Record-Route, Contact values.
    hdrs: Option<(Vec<u8>, Vec<u8>, Vec<u8>, Vec<Vec<u8>>, Vec<u8>)>,
}

type Shared = Rc<RefCell<Uas>>;

/// The UAS: a default leg taking INVITEs (answered by the test) and anything else 200.
fn uas(a: &Agent) -> (Leg, Shared) {
    let st: Shared = Rc::default();
    let s = st.clone();
    let leg = Leg::create(
        a,
        &LegSpec { no_dialog: true, ..LegSpec::default() },
        Some(Box::new(move |_l: &Leg, irq: &Incoming, msg: *mut MsgObj| {
            // SAFETY: a valid request.
            let m = String::from_utf8_lossy(&unsafe { method_of(msg) }.unwrap_or_default()).into_owned();
            s.borrow_mut().requests.push(m.clone());
            if m != "INVITE" {
                return if m == "ACK" { 0 } else { 200 };
            }
            let ev = s.clone();
            irq.bind(Some(Box::new(move |_i: &Incoming, m: *mut MsgObj| {
                let what = if m.is_null() {
                    "timeout".to_string()
                } else {
                    // SAFETY: a valid request.
                    String::from_utf8_lossy(&unsafe { method_of(m) }.unwrap_or_default()).into_owned()
                };
                ev.borrow_mut().events.push(what);
                0
            })));
            // SAFETY: a valid request.
            let rr = unsafe { values_of(msg, "record_route") };
            s.borrow_mut().hdrs = Some((one(msg, "from"), one(msg, "to"), one(msg, "call_id"), rr, one(msg, "contact")));
            s.borrow_mut().invite = Some(irq.clone());
            0
        })),
    )
    .expect("default leg");
    (leg, st)
}

/// The UAS dialog for the INVITE it got: local = To + our tag, remote = From.
fn uas_dialog(b: &Agent, st: &Shared, irq: &Incoming) -> Leg {
    let (from, to, id, rr, contact) = st.borrow().hdrs.clone().unwrap();
    let s = st.clone();
    let leg = Leg::create(
        b,
        &LegSpec { from: Some(to), to: Some(from), call_id: Some(id), ..LegSpec::default() },
        Some(Box::new(move |_l: &Leg, _i: &Incoming, msg: *mut MsgObj| {
            // SAFETY: a valid request.
            let m = String::from_utf8_lossy(&unsafe { method_of(msg) }.unwrap_or_default()).into_owned();
            s.borrow_mut().requests.push(format!("dialog {m}"));
            if m == "ACK" {
                0
            } else {
                200
            }
        })),
    )
    .expect("uas dialog");
    assert!(leg.set_tag(Some(&irq.tag())).is_some());
    leg.set_route(Some(&rr), false, Some(&contact));
    leg
}

type Log = Rc<RefCell<Vec<(i32, Vec<Vec<u8>>, Vec<u8>, Vec<u8>)>>>;

/// A response recorder: status, Record-Route values, Contact, To.
fn recorder() -> (Log, sofia_sip_ua::nta::ResponseCb) {
    let got: Log = Rc::default();
    let g = got.clone();
    let cb = Box::new(move |_o: &Outgoing, msg: *mut MsgObj| {
        if msg.is_null() {
            g.borrow_mut().push((-1, vec![], vec![], vec![]));
        } else {
            // SAFETY: the response, valid during the call.
            let e = unsafe { (status_of(msg), values_of(msg, "record_route"), one(msg, "contact"), one(msg, "to")) };
            g.borrow_mut().push(e);
        }
        0
    });
    (got, cb)
}

fn statuses(l: &Log) -> Vec<i32> {
    l.borrow().iter().map(|e| e.0).collect()
}

/// Both agents finish their transactions; over UDP the UAC's INVITE transaction may still
/// wait for timer D (32 s) after a non-2xx final response.
fn settle(root: &Root, a: &Agent, b: &Agent) {
    assert!(root.until(|| b.transactions() == (0, 0) && a.transactions().1 == 0 && a.transactions().0 <= 1), "{:?} {:?}", a.transactions(), b.transactions());
}

fn tp(proto: Proto) -> &'static str {
    match proto {
        Proto::Udp => "",
        Proto::Tcp => ";transport=tcp",
        Proto::Tls => ";transport=tls",
        Proto::Ws => ";transport=ws",
        Proto::Wss => ";transport=wss",
    }
}

fn uac_leg(a: &Agent) -> Leg {
    let spec = LegSpec {
        from: Some(b"<sip:alice@127.0.0.1>;tag=atag".to_vec()),
        to: Some(b"<sip:bob@127.0.0.1>".to_vec()),
        ..LegSpec::default()
    };
    Leg::create(a, &spec, Some(Box::new(|_l: &Leg, _i: &Incoming, _m: *mut MsgObj| 200))).expect("leg")
}

fn contact_of(b: &Agent, proto: Proto) -> String {
    format!("Contact: <sip:bob@127.0.0.1:{}{}>\r\n", b.local_addr(proto).unwrap().port(), tp(proto))
}

/// INVITE → 180 → 200 → ACK → (BYE in the dialog) over `proto`.
fn call(proto: Proto, lose_ack: bool) {
    let root = Root::new();
    let a = agent(&root);
    let b = agent(&root);
    let (dleg, st) = uas(&b);
    let aleg = uac_leg(&a);
    let port = b.local_addr(proto).unwrap().port();
    let uri = format!("sip:bob@127.0.0.1:{port}{}", tp(proto));
    let (got, cb) = recorder();
    let rr = format!("Record-Route: <sip:127.0.0.1:{port};lr{}>\r\n", tp(proto));
    let inv = a.request(&aleg, "INVITE", Some(&uri), &format!("Contact: <sip:alice@127.0.0.1:{}{}>\r\n{rr}", a.local_addr(proto).unwrap().port(), tp(proto)), None, Some(cb)).expect("invite");
    assert!(root.until(|| st.borrow().invite.is_some()));
    let irq = st.borrow().invite.clone().unwrap();
    assert!(root.until(|| statuses(&got) == vec![100]));
    assert_eq!(irq.reply(180, None, &mut |_| true), 0);
    assert!(root.until(|| statuses(&got).len() == 2));
    let bleg = uas_dialog(&b, &st, &irq);
    let contact = contact_of(&b, proto);
    // SAFETY: the response being built.
    assert_eq!(irq.reply(200, None, &mut |m| unsafe { sofia_sip_ua::sip::addtags::add_str(m, std::ptr::null_mut(), contact.as_bytes()) } >= 0), 0);
    assert!(root.until(|| statuses(&got).contains(&200)));
    assert_eq!(&statuses(&got)[..3], &[100, 180, 200]);
    // The UAC's dialog: remote tag and route set from the 2xx.
    let (_, rrs, m, to) = got.borrow().iter().find(|e| e.0 == 200).cloned().unwrap();
    let ttag = String::from_utf8_lossy(&to).split("tag=").nth(1).unwrap().to_string();
    assert_eq!(ttag, irq.tag());
    aleg.set_rtag(&ttag);
    aleg.set_route(Some(&rrs), true, Some(&m));
    if lose_ack {
        // The UAS re-sends its 2xx until timer H, then tells the application.
        assert!(root.until(|| st.borrow().events.contains(&"timeout".to_string())));
        let n200 = statuses(&got).iter().filter(|&&s| s == 200).count();
        assert!(n200 >= 3, "2xx retransmitted: {:?}", statuses(&got));
        assert_eq!(st.borrow().events, vec!["timeout".to_string()]);
    } else {
        let ack = a.request(&aleg, "ACK", None, "", None, None).expect("ack");
        assert_eq!(ack.cseq(), inv.cseq());
        assert!(root.until(|| st.borrow().events == vec!["ACK".to_string()]));
        // 2xx retransmissions stop: nothing more arrives.
        let n = got.borrow().len();
        root.run_for(300);
        assert!(got.borrow().len() <= n + 1, "{:?}", statuses(&got));
        // BYE in the dialog: Route from the route set, target from the Contact, tags.
        let (bye_got, bcb) = recorder();
        let bye = a.request(&aleg, "BYE", None, "", None, Some(bcb)).expect("bye");
        assert_eq!(bye.cseq(), inv.cseq() + 1);
        assert!(root.until(|| statuses(&bye_got) == vec![200]));
        // SAFETY: the transaction's request.
        let req = bye.request();
        let (ru, route) = unsafe { (values_of(req, "request"), values_of(req, "route")) };
        assert!(String::from_utf8_lossy(&ru[0]).contains(&format!("sip:bob@127.0.0.1:{port}")), "{:?}", String::from_utf8_lossy(&ru[0]));
        assert_eq!(route.len(), 1);
        assert!(st.borrow().requests.contains(&"dialog BYE".to_string()), "{:?}", st.borrow().requests);
        assert_eq!(bleg.seqs().1, bye.cseq());
    }
    settle(&root, &a, &b);
    bleg.destroy();
    dleg.destroy();
    aleg.destroy();
    a.destroy();
    b.destroy();
}

#[test]
fn invite_180_200_ack_bye_udp() {
    call(Proto::Udp, false);
}

#[test]
fn invite_180_200_ack_bye_tcp() {
    call(Proto::Tcp, false);
}

#[test]
fn lost_ack_2xx_retransmitted_until_timer_h() {
    call(Proto::Udp, true);
}

#[test]
fn invite_486_ack_absorbed() {
    for proto in [Proto::Udp, Proto::Tcp] {
        let root = Root::new();
        let a = agent(&root);
        let b = agent(&root);
        let (dleg, st) = uas(&b);
        let aleg = uac_leg(&a);
        let uri = format!("sip:bob@127.0.0.1:{}{}", b.local_addr(proto).unwrap().port(), tp(proto));
        let (got, cb) = recorder();
        let _inv = a.request(&aleg, "INVITE", Some(&uri), "", None, Some(cb)).expect("invite");
        assert!(root.until(|| st.borrow().invite.is_some()));
        let irq = st.borrow().invite.clone().unwrap();
        assert_eq!(irq.reply(486, None, &mut |_| true), 0);
        assert!(root.until(|| statuses(&got).contains(&486)));
        // The ACK (sent by A's transaction) confirms B's transaction: the bound callback gets it.
        assert!(root.until(|| st.borrow().events == vec!["ACK".to_string()]));
        root.run_for(150);
        assert_eq!(statuses(&got), vec![100, 486]);
        assert_eq!(st.borrow().requests, vec!["INVITE".to_string()]);
        settle(&root, &a, &b);
        dleg.destroy();
        aleg.destroy();
        a.destroy();
        b.destroy();
    }
}

#[test]
fn cancel_after_180() {
    for proto in [Proto::Udp, Proto::Tcp] {
        let root = Root::new();
        let a = agent(&root);
        let b = agent(&root);
        let (dleg, st) = uas(&b);
        let aleg = uac_leg(&a);
        let uri = format!("sip:bob@127.0.0.1:{}{}", b.local_addr(proto).unwrap().port(), tp(proto));
        let (got, cb) = recorder();
        let inv = a.request(&aleg, "INVITE", Some(&uri), "", None, Some(cb)).expect("invite");
        assert!(root.until(|| st.borrow().invite.is_some()));
        let irq = st.borrow().invite.clone().unwrap();
        assert_eq!(irq.reply(180, None, &mut |_| true), 0);
        assert!(root.until(|| statuses(&got).contains(&180)));
        let (cgot, ccb) = recorder();
        let cancel = inv.cancel(Some(ccb), false).expect("cancel");
        assert!(inv.cancel(None, false).is_none(), "cancelled twice");
        assert!(root.until(|| statuses(&cgot) == vec![200] && statuses(&got).contains(&487)));
        assert_eq!(statuses(&got), vec![100, 180, 487]);
        assert!(root.until(|| st.borrow().events.len() >= 2));
        assert_eq!(st.borrow().events, vec!["CANCEL".to_string(), "ACK".to_string()]);
        assert!(irq.canceled());
        assert_eq!(irq.status(), 487);
        // The CANCEL shares the INVITE's branch and CSeq number.
        assert_eq!(cancel.branch(), inv.branch());
        assert_eq!(cancel.cseq(), inv.cseq());
        settle(&root, &a, &b);
        dleg.destroy();
        aleg.destroy();
        a.destroy();
        b.destroy();
    }
}

#[test]
fn cancel_before_provisional_waits() {
    let root = Root::new();
    let a = agent(&root);
    let b = agent(&root);
    let (dleg, st) = uas(&b);
    let aleg = uac_leg(&a);
    let uri = format!("sip:bob@127.0.0.1:{}", b.local_addr(Proto::Udp).unwrap().port());
    let (got, cb) = recorder();
    let inv = a.request(&aleg, "INVITE", Some(&uri), "", None, Some(cb)).expect("invite");
    // No response yet: the CANCEL waits for the 100 Trying, then goes.
    let (cgot, ccb) = recorder();
    let _cancel = inv.cancel(Some(ccb), false).expect("cancel");
    assert!(root.until(|| statuses(&cgot) == vec![200] && statuses(&got).contains(&487)));
    assert_eq!(statuses(&got), vec![100, 487]);
    settle(&root, &a, &b);
    let _ = st;
    dleg.destroy();
    aleg.destroy();
    a.destroy();
    b.destroy();
}
