/* sofia-rs: SU_DEBUG_n() macros (Sofia-SIP's su_debug.h).
 *
 * Define SU_LOG to a module's log object before including this header to log there
 * (default su_log_default); define SU_DEBUG_MAX to compile out higher levels.
 * Usage: SU_DEBUG_3(("format %s\n", arg)); */
#ifndef SU_DEBUG_H
#define SU_DEBUG_H

#ifndef SU_LOG_H
#include <sofia-sip/su_log.h>
#endif
#include <stddef.h>

SOFIA_BEGIN_DECLS

#ifndef SU_DEBUG_MAX
#define SU_DEBUG_MAX 9
#endif

/* The level a message must not exceed: 9 before the log is initialised (the output
 * function initialises it and checks again). */
#if defined(SOFIA_RS_ABI_1_12)
#define SU_LOG_LEVEL \
  ((SU_LOG->log_init) == 0 ? 9 : \
   ((SU_LOG->log_init > 1) ? SU_LOG->log_level : su_log_default->log_level))
#else
#define SU_LOG_LEVEL \
  ((SU_LOG != NULL && SU_LOG->log_init) == 0 ? 9 : \
   ((SU_LOG != NULL && SU_LOG->log_init > 1) ? \
    SU_LOG->log_level : su_log_default->log_level))
#endif

#ifndef SU_LOG
#define SU_LOG (su_log_default)
#else
SOFIAPUBVAR su_log_t SU_LOG[];
#endif

#if defined(SOFIA_RS_ABI_1_12)
/* 1.12: one inline printf-like function per level. */
#define SU_DEBUG_DEF(level) \
  su_inline void su_debug_##level(char const *fmt, ...) \
    __attribute__ ((__format__ (printf, 1, 2))); \
  su_inline void su_debug_##level(char const *fmt, ...) \
  { va_list ap; va_start(ap, fmt); su_vllog(SU_LOG, level, fmt, ap); va_end(ap); }
#define SU_DEBUG_USE(level) SU_DEBUG_DEF(level)
#else
/* 1.13: su_debug_n() expands to su_llog(), which records file, function and line. */
#define VA_NONE "%s",""
#define SU_DEBUG_USE(level)
#endif

#if SU_DEBUG_MAX >= 0
SU_DEBUG_USE(0)
#if !defined(SOFIA_RS_ABI_1_12)
#define su_debug_0(...) su_llog(SU_LOG, 0, __VA_ARGS__)
#endif
#define SU_DEBUG_0(x) (su_debug_0 x)
#define SU_LERROR(s) (su_llog(SU_LOG, 1, "%s: %s\n", (s), strerror(errno)))
#define SU_LSERROR(s) (su_llog(SU_LOG, 1, "%s: %s\n", (s), su_strerror(su_errno())))
#else
#define SU_DEBUG_0(x) ((void)0)
#define SU_LERROR(s)  ((void)0)
#define SU_LSERROR(s) ((void)0)
#endif

#if !defined(SOFIA_RS_ABI_1_12)
#define su_debug_1(...) su_llog(SU_LOG, 1, __VA_ARGS__)
#define su_debug_2(...) su_llog(SU_LOG, 2, __VA_ARGS__)
#define su_debug_3(...) su_llog(SU_LOG, 3, __VA_ARGS__)
#define su_debug_4(...) su_llog(SU_LOG, 4, __VA_ARGS__)
#define su_debug_5(...) su_llog(SU_LOG, 5, __VA_ARGS__)
#define su_debug_6(...) su_llog(SU_LOG, 6, __VA_ARGS__)
#define su_debug_7(...) su_llog(SU_LOG, 7, __VA_ARGS__)
#define su_debug_8(...) su_llog(SU_LOG, 8, __VA_ARGS__)
#define su_debug_9(...) su_llog(SU_LOG, 9, __VA_ARGS__)
#endif

#if SU_DEBUG_MAX >= 1
SU_DEBUG_USE(1)
#define SU_DEBUG_1(x) (SU_LOG_LEVEL >= 1 ? (su_debug_1 x) : (void)0)
#else
#define SU_DEBUG_1(x) (void)1
#endif
#if SU_DEBUG_MAX >= 2
SU_DEBUG_USE(2)
#define SU_DEBUG_2(x) (SU_LOG_LEVEL >= 2 ? (su_debug_2 x) : (void)0)
#else
#define SU_DEBUG_2(x) (void)2
#endif
#if SU_DEBUG_MAX >= 3
SU_DEBUG_USE(3)
#define SU_DEBUG_3(x) (SU_LOG_LEVEL >= 3 ? (su_debug_3 x) : (void)0)
#else
#define SU_DEBUG_3(x) (void)3
#endif
#if SU_DEBUG_MAX >= 4
SU_DEBUG_USE(4)
#define SU_DEBUG_4(x) (SU_LOG_LEVEL >= 4 ? (su_debug_4 x) : (void)0)
#else
#define SU_DEBUG_4(x) (void)4
#endif
#if SU_DEBUG_MAX >= 5
SU_DEBUG_USE(5)
#define SU_DEBUG_5(x) (SU_LOG_LEVEL >= 5 ? (su_debug_5 x) : (void)0)
#else
#define SU_DEBUG_5(x) (void)5
#endif
#if SU_DEBUG_MAX >= 6
SU_DEBUG_USE(6)
#define SU_DEBUG_6(x) (SU_LOG_LEVEL >= 6 ? (su_debug_6 x) : (void)0)
#else
#define SU_DEBUG_6(x) (void)6
#endif
#if SU_DEBUG_MAX >= 7
SU_DEBUG_USE(7)
#define SU_DEBUG_7(x) (SU_LOG_LEVEL >= 7 ? (su_debug_7 x) : (void)0)
#else
#define SU_DEBUG_7(x) (void)7
#endif
#if SU_DEBUG_MAX >= 8
SU_DEBUG_USE(8)
#define SU_DEBUG_8(x) (SU_LOG_LEVEL >= 8 ? (su_debug_8 x) : (void)0)
#else
#define SU_DEBUG_8(x) (void)8
#endif
#if SU_DEBUG_MAX >= 9
SU_DEBUG_USE(9)
#define SU_DEBUG_9(x) (SU_LOG_LEVEL >= 9 ? (su_debug_9 x) : (void)0)
#else
#define SU_DEBUG_9(x) (void)9
#endif

SOFIA_END_DECLS

#endif /* SU_DEBUG_H */
