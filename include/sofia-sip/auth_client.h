/* sofia-rs: the client-side authenticator (Sofia-SIP's auth_client.h).
 *
 * A list of authenticators (auth_client_t *list = NULL) is filled from the challenges of
 * 401/407 responses with auc_challenge(), given credentials with auc_credentials() or
 * auc_all_credentials(), and answers requests with auc_authorization() / auc_authorize().
 * The authenticators are allocated from the home given to auc_challenge() and freed with
 * it. Schemes: Digest (MD5, MD5-sess; SHA-256, SHA-256-sess as an extension) and Basic.
 * Authentication plugins (auth_client_plugin.h, auc_register_plugin()) are not provided. */
#ifndef AUTH_CLIENT_H
/** Defined when <sofia-sip/auth_client.h> has been included. */
#define AUTH_CLIENT_H

#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif

#ifndef URL_H
#include <sofia-sip/url.h>
#endif

SOFIA_BEGIN_DECLS

/** Authenticator object (opaque). */
typedef struct auth_client_s auth_client_t;

/** Store the challenges @a auth; @a crcl is the class of the answering credentials
 * (sip_authorization_class or sip_proxy_authorization_class).
 * @retval 1 a challenge is new or stale @retval 0 none is new @retval -1 error */
SOFIAPUBFUN
int auc_challenge(auth_client_t **auc, su_home_t *home,
		  msg_auth_t const *auth,
		  msg_hclass_t *crcl);

/** Credentials as "scheme:\"realm\":user:password". @return number of authenticators updated */
SOFIAPUBFUN
int auc_credentials(auth_client_t **auc, su_home_t *home, char const *data);

/** Store the nextnonce of an Authentication-Info / Proxy-Authentication-Info header. */
SOFIAPUBFUN
int auc_info(auth_client_t **auc_list,
	     msg_auth_info_t const *ai,
	     msg_hclass_t *credential_class);

/** Credentials for every authenticator of @a scheme and @a realm (NULL: any). */
SOFIAPUBFUN
int auc_all_credentials(auth_client_t **auc_list,
			char const *scheme,
			char const *realm,
			char const *user,
			char const *pass);

/** Forget the credentials of @a scheme and @a realm (NULL: any). */
SOFIAPUBFUN
int auc_clear_credentials(auth_client_t **auc_list,
			  char const *scheme,
			  char const *realm);

/** Copy credentials from @a src to the matching authenticators of @a dst. */
SOFIAPUBFUN
int auc_copy_credentials(auth_client_t **dst, auth_client_t const *src);

/** 1 when every challenge has credentials, else 0. */
SOFIAPUBFUN
int auc_has_authorization(auth_client_t **auc_list);

/** Replace the credential headers of @a msg with fresh ones.
 * @retval 1 done @retval 0 credentials missing @retval -1 error */
SOFIAPUBFUN
int auc_authorization(auth_client_t **auc_list, msg_t *msg, msg_pub_t *pub,
		      char const *method,
		      url_t const *url,
		      msg_payload_t const *body);

/** Make the credential headers (linked by their next pointers) in @a home. */
SOFIAPUBFUN
int auc_authorization_headers(auth_client_t **auc_list,
			      su_home_t *home,
			      char const *method,
			      url_t const *url,
			      msg_payload_t const *body,
			      msg_header_t **return_headers);

struct sip_s;

/** auc_authorization() with the method, Request-URI and body of the SIP request @a sip. */
SOFIAPUBFUN
int auc_authorize(auth_client_t **auc, msg_t *msg, struct sip_s *sip);

/** Authentication plugins (not provided by sofia-rs: no auc_register_plugin()). */
typedef struct auth_client_plugin auth_client_plugin_t;

SOFIA_END_DECLS

#endif
