/* sofia-rs: extension headers (Sofia-SIP's sip_extra.h): Refer-Sub, Alert-Info, Reply-To,
 * P-Asserted-Identity, P-Preferred-Identity, Remote-Party-ID. They are not members of
 * sip_t: reach them with sip_X(sip) (msg_header_access). */
#ifndef SIP_EXTRA_H
#define SIP_EXTRA_H

#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef SIP_HEADER_H
#include <sofia-sip/sip_header.h>
#endif

SOFIA_BEGIN_DECLS

typedef struct sip_refer_sub_s sip_refer_sub_t;
/** Refer-Sub (RFC 4488). */
struct sip_refer_sub_s {
  sip_common_t        rs_common[1];
  sip_error_t        *rs_next;
  char const         *rs_value;     /* "true" or "false" */
  msg_param_t const  *rs_params;
};

typedef struct sip_alert_info_s sip_alert_info_t;
/** Alert-Info. */
struct sip_alert_info_s {
  sip_common_t        ai_common[1];
  sip_alert_info_t   *ai_next;
  url_t               ai_url[1];
  msg_param_t const  *ai_params;
};

typedef struct sip_reply_to_s sip_reply_to_t;
/** Reply-To. */
struct sip_reply_to_s {
  sip_common_t        rplyto_common[1];
  sip_error_t        *rplyto_next;
  char const         *rplyto_display;
  url_t               rplyto_url[1];
  msg_param_t const  *rplyto_params;
};

typedef struct sip_p_asserted_identity_s sip_p_asserted_identity_t;
/** P-Asserted-Identity (RFC 3325). */
struct sip_p_asserted_identity_s {
  sip_common_t       paid_common[1];
  sip_p_asserted_identity_t *paid_next;
  char const        *paid_display;
  url_t              paid_url[1];
};

typedef struct sip_p_preferred_identity_s sip_p_preferred_identity_t;
/** P-Preferred-Identity (RFC 3325). */
struct sip_p_preferred_identity_s {
  sip_common_t       ppid_common[1];
  sip_p_preferred_identity_t *ppid_next;
  char const        *ppid_display;
  url_t              ppid_url[1];
};

typedef struct sip_remote_party_id_s sip_remote_party_id_t;
/** Remote-Party-ID (draft-ietf-sip-privacy). */
struct sip_remote_party_id_s {
  sip_common_t       rpid_common[1];
  sip_remote_party_id_t *rpid_next;
  char const        *rpid_display;
  url_t              rpid_url[1];
  sip_param_t const *rpid_params;
  /* values of the screen, party, id-type and privacy parameters */
  char const        *rpid_screen, *rpid_party, *rpid_id_type, *rpid_privacy;
};

SOFIA_END_DECLS

#include <sofia-sip/gen/sip_extra_protos.h>

#endif /* SIP_EXTRA_H */
