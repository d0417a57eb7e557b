//! Requests sent again after the Retry-After of a final response (Sofia's
//! `nua_base_client_check_restart`): the request is reported as `<event>` 100 "Retry After
//! N" and goes again N seconds later, at most NUTAG_RETRY_COUNT (3) times in a row.
//! - 1.12 (Debian's 1.12.11, measured by `c-tests/nua_retry_after`): any 5xx with
//!   Retry-After below 32 s;
//! - 1.13 (the fork): 404, 413, 480, 486, 500, 503, 600 and 603 with Retry-After below
//!   3200 s, unless the handle's (or the nua's) NUTAG_RETRY_AFTER_ENABLE is 0.
//! Built for REGISTER and the requests of `Stack::request` (MESSAGE, OPTIONS, INFO…); not
//! yet for INVITE, SUBSCRIBE, REFER, NOTIFY and PUBLISH.

use super::*;
use crate::su::timer::Timer;

/// The retries of a handle's request.
#[derive(Default)]
pub(super) struct Retry {
    count: u32,
    timer: Option<Timer>,
}

/// Whether a final `status` with Retry-After `delta` seconds is retried (`enabled`: the
/// fork's NUTAG_RETRY_AFTER_ENABLE).
fn retried(status: i32, delta: u32, enabled: bool) -> bool {
    if cfg!(feature = "abi-1-12") {
        (500..600).contains(&status) && delta < 32
    } else {
        enabled && matches!(status, 404 | 413 | 480 | 486 | 500 | 503 | 600 | 603) && delta < 3200
    }
}

impl Stack {
    /// A final response `status`/`resp` to a request of handle `nh` reported as `event`:
    /// true when the request goes again after its Retry-After (reported here; `again`
    /// sends it then); false when it is reported as usual.
    pub(super) fn retry_after(&self, nh: &NhRef, event: i32, status: i32, resp: *mut MsgObj, again: Box<dyn FnOnce(&Stack, &NhRef)>) -> bool {
        let id = nh.inner().id;
        if resp.is_null() || status < 300 {
            self.with_retry(id, |r| r.count = 0);
            return false;
        }
        // SAFETY: a valid response.
        let delta = unsafe { crate::nta::view::values_of(resp, "retry_after") }
            .first()
            .and_then(|v| String::from_utf8_lossy(v).trim().split(|c: char| !c.is_ascii_digit()).next().and_then(|d| d.parse::<u32>().ok()));
        let count = self.with_retry(id, |r| r.count).unwrap_or(0);
        let Some(delta) = delta.filter(|&d| retried(status, d, self.params_of(id).retry_after_enable) && count < 3) else {
            self.with_retry(id, |r| r.count = 0);
            return false;
        };
        let Some(agent) = self.agent.borrow().clone() else { return false };
        // SAFETY: the agent's live root (this thread).
        let Some(t) = (unsafe { Timer::new(agent.root()) }) else { return false };
        let me = self.me.clone();
        let rnh = nh.clone();
        t.set(delta as crate::su::time::su_duration_t * 1000, move || {
            if let Some(st) = me.upgrade() {
                st.with_retry(rnh.inner().id, |r| r.timer = None);
                again(&st, &rnh);
            }
        });
        self.with_retry(id, |r| {
            r.count += 1;
            r.timer = Some(t);
        });
        self.event(nh.0, event, 100, &format!("Retry After {delta}"), resp, ptr::null());
        true
    }

    fn with_retry<R>(&self, id: u64, f: impl FnOnce(&mut Retry) -> R) -> Option<R> {
        self.handles.borrow_mut().get_mut(&id).map(|h| f(&mut h.retry))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_are_retried() {
        if cfg!(feature = "abi-1-12") {
            assert!(retried(503, 31, true) && retried(502, 1, false));
            assert!(!retried(503, 32, true) && !retried(486, 1, true));
        } else {
            assert!(retried(486, 3199, true) && !retried(486, 1, false));
            assert!(!retried(502, 1, true) && !retried(503, 3200, true));
        }
    }
}
