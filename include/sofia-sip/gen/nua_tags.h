/* Generated from tags/nua.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_NUA_TAGS_H
#define SOFIA_RS_GEN_NUA_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

struct nua_handle_s;

/* NUTAG_ACCEPT_MULTIPART exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_accept_multipart;
SOFIAPUBVAR tag_typedef_t nutag_accept_multipart_ref;
#define NUTAG_ACCEPT_MULTIPART(x) nutag_accept_multipart, tag_bool_v(x)
#define NUTAG_ACCEPT_MULTIPART_REF(x) nutag_accept_multipart_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_address;
SOFIAPUBVAR tag_typedef_t nutag_address_ref;
#define NUTAG_ADDRESS(x) nutag_address, tag_str_v(x)
#define NUTAG_ADDRESS_REF(x) nutag_address_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_allow;
SOFIAPUBVAR tag_typedef_t nutag_allow_ref;
#define NUTAG_ALLOW(x) nutag_allow, tag_str_v(x)
#define NUTAG_ALLOW_REF(x) nutag_allow_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_allow_events;
SOFIAPUBVAR tag_typedef_t nutag_allow_events_ref;
#define NUTAG_ALLOW_EVENTS(x) nutag_allow_events, tag_str_v(x)
#define NUTAG_ALLOW_EVENTS_REF(x) nutag_allow_events_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_answer_recv;
SOFIAPUBVAR tag_typedef_t nutag_answer_recv_ref;
#define NUTAG_ANSWER_RECV(x) nutag_answer_recv, tag_bool_v(x)
#define NUTAG_ANSWER_RECV_REF(x) nutag_answer_recv_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_answer_sent;
SOFIAPUBVAR tag_typedef_t nutag_answer_sent_ref;
#define NUTAG_ANSWER_SENT(x) nutag_answer_sent, tag_bool_v(x)
#define NUTAG_ANSWER_SENT_REF(x) nutag_answer_sent_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_any;
#define NUTAG_ANY() nutag_any, ((tag_value_t)0)

/* NUTAG_APPL_EVENT exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_appl_event;
SOFIAPUBVAR tag_typedef_t nutag_appl_event_ref;
#define NUTAG_APPL_EVENT(x) nutag_appl_event, tag_str_v(x)
#define NUTAG_APPL_EVENT_REF(x) nutag_appl_event_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_appl_method;
SOFIAPUBVAR tag_typedef_t nutag_appl_method_ref;
#define NUTAG_APPL_METHOD(x) nutag_appl_method, tag_str_v(x)
#define NUTAG_APPL_METHOD_REF(x) nutag_appl_method_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_auth;
SOFIAPUBVAR tag_typedef_t nutag_auth_ref;
#define NUTAG_AUTH(x) nutag_auth, tag_str_v(x)
#define NUTAG_AUTH_REF(x) nutag_auth_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_auth_cache;
SOFIAPUBVAR tag_typedef_t nutag_auth_cache_ref;
#define NUTAG_AUTH_CACHE(x) nutag_auth_cache, tag_int_v(x)
#define NUTAG_AUTH_CACHE_REF(x) nutag_auth_cache_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_authtime;
SOFIAPUBVAR tag_typedef_t nutag_authtime_ref;
#define NUTAG_AUTHTIME(x) nutag_authtime, tag_uint_v(x)
#define NUTAG_AUTHTIME_REF(x) nutag_authtime_ref, tag_uint_vr(&(x))

/* NUTAG_AUTO100 exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_auto100;
SOFIAPUBVAR tag_typedef_t nutag_auto100_ref;
#define NUTAG_AUTO100(x) nutag_auto100, tag_bool_v(x)
#define NUTAG_AUTO100_REF(x) nutag_auto100_ref, tag_bool_vr(&(x))

/* NUTAG_AUTO302 exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_auto302;
SOFIAPUBVAR tag_typedef_t nutag_auto302_ref;
#define NUTAG_AUTO302(x) nutag_auto302, tag_bool_v(x)
#define NUTAG_AUTO302_REF(x) nutag_auto302_ref, tag_bool_vr(&(x))

/* NUTAG_AUTO305 exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_auto305;
SOFIAPUBVAR tag_typedef_t nutag_auto305_ref;
#define NUTAG_AUTO305(x) nutag_auto305, tag_bool_v(x)
#define NUTAG_AUTO305_REF(x) nutag_auto305_ref, tag_bool_vr(&(x))

/* NUTAG_AUTO_INVITE_100 exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_auto_invite_100;
SOFIAPUBVAR tag_typedef_t nutag_auto_invite_100_ref;
#define NUTAG_AUTO_INVITE_100(x) nutag_auto_invite_100, tag_bool_v(x)
#define NUTAG_AUTO_INVITE_100_REF(x) nutag_auto_invite_100_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_autoack;
SOFIAPUBVAR tag_typedef_t nutag_autoack_ref;
#define NUTAG_AUTOACK(x) nutag_autoack, tag_bool_v(x)
#define NUTAG_AUTOACK_REF(x) nutag_autoack_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_autoalert;
SOFIAPUBVAR tag_typedef_t nutag_autoalert_ref;
#define NUTAG_AUTOALERT(x) nutag_autoalert, tag_bool_v(x)
#define NUTAG_AUTOALERT_REF(x) nutag_autoalert_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_autoanswer;
SOFIAPUBVAR tag_typedef_t nutag_autoanswer_ref;
#define NUTAG_AUTOANSWER(x) nutag_autoanswer, tag_bool_v(x)
#define NUTAG_AUTOANSWER_REF(x) nutag_autoanswer_ref, tag_bool_vr(&(x))

/* NUTAG_CALL_TLS_ORQ_CONNECT_TIMEOUT exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_call_tls_orq_connect_timeout;
SOFIAPUBVAR tag_typedef_t nutag_call_tls_orq_connect_timeout_ref;
#define NUTAG_CALL_TLS_ORQ_CONNECT_TIMEOUT(x) nutag_call_tls_orq_connect_timeout, tag_uint_v(x)
#define NUTAG_CALL_TLS_ORQ_CONNECT_TIMEOUT_REF(x) nutag_call_tls_orq_connect_timeout_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_callee_caps;
SOFIAPUBVAR tag_typedef_t nutag_callee_caps_ref;
#define NUTAG_CALLEE_CAPS(x) nutag_callee_caps, tag_bool_v(x)
#define NUTAG_CALLEE_CAPS_REF(x) nutag_callee_caps_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_callstate;
SOFIAPUBVAR tag_typedef_t nutag_callstate_ref;
#define NUTAG_CALLSTATE(x) nutag_callstate, tag_int_v(x)
#define NUTAG_CALLSTATE_REF(x) nutag_callstate_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_certificate_dir;
SOFIAPUBVAR tag_typedef_t nutag_certificate_dir_ref;
#define NUTAG_CERTIFICATE_DIR(x) nutag_certificate_dir, tag_str_v(x)
#define NUTAG_CERTIFICATE_DIR_REF(x) nutag_certificate_dir_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_certificate_phrase;
SOFIAPUBVAR tag_typedef_t nutag_certificate_phrase_ref;
#define NUTAG_CERTIFICATE_PHRASE(x) nutag_certificate_phrase, tag_str_v(x)
#define NUTAG_CERTIFICATE_PHRASE_REF(x) nutag_certificate_phrase_ref, tag_str_vr(&(x))

/* NUTAG_DEFERRABLE_TIMERS exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_deferrable_timers;
SOFIAPUBVAR tag_typedef_t nutag_deferrable_timers_ref;
#define NUTAG_DEFERRABLE_TIMERS(x) nutag_deferrable_timers, tag_bool_v(x)
#define NUTAG_DEFERRABLE_TIMERS_REF(x) nutag_deferrable_timers_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_detect_network_updates;
SOFIAPUBVAR tag_typedef_t nutag_detect_network_updates_ref;
#define NUTAG_DETECT_NETWORK_UPDATES(x) nutag_detect_network_updates, tag_int_v(x)
#define NUTAG_DETECT_NETWORK_UPDATES_REF(x) nutag_detect_network_updates_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_dialog;
SOFIAPUBVAR tag_typedef_t nutag_dialog_ref;
#define NUTAG_DIALOG(x) nutag_dialog, tag_uint_v(x)

SOFIAPUBVAR tag_typedef_t nutag_early_answer;
SOFIAPUBVAR tag_typedef_t nutag_early_answer_ref;
#define NUTAG_EARLY_ANSWER(x) nutag_early_answer, tag_bool_v(x)
#define NUTAG_EARLY_ANSWER_REF(x) nutag_early_answer_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_early_media;
SOFIAPUBVAR tag_typedef_t nutag_early_media_ref;
#define NUTAG_EARLY_MEDIA(x) nutag_early_media, tag_bool_v(x)
#define NUTAG_EARLY_MEDIA_REF(x) nutag_early_media_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_enableinvite;
SOFIAPUBVAR tag_typedef_t nutag_enableinvite_ref;
#define NUTAG_ENABLEINVITE(x) nutag_enableinvite, tag_bool_v(x)
#define NUTAG_ENABLEINVITE_REF(x) nutag_enableinvite_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_enablemessage;
SOFIAPUBVAR tag_typedef_t nutag_enablemessage_ref;
#define NUTAG_ENABLEMESSAGE(x) nutag_enablemessage, tag_bool_v(x)
#define NUTAG_ENABLEMESSAGE_REF(x) nutag_enablemessage_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_enablemessenger;
SOFIAPUBVAR tag_typedef_t nutag_enablemessenger_ref;
#define NUTAG_ENABLEMESSENGER(x) nutag_enablemessenger, tag_bool_v(x)
#define NUTAG_ENABLEMESSENGER_REF(x) nutag_enablemessenger_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_event;
SOFIAPUBVAR tag_typedef_t nutag_event_ref;
#define NUTAG_EVENT(x) nutag_event, tag_int_v(x)
#define NUTAG_EVENT_REF(x) nutag_event_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_handle;
SOFIAPUBVAR tag_typedef_t nutag_handle_ref;
su_inline tag_value_t nutag_handle_v(struct nua_handle_s * v) { return (tag_value_t)v; }
su_inline tag_value_t nutag_handle_vr(struct nua_handle_s * *vp) { return (tag_value_t)vp; }
#define NUTAG_HANDLE(x) nutag_handle, nutag_handle_v(x)
#define NUTAG_HANDLE_REF(x) nutag_handle_ref, nutag_handle_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_hold;
SOFIAPUBVAR tag_typedef_t nutag_hold_ref;
/* NUTAG_HOLD: no generated macro (see tags/nua.tags). */

