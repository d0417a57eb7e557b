/* sofia-rs: memory homes.
 *
 * A home owns every block allocated from it; freeing (or unreferencing) the home frees
 * them all. Objects that start with a home (handles, messages) are reference counted
 * through it. A zero-initialised home (SU_HOME_INIT) is ready to use. */
#ifndef SU_ALLOC_H
#define SU_ALLOC_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif
#include <stdarg.h>

SOFIA_BEGIN_DECLS

#ifndef SU_HOME_T
#define SU_HOME_T struct su_home_s
#endif

typedef SU_HOME_T su_home_t;
typedef struct su_block_s su_block_t;
typedef struct su_alock su_alock_t;

struct su_home_s {
  int         suh_size;    /* size of the object the home starts */
  su_block_t *suh_blocks;  /* block table, created on first use */
  su_alock_t *suh_lock;    /* non-NULL once the home is thread-safe */
};

#define SU_HOME_INIT(obj) { 0, NULL, NULL }

/* Room for a home of n bytes made with su_home_auto(), in units of su_home_t. */
#define SU_HOME_AUTO_SIZE(n) \
  (((n) + sizeof(su_home_t) + 8 * sizeof(void *) * 8) / sizeof(su_home_t))

SOFIAPUBFUN void *su_home_new(isize_t size) __attribute__((__malloc__));
SOFIAPUBFUN void *su_home_ref(su_home_t const *);
SOFIAPUBFUN int su_home_unref(su_home_t *);
SOFIAPUBFUN size_t su_home_refcount(su_home_t *home);
SOFIAPUBFUN int su_home_destructor(su_home_t *, void (*)(void *));
SOFIAPUBFUN int su_home_desctructor(su_home_t *, void (*)(void *));
#ifndef su_home_desctructor
#define su_home_desctructor(home, destructor) su_home_destructor((home), (destructor))
#endif
SOFIAPUBFUN void *su_home_clone(su_home_t *parent, isize_t size) __attribute__((__malloc__));
SOFIAPUBFUN int su_home_init(su_home_t *h);
SOFIAPUBFUN void su_home_deinit(su_home_t *h);
SOFIAPUBFUN void su_home_preload(su_home_t *h, isize_t n, isize_t size);
SOFIAPUBFUN su_home_t *su_home_auto(void *area, isize_t size);
SOFIAPUBFUN int su_home_move(su_home_t *dst, su_home_t *src);
SOFIAPUBFUN int su_home_threadsafe(su_home_t *home);
SOFIAPUBFUN int su_home_has_parent(su_home_t const *home);
SOFIAPUBFUN su_home_t *su_home_parent(su_home_t const *home);
SOFIAPUBFUN void su_home_check(su_home_t const *home);
SOFIAPUBFUN int su_home_check_alloc(su_home_t const *home, void const *data);
SOFIAPUBFUN int su_home_mutex_lock(su_home_t *home);
SOFIAPUBFUN int su_home_mutex_unlock(su_home_t *home);
SOFIAPUBFUN int su_home_lock(su_home_t *home);
SOFIAPUBFUN int su_home_trylock(su_home_t *home);
SOFIAPUBFUN int su_home_unlock(su_home_t *home);
SOFIAPUBFUN int su_home_is_threadsafe(su_home_t const *home);

SOFIAPUBFUN void *su_alloc(su_home_t *h, isize_t size) __attribute__((__malloc__));
SOFIAPUBFUN void *su_zalloc(su_home_t *h, isize_t size) __attribute__((__malloc__));
SOFIAPUBFUN void *su_salloc(su_home_t *h, isize_t size) __attribute__((__malloc__));
SOFIAPUBFUN void *su_realloc(su_home_t *h, void *data, isize_t size) __attribute__((__malloc__));
SOFIAPUBFUN int su_in_home(su_home_t *h, void const *data);
SOFIAPUBFUN void su_free(su_home_t *h, void *);

SOFIAPUBFUN char *su_strdup(su_home_t *home, char const *s) __attribute__((__malloc__));
SOFIAPUBFUN char *su_strcat(su_home_t *home, char const *s1, char const *s2) __attribute__((__malloc__));
SOFIAPUBFUN char *su_strndup(su_home_t *home, char const *s, isize_t n) __attribute__((__malloc__));
SOFIAPUBFUN char *su_strcat_all(su_home_t *home, ...) __attribute__((__malloc__, __sentinel__(0)));
SOFIAPUBFUN char *su_sprintf(su_home_t *home, char const *fmt, ...)
  __attribute__((__malloc__, __format__(printf, 2, 3)));
SOFIAPUBFUN char *su_vsprintf(su_home_t *home, char const *fmt, va_list ap) __attribute__((__malloc__));

/* Deprecated */
SOFIAPUBFUN su_home_t *su_home_create(void) __attribute__((__malloc__));
SOFIAPUBFUN void su_home_destroy(su_home_t *h);
#define su_home_zap(h) su_home_unref((h))

SOFIA_END_DECLS

#endif /* SU_ALLOC_H */
