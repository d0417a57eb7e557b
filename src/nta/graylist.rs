//! SRV target graylisting (`NTATAG_GRAYLIST`, seconds; Sofia's default 600, 0: off), as
//! Sofia's nta: when a client transaction leaves a target that came from an SRV record
//! without having had any response from it (timeout, transport error, or a 503 as its first
//! response), that record's priority in the agent's DNS cache is set below every other of its
//! name (the highest priority number + 1), and the SRV records of that name are kept for the
//! graylisting period; later requests to the name try that target last. Targets found
//! otherwise (A/AAAA only, NAPTR "a" records) are not graylisted, as in Sofia.

use super::*;

/// The SRV record a target came from: its owner name, target and port.
#[derive(Clone, Debug)]
pub(super) struct SrvOrigin {
    pub name: Vec<u8>,
    pub target: Vec<u8>,
    pub port: u16,
}

impl ResolveCtx {
    /// `dns_srv` found the targets `from..to` of a lookup through the SRV record `origin`.
    pub(super) fn note_srv(&self, origin: SrvOrigin, from: usize, to: usize) {
        if from < to {
            self.srv_of.borrow_mut().push((from, to, origin));
        }
    }

    /// Per target of the lookup (`n` of them), the SRV record it came from.
    pub(super) fn origins(&self, n: usize) -> Vec<Option<SrvOrigin>> {
        let noted = self.srv_of.borrow();
        (0..n).map(|i| noted.iter().find(|(a, b, _)| (*a..*b).contains(&i)).map(|(_, _, o)| o.clone())).collect()
    }
}

impl Outgoing {
    /// Moving on from the target being tried: graylists its SRV record when it gave no
    /// response at all (the caller checks that nothing above 100 came).
    pub(super) fn graylist_current(&self, agent: &Agent) {
        let Some(origin) = self.0.st.borrow_mut().current.take() else { return };
        let secs = agent.params().graylist;
        if secs == 0 || self.status() != 0 {
            return;
        }
        let now = crate::sres::core::now_secs();
        let name = crate::sres::core::toplevel(&origin.name);
        let n = agent.0.dns_cache.lock().unwrap_or_else(|e| e.into_inner()).set_srv_priority(&name, &origin.target, origin.port, secs, now);
        su_debug!(
            nta_log,
            3,
            "nta: graylisting {}:{} of {} ({} SRV records)\n",
            String::from_utf8_lossy(&origin.target),
            origin.port,
            String::from_utf8_lossy(&origin.name),
            n
        );
    }
}
