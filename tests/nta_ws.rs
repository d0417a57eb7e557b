//! nta over WebSocket (RFC 7118), loopback ports 35410-35414: an agent bound with
//! `;transport=ws` / `;transport=wss` answers a request sent by the WebSocket client of
//! tests/common_ws in a masked frame (Via received/rport stamped as for TCP; the response
//! comes back as a text frame on the same connection), and an agent sends a request to a
//! `;transport=ws` URI (client handshake). Every wait is bounded.

mod common_ws;

use std::cell::RefCell;
use std::ffi::CStr;
use std::rc::Rc;

use common_ws::*;
use sofia_sip_ua::msg::message::MsgObj;
use sofia_sip_ua::nta::{status_of, Agent, Incoming, Leg, LegSpec, Params};
use sofia_sip_ua::su::root::{su_root_create, su_root_destroy, su_root_step, su_root_t};
use sofia_sip_ua::tport::Proto;

struct Root(*mut su_root_t);

impl Root {
    fn new() -> Root {
        let r = su_root_create(std::ptr::null_mut());
        assert!(!r.is_null());
        Root(r)
    }

    fn step(&self) {
        // SAFETY: live root, this thread.
        unsafe { su_root_step(self.0, 5) };
    }

    fn until(&self, mut done: impl FnMut() -> bool) -> bool {
        for _ in 0..2000 {
            if done() {
                return true;
            }
            self.step();
        }
        done()
    }

    fn with<T: Send + 'static>(&self, client: impl FnOnce() -> T + Send + 'static) -> T {
        with_client(|| self.step(), 4000, client)
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        // SAFETY: live root; the agents are destroyed first.
        unsafe { su_root_destroy(self.0) };
    }
}

/// A server agent bound at `url` whose default leg answers OPTIONS and MESSAGE 200 (else
/// 404); records the requests' method and top Via.
fn server(root: &Root, url: &str, params: Params) -> (Agent, Leg, Rc<RefCell<Vec<String>>>) {
    // SAFETY: live root; destroyed before it.
    let a = unsafe { Agent::create(root.0, Some(url.as_bytes()), params, None) }.expect("agent");
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let s = seen.clone();
    let leg = Leg::create(
        &a,
        &LegSpec { no_dialog: true, ..LegSpec::default() },
        Some(Box::new(move |_leg: &Leg, _irq: &Incoming, msg: *mut MsgObj| {
            // SAFETY: a valid request.
            let m = String::from_utf8_lossy(&unsafe { sofia_sip_ua::nta::method_of(msg) }.unwrap_or_default()).into_owned();
            s.borrow_mut().push(m.clone());
            if m == "OPTIONS" || m == "MESSAGE" {
                200
            } else {
                404
            }
        })),
    )
    .expect("default leg");
    (a, leg, seen)
}

fn contact_of(a: &Agent) -> String {
    let home = sofia_sip_ua::su::alloc::su_home_new(std::mem::size_of::<sofia_sip_ua::su::alloc::su_home_t>() as i32)
        as *mut sofia_sip_ua::su::alloc::su_home_t;
    // SAFETY: the agent's Contact header, printed into a fresh home.
    unsafe {
        let p = sofia_sip_ua::sip::api::sip_header_as_string(home, a.contact().cast());
        let s = CStr::from_ptr(p).to_string_lossy().into_owned();
        sofia_sip_ua::su::alloc::su_home_unref(home);
        s
    }
}

fn message(call_id: &str, via: &str) -> String {
    let body = "hello over WebSocket";
    format!(
        "MESSAGE sip:bob@127.0.0.1 SIP/2.0\r\n\
Via: SIP/2.0/{via} df7jal23ls0d.invalid;rport;branch=z9hG4bK{call_id}\r\n\
Max-Forwards: 70\r\n\
To: <sip:bob@127.0.0.1>\r\n\
From: <sip:alice@df7jal23ls0d.invalid>;tag=1928301774\r\n\
Call-ID: {call_id}\r\n\
CSeq: 1 MESSAGE\r\n\
Content-Type: text/plain\r\n\r\n{body}"
    )
}

