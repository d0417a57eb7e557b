/* sofia-rs: the SIP transaction engine, Sofia-SIP's <sofia-sip/nta.h>.
 *
 * Names, types and signatures are Sofia-SIP's. Only the functions that sofia-rs implements
 * are declared (see docs/architecture.md, "nta", for what is there and what is not yet). */
#ifndef NTA_H
/** Defined when <sofia-sip/nta.h> has been included. */
#define NTA_H

#ifndef SU_WAIT_H
#include <sofia-sip/su_wait.h>
#endif
#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef NTA_TAG_H
#include <sofia-sip/nta_tag.h>
#endif

SOFIA_BEGIN_DECLS

/** NTA agent. */
typedef struct nta_agent_s      nta_agent_t;
/** NTA call leg (dialog or destination). */
typedef struct nta_leg_s        nta_leg_t;
/** NTA outgoing request (client transaction). */
typedef struct nta_outgoing_s   nta_outgoing_t;
/** NTA incoming request (server transaction). */
typedef struct nta_incoming_s   nta_incoming_t;

#ifndef NTA_AGENT_MAGIC_T
/** Default type of the application context of an agent (define before including). */
#define NTA_AGENT_MAGIC_T struct nta_agent_magic_s
#endif
#ifndef NTA_LEG_MAGIC_T
/** Default type of the application context of a leg. */
#define NTA_LEG_MAGIC_T struct nta_leg_magic_s
#endif
#ifndef NTA_OUTGOING_MAGIC_T
/** Default type of the application context of a client transaction. */
#define NTA_OUTGOING_MAGIC_T struct nta_outgoing_magic_s
#endif
#ifndef NTA_INCOMING_MAGIC_T
/** Default type of the application context of a server transaction. */
#define NTA_INCOMING_MAGIC_T struct nta_incoming_magic_s
#endif

typedef NTA_AGENT_MAGIC_T     nta_agent_magic_t;
typedef NTA_LEG_MAGIC_T       nta_leg_magic_t;
typedef NTA_OUTGOING_MAGIC_T  nta_outgoing_magic_t;
typedef NTA_INCOMING_MAGIC_T  nta_incoming_magic_t;

/** NTA API version. */
#define NTA_VERSION "2.0"

enum {
  NTA_SIP_T1 = 500,     /**< SIP T1, 500 milliseconds. */
  NTA_SIP_T2 = 4000,    /**< SIP T2, 4 seconds. */
  NTA_SIP_T4 = 5000,    /**< SIP T4, 5 seconds. */
  NTA_TIME_MAX = 15 * 24 * 3600 * 1000 /**< Largest timer value. */
};

/** Callback for requests that no leg takes (stateless; the application owns @a msg). */
typedef int nta_message_f(nta_agent_magic_t *context, nta_agent_t *agent,
                          msg_t *msg, sip_t *sip);

