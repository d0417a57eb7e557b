/* Generated from tags/sip.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_SIP_TAGS_H
#define SOFIA_RS_GEN_SIP_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t siptag_accept;
SOFIAPUBVAR tag_typedef_t siptag_accept_ref;
#define SIPTAG_ACCEPT(x) siptag_accept, siptag_accept_v(x)
#define SIPTAG_ACCEPT_REF(x) siptag_accept_ref, siptag_accept_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_accept_contact;
SOFIAPUBVAR tag_typedef_t siptag_accept_contact_ref;
#define SIPTAG_ACCEPT_CONTACT(x) siptag_accept_contact, siptag_accept_contact_v(x)
#define SIPTAG_ACCEPT_CONTACT_REF(x) siptag_accept_contact_ref, siptag_accept_contact_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_accept_contact_str;
SOFIAPUBVAR tag_typedef_t siptag_accept_contact_str_ref;
#define SIPTAG_ACCEPT_CONTACT_STR(x) siptag_accept_contact_str, tag_str_v(x)
#define SIPTAG_ACCEPT_CONTACT_STR_REF(x) siptag_accept_contact_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_accept_encoding;
SOFIAPUBVAR tag_typedef_t siptag_accept_encoding_ref;
#define SIPTAG_ACCEPT_ENCODING(x) siptag_accept_encoding, siptag_accept_encoding_v(x)
#define SIPTAG_ACCEPT_ENCODING_REF(x) siptag_accept_encoding_ref, siptag_accept_encoding_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_accept_encoding_str;
SOFIAPUBVAR tag_typedef_t siptag_accept_encoding_str_ref;
#define SIPTAG_ACCEPT_ENCODING_STR(x) siptag_accept_encoding_str, tag_str_v(x)
#define SIPTAG_ACCEPT_ENCODING_STR_REF(x) siptag_accept_encoding_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_accept_language;
SOFIAPUBVAR tag_typedef_t siptag_accept_language_ref;
#define SIPTAG_ACCEPT_LANGUAGE(x) siptag_accept_language, siptag_accept_language_v(x)
#define SIPTAG_ACCEPT_LANGUAGE_REF(x) siptag_accept_language_ref, siptag_accept_language_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_accept_language_str;
SOFIAPUBVAR tag_typedef_t siptag_accept_language_str_ref;
#define SIPTAG_ACCEPT_LANGUAGE_STR(x) siptag_accept_language_str, tag_str_v(x)
#define SIPTAG_ACCEPT_LANGUAGE_STR_REF(x) siptag_accept_language_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_accept_str;
SOFIAPUBVAR tag_typedef_t siptag_accept_str_ref;
#define SIPTAG_ACCEPT_STR(x) siptag_accept_str, tag_str_v(x)
#define SIPTAG_ACCEPT_STR_REF(x) siptag_accept_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_alert_info;
SOFIAPUBVAR tag_typedef_t siptag_alert_info_ref;
#define SIPTAG_ALERT_INFO(x) siptag_alert_info, siptag_alert_info_v(x)
#define SIPTAG_ALERT_INFO_REF(x) siptag_alert_info_ref, siptag_alert_info_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_alert_info_str;
SOFIAPUBVAR tag_typedef_t siptag_alert_info_str_ref;
#define SIPTAG_ALERT_INFO_STR(x) siptag_alert_info_str, tag_str_v(x)
#define SIPTAG_ALERT_INFO_STR_REF(x) siptag_alert_info_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_allow;
SOFIAPUBVAR tag_typedef_t siptag_allow_ref;
#define SIPTAG_ALLOW(x) siptag_allow, siptag_allow_v(x)
#define SIPTAG_ALLOW_REF(x) siptag_allow_ref, siptag_allow_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_allow_events;
SOFIAPUBVAR tag_typedef_t siptag_allow_events_ref;
#define SIPTAG_ALLOW_EVENTS(x) siptag_allow_events, siptag_allow_events_v(x)
#define SIPTAG_ALLOW_EVENTS_REF(x) siptag_allow_events_ref, siptag_allow_events_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_allow_events_str;
SOFIAPUBVAR tag_typedef_t siptag_allow_events_str_ref;
#define SIPTAG_ALLOW_EVENTS_STR(x) siptag_allow_events_str, tag_str_v(x)
#define SIPTAG_ALLOW_EVENTS_STR_REF(x) siptag_allow_events_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_allow_str;
SOFIAPUBVAR tag_typedef_t siptag_allow_str_ref;
#define SIPTAG_ALLOW_STR(x) siptag_allow_str, tag_str_v(x)
#define SIPTAG_ALLOW_STR_REF(x) siptag_allow_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_any;
#define SIPTAG_ANY() siptag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t siptag_authentication_info;
SOFIAPUBVAR tag_typedef_t siptag_authentication_info_ref;
#define SIPTAG_AUTHENTICATION_INFO(x) siptag_authentication_info, siptag_authentication_info_v(x)
#define SIPTAG_AUTHENTICATION_INFO_REF(x) siptag_authentication_info_ref, siptag_authentication_info_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_authentication_info_str;
SOFIAPUBVAR tag_typedef_t siptag_authentication_info_str_ref;
#define SIPTAG_AUTHENTICATION_INFO_STR(x) siptag_authentication_info_str, tag_str_v(x)
#define SIPTAG_AUTHENTICATION_INFO_STR_REF(x) siptag_authentication_info_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_authorization;
SOFIAPUBVAR tag_typedef_t siptag_authorization_ref;
#define SIPTAG_AUTHORIZATION(x) siptag_authorization, siptag_authorization_v(x)
#define SIPTAG_AUTHORIZATION_REF(x) siptag_authorization_ref, siptag_authorization_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_authorization_str;
SOFIAPUBVAR tag_typedef_t siptag_authorization_str_ref;
#define SIPTAG_AUTHORIZATION_STR(x) siptag_authorization_str, tag_str_v(x)
#define SIPTAG_AUTHORIZATION_STR_REF(x) siptag_authorization_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_call_id;
SOFIAPUBVAR tag_typedef_t siptag_call_id_ref;
#define SIPTAG_CALL_ID(x) siptag_call_id, siptag_call_id_v(x)
#define SIPTAG_CALL_ID_REF(x) siptag_call_id_ref, siptag_call_id_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_call_id_str;
SOFIAPUBVAR tag_typedef_t siptag_call_id_str_ref;
#define SIPTAG_CALL_ID_STR(x) siptag_call_id_str, tag_str_v(x)
#define SIPTAG_CALL_ID_STR_REF(x) siptag_call_id_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_call_info;
SOFIAPUBVAR tag_typedef_t siptag_call_info_ref;
#define SIPTAG_CALL_INFO(x) siptag_call_info, siptag_call_info_v(x)
#define SIPTAG_CALL_INFO_REF(x) siptag_call_info_ref, siptag_call_info_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_call_info_str;
SOFIAPUBVAR tag_typedef_t siptag_call_info_str_ref;
#define SIPTAG_CALL_INFO_STR(x) siptag_call_info_str, tag_str_v(x)
#define SIPTAG_CALL_INFO_STR_REF(x) siptag_call_info_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_contact;
SOFIAPUBVAR tag_typedef_t siptag_contact_ref;
#define SIPTAG_CONTACT(x) siptag_contact, siptag_contact_v(x)
#define SIPTAG_CONTACT_REF(x) siptag_contact_ref, siptag_contact_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_contact_str;
SOFIAPUBVAR tag_typedef_t siptag_contact_str_ref;
#define SIPTAG_CONTACT_STR(x) siptag_contact_str, tag_str_v(x)
#define SIPTAG_CONTACT_STR_REF(x) siptag_contact_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_disposition;
SOFIAPUBVAR tag_typedef_t siptag_content_disposition_ref;
#define SIPTAG_CONTENT_DISPOSITION(x) siptag_content_disposition, siptag_content_disposition_v(x)
#define SIPTAG_CONTENT_DISPOSITION_REF(x) siptag_content_disposition_ref, siptag_content_disposition_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_disposition_str;
SOFIAPUBVAR tag_typedef_t siptag_content_disposition_str_ref;
#define SIPTAG_CONTENT_DISPOSITION_STR(x) siptag_content_disposition_str, tag_str_v(x)
#define SIPTAG_CONTENT_DISPOSITION_STR_REF(x) siptag_content_disposition_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_encoding;
SOFIAPUBVAR tag_typedef_t siptag_content_encoding_ref;
#define SIPTAG_CONTENT_ENCODING(x) siptag_content_encoding, siptag_content_encoding_v(x)
#define SIPTAG_CONTENT_ENCODING_REF(x) siptag_content_encoding_ref, siptag_content_encoding_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_encoding_str;
SOFIAPUBVAR tag_typedef_t siptag_content_encoding_str_ref;
#define SIPTAG_CONTENT_ENCODING_STR(x) siptag_content_encoding_str, tag_str_v(x)
#define SIPTAG_CONTENT_ENCODING_STR_REF(x) siptag_content_encoding_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_language;
SOFIAPUBVAR tag_typedef_t siptag_content_language_ref;
#define SIPTAG_CONTENT_LANGUAGE(x) siptag_content_language, siptag_content_language_v(x)
#define SIPTAG_CONTENT_LANGUAGE_REF(x) siptag_content_language_ref, siptag_content_language_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_language_str;
SOFIAPUBVAR tag_typedef_t siptag_content_language_str_ref;
#define SIPTAG_CONTENT_LANGUAGE_STR(x) siptag_content_language_str, tag_str_v(x)
#define SIPTAG_CONTENT_LANGUAGE_STR_REF(x) siptag_content_language_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_length;
SOFIAPUBVAR tag_typedef_t siptag_content_length_ref;
#define SIPTAG_CONTENT_LENGTH(x) siptag_content_length, siptag_content_length_v(x)
#define SIPTAG_CONTENT_LENGTH_REF(x) siptag_content_length_ref, siptag_content_length_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_length_str;
SOFIAPUBVAR tag_typedef_t siptag_content_length_str_ref;
#define SIPTAG_CONTENT_LENGTH_STR(x) siptag_content_length_str, tag_str_v(x)
#define SIPTAG_CONTENT_LENGTH_STR_REF(x) siptag_content_length_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_type;
SOFIAPUBVAR tag_typedef_t siptag_content_type_ref;
#define SIPTAG_CONTENT_TYPE(x) siptag_content_type, siptag_content_type_v(x)
#define SIPTAG_CONTENT_TYPE_REF(x) siptag_content_type_ref, siptag_content_type_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_content_type_str;
SOFIAPUBVAR tag_typedef_t siptag_content_type_str_ref;
#define SIPTAG_CONTENT_TYPE_STR(x) siptag_content_type_str, tag_str_v(x)
#define SIPTAG_CONTENT_TYPE_STR_REF(x) siptag_content_type_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_cseq;
SOFIAPUBVAR tag_typedef_t siptag_cseq_ref;
#define SIPTAG_CSEQ(x) siptag_cseq, siptag_cseq_v(x)
#define SIPTAG_CSEQ_REF(x) siptag_cseq_ref, siptag_cseq_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_cseq_str;
SOFIAPUBVAR tag_typedef_t siptag_cseq_str_ref;
#define SIPTAG_CSEQ_STR(x) siptag_cseq_str, tag_str_v(x)
#define SIPTAG_CSEQ_STR_REF(x) siptag_cseq_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_date;
SOFIAPUBVAR tag_typedef_t siptag_date_ref;
#define SIPTAG_DATE(x) siptag_date, siptag_date_v(x)
#define SIPTAG_DATE_REF(x) siptag_date_ref, siptag_date_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_date_str;
SOFIAPUBVAR tag_typedef_t siptag_date_str_ref;
#define SIPTAG_DATE_STR(x) siptag_date_str, tag_str_v(x)
#define SIPTAG_DATE_STR_REF(x) siptag_date_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_end;
SOFIAPUBVAR tag_typedef_t siptag_end_ref;
#define SIPTAG_END() siptag_end, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t siptag_error;
SOFIAPUBVAR tag_typedef_t siptag_error_ref;
#define SIPTAG_ERROR(x) siptag_error, siptag_error_v(x)
#define SIPTAG_ERROR_REF(x) siptag_error_ref, siptag_error_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_error_info;
SOFIAPUBVAR tag_typedef_t siptag_error_info_ref;
#define SIPTAG_ERROR_INFO(x) siptag_error_info, siptag_error_info_v(x)
#define SIPTAG_ERROR_INFO_REF(x) siptag_error_info_ref, siptag_error_info_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_error_info_str;
SOFIAPUBVAR tag_typedef_t siptag_error_info_str_ref;
#define SIPTAG_ERROR_INFO_STR(x) siptag_error_info_str, tag_str_v(x)
#define SIPTAG_ERROR_INFO_STR_REF(x) siptag_error_info_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_error_str;
SOFIAPUBVAR tag_typedef_t siptag_error_str_ref;
#define SIPTAG_ERROR_STR(x) siptag_error_str, tag_str_v(x)
#define SIPTAG_ERROR_STR_REF(x) siptag_error_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_etag;
SOFIAPUBVAR tag_typedef_t siptag_etag_ref;
#define SIPTAG_ETAG(x) siptag_etag, siptag_etag_v(x)
#define SIPTAG_ETAG_REF(x) siptag_etag_ref, siptag_etag_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_etag_str;
SOFIAPUBVAR tag_typedef_t siptag_etag_str_ref;
#define SIPTAG_ETAG_STR(x) siptag_etag_str, tag_str_v(x)
#define SIPTAG_ETAG_STR_REF(x) siptag_etag_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_event;
SOFIAPUBVAR tag_typedef_t siptag_event_ref;
#define SIPTAG_EVENT(x) siptag_event, siptag_event_v(x)
#define SIPTAG_EVENT_REF(x) siptag_event_ref, siptag_event_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_event_str;
SOFIAPUBVAR tag_typedef_t siptag_event_str_ref;
#define SIPTAG_EVENT_STR(x) siptag_event_str, tag_str_v(x)
#define SIPTAG_EVENT_STR_REF(x) siptag_event_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_expires;
SOFIAPUBVAR tag_typedef_t siptag_expires_ref;
#define SIPTAG_EXPIRES(x) siptag_expires, siptag_expires_v(x)
#define SIPTAG_EXPIRES_REF(x) siptag_expires_ref, siptag_expires_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_expires_str;
SOFIAPUBVAR tag_typedef_t siptag_expires_str_ref;
#define SIPTAG_EXPIRES_STR(x) siptag_expires_str, tag_str_v(x)
#define SIPTAG_EXPIRES_STR_REF(x) siptag_expires_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_from;
SOFIAPUBVAR tag_typedef_t siptag_from_ref;
#define SIPTAG_FROM(x) siptag_from, siptag_from_v(x)
#define SIPTAG_FROM_REF(x) siptag_from_ref, siptag_from_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_from_str;
SOFIAPUBVAR tag_typedef_t siptag_from_str_ref;
#define SIPTAG_FROM_STR(x) siptag_from_str, tag_str_v(x)
#define SIPTAG_FROM_STR_REF(x) siptag_from_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_header;
SOFIAPUBVAR tag_typedef_t siptag_header_ref;
#define SIPTAG_HEADER(x) siptag_header, siptag_header_v(x)
#define SIPTAG_HEADER_REF(x) siptag_header_ref, siptag_header_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_header_str;
SOFIAPUBVAR tag_typedef_t siptag_header_str_ref;
#define SIPTAG_HEADER_STR(x) siptag_header_str, tag_str_v(x)
#define SIPTAG_HEADER_STR_REF(x) siptag_header_str_ref, tag_str_vr(&(x))

/* SIPTAG_IDENTITY exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t siptag_identity;
SOFIAPUBVAR tag_typedef_t siptag_identity_ref;
#define SIPTAG_IDENTITY(x) siptag_identity, siptag_identity_v(x)
#define SIPTAG_IDENTITY_REF(x) siptag_identity_ref, siptag_identity_vr(&(x))

/* SIPTAG_IDENTITY_STR exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t siptag_identity_str;
SOFIAPUBVAR tag_typedef_t siptag_identity_str_ref;
#define SIPTAG_IDENTITY_STR(x) siptag_identity_str, tag_str_v(x)
#define SIPTAG_IDENTITY_STR_REF(x) siptag_identity_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_if_match;
SOFIAPUBVAR tag_typedef_t siptag_if_match_ref;
#define SIPTAG_IF_MATCH(x) siptag_if_match, siptag_if_match_v(x)
#define SIPTAG_IF_MATCH_REF(x) siptag_if_match_ref, siptag_if_match_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_if_match_str;
SOFIAPUBVAR tag_typedef_t siptag_if_match_str_ref;
#define SIPTAG_IF_MATCH_STR(x) siptag_if_match_str, tag_str_v(x)
#define SIPTAG_IF_MATCH_STR_REF(x) siptag_if_match_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_in_reply_to;
SOFIAPUBVAR tag_typedef_t siptag_in_reply_to_ref;
#define SIPTAG_IN_REPLY_TO(x) siptag_in_reply_to, siptag_in_reply_to_v(x)
#define SIPTAG_IN_REPLY_TO_REF(x) siptag_in_reply_to_ref, siptag_in_reply_to_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_in_reply_to_str;
SOFIAPUBVAR tag_typedef_t siptag_in_reply_to_str_ref;
#define SIPTAG_IN_REPLY_TO_STR(x) siptag_in_reply_to_str, tag_str_v(x)
#define SIPTAG_IN_REPLY_TO_STR_REF(x) siptag_in_reply_to_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_max_forwards;
SOFIAPUBVAR tag_typedef_t siptag_max_forwards_ref;
#define SIPTAG_MAX_FORWARDS(x) siptag_max_forwards, siptag_max_forwards_v(x)
#define SIPTAG_MAX_FORWARDS_REF(x) siptag_max_forwards_ref, siptag_max_forwards_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_max_forwards_str;
SOFIAPUBVAR tag_typedef_t siptag_max_forwards_str_ref;
#define SIPTAG_MAX_FORWARDS_STR(x) siptag_max_forwards_str, tag_str_v(x)
#define SIPTAG_MAX_FORWARDS_STR_REF(x) siptag_max_forwards_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_mime_version;
SOFIAPUBVAR tag_typedef_t siptag_mime_version_ref;
#define SIPTAG_MIME_VERSION(x) siptag_mime_version, siptag_mime_version_v(x)
#define SIPTAG_MIME_VERSION_REF(x) siptag_mime_version_ref, siptag_mime_version_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_mime_version_str;
SOFIAPUBVAR tag_typedef_t siptag_mime_version_str_ref;
#define SIPTAG_MIME_VERSION_STR(x) siptag_mime_version_str, tag_str_v(x)
#define SIPTAG_MIME_VERSION_STR_REF(x) siptag_mime_version_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_min_expires;
SOFIAPUBVAR tag_typedef_t siptag_min_expires_ref;
#define SIPTAG_MIN_EXPIRES(x) siptag_min_expires, siptag_min_expires_v(x)
#define SIPTAG_MIN_EXPIRES_REF(x) siptag_min_expires_ref, siptag_min_expires_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_min_expires_str;
SOFIAPUBVAR tag_typedef_t siptag_min_expires_str_ref;
#define SIPTAG_MIN_EXPIRES_STR(x) siptag_min_expires_str, tag_str_v(x)
#define SIPTAG_MIN_EXPIRES_STR_REF(x) siptag_min_expires_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_min_se;
SOFIAPUBVAR tag_typedef_t siptag_min_se_ref;
#define SIPTAG_MIN_SE(x) siptag_min_se, siptag_min_se_v(x)
#define SIPTAG_MIN_SE_REF(x) siptag_min_se_ref, siptag_min_se_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_min_se_str;
SOFIAPUBVAR tag_typedef_t siptag_min_se_str_ref;
#define SIPTAG_MIN_SE_STR(x) siptag_min_se_str, tag_str_v(x)
#define SIPTAG_MIN_SE_STR_REF(x) siptag_min_se_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_organization;
SOFIAPUBVAR tag_typedef_t siptag_organization_ref;
#define SIPTAG_ORGANIZATION(x) siptag_organization, siptag_organization_v(x)
#define SIPTAG_ORGANIZATION_REF(x) siptag_organization_ref, siptag_organization_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_organization_str;
SOFIAPUBVAR tag_typedef_t siptag_organization_str_ref;
#define SIPTAG_ORGANIZATION_STR(x) siptag_organization_str, tag_str_v(x)
#define SIPTAG_ORGANIZATION_STR_REF(x) siptag_organization_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_p_asserted_identity;
SOFIAPUBVAR tag_typedef_t siptag_p_asserted_identity_ref;
#define SIPTAG_P_ASSERTED_IDENTITY(x) siptag_p_asserted_identity, siptag_p_asserted_identity_v(x)
#define SIPTAG_P_ASSERTED_IDENTITY_REF(x) siptag_p_asserted_identity_ref, siptag_p_asserted_identity_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_p_asserted_identity_str;
SOFIAPUBVAR tag_typedef_t siptag_p_asserted_identity_str_ref;
#define SIPTAG_P_ASSERTED_IDENTITY_STR(x) siptag_p_asserted_identity_str, tag_str_v(x)
#define SIPTAG_P_ASSERTED_IDENTITY_STR_REF(x) siptag_p_asserted_identity_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_p_preferred_identity;
SOFIAPUBVAR tag_typedef_t siptag_p_preferred_identity_ref;
#define SIPTAG_P_PREFERRED_IDENTITY(x) siptag_p_preferred_identity, siptag_p_preferred_identity_v(x)
#define SIPTAG_P_PREFERRED_IDENTITY_REF(x) siptag_p_preferred_identity_ref, siptag_p_preferred_identity_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_p_preferred_identity_str;
SOFIAPUBVAR tag_typedef_t siptag_p_preferred_identity_str_ref;
#define SIPTAG_P_PREFERRED_IDENTITY_STR(x) siptag_p_preferred_identity_str, tag_str_v(x)
#define SIPTAG_P_PREFERRED_IDENTITY_STR_REF(x) siptag_p_preferred_identity_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_path;
SOFIAPUBVAR tag_typedef_t siptag_path_ref;
#define SIPTAG_PATH(x) siptag_path, siptag_path_v(x)
#define SIPTAG_PATH_REF(x) siptag_path_ref, siptag_path_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_path_str;
SOFIAPUBVAR tag_typedef_t siptag_path_str_ref;
#define SIPTAG_PATH_STR(x) siptag_path_str, tag_str_v(x)
#define SIPTAG_PATH_STR_REF(x) siptag_path_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_payload;
SOFIAPUBVAR tag_typedef_t siptag_payload_ref;
#define SIPTAG_PAYLOAD(x) siptag_payload, siptag_payload_v(x)
#define SIPTAG_PAYLOAD_REF(x) siptag_payload_ref, siptag_payload_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_payload_str;
SOFIAPUBVAR tag_typedef_t siptag_payload_str_ref;
#define SIPTAG_PAYLOAD_STR(x) siptag_payload_str, tag_str_v(x)
#define SIPTAG_PAYLOAD_STR_REF(x) siptag_payload_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_priority;
SOFIAPUBVAR tag_typedef_t siptag_priority_ref;
#define SIPTAG_PRIORITY(x) siptag_priority, siptag_priority_v(x)
#define SIPTAG_PRIORITY_REF(x) siptag_priority_ref, siptag_priority_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_priority_str;
SOFIAPUBVAR tag_typedef_t siptag_priority_str_ref;
#define SIPTAG_PRIORITY_STR(x) siptag_priority_str, tag_str_v(x)
#define SIPTAG_PRIORITY_STR_REF(x) siptag_priority_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_privacy;
SOFIAPUBVAR tag_typedef_t siptag_privacy_ref;
#define SIPTAG_PRIVACY(x) siptag_privacy, siptag_privacy_v(x)
#define SIPTAG_PRIVACY_REF(x) siptag_privacy_ref, siptag_privacy_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_privacy_str;
SOFIAPUBVAR tag_typedef_t siptag_privacy_str_ref;
#define SIPTAG_PRIVACY_STR(x) siptag_privacy_str, tag_str_v(x)
#define SIPTAG_PRIVACY_STR_REF(x) siptag_privacy_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_authenticate;
SOFIAPUBVAR tag_typedef_t siptag_proxy_authenticate_ref;
#define SIPTAG_PROXY_AUTHENTICATE(x) siptag_proxy_authenticate, siptag_proxy_authenticate_v(x)
#define SIPTAG_PROXY_AUTHENTICATE_REF(x) siptag_proxy_authenticate_ref, siptag_proxy_authenticate_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_authenticate_str;
SOFIAPUBVAR tag_typedef_t siptag_proxy_authenticate_str_ref;
#define SIPTAG_PROXY_AUTHENTICATE_STR(x) siptag_proxy_authenticate_str, tag_str_v(x)
#define SIPTAG_PROXY_AUTHENTICATE_STR_REF(x) siptag_proxy_authenticate_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_authentication_info;
SOFIAPUBVAR tag_typedef_t siptag_proxy_authentication_info_ref;
#define SIPTAG_PROXY_AUTHENTICATION_INFO(x) siptag_proxy_authentication_info, siptag_proxy_authentication_info_v(x)
#define SIPTAG_PROXY_AUTHENTICATION_INFO_REF(x) siptag_proxy_authentication_info_ref, siptag_proxy_authentication_info_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_authentication_info_str;
SOFIAPUBVAR tag_typedef_t siptag_proxy_authentication_info_str_ref;
#define SIPTAG_PROXY_AUTHENTICATION_INFO_STR(x) siptag_proxy_authentication_info_str, tag_str_v(x)
#define SIPTAG_PROXY_AUTHENTICATION_INFO_STR_REF(x) siptag_proxy_authentication_info_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_authorization;
SOFIAPUBVAR tag_typedef_t siptag_proxy_authorization_ref;
#define SIPTAG_PROXY_AUTHORIZATION(x) siptag_proxy_authorization, siptag_proxy_authorization_v(x)
#define SIPTAG_PROXY_AUTHORIZATION_REF(x) siptag_proxy_authorization_ref, siptag_proxy_authorization_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_authorization_str;
SOFIAPUBVAR tag_typedef_t siptag_proxy_authorization_str_ref;
#define SIPTAG_PROXY_AUTHORIZATION_STR(x) siptag_proxy_authorization_str, tag_str_v(x)
#define SIPTAG_PROXY_AUTHORIZATION_STR_REF(x) siptag_proxy_authorization_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_require;
SOFIAPUBVAR tag_typedef_t siptag_proxy_require_ref;
#define SIPTAG_PROXY_REQUIRE(x) siptag_proxy_require, siptag_proxy_require_v(x)
#define SIPTAG_PROXY_REQUIRE_REF(x) siptag_proxy_require_ref, siptag_proxy_require_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_proxy_require_str;
SOFIAPUBVAR tag_typedef_t siptag_proxy_require_str_ref;
#define SIPTAG_PROXY_REQUIRE_STR(x) siptag_proxy_require_str, tag_str_v(x)
#define SIPTAG_PROXY_REQUIRE_STR_REF(x) siptag_proxy_require_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_rack;
SOFIAPUBVAR tag_typedef_t siptag_rack_ref;
#define SIPTAG_RACK(x) siptag_rack, siptag_rack_v(x)
#define SIPTAG_RACK_REF(x) siptag_rack_ref, siptag_rack_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_rack_str;
SOFIAPUBVAR tag_typedef_t siptag_rack_str_ref;
#define SIPTAG_RACK_STR(x) siptag_rack_str, tag_str_v(x)
#define SIPTAG_RACK_STR_REF(x) siptag_rack_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_reason;
SOFIAPUBVAR tag_typedef_t siptag_reason_ref;
#define SIPTAG_REASON(x) siptag_reason, siptag_reason_v(x)
#define SIPTAG_REASON_REF(x) siptag_reason_ref, siptag_reason_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_reason_str;
SOFIAPUBVAR tag_typedef_t siptag_reason_str_ref;
#define SIPTAG_REASON_STR(x) siptag_reason_str, tag_str_v(x)
#define SIPTAG_REASON_STR_REF(x) siptag_reason_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_record_route;
SOFIAPUBVAR tag_typedef_t siptag_record_route_ref;
#define SIPTAG_RECORD_ROUTE(x) siptag_record_route, siptag_record_route_v(x)
#define SIPTAG_RECORD_ROUTE_REF(x) siptag_record_route_ref, siptag_record_route_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_record_route_str;
SOFIAPUBVAR tag_typedef_t siptag_record_route_str_ref;
#define SIPTAG_RECORD_ROUTE_STR(x) siptag_record_route_str, tag_str_v(x)
#define SIPTAG_RECORD_ROUTE_STR_REF(x) siptag_record_route_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_refer_sub;
SOFIAPUBVAR tag_typedef_t siptag_refer_sub_ref;
#define SIPTAG_REFER_SUB(x) siptag_refer_sub, siptag_refer_sub_v(x)
#define SIPTAG_REFER_SUB_REF(x) siptag_refer_sub_ref, siptag_refer_sub_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_refer_sub_str;
SOFIAPUBVAR tag_typedef_t siptag_refer_sub_str_ref;
#define SIPTAG_REFER_SUB_STR(x) siptag_refer_sub_str, tag_str_v(x)
#define SIPTAG_REFER_SUB_STR_REF(x) siptag_refer_sub_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_refer_to;
SOFIAPUBVAR tag_typedef_t siptag_refer_to_ref;
#define SIPTAG_REFER_TO(x) siptag_refer_to, siptag_refer_to_v(x)
#define SIPTAG_REFER_TO_REF(x) siptag_refer_to_ref, siptag_refer_to_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_refer_to_str;
SOFIAPUBVAR tag_typedef_t siptag_refer_to_str_ref;
#define SIPTAG_REFER_TO_STR(x) siptag_refer_to_str, tag_str_v(x)
#define SIPTAG_REFER_TO_STR_REF(x) siptag_refer_to_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_referred_by;
SOFIAPUBVAR tag_typedef_t siptag_referred_by_ref;
#define SIPTAG_REFERRED_BY(x) siptag_referred_by, siptag_referred_by_v(x)
#define SIPTAG_REFERRED_BY_REF(x) siptag_referred_by_ref, siptag_referred_by_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_referred_by_str;
SOFIAPUBVAR tag_typedef_t siptag_referred_by_str_ref;
#define SIPTAG_REFERRED_BY_STR(x) siptag_referred_by_str, tag_str_v(x)
#define SIPTAG_REFERRED_BY_STR_REF(x) siptag_referred_by_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_reject_contact;
SOFIAPUBVAR tag_typedef_t siptag_reject_contact_ref;
#define SIPTAG_REJECT_CONTACT(x) siptag_reject_contact, siptag_reject_contact_v(x)
#define SIPTAG_REJECT_CONTACT_REF(x) siptag_reject_contact_ref, siptag_reject_contact_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_reject_contact_str;
SOFIAPUBVAR tag_typedef_t siptag_reject_contact_str_ref;
#define SIPTAG_REJECT_CONTACT_STR(x) siptag_reject_contact_str, tag_str_v(x)
#define SIPTAG_REJECT_CONTACT_STR_REF(x) siptag_reject_contact_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_remote_party_id;
SOFIAPUBVAR tag_typedef_t siptag_remote_party_id_ref;
#define SIPTAG_REMOTE_PARTY_ID(x) siptag_remote_party_id, siptag_remote_party_id_v(x)
#define SIPTAG_REMOTE_PARTY_ID_REF(x) siptag_remote_party_id_ref, siptag_remote_party_id_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_remote_party_id_str;
SOFIAPUBVAR tag_typedef_t siptag_remote_party_id_str_ref;
#define SIPTAG_REMOTE_PARTY_ID_STR(x) siptag_remote_party_id_str, tag_str_v(x)
#define SIPTAG_REMOTE_PARTY_ID_STR_REF(x) siptag_remote_party_id_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_replaces;
SOFIAPUBVAR tag_typedef_t siptag_replaces_ref;
#define SIPTAG_REPLACES(x) siptag_replaces, siptag_replaces_v(x)
#define SIPTAG_REPLACES_REF(x) siptag_replaces_ref, siptag_replaces_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_replaces_str;
SOFIAPUBVAR tag_typedef_t siptag_replaces_str_ref;
#define SIPTAG_REPLACES_STR(x) siptag_replaces_str, tag_str_v(x)
#define SIPTAG_REPLACES_STR_REF(x) siptag_replaces_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_reply_to;
SOFIAPUBVAR tag_typedef_t siptag_reply_to_ref;
#define SIPTAG_REPLY_TO(x) siptag_reply_to, siptag_reply_to_v(x)
#define SIPTAG_REPLY_TO_REF(x) siptag_reply_to_ref, siptag_reply_to_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_reply_to_str;
SOFIAPUBVAR tag_typedef_t siptag_reply_to_str_ref;
#define SIPTAG_REPLY_TO_STR(x) siptag_reply_to_str, tag_str_v(x)
#define SIPTAG_REPLY_TO_STR_REF(x) siptag_reply_to_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_request;
SOFIAPUBVAR tag_typedef_t siptag_request_ref;
#define SIPTAG_REQUEST(x) siptag_request, siptag_request_v(x)
#define SIPTAG_REQUEST_REF(x) siptag_request_ref, siptag_request_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_request_disposition;
SOFIAPUBVAR tag_typedef_t siptag_request_disposition_ref;
#define SIPTAG_REQUEST_DISPOSITION(x) siptag_request_disposition, siptag_request_disposition_v(x)
#define SIPTAG_REQUEST_DISPOSITION_REF(x) siptag_request_disposition_ref, siptag_request_disposition_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_request_disposition_str;
SOFIAPUBVAR tag_typedef_t siptag_request_disposition_str_ref;
#define SIPTAG_REQUEST_DISPOSITION_STR(x) siptag_request_disposition_str, tag_str_v(x)
#define SIPTAG_REQUEST_DISPOSITION_STR_REF(x) siptag_request_disposition_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_request_str;
SOFIAPUBVAR tag_typedef_t siptag_request_str_ref;
#define SIPTAG_REQUEST_STR(x) siptag_request_str, tag_str_v(x)
#define SIPTAG_REQUEST_STR_REF(x) siptag_request_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_require;
SOFIAPUBVAR tag_typedef_t siptag_require_ref;
#define SIPTAG_REQUIRE(x) siptag_require, siptag_require_v(x)
#define SIPTAG_REQUIRE_REF(x) siptag_require_ref, siptag_require_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_require_str;
SOFIAPUBVAR tag_typedef_t siptag_require_str_ref;
#define SIPTAG_REQUIRE_STR(x) siptag_require_str, tag_str_v(x)
#define SIPTAG_REQUIRE_STR_REF(x) siptag_require_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_retry_after;
SOFIAPUBVAR tag_typedef_t siptag_retry_after_ref;
#define SIPTAG_RETRY_AFTER(x) siptag_retry_after, siptag_retry_after_v(x)
#define SIPTAG_RETRY_AFTER_REF(x) siptag_retry_after_ref, siptag_retry_after_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_retry_after_str;
SOFIAPUBVAR tag_typedef_t siptag_retry_after_str_ref;
#define SIPTAG_RETRY_AFTER_STR(x) siptag_retry_after_str, tag_str_v(x)
#define SIPTAG_RETRY_AFTER_STR_REF(x) siptag_retry_after_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_route;
SOFIAPUBVAR tag_typedef_t siptag_route_ref;
#define SIPTAG_ROUTE(x) siptag_route, siptag_route_v(x)
#define SIPTAG_ROUTE_REF(x) siptag_route_ref, siptag_route_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_route_str;
SOFIAPUBVAR tag_typedef_t siptag_route_str_ref;
#define SIPTAG_ROUTE_STR(x) siptag_route_str, tag_str_v(x)
#define SIPTAG_ROUTE_STR_REF(x) siptag_route_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_rseq;
SOFIAPUBVAR tag_typedef_t siptag_rseq_ref;
#define SIPTAG_RSEQ(x) siptag_rseq, siptag_rseq_v(x)
#define SIPTAG_RSEQ_REF(x) siptag_rseq_ref, siptag_rseq_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_rseq_str;
SOFIAPUBVAR tag_typedef_t siptag_rseq_str_ref;
#define SIPTAG_RSEQ_STR(x) siptag_rseq_str, tag_str_v(x)
#define SIPTAG_RSEQ_STR_REF(x) siptag_rseq_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_security_client;
SOFIAPUBVAR tag_typedef_t siptag_security_client_ref;
#define SIPTAG_SECURITY_CLIENT(x) siptag_security_client, siptag_security_client_v(x)
#define SIPTAG_SECURITY_CLIENT_REF(x) siptag_security_client_ref, siptag_security_client_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_security_client_str;
SOFIAPUBVAR tag_typedef_t siptag_security_client_str_ref;
#define SIPTAG_SECURITY_CLIENT_STR(x) siptag_security_client_str, tag_str_v(x)
#define SIPTAG_SECURITY_CLIENT_STR_REF(x) siptag_security_client_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_security_server;
SOFIAPUBVAR tag_typedef_t siptag_security_server_ref;
#define SIPTAG_SECURITY_SERVER(x) siptag_security_server, siptag_security_server_v(x)
#define SIPTAG_SECURITY_SERVER_REF(x) siptag_security_server_ref, siptag_security_server_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_security_server_str;
SOFIAPUBVAR tag_typedef_t siptag_security_server_str_ref;
#define SIPTAG_SECURITY_SERVER_STR(x) siptag_security_server_str, tag_str_v(x)
#define SIPTAG_SECURITY_SERVER_STR_REF(x) siptag_security_server_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_security_verify;
SOFIAPUBVAR tag_typedef_t siptag_security_verify_ref;
#define SIPTAG_SECURITY_VERIFY(x) siptag_security_verify, siptag_security_verify_v(x)
#define SIPTAG_SECURITY_VERIFY_REF(x) siptag_security_verify_ref, siptag_security_verify_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_security_verify_str;
SOFIAPUBVAR tag_typedef_t siptag_security_verify_str_ref;
#define SIPTAG_SECURITY_VERIFY_STR(x) siptag_security_verify_str, tag_str_v(x)
#define SIPTAG_SECURITY_VERIFY_STR_REF(x) siptag_security_verify_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_separator;
SOFIAPUBVAR tag_typedef_t siptag_separator_ref;
#define SIPTAG_SEPARATOR(x) siptag_separator, siptag_separator_v(x)
#define SIPTAG_SEPARATOR_REF(x) siptag_separator_ref, siptag_separator_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_separator_str;
SOFIAPUBVAR tag_typedef_t siptag_separator_str_ref;
#define SIPTAG_SEPARATOR_STR(x) siptag_separator_str, tag_str_v(x)
#define SIPTAG_SEPARATOR_STR_REF(x) siptag_separator_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_server;
SOFIAPUBVAR tag_typedef_t siptag_server_ref;
#define SIPTAG_SERVER(x) siptag_server, siptag_server_v(x)
#define SIPTAG_SERVER_REF(x) siptag_server_ref, siptag_server_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_server_str;
SOFIAPUBVAR tag_typedef_t siptag_server_str_ref;
#define SIPTAG_SERVER_STR(x) siptag_server_str, tag_str_v(x)
#define SIPTAG_SERVER_STR_REF(x) siptag_server_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_service_route;
SOFIAPUBVAR tag_typedef_t siptag_service_route_ref;
#define SIPTAG_SERVICE_ROUTE(x) siptag_service_route, siptag_service_route_v(x)
#define SIPTAG_SERVICE_ROUTE_REF(x) siptag_service_route_ref, siptag_service_route_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_service_route_str;
SOFIAPUBVAR tag_typedef_t siptag_service_route_str_ref;
#define SIPTAG_SERVICE_ROUTE_STR(x) siptag_service_route_str, tag_str_v(x)
#define SIPTAG_SERVICE_ROUTE_STR_REF(x) siptag_service_route_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_session_expires;
SOFIAPUBVAR tag_typedef_t siptag_session_expires_ref;
#define SIPTAG_SESSION_EXPIRES(x) siptag_session_expires, siptag_session_expires_v(x)
#define SIPTAG_SESSION_EXPIRES_REF(x) siptag_session_expires_ref, siptag_session_expires_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_session_expires_str;
SOFIAPUBVAR tag_typedef_t siptag_session_expires_str_ref;
#define SIPTAG_SESSION_EXPIRES_STR(x) siptag_session_expires_str, tag_str_v(x)
#define SIPTAG_SESSION_EXPIRES_STR_REF(x) siptag_session_expires_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_sip;
SOFIAPUBVAR tag_typedef_t siptag_sip_ref;
#define SIPTAG_SIP(x) siptag_sip, siptag_sip_v(x)
#define SIPTAG_SIP_REF(x) siptag_sip_ref, siptag_sip_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_status;
SOFIAPUBVAR tag_typedef_t siptag_status_ref;
#define SIPTAG_STATUS(x) siptag_status, siptag_status_v(x)
#define SIPTAG_STATUS_REF(x) siptag_status_ref, siptag_status_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_status_str;
SOFIAPUBVAR tag_typedef_t siptag_status_str_ref;
#define SIPTAG_STATUS_STR(x) siptag_status_str, tag_str_v(x)
#define SIPTAG_STATUS_STR_REF(x) siptag_status_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_subject;
SOFIAPUBVAR tag_typedef_t siptag_subject_ref;
#define SIPTAG_SUBJECT(x) siptag_subject, siptag_subject_v(x)
#define SIPTAG_SUBJECT_REF(x) siptag_subject_ref, siptag_subject_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_subject_str;
SOFIAPUBVAR tag_typedef_t siptag_subject_str_ref;
#define SIPTAG_SUBJECT_STR(x) siptag_subject_str, tag_str_v(x)
#define SIPTAG_SUBJECT_STR_REF(x) siptag_subject_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_subscription_state;
SOFIAPUBVAR tag_typedef_t siptag_subscription_state_ref;
#define SIPTAG_SUBSCRIPTION_STATE(x) siptag_subscription_state, siptag_subscription_state_v(x)
#define SIPTAG_SUBSCRIPTION_STATE_REF(x) siptag_subscription_state_ref, siptag_subscription_state_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_subscription_state_str;
SOFIAPUBVAR tag_typedef_t siptag_subscription_state_str_ref;
#define SIPTAG_SUBSCRIPTION_STATE_STR(x) siptag_subscription_state_str, tag_str_v(x)
#define SIPTAG_SUBSCRIPTION_STATE_STR_REF(x) siptag_subscription_state_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_supported;
SOFIAPUBVAR tag_typedef_t siptag_supported_ref;
#define SIPTAG_SUPPORTED(x) siptag_supported, siptag_supported_v(x)
#define SIPTAG_SUPPORTED_REF(x) siptag_supported_ref, siptag_supported_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_supported_str;
SOFIAPUBVAR tag_typedef_t siptag_supported_str_ref;
#define SIPTAG_SUPPORTED_STR(x) siptag_supported_str, tag_str_v(x)
#define SIPTAG_SUPPORTED_STR_REF(x) siptag_supported_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_timestamp;
SOFIAPUBVAR tag_typedef_t siptag_timestamp_ref;
#define SIPTAG_TIMESTAMP(x) siptag_timestamp, siptag_timestamp_v(x)
#define SIPTAG_TIMESTAMP_REF(x) siptag_timestamp_ref, siptag_timestamp_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_timestamp_str;
SOFIAPUBVAR tag_typedef_t siptag_timestamp_str_ref;
#define SIPTAG_TIMESTAMP_STR(x) siptag_timestamp_str, tag_str_v(x)
#define SIPTAG_TIMESTAMP_STR_REF(x) siptag_timestamp_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_to;
SOFIAPUBVAR tag_typedef_t siptag_to_ref;
#define SIPTAG_TO(x) siptag_to, siptag_to_v(x)
#define SIPTAG_TO_REF(x) siptag_to_ref, siptag_to_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_to_str;
SOFIAPUBVAR tag_typedef_t siptag_to_str_ref;
#define SIPTAG_TO_STR(x) siptag_to_str, tag_str_v(x)
#define SIPTAG_TO_STR_REF(x) siptag_to_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_unknown;
SOFIAPUBVAR tag_typedef_t siptag_unknown_ref;
#define SIPTAG_UNKNOWN(x) siptag_unknown, siptag_unknown_v(x)
#define SIPTAG_UNKNOWN_REF(x) siptag_unknown_ref, siptag_unknown_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_unknown_str;
SOFIAPUBVAR tag_typedef_t siptag_unknown_str_ref;
#define SIPTAG_UNKNOWN_STR(x) siptag_unknown_str, tag_str_v(x)
#define SIPTAG_UNKNOWN_STR_REF(x) siptag_unknown_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_unsupported;
SOFIAPUBVAR tag_typedef_t siptag_unsupported_ref;
#define SIPTAG_UNSUPPORTED(x) siptag_unsupported, siptag_unsupported_v(x)
#define SIPTAG_UNSUPPORTED_REF(x) siptag_unsupported_ref, siptag_unsupported_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_unsupported_str;
SOFIAPUBVAR tag_typedef_t siptag_unsupported_str_ref;
#define SIPTAG_UNSUPPORTED_STR(x) siptag_unsupported_str, tag_str_v(x)
#define SIPTAG_UNSUPPORTED_STR_REF(x) siptag_unsupported_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_user_agent;
SOFIAPUBVAR tag_typedef_t siptag_user_agent_ref;
#define SIPTAG_USER_AGENT(x) siptag_user_agent, siptag_user_agent_v(x)
#define SIPTAG_USER_AGENT_REF(x) siptag_user_agent_ref, siptag_user_agent_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_user_agent_str;
SOFIAPUBVAR tag_typedef_t siptag_user_agent_str_ref;
#define SIPTAG_USER_AGENT_STR(x) siptag_user_agent_str, tag_str_v(x)
#define SIPTAG_USER_AGENT_STR_REF(x) siptag_user_agent_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_via;
SOFIAPUBVAR tag_typedef_t siptag_via_ref;
#define SIPTAG_VIA(x) siptag_via, siptag_via_v(x)
#define SIPTAG_VIA_REF(x) siptag_via_ref, siptag_via_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_via_str;
SOFIAPUBVAR tag_typedef_t siptag_via_str_ref;
#define SIPTAG_VIA_STR(x) siptag_via_str, tag_str_v(x)
#define SIPTAG_VIA_STR_REF(x) siptag_via_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_warning;
SOFIAPUBVAR tag_typedef_t siptag_warning_ref;
#define SIPTAG_WARNING(x) siptag_warning, siptag_warning_v(x)
#define SIPTAG_WARNING_REF(x) siptag_warning_ref, siptag_warning_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_warning_str;
SOFIAPUBVAR tag_typedef_t siptag_warning_str_ref;
#define SIPTAG_WARNING_STR(x) siptag_warning_str, tag_str_v(x)
#define SIPTAG_WARNING_STR_REF(x) siptag_warning_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_www_authenticate;
SOFIAPUBVAR tag_typedef_t siptag_www_authenticate_ref;
#define SIPTAG_WWW_AUTHENTICATE(x) siptag_www_authenticate, siptag_www_authenticate_v(x)
#define SIPTAG_WWW_AUTHENTICATE_REF(x) siptag_www_authenticate_ref, siptag_www_authenticate_vr(&(x))

SOFIAPUBVAR tag_typedef_t siptag_www_authenticate_str;
SOFIAPUBVAR tag_typedef_t siptag_www_authenticate_str_ref;
#define SIPTAG_WWW_AUTHENTICATE_STR(x) siptag_www_authenticate_str, tag_str_v(x)
#define SIPTAG_WWW_AUTHENTICATE_STR_REF(x) siptag_www_authenticate_str_ref, tag_str_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_SIP_TAGS_H */
