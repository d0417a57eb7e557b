/* sofia-rs: lists of strings (Sofia-SIP's su_strlst.h).
 *
 * A list is a memory home of its own (a sub-home of the home it was created in):
 * su_strlst_home() gives it, and destroying the list frees everything allocated there.
 * su_strlst_append() stores the caller's string; su_strlst_dup_append() a copy. */
#ifndef SU_STRLST_H
#define SU_STRLST_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif
#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif

#include <stdarg.h>

SOFIA_BEGIN_DECLS

typedef struct su_strlst_s su_strlst_t;

SU_DLL su_strlst_t *su_strlst_create(su_home_t *home)
  __attribute__((__malloc__));
SU_DLL void su_strlst_destroy(su_strlst_t *);

/* Lists of the given strings (NULL-terminated arguments), shared or copied. */
SU_DLL su_strlst_t *su_strlst_create_with(su_home_t *, char const *, ...)
  __attribute__((__malloc__));
SU_DLL su_strlst_t *su_strlst_create_with_dup(su_home_t *, char const *, ...)
  __attribute__((__malloc__));
SU_DLL su_strlst_t *su_strlst_vcreate_with(su_home_t *, char const *, va_list va)
  __attribute__((__malloc__));
SU_DLL su_strlst_t *su_strlst_vcreate_with_dup(su_home_t *, char const *, va_list va)
  __attribute__((__malloc__));

/* New list with the same strings (copy) or with copies of them (dup). */
SU_DLL su_strlst_t *su_strlst_copy(su_home_t *home, su_strlst_t const *orig);
SU_DLL su_strlst_t *su_strlst_dup(su_home_t *home, su_strlst_t const *orig);

SU_DLL char *su_strlst_dup_append(su_strlst_t *, char const *str);
SU_DLL char const *su_strlst_append(su_strlst_t *, char const *str);

/* Append formatted text. */
SU_DLL char const *su_slprintf(su_strlst_t *self, char const *fmt, ...)
  __attribute__ ((__format__ (printf, 2, 3)));
SU_DLL char const *su_slvprintf(su_strlst_t *self, char const *fmt, va_list ap);

SU_DLL char const *su_strlst_item(su_strlst_t const *, usize_t i);
SU_DLL char const *su_strlst_set_item(su_strlst_t *self, usize_t i, char const *s);
SU_DLL char const *su_strlst_remove(su_strlst_t *, usize_t i);

/* All items, separated by sep, as one string allocated from home. */
SU_DLL char *su_strlst_join(su_strlst_t *s, su_home_t *home, char const *sep)
  __attribute__((__malloc__));

/* Cut s at every occurrence of the string sep: in place (split) or in a copy. */
SU_DLL su_strlst_t *su_strlst_split(su_home_t *, char *s, char const *sep)
  __attribute__((__malloc__));
SU_DLL su_strlst_t *su_strlst_dup_split(su_home_t *, char const *s, char const *sep)
  __attribute__((__malloc__));

SU_DLL usize_t su_strlst_len(su_strlst_t const *l);

/** The list's own memory home. */
su_inline su_home_t *su_strlst_home(su_strlst_t *s)
{
  return (su_home_t *)s;
}

/* A NULL-terminated array of the items, allocated from the list's home. */
SU_DLL char const **su_strlst_get_array(su_strlst_t *self)
  __attribute__((__malloc__));
SU_DLL void su_strlst_free_array(su_strlst_t *self, char const * array[]);

SOFIA_END_DECLS

#endif /* SU_STRLST_H */
