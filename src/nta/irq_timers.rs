//! The timers of the server transactions (G, H, I, J, P1, P2, N1): one root timer per agent
//! for all of them, as Sofia's nta keeps its transactions' deadlines in agent-wide queues,
//! instead of two root timers per transaction.
//!
//! Each transaction has two timer slots (0 and 1, as before); arming one pushes its deadline
//! with a new sequence number onto the agent's heap and records the number in the slot.
//! Resetting a slot only clears the number: an entry whose number is no longer its slot's is
//! skipped when it comes due (and dropped from the top of the heap early). The root timer is
//! set for the earliest deadline and runs every entry that is due, earliest first (in arming
//! order for equal deadlines).

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::*;
use crate::su::time;

/// One armed deadline.
struct Due {
    /// su_time() clock, microseconds.
    at: u64,
    seq: u64,
    irq: Weak<IrqInner>,
    which: u8,
}

impl PartialEq for Due {
    fn eq(&self, o: &Self) -> bool {
        (self.at, self.seq) == (o.at, o.seq)
    }
}
impl Eq for Due {}
impl PartialOrd for Due {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Due {
    /// Reversed: the heap's greatest is the earliest deadline (then the first armed).
    fn cmp(&self, o: &Self) -> Ordering {
        (o.at, o.seq).cmp(&(self.at, self.seq))
    }
}

impl Due {
    /// Still armed: the transaction lives and its slot holds this arming.
    fn live(&self) -> Option<Rc<IrqInner>> {
        self.irq.upgrade().filter(|i| i.armed[self.which as usize].get() == self.seq)
    }
}

/// The agent's queue of server-transaction deadlines.
#[derive(Default)]
pub(super) struct IrqTimers {
    heap: BinaryHeap<Due>,
    seq: u64,
    /// The deadline the root timer is set for.
    set_for: Option<u64>,
    /// The root timer (made at the first arming).
    timer: Option<Timer>,
}

impl IrqTimers {
    /// Forgets every deadline and the root timer (agent destroyed).
    pub(super) fn clear(&mut self) -> Option<Timer> {
        self.heap.clear();
        self.set_for = None;
        self.timer.take()
    }
}

impl Agent {
    /// Arms slot `which` of `irq` to fire after `ms` milliseconds (the slot gets the
    /// arming's number, never 0).
    pub(super) fn arm_irq(&self, irq: &IrqInner, which: usize, ms: u32) {
        let at = time::add_us(time::now_us(), ms as _);
        {
            let mut q = self.0.irq_timers.borrow_mut();
            q.seq += 1;
            let seq = q.seq;
            // Recorded before the root timer is set: an entry is live only while its
            // number is the slot's.
            irq.armed[which].set(seq);
            q.heap.push(Due { at, seq, irq: irq.me.borrow().clone(), which: which as u8 });
        }
        self.set_irq_timer();
    }

    /// Sets the root timer for the earliest live deadline (unless it is set for that or
    /// earlier already); entries no longer armed are dropped from the top.
    fn set_irq_timer(&self) {
        let mut q = self.0.irq_timers.borrow_mut();
        let at = loop {
            match q.heap.peek() {
                None => return,
                Some(d) if d.live().is_none() => {
                    q.heap.pop();
                }
                Some(d) => break d.at,
            }
        };
        if q.set_for.is_some_and(|s| s <= at) {
            return;
        }
        if q.timer.is_none() {
            // SAFETY: the agent's live root (Agent::create contract), on its thread.
            q.timer = unsafe { Timer::new(self.0.root) };
        }
        let now = time::now_us();
        let ms = at.saturating_sub(now).div_ceil(1000);
        let weak = self.0.me.clone();
        let set = q.timer.as_ref().is_some_and(|t| {
            t.set(ms.min(i32::MAX as u64) as _, move || {
                if let Some(a) = weak.upgrade() {
                    Agent(a).run_irq_timers();
                }
            })
        });
        q.set_for = set.then_some(at);
    }

    /// The root timer fired: every due deadline runs, earliest first.
    fn run_irq_timers(&self) {
        self.0.irq_timers.borrow_mut().set_for = None;
        let now = time::now_us();
        loop {
            let due = {
                let mut q = self.0.irq_timers.borrow_mut();
                match q.heap.peek() {
                    Some(d) if d.at <= now => q.heap.pop(),
                    _ => None,
                }
            };
            let Some(d) = due else { break };
            if let Some(i) = d.live() {
                i.armed[d.which as usize].set(0);
                Incoming(i).on_timer(d.which as usize);
            }
        }
        if !self.destroyed() {
            self.set_irq_timer();
        }
    }
}
