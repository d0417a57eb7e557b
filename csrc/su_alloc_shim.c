/* Variadic / va_list entry points of su_alloc.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include "shim.h"

char *sofia_shim_vformat(char const *fmt, va_list ap)
{
  va_list aq;
  char small[256];
  int n;
  char *buf;

  if (fmt == NULL)
    return NULL;
  va_copy(aq, ap);
  n = vsnprintf(small, sizeof small, fmt, aq);
  va_end(aq);
  if (n < 0)
    return NULL;
  buf = malloc((size_t)n + 1);
  if (buf == NULL)
    return NULL;
  if ((size_t)n < sizeof small)
    memcpy(buf, small, (size_t)n + 1);
  else
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
  return buf;
}

char *su_vsprintf(su_home_t *home, char const *fmt, va_list ap)
{
  char *text = sofia_shim_vformat(fmt, ap), *copy;
  if (text == NULL)
    return NULL;
  if (home == NULL)
    return text;
  copy = su_strdup(home, text);
  free(text);
  return copy;
}

char *su_sprintf(su_home_t *home, char const *fmt, ...)
{
  va_list ap;
  char *s;
  va_start(ap, fmt);
  s = su_vsprintf(home, fmt, ap);
  va_end(ap);
  return s;
}

char *su_strcat_all(su_home_t *home, ...)
{
  va_list ap;
  size_t n = 0;
  char const *s;
  char *ret, *p;

  va_start(ap, home);
  while ((s = va_arg(ap, char const *)))
    n += strlen(s);
  va_end(ap);

  ret = su_alloc(home, (isize_t)(n + 1));
  if (ret == NULL)
    return NULL;
  p = ret;
  va_start(ap, home);
  while ((s = va_arg(ap, char const *))) {
    size_t len = strlen(s);
    memcpy(p, s, len);
    p += len;
  }
  va_end(ap);
  *p = '\0';
  return ret;
}
