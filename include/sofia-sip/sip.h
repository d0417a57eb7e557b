/* sofia-rs: SIP messages as C structs (Sofia-SIP's sip.h).
 *
 * A parsed message is a sip_t: one pointer per header kind, in the order of
 * headers/sip.headers (generated into gen/sip_struct.h). The 1.13 flavour (FreeSWITCH's fork,
 * the default) has sip_identity after sip_cseq; Debian's 1.12 (SOFIA_RS_ABI_1_12) has not. */
#ifndef SIP_H
#define SIP_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif
#ifndef URL_H
#include <sofia-sip/url.h>
#endif
#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif
#ifndef MSG_MIME_H
#include <sofia-sip/msg_mime.h>
#endif

SOFIA_BEGIN_DECLS

/** Request methods the library knows by number. */
typedef enum {
  sip_method_invalid = -1,
  sip_method_unknown = 0,  /* see the method name */
  sip_method_invite,
  sip_method_ack,
  sip_method_cancel,
  sip_method_bye,
  sip_method_options,
  sip_method_register,
  sip_method_info,
  sip_method_prack,
  sip_method_update,
  sip_method_message,
  sip_method_subscribe,
  sip_method_notify,
  sip_method_refer,
  sip_method_publish
} sip_method_t;

/* Method number and name, as two arguments. */
#define SIP_METHOD(s)         sip_method_unknown, #s
#define SIP_METHOD_ACK        sip_method_ack, "ACK"
#define SIP_METHOD_CANCEL     sip_method_cancel, "CANCEL"
#define SIP_METHOD_BYE        sip_method_bye, "BYE"
#define SIP_METHOD_INVITE     sip_method_invite, "INVITE"
#define SIP_METHOD_OPTIONS    sip_method_options, "OPTIONS"
#define SIP_METHOD_REGISTER   sip_method_register, "REGISTER"
#define SIP_METHOD_INFO       sip_method_info, "INFO"
#define SIP_METHOD_PRACK      sip_method_prack, "PRACK"
#define SIP_METHOD_UPDATE     sip_method_update, "UPDATE"
#define SIP_METHOD_MESSAGE    sip_method_message, "MESSAGE"
#define SIP_METHOD_SUBSCRIBE  sip_method_subscribe, "SUBSCRIBE"
#define SIP_METHOD_NOTIFY     sip_method_notify, "NOTIFY"
#define SIP_METHOD_REFER      sip_method_refer, "REFER"
#define SIP_METHOD_PUBLISH    sip_method_publish, "PUBLISH"

/** "No header" marker for functions taking optional headers. */
#define SIP_NONE ((void const *)(intptr_t)-1)

/** Key of the SIP public message struct for msg_public(). */
#define SIP_PROTOCOL_TAG ((void *)(uintptr_t)0x53495020) /* "SIP " */

enum {
  SIP_DEFAULT_PORT = 5060,
#define SIP_DEFAULT_PORT SIP_DEFAULT_PORT
#define SIP_DEFAULT_SERV "5060"
  SIPS_DEFAULT_PORT = 5061
#define SIPS_DEFAULT_PORT SIPS_DEFAULT_PORT
#define SIPS_DEFAULT_SERV "5061"
};

/** Seconds since 1900 (NTP epoch). */
typedef msg_time_t sip_time_t;
#define SIP_TIME_MAX ((sip_time_t)MSG_TIME_MAX)

typedef struct sip_s                sip_t;
typedef union sip_header_u          sip_header_t;
typedef struct msg_generic_s        sip_generic_t;
#define g_value g_string
typedef msg_common_t                sip_common_t;
typedef msg_param_t                 sip_param_t;
typedef struct sip_addr_s           sip_addr_t;
typedef msg_auth_t                  sip_auth_t;

typedef struct sip_request_s        sip_request_t;
typedef struct sip_status_s         sip_status_t;
typedef msg_error_t                 sip_error_t;
typedef msg_unknown_t               sip_unknown_t;
typedef msg_separator_t             sip_separator_t;
typedef msg_payload_t               sip_payload_t;

