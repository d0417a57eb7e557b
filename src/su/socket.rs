//! Sockets (`su.h`): thin wrappers of the POSIX calls, and socket address comparison.

use std::ffi::{c_int, c_void};
use std::sync::atomic::{AtomicI32, Ordering};

use crate::su::alloc::isize_t;

pub type su_socket_t = c_int;
pub type issize_t = c_int;

/// `union su_sockaddr_u`: 32 bytes, family at offset 0 (Linux has no `sa_len`).
#[repr(C)]
#[derive(Clone, Copy)]
pub union su_sockaddr_t {
    pub su_array: [u8; 32],
    pub su_array16: [u16; 16],
    pub su_array32: [u32; 8],
    pub su_sa: libc::sockaddr,
    pub su_sin: libc::sockaddr_in,
    pub su_sin6: libc::sockaddr_in6,
}

/// `su_iovec_t`: same layout as `struct iovec`.
#[repr(C)]
pub struct su_iovec_t {
    pub siv_base: *mut c_void,
    pub siv_len: usize,
}

/// Exported settings of `su_socket()`: sockets are made non-blocking unless
/// `su_socket_blocking` is set, and close-on-exec if `su_socket_close_on_exec` is set.
#[no_mangle]
pub static su_socket_blocking: AtomicI32 = AtomicI32::new(0);
#[no_mangle]
pub static su_socket_close_on_exec: AtomicI32 = AtomicI32::new(0);

#[no_mangle]
pub extern "C" fn su_socket(af: c_int, socktype: c_int, proto: c_int) -> su_socket_t {
    // SAFETY: plain system calls on a descriptor we just created.
    unsafe {
        let s = libc::socket(af, socktype, proto);
        if s != -1 {
            if su_socket_close_on_exec.load(Ordering::Relaxed) != 0 {
                libc::fcntl(s, libc::F_SETFD, libc::FD_CLOEXEC);
            }
            if su_socket_blocking.load(Ordering::Relaxed) == 0 {
                su_setblocking(s, 0);
            }
        }
        s
    }
}

#[no_mangle]
pub extern "C" fn su_close(s: su_socket_t) -> c_int {
    // SAFETY: closing a descriptor the caller owns.
    unsafe { libc::close(s) }
}

#[no_mangle]
pub extern "C" fn su_is_blocking(e: c_int) -> c_int {
    (e == libc::EINPROGRESS || e == libc::EAGAIN || e == libc::EWOULDBLOCK) as c_int
}

#[no_mangle]
pub extern "C" fn su_setblocking(s: su_socket_t, blocking: c_int) -> c_int {
    // SAFETY: fcntl on an integer descriptor; errors are returned.
    unsafe {
        let mode = libc::fcntl(s, libc::F_GETFL, 0);
        if mode < 0 {
            return -1;
        }
        let mode = if blocking != 0 { mode & !libc::O_NONBLOCK } else { mode | libc::O_NONBLOCK };
        libc::fcntl(s, libc::F_SETFL, mode)
    }
}

fn setopt(s: su_socket_t, opt: c_int, value: c_int) -> c_int {
    // SAFETY: the option value is a local int of the given size.
    unsafe {
        libc::setsockopt(
            s,
            libc::SOL_SOCKET,
            opt,
            &value as *const c_int as *const c_void,
            std::mem::size_of::<c_int>() as libc::socklen_t,
        )
    }
}

fn getopt(s: su_socket_t, opt: c_int) -> Option<c_int> {
    let mut v: c_int = 0;
    let mut len = std::mem::size_of::<c_int>() as libc::socklen_t;
    // SAFETY: the buffer is a local int and len its size.
    let r = unsafe { libc::getsockopt(s, libc::SOL_SOCKET, opt, &mut v as *mut c_int as *mut c_void, &mut len) };
    (r == 0).then_some(v)
}

/// Sets SO_REUSEPORT and SO_REUSEADDR (as Sofia does where SO_REUSEPORT exists).
#[no_mangle]
pub extern "C" fn su_setreuseaddr(s: su_socket_t, reuse: c_int) -> c_int {
    if setopt(s, libc::SO_REUSEPORT, reuse) < 0 || setopt(s, libc::SO_REUSEADDR, reuse) < 0 {
        return -1;
    }
    0
}

/// The pending error of a socket (SO_ERROR), 0 if none or if it cannot be read.
#[no_mangle]
pub extern "C" fn su_soerror(s: su_socket_t) -> c_int {
    getopt(s, libc::SO_ERROR).unwrap_or(0)
}

#[no_mangle]
pub extern "C" fn su_getsocktype(s: su_socket_t) -> c_int {
    getopt(s, libc::SO_TYPE).unwrap_or(-1)
}

