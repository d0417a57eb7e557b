//! `NTATAG_TLS_ORQ_CONNECT_TIMEOUT` (FreeSWITCH's fork, 1.13.2): how long a client
//! transaction waits for the TLS connection of its target to be established (TCP connect and
//! handshake) before it goes to the next resolved target, RFC 3263 §4.3.
//!
//! As the fork: the agent's value (0: off), or the request's own
//! (`nta_outgoing_tcreate/mcreate(…, NTATAG_TLS_ORQ_CONNECT_TIMEOUT(ms))`, 0 turning it off for
//! that request); at least 1000 ms. Timer N3 starts when the request is handed to a TLS
//! connection that is not up yet; when it fires and the connection is still not up and
//! nothing was answered, the request goes to the next target (new branch and Via).
//! With no target left the fork sends the request on the same connection again and restarts
//! timer B/F, so the transaction never times out while the peer holds the connection open;
//! we keep timer B/F running instead (RFC 3261 §17.1: the request ends with 408), see
//! docs/deviations.md.

use super::*;

/// The shortest timeout the fork uses.
const MIN_MS: u32 = 1000;

impl Outgoing {
    /// The request's own timeout (ms; 0: none for this request), over the agent's.
    pub fn set_tls_connect_timeout(&self, ms: u32) {
        self.0.st.borrow_mut().tls_timeout = Some(ms.min(TIME_MAX));
        self.arm_n3();
    }

    /// Whether the request waits for its TLS connection to come up, without any answer.
    fn waits_for_tls(&self, agent: &Agent) -> bool {
        let (proto, conn, phase, status) = {
            let s = self.0.st.borrow();
            (s.proto, s.conn, s.phase, s.status)
        };
        proto == Proto::Tls
            && phase == Phase::Calling
            && status == 0
            && conn.and_then(|c| agent.tport()?.conn_info(c)).is_some_and(|i| i.connecting)
    }

    /// Timer N3 (in timer A's place: a TLS request is never retransmitted), after the request
    /// went to a TLS connection that is not up yet.
    pub(super) fn arm_n3(&self) {
        let Some(agent) = self.agent() else { return };
        let ms = self.0.st.borrow().tls_timeout.unwrap_or(agent.params().tls_orq_connect_timeout);
        let timers = self.0.timers.borrow();
        let Some((a, _)) = timers.as_ref() else { return };
        if ms == 0 || !self.waits_for_tls(&agent) {
            if self.0.st.borrow().proto == Proto::Tls {
                a.reset();
            }
            return;
        }
        let w = Rc::downgrade(&self.0);
        a.set(ms.max(MIN_MS) as _, move || {
            if let Some(o) = w.upgrade() {
                Outgoing(o).on_n3();
            }
        });
    }

    fn on_n3(&self) {
        let Some(agent) = self.agent() else { return };
        if !self.waits_for_tls(&agent) {
            return;
        }
        if self.has_alternatives() {
            su_debug!(nta_log, 5, "nta: timer N3 fired (proto: tls), trying alternative server for {} ({})\n", String::from_utf8_lossy(&self.method()), self.cseq());
            if self.try_next(true) {
                return;
            }
            self.local_reply(503, "Service Unavailable");
        } else {
            su_debug!(nta_log, 5, "nta: timer N3 fired (proto: tls), no other server for {} ({})\n", String::from_utf8_lossy(&self.method()), self.cseq());
        }
    }
}
