//! Message dump (`TPORT_DUMP` / `MSG_DUMP` in the environment, `TPTAG_DUMP("file")`): the raw
//! bytes of every message received and sent are appended to a file (`-` = standard output),
//! in Sofia's dump layout:
//!
//! ```text
//! dump started at Fri Nov 27 16:04:54 2026
//! <empty line>
//! <empty line>
//! recv 257 bytes from udp/[127.0.0.1]:35718 at 16:04:55.430759:
//! <the 257 bytes as received>\v
//! sent 201 bytes to udp/[127.0.0.1]:35718 at 16:04:55.431283:
//! <the 201 bytes as sent>\v
//! ```
//!
//! Each record is a stamp line (direction, byte count, transport, peer address and port,
//! time of day in UTC with microseconds), the bytes, then a vertical tab and a newline.
//!
//! The stack loop never writes the file itself: records go through a bounded queue to a
//! writer thread of their own (which also opens the file). When the queue is full a record is
//! dropped (counted, see [`Dump::dropped`]); write errors (disk full, closed pipe) are
//! ignored, so the dump can neither block nor break the transport. Only the end of a dump
//! (its last tport destroyed) waits, at most a second, for the queue to be written.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};

use super::Proto;

/// Records waiting for the writer thread at most.
const QUEUE: usize = 1024;

/// An open dump (shared by the tports that write to it).
#[derive(Debug)]
pub struct Dump {
    path: String,
    tx: Mutex<Option<SyncSender<Vec<u8>>>>,
    /// Set when the writer thread has written everything and ended. A mutex and condition
    /// variable, not a channel: a blocking channel receive would give the dropping thread
    /// (maybe the application's main thread) a thread handle it never frees.
    done: Arc<(Mutex<bool>, Condvar)>,
    /// The writer thread, joined once it has finished (so that it is gone, stack and all,
    /// when the last tport using the dump is).
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
    dropped: AtomicU64,
}

/// How long dropping a dump waits for its queue to be written at most.
const DRAIN_WAIT: Duration = Duration::from_millis(1000);

/// The dump file the environment asks for (`TPORT_DUMP`, else `MSG_DUMP`; not empty).
pub fn env_path() -> Option<String> {
    ["TPORT_DUMP", "MSG_DUMP"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|p| !p.is_empty()))
}

impl Dump {
    /// Starts a dump appending to `path` (`-` = standard output). The file is opened by the
    /// writer thread; if it cannot be opened nothing is written (as Sofia, no error).
    pub fn open(path: &str) -> Option<Arc<Dump>> {
        let (tx, rx) = sync_channel::<Vec<u8>>(QUEUE);
        let done = Arc::new((Mutex::new(false), Condvar::new()));
        let done_w = done.clone();
        let p = path.to_owned();
        let started = std::thread::Builder::new().name("tport-dump".into()).spawn(move || {
            // Dropped when the thread ends: tells `Drop for Dump` that all is written.
            let _done = Finished(done_w);
            let mut out: Box<dyn Write> = if p == "-" {
                Box::new(std::io::stdout())
            } else {
                match std::fs::OpenOptions::new().create(true).append(true).open(&p) {
                    Ok(f) => Box::new(f),
                    Err(e) => {
                        crate::su_debug!(crate::su::log::tport_log, 3, "tport: cannot open dump file {}: {}\n", p, e);
                        return;
                    }
                }
            };
            let head = format!("dump started at {}\n\n\n", ctime(SystemTime::now()));
            let _ = out.write_all(head.as_bytes()).and_then(|_| out.flush());
            while let Ok(rec) = rx.recv() {
                // Errors are ignored: the next record is tried again.
                let _ = out.write_all(&rec).and_then(|_| out.flush());
            }
        });
        let Ok(writer) = started else { return None };
        Some(Arc::new(Dump { path: path.to_owned(), tx: Mutex::new(Some(tx)), done, writer: Mutex::new(Some(writer)), dropped: AtomicU64::new(0) }))
    }