typedef struct sip_accept_s         sip_accept_t;
typedef msg_accept_any_t            sip_accept_encoding_t;
typedef msg_accept_any_t            sip_accept_language_t;
typedef struct sip_allow_s          sip_allow_t;
typedef struct msg_auth_info_s      sip_authentication_info_t;
typedef struct msg_auth_s           sip_authorization_t;
typedef struct sip_call_id_s        sip_call_id_t;
typedef struct sip_call_info_s      sip_call_info_t;
typedef struct sip_contact_s        sip_contact_t;
typedef struct sip_cseq_s           sip_cseq_t;
typedef struct msg_generic_s        sip_etag_t;
typedef struct msg_generic_s        sip_if_match_t;
typedef msg_content_disposition_t   sip_content_disposition_t;
typedef msg_list_t                  sip_content_encoding_t;
typedef msg_list_t                  sip_content_language_t;
typedef struct sip_content_length_s sip_content_length_t;
typedef struct msg_content_type_s   sip_content_type_t;
typedef struct msg_generic_s        sip_mime_version_t;
typedef struct sip_date_s           sip_date_t;
typedef struct sip_error_info_s     sip_error_info_t;
typedef struct sip_expires_s        sip_expires_t;
typedef struct sip_addr_s           sip_from_t;
typedef msg_list_t                  sip_in_reply_to_t;
typedef struct sip_max_forwards_s   sip_max_forwards_t;
typedef struct sip_min_expires_s    sip_min_expires_t;
typedef struct sip_min_se_s         sip_min_se_t;
typedef struct msg_generic_s        sip_organization_t;
typedef struct msg_generic_s        sip_priority_t;
typedef struct msg_auth_s           sip_proxy_authenticate_t;
typedef struct msg_auth_info_s      sip_proxy_authentication_info_t;
typedef struct msg_auth_s           sip_proxy_authorization_t;
typedef msg_list_t                  sip_proxy_require_t;
typedef struct sip_rack_s           sip_rack_t;
typedef struct sip_reason_s         sip_reason_t;
typedef struct sip_route_s          sip_record_route_t;
typedef struct sip_refer_to_s       sip_refer_to_t;
typedef struct sip_referred_by_s    sip_referred_by_t;
typedef struct sip_replaces_s       sip_replaces_t;
typedef struct sip_request_disposition_s sip_request_disposition_t;
typedef struct sip_caller_prefs_s   sip_caller_prefs_t;
typedef struct sip_caller_prefs_s   sip_accept_contact_t;
typedef struct sip_caller_prefs_s   sip_reject_contact_t;
typedef msg_list_t                  sip_require_t;
typedef struct sip_retry_after_s    sip_retry_after_t;
typedef struct sip_route_s          sip_route_t;
typedef struct sip_rseq_s           sip_rseq_t;
typedef struct msg_generic_s        sip_server_t;
typedef struct sip_session_expires_s sip_session_expires_t;
typedef struct msg_generic_s        sip_subject_t;
typedef struct sip_subscription_state_s sip_subscription_state_t;
typedef msg_list_t                  sip_supported_t;
typedef struct sip_timestamp_s      sip_timestamp_t;
typedef struct sip_addr_s           sip_to_t;
typedef msg_list_t                  sip_unsupported_t;
typedef struct msg_generic_s        sip_user_agent_t;
typedef struct sip_via_s            sip_via_t;
typedef msg_warning_t               sip_warning_t;
typedef struct msg_auth_s           sip_www_authenticate_t;
typedef struct sip_event_s          sip_event_t;
typedef msg_list_t                  sip_allow_events_t;
typedef struct sip_privacy_s        sip_privacy_t;
typedef struct sip_route_s          sip_path_t;
typedef struct sip_security_agree_s sip_security_client_t;
typedef struct sip_security_agree_s sip_security_server_t;
typedef struct sip_security_agree_s sip_security_verify_t;
typedef struct sip_route_s          sip_service_route_t;
#if SOFIA_SIP_ABI_VERSION >= 113
typedef struct sip_identity_s       sip_identity_t;
#endif

/** A SIP message: one pointer per header kind (generated from headers/sip.headers). */
struct sip_s {
#include <sofia-sip/gen/sip_struct.h>
};