/// Bytes waiting to be read (FIONREAD), -1 on error.
#[no_mangle]
pub extern "C" fn su_getmsgsize(s: su_socket_t) -> issize_t {
    let mut n: c_int = -1;
    // SAFETY: FIONREAD writes one int.
    if unsafe { libc::ioctl(s, libc::FIONREAD, &mut n as *mut c_int) } == -1 {
        return -1;
    }
    n
}

/// `sendmsg()` of the vector, retrying (a bounded number of times) on EAGAIN and EINTR.
#[no_mangle]
pub unsafe extern "C" fn su_vsend(
    s: su_socket_t,
    iov: *const su_iovec_t,
    iovlen: isize_t,
    flags: c_int,
    su: *const su_sockaddr_t,
    sulen: libc::socklen_t,
) -> issize_t {
    if iovlen < 0 || (iov.is_null() && iovlen > 0) {
        crate::su::errno::su_seterrno(libc::EINVAL);
        return -1;
    }
    // SAFETY: msghdr is plain data; zero is a valid initial value.
    let mut hdr: libc::msghdr = unsafe { std::mem::zeroed() };
    hdr.msg_name = su as *mut c_void;
    hdr.msg_namelen = if su.is_null() { 0 } else { sulen };
    hdr.msg_iov = iov as *mut libc::iovec;
    hdr.msg_iovlen = iovlen as usize;
    let mut tries = 100;
    loop {
        // SAFETY: the header points at the caller's vector and address.
        let r = unsafe { libc::sendmsg(s, &hdr, flags) };
        if r != -1 {
            return r as issize_t;
        }
        let e = crate::su::errno::su_errno();
        tries -= 1;
        if tries == 0 || (e != libc::EAGAIN && e != libc::EINTR) {
            return -1;
        }
        if e == libc::EAGAIN {
            std::thread::yield_now();
        }
    }
}

/// `recvmsg()` into the vector; the sender's address goes to `su`/`sulen` if given.
#[no_mangle]
pub unsafe extern "C" fn su_vrecv(
    s: su_socket_t,
    iov: *mut su_iovec_t,
    iovlen: isize_t,
    flags: c_int,
    su: *mut su_sockaddr_t,
    sulen: *mut libc::socklen_t,
) -> issize_t {
    if iovlen < 0 || (iov.is_null() && iovlen > 0) {
        crate::su::errno::su_seterrno(libc::EINVAL);
        return -1;
    }
    // SAFETY: msghdr is plain data; zero is a valid initial value.
    let mut hdr: libc::msghdr = unsafe { std::mem::zeroed() };
    if !su.is_null() && !sulen.is_null() {
        hdr.msg_name = su as *mut c_void;
        // SAFETY: caller's length.
        hdr.msg_namelen = unsafe { *sulen };
    }
    hdr.msg_iov = iov as *mut libc::iovec;
    hdr.msg_iovlen = iovlen as usize;
    // SAFETY: the header points at the caller's buffers.
    let r = unsafe { libc::recvmsg(s, &mut hdr, flags) };
    if !su.is_null() && !sulen.is_null() {
        // SAFETY: caller's length.
        unsafe { *sulen = hdr.msg_namelen };
    }
    r as issize_t
}

fn family(a: &su_sockaddr_t) -> c_int {
    // SAFETY: every member starts with the 16-bit family (no sa_len on Linux).
    unsafe { a.su_sa.sa_family as c_int }
}

fn port(a: &su_sockaddr_t) -> u16 {
    // SAFETY: the port is at the same offset in sockaddr_in and sockaddr_in6.
    unsafe { a.su_sin.sin_port }
}

fn bytes(a: &su_sockaddr_t) -> &[u8; 32] {
    // SAFETY: the union is 32 plain bytes.
    unsafe { &a.su_array }
}

/// Address bytes compared for the family: IPv4 address, IPv6 address, or the first 16
/// bytes (a `struct sockaddr`) of other families.
fn addr_bytes(a: &su_sockaddr_t) -> &[u8] {
    let b = bytes(a);
    match family(a) {
        libc::AF_INET => &b[4..8],
        libc::AF_INET6 => &b[8..24],
        _ => &b[..16],
    }
}

fn sign(o: std::cmp::Ordering) -> c_int {
    o as c_int
}

/// Orders socket addresses by family, address, then port; NULL sorts first.
#[no_mangle]
pub unsafe extern "C" fn su_cmp_sockaddr(a: *const su_sockaddr_t, b: *const su_sockaddr_t) -> c_int {
    // SAFETY: NULL or valid 32-byte unions.
    let (a, b) = match unsafe { (a.as_ref(), b.as_ref()) } {
        (None, None) => return 0,
        (None, Some(_)) => return -1,
        (Some(_), None) => return 1,
        (Some(a), Some(b)) => (a, b),
    };
    let rv = family(a) - family(b);
    if rv != 0 {
        return rv;
    }
    let rv = sign(addr_bytes(a).cmp(addr_bytes(b)));
    if rv != 0 {
        return rv;
    }
    port(a) as c_int - port(b) as c_int
}