SOFIAPUBVAR tag_typedef_t nutag_identity;
SOFIAPUBVAR tag_typedef_t nutag_identity_ref;
#define NUTAG_IDENTITY(x) nutag_identity, nutag_handle_v(x)
#define NUTAG_IDENTITY_REF(x) nutag_identity_ref, nutag_handle_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_include_extra_sdp;
SOFIAPUBVAR tag_typedef_t nutag_include_extra_sdp_ref;
#define NUTAG_INCLUDE_EXTRA_SDP(x) nutag_include_extra_sdp, tag_bool_v(x)
#define NUTAG_INCLUDE_EXTRA_SDP_REF(x) nutag_include_extra_sdp_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_initial_route;
SOFIAPUBVAR tag_typedef_t nutag_initial_route_ref;
#define NUTAG_INITIAL_ROUTE(x) nutag_initial_route, nutag_initial_route_v(x)
#define NUTAG_INITIAL_ROUTE_REF(x) nutag_initial_route_ref, nutag_initial_route_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_initial_route_str;
SOFIAPUBVAR tag_typedef_t nutag_initial_route_str_ref;
#define NUTAG_INITIAL_ROUTE_STR(x) nutag_initial_route_str, tag_str_v(x)
#define NUTAG_INITIAL_ROUTE_STR_REF(x) nutag_initial_route_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_instance;
SOFIAPUBVAR tag_typedef_t nutag_instance_ref;
#define NUTAG_INSTANCE(x) nutag_instance, tag_str_v(x)
#define NUTAG_INSTANCE_REF(x) nutag_instance_ref, tag_str_vr(&(x))

