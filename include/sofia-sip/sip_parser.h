/* sofia-rs: helpers for SIP header parsers and printers (Sofia-SIP's
 * <sofia-sip/sip_parser.h>).
 *
 * The SIP names of the generic message-parser helpers of <sofia-sip/msg_parser.h>.
 * Sofia's lower-level SIP grammar functions (sip_version_d, sip_name_addr_d/_e,
 * sip_any_route_d, ...) are not exported by sofia-rs and are not declared here.
 * FreeSWITCH's mod_sofia includes this header. */
#ifndef SIP_PARSER_H
/** Defined when <sofia-sip/sip_parser.h> has been included. */
#define SIP_PARSER_H

#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif
#ifndef MSG_H
#include <sofia-sip/msg.h>
#endif
#ifndef MSG_PARSER_H
#include <sofia-sip/msg_parser.h>
#endif
#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef SIP_HEADER_H
#include <sofia-sip/sip_header.h>
#endif
#ifndef SOFIA_SIP_SU_STRING_H
#include <sofia-sip/su_string.h>
#endif

SOFIA_BEGIN_DECLS

/** True when x is a header with a class. */
#define SIP_HDR_TEST(x) ((x)->sh_class)

/* Header classes without an update function. */
#define sip_null_update NULL
#define sip_any_update NULL
#define sip_any_route_update NULL

/* Header objects. */
#define sip_header_dup_as  msg_header_dup_as
#define sip_header_copy_as msg_header_copy_as

/* Alignment and encoding. */
#define SIP_ALIGN             MSG_ALIGN
#define SIP_STRUCT_SIZE_ALIGN MSG_STRUCT_SIZE_ALIGN
#define SIP_STRUCT_ALIGN      MSG_STRUCT_ALIGN
#define SIP_CHAR_E            MSG_CHAR_E
#define SIP_STRING_LEN        MSG_STRING_LEN
#define SIP_STRING_E          MSG_STRING_E
#define SIP_STRING_DUP        MSG_STRING_DUP
#define SIP_STRING_SIZE       MSG_STRING_SIZE
#define SIP_TRANSPORT_LEN(s)  SIP_STRING_SIZE((s))

/* Parameters and parameter lists. */
#define SIP_PARAM_MATCH       MSG_PARAM_MATCH
#define SIP_PARAM_MATCH_P     MSG_PARAM_MATCH_P
#define SIP_N_PARAMS          MSG_N_PARAMS
#define SIP_PARAMS_NUM        MSG_PARAMS_NUM
#define SIP_PARAMS_SIZE       MSG_PARAMS_SIZE
#define sip_params_count      msg_params_count

/* Slot functions of Route-like headers (Route, Record-Route, Path, Service-Route). */
SOFIAPUBFUN issize_t sip_any_route_d(su_home_t *, sip_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_any_route_e(char [], isize_t, sip_header_t const *, int flags);
SOFIAPUBFUN isize_t sip_any_route_dup_xtra(sip_header_t const *h, isize_t offset);
SOFIAPUBFUN char *sip_any_route_dup_one(sip_header_t *dst, sip_header_t const *src, char *b, isize_t xtra);

/** The method at *ss (0: extension method, -1: none); its name in *nname. */
SOFIAPUBFUN sip_method_t sip_method_d(char **ss, char const **nname);

/* Copies of the version and transport strings of header structs: the library's own strings
 * (sip_version_2_0, sip_transport_udp, ...) are shared, others copied to *pp. */
SOFIAPUBFUN isize_t sip_version_xtra(char const *version);
SOFIAPUBFUN void sip_version_dup(char **pp, char const **dd, char const *s);
SOFIAPUBFUN isize_t sip_transport_xtra(char const *transport);
SOFIAPUBFUN void sip_transport_dup(char **pp, char const **dd, char const *s);

SOFIA_END_DECLS

#endif /* SIP_PARSER_H */
