/* sofia-rs: SIP header and message functions (Sofia-SIP's sip_header.h).
 *
 * So far this header declares the method names and codes, the protocol strings and
 * sip_now(). The header-object and message functions (sip_from_create(), sip_add_tl(),
 * ...) will follow here with the message layer. */
#ifndef SIP_HEADER_H
#define SIP_HEADER_H

#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif
#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef MSG_HEADER_H
#include <sofia-sip/msg_header.h>
#endif
#ifndef MSG_H
#include <sofia-sip/msg.h>
#endif

#include <string.h>

SOFIA_BEGIN_DECLS

/** The current time, seconds since 1900. */
SOFIAPUBFUN sip_time_t sip_now(void);

SOFIAPUBVAR char const sip_method_name_ack[];
SOFIAPUBVAR char const sip_method_name_bye[];
SOFIAPUBVAR char const sip_method_name_cancel[];
SOFIAPUBVAR char const sip_method_name_invite[];
SOFIAPUBVAR char const sip_method_name_options[];
SOFIAPUBVAR char const sip_method_name_register[];
SOFIAPUBVAR char const sip_method_name_info[];
SOFIAPUBVAR char const sip_method_name_prack[];
SOFIAPUBVAR char const sip_method_name_update[];
SOFIAPUBVAR char const sip_method_name_message[];
SOFIAPUBVAR char const sip_method_name_subscribe[];
SOFIAPUBVAR char const sip_method_name_notify[];
SOFIAPUBVAR char const sip_method_name_refer[];
SOFIAPUBVAR char const sip_method_name_publish[];

/** "SIP/2.0/UDP" and the other Via protocol strings. */
SOFIAPUBVAR char const sip_transport_udp[];
SOFIAPUBVAR char const sip_transport_tcp[];
SOFIAPUBVAR char const sip_transport_sctp[];
SOFIAPUBVAR char const sip_transport_tls[];
SOFIAPUBVAR char const sip_transport_ws[];
SOFIAPUBVAR char const sip_transport_wss[];
/** "SIP/2.0" */
SOFIAPUBVAR char const sip_version_2_0[];

#define SIP_VERSION_CURRENT sip_version_2_0

/** Version of the parser (of the library). */
SOFIAPUBVAR char const sip_parser_version[];

/** Port (service) or the default. */
#define SIP_PORT(s) ((s) ? (s) : "5060")
#define SIPS_PORT(s) ((s) ? (s) : "5061")

/** Canonical name of a known method; @a name for sip_method_unknown; else NULL. */
SOFIAPUBFUN char const *sip_method_name(sip_method_t method, char const *name);

/** Method code of a name: sip_method_unknown (0) for extension methods,
 * sip_method_invalid (-1) for what is no method name. */
SOFIAPUBFUN sip_method_t sip_method_code(char const *name);

/** Names indexed by sip_method_t: "<UNKNOWN>", "INVITE", ..., "PUBLISH", NULL. */
SOFIAPUBVAR char const * const sip_method_names[];

/** Method name of a (method, name) pair. */
#define SIP_METHOD_NAME(method, name) \
 ((method) == sip_method_unknown ? (name) : sip_method_name(method, name))

/** The default SIP message class. */
SOFIAPUBFUN msg_mclass_t const *sip_default_mclass(void);
/** Make @a mclass the default SIP message class. */
SOFIAPUBFUN int sip_update_default_mclass(msg_mclass_t const *mclass);
/** A message class that also parses the extension headers of sip_extra.h. */
SOFIAPUBFUN msg_mclass_t *sip_extend_mclass(msg_mclass_t *input);
#if SOFIA_SIP_ABI_VERSION >= 113
SOFIAPUBFUN void sip_default_mclass_restore(void);
SOFIAPUBFUN void sip_destroy_mclass(msg_mclass_t *mclass);
SOFIAPUBFUN void sip_cloned_parser_destroy(void);
#endif

/** Initialiser of a header struct of kind @a name: `sip_via_t v = SIP_HDR_INIT(via);`. */
#define SIP_HDR_INIT(name) {{{ 0, 0, sip_##name##_class }}}
/** Zero a header struct and set its class. */
#define SIP_HEADER_INIT(h, sip_class, size) \
  ((void)memset((h), 0, (size)), \
   (void)(((sip_common_t *)(h))->h_class = (sip_class)), \
   (h))

