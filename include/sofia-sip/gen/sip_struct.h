/* Generated from headers/sip.headers by tools/hdrgen.rs (tools/regen-headers). Do not edit. */
/* Included by sip.h inside the definition of struct sip_s. */
  msg_common_t               sip_common[1]; /* h_class: the parser's msg_mclass_t */
  msg_pub_t                 *sip_next;
  void                      *sip_user;
  unsigned                   sip_size;      /* bytes allocated for this struct */
  int                        sip_flags;     /* MSG_FLG_* */
  sip_error_t               *sip_error;     /* headers that failed to parse */
  sip_request_t              *sip_request;
  sip_status_t               *sip_status;
  sip_via_t                  *sip_via;
  sip_route_t                *sip_route;
  sip_record_route_t         *sip_record_route;
  sip_max_forwards_t         *sip_max_forwards;
  sip_proxy_require_t        *sip_proxy_require;
  sip_from_t                 *sip_from;
  sip_to_t                   *sip_to;
  sip_call_id_t              *sip_call_id;
  sip_cseq_t                 *sip_cseq;
#if SOFIA_SIP_ABI_VERSION >= 113
  sip_identity_t             *sip_identity;
#endif
  sip_contact_t              *sip_contact;
  sip_rseq_t                 *sip_rseq;
  sip_rack_t                 *sip_rack;
  sip_request_disposition_t  *sip_request_disposition;
  sip_accept_contact_t       *sip_accept_contact;
  sip_reject_contact_t       *sip_reject_contact;
  sip_expires_t              *sip_expires;
  sip_date_t                 *sip_date;
  sip_retry_after_t          *sip_retry_after;
  sip_timestamp_t            *sip_timestamp;
  sip_min_expires_t          *sip_min_expires;
  sip_subject_t              *sip_subject;
  sip_priority_t             *sip_priority;
  sip_call_info_t            *sip_call_info;
  sip_organization_t         *sip_organization;
  sip_server_t               *sip_server;
  sip_user_agent_t           *sip_user_agent;
  sip_in_reply_to_t          *sip_in_reply_to;
  sip_accept_t               *sip_accept;
  sip_accept_encoding_t      *sip_accept_encoding;
  sip_accept_language_t      *sip_accept_language;
  sip_allow_t                *sip_allow;
  sip_require_t              *sip_require;
  sip_supported_t            *sip_supported;
  sip_unsupported_t          *sip_unsupported;
  sip_event_t                *sip_event;
  sip_allow_events_t         *sip_allow_events;
  sip_subscription_state_t   *sip_subscription_state;
  sip_proxy_authenticate_t   *sip_proxy_authenticate;
  sip_proxy_authentication_info_t *sip_proxy_authentication_info;
  sip_proxy_authorization_t  *sip_proxy_authorization;
  sip_authorization_t        *sip_authorization;
  sip_www_authenticate_t     *sip_www_authenticate;
  sip_authentication_info_t  *sip_authentication_info;
  sip_error_info_t           *sip_error_info;
  sip_warning_t              *sip_warning;
  sip_refer_to_t             *sip_refer_to;
  sip_referred_by_t          *sip_referred_by;
  sip_replaces_t             *sip_replaces;
  sip_session_expires_t      *sip_session_expires;
  sip_min_se_t               *sip_min_se;
  sip_path_t                 *sip_path;
  sip_service_route_t        *sip_service_route;
  sip_reason_t               *sip_reason;
  sip_security_client_t      *sip_security_client;
  sip_security_server_t      *sip_security_server;
  sip_security_verify_t      *sip_security_verify;
  sip_privacy_t              *sip_privacy;
  sip_etag_t                 *sip_etag;
  sip_if_match_t             *sip_if_match;
  sip_mime_version_t         *sip_mime_version;
  sip_content_type_t         *sip_content_type;
  sip_content_encoding_t     *sip_content_encoding;
  sip_content_language_t     *sip_content_language;
  sip_content_disposition_t  *sip_content_disposition;
  sip_content_length_t       *sip_content_length;
  sip_unknown_t              *sip_unknown;
  sip_separator_t            *sip_separator;
  sip_payload_t              *sip_payload;
  msg_multipart_t           *sip_multipart;
