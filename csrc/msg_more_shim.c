/* sofia-rs C shim: more variadic and FILE-based entry points of the msg/sip layer:
 * sip_header_format(), msg_header_add_format(), and the sl_utils.h printers, loggers and
 * payload readers. Headers are printed by the Rust printers (msg_header_field_e). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <errno.h>

#include "shim.h"
#include <sofia-sip/sip_header.h>
#include <sofia-sip/msg_header.h>
#include <sofia-sip/sl_utils.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/su_string.h>
#include <sofia-sip/url.h>

sip_header_t *sip_header_format(su_home_t *home, msg_hclass_t *hc, char const *fmt, ...)
{
  msg_header_t *h;
  va_list ap;

  va_start(ap, fmt);
  h = msg_header_vformat(home, hc, fmt, ap);
  va_end(ap);
  return (sip_header_t *)h;
}

int msg_header_add_format(msg_t *msg, msg_pub_t *pub, msg_hclass_t *hc, char const *fmt, ...)
{
  msg_header_t **hh, *h;
  va_list ap;

  if (msg == NULL)
    return -1;
  if (pub == NULL)
    pub = msg_object(msg);
  hh = msg_hclass_offset(msg_mclass(msg), pub, hc);
  if (hh == NULL)
    return -1;
  if (fmt == NULL)
    return 0;
  va_start(ap, fmt);
  h = msg_header_vformat(msg_home(msg), hc, fmt, ap);
  va_end(ap);
  if (h == NULL)
    return -1;
  return msg_header_add(msg, pub, hh, h);
}

/* The value of header h as a malloc()ed string, or NULL. */
static char *value_of(sip_header_t const *h)
{
  char small[512], *s;
  issize_t n;

  n = msg_header_field_e(small, sizeof small, (msg_header_t const *)h, 0);
  if (n < 0)
    return NULL;
  s = malloc((size_t)n + 1);
  if (s == NULL)
    return NULL;
  if ((size_t)n < sizeof small)
    memcpy(s, small, (size_t)n + 1);
  else
    msg_header_field_e(s, n + 1, (msg_header_t const *)h, 0);
  return s;
}

/* The address of From / To / Contact a without its parameters (display name "" when
 * none, which keeps the URL in angle brackets), as text. */
static char *bare_address(sip_addr_t const *a)
{
  sip_addr_t copy;

  memcpy(&copy, a, sizeof copy);
  copy.a_params = NULL;
  if (copy.a_display == NULL)
    copy.a_display = "";
  return value_of((sip_header_t const *)&copy);
}

/* Prints s through fmt (one %s; NULL or "%s": s as it is); returns bytes written or -1. */
static issize_t print_text(FILE *stream, char const *fmt, char const *s)
{
  if (fmt != NULL && strcmp(fmt, "%s") != 0)
    return fprintf(stream, fmt, s);
  if (fputs(s, stream) < 0)
    return -1;
  return (issize_t)strlen(s);
}

issize_t sl_from_print(FILE *stream, char const *fmt, sip_from_t const *from)
{
  char *s;
  issize_t n;

  if (stream == NULL || from == NULL)
    return -1;
  s = bare_address(from);
  if (s == NULL)
    return -1;
  n = print_text(stream, fmt, s);
  free(s);
  return n;
}

issize_t sl_to_print(FILE *stream, char const *fmt, sip_to_t const *to)
{
  return sl_from_print(stream, fmt, (sip_from_t const *)to);
}

issize_t sl_contact_print(FILE *stream, char const *fmt, sip_contact_t const *m)
{
  return sl_from_print(stream, fmt, (sip_from_t const *)m);
}

issize_t sl_allow_print(FILE *stream, char const *fmt, sip_allow_t const *g)
{
  return sl_header_print(stream, fmt, (sip_header_t const *)g);
}

issize_t sl_via_print(FILE *stream, char const *fmt, sip_via_t const *v)
{
  return sl_header_print(stream, fmt, (sip_header_t const *)v);
}

/* Calls line(s, n, ctx) for each line of the body (its CR/LF run: crlf bytes after it);
 * stops at a NUL. Returns the length of the last line-end run (0: no line end). */