/// Does `b` match the pattern `a`? A zero family, a wildcard address, a zero port or a
/// zero IPv6 scope in `a` match anything. NULL `a` matches everything, NULL `b` nothing.
#[no_mangle]
pub unsafe extern "C" fn su_match_sockaddr(a: *const su_sockaddr_t, b: *const su_sockaddr_t) -> c_int {
    // SAFETY: NULL or valid 32-byte unions.
    let (a, b) = match unsafe { (a.as_ref(), b.as_ref()) } {
        (None, _) => return 1,
        (_, None) => return 0,
        (Some(a), Some(b)) => (a, b),
    };
    let fa = family(a);
    if fa != 0 && fa != family(b) {
        return 0;
    }
    let any = match fa {
        libc::AF_INET => addr_bytes(a).iter().all(|&x| x == 0),
        libc::AF_INET6 => addr_bytes(a).iter().all(|&x| x == 0),
        _ => false,
    };
    if fa == 0 || any {
        // any address
    } else if fa == libc::AF_INET6 {
        // SAFETY: reading the 32-bit words of plain data.
        let (sa, sb) = unsafe { (a.su_array32[6], b.su_array32[6]) };
        if sa != 0 && sa != sb {
            return 0;
        }
        if addr_bytes(a) != addr_bytes(b) {
            return 0;
        }
    } else if addr_bytes(a) != addr_bytes(b) {
        return 0;
    }
    (port(a) == 0 || port(a) == port(b)) as c_int
}

/// Turns an IPv4-mapped or IPv4-compatible IPv6 address into a plain IPv4 one.
#[no_mangle]
pub unsafe extern "C" fn su_canonize_sockaddr(su: *mut su_sockaddr_t) {
    // SAFETY: NULL or a valid union.
    let Some(su) = (unsafe { su.as_mut() }) else { return };
    if family(su) != libc::AF_INET6 {
        return;
    }
    let a = &bytes(su)[8..24];
    let zero8 = a[..8].iter().all(|&x| x == 0);
    let mapped = zero8 && a[8..12] == [0, 0, 0xff, 0xff];
    let last = u32::from_be_bytes([a[12], a[13], a[14], a[15]]);
    let compat = zero8 && a[8..12] == [0, 0, 0, 0] && last != 0 && last != 1;
    if !mapped && !compat {
        return;
    }
    // SAFETY: rewriting plain data in place.
    unsafe {
        su.su_sa.sa_family = libc::AF_INET as libc::sa_family_t;
        su.su_array32[1] = su.su_array32[5];
        su.su_array32[2] = 0;
        su.su_array32[3] = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(a: [u8; 4], p: u16) -> su_sockaddr_t {
        let mut s = su_sockaddr_t { su_array: [0; 32] };
        // Writing union fields needs no unsafe.
        s.su_sin.sin_family = libc::AF_INET as libc::sa_family_t;
        s.su_sin.sin_port = p.to_be();
        s.su_sin.sin_addr.s_addr = u32::from_ne_bytes(a);
        s
    }

    #[test]
    fn compare_and_match() {
        let a = v4([10, 0, 0, 1], 5060);
        let b = v4([10, 0, 0, 2], 5060);
        let any = v4([0, 0, 0, 0], 0);
        // SAFETY: pointers to locals.
        unsafe {
            assert!(su_cmp_sockaddr(&a, &b) < 0);
            assert!(su_cmp_sockaddr(&b, &a) > 0);
            assert_eq!(su_cmp_sockaddr(&a, &a), 0);
            assert_eq!(su_cmp_sockaddr(std::ptr::null(), &a), -1);
            assert_eq!(su_match_sockaddr(&any, &a), 1);
            assert_eq!(su_match_sockaddr(&a, &b), 0);
            assert_eq!(su_match_sockaddr(&a, std::ptr::null()), 0);
        }
    }

    #[test]
    fn canonize_mapped() {
        let mut s = su_sockaddr_t { su_array: [0; 32] };
        // SAFETY: plain data.
        unsafe {
            s.su_sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            s.su_sin6.sin6_port = 5060u16.to_be();
            s.su_sin6.sin6_addr.s6_addr = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1];
            su_canonize_sockaddr(&mut s);
            assert_eq!(s.su_sin.sin_family as c_int, libc::AF_INET);
            assert_eq!(s.su_sin.sin_addr.s_addr.to_ne_bytes(), [192, 0, 2, 1]);
            assert_eq!(u16::from_be(s.su_sin.sin_port), 5060);
        }
    }
}