/* NUTAG_INTERCEPT_QUERY_RESULTS exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_intercept_query_results;
SOFIAPUBVAR tag_typedef_t nutag_intercept_query_results_ref;
#define NUTAG_INTERCEPT_QUERY_RESULTS(x) nutag_intercept_query_results, tag_bool_v(x)
#define NUTAG_INTERCEPT_QUERY_RESULTS_REF(x) nutag_intercept_query_results_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_invite_timer;
SOFIAPUBVAR tag_typedef_t nutag_invite_timer_ref;
#define NUTAG_INVITE_TIMER(x) nutag_invite_timer, tag_uint_v(x)
#define NUTAG_INVITE_TIMER_REF(x) nutag_invite_timer_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_keepalive;
SOFIAPUBVAR tag_typedef_t nutag_keepalive_ref;
#define NUTAG_KEEPALIVE(x) nutag_keepalive, tag_uint_v(x)
#define NUTAG_KEEPALIVE_REF(x) nutag_keepalive_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_keepalive_stream;
SOFIAPUBVAR tag_typedef_t nutag_keepalive_stream_ref;
#define NUTAG_KEEPALIVE_STREAM(x) nutag_keepalive_stream, tag_uint_v(x)
#define NUTAG_KEEPALIVE_STREAM_REF(x) nutag_keepalive_stream_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_m_display;
SOFIAPUBVAR tag_typedef_t nutag_m_display_ref;
#define NUTAG_M_DISPLAY(x) nutag_m_display, tag_str_v(x)
#define NUTAG_M_DISPLAY_REF(x) nutag_m_display_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_m_features;
SOFIAPUBVAR tag_typedef_t nutag_m_features_ref;
#define NUTAG_M_FEATURES(x) nutag_m_features, tag_str_v(x)
#define NUTAG_M_FEATURES_REF(x) nutag_m_features_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_m_params;
SOFIAPUBVAR tag_typedef_t nutag_m_params_ref;
#define NUTAG_M_PARAMS(x) nutag_m_params, tag_str_v(x)
#define NUTAG_M_PARAMS_REF(x) nutag_m_params_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_m_username;
SOFIAPUBVAR tag_typedef_t nutag_m_username_ref;
#define NUTAG_M_USERNAME(x) nutag_m_username, tag_str_v(x)
#define NUTAG_M_USERNAME_REF(x) nutag_m_username_ref, tag_str_vr(&(x))

/* NUTAG_MAX_RETRY_AFTER exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_max_retry_after;
SOFIAPUBVAR tag_typedef_t nutag_max_retry_after_ref;
#define NUTAG_MAX_RETRY_AFTER(x) nutag_max_retry_after, tag_bool_v(x)
#define NUTAG_MAX_RETRY_AFTER_REF(x) nutag_max_retry_after_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_max_subscriptions;
SOFIAPUBVAR tag_typedef_t nutag_max_subscriptions_ref;
#define NUTAG_MAX_SUBSCRIPTIONS(x) nutag_max_subscriptions, tag_uint_v(x)
#define NUTAG_MAX_SUBSCRIPTIONS_REF(x) nutag_max_subscriptions_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_media_enable;
SOFIAPUBVAR tag_typedef_t nutag_media_enable_ref;
#define NUTAG_MEDIA_ENABLE(x) nutag_media_enable, tag_bool_v(x)
#define NUTAG_MEDIA_ENABLE_REF(x) nutag_media_enable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_media_features;
SOFIAPUBVAR tag_typedef_t nutag_media_features_ref;
#define NUTAG_MEDIA_FEATURES(x) nutag_media_features, tag_bool_v(x)
#define NUTAG_MEDIA_FEATURES_REF(x) nutag_media_features_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_method;
SOFIAPUBVAR tag_typedef_t nutag_method_ref;
#define NUTAG_METHOD(x) nutag_method, tag_str_v(x)
#define NUTAG_METHOD_REF(x) nutag_method_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_min_se;
SOFIAPUBVAR tag_typedef_t nutag_min_se_ref;
#define NUTAG_MIN_SE(x) nutag_min_se, tag_uint_v(x)
#define NUTAG_MIN_SE_REF(x) nutag_min_se_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_newsub;
SOFIAPUBVAR tag_typedef_t nutag_newsub_ref;
#define NUTAG_NEWSUB(x) nutag_newsub, tag_bool_v(x)
#define NUTAG_NEWSUB_REF(x) nutag_newsub_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_notify_refer;
SOFIAPUBVAR tag_typedef_t nutag_notify_refer_ref;
#define NUTAG_NOTIFY_REFER(x) nutag_notify_refer, nutag_handle_v(x)
#define NUTAG_NOTIFY_REFER_REF(x) nutag_notify_refer_ref, nutag_handle_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_offer_recv;
SOFIAPUBVAR tag_typedef_t nutag_offer_recv_ref;
#define NUTAG_OFFER_RECV(x) nutag_offer_recv, tag_bool_v(x)
#define NUTAG_OFFER_RECV_REF(x) nutag_offer_recv_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_offer_sent;
SOFIAPUBVAR tag_typedef_t nutag_offer_sent_ref;
#define NUTAG_OFFER_SENT(x) nutag_offer_sent, tag_bool_v(x)
#define NUTAG_OFFER_SENT_REF(x) nutag_offer_sent_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_only183_100rel;
SOFIAPUBVAR tag_typedef_t nutag_only183_100rel_ref;
#define NUTAG_ONLY183_100REL(x) nutag_only183_100rel, tag_bool_v(x)
#define NUTAG_ONLY183_100REL_REF(x) nutag_only183_100rel_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_outbound;
SOFIAPUBVAR tag_typedef_t nutag_outbound_ref;
#define NUTAG_OUTBOUND(x) nutag_outbound, tag_str_v(x)
#define NUTAG_OUTBOUND_REF(x) nutag_outbound_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_outbound_set1;
SOFIAPUBVAR tag_typedef_t nutag_outbound_set1_ref;
/* NUTAG_OUTBOUND_SET1: no generated macro (see tags/nua.tags). */

