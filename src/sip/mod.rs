//! SIP (`sip_*`): methods, status phrases, headers.
