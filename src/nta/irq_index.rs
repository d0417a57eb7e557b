//! The agent's index of its server transactions: by key (branch and method, see
//! [`irq_key`]) and by Call-ID.
//!
//! Both maps are keyed by a keyed SipHash of the text (a `RandomState` of the agent: the
//! text comes from the network) and hold the few transactions of one hash; the key itself
//! stays in the transaction (no key copied onto the heap per transaction). A lookup by key
//! compares the transactions' keys; the Call-ID lists may hold other Call-IDs of the same
//! hash, which their users compare anyway.

use std::hash::{BuildHasher, RandomState};

use smallvec::SmallVec;

use super::*;
use crate::su::alloc::IdMap;

type Bucket = SmallVec<[Incoming; 1]>;

#[derive(Default)]
pub(super) struct IrqIndex {
    hasher: RandomState,
    by_key: IdMap<Bucket>,
    /// Transactions in `by_key`.
    len: usize,
    by_call: IdMap<Bucket>,
}

impl IrqIndex {
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The hash of a key (or Call-ID) in this index.
    pub(super) fn hash(&self, text: &[u8]) -> u64 {
        self.hasher.hash_one(text)
    }

    /// The transaction with key `key`.
    pub(super) fn get(&self, key: &IrqKey) -> Option<Incoming> {
        let b = self.by_key.get(&key.hash)?;
        b.iter().find(|i| i.0.st.borrow().key == key.bytes).cloned()
    }

    /// Every transaction (for which `f` is true), in no particular order.
    pub(super) fn find(&self, mut f: impl FnMut(&Incoming) -> bool) -> Option<Incoming> {
        self.by_key.values().flatten().find(|i| f(i)).cloned()
    }

    /// The transactions with Call-ID `call_id` (and maybe others of the same hash); None
    /// when there are none.
    pub(super) fn by_call(&self, call_id: &[u8]) -> Option<Vec<Incoming>> {
        self.by_call.get(&self.hasher.hash_one(call_id)).map(|b| b.to_vec())
    }

    /// Adds `irq` under `key` (replacing a transaction with the same key), and under
    /// `call_id` when `by_call` (the Call-ID index serves ACK matching, which only INVITEs
    /// need, and the merged-request check while NTATAG_MERGE_482 is on: see
    /// [`IrqIndex::index_calls`]).
    pub(super) fn insert(&mut self, irq: &Incoming, key: &IrqKey, call_id: &[u8], by_call: bool) {
        let b = self.by_key.entry(key.hash).or_default();
        let before = b.len();
        b.retain(|i| i.0.st.borrow().key != key.bytes);
        self.len -= before - b.len();
        b.push(irq.clone());
        self.len += 1;
        if by_call {
            self.by_call.entry(self.hasher.hash_one(call_id)).or_default().push(irq.clone());
        }
    }

    /// Puts every transaction into the Call-ID index (NTATAG_MERGE_482 turned on: the
    /// transactions made while it was off are compared too).
    pub(super) fn index_calls(&mut self) {
        self.by_call.clear();
        for i in self.by_key.values().flatten() {
            // SAFETY: a transaction's request lives as long as the transaction.
            let call_id = unsafe { view::call_id_ref(i.request()) }.unwrap_or_default();
            self.by_call.entry(self.hasher.hash_one(call_id)).or_default().push(i.clone());
        }
    }

    /// Removes `irq` (stored under `key` and `call_id`).
    pub(super) fn remove(&mut self, irq: &Incoming, key: &[u8], call_id: &[u8]) {
        let h = self.hasher.hash_one(key);
        if let Some(b) = self.by_key.get_mut(&h) {
            let before = b.len();
            b.retain(|i| !Rc::ptr_eq(&i.0, &irq.0));
            self.len -= before - b.len();
            if b.is_empty() {
                self.by_key.remove(&h);
            }
        }
        if self.by_call.is_empty() {
            return;
        }
        let h = self.hasher.hash_one(call_id);
        if let Some(b) = self.by_call.get_mut(&h) {
            b.retain(|i| !Rc::ptr_eq(&i.0, &irq.0));
            if b.is_empty() {
                self.by_call.remove(&h);
            }
        }
    }

    /// Takes every transaction out.
    pub(super) fn drain(&mut self) -> Vec<Incoming> {
        self.by_call.clear();
        self.len = 0;
        self.by_key.drain().flat_map(|(_, b)| b).collect()
    }
}
