/* sofia-rs: compiler and export configuration shared by every public header.
 *
 * ABI flavour: the headers describe the FreeSWITCH fork (1.13) by default.  Define
 * SOFIA_RS_ABI_1_12 (our sofia-sip-ua-1.12 pkg-config file does) to get Debian's 1.12
 * layout of sip_t and numbering of url_type_e. */
#ifndef SU_CONFIG_H
#define SU_CONFIG_H

#ifndef SU_CONFIGURE_H
#include <sofia-sip/su_configure.h>
#endif

#if !defined(__GNUC__) && !defined(__attribute__)
#define __attribute__(x)
#endif

#if defined(__cplusplus)
#define SOFIA_BEGIN_DECLS extern "C" {
#define SOFIA_END_DECLS }
#else
#define SOFIA_BEGIN_DECLS
#define SOFIA_END_DECLS
#endif

#define SOFIAPUBFUN
#define SOFIAPUBVAR extern
#define SOFIACALL

#define BNF_DLL   SOFIAPUBFUN
#define HTTP_DLL  SOFIAPUBFUN
#define IPT_DLL   SOFIAPUBFUN
#define AUTH_DLL  SOFIAPUBFUN
#define MSG_DLL   SOFIAPUBFUN
#define NEA_DLL   SOFIAPUBFUN
#define NTA_DLL   SOFIAPUBFUN
#define NTH_DLL   SOFIAPUBFUN
#define NUA_DLL   SOFIAPUBFUN
#define SIP_DLL   SOFIAPUBFUN
#define SDP_DLL   SOFIAPUBFUN
#define SOA_DLL   SOFIAPUBFUN
#define STUN_DLL  SOFIAPUBFUN
#define SU_DLL    SOFIAPUBFUN
#define TPORT_DLL SOFIAPUBFUN
#define URL_DLL   SOFIAPUBFUN
#define SRESOLV_DLL SOFIAPUBFUN

#if defined(SOFIA_RS_ABI_1_12)
#define SOFIA_SIP_ABI_VERSION 112
#else
#define SOFIA_SIP_ABI_VERSION 113
#endif

#endif /* SU_CONFIG_H */
