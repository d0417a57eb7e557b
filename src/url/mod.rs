//! URLs (`url.h`).