SOFIAPUBVAR tag_typedef_t nutag_outbound_set2;
SOFIAPUBVAR tag_typedef_t nutag_outbound_set2_ref;
/* NUTAG_OUTBOUND_SET2: no generated macro (see tags/nua.tags). */

SOFIAPUBVAR tag_typedef_t nutag_outbound_set3;
SOFIAPUBVAR tag_typedef_t nutag_outbound_set3_ref;
/* NUTAG_OUTBOUND_SET3: no generated macro (see tags/nua.tags). */

SOFIAPUBVAR tag_typedef_t nutag_outbound_set4;
SOFIAPUBVAR tag_typedef_t nutag_outbound_set4_ref;
/* NUTAG_OUTBOUND_SET4: no generated macro (see tags/nua.tags). */

SOFIAPUBVAR tag_typedef_t nutag_path_enable;
SOFIAPUBVAR tag_typedef_t nutag_path_enable_ref;
#define NUTAG_PATH_ENABLE(x) nutag_path_enable, tag_bool_v(x)
#define NUTAG_PATH_ENABLE_REF(x) nutag_path_enable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_phrase;
SOFIAPUBVAR tag_typedef_t nutag_phrase_ref;
#define NUTAG_PHRASE(x) nutag_phrase, tag_str_v(x)
#define NUTAG_PHRASE_REF(x) nutag_phrase_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_refer_event;
SOFIAPUBVAR tag_typedef_t nutag_refer_event_ref;
#define NUTAG_REFER_EVENT(x) nutag_refer_event, nutag_refer_event_v(x)
#define NUTAG_REFER_EVENT_REF(x) nutag_refer_event_ref, nutag_refer_event_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_refer_expires;
SOFIAPUBVAR tag_typedef_t nutag_refer_expires_ref;
#define NUTAG_REFER_EXPIRES(x) nutag_refer_expires, tag_uint_v(x)
#define NUTAG_REFER_EXPIRES_REF(x) nutag_refer_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_refer_pause;
SOFIAPUBVAR tag_typedef_t nutag_refer_pause_ref;
#define NUTAG_REFER_PAUSE(x) nutag_refer_pause, tag_bool_v(x)
#define NUTAG_REFER_PAUSE_REF(x) nutag_refer_pause_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_refer_with_id;
SOFIAPUBVAR tag_typedef_t nutag_refer_with_id_ref;
#define NUTAG_REFER_WITH_ID(x) nutag_refer_with_id, tag_bool_v(x)
#define NUTAG_REFER_WITH_ID_REF(x) nutag_refer_with_id_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_refresh_without_sdp;
SOFIAPUBVAR tag_typedef_t nutag_refresh_without_sdp_ref;
#define NUTAG_REFRESH_WITHOUT_SDP(x) nutag_refresh_without_sdp, tag_bool_v(x)
#define NUTAG_REFRESH_WITHOUT_SDP_REF(x) nutag_refresh_without_sdp_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_registrar;
SOFIAPUBVAR tag_typedef_t nutag_registrar_ref;
#define NUTAG_REGISTRAR(x) nutag_registrar, urltag_url_v(x)
#define NUTAG_REGISTRAR_REF(x) nutag_registrar_ref, urltag_url_vr(&(x))

