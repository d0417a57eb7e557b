/* sofia-rs: SIP utility functions (Sofia-SIP's sip_util.h). */
#ifndef SIP_UTIL_H
#define SIP_UTIL_H

#ifndef SIP_HEADER_H
#include <sofia-sip/sip_header.h>
#endif

SOFIA_BEGIN_DECLS

/** Strip a URL to an address-of-record: no port, headers, transport or lr parameter. */
SOFIAPUBFUN int sip_aor_strip(url_t *url);

SOFIAPUBFUN sip_contact_t *sip_contact_create_from_via_with_transport(su_home_t *home,
                                                                     sip_via_t const *v,
                                                                     char const *user,
                                                                     char const *transport);
SOFIAPUBFUN sip_contact_t *sip_contact_create_from_via(su_home_t *, sip_via_t const *,
                                                      char const *user);
SOFIAPUBFUN char *sip_contact_string_from_via(su_home_t *home, sip_via_t const *v,
                                              char const *user, char const *transport);
SOFIAPUBFUN int sip_transport_has_tls(char const *transport_name);
SOFIAPUBFUN int sip_response_terminates_dialog(int response_code, sip_method_t method,
                                               int *return_graceful_terminate);
SOFIAPUBFUN int sip_sanity_check(sip_t const *sip);
SOFIAPUBFUN unsigned sip_q_value(char const *q);
SOFIAPUBFUN url_t *sip_url_dup(su_home_t *sh, url_t const *o);

#define SIP_STRLOG(prefix, s) ((s) ? (prefix) : ""), ((s) ? (s) : "")

SOFIAPUBFUN int sip_addr_match(sip_addr_t const *a, sip_addr_t const *b);

SOFIAPUBFUN int sip_route_is_loose(sip_route_t const *r);
SOFIAPUBFUN sip_route_t *sip_route_remove(msg_t *msg, sip_t *sip);
SOFIAPUBFUN sip_route_t *sip_route_pop(msg_t *msg, sip_t *sip);
SOFIAPUBFUN sip_route_t *sip_route_follow(msg_t *msg, sip_t *sip);
SOFIAPUBFUN sip_route_t *sip_route_reverse(su_home_t *, sip_route_t const *);
SOFIAPUBFUN sip_route_t *sip_route_fixdup(su_home_t *, sip_route_t const *);
SOFIAPUBFUN sip_route_t *sip_route_fix(sip_route_t *route);
SOFIAPUBFUN sip_route_t *sip_route_fixdup_as(su_home_t *, msg_hclass_t *, sip_route_t const *);
SOFIAPUBFUN sip_route_t *sip_route_reverse_as(su_home_t *, msg_hclass_t *, sip_route_t const *);
SOFIAPUBFUN sip_via_t *sip_via_remove(msg_t *msg, sip_t *sip);

#define sip_params_add          msg_params_add
#define sip_params_cmp          msg_params_cmp
#define sip_params_replace      msg_params_replace
#define sip_params_find         msg_params_find

SOFIA_END_DECLS

#endif /* SIP_UTIL_H */
