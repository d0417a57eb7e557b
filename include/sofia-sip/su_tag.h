/* sofia-rs: tag lists.
 *
 * A tag list is an array of (tag, value) items ending with a NULL tag. Tags are exported
 * objects compared by address; their class says how to copy, print and compare values.
 * Lists may jump into other arrays (TAG_NEXT) and contain ignored items (TAG_SKIP). */
#ifndef SU_TAG_H
#define SU_TAG_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif

SOFIA_BEGIN_DECLS

typedef struct tag_type_s const *tag_type_t;
typedef intptr_t tag_value_t;

/* The argument list of every tag-taking function. */
#define TAG_LIST tag_type_t tag, tag_value_t value, ...

typedef struct {
  tag_type_t  t_tag;
  tag_value_t t_value;
} tagi_t;

typedef struct tag_class_s const tag_class_t;

struct tag_type_s {
  char const  *tt_ns;     /* namespace, e.g. "nua" */
  char const  *tt_name;   /* name, e.g. "url" */
  tag_class_t *tt_class;  /* how values of this tag behave */
  tag_value_t  tt_magic;  /* class data (header class, base tag of a REF tag, ...) */
};

typedef struct tag_type_s const tag_typedef_t[1];

SOFIAPUBVAR tag_typedef_t tag_null;   /* end of list */
SOFIAPUBVAR tag_typedef_t tag_skip;   /* ignored item */
SOFIAPUBVAR tag_typedef_t tag_next;   /* continue in the list given as value */
SOFIAPUBVAR tag_typedef_t tag_any;    /* filter: every item */
SOFIAPUBVAR tag_typedef_t tag_filter; /* filter: items a callback accepts */

typedef int tag_filter_f(tagi_t const *filter, tagi_t const *dest);

#define TAG_NULL()       (tag_type_t)0, (tag_value_t)0
#define TAG_END()        (tag_type_t)0, (tag_value_t)0
#define TAG_SKIP(x)      tag_skip, (tag_value_t)(x)
#define TAG_NEXT(next)   tag_next, (tag_value_t)(next)
#define TAG_ANY()        tag_any, (tag_value_t)0
/* The condition selects the tag only; the value is always passed. */
#define TAG_IF(condition, item) !(condition) ? tag_skip : item
#define TAG_FILTER(function) tag_filter, tag_filter_v(function)

SOFIAPUBFUN int t_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN int t_scan(tag_type_t tt, su_home_t *home, char const *s, tag_value_t *return_value);

SOFIAPUBFUN tagi_t *tl_tlist(su_home_t *, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN size_t tl_tmove(tagi_t *dst, size_t, tag_type_t, tag_value_t, ...);
SOFIAPUBFUN int tl_gets(tagi_t const lst[], tag_type_t, tag_value_t, ...);
SOFIAPUBFUN int tl_tgets(tagi_t lst[], tag_type_t, tag_value_t, ...);
SOFIAPUBFUN tagi_t *tl_tfilter(su_home_t *, tagi_t const lst[], tag_type_t, tag_value_t, ...);
SOFIAPUBFUN int tl_tremove(tagi_t lst[], tag_type_t, tag_value_t, ...);

SOFIAPUBFUN size_t tl_len(tagi_t const lst[]);
SOFIAPUBFUN size_t tl_vllen(tag_type_t tag, tag_value_t value, va_list ap);
SOFIAPUBFUN size_t tl_xtra(tagi_t const lst[], size_t offset);
SOFIAPUBFUN tagi_t *tl_next(tagi_t const *lst);
SOFIAPUBFUN tagi_t *tl_move(tagi_t *dst, tagi_t const src[]);
SOFIAPUBFUN tagi_t *tl_dup(tagi_t dst[], tagi_t const lst[], void **bb);
SOFIAPUBFUN tagi_t *tl_adup(su_home_t *, tagi_t const lst[]);
SOFIAPUBFUN void tl_free(tagi_t list[]);

SOFIAPUBFUN tagi_t *tl_find(tagi_t const lst[], tag_type_t tt);
SOFIAPUBFUN tagi_t *tl_find_last(tagi_t const lst[], tag_type_t tt);
SOFIAPUBFUN tagi_t *tl_filter(tagi_t *, tagi_t const filter[], tagi_t const lst[], void **b);
SOFIAPUBFUN tagi_t *tl_afilter(su_home_t *, tagi_t const filter[], tagi_t const lst[]);
SOFIAPUBFUN tagi_t *tl_filtered_tlist(su_home_t *home, tagi_t const filter[], tag_type_t, tag_value_t, ...);

/* Lists in malloc()ed memory, released with tl_vfree(). */
SOFIAPUBFUN size_t tl_vlen(va_list ap);
SOFIAPUBFUN tagi_t *tl_list(tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN tagi_t *tl_vlist2(tag_type_t tag, tag_value_t value, va_list ap);
SOFIAPUBFUN tagi_t *tl_vlist(va_list ap);
SOFIAPUBFUN tagi_t *tl_llist(tag_type_t tag, tag_value_t value, ...);
SOFIAPUBFUN tagi_t *tl_vllist(tag_type_t tag, tag_value_t value, va_list ap);
SOFIAPUBFUN void tl_vfree(tagi_t *t);

/* Bytes needed to align x to a pointer boundary. */
#define SU_ALIGN(x) \
  ((sizeof(void *) - ((intptr_t)(x) & (sizeof(void *) - 1))) & (sizeof(void *) - 1))

/* Value casts used by the tag macros. */
su_inline tag_value_t tag_int_v(int v) { return (tag_value_t)v; }
su_inline tag_value_t tag_int_vr(int *vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_uint_v(unsigned v) { return (tag_value_t)v; }
su_inline tag_value_t tag_uint_vr(unsigned *vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_usize_v(usize_t v) { return (tag_value_t)v; }
su_inline tag_value_t tag_usize_vr(usize_t *vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_size_v(size_t v) { return (tag_value_t)v; }
su_inline tag_value_t tag_size_vr(size_t *vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_bool_v(int v) { return v != 0; }
su_inline tag_value_t tag_bool_vr(int *vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_ptr_v(void *v) { return (tag_value_t)v; }
su_inline tag_value_t tag_ptr_vr(void *vp, void *v) { (void)v; return (tag_value_t)vp; }
su_inline tag_value_t tag_cptr_v(void const *v) { return (tag_value_t)v; }
su_inline tag_value_t tag_cptr_vr(void *vp, void const *v) { (void)v; return (tag_value_t)vp; }
su_inline tag_value_t tag_cstr_v(char const *v) { return (tag_value_t)v; }
su_inline tag_value_t tag_cstr_vr(char const **vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_str_v(char const *v) { return (tag_value_t)v; }
su_inline tag_value_t tag_str_vr(char const **vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_socket_v(int v) { return (tag_value_t)v; }
su_inline tag_value_t tag_socket_vr(int *vp) { return (tag_value_t)vp; }
su_inline tag_value_t tag_filter_v(tag_filter_f *v) { return (tag_value_t)v; }

SOFIA_END_DECLS

#endif /* SU_TAG_H */
