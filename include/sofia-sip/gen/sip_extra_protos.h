/* Generated from headers/sip.headers by tools/hdrgen.rs (tools/regen-headers). Do not edit. */
#ifndef SOFIA_RS_GEN_SIP_EXTRA_PROTOS_H
#define SOFIA_RS_GEN_SIP_EXTRA_PROTOS_H

SOFIA_BEGIN_DECLS

/* Refer-Sub */
SOFIAPUBFUN issize_t sip_refer_sub_d(su_home_t *, msg_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_refer_sub_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
#define sip_refer_sub(sip) ((sip_refer_sub_t *)msg_header_access((msg_pub_t *)(sip), sip_refer_sub_class))
#define SIP_REFER_SUB_INIT() SIP_HDR_INIT(refer_sub)
su_inline sip_refer_sub_t *sip_refer_sub_init(sip_refer_sub_t x[1])
{
  return SIP_HEADER_INIT(x, sip_refer_sub_class, sizeof(sip_refer_sub_t));
}
su_inline int sip_is_refer_sub(sip_header_t const *header)
{
  return header && header->sh_class->hc_hash == sip_refer_sub_hash;
}
#define sip_refer_sub_p(h) sip_is_refer_sub((h))
su_inline sip_refer_sub_t *sip_refer_sub_dup(su_home_t *home, sip_refer_sub_t const *hdr)
{
  return (sip_refer_sub_t *)msg_header_dup_as(home, sip_refer_sub_class, (msg_header_t const *)hdr);
}
su_inline sip_refer_sub_t *sip_refer_sub_copy(su_home_t *home, sip_refer_sub_t const *hdr)
{
  return (sip_refer_sub_t *)msg_header_copy_as(home, sip_refer_sub_class, (msg_header_t const *)hdr);
}
su_inline sip_refer_sub_t *sip_refer_sub_make(su_home_t *home, char const *s)
{
  return (sip_refer_sub_t *)sip_header_make(home, sip_refer_sub_class, s);
}
su_inline sip_refer_sub_t *sip_refer_sub_format(su_home_t *home, char const *fmt, ...)
{
  sip_header_t *h;
  va_list ap;
  va_start(ap, fmt);
  h = sip_header_vformat(home, sip_refer_sub_class, fmt, ap);
  va_end(ap);
  return (sip_refer_sub_t *)h;
}

/* Alert-Info */
SOFIAPUBFUN issize_t sip_alert_info_d(su_home_t *, msg_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_alert_info_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
#define sip_alert_info(sip) ((sip_alert_info_t *)msg_header_access((msg_pub_t *)(sip), sip_alert_info_class))
#define SIP_ALERT_INFO_INIT() SIP_HDR_INIT(alert_info)
su_inline sip_alert_info_t *sip_alert_info_init(sip_alert_info_t x[1])
{
  return SIP_HEADER_INIT(x, sip_alert_info_class, sizeof(sip_alert_info_t));
}
su_inline int sip_is_alert_info(sip_header_t const *header)
{
  return header && header->sh_class->hc_hash == sip_alert_info_hash;
}
#define sip_alert_info_p(h) sip_is_alert_info((h))
su_inline sip_alert_info_t *sip_alert_info_dup(su_home_t *home, sip_alert_info_t const *hdr)
{
  return (sip_alert_info_t *)msg_header_dup_as(home, sip_alert_info_class, (msg_header_t const *)hdr);
}
su_inline sip_alert_info_t *sip_alert_info_copy(su_home_t *home, sip_alert_info_t const *hdr)
{
  return (sip_alert_info_t *)msg_header_copy_as(home, sip_alert_info_class, (msg_header_t const *)hdr);
}
su_inline sip_alert_info_t *sip_alert_info_make(su_home_t *home, char const *s)
{
  return (sip_alert_info_t *)sip_header_make(home, sip_alert_info_class, s);
}
su_inline sip_alert_info_t *sip_alert_info_format(su_home_t *home, char const *fmt, ...)
{
  sip_header_t *h;
  va_list ap;
  va_start(ap, fmt);
  h = sip_header_vformat(home, sip_alert_info_class, fmt, ap);
  va_end(ap);
  return (sip_alert_info_t *)h;
}

/* Reply-To */
SOFIAPUBFUN issize_t sip_reply_to_d(su_home_t *, msg_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_reply_to_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
#define sip_reply_to(sip) ((sip_reply_to_t *)msg_header_access((msg_pub_t *)(sip), sip_reply_to_class))
#define SIP_REPLY_TO_INIT() SIP_HDR_INIT(reply_to)
su_inline sip_reply_to_t *sip_reply_to_init(sip_reply_to_t x[1])
{
  return SIP_HEADER_INIT(x, sip_reply_to_class, sizeof(sip_reply_to_t));
}
su_inline int sip_is_reply_to(sip_header_t const *header)
{
  return header && header->sh_class->hc_hash == sip_reply_to_hash;
}
#define sip_reply_to_p(h) sip_is_reply_to((h))
su_inline sip_reply_to_t *sip_reply_to_dup(su_home_t *home, sip_reply_to_t const *hdr)
{
  return (sip_reply_to_t *)msg_header_dup_as(home, sip_reply_to_class, (msg_header_t const *)hdr);
}
su_inline sip_reply_to_t *sip_reply_to_copy(su_home_t *home, sip_reply_to_t const *hdr)
{
  return (sip_reply_to_t *)msg_header_copy_as(home, sip_reply_to_class, (msg_header_t const *)hdr);
}
su_inline sip_reply_to_t *sip_reply_to_make(su_home_t *home, char const *s)
{
  return (sip_reply_to_t *)sip_header_make(home, sip_reply_to_class, s);
}
su_inline sip_reply_to_t *sip_reply_to_format(su_home_t *home, char const *fmt, ...)
{
  sip_header_t *h;
  va_list ap;
  va_start(ap, fmt);
  h = sip_header_vformat(home, sip_reply_to_class, fmt, ap);
  va_end(ap);
  return (sip_reply_to_t *)h;
}

/* Remote-Party-ID */
SOFIAPUBFUN issize_t sip_remote_party_id_d(su_home_t *, msg_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_remote_party_id_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
#define sip_remote_party_id(sip) ((sip_remote_party_id_t *)msg_header_access((msg_pub_t *)(sip), sip_remote_party_id_class))
#define SIP_REMOTE_PARTY_ID_INIT() SIP_HDR_INIT(remote_party_id)
su_inline sip_remote_party_id_t *sip_remote_party_id_init(sip_remote_party_id_t x[1])
{
  return SIP_HEADER_INIT(x, sip_remote_party_id_class, sizeof(sip_remote_party_id_t));
}
su_inline int sip_is_remote_party_id(sip_header_t const *header)
{
  return header && header->sh_class->hc_hash == sip_remote_party_id_hash;
}
#define sip_remote_party_id_p(h) sip_is_remote_party_id((h))
su_inline sip_remote_party_id_t *sip_remote_party_id_dup(su_home_t *home, sip_remote_party_id_t const *hdr)
{
  return (sip_remote_party_id_t *)msg_header_dup_as(home, sip_remote_party_id_class, (msg_header_t const *)hdr);
}
su_inline sip_remote_party_id_t *sip_remote_party_id_copy(su_home_t *home, sip_remote_party_id_t const *hdr)
{
  return (sip_remote_party_id_t *)msg_header_copy_as(home, sip_remote_party_id_class, (msg_header_t const *)hdr);
}
su_inline sip_remote_party_id_t *sip_remote_party_id_make(su_home_t *home, char const *s)
{
  return (sip_remote_party_id_t *)sip_header_make(home, sip_remote_party_id_class, s);
}
su_inline sip_remote_party_id_t *sip_remote_party_id_format(su_home_t *home, char const *fmt, ...)
{
  sip_header_t *h;
  va_list ap;
  va_start(ap, fmt);
  h = sip_header_vformat(home, sip_remote_party_id_class, fmt, ap);
  va_end(ap);
  return (sip_remote_party_id_t *)h;
}

/* P-Asserted-Identity */
SOFIAPUBFUN issize_t sip_p_asserted_identity_d(su_home_t *, msg_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_p_asserted_identity_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
#define sip_p_asserted_identity(sip) ((sip_p_asserted_identity_t *)msg_header_access((msg_pub_t *)(sip), sip_p_asserted_identity_class))
#define SIP_P_ASSERTED_IDENTITY_INIT() SIP_HDR_INIT(p_asserted_identity)
su_inline sip_p_asserted_identity_t *sip_p_asserted_identity_init(sip_p_asserted_identity_t x[1])
{
  return SIP_HEADER_INIT(x, sip_p_asserted_identity_class, sizeof(sip_p_asserted_identity_t));
}
su_inline int sip_is_p_asserted_identity(sip_header_t const *header)
{
  return header && header->sh_class->hc_hash == sip_p_asserted_identity_hash;
}
#define sip_p_asserted_identity_p(h) sip_is_p_asserted_identity((h))
su_inline sip_p_asserted_identity_t *sip_p_asserted_identity_dup(su_home_t *home, sip_p_asserted_identity_t const *hdr)
{
  return (sip_p_asserted_identity_t *)msg_header_dup_as(home, sip_p_asserted_identity_class, (msg_header_t const *)hdr);
}
su_inline sip_p_asserted_identity_t *sip_p_asserted_identity_copy(su_home_t *home, sip_p_asserted_identity_t const *hdr)
{
  return (sip_p_asserted_identity_t *)msg_header_copy_as(home, sip_p_asserted_identity_class, (msg_header_t const *)hdr);
}
su_inline sip_p_asserted_identity_t *sip_p_asserted_identity_make(su_home_t *home, char const *s)
{
  return (sip_p_asserted_identity_t *)sip_header_make(home, sip_p_asserted_identity_class, s);
}
su_inline sip_p_asserted_identity_t *sip_p_asserted_identity_format(su_home_t *home, char const *fmt, ...)
{
  sip_header_t *h;
  va_list ap;
  va_start(ap, fmt);
  h = sip_header_vformat(home, sip_p_asserted_identity_class, fmt, ap);
  va_end(ap);
  return (sip_p_asserted_identity_t *)h;
}

/* P-Preferred-Identity */
SOFIAPUBFUN issize_t sip_p_preferred_identity_d(su_home_t *, msg_header_t *, char *s, isize_t slen);
SOFIAPUBFUN issize_t sip_p_preferred_identity_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
#define sip_p_preferred_identity(sip) ((sip_p_preferred_identity_t *)msg_header_access((msg_pub_t *)(sip), sip_p_preferred_identity_class))
#define SIP_P_PREFERRED_IDENTITY_INIT() SIP_HDR_INIT(p_preferred_identity)
su_inline sip_p_preferred_identity_t *sip_p_preferred_identity_init(sip_p_preferred_identity_t x[1])
{
  return SIP_HEADER_INIT(x, sip_p_preferred_identity_class, sizeof(sip_p_preferred_identity_t));
}
su_inline int sip_is_p_preferred_identity(sip_header_t const *header)
{
  return header && header->sh_class->hc_hash == sip_p_preferred_identity_hash;
}
#define sip_p_preferred_identity_p(h) sip_is_p_preferred_identity((h))
su_inline sip_p_preferred_identity_t *sip_p_preferred_identity_dup(su_home_t *home, sip_p_preferred_identity_t const *hdr)
{
  return (sip_p_preferred_identity_t *)msg_header_dup_as(home, sip_p_preferred_identity_class, (msg_header_t const *)hdr);
}
su_inline sip_p_preferred_identity_t *sip_p_preferred_identity_copy(su_home_t *home, sip_p_preferred_identity_t const *hdr)
{
  return (sip_p_preferred_identity_t *)msg_header_copy_as(home, sip_p_preferred_identity_class, (msg_header_t const *)hdr);
}
su_inline sip_p_preferred_identity_t *sip_p_preferred_identity_make(su_home_t *home, char const *s)
{
  return (sip_p_preferred_identity_t *)sip_header_make(home, sip_p_preferred_identity_class, s);
}
su_inline sip_p_preferred_identity_t *sip_p_preferred_identity_format(su_home_t *home, char const *fmt, ...)
{
  sip_header_t *h;
  va_list ap;
  va_start(ap, fmt);
  h = sip_header_vformat(home, sip_p_preferred_identity_class, fmt, ap);
  va_end(ap);
  return (sip_p_preferred_identity_t *)h;
}

SOFIA_END_DECLS

#endif
