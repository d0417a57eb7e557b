/* sofia-rs: helpers for writing message parsers and printers (Sofia-SIP's
 * <sofia-sip/msg_parser.h>).
 *
 * sofia-rs parses and prints every SIP header itself; Sofia's generic building blocks for
 * new header classes (msg_generic_d, msg_list_e, msg_*_dup_one, MSG_HEADER_CLASS, ...)
 * are not exported by our library and are not declared here.  What is here needs nothing
 * from the library: the encoding macros, the parameter-list sizing helpers and the header
 * data accessor.  FreeSWITCH's mod_sofia includes this header. */
#ifndef MSG_PARSER_H
/** Defined when <sofia-sip/msg_parser.h> has been included. */
#define MSG_PARSER_H

#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif
#ifndef MSG_HEADER_H
#include <sofia-sip/msg_header.h>
#endif
#ifndef BNF_H
#include <sofia-sip/bnf.h>
#endif
#ifndef URL_H
#include <sofia-sip/url.h>
#endif
#ifndef SOFIA_SIP_SU_STRING_H
#include <sofia-sip/su_string.h>
#endif
#include <string.h>
#include <strings.h>

SOFIA_BEGIN_DECLS

/* Kinds of header classes whose headers a message must understand. */
#define msg_kind_single_critical msg_kind_single, 1
#define msg_kind_list_critical   msg_kind_list, 1

/** The encoded text stored right after a header structure. */
#define MSG_HEADER_DATA(h) ((char *)(h) + (h)->sh_class->hc_size)
/** True when h is a header with a class. */
#define MSG_HEADER_TEST(h) ((h) && (h)->sh_class)

/* Encoding into a buffer [p, e): each macro advances p even past e, so that the caller
 * learns the size it would have needed. */
#define MSG_TERM_E(p, e) ((p) < (e) ? (*(p) = '\0') : '\0')
#define MSG_CHAR_E(p, e, c) (((p) += 1) < (e) ? (*((p) - 1) = (c)) : (c))
#define MSG_STRING_LEN(s, sep_size) ((s) ? (strlen(s) + (sep_size)) : 0)
#define MSG_STRING_E(p, e, s) do {                              \
    size_t msg_string_e_n_ = strlen(s);                         \
    if ((p) + msg_string_e_n_ + 1 < (e))                        \
      memcpy((p), (s), msg_string_e_n_ + 1);                    \
    (p) += msg_string_e_n_;                                     \
  } while (0)
/** Copy the string s to p (NUL included), point d at the copy and move p past it;
 * d becomes NULL when s is NULL. */
#define MSG_STRING_DUP(p, d, s)                                         \
  (void)((s) ? ((d) = (char *)(p),                                      \
                (p) = (char *)memcpy((void *)(p), (s), strlen(s) + 1)   \
                      + strlen(s) + 1)                                  \
             : ((d) = NULL))
/** Bytes a copy of s needs (NUL included). */
#define MSG_STRING_SIZE(s) ((s) ? (strlen(s) + 1) : 0)

/** Slots allocated for a parameter list of n items (whole steps of MSG_N_PARAMS). */
#define MSG_PARAMS_NUM(n) (((n) + MSG_N_PARAMS - 1) & (size_t)(0 - MSG_N_PARAMS))

/** Number of parameters in a NULL-terminated list (0 for NULL). */
su_inline isize_t msg_params_count(msg_param_t const params[])
{
  isize_t n = 0;
  if (params)
    while (params[n])
      n++;
  return n;
}

/** offset plus the bytes a copy of the parameter list needs (array and strings). */
su_inline isize_t msg_params_dup_xtra(msg_param_t const params[], isize_t offset)
{
  isize_t i, n = msg_params_count(params);
  if (n == 0)
    return offset;
  MSG_STRUCT_SIZE_ALIGN(offset);
  offset += MSG_PARAMS_NUM(n + 1) * sizeof(params[0]);
  for (i = 0; i < n; i++)
    offset += strlen(params[i]) + 1;
  return offset;
}

/** The encoded text after a fragment's structure, or NULL. */
su_inline void *msg_header_data(msg_frg_t *h)
{
  if (h && h->h_class)
    return (char *)h + h->h_class->hc_size;
  return NULL;
}

#define MSG_PARAMS_SIZE(rv, params) ((rv) = msg_params_dup_xtra((params), (rv)))

/** Copies parameter list @a s into buffer @a b (@a xtra bytes, see msg_params_dup_xtra()). */
SOFIAPUBFUN char *msg_params_dup(msg_param_t const **d, msg_param_t const *s, char *b, isize_t xtra);
/** Appends list @a src to @a *dst (prune: 0, 1 keep all; 2 drops items already there
 * ignoring case, 3 exactly equal ones); @a dup copies the added strings. */
SOFIAPUBFUN issize_t msg_params_join(su_home_t *, msg_param_t **dst, msg_param_t const *src,
                                     unsigned prune, int dup);

/** If the parameter s is name=value (name a string literal, case ignored), point v at the
 * value and yield it; else yield NULL. */
#define MSG_PARAM_MATCH(v, s, name) \
  (strncasecmp((s), name "=", sizeof(name)) == 0 ? ((v) = (s) + sizeof(name)) : NULL)
/** If the parameter s is name or name=value, set v to 1 and yield 1; else yield 0. */
#define MSG_PARAM_MATCH_P(v, s, name)                                   \
  ((strncasecmp((s), name, sizeof(name) - 1) == 0 &&                    \
    ((s)[sizeof(name) - 1] == '=' || (s)[sizeof(name) - 1] == '\0'))    \
   ? ((v) = 1) : 0)

/* Slot functions of the generic header structs (msg_parse_f, msg_print_f, msg_xtra_f,
 * msg_dup_f): msg_generic_t, msg_numeric_t, msg_list_t, msg_auth_t, the body, the
 * separator, unknown and erroneous headers. */
SOFIAPUBFUN issize_t msg_numeric_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_numeric_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_list_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_list_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_generic_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_generic_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_payload_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_payload_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_separator_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_separator_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_auth_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_auth_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN isize_t msg_default_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_default_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_list_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_list_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_generic_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_generic_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_unknown_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_unknown_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_error_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_error_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_payload_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_payload_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
SOFIAPUBFUN isize_t msg_auth_dup_xtra(msg_header_t const *h, isize_t offset);
SOFIAPUBFUN char *msg_auth_dup_one(msg_header_t *dst, msg_header_t const *src, char *b, isize_t xtra);
/** Sets the fields derived from the parameters of @a h again. */
SOFIAPUBFUN int msg_header_update_params(msg_common_t *h, int clear);

/* Token parsers working in place on the text (NULs written after what they take) and
 * small encoders. */
SOFIAPUBFUN int msg_firstline_d(char *s, char **ss2, char **ss3);
SOFIAPUBFUN issize_t msg_token_d(char **ss, char const **return_token);
SOFIAPUBFUN issize_t msg_uint32_d(char **ss, uint32_t *return_value);
SOFIAPUBFUN issize_t msg_comment_d(char **ss, char const **return_comment);
SOFIAPUBFUN issize_t msg_quoted_d(char **ss, char **return_unquoted);
SOFIAPUBFUN issize_t msg_unquoted_e(char *b, isize_t bsiz, char const *s);
SOFIAPUBFUN isize_t msg_params_e(char b[], isize_t bsiz, msg_param_t const pparams[]);

SOFIA_END_DECLS

#endif /* MSG_PARSER_H */
