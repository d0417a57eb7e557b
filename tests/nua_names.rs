//! nua names and small pure functions (the C traces are in c-tests/nua_*.c).

use std::ffi::CStr;

use sofia_sip_ua::nua::api::{nua_callstate_name, nua_event_is_incoming_request, nua_event_name, nua_substate_make, nua_substate_name};

fn s(p: *const std::ffi::c_char) -> String {
    // SAFETY: the functions return static C strings.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

#[test]
fn event_names() {
    assert_eq!(s(nua_event_name(-1)), "nua_i_none");
    assert_eq!(s(nua_event_name(0)), "nua_i_error");
    assert_eq!(s(nua_event_name(16)), "nua_i_message");
    assert_eq!(s(nua_event_name(25)), "nua_r_shutdown");
    assert_eq!(s(nua_event_name(41)), "nua_r_message");
    assert_eq!(s(nua_event_name(53)), "NUA_UNKNOWN");
    assert_eq!(s(nua_event_name(54)), "nua_i_register");
    assert_eq!(s(nua_event_name(-2)), "NUA_UNKNOWN");
    assert_eq!(s(nua_event_name(100)), "NUA_UNKNOWN");
    assert_eq!(nua_event_is_incoming_request(16), 1);
    assert_eq!(nua_event_is_incoming_request(41), 0);
}

#[test]
fn state_names() {
    assert_eq!(s(nua_callstate_name(0)), "init");
    assert_eq!(s(nua_callstate_name(10)), "terminated");
    assert_eq!(s(nua_callstate_name(11)), "UNKNOWN");
    assert_eq!(s(nua_substate_name(0)), "pending");
    assert_eq!(s(nua_substate_name(3)), "terminated");
    assert_eq!(s(nua_substate_name(-1)), "active");
    // SAFETY: C string literals.
    unsafe {
        assert_eq!(nua_substate_make(c"Terminated".as_ptr()), 3);
        assert_eq!(nua_substate_make(c"pending".as_ptr()), 1);
        assert_eq!(nua_substate_make(std::ptr::null()), 2);
    }
}
