/* sofia-rs: per-module log objects and log output (Sofia-SIP's su_log.h).
 *
 * Each module has an exported su_log_t; its level comes from an environment variable
 * (read once), from su_log_set_level(), or else from su_log_default. Output goes to the
 * log's logger, or to su_log_default's logger when the log has none; the default logger
 * prints to stderr. */
#ifndef SU_LOG_T
#define SU_LOG_T
typedef struct su_log_s su_log_t;
#endif

#ifndef SU_LOG_H_NEED_SU_LOG_T
#ifndef SU_LOG_H
#define SU_LOG_H

#include <stdarg.h>

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif

SOFIA_BEGIN_DECLS

#ifndef __SOFIA_FUNC__
#ifdef _MSC_VER
#define __SOFIA_FUNC__ __FUNCTION__
#else
#define __SOFIA_FUNC__ (const char *)__func__
#endif
#endif

/** A log output function: prints fmt with the arguments in ap to stream. */
typedef void (su_logger_f)(void *stream, char const *fmt, va_list ap);

/** A log object (56 bytes on LP64). */
struct su_log_s {
  int          log_size;     /**< sizeof (su_log_t) */
  char const  *log_name;     /**< module name, e.g. "nua" */
  char const  *log_env;      /**< environment variable giving the level, e.g. "NUA_DEBUG" */
  unsigned     log_default;  /**< level used when neither env nor program sets one */
  unsigned     log_level;    /**< current level */
  int          log_init;     /**< 0 = not yet initialised, 1 = default level, 2 = set */
  su_logger_f *log_logger;   /**< output function, NULL = that of su_log_default */
  void        *log_stream;   /**< first argument of log_logger */
};

enum { SU_LOG_MAX = 9 };

/** Static initialiser of a log object. */
#define SU_LOG_INIT(name, env, level) \
  { sizeof(su_log_t), name, env, level, SU_LOG_MAX, 0, NULL, NULL, }

/** Print to su_log_default at level 0. */
SOFIAPUBFUN void su_log(char const *fmt, ...)
  __attribute__ ((__format__ (printf, 1, 2)));

/* 1.12 entry points (exported in both flavours). */
SOFIAPUBFUN void su_llog(su_log_t *log, unsigned level, char const *fmt, ...)
  __attribute__ ((__format__ (printf, 3, 4)));
SOFIAPUBFUN void su_vllog(su_log_t *log, unsigned level,
                          char const *fmt, va_list ap);

/* 1.13 entry points: the same with the caller's file, function and line; _su_llog
 * prefixes the message with "file:line function() ". */
SOFIAPUBFUN void _su_llog(su_log_t *log, unsigned level, const char *file,
                          const char *func, int line, char const *fmt, ...)
  __attribute__ ((__format__ (printf, 6, 7)));
SOFIAPUBFUN void _su_vllog(su_log_t *log, unsigned level, const char *file,
                           const char *func, int line, char const *fmt, va_list ap);

#if !defined(SOFIA_RS_ABI_1_12)
#define su_llog(log, level, ...) \
  _su_llog((log), (level), __FILE__, __SOFIA_FUNC__, __LINE__, __VA_ARGS__)
#define su_vllog(log, level, fmt, ap) \
  _su_vllog((log), (level), __FILE__, __SOFIA_FUNC__, __LINE__, (fmt), (ap))
#endif

/** Set the output function of a log (NULL log = su_log_default). */
SOFIAPUBFUN void su_log_redirect(su_log_t *log, su_logger_f *f, void *stream);
/** Set the level (NULL log = su_log_default). */
SOFIAPUBFUN void su_log_set_level(su_log_t *log, unsigned level);
/** Set the level unless the environment variable or an earlier default decided it. */
SOFIAPUBFUN void su_log_soft_set_level(su_log_t *log, unsigned level);
/** Read the level from the environment (once). */
SOFIAPUBFUN void su_log_init(su_log_t *log);

SOFIAPUBVAR su_log_t su_log_default[];
SOFIAPUBVAR su_log_t su_log_global[];

/** Print s and the text of errno (resp. errcode) to su_log_default. */
SOFIAPUBFUN void su_perror(char const *s);
SOFIAPUBFUN void su_perror2(char const *s, int errcode);

SOFIA_END_DECLS

#endif /* SU_LOG_H */
#endif /* !SU_LOG_H_NEED_SU_LOG_T */
