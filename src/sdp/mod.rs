//! SDP (`sdp.h`): parser, printer, copies and comparisons over Sofia's C structs.
