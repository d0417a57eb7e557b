/* sofia-rs: generic header and parameter-list functions (Sofia-SIP's msg_header.h).
 *
 * So far this header declares the functions that need no msg_t: parameter lists,
 * quoted strings and string hashing. The header-object functions (msg_header_make(),
 * msg_header_copy(), ...) will follow here with the message layer. */
#ifndef MSG_HEADER_H
#define MSG_HEADER_H

#include <stdarg.h>
#include <string.h>

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif
#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif
#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif
#ifndef URL_H
#include <sofia-sip/url.h>
#endif

SOFIA_BEGIN_DECLS

/** The value of the parameter named @a name ("name" or "name=..."): a pointer into the
 * item, to "" when it has no value; NULL when absent. */
SOFIAPUBFUN msg_param_t msg_params_find(msg_param_t const pp[],
                                        char const *name);
/** The slot of the list holding the parameter, or NULL. */
SOFIAPUBFUN msg_param_t *msg_params_find_slot(msg_param_t [],
                                              char const *name);
/** Append a parameter (not copied); 0 or -1. */
SOFIAPUBFUN int msg_params_add(su_home_t *sh,
                               msg_param_t **pp,
                               char const *param);
/** Compare two lists: names without case, values with it. */
SOFIAPUBFUN int msg_params_cmp(char const * const a[],
                               char const * const b[]);
/** Replace the parameter of the same name (1) or append it (0); -1 on error. */
SOFIAPUBFUN int msg_params_replace(su_home_t *,
                                   char const * **inout_paramlist,
                                   char const *);
/** Remove the parameter of that name: 1 removed, 0 absent, -1 error. */
SOFIAPUBFUN int msg_params_remove(char const **paramlist,
                                  char const *name);
/** Number of items of a list (0 for NULL). */
SOFIAPUBFUN size_t msg_params_length(char const * const * params);

/** Copy of a quoted string's contents, escapes resolved, allocated from @a home. */
SOFIAPUBFUN char *msg_unquote_dup(su_home_t *home, char const *q)
     __attribute__((__malloc__));

/** Unquote @a s into @a dst (may be @a s); @a dst, or NULL if @a s is not quoted. */
SOFIAPUBFUN char *msg_unquote(char *dst, char const *s);

/** A hash of a string. */
SOFIAPUBFUN unsigned long msg_hash_string(char const *id);
/** A token of at most @a tlen characters (5 bits each) from @a dlen bytes of @a d, or
 * random when @a d is NULL and @a dlen 0; returns its length. */
SOFIAPUBFUN issize_t msg_random_token(char token[], isize_t tlen, void const *d, isize_t dlen);

/* Align pointer p to a multiple of t (a power of 2). */
#define MSG_ALIGN(p, t) (((uintptr_t)(p) + (t) - 1) & (0 - (uintptr_t)(t)))
#define MSG_STRUCT_SIZE_ALIGN(rv) ((rv) = MSG_ALIGN(rv, sizeof(void *)))
#define MSG_STRUCT_ALIGN(p) ((p) = (void*)MSG_ALIGN(p, sizeof(void *)))

enum {
  msg_n_params = 8	/* parameter lists grow in steps of this many items */
#define MSG_N_PARAMS msg_n_params
};

/* Headers as objects. */
SOFIAPUBFUN msg_header_t *msg_header_access(msg_pub_t const *pub, msg_hclass_t *hc);
/** Where a header (of class @a hc) is kept in the public struct; NULL if nowhere. */
SOFIAPUBFUN msg_header_t **msg_header_offset(msg_t const *, msg_pub_t const *, msg_header_t const *);
SOFIAPUBFUN msg_header_t **msg_hclass_offset(msg_mclass_t const *, msg_pub_t const *, msg_hclass_t *);
/** Bytes a copy of header @a h (without the headers after it) takes. */
SOFIAPUBFUN isize_t msg_header_size(msg_header_t const *h);
/** The message of @a mo (start line and headers in chain order) into @a b. */
SOFIAPUBFUN issize_t msg_object_e(char b[], isize_t size, msg_pub_t const *mo, int flags);
/** A header made from a whole header line "Name: value" (the class by name in the
 * message class of @a msg; unknown if it does not parse). */
SOFIAPUBFUN msg_header_t *msg_header_d(su_home_t *home, msg_t const *msg, char const *b);
SOFIAPUBFUN msg_header_t *msg_header_copy_as(su_home_t *home, msg_hclass_t *hc, msg_header_t const *o);
SOFIAPUBFUN msg_header_t *msg_header_copy(su_home_t *home, msg_header_t const *o);
SOFIAPUBFUN msg_header_t *msg_header_copy_one(su_home_t *home, msg_header_t const *o);
SOFIAPUBFUN msg_header_t *msg_header_dup_as(su_home_t *home, msg_hclass_t *hc, msg_header_t const *o);
SOFIAPUBFUN msg_header_t *msg_header_dup(su_home_t *home, msg_header_t const *h);
SOFIAPUBFUN msg_header_t *msg_header_dup_one(su_home_t *home, msg_header_t const *h);
SOFIAPUBFUN issize_t msg_header_e(char b[], isize_t bsiz, msg_header_t const *, int flags);
SOFIAPUBFUN issize_t msg_header_field_e(char b[], isize_t bsiz, msg_header_t const *, int flags);
SOFIAPUBFUN msg_header_t *msg_header_make(su_home_t *home, msg_hclass_t *hc, char const *s);
SOFIAPUBFUN msg_header_t *msg_header_format(su_home_t *home, msg_hclass_t *hc, char const *fmt, ...)
  __attribute__((__format__ (printf, 3, 4)));