/** Creates an agent on @a root with transports for @a name ("sip:*:*" when NULL). */
SOFIAPUBFUN nta_agent_t *nta_agent_create(su_root_t *root, url_string_t const *name,
                                          nta_message_f *callback, nta_agent_magic_t *magic,
                                          tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN void nta_agent_destroy(nta_agent_t *agent);
#ifndef SOFIA_RS_ABI_1_12
/** Forgets every DNS answer the agent keeps (FreeSWITCH's fork). */
SOFIAPUBFUN void nta_agent_resolver_clean_cache(nta_agent_t *agent);
/** TLS/WSS transports read their certificates from @a cert_dir again; the number
 * reloaded, -1 for NULL arguments (FreeSWITCH's fork). */
SOFIAPUBFUN int nta_agent_reload_tls(nta_agent_t *agent, char const *cert_dir);
#endif
SOFIAPUBFUN nta_agent_magic_t *nta_agent_magic(nta_agent_t const *a);
SOFIAPUBFUN sip_contact_t *nta_agent_contact(nta_agent_t const *a);
SOFIAPUBFUN sip_via_t const *nta_agent_via(nta_agent_t const *a);
SOFIAPUBFUN char const *nta_agent_newtag(su_home_t *, char const *fmt, nta_agent_t *);
SOFIAPUBFUN int nta_agent_set_params(nta_agent_t *agent, tag_type_t tag, tag_value_t value, ...);

SOFIAPUBFUN msg_t *nta_msg_create(nta_agent_t *self, int flags);
SOFIAPUBFUN int nta_msg_request_complete(msg_t *msg, nta_leg_t *leg, sip_method_t method,
                                         char const *method_name, url_string_t const *req_url);

/** Callback for requests to a leg: 0 = the application answers, 100..699 = answer with
 * that status, anything else = 500. */
typedef int nta_request_f(nta_leg_magic_t *lmagic, nta_leg_t *leg,
                          nta_incoming_t *irq, sip_t const *sip);

SOFIAPUBFUN nta_leg_t *nta_leg_tcreate(nta_agent_t *agent, nta_request_f *req_callback,
                                       nta_leg_magic_t *magic,
                                       tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN void nta_leg_destroy(nta_leg_t *leg);
SOFIAPUBFUN nta_leg_magic_t *nta_leg_magic(nta_leg_t const *leg, nta_request_f *callback);
SOFIAPUBFUN char const *nta_leg_get_tag(nta_leg_t const *leg);
SOFIAPUBFUN void nta_leg_bind(nta_leg_t *leg, nta_request_f *callback, nta_leg_magic_t *);
/** Adds a local tag (a new one when @a tag is NULL). */
SOFIAPUBFUN char const *nta_leg_tag(nta_leg_t *leg, char const *tag);
/** Adds a remote tag. */
SOFIAPUBFUN char const *nta_leg_rtag(nta_leg_t *leg, char const *tag);
SOFIAPUBFUN char const *nta_leg_get_rtag(nta_leg_t const *leg);
SOFIAPUBFUN uint32_t nta_leg_get_seq(nta_leg_t const *leg);
SOFIAPUBFUN uint32_t nta_leg_get_rseq(nta_leg_t const *leg);
SOFIAPUBFUN int nta_leg_client_route(nta_leg_t *leg, sip_record_route_t const *route,
                                     sip_contact_t const *contact);
SOFIAPUBFUN int nta_leg_server_route(nta_leg_t *leg, sip_record_route_t const *route,
                                     sip_contact_t const *contact);

/** Callback of a server transaction for its ACK or CANCEL (NULL @a sip: timeout). */
typedef int nta_ack_cancel_f(nta_incoming_magic_t *imagic, nta_incoming_t *irq,
                             sip_t const *sip);

SOFIAPUBFUN void nta_incoming_bind(nta_incoming_t *irq, nta_ack_cancel_f *callback,
                                   nta_incoming_magic_t *imagic);
SOFIAPUBFUN nta_incoming_magic_t *nta_incoming_magic(nta_incoming_t *irq,
                                                     nta_ack_cancel_f *callback);
SOFIAPUBFUN char const *nta_incoming_tag(nta_incoming_t *irq, char const *tag);
SOFIAPUBFUN sip_method_t nta_incoming_method(nta_incoming_t const *irq);
SOFIAPUBFUN url_t const *nta_incoming_url(nta_incoming_t const *irq);
SOFIAPUBFUN uint32_t nta_incoming_cseq(nta_incoming_t const *irq);
SOFIAPUBFUN sip_time_t nta_incoming_received(nta_incoming_t *irq, su_nanotime_t *nano);
SOFIAPUBFUN int nta_incoming_mreply(nta_incoming_t *irq, msg_t *msg);

SOFIAPUBFUN char const *nta_incoming_gettag(nta_incoming_t const *irq);
SOFIAPUBFUN int nta_incoming_status(nta_incoming_t const *irq);
SOFIAPUBFUN char const *nta_incoming_method_name(nta_incoming_t const *irq);
SOFIAPUBFUN msg_t *nta_incoming_getrequest(nta_incoming_t *irq);
SOFIAPUBFUN int nta_incoming_treply(nta_incoming_t *ireq, int status, char const *phrase,
                                    tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN void nta_incoming_destroy(nta_incoming_t *irq);
SOFIAPUBFUN int nta_incoming_set_params(nta_incoming_t *irq, tag_type_t tag, tag_value_t value, ...);

/** Callback for responses to a client transaction. */
typedef int nta_response_f(nta_outgoing_magic_t *magic, nta_outgoing_t *request,
                           sip_t const *sip);

SOFIAPUBFUN nta_outgoing_t *nta_outgoing_tcreate(nta_leg_t *leg, nta_response_f *callback,
                                                 nta_outgoing_magic_t *magic,
                                                 url_string_t const *route_url,
                                                 sip_method_t method, char const *method_name,
                                                 url_string_t const *request_uri,
                                                 tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN nta_outgoing_t *nta_outgoing_mcreate(nta_agent_t *agent, nta_response_f *callback,
                                                 nta_outgoing_magic_t *magic,
                                                 url_string_t const *route_url, msg_t *msg,
                                                 tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN int nta_outgoing_bind(nta_outgoing_t *orq, nta_response_f *callback,
                                  nta_outgoing_magic_t *magic);
SOFIAPUBFUN nta_outgoing_magic_t *nta_outgoing_magic(nta_outgoing_t const *orq,
                                                     nta_response_f *callback);
SOFIAPUBFUN int nta_outgoing_status(nta_outgoing_t const *orq);
SOFIAPUBFUN char const *nta_outgoing_method_name(nta_outgoing_t const *orq);
SOFIAPUBFUN uint32_t nta_outgoing_cseq(nta_outgoing_t const *orq);
/** Addresses of a host name lookup (FreeSWITCH's fork, for nta_outgoing_query_results();
 * the type is harmless in the 1.12 flavour, which has no function using it). */
typedef struct nta_outgoing_query_results_data_s {
  char **results;
  size_t found;
} nta_outgoing_query_results_data_t;
#ifndef SOFIA_RS_ABI_1_12
/** The host of the URL the request goes to (FreeSWITCH's fork; the name is Sofia's). */
SOFIAPUBFUN char const *nta_outgoing_cannon(nta_outgoing_t const *orq);
/** Where the request goes: maddr or host, or the address a host name resolved to
 * (FreeSWITCH's fork). */
SOFIAPUBFUN char const *nta_outgoing_host(nta_outgoing_t const *orq);
/** While the callback of a transaction made with NTATAG_INTERCEPT_QUERY_RESULTS() is
 * called with no response after its lookup: the addresses found; NULL otherwise
 * (FreeSWITCH's fork). */
SOFIAPUBFUN nta_outgoing_query_results_data_t *nta_outgoing_query_results(nta_outgoing_t const *orq,
                                                                          char ***results,
                                                                          size_t *found);
#endif
SOFIAPUBFUN msg_t *nta_outgoing_getresponse(nta_outgoing_t *orq);
SOFIAPUBFUN msg_t *nta_outgoing_getrequest(nta_outgoing_t *orq);
SOFIAPUBFUN void nta_outgoing_destroy(nta_outgoing_t *);
SOFIAPUBFUN int nta_outgoing_cancel(nta_outgoing_t *);
SOFIAPUBFUN nta_outgoing_t *nta_outgoing_tcancel(nta_outgoing_t *orq, nta_response_f *callback,
                                                 nta_outgoing_magic_t *magic,
                                                 tag_type_t, tag_value_t, ...);

/** Older name of nta_outgoing_mcreate(). */
#define nta_outgoing_tmcreate nta_outgoing_mcreate

SOFIAPUBFUN void nta_msg_discard(nta_agent_t *agent, msg_t *msg);

SOFIA_END_DECLS

#endif /* NTA_H */