/** Request line. */
struct sip_request_s {
  sip_common_t     rq_common[1];
  sip_error_t     *rq_next;
  sip_method_t     rq_method;
  char const      *rq_method_name;
  url_t            rq_url[1];
  char const      *rq_version;
};

/** Status line. */
struct sip_status_s {
  sip_common_t   st_common[1];
  sip_error_t   *st_next;
  char const    *st_version;
  int            st_status;
  char const    *st_phrase;
};

/** From and To. */
struct sip_addr_s {
  sip_common_t       a_common[1];
  sip_error_t       *a_next;
  char const        *a_display;
  url_t              a_url[1];
  msg_param_t const *a_params;
  char const        *a_comment;
  char const        *a_tag;      /* value of the tag parameter */
};
#define a_user a_url->url_user
#define a_host a_url->url_host

/** Accept. */
struct sip_accept_s {
  sip_common_t        ac_common[1];
  sip_accept_t       *ac_next;
  char const         *ac_type;
  char const         *ac_subtype;
  msg_param_t const  *ac_params;
  char const         *ac_q;
};

/** Allow: a token list plus a bitmap of the known methods listed. */
struct sip_allow_s {
  msg_common_t       k_common[1];
  msg_list_t        *k_next;
  msg_param_t       *k_items;
  uint32_t           k_bitmap;   /* 1 << sip_method_X for each known method */
};

/** Call-ID. */
struct sip_call_id_s {
  sip_common_t   i_common[1];
  sip_call_id_t *i_next;
  char const    *i_id;
  uint32_t       i_hash;
};

/** Call-Info. */
struct sip_call_info_s {
  sip_common_t        ci_common[1];
  sip_call_info_t    *ci_next;
  url_t               ci_url[1];
  msg_param_t const  *ci_params;
  char const         *ci_purpose;
};

/** Contact. */
struct sip_contact_s {
  sip_common_t        m_common[1];
  sip_contact_t      *m_next;
  char const         *m_display;
  url_t               m_url[1];
  msg_param_t const  *m_params;
  char const         *m_comment;
  char const         *m_q;
  char const         *m_expires;
};

/** Content-Length. */
struct sip_content_length_s {
  sip_common_t   l_common[1];
  sip_error_t   *l_next;
  uint32_t       l_length;
};

/** CSeq. */
struct sip_cseq_s {
  sip_common_t   cs_common[1];
  sip_error_t   *cs_next;
  uint32_t       cs_seq;
  sip_method_t   cs_method;
  char const    *cs_method_name;
};

/** Date. */
struct sip_date_s {
  sip_common_t   d_common[1];
  sip_date_t    *d_next;
  sip_time_t     d_time;
};

/** Error-Info. */
struct sip_error_info_s {
  sip_common_t        ei_common[1];
  sip_error_info_t   *ei_next;
  url_t               ei_url[1];
  msg_param_t const  *ei_params;
};

/** Event. */
struct sip_event_s {
  sip_common_t        o_common[1];
  sip_error_t        *o_next;
  char const *        o_type;
  msg_param_t const  *o_params;
  char const         *o_id;
};

/** Expires: either seconds from now or a date. */
struct sip_expires_s {
  sip_common_t        ex_common[1];
  sip_error_t        *ex_next;
  sip_time_t          ex_date;
  sip_time_t          ex_delta;
};

/** Max-Forwards. */
struct sip_max_forwards_s {
  sip_common_t        mf_common[1];
  sip_error_t        *mf_next;
  unsigned long       mf_count;
};

/** Min-Expires. */
struct sip_min_expires_s {
  sip_common_t        me_common[1];
  sip_error_t        *me_next;
  unsigned long       me_delta;
};

/** RAck. */
struct sip_rack_s {
  sip_common_t        ra_common[1];
  sip_error_t        *ra_next;
  uint32_t            ra_response;
  uint32_t            ra_cseq;
  sip_method_t        ra_method;
  char const         *ra_method_name;
};

/** Refer-To. */
struct sip_refer_to_s {
  sip_common_t        r_common[1];
  sip_error_t        *r_next;
  char const         *r_display;
  url_t               r_url[1];
  msg_param_t const  *r_params;
};

/** Referred-By. */
struct sip_referred_by_s {
  sip_common_t        b_common[1];
  sip_error_t        *b_next;
  char const         *b_display;
  url_t               b_url[1];
  msg_param_t const  *b_params;
  char const         *b_cid;
};