/** A header's value as text, allocated from @a home. */
SOFIAPUBFUN char *sip_header_as_string(su_home_t *home, sip_header_t const *h);
/** Deep copies of a header (and the headers after it in its list). */
SOFIAPUBFUN sip_header_t *sip_header_dup(su_home_t *, sip_header_t const *);
SOFIAPUBFUN sip_header_t *sip_header_copy(su_home_t *, sip_header_t const *o);

#define sip_header_make(h, c, s) \
  ((sip_header_t *)msg_header_make((h), (c), (s)))
#define sip_header_vformat(h, c, f, a) \
  ((sip_header_t *)msg_header_vformat((h), (c), (f), (a)))
/** A header of class @a hc made from printf-formatted text. */
SOFIAPUBFUN sip_header_t *sip_header_format(su_home_t *home, msg_hclass_t *hc, char const *fmt, ...)
  __attribute__((__format__ (printf, 3, 4)));
/** Bytes a copy of header @a h takes (msg_header_size()). */
SOFIAPUBFUN isize_t sip_header_size(sip_header_t const *h);
/** The headers of a SIP URI's query ("subject=x&body=y") as a tag list; unknown ones as
 * SIPTAG_HEADER_STR("Name:value"). The parser is not used. */
SOFIAPUBFUN tagi_t *sip_url_query_as_taglist(su_home_t *home, char const *query, msg_mclass_t const *parser);
/* Deprecated names: msg_header_e(), msg_header_d(), msg_header_field_e(); a value parsed
 * into a header with its class's parser. */
SOFIAPUBFUN issize_t sip_header_e(char[], isize_t, sip_header_t const *, int);
SOFIAPUBFUN sip_header_t *sip_header_d(su_home_t *, msg_t const *, char const *);
SOFIAPUBFUN issize_t sip_header_field_e(char[], isize_t, sip_header_t const *, int);
SOFIAPUBFUN issize_t sip_header_field_d(su_home_t *, sip_header_t *, char *, isize_t);
/** Seconds until Contact @a m (or, without one, the @a ex / @a date headers) expires. */
SOFIAPUBFUN sip_time_t sip_contact_expires(sip_contact_t const *m, sip_expires_t const *ex,
                                           sip_date_t const *date, sip_time_t def, sip_time_t now);

