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

/* Caller preferences (RFC 3841). */
SOFIAPUBFUN int sip_prefs_matching(char const *pvalue, char const *nvalue, int *return_parse_error);
SOFIAPUBFUN int sip_is_callerpref(char const *param);

/** Type of a feature-tag value. */
enum sp_type {
  sp_error = -1,
  sp_init,
  sp_literal,
  sp_string,
  sp_range
};

/** A parsed feature-tag value. */
union sip_pref {
  enum sp_type sp_type;
  /** Literal (tag="foo"). */
  struct sp_literal {
    enum sp_type spl_type;
    char const *spl_value;
    usize_t spl_length;
  } sp_literal;
  /** String (tag="<foo>"). */
  struct sp_string {
    enum sp_type sps_type;
    char const *sps_value;
    usize_t sps_length;
  } sp_string;
  /** Numeric value or range (tag="#=1"; tag="#<=3"; tag="#>=-2"; tag="#1:6"). */
  struct sp_range {
    enum sp_type spr_type;
    double spr_lower;
    double spr_upper;
  } sp_range;
};

SOFIAPUBFUN int sip_prefs_parse(union sip_pref *sp, char const **in_out_s, int *return_negation);
SOFIAPUBFUN int sip_prefs_match(union sip_pref const *, union sip_pref const *);

SOFIAPUBFUN int sip_contact_is_immune(sip_contact_t const *m);
#define sip_contact_immune(m) sip_contact_is_immune(m)
SOFIAPUBFUN sip_contact_t *sip_contact_immunize(su_home_t *home, sip_contact_t const *m);
SOFIAPUBFUN int sip_contact_reject(sip_contact_t const *m, sip_reject_contact_t const *rc);
SOFIAPUBFUN int sip_contact_accept(sip_contact_t const *m, sip_accept_contact_t const *cp,
                                   unsigned *return_S, unsigned *return_N, int *return_error);
SOFIAPUBFUN int sip_contact_score(sip_contact_t const *m, sip_accept_contact_t const *ac,
                                  sip_reject_contact_t const *rc);

#define sip_params_add          msg_params_add
#define sip_params_cmp          msg_params_cmp
#define sip_params_replace      msg_params_replace
#define sip_params_find         msg_params_find

SOFIAPUBFUN int sip_security_verify_compare(sip_security_server_t const *s,
                                            sip_security_verify_t const *v,
                                            char const **return_d_ver);
SOFIAPUBFUN sip_security_client_t const *sip_security_client_select(sip_security_client_t const *client,
                                                                    sip_security_server_t const *server);

SOFIA_END_DECLS

#endif /* SIP_UTIL_H */
