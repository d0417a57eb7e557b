/* sofia-rs: tag classes, for code that defines its own tags. */
#ifndef SU_TAG_CLASS_H
#define SU_TAG_CLASS_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif

SOFIA_BEGIN_DECLS

#ifndef TAG_NAMESPACE
#define TAG_NAMESPACE ""
#endif

/* A tag object named t of class type##_tag_class in the current TAG_NAMESPACE. */
#define TAG_TYPEDEF(t, type) {{ TAG_NAMESPACE, #t, type ## _tag_class, 0 }}

#define INTTAG_TYPEDEF(t)    TAG_TYPEDEF(t, int)
#define UINTTAG_TYPEDEF(t)   TAG_TYPEDEF(t, uint)
#define USIZETAG_TYPEDEF(t)  TAG_TYPEDEF(t, usize)
#define SIZETAG_TYPEDEF(t)   TAG_TYPEDEF(t, size)
#define BOOLTAG_TYPEDEF(t)   TAG_TYPEDEF(t, bool)
#define PTRTAG_TYPEDEF(t)    TAG_TYPEDEF(t, ptr)
#define SOCKETTAG_TYPEDEF(t) TAG_TYPEDEF(t, socket)
#define CSTRTAG_TYPEDEF(t)   TAG_TYPEDEF(t, cstr)
#define STRTAG_TYPEDEF(t)    TAG_TYPEDEF(t, str)
#define NSTAG_TYPEDEF(t)     TAG_TYPEDEF(t, ns)

/* The reference twin of a tag: REF tags carry the address of a variable. */
#define REFTAG_TYPEDEF(tag) {{ TAG_NAMESPACE, #tag "_ref", ref_tag_class, (tag_value_t)tag }}

struct tag_class_s {
  int             tc_size;
  tagi_t const *(*tc_next)(tagi_t const *t);
  size_t        (*tc_len)(tagi_t const *t);
  tagi_t       *(*tc_move)(tagi_t *dst, tagi_t const *src);
  size_t        (*tc_xtra)(tagi_t const *t, size_t offset);
  tagi_t       *(*tc_dup)(tagi_t *dst, tagi_t const *src, void **b);
  tagi_t       *(*tc_free)(tagi_t *t);
  tagi_t const *(*tc_find)(tag_type_t t, tagi_t const lst[]);
  int           (*tc_snprintf)(tagi_t const *t, char b[], size_t size);
  tagi_t       *(*tc_filter)(tagi_t *dst, tagi_t const f[], tagi_t const *src, void **bb);
  int           (*tc_ref_set)(tag_type_t tt, void *ref, tagi_t const value[]);
  int           (*tc_scan)(tag_type_t tt, su_home_t *home, char const *str, tag_value_t *return_value);
};

SOFIAPUBVAR tag_class_t null_tag_class[];
SOFIAPUBVAR tag_class_t end_tag_class[];
SOFIAPUBVAR tag_class_t skip_tag_class[];
SOFIAPUBVAR tag_class_t next_tag_class[];
SOFIAPUBVAR tag_class_t any_tag_class[];
SOFIAPUBVAR tag_class_t filter_tag_class[];
SOFIAPUBVAR tag_class_t int_tag_class[];
SOFIAPUBVAR tag_class_t uint_tag_class[];
SOFIAPUBVAR tag_class_t usize_tag_class[];
SOFIAPUBVAR tag_class_t size_tag_class[];
SOFIAPUBVAR tag_class_t bool_tag_class[];
SOFIAPUBVAR tag_class_t ptr_tag_class[];
SOFIAPUBVAR tag_class_t socket_tag_class[];
SOFIAPUBVAR tag_class_t cstr_tag_class[];
SOFIAPUBVAR tag_class_t str_tag_class[];
SOFIAPUBVAR tag_class_t ns_tag_class[];
SOFIAPUBVAR tag_class_t ref_tag_class[];

SOFIAPUBFUN tagi_t *t_filter(tagi_t *, tagi_t const [], tagi_t const *, void **);
SOFIAPUBFUN tagi_t *t_null_filter(tagi_t *dst, tagi_t const filter[], tagi_t const *src, void **bb);
SOFIAPUBFUN tagi_t *t_end_filter(tagi_t *, tagi_t const [], tagi_t const *, void **);

SOFIAPUBFUN int t_ptr_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN int t_ptr_ref_set(tag_type_t tt, void *ref, tagi_t const value[]);
SOFIAPUBFUN int t_ptr_scan(tag_type_t, su_home_t *, char const *, tag_value_t *return_value);

SOFIAPUBFUN int t_bool_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN int t_bool_ref_set(tag_type_t tt, void *ref, tagi_t const value[]);
SOFIAPUBFUN int t_bool_scan(tag_type_t, su_home_t *, char const *, tag_value_t *return_value);

SOFIAPUBFUN int t_int_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN int t_int_ref_set(tag_type_t tt, void *ref, tagi_t const value[]);
SOFIAPUBFUN int t_int_scan(tag_type_t, su_home_t *, char const *, tag_value_t *return_value);

SOFIAPUBFUN int t_uint_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN int t_uint_ref_set(tag_type_t tt, void *ref, tagi_t const value[]);
SOFIAPUBFUN int t_uint_scan(tag_type_t, su_home_t *, char const *, tag_value_t *return_value);

SOFIAPUBFUN int t_socket_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN int t_socket_ref_set(tag_type_t tt, void *ref, tagi_t const value[]);

SOFIAPUBFUN tagi_t *t_str_dup(tagi_t *dst, tagi_t const *src, void **b);
SOFIAPUBFUN size_t t_str_xtra(tagi_t const *t, size_t offset);
SOFIAPUBFUN int t_str_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN int t_str_scan(tag_type_t, su_home_t *, char const *, tag_value_t *return_value);

SOFIA_END_DECLS

#endif /* SU_TAG_CLASS_H */
