/* sofia-rs: the SIP user agent, Sofia-SIP's <sofia-sip/nua.h>.
 *
 * Names, types, enumerator values and signatures are Sofia-SIP's. Only the functions that
 * sofia-rs implements are declared (see docs/architecture.md, "nua"). */
#ifndef NUA_H
/** Defined when <sofia-sip/nua.h> has been included. */
#define NUA_H

#ifndef SU_WAIT_H
#include <sofia-sip/su_wait.h>
#endif
#ifndef URL_H
#include <sofia-sip/url.h>
#endif
#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef NUA_TAG_H
#include <sofia-sip/nua_tag.h>
#endif

SOFIA_BEGIN_DECLS

#ifndef NUA_MAGIC_T
/** Type of the application context of a nua (define before including). */
#define NUA_MAGIC_T void
#endif
typedef NUA_MAGIC_T nua_magic_t;

#ifndef NUA_HMAGIC_T
/** Type of the application context of a handle (define before including). */
#define NUA_HMAGIC_T void
#endif
typedef NUA_HMAGIC_T nua_hmagic_t;

/** "No value" for pointer parameters. */
#define NUA_NONE ((void *)(intptr_t)-1)

/** What nua tells the application (the numbers are part of the ABI). */
typedef enum nua_event_e {
  nua_i_none = -1,           /* internal, never delivered */
  nua_i_error,               /* 0: error */
  nua_i_invite,              /* 1: incoming INVITE */
  nua_i_cancel,              /* 2: incoming INVITE cancelled */
  nua_i_ack,                 /* 3: ACK for a final response to INVITE */
  nua_i_fork,                /* 4: outgoing call forked */
  nua_i_active,              /* 5: call active */
  nua_i_terminated,          /* 6: call terminated */
  nua_i_state,               /* 7: call state changed */
  nua_i_outbound,            /* 8: outbound (RFC 5626) status */
  nua_i_bye,                 /* 9: incoming BYE */
  nua_i_options,             /* 10: incoming OPTIONS */
  nua_i_refer,               /* 11: incoming REFER */
  nua_i_publish,             /* 12: incoming PUBLISH */
  nua_i_prack,               /* 13: incoming PRACK */
  nua_i_info,                /* 14: incoming INFO */
  nua_i_update,              /* 15: incoming UPDATE */
  nua_i_message,             /* 16: incoming MESSAGE */
  nua_i_chat,                /* 17: incoming chat MESSAGE */
  nua_i_subscribe,           /* 18: incoming SUBSCRIBE */
  nua_i_subscription,        /* 19: subscription to authorize */
  nua_i_notify,              /* 20: incoming NOTIFY */
  nua_i_method,              /* 21: incoming request of another method */
  nua_i_media_error,         /* 22: offer/answer error */
  nua_r_set_params,          /* 23 */
  nua_r_get_params,          /* 24 */
  nua_r_shutdown,            /* 25 */
  nua_r_notifier,            /* 26 */
  nua_r_terminate,           /* 27 */
  nua_r_authorize,           /* 28 */
  nua_r_register,            /* 29: responses to requests ... */
  nua_r_unregister,          /* 30 */
  nua_r_invite,              /* 31 */
  nua_r_cancel,              /* 32 */
  nua_r_bye,                 /* 33 */
  nua_r_options,             /* 34 */
  nua_r_refer,               /* 35 */
  nua_r_publish,             /* 36 */
  nua_r_unpublish,           /* 37 */
  nua_r_info,                /* 38 */
  nua_r_prack,               /* 39 */
  nua_r_update,              /* 40 */
  nua_r_message,             /* 41 */
  nua_r_chat,                /* 42 */
  nua_r_subscribe,           /* 43 */
  nua_r_unsubscribe,         /* 44 */
  nua_r_notify,              /* 45 */
  nua_r_method,              /* 46 */
  nua_r_authenticate,        /* 47 */
  nua_r_redirect,            /* 48: internal signals, never delivered ... */
  nua_r_destroy,             /* 49 */
  nua_r_respond,             /* 50 */
  nua_r_nit_respond,         /* 51 */
  nua_r_ack,                 /* 52 */
  nua_i_network_changed,     /* 53: local address changed */
  nua_i_register             /* 54: incoming REGISTER */
#ifndef SOFIA_RS_ABI_1_12
  ,
  nua_r_unref,               /* 55: internal signals of the 1.13 fork */
  nua_r_handle_unref,        /* 56 */
  nua_r_nta_agent_resolver_clean_dns_cache, /* 57 */
  nua_r_reload_tls           /* 58 */
#endif
} nua_event_t;

/** An event as saved by nua_save_event() (48 bytes; the tag list continues past e_tags). */
typedef struct event_s {
  nua_handle_t *e_nh;
  int           e_event;
  short         e_always;
  short         e_status;
  char const   *e_phrase;
  msg_t        *e_msg;
  tagi_t        e_tags[1];
} nua_event_data_t;

/** The one application callback of a nua. */
typedef void (*nua_callback_f)(nua_event_t event,
                               int status, char const *phrase,
                               nua_t *nua, nua_magic_t *magic,
                               nua_handle_t *nh, nua_hmagic_t *hmagic,
                               sip_t const *sip,
                               tagi_t tags[]);

