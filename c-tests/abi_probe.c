/* ABI probe: sizes, field offsets and enum values of the public structs and enums that
 * applications compile into their own code.  Built against the real library's headers
 * (1.12) and ours, the output must be identical; for the 1.13 flavour it is compared with
 * c-tests/abi_probe.1.13.expected (the fork's measured layout, sofia-abi.md; written by
 * tools/abi-expected-1.13). */
#include <stdio.h>
#include <stddef.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_class.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_time.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/url.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_hclasses.h>

#define SIZE(t) printf("sizeof %s = %zu\n", #t, sizeof(t))
#define OFF(t, f) printf("  %s.%s @ %zu (%zu)\n", #t, #f, offsetof(t, f), sizeof(((t *)0)->f))
#define VAL(e) printf("%s = %ld\n", #e, (long)(e))

typedef struct tag_type_s tag_type_struct;
typedef struct tag_class_s tag_class_struct;

int main(void)
{
  SIZE(tagi_t); OFF(tagi_t, t_tag); OFF(tagi_t, t_value);
  SIZE(tag_type_struct);
  OFF(tag_type_struct, tt_ns); OFF(tag_type_struct, tt_name);
  OFF(tag_type_struct, tt_class); OFF(tag_type_struct, tt_magic);
  SIZE(tag_class_struct);
  OFF(tag_class_struct, tc_size); OFF(tag_class_struct, tc_next); OFF(tag_class_struct, tc_len);
  OFF(tag_class_struct, tc_move); OFF(tag_class_struct, tc_xtra); OFF(tag_class_struct, tc_dup);
  OFF(tag_class_struct, tc_free); OFF(tag_class_struct, tc_find);
  OFF(tag_class_struct, tc_snprintf); OFF(tag_class_struct, tc_filter);
  OFF(tag_class_struct, tc_ref_set); OFF(tag_class_struct, tc_scan);
  SIZE(tag_value_t); SIZE(tag_type_t);
  SIZE(ta_list); OFF(ta_list, tl); OFF(ta_list, ap);

  SIZE(su_home_t); OFF(su_home_t, suh_size); OFF(su_home_t, suh_blocks); OFF(su_home_t, suh_lock);
  SIZE(isize_t); SIZE(issize_t); SIZE(usize_t);

  SIZE(su_wait_t); SIZE(su_duration_t); SIZE(su_socket_t); SIZE(su_sockaddr_t);
  SIZE(su_time_t); OFF(su_time_t, tv_sec); OFF(su_time_t, tv_usec);
  VAL(SU_WAIT_IN); VAL(SU_WAIT_OUT); VAL(SU_WAIT_ERR); VAL(SU_WAIT_HUP);
  VAL(SU_WAIT_ACCEPT); VAL(SU_WAIT_CONNECT);
  VAL(SU_WAIT_FOREVER); VAL(SU_WAIT_TIMEOUT); VAL(SU_WAIT_MAX); VAL(SU_DURATION_MAX);
  VAL(su_pri_normal); VAL(su_pri_first); VAL(su_pri_realtime);
  VAL(SU_SUCCESS); VAL(SU_FAILURE); VAL(INVALID_SOCKET);

  SIZE(su_log_t);
  OFF(su_log_t, log_size); OFF(su_log_t, log_name); OFF(su_log_t, log_env);
  OFF(su_log_t, log_default); OFF(su_log_t, log_level); OFF(su_log_t, log_init);
  OFF(su_log_t, log_logger); OFF(su_log_t, log_stream);
  VAL(SU_LOG_MAX);

  SIZE(url_t);
  OFF(url_t, url_pad); OFF(url_t, url_type); OFF(url_t, url_root); OFF(url_t, url_scheme);
  OFF(url_t, url_user); OFF(url_t, url_password); OFF(url_t, url_host); OFF(url_t, url_port);
  OFF(url_t, url_path); OFF(url_t, url_params); OFF(url_t, url_headers); OFF(url_t, url_fragment);
  SIZE(url_string_t);
  VAL(url_invalid); VAL(url_unknown); VAL(url_any); VAL(url_sip); VAL(url_sips);
  VAL(url_tel); VAL(url_fax); VAL(url_modem); VAL(url_http); VAL(url_https); VAL(url_ftp);
  VAL(url_file); VAL(url_rtsp); VAL(url_rtspu); VAL(url_mailto); VAL(url_im); VAL(url_pres);
#if defined(SOFIA_SIP_ABI_VERSION) && SOFIA_SIP_ABI_VERSION >= 113
  VAL(url_urn); /* the fork inserted it after url_sips */
#endif
  VAL(url_cid); VAL(url_msrp); VAL(url_msrps); VAL(url_wv); VAL(_url_none);
  SIZE(sip_t);
  OFF(sip_t, sip_common); OFF(sip_t, sip_next); OFF(sip_t, sip_user); OFF(sip_t, sip_size);
  OFF(sip_t, sip_flags); OFF(sip_t, sip_error);
  OFF(sip_t, sip_request); SIZE(sip_request_t);
  OFF(sip_t, sip_status); SIZE(sip_status_t);
  OFF(sip_t, sip_via); SIZE(sip_via_t);
  OFF(sip_t, sip_route); SIZE(sip_route_t);
  OFF(sip_t, sip_record_route); SIZE(sip_record_route_t);
  OFF(sip_t, sip_max_forwards); SIZE(sip_max_forwards_t);
  OFF(sip_t, sip_proxy_require); SIZE(sip_proxy_require_t);
  OFF(sip_t, sip_from); SIZE(sip_from_t);
  OFF(sip_t, sip_to); SIZE(sip_to_t);
  OFF(sip_t, sip_call_id); SIZE(sip_call_id_t);
  OFF(sip_t, sip_cseq); SIZE(sip_cseq_t);
#if defined(SOFIA_SIP_ABI_VERSION) && SOFIA_SIP_ABI_VERSION >= 113
  OFF(sip_t, sip_identity); SIZE(sip_identity_t);
#endif
  OFF(sip_t, sip_contact); SIZE(sip_contact_t);
  OFF(sip_t, sip_rseq); SIZE(sip_rseq_t);
  OFF(sip_t, sip_rack); SIZE(sip_rack_t);
  OFF(sip_t, sip_request_disposition); SIZE(sip_request_disposition_t);
  OFF(sip_t, sip_accept_contact); SIZE(sip_accept_contact_t);
  OFF(sip_t, sip_reject_contact); SIZE(sip_reject_contact_t);
  OFF(sip_t, sip_expires); SIZE(sip_expires_t);
  OFF(sip_t, sip_date); SIZE(sip_date_t);
  OFF(sip_t, sip_retry_after); SIZE(sip_retry_after_t);
  OFF(sip_t, sip_timestamp); SIZE(sip_timestamp_t);
  OFF(sip_t, sip_min_expires); SIZE(sip_min_expires_t);
  OFF(sip_t, sip_subject); SIZE(sip_subject_t);
  OFF(sip_t, sip_priority); SIZE(sip_priority_t);
  OFF(sip_t, sip_call_info); SIZE(sip_call_info_t);
  OFF(sip_t, sip_organization); SIZE(sip_organization_t);
  OFF(sip_t, sip_server); SIZE(sip_server_t);
  OFF(sip_t, sip_user_agent); SIZE(sip_user_agent_t);
  OFF(sip_t, sip_in_reply_to); SIZE(sip_in_reply_to_t);
  OFF(sip_t, sip_accept); SIZE(sip_accept_t);
  OFF(sip_t, sip_accept_encoding); SIZE(sip_accept_encoding_t);
  OFF(sip_t, sip_accept_language); SIZE(sip_accept_language_t);
  OFF(sip_t, sip_allow); SIZE(sip_allow_t);
  OFF(sip_t, sip_require); SIZE(sip_require_t);
  OFF(sip_t, sip_supported); SIZE(sip_supported_t);
  OFF(sip_t, sip_unsupported); SIZE(sip_unsupported_t);
  OFF(sip_t, sip_event); SIZE(sip_event_t);
  OFF(sip_t, sip_allow_events); SIZE(sip_allow_events_t);
  OFF(sip_t, sip_subscription_state); SIZE(sip_subscription_state_t);
  OFF(sip_t, sip_proxy_authenticate); SIZE(sip_proxy_authenticate_t);
  OFF(sip_t, sip_proxy_authentication_info); SIZE(sip_proxy_authentication_info_t);
  OFF(sip_t, sip_proxy_authorization); SIZE(sip_proxy_authorization_t);
  OFF(sip_t, sip_authorization); SIZE(sip_authorization_t);
  OFF(sip_t, sip_www_authenticate); SIZE(sip_www_authenticate_t);
  OFF(sip_t, sip_authentication_info); SIZE(sip_authentication_info_t);
  OFF(sip_t, sip_error_info); SIZE(sip_error_info_t);
  OFF(sip_t, sip_warning); SIZE(sip_warning_t);
  OFF(sip_t, sip_refer_to); SIZE(sip_refer_to_t);
  OFF(sip_t, sip_referred_by); SIZE(sip_referred_by_t);
  OFF(sip_t, sip_replaces); SIZE(sip_replaces_t);
  OFF(sip_t, sip_session_expires); SIZE(sip_session_expires_t);
  OFF(sip_t, sip_min_se); SIZE(sip_min_se_t);
  OFF(sip_t, sip_path); SIZE(sip_path_t);
  OFF(sip_t, sip_service_route); SIZE(sip_service_route_t);
  OFF(sip_t, sip_reason); SIZE(sip_reason_t);
  OFF(sip_t, sip_security_client); SIZE(sip_security_client_t);
  OFF(sip_t, sip_security_server); SIZE(sip_security_server_t);
  OFF(sip_t, sip_security_verify); SIZE(sip_security_verify_t);
  OFF(sip_t, sip_privacy); SIZE(sip_privacy_t);
  OFF(sip_t, sip_etag); SIZE(sip_etag_t);
  OFF(sip_t, sip_if_match); SIZE(sip_if_match_t);
  OFF(sip_t, sip_mime_version); SIZE(sip_mime_version_t);
  OFF(sip_t, sip_content_type); SIZE(sip_content_type_t);
  OFF(sip_t, sip_content_encoding); SIZE(sip_content_encoding_t);
  OFF(sip_t, sip_content_language); SIZE(sip_content_language_t);
  OFF(sip_t, sip_content_disposition); SIZE(sip_content_disposition_t);
  OFF(sip_t, sip_content_length); SIZE(sip_content_length_t);
  OFF(sip_t, sip_unknown); SIZE(sip_unknown_t);
  OFF(sip_t, sip_separator); SIZE(sip_separator_t);
  OFF(sip_t, sip_payload); SIZE(sip_payload_t);
  OFF(sip_t, sip_multipart); SIZE(msg_multipart_t); SIZE(sip_header_t); SIZE(msg_header_t);
  OFF(sip_request_t, rq_method); OFF(sip_request_t, rq_method_name); OFF(sip_request_t, rq_url); OFF(sip_request_t, rq_version);
  OFF(sip_status_t, st_version); OFF(sip_status_t, st_status); OFF(sip_status_t, st_phrase);
  OFF(sip_from_t, a_display); OFF(sip_from_t, a_url); OFF(sip_from_t, a_params); OFF(sip_from_t, a_comment); OFF(sip_from_t, a_tag);
  OFF(sip_contact_t, m_display); OFF(sip_contact_t, m_url); OFF(sip_contact_t, m_params); OFF(sip_contact_t, m_comment); OFF(sip_contact_t, m_q); OFF(sip_contact_t, m_expires);
  OFF(sip_via_t, v_protocol); OFF(sip_via_t, v_host); OFF(sip_via_t, v_port); OFF(sip_via_t, v_params); OFF(sip_via_t, v_comment); OFF(sip_via_t, v_ttl); OFF(sip_via_t, v_maddr); OFF(sip_via_t, v_received); OFF(sip_via_t, v_branch); OFF(sip_via_t, v_rport); OFF(sip_via_t, v_comp);
  OFF(sip_cseq_t, cs_seq); OFF(sip_cseq_t, cs_method); OFF(sip_cseq_t, cs_method_name);
  OFF(sip_call_id_t, i_id); OFF(sip_call_id_t, i_hash);
  OFF(sip_route_t, r_display); OFF(sip_route_t, r_url); OFF(sip_route_t, r_params);
  OFF(sip_content_type_t, c_type); OFF(sip_content_type_t, c_subtype); OFF(sip_content_type_t, c_params);
  OFF(sip_payload_t, pl_data); OFF(sip_payload_t, pl_len);
  OFF(sip_unknown_t, un_name); OFF(sip_unknown_t, un_value);
  OFF(sip_allow_t, k_items); OFF(sip_allow_t, k_bitmap);
  OFF(sip_replaces_t, rp_call_id); OFF(sip_replaces_t, rp_params); OFF(sip_replaces_t, rp_to_tag); OFF(sip_replaces_t, rp_from_tag); OFF(sip_replaces_t, rp_early_only);
  OFF(sip_session_expires_t, x_delta); OFF(sip_session_expires_t, x_params); OFF(sip_session_expires_t, x_refresher);
  OFF(sip_subscription_state_t, ss_substate); OFF(sip_subscription_state_t, ss_params); OFF(sip_subscription_state_t, ss_reason); OFF(sip_subscription_state_t, ss_expires); OFF(sip_subscription_state_t, ss_retry_after);
  OFF(sip_reason_t, re_protocol); OFF(sip_reason_t, re_params); OFF(sip_reason_t, re_cause); OFF(sip_reason_t, re_text);
  OFF(sip_event_t, o_type); OFF(sip_event_t, o_params); OFF(sip_event_t, o_id);
  OFF(sip_rack_t, ra_response); OFF(sip_rack_t, ra_cseq); OFF(sip_rack_t, ra_method); OFF(sip_rack_t, ra_method_name);
  OFF(sip_retry_after_t, af_delta); OFF(sip_retry_after_t, af_comment); OFF(sip_retry_after_t, af_params); OFF(sip_retry_after_t, af_duration);
  OFF(sip_warning_t, w_code); OFF(sip_warning_t, w_host); OFF(sip_warning_t, w_port); OFF(sip_warning_t, w_text);
  OFF(sip_call_info_t, ci_url); OFF(sip_call_info_t, ci_params); OFF(sip_call_info_t, ci_purpose);
  OFF(sip_accept_t, ac_type); OFF(sip_accept_t, ac_subtype); OFF(sip_accept_t, ac_params); OFF(sip_accept_t, ac_q);
  OFF(msg_hclass_t, hc_hash); OFF(msg_hclass_t, hc_parse); OFF(msg_hclass_t, hc_print); OFF(msg_hclass_t, hc_dxtra); OFF(msg_hclass_t, hc_dup_one); OFF(msg_hclass_t, hc_update); OFF(msg_hclass_t, hc_name); OFF(msg_hclass_t, hc_len); OFF(msg_hclass_t, hc_short); OFF(msg_hclass_t, hc_size); OFF(msg_hclass_t, hc_params);
  OFF(msg_common_t, h_succ); OFF(msg_common_t, h_prev); OFF(msg_common_t, h_class); OFF(msg_common_t, h_data); OFF(msg_common_t, h_len);
  VAL(sip_method_invalid); VAL(sip_method_unknown); VAL(sip_method_invite); VAL(sip_method_publish);
  VAL(msg_kind_single); VAL(msg_kind_append); VAL(msg_kind_list); VAL(msg_kind_apndlist); VAL(msg_kind_prepend);
  VAL(sip_request_hash);
  VAL(sip_status_hash);
  VAL(sip_via_hash);
  VAL(sip_route_hash);
  VAL(sip_record_route_hash);
  VAL(sip_max_forwards_hash);
  VAL(sip_proxy_require_hash);
  VAL(sip_from_hash);
  VAL(sip_to_hash);
  VAL(sip_call_id_hash);
  VAL(sip_cseq_hash);
#if defined(SOFIA_SIP_ABI_VERSION) && SOFIA_SIP_ABI_VERSION >= 113
  VAL(sip_identity_hash);
#endif
  VAL(sip_contact_hash);
  VAL(sip_rseq_hash);
  VAL(sip_rack_hash);
  VAL(sip_request_disposition_hash);
  VAL(sip_accept_contact_hash);
  VAL(sip_reject_contact_hash);
  VAL(sip_expires_hash);
  VAL(sip_date_hash);
  VAL(sip_retry_after_hash);
  VAL(sip_timestamp_hash);
  VAL(sip_min_expires_hash);
  VAL(sip_subject_hash);
  VAL(sip_priority_hash);
  VAL(sip_call_info_hash);
  VAL(sip_organization_hash);
  VAL(sip_server_hash);
  VAL(sip_user_agent_hash);
  VAL(sip_in_reply_to_hash);
  VAL(sip_accept_hash);
  VAL(sip_accept_encoding_hash);
  VAL(sip_accept_language_hash);
  VAL(sip_allow_hash);
  VAL(sip_require_hash);
  VAL(sip_supported_hash);
  VAL(sip_unsupported_hash);
  VAL(sip_event_hash);
  VAL(sip_allow_events_hash);
  VAL(sip_subscription_state_hash);
  VAL(sip_proxy_authenticate_hash);
  VAL(sip_proxy_authentication_info_hash);
  VAL(sip_proxy_authorization_hash);
  VAL(sip_authorization_hash);
  VAL(sip_www_authenticate_hash);
  VAL(sip_authentication_info_hash);
  VAL(sip_error_info_hash);
  VAL(sip_warning_hash);
  VAL(sip_refer_to_hash);
  VAL(sip_referred_by_hash);
  VAL(sip_replaces_hash);
  VAL(sip_session_expires_hash);
  VAL(sip_min_se_hash);
  VAL(sip_path_hash);
  VAL(sip_service_route_hash);
  VAL(sip_reason_hash);
  VAL(sip_security_client_hash);
  VAL(sip_security_server_hash);
  VAL(sip_security_verify_hash);
  VAL(sip_privacy_hash);
  VAL(sip_etag_hash);
  VAL(sip_if_match_hash);
  VAL(sip_mime_version_hash);
  VAL(sip_content_type_hash);
  VAL(sip_content_encoding_hash);
  VAL(sip_content_language_hash);
  VAL(sip_content_disposition_hash);
  VAL(sip_content_length_hash);
  VAL(sip_unknown_hash);
  VAL(sip_separator_hash);
  VAL(sip_payload_hash);
  VAL(sip_error_hash);
  return 0;
}
