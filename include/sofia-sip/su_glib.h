/* sofia-rs: running a Sofia root inside a GLib main loop (Sofia-SIP's <sofia-sip/su_glib.h>).
 *
 * NOTE: these three functions belong to Sofia-SIP's separate library libsofia-sip-ua-glib
 * (pkg-config sofia-sip-ua-glib), not to libsofia-sip-ua.  sofia-rs does not build that
 * library yet, so a program that calls them (GNOME Calls, telepathy-rakia) compiles
 * against these headers but does not link with sofia-rs alone. */
#ifndef SU_GLIB_SOURCE_H
/** Defined when <sofia-sip/su_glib.h> has been included. */
#define SU_GLIB_SOURCE_H

#ifndef SU_WAIT_H
#include <sofia-sip/su_wait.h>
#endif
#ifndef __GLIB_H__
#include <glib.h>
#endif

SOFIA_BEGIN_DECLS

/** A root whose events are dispatched by a GLib main loop. */
SOFIAPUBFUN su_root_t *su_glib_root_create(su_root_magic_t *) __attribute__((__malloc__));
/** The GSource of such a root (attach it to a GMainContext). */
SOFIAPUBFUN GSource *su_glib_root_gsource(su_root_t *);
/** Make su_root_create() create GLib roots from now on. */
SOFIAPUBFUN void su_glib_prefer_gsource(void);

SOFIA_END_DECLS

#endif /* SU_GLIB_SOURCE_H */