#[test]
fn agent_bound_with_transport_ws_answers_in_a_frame() {
    let root = Root::new();
    let (srv, leg, seen) = server(&root, "sip:127.0.0.1:35410;transport=ws", Params::default());
    assert_eq!(srv.bound(), vec![(Proto::Ws, "127.0.0.1:35410".parse().unwrap())]);
    assert_eq!(contact_of(&srv), "<sip:127.0.0.1:35410;transport=ws>");
    let (r1, r2) = root.with(|| {
        let mut c = WsClient::connect("127.0.0.1:35410".parse().unwrap());
        c.handshake();
        c.send(OP_TEXT, options("nta1", "WS", false).as_bytes());
        let r1 = c.read_text();
        c.send(OP_TEXT, message("nta2", "WS").as_bytes());
        let r2 = c.read_text();
        (r1, r2)
    });
    for (r, id, method) in [(&r1, "nta1", "OPTIONS"), (&r2, "nta2", "MESSAGE")] {
        assert!(r.starts_with("SIP/2.0 200 "), "{r}");
        assert!(r.contains(&format!("Call-ID: {id}")), "{r}");
        assert!(r.contains(&format!("CSeq: 1 {method}")), "{r}");
        // The Via comes back stamped with where the request came from.
        let via = r.lines().find(|l| l.starts_with("Via:")).unwrap();
        assert!(via.starts_with("Via: SIP/2.0/WS df7jal23ls0d.invalid;"), "{via}");
        assert!(via.contains(";received=127.0.0.1"), "{via}");
        assert!(via.contains(";rport="), "{via}");
    }
    assert_eq!(*seen.borrow(), vec!["OPTIONS".to_string(), "MESSAGE".to_string()]);
    leg.destroy();
    srv.destroy();
}

#[test]
fn agent_bound_with_transport_wss() {
    let root = Root::new();
    let pki = pki();
    let dir = TempDir::new("nta-wss");
    // The TLS transport's agent.pem serves WSS when there is no wss.* file.
    std::fs::write(dir.0.join("agent.pem"), format!("{}{}", pki.cert_pem, pki.key_pem)).unwrap();
    let params = Params { certificate_dir: Some(dir.0.clone()), ..Params::default() };
    let (srv, leg, seen) = server(&root, "sips:127.0.0.1:35411;transport=wss", params);
    assert_eq!(srv.bound(), vec![(Proto::Wss, "127.0.0.1:35411".parse().unwrap())]);
    // A sips: URL gives a sips: Contact, with its ;transport= (as Sofia's nta).
    assert_eq!(contact_of(&srv), "<sips:127.0.0.1:35411;transport=wss>");
    let ca = pki.ca_pem.clone();
    let r = root.with(move || {
        let mut c = WsClient::connect_tls("127.0.0.1:35411".parse().unwrap(), &ca);
        c.handshake();
        c.send(OP_TEXT, message("wss1", "WSS").as_bytes());
        c.read_text()
    });
    assert!(r.starts_with("SIP/2.0 200 ") && r.contains("Via: SIP/2.0/WSS df7jal23ls0d.invalid;"), "{r}");
    assert_eq!(*seen.borrow(), vec!["MESSAGE".to_string()]);
    leg.destroy();
    srv.destroy();
}

#[test]
fn agent_sends_to_a_transport_ws_uri() {
    let root = Root::new();
    let (srv, srv_leg, seen) = server(&root, "sip:127.0.0.1:35412;transport=ws", Params::default());
    // SAFETY: live root; destroyed before it.
    let cli = unsafe { Agent::create(root.0, Some(b"sip:127.0.0.1:35413;transport=ws"), Params::default(), None) }.expect("client agent");
    let spec = LegSpec {
        from: Some(b"<sip:alice@127.0.0.1>;tag=ctag1".to_vec()),
        to: Some(b"<sip:bob@127.0.0.1>".to_vec()),
        ..LegSpec::default()
    };
    let leg = Leg::create(&cli, &spec, None).expect("leg");
    let got: Rc<RefCell<Vec<i32>>> = Rc::default();
    let g = got.clone();
    let cb = Box::new(move |_o: &sofia_sip_ua::nta::Outgoing, msg: *mut MsgObj| {
        // SAFETY: the response is valid during the call, or NULL.
        g.borrow_mut().push(if msg.is_null() { -1 } else { unsafe { status_of(msg) } });
        0
    });
    let _orq = cli
        .request(&leg, "OPTIONS", Some("sip:bob@127.0.0.1:35412;transport=ws"), "", None, Some(cb))
        .expect("orq");
    assert!(root.until(|| !got.borrow().is_empty()));
    assert_eq!(*got.borrow(), vec![200]);
    assert_eq!(*seen.borrow(), vec!["OPTIONS".to_string()]);
    leg.destroy();
    srv_leg.destroy();
    cli.destroy();
    srv.destroy();
}