static size_t each_line(sip_payload_t const *pl,
                        int (*line)(char const *s, size_t n, size_t crlf, void *ctx), void *ctx)
{
  char const *s = pl->pl_data, *end = pl->pl_data + pl->pl_len;
  size_t crlf = 1;

  if (s == NULL)
    return 1;
  while (s < end && *s != '\0') {
    size_t n = su_strncspn(s, (size_t)(end - s), "\r\n");
    crlf = su_strnspn(s + n, (size_t)(end - s) - n, "\r\n");
    if (line(s, n, crlf, ctx) < 0)
      return (size_t)-1;
    s += n + crlf;
  }
  return crlf;
}

struct print_ctx {
  FILE *stream;
  char const *prefix;
  size_t total;
};

static int print_line(char const *s, size_t n, size_t crlf, void *ctx)
{
  struct print_ctx *p = ctx;

  if (p->prefix) {
    fputs(p->prefix, p->stream);
    p->total += strlen(p->prefix);
  }
  if (fwrite(s, 1, n + crlf, p->stream) < n + crlf)
    return -1;
  p->total += n + crlf;
  return 0;
}

issize_t sl_payload_print(FILE *stream, char const *prefix, sip_payload_t const *pl)
{
  struct print_ctx p = { stream, prefix, 0 };
  size_t last;

  if (stream == NULL || pl == NULL)
    return -1;
  last = each_line(pl, print_line, &p);
  if (last == (size_t)-1)
    return -1;
  if (last == 0) {
    fputs("\n", stream);
    p.total++;
  }
  return (issize_t)p.total;
}

void sl_message_log(FILE *stream, char const *prefix, sip_t const *sip, int details)
{
  sip_cseq_t const *cs;

  if (sip == NULL || (cs = sip->sip_cseq) == NULL)
    return;
  if (stream == NULL)
    stream = stdout;
  if (prefix == NULL)
    prefix = "";
  if (sip->sip_request) {
    fprintf(stream, "%s%s " URL_PRINT_FORMAT " (CSeq %d %s)\n", prefix,
            sip->sip_request->rq_method_name, URL_PRINT_ARGS(sip->sip_request->rq_url),
            (int)cs->cs_seq, cs->cs_method_name);
    if (!details)
      return;
    if (sip->sip_via) {
      fputs(prefix, stream);
      sl_via_print(stream, "Via: %s\n", sip->sip_via);
    }
  }
  else if (sip->sip_status) {
    fprintf(stream, "%s%03u %s (CSeq %d %s)\n", prefix,
            sip->sip_status->st_status, sip->sip_status->st_phrase,
            (int)cs->cs_seq, cs->cs_method_name);
    if (!details)
      return;
  }
  else
    return;
  if (sip->sip_from)
    sl_from_print(stream, "\tFrom: %s\n", sip->sip_from);
  if (sip->sip_to)
    sl_to_print(stream, "\tTo: %s\n", sip->sip_to);
}

void sl_header_log(su_log_t *log, int level, char const *fmt, sip_header_t const *h)
{
  char *s;

  if (h == NULL || (s = value_of(h)) == NULL)
    return;
  su_llog(log, level, fmt ? fmt : "%s\n", s);
  free(s);
}

void sl_from_log(su_log_t *log, int level, char const *fmt, sip_from_t const *from)
{
  char *s;

  if (from == NULL || (s = bare_address(from)) == NULL)
    return;
  su_llog(log, level, fmt ? fmt : "%s\n", s);
  free(s);
}

void sl_to_log(su_log_t *log, int level, char const *fmt, sip_to_t const *to)
{
  sl_from_log(log, level, fmt, (sip_from_t const *)to);
}

void sl_contact_log(su_log_t *log, int level, char const *fmt, sip_contact_t const *m)
{
  sl_from_log(log, level, fmt, (sip_from_t const *)m);
}

void sl_allow_log(su_log_t *log, int level, char const *fmt, sip_allow_t const *g)
{
  sl_header_log(log, level, fmt, (sip_header_t const *)g);
}