/* NUTAG_RETRY_AFTER_ENABLE exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_retry_after_enable;
SOFIAPUBVAR tag_typedef_t nutag_retry_after_enable_ref;
#define NUTAG_RETRY_AFTER_ENABLE(x) nutag_retry_after_enable, tag_bool_v(x)
#define NUTAG_RETRY_AFTER_ENABLE_REF(x) nutag_retry_after_enable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_retry_count;
SOFIAPUBVAR tag_typedef_t nutag_retry_count_ref;
#define NUTAG_RETRY_COUNT(x) nutag_retry_count, tag_uint_v(x)
#define NUTAG_RETRY_COUNT_REF(x) nutag_retry_count_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_service_route_enable;
SOFIAPUBVAR tag_typedef_t nutag_service_route_enable_ref;
#define NUTAG_SERVICE_ROUTE_ENABLE(x) nutag_service_route_enable, tag_bool_v(x)
#define NUTAG_SERVICE_ROUTE_ENABLE_REF(x) nutag_service_route_enable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_session_refresher;
SOFIAPUBVAR tag_typedef_t nutag_session_refresher_ref;
#define NUTAG_SESSION_REFRESHER(x) nutag_session_refresher, tag_int_v(x)
#define NUTAG_SESSION_REFRESHER_REF(x) nutag_session_refresher_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_session_timer;
SOFIAPUBVAR tag_typedef_t nutag_session_timer_ref;
#define NUTAG_SESSION_TIMER(x) nutag_session_timer, tag_uint_v(x)
#define NUTAG_SESSION_TIMER_REF(x) nutag_session_timer_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_shutdown_events;
SOFIAPUBVAR tag_typedef_t nutag_shutdown_events_ref;
#define NUTAG_SHUTDOWN_EVENTS(x) nutag_shutdown_events, tag_bool_v(x)
#define NUTAG_SHUTDOWN_EVENTS_REF(x) nutag_shutdown_events_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_sips_url;
SOFIAPUBVAR tag_typedef_t nutag_sips_url_ref;
#define NUTAG_SIPS_URL(x) nutag_sips_url, urltag_url_v(x)
#define NUTAG_SIPS_URL_REF(x) nutag_sips_url_ref, urltag_url_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_smime_enable;
SOFIAPUBVAR tag_typedef_t nutag_smime_enable_ref;
#define NUTAG_SMIME_ENABLE(x) nutag_smime_enable, tag_bool_v(x)
#define NUTAG_SMIME_ENABLE_REF(x) nutag_smime_enable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_smime_key_encryption;
SOFIAPUBVAR tag_typedef_t nutag_smime_key_encryption_ref;
#define NUTAG_SMIME_KEY_ENCRYPTION(x) nutag_smime_key_encryption, tag_str_v(x)
#define NUTAG_SMIME_KEY_ENCRYPTION_REF(x) nutag_smime_key_encryption_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_smime_message_digest;
SOFIAPUBVAR tag_typedef_t nutag_smime_message_digest_ref;
#define NUTAG_SMIME_MESSAGE_DIGEST(x) nutag_smime_message_digest, tag_str_v(x)
#define NUTAG_SMIME_MESSAGE_DIGEST_REF(x) nutag_smime_message_digest_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_smime_message_encryption;
SOFIAPUBVAR tag_typedef_t nutag_smime_message_encryption_ref;
#define NUTAG_SMIME_MESSAGE_ENCRYPTION(x) nutag_smime_message_encryption, tag_str_v(x)
#define NUTAG_SMIME_MESSAGE_ENCRYPTION_REF(x) nutag_smime_message_encryption_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_smime_opt;
SOFIAPUBVAR tag_typedef_t nutag_smime_opt_ref;
#define NUTAG_SMIME_OPT(x) nutag_smime_opt, tag_int_v(x)
#define NUTAG_SMIME_OPT_REF(x) nutag_smime_opt_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_smime_protection_mode;
SOFIAPUBVAR tag_typedef_t nutag_smime_protection_mode_ref;
#define NUTAG_SMIME_PROTECTION_MODE(x) nutag_smime_protection_mode, tag_uint_v(x)
#define NUTAG_SMIME_PROTECTION_MODE_REF(x) nutag_smime_protection_mode_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_smime_signature;
SOFIAPUBVAR tag_typedef_t nutag_smime_signature_ref;
#define NUTAG_SMIME_SIGNATURE(x) nutag_smime_signature, tag_str_v(x)
#define NUTAG_SMIME_SIGNATURE_REF(x) nutag_smime_signature_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_soa_name;
SOFIAPUBVAR tag_typedef_t nutag_soa_name_ref;
#define NUTAG_SOA_NAME(x) nutag_soa_name, tag_str_v(x)
#define NUTAG_SOA_NAME_REF(x) nutag_soa_name_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_soa_session;
SOFIAPUBVAR tag_typedef_t nutag_soa_session_ref;
/* NUTAG_SOA_SESSION: no generated macro (see tags/nua.tags). */

