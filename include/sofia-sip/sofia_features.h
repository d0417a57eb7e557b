/* sofia-rs: version of the Sofia-SIP API these headers describe (Sofia-SIP's
 * <sofia-sip/sofia_features.h>).
 *
 * Programs test SOFIA_SIP_VERSION at compile time (Janus prints it, GNOME Calls parses
 * "major.minor.patch" out of it).  The string follows the flavour: the FreeSWITCH fork's
 * release (default) or Debian 12's 1.12 snapshot (SOFIA_RS_ABI_1_12).
 *
 * The sofia_sip_has_* / sofia_sip_name_version variables of the original library are not
 * exported by sofia-rs, so they are not declared here. */
#ifndef SOFIA_SIP_FEATURES_H
/** Defined when <sofia-sip/sofia_features.h> has been included. */
#define SOFIA_SIP_FEATURES_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif

#if defined(SOFIA_RS_ABI_1_12)
/** Version of the Sofia-SIP API (Debian 12's package). */
#define SOFIA_SIP_VERSION "1.12.11devel"
#else
/** Version of the Sofia-SIP API: the fork's 1.13.17 plus its later additions that
 * FreeSWITCH uses (nua_reload_tls()); FreeSWITCH since August 2026 requires
 * sofia-sip-ua >= 1.13.18. */
#define SOFIA_SIP_VERSION "1.13.18"
#endif

/** Package name and version, "sofia-sip-" SOFIA_SIP_VERSION. */
#define SOFIA_SIP_NAME_VERSION "sofia-sip-" SOFIA_SIP_VERSION

/** Our own marker: these headers come from sofia-rs. */
#define SOFIA_RS 1

#endif /* SOFIA_SIP_FEATURES_H */
