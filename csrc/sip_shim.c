/* sofia-rs C shim: variadic and FILE-based entry points of the msg/sip layer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include "shim.h"
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sl_utils.h>

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