/** Replaces. */
struct sip_replaces_s {
  sip_common_t        rp_common[1];
  sip_error_t        *rp_next;
  char const         *rp_call_id;
  msg_param_t const  *rp_params;
  char const         *rp_to_tag;
  char const         *rp_from_tag;
  unsigned            rp_early_only;
};

/** Retry-After. */
struct sip_retry_after_s {
  sip_common_t        af_common[1];
  sip_error_t        *af_next;
  sip_time_t          af_delta;
  char const         *af_comment;
  msg_param_t const  *af_params;
  char const         *af_duration;
};

/** Request-Disposition. */
struct sip_request_disposition_s {
  sip_common_t        rd_common[1];
  sip_error_t        *rd_next;
  msg_param_t        *rd_items;
};

/** Accept-Contact and Reject-Contact. */
struct sip_caller_prefs_s {
  sip_common_t        cp_common[1];
  sip_caller_prefs_t *cp_next;
  msg_param_t const  *cp_params;
  char const         *cp_q;
  unsigned            cp_require:1;
  unsigned            cp_explicit:1;
  unsigned            :0;
};

/** Reason. */
struct sip_reason_s {
  sip_common_t        re_common[1];
  sip_reason_t       *re_next;
  char const         *re_protocol;
  msg_param_t const  *re_params;
  char const         *re_cause;
  char const         *re_text;
};

/** Route, Record-Route, Path, Service-Route. */
struct sip_route_s {
  sip_common_t        r_common[1];
  sip_route_t        *r_next;
  char const         *r_display;
  url_t               r_url[1];
  msg_param_t const  *r_params;
};

/** RSeq. */
struct sip_rseq_s {
  sip_common_t        rs_common[1];
  sip_error_t        *rs_next;
  unsigned long       rs_response;
};

/** Session-Expires. */
struct sip_session_expires_s {
  sip_common_t        x_common[1];
  sip_error_t        *x_next;
  unsigned long       x_delta;
  msg_param_t const  *x_params;
  char const         *x_refresher;
};

/** Min-SE. */
struct sip_min_se_s {
  sip_common_t        min_common[1];
  sip_error_t        *min_next;
  unsigned long       min_delta;
  msg_param_t const  *min_params;
};

/** Subscription-State. */
struct sip_subscription_state_s {
  sip_common_t        ss_common[1];
  sip_error_t        *ss_next;
  char const         *ss_substate;
  msg_param_t const  *ss_params;
  char const         *ss_reason;
  char const         *ss_expires;
  char const         *ss_retry_after;
};

/** Timestamp. */
struct sip_timestamp_s {
  sip_common_t        ts_common[1];
  sip_error_t        *ts_next;
  char const         *ts_stamp;
  char const         *ts_delay;
};

/** Via. */
struct sip_via_s {
  sip_common_t        v_common[1];
  sip_via_t          *v_next;
  char const         *v_protocol;   /* e.g. "SIP/2.0/UDP" */
  char const         *v_host;
  char const         *v_port;
  msg_param_t const  *v_params;
  char const         *v_comment;
  char const         *v_ttl;
  char const         *v_maddr;
  char const         *v_received;
  char const         *v_branch;
  char const         *v_rport;
  char const         *v_comp;
};

/** Security-Client, Security-Server, Security-Verify. */
struct sip_security_agree_s {
  sip_common_t        sa_common[1];
  struct sip_security_agree_s *sa_next;
  char const         *sa_mec;
  msg_param_t const  *sa_params;
  char const         *sa_q;
  char const         *sa_d_alg;
  char const         *sa_d_qop;
  char const         *sa_d_ver;
};

/** Privacy. */
struct sip_privacy_s {
  sip_common_t       priv_common[1];
  sip_error_t       *priv_next;
  msg_param_t const *priv_values;
};

#if SOFIA_SIP_ABI_VERSION >= 113
/** Identity (RFC 8224; FreeSWITCH's fork). */
struct sip_identity_s {
  sip_common_t       id_common[1];
  sip_identity_t    *id_next;
  char const        *id_value;
  char const        *id_info;
  char const        *id_signed_identity_digest;
  char const        *id_info_alg;
  char const        *id_info_ppt;
  msg_param_t const *id_info_params;
};
#endif

