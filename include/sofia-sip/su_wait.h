/* sofia-rs: the event loop (Sofia-SIP's su_wait.h): wait objects, roots, timers, tasks,
 * clones.
 *
 * A root (su_root_t) runs in one thread; su_root_run()/su_root_step() dispatch registered
 * wait objects (descriptors), expired timers and messages posted to the root's task. */
#ifndef SU_WAIT_H
#define SU_WAIT_H

#ifndef SU_H
#include <sofia-sip/su.h>
#endif
#ifndef SU_TIME_H
#include <sofia-sip/su_time.h>
#endif

#include <poll.h>

SOFIA_BEGIN_DECLS

/* ---- wait objects: struct pollfd ------------------------------------------------- */

/** Orders two wait objects by descriptor, then by event mask. */
#define SU_WAIT_CMP(x, y) \
  (((x).fd - (y).fd) ? ((x).fd - (y).fd) : ((x).events - (y).events))

#define SU_WAIT_IN      (POLLIN)
#define SU_WAIT_OUT     (POLLOUT)
#define SU_WAIT_CONNECT (POLLOUT)
#define SU_WAIT_ERR     (POLLERR)
#define SU_WAIT_HUP     (POLLHUP)
#define SU_WAIT_ACCEPT  (POLLIN)
#define SU_WAIT_FOREVER (-1)
#define SU_WAIT_TIMEOUT (-2)
#define SU_WAIT_INIT    { INVALID_SOCKET, 0, 0 }
#define SU_WAIT_MAX     (0x7fffffff)

/** A wait object: one descriptor and the events of interest (8 bytes). */
typedef struct pollfd su_wait_t;

typedef int su_success_t;

/* ---- roots ----------------------------------------------------------------------- */

typedef struct su_root_s su_root_t;

/* The application may name the types of its callback contexts by defining these
 * macros before including this header. */
#ifndef SU_ROOT_MAGIC_T
#define SU_ROOT_MAGIC_T void
#endif
typedef SU_ROOT_MAGIC_T su_root_magic_t;

#ifndef SU_WAKEUP_ARG_T
#define SU_WAKEUP_ARG_T void
#endif
typedef SU_WAKEUP_ARG_T su_wakeup_arg_t;

/** Called when a registered wait object is signalled; the return value is ignored. */
typedef int (*su_wakeup_f)(su_root_magic_t *, su_wait_t *, su_wakeup_arg_t *arg);

/** Priorities of su_root_register() (accepted, not used). */
enum {
  su_pri_normal,
  su_pri_first,
  su_pri_realtime
};

struct _GSource;

SOFIAPUBVAR int su_root_size_hint;

#ifndef SU_PREPOLL_MAGIC_T
#define SU_PREPOLL_MAGIC_T void
#endif
typedef SU_PREPOLL_MAGIC_T su_prepoll_magic_t;
/** Called before each poll of the loop. */
typedef void su_prepoll_f(su_prepoll_magic_t *, su_root_t *);

/* ---- timers ---------------------------------------------------------------------- */

#ifdef SU_TIMER_T
#error SU_TIMER_T defined
#endif

#ifndef SU_TIMER_ARG_T
#define SU_TIMER_ARG_T void
#endif

typedef struct su_timer_s su_timer_t;
typedef SU_TIMER_ARG_T su_timer_arg_t;
typedef void (*su_timer_f)(su_root_magic_t *magic, su_timer_t *t, su_timer_arg_t *arg);

#ifndef SU_TIMER_QUEUE_T
#define SU_TIMER_QUEUE_T su_timer_t *
#endif
typedef SU_TIMER_QUEUE_T su_timer_queue_t;

/* ---- tasks ----------------------------------------------------------------------- */

typedef struct su_port_s su_port_t;
/** A task: the port (event loop) and the root it addresses. */
typedef struct { su_port_t *sut_port; su_root_t *sut_root; } _su_task_t;
typedef _su_task_t su_task_r[1];
#define SU_TASK_R_INIT  {{ NULL, NULL }}
/** Return type of functions giving a task. */
typedef _su_task_t const *_su_task_r;

/* ---- messages (types only) ------------------------------------------------------- */

#ifndef SU_MSG_ARG_T
#define SU_MSG_ARG_T void
#endif
typedef SU_MSG_ARG_T su_msg_arg_t;
typedef struct su_msg_s su_msg_t;
typedef su_msg_t *su_msg_r[1];
typedef su_msg_t * const su_msg_cr[1];
#define SU_MSG_R_INIT   { NULL }
typedef void su_msg_function(su_root_magic_t *magic, su_msg_r msg, su_msg_arg_t *arg);
typedef void su_msg_deinit_function(su_msg_arg_t *arg);
typedef su_msg_function *su_msg_f;

/* ---- clones ---------------------------------------------------------------------- */

#ifndef SU_CLONE_T
#define SU_CLONE_T struct su_clone_s
#endif
typedef SU_CLONE_T *su_clone_r[1];
#define SU_CLONE_R_INIT  {NULL}

typedef int (*su_root_init_f)(su_root_t *, su_root_magic_t *);
typedef void (*su_root_deinit_f)(su_root_t *, su_root_magic_t *);

/* ---- functions: wait objects ----------------------------------------------------- */

SOFIAPUBFUN void su_wait_init(su_wait_t dst[1]);
SOFIAPUBFUN int su_wait_create(su_wait_t *dst, su_socket_t s, int events);
SOFIAPUBFUN int su_wait_destroy(su_wait_t *dst);
SOFIAPUBFUN int su_wait(su_wait_t waits[], unsigned n, su_duration_t timeout);
SOFIAPUBFUN int su_wait_events(su_wait_t *wait, su_socket_t s);
SOFIAPUBFUN int su_wait_mask(su_wait_t *dst, su_socket_t s, int events);

