/* Generated from headers/sip.headers by tools/hdrgen.rs (tools/regen-headers). Do not edit. */
/* sofia-rs: SIP header classes and their hash numbers.
 * The hash of a class is compiled into applications by the inline sip_is_X() tests. */
#ifndef SIP_HCLASSES_H
#define SIP_HCLASSES_H

#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif

SOFIA_BEGIN_DECLS

enum { sip_request_hash = -1 };
SOFIAPUBVAR msg_hclass_t sip_request_class[];
enum { sip_status_hash = -2 };
SOFIAPUBVAR msg_hclass_t sip_status_class[];
enum { sip_via_hash = 46244 };
SOFIAPUBVAR msg_hclass_t sip_via_class[];
enum { sip_route_hash = 28359 };
SOFIAPUBVAR msg_hclass_t sip_route_class[];
enum { sip_record_route_hash = 33211 };
SOFIAPUBVAR msg_hclass_t sip_record_route_class[];
enum { sip_max_forwards_hash = 27231 };
SOFIAPUBVAR msg_hclass_t sip_max_forwards_class[];
enum { sip_proxy_require_hash = 11704 };
SOFIAPUBVAR msg_hclass_t sip_proxy_require_class[];
enum { sip_from_hash = 15368 };
SOFIAPUBVAR msg_hclass_t sip_from_class[];
enum { sip_to_hash = 62495 };
SOFIAPUBVAR msg_hclass_t sip_to_class[];
enum { sip_call_id_hash = 38022 };
SOFIAPUBVAR msg_hclass_t sip_call_id_class[];
enum { sip_cseq_hash = 12268 };
SOFIAPUBVAR msg_hclass_t sip_cseq_class[];
#if SOFIA_SIP_ABI_VERSION >= 113
enum { sip_identity_hash = 60890 };
SOFIAPUBVAR msg_hclass_t sip_identity_class[];
#endif
enum { sip_contact_hash = 25428 };
SOFIAPUBVAR msg_hclass_t sip_contact_class[];
enum { sip_rseq_hash = 16651 };
SOFIAPUBVAR msg_hclass_t sip_rseq_class[];
enum { sip_rack_hash = 46065 };
SOFIAPUBVAR msg_hclass_t sip_rack_class[];
enum { sip_request_disposition_hash = 61507 };
SOFIAPUBVAR msg_hclass_t sip_request_disposition_class[];
enum { sip_accept_contact_hash = 30081 };
SOFIAPUBVAR msg_hclass_t sip_accept_contact_class[];
enum { sip_reject_contact_hash = 34934 };
SOFIAPUBVAR msg_hclass_t sip_reject_contact_class[];
enum { sip_expires_hash = 28680 };
SOFIAPUBVAR msg_hclass_t sip_expires_class[];
enum { sip_date_hash = 43982 };
SOFIAPUBVAR msg_hclass_t sip_date_class[];
enum { sip_retry_after_hash = 30349 };
SOFIAPUBVAR msg_hclass_t sip_retry_after_class[];
enum { sip_timestamp_hash = 12632 };
SOFIAPUBVAR msg_hclass_t sip_timestamp_class[];
enum { sip_min_expires_hash = 21461 };
SOFIAPUBVAR msg_hclass_t sip_min_expires_class[];
enum { sip_subject_hash = 16360 };
SOFIAPUBVAR msg_hclass_t sip_subject_class[];
enum { sip_priority_hash = 8846 };
SOFIAPUBVAR msg_hclass_t sip_priority_class[];
enum { sip_call_info_hash = 57337 };
SOFIAPUBVAR msg_hclass_t sip_call_info_class[];
enum { sip_organization_hash = 6389 };
SOFIAPUBVAR msg_hclass_t sip_organization_class[];
enum { sip_server_hash = 31323 };
SOFIAPUBVAR msg_hclass_t sip_server_class[];
enum { sip_user_agent_hash = 40911 };
SOFIAPUBVAR msg_hclass_t sip_user_agent_class[];
enum { sip_in_reply_to_hash = 19812 };
SOFIAPUBVAR msg_hclass_t sip_in_reply_to_class[];
enum { sip_accept_hash = 29344 };
SOFIAPUBVAR msg_hclass_t sip_accept_class[];
enum { sip_accept_encoding_hash = 35932 };
SOFIAPUBVAR msg_hclass_t sip_accept_encoding_class[];
enum { sip_accept_language_hash = 23797 };
SOFIAPUBVAR msg_hclass_t sip_accept_language_class[];
enum { sip_allow_hash = 44519 };
SOFIAPUBVAR msg_hclass_t sip_allow_class[];
enum { sip_require_hash = 32097 };
SOFIAPUBVAR msg_hclass_t sip_require_class[];
enum { sip_supported_hash = 28310 };
SOFIAPUBVAR msg_hclass_t sip_supported_class[];
enum { sip_unsupported_hash = 37557 };
SOFIAPUBVAR msg_hclass_t sip_unsupported_class[];
enum { sip_event_hash = 8274 };
SOFIAPUBVAR msg_hclass_t sip_event_class[];
enum { sip_allow_events_hash = 31165 };
SOFIAPUBVAR msg_hclass_t sip_allow_events_class[];
enum { sip_subscription_state_hash = 30595 };
SOFIAPUBVAR msg_hclass_t sip_subscription_state_class[];
enum { sip_proxy_authenticate_hash = 57658 };
SOFIAPUBVAR msg_hclass_t sip_proxy_authenticate_class[];
enum { sip_proxy_authentication_info_hash = 52344 };
SOFIAPUBVAR msg_hclass_t sip_proxy_authentication_info_class[];
enum { sip_proxy_authorization_hash = 21244 };
SOFIAPUBVAR msg_hclass_t sip_proxy_authorization_class[];
enum { sip_authorization_hash = 36397 };
SOFIAPUBVAR msg_hclass_t sip_authorization_class[];
enum { sip_www_authenticate_hash = 16217 };
SOFIAPUBVAR msg_hclass_t sip_www_authenticate_class[];
enum { sip_authentication_info_hash = 20849 };
SOFIAPUBVAR msg_hclass_t sip_authentication_info_class[];
enum { sip_error_info_hash = 5263 };
SOFIAPUBVAR msg_hclass_t sip_error_info_class[];
enum { sip_warning_hash = 4130 };
SOFIAPUBVAR msg_hclass_t sip_warning_class[];
enum { sip_refer_to_hash = 52604 };
SOFIAPUBVAR msg_hclass_t sip_refer_to_class[];
enum { sip_referred_by_hash = 11403 };
SOFIAPUBVAR msg_hclass_t sip_referred_by_class[];
enum { sip_replaces_hash = 58083 };
SOFIAPUBVAR msg_hclass_t sip_replaces_class[];
enum { sip_session_expires_hash = 61197 };
SOFIAPUBVAR msg_hclass_t sip_session_expires_class[];
enum { sip_min_se_hash = 11565 };
SOFIAPUBVAR msg_hclass_t sip_min_se_class[];
enum { sip_path_hash = 5705 };
SOFIAPUBVAR msg_hclass_t sip_path_class[];
enum { sip_service_route_hash = 21825 };
SOFIAPUBVAR msg_hclass_t sip_service_route_class[];
enum { sip_reason_hash = 13856 };
SOFIAPUBVAR msg_hclass_t sip_reason_class[];
enum { sip_security_client_hash = 572 };
SOFIAPUBVAR msg_hclass_t sip_security_client_class[];
enum { sip_security_server_hash = 20148 };
SOFIAPUBVAR msg_hclass_t sip_security_server_class[];
enum { sip_security_verify_hash = 29234 };
SOFIAPUBVAR msg_hclass_t sip_security_verify_class[];
enum { sip_privacy_hash = 13834 };
SOFIAPUBVAR msg_hclass_t sip_privacy_class[];
enum { sip_etag_hash = 64478 };
SOFIAPUBVAR msg_hclass_t sip_etag_class[];
enum { sip_if_match_hash = 26974 };
SOFIAPUBVAR msg_hclass_t sip_if_match_class[];
enum { sip_mime_version_hash = 49047 };
SOFIAPUBVAR msg_hclass_t sip_mime_version_class[];
enum { sip_content_type_hash = 51226 };
SOFIAPUBVAR msg_hclass_t sip_content_type_class[];
enum { sip_content_encoding_hash = 8707 };
SOFIAPUBVAR msg_hclass_t sip_content_encoding_class[];
enum { sip_content_language_hash = 62108 };
SOFIAPUBVAR msg_hclass_t sip_content_language_class[];
enum { sip_content_disposition_hash = 16333 };
SOFIAPUBVAR msg_hclass_t sip_content_disposition_class[];
enum { sip_content_length_hash = 8402 };
SOFIAPUBVAR msg_hclass_t sip_content_length_class[];
enum { sip_unknown_hash = -3 };
SOFIAPUBVAR msg_hclass_t sip_unknown_class[];
enum { sip_separator_hash = -5 };
SOFIAPUBVAR msg_hclass_t sip_separator_class[];
enum { sip_payload_hash = -6 };
SOFIAPUBVAR msg_hclass_t sip_payload_class[];
enum { sip_error_hash = -4 };
SOFIAPUBVAR msg_hclass_t sip_error_class[];
enum { sip_refer_sub_hash = 14607 };
SOFIAPUBVAR msg_hclass_t sip_refer_sub_class[];
enum { sip_alert_info_hash = 53913 };
SOFIAPUBVAR msg_hclass_t sip_alert_info_class[];
enum { sip_reply_to_hash = 38016 };
SOFIAPUBVAR msg_hclass_t sip_reply_to_class[];
enum { sip_remote_party_id_hash = 59907 };
SOFIAPUBVAR msg_hclass_t sip_remote_party_id_class[];
enum { sip_p_asserted_identity_hash = 16399 };
SOFIAPUBVAR msg_hclass_t sip_p_asserted_identity_class[];
enum { sip_p_preferred_identity_hash = 44591 };
SOFIAPUBVAR msg_hclass_t sip_p_preferred_identity_class[];

SOFIA_END_DECLS

#endif /* SIP_HCLASSES_H */
