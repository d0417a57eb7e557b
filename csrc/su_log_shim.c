/* Variadic and va_list entry points of su_log.h, and the default logger. Deciding whether
 * a message is printed, and where, is Rust's job (src/su/log.rs); the shim only formats
 * and calls the C logger, because that takes a va_list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_log.h>
#include "shim.h"

/* The 1.13 headers make these macros adding file, function and line; the library
 * exports them as functions in both flavours. */
#undef su_llog
#undef su_vllog
void su_llog(su_log_t *log, unsigned level, char const *fmt, ...);
void su_vllog(su_log_t *log, unsigned level, char const *fmt, va_list ap);

struct sofia_shim_log_ops {
  int (*prepare)(su_log_t *log, unsigned level, su_logger_f **logger, void **stream);
  void (*trace)(su_log_t *log, unsigned level, char const *text, char const *file, int line);
};

static struct sofia_shim_log_ops log_ops;

SHIM_HIDDEN void sofia_shim_log_register(struct sofia_shim_log_ops const *ops)
{
  log_ops = *ops;
}

SHIM_HIDDEN void sofia_shim_default_logger(void *stream, char const *fmt, va_list ap)
{
  if (fmt == NULL)
    return;
  vfprintf(stream ? (FILE *)stream : stderr, fmt, ap);
}

static void shim_call(su_logger_f *logger, void *stream, char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  logger(stream, fmt, ap);
  va_end(ap);
}

SHIM_HIDDEN void sofia_shim_log_text(su_logger_f *logger, void *stream, char const *text)
{
  shim_call(logger, stream, "%s", text);
}

/* Copy s into out (if not NULL) doubling every '%'; returns the length of the result. */
static size_t shim_escape(char *out, char const *s)
{
  size_t n = 0;
  for (; *s; s++) {
    if (out)
      out[n] = *s;
    n++;
    if (*s == '%') {
      if (out)
        out[n] = '%';
      n++;
    }
  }
  return n;
}

/* A message at `level`: to the logger Rust chose, and to tracing if anybody listens.
 * With a file, the text is prefixed by "file:line func() " (the 1.13 fork's format). */
static void shim_vlog(su_log_t *log, unsigned level, char const *file, char const *func,
                      int line, char const *fmt, va_list ap)
{
  su_logger_f *logger = NULL;
  void *stream = NULL;
  int what;

  if (log_ops.prepare == NULL || fmt == NULL)
    return;
  what = log_ops.prepare(log, level, &logger, &stream);
  if (what & 2) {
    va_list aq;
    char *text;
    va_copy(aq, ap);
    text = sofia_shim_vformat(fmt, aq);
    va_end(aq);
    if (text) {
      log_ops.trace(log, level, text, file, line);
      free(text);
    }
  }
  if (!(what & 1) || logger == NULL)
    return;
  if (file == NULL) {
    logger(stream, fmt, ap);
  } else {
    char number[24];
    size_t n;
    char *full;
    if (func == NULL)
      func = "";
    snprintf(number, sizeof number, ":%d ", line);
    n = shim_escape(NULL, file) + strlen(number) + shim_escape(NULL, func) + 3 + strlen(fmt);
    full = malloc(n + 1);
    if (full == NULL) {
      logger(stream, fmt, ap);
      return;
    }
    n = shim_escape(full, file);
    memcpy(full + n, number, strlen(number)), n += strlen(number);
    n += shim_escape(full + n, func);
    memcpy(full + n, "() ", 3), n += 3;
    strcpy(full + n, fmt);
    logger(stream, full, ap);
    free(full);
  }
}

void su_vllog(su_log_t *log, unsigned level, char const *fmt, va_list ap)
{
  shim_vlog(log, level, NULL, NULL, 0, fmt, ap);
}

void su_llog(su_log_t *log, unsigned level, char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  shim_vlog(log, level, NULL, NULL, 0, fmt, ap);
  va_end(ap);
}

void _su_vllog(su_log_t *log, unsigned level, char const *file, char const *func, int line,
               char const *fmt, va_list ap)
{
  (void)file, (void)func, (void)line;
  shim_vlog(log, level, NULL, NULL, 0, fmt, ap);
}

void _su_llog(su_log_t *log, unsigned level, char const *file, char const *func, int line,
              char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  shim_vlog(log, level, file ? file : "", func, line, fmt, ap);
  va_end(ap);
}

void su_log(char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  shim_vlog(su_log_default, 0, NULL, NULL, 0, fmt, ap);
  va_end(ap);
}