SOFIAPUBFUN nua_t *nua_create(su_root_t *root, nua_callback_f callback, nua_magic_t *magic,
                              tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN void nua_shutdown(nua_t *nua);
SOFIAPUBFUN void nua_destroy(nua_t *nua);
SOFIAPUBFUN nua_magic_t *nua_magic(nua_t *nua);
SOFIAPUBFUN void nua_set_params(nua_t *, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_get_params(nua_t *nua, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN nua_handle_t *nua_default(nua_t *nua);

SOFIAPUBFUN nua_handle_t *nua_handle(nua_t *nua, nua_hmagic_t *hmagic,
                                     tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_handle_destroy(nua_handle_t *h);
SOFIAPUBFUN nua_handle_t *nua_handle_ref(nua_handle_t *);
SOFIAPUBFUN int nua_handle_unref(nua_handle_t *);
SOFIAPUBFUN void nua_handle_bind(nua_handle_t *nh, nua_hmagic_t *magic);
SOFIAPUBFUN nua_hmagic_t *nua_handle_magic(nua_handle_t *nh);
SOFIAPUBFUN void nua_set_hparams(nua_handle_t *, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_get_hparams(nua_handle_t *, tag_type_t, tag_value_t, ...);
/** A handle is a memory home. */
#define nua_handle_home(nh) ((su_home_t *)(nh))

SOFIAPUBFUN char const *nua_event_name(nua_event_t event);
SOFIAPUBFUN int nua_event_is_incoming_request(nua_event_t e);

SOFIAPUBFUN void nua_options(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_message(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_invite(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_ack(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_bye(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_cancel(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_info(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_register(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_unregister(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_authenticate(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_subscribe(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_unsubscribe(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_notify(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_refer(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_update(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_method(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_publish(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_unpublish(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_prack(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_chat(nua_handle_t *nh, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_notifier(nua_handle_t *, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_terminate(nua_handle_t *, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_authorize(nua_handle_t *, tag_type_t, tag_value_t, ...);
/** Deprecated: the stack takes it and does nothing. */
SOFIAPUBFUN void nua_redirect(nua_handle_t *, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN void nua_respond(nua_handle_t *nh, int status, char const *phrase,
                             tag_type_t, tag_value_t, ...);

#ifndef NUA_SAVED_EVENT_T
#define NUA_SAVED_EVENT_T struct nua_saved_event *
#endif
/** A saved event (declare as nua_saved_event_t saved[1]). */
typedef NUA_SAVED_EVENT_T nua_saved_event_t;

SOFIAPUBFUN int nua_save_event(nua_t *nua, nua_saved_event_t return_saved[1]);
SOFIAPUBFUN nua_event_data_t const *nua_event_data(nua_saved_event_t const saved[1]);
SOFIAPUBFUN void nua_destroy_event(nua_saved_event_t *saved);
SOFIAPUBFUN msg_t *nua_saved_event_request(nua_saved_event_t const *saved);
SOFIAPUBFUN msg_t *nua_current_request(nua_t const *nua);

SOFIAPUBFUN int nua_handle_has_invite(nua_handle_t const *nh);
SOFIAPUBFUN int nua_handle_has_subscribe(nua_handle_t const *nh);
SOFIAPUBFUN int nua_handle_has_register(nua_handle_t const *nh);
SOFIAPUBFUN int nua_handle_has_active_call(nua_handle_t const *nh);
SOFIAPUBFUN int nua_handle_has_call_on_hold(nua_handle_t const *nh);
SOFIAPUBFUN int nua_handle_has_events(nua_handle_t const *nh);
SOFIAPUBFUN int nua_handle_has_registrations(nua_handle_t const *nh);
SOFIAPUBFUN char const *nua_generate_instance_identifier(su_home_t *);
SOFIAPUBFUN sip_replaces_t *nua_handle_make_replaces(nua_handle_t *nh, su_home_t *home, int early_only);
SOFIAPUBFUN nua_handle_t *nua_handle_by_replaces(nua_t *nua, sip_replaces_t const *rp);
SOFIAPUBFUN nua_handle_t *nua_handle_by_call_id(nua_t *nua, const char *call_id);
SOFIAPUBFUN sip_to_t const *nua_handle_remote(nua_handle_t const *nh);
SOFIAPUBFUN sip_to_t const *nua_handle_local(nua_handle_t const *nh);

#ifndef SOFIA_RS_ABI_1_12
/* Additions of the 1.13 fork. */
SOFIAPUBFUN su_home_t *nua_handle_get_home(nua_handle_t *nh);
SOFIAPUBFUN void nua_handle_unref_user(nua_handle_t *nh);
SOFIAPUBFUN su_home_t *nua_get_home(nua_t *nua);
SOFIAPUBFUN void nua_unref(nua_t *nua);
SOFIAPUBFUN void nua_unref_user(nua_t *nua);
SOFIAPUBFUN unsigned nua_handle_is_destroyed(nua_handle_t *nh);
SOFIAPUBFUN void nua_handle_set_has_invite(nua_handle_t *nh, unsigned val);
SOFIAPUBFUN void nua_handle_dialog_usage_set_refresh_range(nua_handle_t *nh, unsigned min_refresh, unsigned max_refresh);
SOFIAPUBFUN struct nta_agent_s *nua_get_agent(nua_t *nua);
SOFIAPUBFUN struct nta_leg_s *nua_get_dialog_state_leg(nua_handle_t *nh);
/** Defined when nua_reload_tls() exists (the fork's post-1.13.17 addition). */
#define HAVE_NUA_RELOAD_TLS 1
SOFIAPUBFUN int nua_reload_tls(nua_t *nua, char const *cert_dir);
SOFIAPUBFUN void nua_nta_agent_resolver_clean_dns_cache_ex(nua_t *nua);
#endif

SOFIA_END_DECLS

#endif /* NUA_H */