/** Any SIP header. */
union sip_header_u {
  sip_common_t               sh_common[1];
  struct {
    sip_common_t             shn_common;
    sip_header_t            *shn_next;
  }                          sh_header_next[1];
  sip_addr_t                 sh_addr[1];
  sip_auth_t                 sh_auth[1];
  sip_generic_t              sh_generic[1];
  sip_request_t              sh_request[1];
  sip_status_t               sh_status[1];
  sip_error_t                sh_error[1];
  sip_via_t                  sh_via[1];
  sip_route_t                sh_route[1];
  sip_record_route_t         sh_record_route[1];
  sip_max_forwards_t         sh_max_forwards[1];
  sip_from_t                 sh_from[1];
  sip_to_t                   sh_to[1];
  sip_contact_t              sh_contact[1];
  sip_call_id_t              sh_call_id[1];
  sip_cseq_t                 sh_cseq[1];
  sip_rseq_t                 sh_rseq[1];
  sip_rack_t                 sh_rack[1];
  sip_subject_t              sh_subject[1];
  sip_priority_t             sh_priority[1];
  sip_date_t                 sh_date[1];
  sip_retry_after_t          sh_retry_after[1];
  sip_timestamp_t            sh_timestamp[1];
  sip_expires_t              sh_expires[1];
  sip_min_expires_t          sh_min_expires[1];
  sip_call_info_t            sh_call_info[1];
  sip_organization_t         sh_organization[1];
  sip_server_t               sh_server[1];
  sip_user_agent_t           sh_user_agent[1];
  sip_in_reply_to_t          sh_in_reply_to[1];
  sip_accept_t               sh_accept[1];
  sip_accept_encoding_t      sh_accept_encoding[1];
  sip_accept_language_t      sh_accept_language[1];
  sip_allow_t                sh_allow[1];
  sip_require_t              sh_require[1];
  sip_proxy_require_t        sh_proxy_require[1];
  sip_supported_t            sh_supported[1];
  sip_unsupported_t          sh_unsupported[1];
  sip_event_t                sh_event[1];
  sip_allow_events_t         sh_allow_events[1];
  sip_subscription_state_t   sh_subscription_state[1];
  sip_proxy_authenticate_t   sh_proxy_authenticate[1];
  sip_proxy_authentication_info_t sh_proxy_authentication_info[1];
  sip_proxy_authorization_t  sh_proxy_authorization[1];
  sip_authorization_t        sh_authorization[1];
  sip_www_authenticate_t     sh_www_authenticate[1];
  sip_authentication_info_t  sh_authentication_info[1];
  sip_error_info_t           sh_error_info[1];
  sip_warning_t              sh_warning[1];
  sip_refer_to_t             sh_refer_to[1];
  sip_referred_by_t          sh_referred_by[1];
  sip_replaces_t             sh_replaces[1];
  sip_session_expires_t      sh_session_expires[1];
  sip_min_se_t               sh_min_se[1];
  sip_path_t                 sh_path[1];
  sip_service_route_t        sh_service_route[1];
  sip_reason_t               sh_reason[1];
  sip_security_client_t      sh_security_client[1];
  sip_security_server_t      sh_security_server[1];
  sip_security_verify_t      sh_security_verify[1];
  sip_privacy_t              sh_privacy[1];
  sip_etag_t                 sh_etag[1];
  sip_if_match_t             sh_if_match[1];
  sip_mime_version_t         sh_mime_version[1];
  sip_content_type_t         sh_content_type[1];
  sip_content_encoding_t     sh_content_encoding[1];
  sip_content_language_t     sh_content_language[1];
  sip_content_disposition_t  sh_content_disposition[1];
  sip_content_length_t       sh_content_length[1];
  sip_unknown_t              sh_unknown[1];
  sip_separator_t            sh_separator[1];
  sip_payload_t              sh_payload[1];
#if SOFIA_SIP_ABI_VERSION >= 113
  sip_identity_t             sh_identity[1];
#endif
};

SOFIA_END_DECLS

#endif /* SIP_H */