SOFIAPUBFUN msg_header_t *msg_header_vformat(su_home_t *home, msg_hclass_t *hc, char const *fmt, va_list ap);
SOFIAPUBFUN void msg_header_free(su_home_t *home, msg_header_t *h);
SOFIAPUBFUN void msg_header_free_all(su_home_t *home, msg_header_t *h);
SOFIAPUBFUN int msg_header_insert(msg_t *msg, msg_pub_t *mo, msg_header_t *h);
SOFIAPUBFUN int msg_header_remove(msg_t *msg, msg_pub_t *mo, msg_header_t *h);
SOFIAPUBFUN int msg_header_remove_all(msg_t *msg, msg_pub_t *mo, msg_header_t *h);
SOFIAPUBFUN int msg_header_replace(msg_t *msg, msg_pub_t *mo, msg_header_t *old_header, msg_header_t *new_header);
SOFIAPUBFUN int msg_header_add(msg_t *msg, msg_pub_t *pub, msg_header_t **hh, msg_header_t *h);
SOFIAPUBFUN int msg_header_add_dup(msg_t *msg, msg_pub_t *pub, msg_header_t const *o);
SOFIAPUBFUN int msg_header_add_dup_as(msg_t *msg, msg_pub_t *pub, msg_hclass_t *hc, msg_header_t const *o);
SOFIAPUBFUN int msg_header_add_make(msg_t *msg, msg_pub_t *pub, msg_hclass_t *hc, char const *s);
/** Makes a header of class @a hc from printf-formatted text and adds it to the message. */
SOFIAPUBFUN int msg_header_add_format(msg_t *msg, msg_pub_t *pub, msg_hclass_t *hc, char const *fmt, ...)
  __attribute__((__format__ (printf, 4, 5)));
/** Adds header (list) @a h first in slot @a hh (and first in the fragment chain). */
SOFIAPUBFUN int msg_header_prepend(msg_t *msg, msg_pub_t *pub, msg_header_t **hh, msg_header_t *h);
SOFIAPUBFUN int msg_header_add_str(msg_t *msg, msg_pub_t *pub, char const *str);
SOFIAPUBFUN int msg_header_parse_str(msg_t *msg, msg_pub_t *pub, char *s);
SOFIAPUBFUN char const *msg_header_find_param(msg_common_t const *, char const *name);
SOFIAPUBFUN int msg_header_add_param(su_home_t *, msg_common_t *h, char const *param);
SOFIAPUBFUN int msg_header_replace_param(su_home_t *, msg_common_t *h, char const *param);
SOFIAPUBFUN int msg_header_remove_param(msg_common_t *h, char const *name);

#define MSG_HEADER_INIT(h, msg_class, size) \
  ((void)memset((h), 0, (size)), \
   (void)(((msg_common_t *)(h))->h_class = (msg_class)), \
   (h))

/** No header. */
#define MSG_HEADER_NONE ((msg_header_t *)(intptr_t)-1)

/* Headers as sets of items (k_items of list headers such as Supported or Allow);
 * items are compared exactly. */
SOFIAPUBFUN char const *msg_header_find_item(msg_common_t const *h, char const *item);
SOFIAPUBFUN int msg_header_replace_item(su_home_t *, msg_common_t *h, char const *item);
SOFIAPUBFUN int msg_header_remove_item(msg_common_t *h, char const *name);
/** Append a list of constant items to a list. */
SOFIAPUBFUN int msg_list_append_items(su_home_t *home, msg_list_t *k, msg_param_t const items[]);
/** Replace a list of constant items on a list. */
SOFIAPUBFUN int msg_list_replace_items(su_home_t *home, msg_list_t *k, msg_param_t const items[]);

SOFIAPUBFUN msg_header_t *msg_header_alloc(su_home_t *, msg_hclass_t *hc, isize_t extra);
SOFIAPUBFUN msg_payload_t *msg_payload_create(su_home_t *home, void const *data, usize_t len);
SOFIAPUBFUN msg_separator_t *msg_separator_create(su_home_t *home);

/** Forget the encoding of a header (it is printed again). */
static inline void msg_fragment_clear(msg_common_t *h)
{
  h->h_data = NULL;
  h->h_len = 0;
}

/** Where a header keeps its parameter list (NULL for a class without one). */
static inline msg_param_t **msg_header_params(msg_common_t const *h)
{
  return h && h->h_class->hc_params
    ? (msg_param_t **)((char *)h + h->h_class->hc_params) : NULL;
}

SOFIAPUBFUN void msg_fragment_clear_chain(msg_header_t *h);

SOFIAPUBFUN int msg_header_join_items(su_home_t *home, msg_common_t *dst,
                                      msg_common_t const *src, int duplicate);

/* Slot functions of unknown and erroneous headers. */
SOFIAPUBFUN issize_t msg_unknown_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_unknown_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);
SOFIAPUBFUN issize_t msg_error_d(su_home_t *, msg_header_t *h, char *s, isize_t slen);
SOFIAPUBFUN issize_t msg_error_e(char b[], isize_t bsiz, msg_header_t const *h, int flags);

/* Classes of erroneous and unknown headers, the body and the separator. */
SOFIAPUBVAR msg_hclass_t msg_error_class[];
SOFIAPUBVAR msg_hclass_t msg_unknown_class[];
SOFIAPUBVAR msg_hclass_t msg_payload_class[];
SOFIAPUBVAR msg_hclass_t msg_separator_class[];

SOFIA_END_DECLS

#endif /* !defined(MSG_HEADER_H) */