    /// The file name given at [`Dump::open`].
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Records dropped because the writer thread fell behind.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Queues one record (`sent` true: "sent … to", else "recv … from"); never blocks.
    pub fn record(&self, sent: bool, proto: Proto, peer: &SocketAddr, data: &[u8]) {
        let rec = format_record(sent, proto, peer, data, SystemTime::now());
        let r = match self.tx.lock() {
            Ok(tx) => match tx.as_ref() {
                Some(tx) => tx.try_send(rec),
                None => return,
            },
            Err(_) => return,
        };
        match r {
            Ok(()) => {}
            Err(TrySendError::Full(_)) | Err(TrySendError::Disconnected(_)) => {
                self.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

impl Drop for Dump {
    /// The last user of a dump (a tport being destroyed) waits a little, bounded, for the
    /// queued records to reach the file, so that it is complete when e.g. `nta_agent_destroy`
    /// returns (Sofia writes synchronously).
    fn drop(&mut self) {
        if let Ok(mut tx) = self.tx.lock() {
            tx.take();
        }
        let (m, cv) = &*self.done;
        let finished = match m.lock() {
            Ok(g) => cv.wait_timeout_while(g, DRAIN_WAIT, |finished| !*finished).map(|(g, _)| *g).unwrap_or(false),
            Err(_) => false,
        };
        // A writer that has finished is only returning: join it. One still writing (a slow
        // file) is left to end by itself rather than blocking the stack.
        if finished {
            if let Some(w) = self.writer.lock().ok().and_then(|mut w| w.take()) {
                let _ = w.join();
            }
        }
    }
}

/// Marks the writer thread finished when dropped (whichever way the thread ends).
struct Finished(Arc<(Mutex<bool>, Condvar)>);

impl Drop for Finished {
    fn drop(&mut self) {
        let (m, cv) = &*self.0;
        if let Ok(mut g) = m.lock() {
            *g = true;
        }
        cv.notify_all();
    }
}

/// One dump record: stamp line, the bytes, `\v\n`.
pub fn format_record(sent: bool, proto: Proto, peer: &SocketAddr, data: &[u8], now: SystemTime) -> Vec<u8> {
    let (what, how) = if sent { ("sent", "to") } else { ("recv", "from") };
    let stamp = super::msglog::stamp(what, how, proto, peer, data.len(), now);
    let mut rec = Vec::with_capacity(stamp.len() + data.len() + 2);
    rec.extend_from_slice(stamp.as_bytes());
    rec.extend_from_slice(data);
    rec.extend_from_slice(b"\x0b\n");
    rec
}

/// `Www Mmm dd hh:mm:ss yyyy` (as C's `ctime`, without its newline), in UTC.
pub fn ctime(t: SystemTime) -> String {
    let secs = t.duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    // Civil date from days since 1970-01-01 (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    const WD: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MO: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        WD[days.rem_euclid(7) as usize],
        MO[(month - 1) as usize],
        day,
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        year
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_layout() {
        let peer: SocketAddr = "127.0.0.1:35718".parse().unwrap();
        let t = SystemTime::UNIX_EPOCH + Duration::from_micros(3_723_000_042);
        let r = format_record(true, Proto::Udp, &peer, b"SIP/2.0 200 OK\r\n\r\n", t);
        assert_eq!(r, b"sent 18 bytes to udp/[127.0.0.1]:35718 at 01:02:03.000042:\nSIP/2.0 200 OK\r\n\r\n\x0b\n");
        let peer6: SocketAddr = "[::1]:5060".parse().unwrap();
        let r = format_record(false, Proto::Tcp, &peer6, b"x", t);
        assert!(r.starts_with(b"recv 1 bytes from tcp/[::1]:5060 at 01:02:03.000042:\nx"));
    }

    #[test]
    fn ctime_layout() {
        // 2026-11-27 16:04:54 UTC was a Friday.
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_795_494);
        assert_eq!(ctime(t), "Fri Nov 27 16:04:54 2026");
        assert_eq!(ctime(SystemTime::UNIX_EPOCH), "Thu Jan  1 00:00:00 1970");
        let leap = SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(ctime(leap), "Tue Feb 29 00:00:00 2000");
    }
}
