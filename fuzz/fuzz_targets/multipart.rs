#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| sofia_sip_ua_fuzz::multipart(data));