void sl_via_log(su_log_t *log, int level, char const *fmt, sip_via_t const *v)
{
  sl_header_log(log, level, fmt, (sip_header_t const *)v);
}

struct log_ctx {
  su_log_t *log;
  int level;
  char const *prefix;
};

/* One line of a body to the log: at most 70 characters, longer ones cut with "...". */
static int log_line(char const *s, size_t n, size_t crlf, void *ctx)
{
  struct log_ctx *l = ctx;
  char line[74];

  (void)crlf;
  if (n < 70) {
    memcpy(line, s, n);
    line[n] = '\0';
  }
  else {
    memcpy(line, s, 70);
    memcpy(line + 70, "...", 4);
  }
  su_llog(l->log, l->level, "%s%s\n", l->prefix, line);
  return 0;
}

void sl_payload_log(su_log_t *log, int level, char const *prefix, sip_payload_t const *pl)
{
  struct log_ctx l = { log ? log : su_log_default, level, prefix ? prefix : "" };

  if (pl == NULL)
    return;
  each_line(pl, log_line, &l);
}

void sl_sip_log(su_log_t *log, int level, char const *prefix, sip_t const *sip, int details)
{
  sip_cseq_t const *cs;

  if (sip == NULL || (cs = sip->sip_cseq) == NULL)
    return;
  if (log == NULL)
    log = su_log_default;
  if (prefix == NULL)
    prefix = "";
  if (sip->sip_request) {
    su_llog(log, level, "%s%s " URL_PRINT_FORMAT " (CSeq %d %s)\n", prefix,
            sip->sip_request->rq_method_name, URL_PRINT_ARGS(sip->sip_request->rq_url),
            (int)cs->cs_seq, cs->cs_method_name);
    if (!details)
      return;
    if (sip->sip_via) {
      char const *received = sip->sip_via->v_received;
      char const *port = sip->sip_via->v_port;
      su_llog(log, level, "\tvia %s%s%s%s%s%s\n", sip->sip_via->v_host,
              port ? ":" : "", port ? port : "",
              received ? " (" : "", received ? received : "", received ? ")" : "");
    }
  }
  else if (sip->sip_status) {
    su_llog(log, level, "%s%03u %s (CSeq %d %s)\n", prefix,
            sip->sip_status->st_status, sip->sip_status->st_phrase,
            (int)cs->cs_seq, cs->cs_method_name);
    if (!details)
      return;
  }
  else
    return;
  if (sip->sip_from)
    sl_from_log(log, level, "\tFrom: %s\n", sip->sip_from);
  if (sip->sip_to)
    sl_to_log(log, level, "\tTo: %s\n", sip->sip_to);
}

sip_payload_t *sl_fread_payload(su_home_t *home, FILE *f)
{
  char *buf = NULL, *nbuf;
  size_t used = 0, size = 0, n;
  sip_payload_t *pl;

  if (f == NULL) {
    errno = EINVAL;
    return NULL;
  }
  for (;;) {
    if (used == size) {
      size = size ? 2 * size : 4096;
      nbuf = realloc(buf, size);
      if (nbuf == NULL) {
        perror("sl_fread_payload: realloc");
        free(buf);
        return NULL;
      }
      buf = nbuf;
    }
    n = fread(buf + used, 1, size - used, f);
    used += n;
    if (used < size) {
      if (ferror(f)) {
        perror("sl_fread_payload: fread");
        free(buf);
        return NULL;
      }
      if (feof(f))
        break;
    }
  }
  pl = sip_payload_create(home, buf, (isize_t)used);
  free(buf);
  if (pl) {
    /* The body is its own encoding. */
    pl->pl_common->h_data = pl->pl_data;
    pl->pl_common->h_len = pl->pl_len;
  }
  return pl;
}

sip_payload_t *sl_read_payload(su_home_t *home, char const *fname)
{
  FILE *f;
  sip_payload_t *pl;

  if (fname == NULL || strcmp(fname, "-") == 0)
    f = stdin;
  else
    f = fopen(fname, "rb");
  if (f == NULL)
    return NULL;
  pl = sl_fread_payload(home, f);
  if (f != stdin)
    fclose(f);
  return pl;
}