/* Adding headers to a message. */
SOFIAPUBFUN int sip_add_dup(msg_t *, sip_t *, sip_header_t const *);
SOFIAPUBFUN int sip_add_dup_as(msg_t *msg, sip_t *sip, msg_hclass_t *hc, sip_header_t const *o);
SOFIAPUBFUN int sip_add_tl(msg_t *msg, sip_t *sip, tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN int sip_add_tagis(msg_t *, sip_t *, tagi_t const **inout_list);
SOFIAPUBFUN int sip_add_make(msg_t *, sip_t *, msg_hclass_t *hc, char const *s);
/** The SIP header tags of the list as a URL query ("subject=x&body=..."). */
SOFIAPUBFUN char *sip_headers_as_url_query(su_home_t *home, tag_type_t tag, tag_value_t value, ...);

/* Header constructors. */
SOFIAPUBFUN sip_request_t *sip_request_create(su_home_t *home, sip_method_t method, const char *name,
                                              url_string_t const *url, char const *version);
SOFIAPUBFUN sip_status_t *sip_status_create(su_home_t *home, unsigned status, char const *phrase,
                                            char const *version);
SOFIAPUBFUN sip_call_id_t *sip_call_id_create(su_home_t *home, char const *domain);
SOFIAPUBFUN sip_cseq_t *sip_cseq_create(su_home_t *, uint32_t seq, unsigned method, char const *name);
SOFIAPUBFUN sip_contact_t *sip_contact_create(su_home_t *, url_string_t const *url, char const *param, ...);
SOFIAPUBFUN sip_content_length_t *sip_content_length_create(su_home_t *, uint32_t n);
SOFIAPUBFUN sip_date_t *sip_date_create(su_home_t *, sip_time_t t);
SOFIAPUBFUN sip_expires_t *sip_expires_create(su_home_t *, sip_time_t delta);
SOFIAPUBFUN sip_route_t *sip_route_create(su_home_t *home, url_t const *url, url_t const *maddr);
SOFIAPUBFUN sip_record_route_t *sip_record_route_create(su_home_t *, url_t const *rq_url, url_t const *m_url);
SOFIAPUBFUN sip_from_t *sip_from_create(su_home_t *, url_string_t const *url);
SOFIAPUBFUN int sip_from_tag(su_home_t *, sip_from_t *from, char const *tag);
SOFIAPUBFUN sip_to_t *sip_to_create(su_home_t *, url_string_t const *url);
SOFIAPUBFUN int sip_to_tag(su_home_t *, sip_to_t *to, char const *tag);
SOFIAPUBFUN sip_via_t *sip_via_create(su_home_t *h, char const *host, char const *port,
                                      char const *transport, /* char const *params */ ...);
SOFIAPUBFUN char const *sip_via_port(sip_via_t const *v, int *using_rport);
SOFIAPUBFUN sip_payload_t *sip_payload_create(su_home_t *, void const *data, isize_t len);
SOFIAPUBFUN sip_separator_t *sip_separator_create(su_home_t *home);
SOFIAPUBFUN int sip_contact_add_param(su_home_t *, sip_contact_t *, char const *param);

/** The transport of a Via ("UDP" of "SIP/2.0/UDP"). */
su_inline char const *sip_via_transport(sip_via_t const *v)
{
  char const *tp = v->v_protocol;
  if (tp && (tp = strchr(tp, '/')) && (tp = strchr(tp + 1, '/')))
    return tp + 1;
  return NULL;
}

#define sip_from_make_url     sip_from_create
#define sip_to_make_url       sip_to_create

/** Is the method listed in the Allow header? (Extension methods by name, case-sensitive.) */
SOFIAPUBFUN int sip_is_allowed(sip_allow_t const *allow, sip_method_t method, char const *name);

/** Is the well-known method listed in the Allow header? */
#define SIP_IS_ALLOWED(allow, method) \
  (sip_method_unknown < (method) && (method) < 32 && \
   (allow) && ((allow)->k_bitmap & (1 << (method))) != 0)

/** Features (option tags) of Require that neither Supported nor the other lists have. */
SOFIAPUBFUN sip_unsupported_t *sip_has_unsupported(su_home_t *, sip_supported_t const *support,
                                                   sip_require_t const *require);
SOFIAPUBFUN sip_unsupported_t *sip_has_unsupported2(su_home_t *, sip_supported_t const *support,
                                                    sip_require_t const *by_require,
                                                    sip_require_t const *require);
SOFIAPUBFUN sip_unsupported_t *sip_has_unsupported_any(su_home_t *, sip_supported_t const *support,
                                                       sip_require_t const *by_require,
                                                       sip_proxy_require_t const *by_proxy_require,
                                                       sip_require_t const *require,
                                                       sip_require_t const *require2,
                                                       sip_require_t const *require3);
/** Check that a feature is supported. */
SOFIAPUBFUN int sip_has_supported(sip_supported_t const *support, char const *feature);
/** Check that a feature is in the list. */
SOFIAPUBFUN int sip_has_feature(msg_list_t const *supported, char const *feature);

/** Add an event to an Allow-Events header. */
SOFIAPUBFUN int sip_allow_events_add(su_home_t *, sip_allow_events_t *ae, char const *e);
/** Add (or replace) a parameter of a To, From or Via header. */
SOFIAPUBFUN int sip_to_add_param(su_home_t *, sip_to_t *, char const *);
SOFIAPUBFUN int sip_from_add_param(su_home_t *, sip_from_t *, char const *);
SOFIAPUBFUN int sip_via_add_param(su_home_t *, sip_via_t *, char const *);

/** Clear encoded data. */
#define sip_fragment_clear(a) ((a)->h_data = NULL, (a)->h_len = 0)

/** Complete a SIP message: separator, multipart body, Content-Length. */
SOFIAPUBFUN int sip_complete_message(msg_t *msg);

/* Slot functions of the erroneous-header class (nothing to parse or print). */
SOFIAPUBFUN issize_t sip_error_d(su_home_t *, msg_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_error_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);

SOFIA_END_DECLS

#ifndef SIP_PROTOS_H
#include <sofia-sip/sip_protos.h>
#endif

#endif /* !defined(SIP_HEADER_H) */
