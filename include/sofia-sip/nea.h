/* sofia-rs: the SIP event server and watcher (Sofia-SIP's <sofia-sip/nea.h>).
 *
 * nua's own subscriptions and notifiers (nua_subscribe, nua_notifier, ...) are implemented
 * by sofia-rs; the stand-alone nea_server_* / nea_* API underneath them in Sofia-SIP is
 * not exported, so its functions are not declared here.  This header gives the types
 * (with Sofia's layout of nea_subnode_t), the magic-type hooks, the callback types, the
 * subscription states (from <sofia-sip/nea_tag.h>) and the NEATAG_* tags. */
#ifndef NEA_H
/** Defined when <sofia-sip/nea.h> has been included. */
#define NEA_H

#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif
#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#ifndef SU_WAIT_H
#include <sofia-sip/su_wait.h>
#endif
#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef NTA_H
#include <sofia-sip/nta.h>
#endif
#ifndef NEA_TAG_H
#include <sofia-sip/nea_tag.h>
#endif

SOFIA_BEGIN_DECLS

/** Version of the event API. */
#define NEA_VERSION      3.0
#define NEA_VERSION_STR "3.0"

/** Subscription lifetime when the SUBSCRIBE names none (seconds). */
#define NEA_DEFAULT_EXPIRES 3600

/* Server side: opaque objects. */
typedef struct nea_server_s     nea_server_t;
typedef struct nea_sub_s        nea_sub_t;
typedef struct nea_event_s      nea_event_t;
typedef struct nea_event_view_s nea_event_view_t;
typedef struct nea_payloads_s   nea_payloads_t;

/* Application contexts; define the macros before including this header to type them. */
#ifndef NEA_SMAGIC_T
#define NEA_SMAGIC_T struct nea_smagic_t
#endif
typedef NEA_SMAGIC_T nea_smagic_t;

#ifndef NEA_EMAGIC_T
#define NEA_EMAGIC_T struct nea_emagic_t
#endif
typedef NEA_EMAGIC_T nea_emagic_t;

#ifndef NEA_EVMAGIC_T
#define NEA_EVMAGIC_T struct nea_evmagic_t
#endif
typedef NEA_EVMAGIC_T nea_evmagic_t;

/** What a watcher callback learns about one subscriber (Sofia's layout, x86-64: 104 bytes). */
typedef struct nea_subnode_t {
  nea_state_t          sn_state;        /* state of the subscription */
  unsigned             sn_fake;         /* the subscriber gets fake contents */
  unsigned             sn_eventlist;    /* the subscriber accepts event lists */
  nea_sub_t           *sn_subscriber;   /* the subscription */
  nea_event_t         *sn_event;        /* its event */
  sip_from_t const    *sn_remote;       /* who subscribed */
  sip_contact_t const *sn_contact;      /* where to notify */
  sip_content_type_t const *sn_content_type; /* content type of the view */
  sip_payload_t const *sn_payload;      /* the view's current contents */
  unsigned             sn_expires;      /* when the subscription ends */
  unsigned             sn_latest;       /* latest version notified */
  unsigned             sn_throttle;     /* minimum interval between notifications */
  unsigned             sn_version;      /* version requested by the subscriber */
  sip_time_t           sn_notified;     /* time of the last NOTIFY */
  sip_time_t           sn_subscribed;   /* time of the first SUBSCRIBE */
  nea_event_view_t    *sn_view;         /* the view the subscriber sees */
} nea_subnode_t;

/** Called for a SUBSCRIBE to an unknown event. */
typedef int (nea_new_event_f)(nea_smagic_t *context,
                              nea_server_t *nes,
                              nea_event_t **event_p,
                              nea_event_view_t **view_p,
                              nta_incoming_t *irq,
                              sip_t const *sip);

/** Called when the set of watchers of an event changes. */
typedef void (nea_watcher_f)(nea_server_t *nes,
                             nea_emagic_t *context,
                             nea_event_t *event,
                             nea_subnode_t *subnode,
                             sip_t const *sip);

/* Older name. */
#define nea_server_auth nea_sub_auth

/* Watcher (client) side. */
typedef struct nea_s nea_t;

#ifndef NEA_MAGIC_T
#define NEA_MAGIC_T struct nea_magic_t
#endif
typedef NEA_MAGIC_T nea_magic_t;

/** Called for each NOTIFY a watcher receives. */
typedef int (*nea_notify_f)(nea_t *nea, nea_magic_t *context, sip_t const *sip);

SOFIA_END_DECLS

#endif /* NEA_H */
