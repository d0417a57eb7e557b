/* sofia-rs: MIME headers and multipart bodies (types). */
#ifndef MSG_MIME_H
#define MSG_MIME_H

#ifndef URL_H
#include <sofia-sip/url.h>
#endif
#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif
#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif

SOFIA_BEGIN_DECLS

typedef struct msg_accept_any_s     msg_accept_any_t;
typedef struct msg_accept_s         msg_accept_t;
typedef msg_accept_any_t            msg_accept_charset_t;
typedef msg_accept_any_t            msg_accept_encoding_t;
typedef msg_accept_any_t            msg_accept_language_t;
typedef struct msg_content_disposition_s msg_content_disposition_t;
typedef msg_list_t                  msg_content_encoding_t;
typedef msg_generic_t               msg_content_id_t;
typedef struct msg_content_length_s msg_content_length_t;
typedef msg_generic_t               msg_content_location_t;
typedef msg_list_t                  msg_content_language_t;
typedef msg_generic_t               msg_content_md5_t;
typedef msg_generic_t               msg_content_transfer_encoding_t;
typedef struct msg_content_type_s   msg_content_type_t;
typedef msg_generic_t               msg_mime_version_t;
typedef struct msg_warning_s        msg_warning_t;
typedef struct msg_multipart_s      msg_multipart_t;

/** Accept: a media range with parameters. */
struct msg_accept_s {
  msg_common_t        ac_common[1];
  msg_accept_t       *ac_next;
  char const         *ac_type;     /* "type/subtype" */
  char const         *ac_subtype;  /* just after the slash of ac_type */
  msg_param_t const  *ac_params;
  char const         *ac_q;        /* value of the q parameter */
};

/** Accept-Encoding, Accept-Language, Accept-Charset: a token with parameters. */
struct msg_accept_any_s {
  msg_common_t        aa_common[1];
  msg_accept_any_t   *aa_next;
  char const         *aa_value;
  msg_param_t const  *aa_params;
  char const         *aa_q;
};

/** Content-Disposition. */
struct msg_content_disposition_s {
  msg_common_t       cd_common[1];
  msg_error_t       *cd_next;
  char const        *cd_type;
  msg_param_t const *cd_params;
  char const        *cd_handling;   /* value of the handling parameter */
  unsigned           cd_required:1; /* handling=required */
  unsigned           cd_optional:1; /* handling=optional */
  unsigned           :0;
};

/** Content-Length of generic MIME messages. */
struct msg_content_length_s {
  msg_common_t   l_common[1];
  msg_error_t   *l_next;
  unsigned long  l_length;
};

/** Content-Type. */
struct msg_content_type_s {
  msg_common_t        c_common[1];
  msg_error_t        *c_next;
  char const         *c_type;      /* "type/subtype" */
  char const         *c_subtype;   /* just after the slash of c_type */
  msg_param_t const  *c_params;
};

/** Warning. */
struct msg_warning_s {
  msg_common_t        w_common[1];
  msg_warning_t      *w_next;
  unsigned            w_code;
  char const         *w_host;
  char const         *w_port;
  char const         *w_text;
};

/** One part of a multipart body, with its own MIME headers. */
struct msg_multipart_s {
  msg_common_t            mp_common[1];
  msg_multipart_t        *mp_next;
  char                   *mp_data;     /* boundary line */
  unsigned                mp_len;
  unsigned                mp_flags;
  msg_error_t            *mp_error;
  msg_content_type_t     *mp_content_type;
  msg_content_disposition_t *mp_content_disposition;
  msg_content_location_t *mp_content_location;
  msg_content_id_t       *mp_content_id;
  msg_content_language_t *mp_content_language;
  msg_content_encoding_t *mp_content_encoding;
  msg_content_transfer_encoding_t *mp_content_transfer_encoding;
  msg_unknown_t          *mp_unknown;
  msg_separator_t        *mp_separator;
  msg_payload_t          *mp_payload;
  msg_multipart_t        *mp_multipart;
  msg_payload_t          *mp_close_delim;
};

SOFIAPUBFUN msg_multipart_t *msg_multipart_create(su_home_t *home,
                                                  char const *content_type,
                                                  void const *data,
                                                  isize_t dlen);
SOFIAPUBFUN msg_multipart_t *msg_multipart_parse(su_home_t *home,
                                                 msg_content_type_t const *c,
                                                 msg_payload_t *pl);
SOFIAPUBFUN int msg_multipart_complete(su_home_t *home,
                                       msg_content_type_t *c,
                                       msg_multipart_t *mp);
SOFIAPUBFUN msg_header_t *msg_multipart_serialize(msg_header_t **head0,
                                                  msg_multipart_t *mp);
SOFIAPUBFUN issize_t msg_multipart_prepare(msg_t *msg,
                                           msg_multipart_t *mp,
                                           int flags);

/** A q-value ("0.5") in thousandths, 0..1000 (500 for NULL or garbage). */
SOFIAPUBFUN unsigned msg_q_value(char const *q);

/* Slot functions of the MIME header structs (msg_mime_protos.h in Sofia). */
SOFIAPUBFUN issize_t msg_accept_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_accept_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_accept_charset_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_accept_charset_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_accept_encoding_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_accept_encoding_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_accept_language_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_accept_language_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_content_disposition_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_content_disposition_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_content_encoding_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_content_encoding_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_content_language_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_content_language_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_content_type_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_content_type_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_mime_version_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_mime_version_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_warning_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_warning_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN isize_t msg_accept_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_accept_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_accept_any_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_accept_any_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_content_disposition_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_content_disposition_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_content_type_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_content_type_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_warning_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_warning_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN int msg_accept_update(msg_common_t *, char const *name, isize_t namelen, char const *value);
SOFIAPUBFUN int msg_accept_any_update(msg_common_t *, char const *name, isize_t namelen, char const *value);
SOFIAPUBFUN int msg_content_disposition_update(msg_common_t *, char const *name, isize_t namelen, char const *value);

/* Header classes of the MIME headers (the same kinds as the SIP classes of the same
 * name; Accept-Charset, Content-ID, Content-Location, Content-MD5 and
 * Content-Transfer-Encoding have none here). */
SOFIAPUBVAR msg_hclass_t msg_accept_class[];
SOFIAPUBVAR msg_hclass_t msg_accept_encoding_class[];
SOFIAPUBVAR msg_hclass_t msg_accept_language_class[];
SOFIAPUBVAR msg_hclass_t msg_content_disposition_class[];
SOFIAPUBVAR msg_hclass_t msg_content_encoding_class[];
SOFIAPUBVAR msg_hclass_t msg_content_language_class[];
SOFIAPUBVAR msg_hclass_t msg_content_length_class[];
SOFIAPUBVAR msg_hclass_t msg_content_type_class[];
SOFIAPUBVAR msg_hclass_t msg_mime_version_class[];
SOFIAPUBVAR msg_hclass_t msg_warning_class[];
SOFIAPUBVAR char const msg_mime_version_1_0[];

/** A Content-Length header of @a n. */
SOFIAPUBFUN msg_content_length_t *msg_content_length_create(su_home_t *, uint32_t n);

SOFIA_END_DECLS

#endif /* MSG_MIME_H */