SOFIAPUBVAR tag_typedef_t nutag_status;
SOFIAPUBVAR tag_typedef_t nutag_status_ref;
#define NUTAG_STATUS(x) nutag_status, tag_uint_v(x)
#define NUTAG_STATUS_REF(x) nutag_status_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_sub_expires;
SOFIAPUBVAR tag_typedef_t nutag_sub_expires_ref;
#define NUTAG_SUB_EXPIRES(x) nutag_sub_expires, tag_uint_v(x)
#define NUTAG_SUB_EXPIRES_REF(x) nutag_sub_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_substate;
SOFIAPUBVAR tag_typedef_t nutag_substate_ref;
#define NUTAG_SUBSTATE(x) nutag_substate, tag_int_v(x)
#define NUTAG_SUBSTATE_REF(x) nutag_substate_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_supported;
SOFIAPUBVAR tag_typedef_t nutag_supported_ref;
#define NUTAG_SUPPORTED(x) nutag_supported, tag_str_v(x)
#define NUTAG_SUPPORTED_REF(x) nutag_supported_ref, tag_str_vr(&(x))

/* NUTAG_TIMER_AUTOREQUIRE exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_timer_autorequire;
SOFIAPUBVAR tag_typedef_t nutag_timer_autorequire_ref;
#define NUTAG_TIMER_AUTOREQUIRE(x) nutag_timer_autorequire, tag_bool_v(x)
#define NUTAG_TIMER_AUTOREQUIRE_REF(x) nutag_timer_autorequire_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_uicc;
SOFIAPUBVAR tag_typedef_t nutag_uicc_ref;
#define NUTAG_UICC(x) nutag_uicc, tag_str_v(x)
#define NUTAG_UICC_REF(x) nutag_uicc_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_update_refresh;
SOFIAPUBVAR tag_typedef_t nutag_update_refresh_ref;
#define NUTAG_UPDATE_REFRESH(x) nutag_update_refresh, tag_bool_v(x)
#define NUTAG_UPDATE_REFRESH_REF(x) nutag_update_refresh_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_url;
SOFIAPUBVAR tag_typedef_t nutag_url_ref;
#define NUTAG_URL(x) nutag_url, urltag_url_v(x)
#define NUTAG_URL_REF(x) nutag_url_ref, urltag_url_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_use_dialog;
SOFIAPUBVAR tag_typedef_t nutag_use_dialog_ref;
#define NUTAG_USE_DIALOG(x) nutag_use_dialog, tag_bool_v(x)
#define NUTAG_USE_DIALOG_REF(x) nutag_use_dialog_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_user_agent;
SOFIAPUBVAR tag_typedef_t nutag_user_agent_ref;
#define NUTAG_USER_AGENT(x) nutag_user_agent, tag_str_v(x)
#define NUTAG_USER_AGENT_REF(x) nutag_user_agent_ref, tag_str_vr(&(x))

/* NUTAG_VIA exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_via;
SOFIAPUBVAR tag_typedef_t nutag_via_ref;
#define NUTAG_VIA(x) nutag_via, tag_str_v(x)
#define NUTAG_VIA_REF(x) nutag_via_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t nutag_with;
SOFIAPUBVAR tag_typedef_t nutag_with_ref;
#define NUTAG_WITH(x) nutag_with, tag_ptr_v(x)

/* NUTAG_WS_URL exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_ws_url;
SOFIAPUBVAR tag_typedef_t nutag_ws_url_ref;
#define NUTAG_WS_URL(x) nutag_ws_url, urltag_url_v(x)
#define NUTAG_WS_URL_REF(x) nutag_ws_url_ref, urltag_url_vr(&(x))

/* NUTAG_WSS_URL exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t nutag_wss_url;
SOFIAPUBVAR tag_typedef_t nutag_wss_url_ref;
#define NUTAG_WSS_URL(x) nutag_wss_url, urltag_url_v(x)
#define NUTAG_WSS_URL_REF(x) nutag_wss_url_ref, urltag_url_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_NUA_TAGS_H */
