/* sofia-rs: the server side of HTTP/SIP digest authentication (Sofia-SIP's
 * <sofia-sip/auth_module.h>).
 *
 * sofia-rs implements the client side (auc_*, <sofia-sip/auth_client.h>) but no
 * authentication server: the auth_mod_* functions are not part of our library and are not
 * declared here.  What a program that includes this header (FreeSWITCH's mod_sofia does)
 * finds: the module, status and challenger types with Sofia's layouts, the kinds of
 * authenticator and the AUTHTAG_* tags (whose tag objects we export). */
#ifndef AUTH_MODULE_H
/** Defined when <sofia-sip/auth_module.h> has been included. */
#define AUTH_MODULE_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#ifndef SU_WAIT_H
#include <sofia-sip/su_wait.h>
#endif
#ifndef SU_ADDRINFO_H
#include <sofia-sip/su_addrinfo.h>
#endif
#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif
#ifndef URL_H
#include <sofia-sip/url.h>
#endif
#ifndef URL_TAG_H
#include <sofia-sip/url_tag.h>
#endif

SOFIA_BEGIN_DECLS

/** An authentication module (opaque). */
typedef struct auth_mod_t auth_mod_t;
/** The state of one authentication, filled by the module. */
typedef struct auth_status_t auth_status_t;

#ifdef AUTH_MAGIC_T
typedef AUTH_MAGIC_T auth_magic_t;
#else
typedef void auth_magic_t;
#endif

/** Authentication schemes and plugins (opaque). */
typedef struct auth_scheme const auth_scheme_t;
typedef struct auth_plugin_t  auth_plugin_t;
typedef struct auth_splugin_t auth_splugin_t;
typedef struct auth_uplugin_t auth_uplugin_t;

/** Called when an asynchronous authentication completes. */
typedef void auth_callback_t(auth_magic_t *, auth_status_t *);

/** One authentication: the request's facts going in, the verdict coming out.  The layout
 * is Sofia's (x86-64: 208 bytes). */
struct auth_status_t
{
  su_home_t       as_home[1];      /* memory of this status */
  int             as_status;       /* result: 0 = authenticated, 100 = pending, else error */
  char const     *as_phrase;       /* reason phrase for as_status */
  char const     *as_user;         /* authenticated user name */
  char const     *as_display;      /* display name of the user */
  url_t const    *as_user_uri;     /* identity of the user */
  char const     *as_ident;        /* identities (comma-separated) */
  unsigned        as_profile;      /* user profile (group) */
  su_addrinfo_t  *as_source;       /* where the request came from */
  char const     *as_realm;        /* realm of the challenge */
  char const     *as_domain;       /* domain (hostname) */
  char const     *as_uri;          /* request URI */
  char const     *as_pdomain;      /* domain parameter of the challenge */
  char const     *as_method;       /* request method */
  void const     *as_body;         /* request body (auth-int) */
  isize_t         as_bodylen;      /* its length */
  msg_time_t      as_nonce_issued; /* when the nonce was issued */
  unsigned        as_blacklist;    /* seconds to delay a failure response */
  unsigned        as_anonymous:1;  /* an anonymous user was accepted */
  unsigned        as_stale:1;      /* the credentials carried a stale nonce */
  unsigned        as_allow:1;      /* the method is allowed without credentials */
  unsigned        as_nextnonce:1;  /* a next nonce is to be sent */
  unsigned :0;
  msg_header_t   *as_response;     /* the challenge to send */
  msg_header_t   *as_info;         /* Authentication-Info to send */
  msg_header_t   *as_match;        /* the credentials that matched */
  auth_magic_t   *as_magic;        /* application context of as_callback */
  auth_callback_t *as_callback;    /* completion callback */
  auth_splugin_t *as_plugin;       /* private data of the scheme plugin */
};

/** How to challenge: status, phrase and the header classes of challenge and info. */
typedef struct auth_challenger
{
  int           ach_status;
  char const   *ach_phrase;
  msg_hclass_t *ach_header;
  msg_hclass_t *ach_info;
} auth_challenger_t;

/** Release the memory of a status (AUTH_STATUS_DEINIT) */
#define AUTH_STATUS_DEINIT(as) su_home_deinit((as)->as_home)
#define AUTH_RESPONSE_DEINIT(as) AUTH_STATUS_DEINIT(as)

/** Who authenticates: a server (401), a proxy (407), or one that consumes credentials. */
typedef enum {
  auth_server,
  auth_proxy,
  auth_proxy_consume,
  auth_consume
} auth_kind_t;

SOFIA_END_DECLS

/* AUTHTAG_*: the tag objects are ours (tags/auth.tags). */
#include <sofia-sip/gen/auth_tags.h>

#endif /* AUTH_MODULE_H */