su_inline su_socket_t su_wait_socket(su_wait_t *wait)
{
  return wait->fd;
}

/* ---- functions: roots ------------------------------------------------------------ */

SOFIAPUBFUN su_root_t *su_root_create(su_root_magic_t *magic)
  __attribute__((__malloc__));
SOFIAPUBFUN void su_root_destroy(su_root_t *);
SOFIAPUBFUN char const *su_root_name(su_root_t *self);
SOFIAPUBFUN int su_root_set_magic(su_root_t *self, su_root_magic_t *magic);
SOFIAPUBFUN su_root_magic_t *su_root_magic(su_root_t *root);
SOFIAPUBFUN int su_root_register(su_root_t *, su_wait_t *,
                                 su_wakeup_f, su_wakeup_arg_t *,
                                 int priority);
SOFIAPUBFUN int su_root_unregister(su_root_t *, su_wait_t *,
                                   su_wakeup_f, su_wakeup_arg_t *);
SOFIAPUBFUN int su_root_deregister(su_root_t *, int);
SOFIAPUBFUN int su_root_eventmask(su_root_t *, int index, int socket, int events);
SOFIAPUBFUN su_duration_t su_root_step(su_root_t *root, su_duration_t timeout);
SOFIAPUBFUN su_duration_t su_root_sleep(su_root_t *root, su_duration_t);
SOFIAPUBFUN int su_root_multishot(su_root_t *root, int multishot);
SOFIAPUBFUN void su_root_run(su_root_t *root);
SOFIAPUBFUN void su_root_break(su_root_t *root);
SOFIAPUBFUN _su_task_r su_root_task(su_root_t const *root);
SOFIAPUBFUN _su_task_r su_root_parent(su_root_t const *root);
SOFIAPUBFUN int su_root_add_prepoll(su_root_t *root, su_prepoll_f *, su_prepoll_magic_t *);
SOFIAPUBFUN int su_root_remove_prepoll(su_root_t *root);
SOFIAPUBFUN int su_root_yield(su_root_t *root);
SOFIAPUBFUN int su_root_has_thread(su_root_t *root);
SOFIAPUBFUN int su_root_set_max_defer(su_root_t *, su_duration_t max_defer);
SOFIAPUBFUN su_duration_t su_root_get_max_defer(su_root_t const *self);
SOFIAPUBFUN su_root_t *su_root_clone(su_root_t *root, su_root_magic_t *magic)
  __attribute__((__malloc__));

/* ---- functions: timers ----------------------------------------------------------- */

SOFIAPUBFUN su_timer_t *su_timer_create(su_task_r const, su_duration_t msec)
  __attribute__((__malloc__));
SOFIAPUBFUN void su_timer_destroy(su_timer_t *);
SOFIAPUBFUN int su_timer_is_set(su_timer_t const *t);
SOFIAPUBFUN su_time_t su_timer_latest(su_timer_t const *t);
SOFIAPUBFUN int su_timer_set(su_timer_t *, su_timer_f, su_timer_arg_t *);
SOFIAPUBFUN int su_timer_set_interval(su_timer_t *t, su_timer_f, su_timer_arg_t *,
                                      su_duration_t);
SOFIAPUBFUN int su_timer_set_at(su_timer_t *, su_timer_f, su_timer_arg_t *, su_time_t);
SOFIAPUBFUN int su_timer_run(su_timer_t *, su_timer_f, su_timer_arg_t *);
SOFIAPUBFUN int su_timer_set_for_ever(su_timer_t *, su_timer_f, su_timer_arg_t *);
SOFIAPUBFUN int su_timer_reset(su_timer_t *);
SOFIAPUBFUN su_root_t *su_timer_root(su_timer_t const *);
SOFIAPUBFUN int su_timer_deferrable(su_timer_t *t, int value);

/* ---- functions: tasks ------------------------------------------------------------ */

SOFIAPUBVAR su_task_r const su_task_null;

SOFIAPUBFUN _su_task_r su_task_init(su_task_r task);
SOFIAPUBFUN void su_task_deinit(su_task_r task);
SOFIAPUBFUN void su_task_copy(su_task_r dst, su_task_r const src);
SOFIAPUBFUN void su_task_move(su_task_r dst, su_task_r src);
SOFIAPUBFUN int su_task_cmp(su_task_r const, su_task_r const);
SOFIAPUBFUN int su_task_is_running(su_task_r const);
SOFIAPUBFUN su_root_t *su_task_root(su_task_r const self);
SOFIAPUBFUN int su_task_wakeup(su_task_r const task);
SOFIAPUBFUN int su_task_execute(su_task_r const task,
                                int (*function)(void *), void *arg,
                                int *return_value);

su_inline int su_msg_is_non_null(su_msg_cr msg)
{
  return msg && *msg != NULL;
}

/* ---- functions: clones ----------------------------------------------------------- */

SOFIAPUBFUN int su_root_threading(su_root_t *self, int enable);
SOFIAPUBFUN int su_clone_start(su_root_t *root, su_clone_r,
                               su_root_magic_t *magic,
                               su_root_init_f, su_root_deinit_f);
SOFIAPUBFUN _su_task_r su_clone_task(su_clone_r);
SOFIAPUBFUN void su_clone_forget(su_clone_r);
SOFIAPUBFUN void su_clone_stop(su_clone_r);
SOFIAPUBFUN void su_clone_wait(su_root_t *root, su_clone_r clone);
SOFIAPUBFUN int su_clone_pause(su_clone_r);
SOFIAPUBFUN int su_clone_resume(su_clone_r);

SOFIA_END_DECLS

#endif /* SU_WAIT_H */
