//! `NTATAG_EXTRA_100`: "100 Trying" for non-INVITE requests the application is slow to
//! answer (RFC 4320 §4.1), as Sofia's nta sends it.
//!
//! Two switches must both be on: the agent's `NTATAG_EXTRA_100` (off by default) and the
//! server transaction's own flag (`nta_incoming_set_params(irq, NTATAG_EXTRA_100(x))`),
//! which starts on in Debian's 1.12.11 and off in the fork since 1.13, so the fork sends
//! the extra 100 only for transactions the application enables one by one.
//! - A retransmission of a request not answered yet gets "100 Trying" when at least T2/2
//!   passed since the request arrived (an INVITE at once; ours has its 100 already).
//! - Over a connection (no retransmissions), timer N1 fires T2/2 after the request arrived
//!   when the agent's flag was on then; it sends "100 Trying" if nothing has been answered
//!   and the transaction's flag is on.
//! - An INVITE gets its "100 Trying" from timer N1 too (200 ms, T2/2 over a connection),
//!   whatever the agent's flag, under the transaction's flag — unless the agent answers
//!   every INVITE "100 Trying" at once (`Params::invite_100`: the user agent layer's, as
//!   Sofia's nua does; a plain nta agent of the C API has it off, as Sofia's nta).

use super::*;

/// The transaction flag's starting value: on in 1.12.11, off in the fork.
pub(super) const IRQ_DEFAULT: bool = cfg!(feature = "abi-1-12");

impl Incoming {
    /// Arms timer N1 for a new non-INVITE request that came over a connection, when the
    /// agent sends extra 100s.
    pub(super) fn arm_extra_100(&self, p: &Params) {
        let (invite, stream) = {
            let s = self.0.st.borrow();
            (s.invite, s.origin.proto.is_stream())
        };
        let ms = if invite && !p.invite_100 {
            // An INVITE without the user agent layer's "100 Trying" at once: timer N1.
            if stream {
                p.t2 / 2
            } else {
                200
            }
        } else if p.extra_100 && stream && !invite {
            p.t2 / 2
        } else {
            return;
        };
        self.0.st.borrow_mut().n1 = true;
        self.arm(0, ms);
    }

    /// Timer N1 fired: "100 Trying" unless something was answered meanwhile.
    pub(super) fn on_n1(&self) {
        let (status, on) = {
            let mut s = self.0.st.borrow_mut();
            s.n1 = false;
            (s.status, s.extra_100)
        };
        if status == 0 && on {
            su_debug!(nta_log, 5, "nta: timer N1 fired, sending 100 Trying\n");
            self.reply(100, Some("Trying"), &mut |_| true);
        } else if status == 0 {
            su_debug!(nta_log, 5, "nta: timer N1 fired, but avoided sending 100 Trying\n");
        }
    }

    /// A retransmission of a request not answered yet: "100 Trying" when both switches are
    /// on and the request is an INVITE or at least T2/2 old. True when it was sent.
    pub(super) fn extra_100_for_retransmission(&self, p: &Params) -> bool {
        let (status, on, invite, since) = {
            let s = self.0.st.borrow();
            (s.status, s.extra_100, s.invite, s.received.1)
        };
        if status != 0 || !on || !p.extra_100 {
            return false;
        }
        // SAFETY: su_nanotime() with a NULL out-pointer only returns the time.
        let now = unsafe { crate::su::time::su_nanotime(ptr::null_mut()) };
        let ms = now.saturating_sub(since) / 1_000_000;
        if !invite && ms * 2 <= u64::from(p.t2) {
            return false;
        }
        su_debug!(nta_log, 5, "nta: re-received request, sending 100 Trying\n");
        self.reply(100, Some("Trying"), &mut |_| true) == 0
    }

    /// The transaction's own flag (nta_incoming_set_params()).
    pub fn set_extra_100(&self, on: bool) {
        self.0.st.borrow_mut().extra_100 = on;
    }
}
