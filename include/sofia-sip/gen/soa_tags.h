/* Generated from tags/soa.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_SOA_TAGS_H
#define SOFIA_RS_GEN_SOA_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t soatag_active_audio;
SOFIAPUBVAR tag_typedef_t soatag_active_audio_ref;
#define SOATAG_ACTIVE_AUDIO(x) soatag_active_audio, tag_int_v(x)
#define SOATAG_ACTIVE_AUDIO_REF(x) soatag_active_audio_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_active_chat;
SOFIAPUBVAR tag_typedef_t soatag_active_chat_ref;
#define SOATAG_ACTIVE_CHAT(x) soatag_active_chat, tag_int_v(x)
#define SOATAG_ACTIVE_CHAT_REF(x) soatag_active_chat_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_active_image;
SOFIAPUBVAR tag_typedef_t soatag_active_image_ref;
#define SOATAG_ACTIVE_IMAGE(x) soatag_active_image, tag_int_v(x)
#define SOATAG_ACTIVE_IMAGE_REF(x) soatag_active_image_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_active_video;
SOFIAPUBVAR tag_typedef_t soatag_active_video_ref;
#define SOATAG_ACTIVE_VIDEO(x) soatag_active_video, tag_int_v(x)
#define SOATAG_ACTIVE_VIDEO_REF(x) soatag_active_video_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_address;
SOFIAPUBVAR tag_typedef_t soatag_address_ref;
#define SOATAG_ADDRESS(x) soatag_address, tag_str_v(x)
#define SOATAG_ADDRESS_REF(x) soatag_address_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_af;
SOFIAPUBVAR tag_typedef_t soatag_af_ref;
#define SOATAG_AF(x) soatag_af, tag_int_v(x)
#define SOATAG_AF_REF(x) soatag_af_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_any;
#define SOATAG_ANY() soatag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t soatag_audio_aux;
SOFIAPUBVAR tag_typedef_t soatag_audio_aux_ref;
#define SOATAG_AUDIO_AUX(x) soatag_audio_aux, tag_str_v(x)
#define SOATAG_AUDIO_AUX_REF(x) soatag_audio_aux_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_caps_sdp;
SOFIAPUBVAR tag_typedef_t soatag_caps_sdp_ref;
#define SOATAG_CAPS_SDP(x) soatag_caps_sdp, sdptag_session_v(x)
#define SOATAG_CAPS_SDP_REF(x) soatag_caps_sdp_ref, sdptag_session_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_caps_sdp_str;
SOFIAPUBVAR tag_typedef_t soatag_caps_sdp_str_ref;
#define SOATAG_CAPS_SDP_STR(x) soatag_caps_sdp_str, tag_str_v(x)
#define SOATAG_CAPS_SDP_STR_REF(x) soatag_caps_sdp_str_ref, tag_str_vr(&(x))

/* SOATAG_DELAYED_OFFER_ENABLE exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t soatag_delayed_offer_enable;
SOFIAPUBVAR tag_typedef_t soatag_delayed_offer_enable_ref;
#define SOATAG_DELAYED_OFFER_ENABLE(x) soatag_delayed_offer_enable, tag_bool_v(x)
#define SOATAG_DELAYED_OFFER_ENABLE_REF(x) soatag_delayed_offer_enable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_hold;
SOFIAPUBVAR tag_typedef_t soatag_hold_ref;
#define SOATAG_HOLD(x) soatag_hold, tag_str_v(x)
#define SOATAG_HOLD_REF(x) soatag_hold_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_local_sdp;
SOFIAPUBVAR tag_typedef_t soatag_local_sdp_ref;
#define SOATAG_LOCAL_SDP(x) soatag_local_sdp, sdptag_session_v(x)
#define SOATAG_LOCAL_SDP_REF(x) soatag_local_sdp_ref, sdptag_session_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_local_sdp_str;
SOFIAPUBVAR tag_typedef_t soatag_local_sdp_str_ref;
#define SOATAG_LOCAL_SDP_STR(x) soatag_local_sdp_str, tag_str_v(x)
#define SOATAG_LOCAL_SDP_STR_REF(x) soatag_local_sdp_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_ordered_user;
SOFIAPUBVAR tag_typedef_t soatag_ordered_user_ref;
#define SOATAG_ORDERED_USER(x) soatag_ordered_user, tag_bool_v(x)
#define SOATAG_ORDERED_USER_REF(x) soatag_ordered_user_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_remote_sdp;
SOFIAPUBVAR tag_typedef_t soatag_remote_sdp_ref;
#define SOATAG_REMOTE_SDP(x) soatag_remote_sdp, sdptag_session_v(x)
#define SOATAG_REMOTE_SDP_REF(x) soatag_remote_sdp_ref, sdptag_session_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_remote_sdp_str;
SOFIAPUBVAR tag_typedef_t soatag_remote_sdp_str_ref;
#define SOATAG_REMOTE_SDP_STR(x) soatag_remote_sdp_str, tag_str_v(x)
#define SOATAG_REMOTE_SDP_STR_REF(x) soatag_remote_sdp_str_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_reuse_rejected;
SOFIAPUBVAR tag_typedef_t soatag_reuse_rejected_ref;
#define SOATAG_REUSE_REJECTED(x) soatag_reuse_rejected, tag_bool_v(x)
#define SOATAG_REUSE_REJECTED_REF(x) soatag_reuse_rejected_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_rtp_mismatch;
SOFIAPUBVAR tag_typedef_t soatag_rtp_mismatch_ref;
#define SOATAG_RTP_MISMATCH(x) soatag_rtp_mismatch, tag_bool_v(x)
#define SOATAG_RTP_MISMATCH_REF(x) soatag_rtp_mismatch_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_rtp_select;
SOFIAPUBVAR tag_typedef_t soatag_rtp_select_ref;
#define SOATAG_RTP_SELECT(x) soatag_rtp_select, tag_int_v(x)
#define SOATAG_RTP_SELECT_REF(x) soatag_rtp_select_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_rtp_sort;
SOFIAPUBVAR tag_typedef_t soatag_rtp_sort_ref;
#define SOATAG_RTP_SORT(x) soatag_rtp_sort, tag_int_v(x)
#define SOATAG_RTP_SORT_REF(x) soatag_rtp_sort_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_srtp_confidentiality;
SOFIAPUBVAR tag_typedef_t soatag_srtp_confidentiality_ref;
#define SOATAG_SRTP_CONFIDENTIALITY(x) soatag_srtp_confidentiality, tag_bool_v(x)
#define SOATAG_SRTP_CONFIDENTIALITY_REF(x) soatag_srtp_confidentiality_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_srtp_enable;
SOFIAPUBVAR tag_typedef_t soatag_srtp_enable_ref;
#define SOATAG_SRTP_ENABLE(x) soatag_srtp_enable, tag_bool_v(x)
#define SOATAG_SRTP_ENABLE_REF(x) soatag_srtp_enable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_srtp_integrity;
SOFIAPUBVAR tag_typedef_t soatag_srtp_integrity_ref;
#define SOATAG_SRTP_INTEGRITY(x) soatag_srtp_integrity, tag_bool_v(x)
#define SOATAG_SRTP_INTEGRITY_REF(x) soatag_srtp_integrity_ref, tag_bool_vr(&(x))

/* SOATAG_USER_O_LINE exists in Sofia-SIP 1.12 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t soatag_user_o_line;
SOFIAPUBVAR tag_typedef_t soatag_user_o_line_ref;
#define SOATAG_USER_O_LINE(x) soatag_user_o_line, tag_bool_v(x)
#define SOATAG_USER_O_LINE_REF(x) soatag_user_o_line_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_user_sdp;
SOFIAPUBVAR tag_typedef_t soatag_user_sdp_ref;
#define SOATAG_USER_SDP(x) soatag_user_sdp, sdptag_session_v(x)
#define SOATAG_USER_SDP_REF(x) soatag_user_sdp_ref, sdptag_session_vr(&(x))

SOFIAPUBVAR tag_typedef_t soatag_user_sdp_str;
SOFIAPUBVAR tag_typedef_t soatag_user_sdp_str_ref;
#define SOATAG_USER_SDP_STR(x) soatag_user_sdp_str, tag_str_v(x)
#define SOATAG_USER_SDP_STR_REF(x) soatag_user_sdp_str_ref, tag_str_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_SOA_TAGS_H */
