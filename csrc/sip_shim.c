/* sofia-rs C shim: variadic and FILE-based entry points of the msg/sip layer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include "shim.h"
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sl_utils.h>
#include <sofia-sip/su_tagarg.h>

msg_header_t *msg_header_vformat(su_home_t *home, msg_hclass_t *hc, char const *fmt, va_list ap)
{
  char *s;
  msg_header_t *h;

  if (fmt == NULL)
    return NULL;
  s = sofia_shim_vformat(fmt, ap);
  if (s == NULL)
    return NULL;
  h = msg_header_make(home, hc, s);
  free(s);
  return h;
}

msg_header_t *msg_header_format(su_home_t *home, msg_hclass_t *hc, char const *fmt, ...)
{
  msg_header_t *h;
  va_list ap;

  va_start(ap, fmt);
  h = msg_header_vformat(home, hc, fmt, ap);
  va_end(ap);
  return h;
}

issize_t sl_header_print(FILE *stream, char const *fmt, sip_header_t const *h)
{
  char b[1024], *s = b;
  issize_t len;

  if (stream == NULL || h == NULL)
    return -1;
  len = msg_header_field_e(b, sizeof b, (msg_header_t const *)h, 0);
  if (len < 0)
    return -1;
  if ((size_t)len >= sizeof b) {
    s = malloc(len + 1);
    if (s == NULL)
      return -1;
    msg_header_field_e(s, len + 1, (msg_header_t const *)h, 0);
  }
  if (fmt != NULL && strcmp(fmt, "%s") != 0)
    len = fprintf(stream, fmt, s);
  else if (fputs(s, stream) < 0)
    len = -1;
  if (s != b)
    free(s);
  return len;
}

/* Variadic constructors and tag-list functions of sip_header.h. The shim only collects
 * the arguments; the work is done by the Rust functions named sofia_sip_*. */
struct sofia_shim_sip_ops {
  sip_contact_t *(*contact_create)(su_home_t *, url_string_t const *, char const *const *);
  sip_via_t *(*via_create)(su_home_t *, char const *, char const *, char const *, char const *const *);
  char *(*headers_as_url_query)(su_home_t *, tagi_t const *);
};

static struct sofia_shim_sip_ops sip_ops;

SHIM_HIDDEN void sofia_shim_sip_register(struct sofia_shim_sip_ops const *ops);
SHIM_HIDDEN void sofia_shim_sip_register(struct sofia_shim_sip_ops const *ops)
{
  sip_ops = *ops;
}

#define SHIM_MAX_PARAMS 64

static int collect_params(char const *first, va_list ap, char const **out)
{
  int n = 0;
  char const *p;
  for (p = first; p && n < SHIM_MAX_PARAMS; p = va_arg(ap, char const *))
    out[n++] = p;
  out[n] = NULL;
  return n;
}

sip_contact_t *sip_contact_create(su_home_t *home, url_string_t const *url, char const *p, ...)
{
  char const *params[SHIM_MAX_PARAMS + 1];
  va_list ap;
  va_start(ap, p);
  collect_params(p, ap, params);
  va_end(ap);
  return sip_ops.contact_create ? sip_ops.contact_create(home, url, params) : NULL;
}

sip_via_t *sip_via_create(su_home_t *home, char const *host, char const *port,
                          char const *transport, ...)
{
  char const *params[SHIM_MAX_PARAMS + 1];
  va_list ap;
  va_start(ap, transport);
  collect_params(va_arg(ap, char const *), ap, params);
  va_end(ap);
  return sip_ops.via_create ? sip_ops.via_create(home, host, port, transport, params) : NULL;
}

int sip_add_tl(msg_t *msg, sip_t *sip, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  tagi_t const *t;
  int rv;
  ta_start(ta, tag, value);
  t = ta_args(ta);
  rv = sip_add_tagis(msg, sip, &t);
  ta_end(ta);
  return rv;
}

char *sip_headers_as_url_query(su_home_t *home, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  char *s;
  ta_start(ta, tag, value);
  s = sip_ops.headers_as_url_query ? sip_ops.headers_as_url_query(home, ta_args(ta)) : NULL;
  ta_end(ta);
  return s;
}
