/* Variadic and va_list entry points of su_strlst.h: they only walk the arguments and
 * call the Rust list functions. */
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_strlst.h>
#include "shim.h"

static su_strlst_t *shim_vcreate(su_home_t *home, char const *value, va_list va, int dup)
{
  su_strlst_t *l = su_strlst_create(home);
  char const *s;
  if (l == NULL)
    return NULL;
  for (s = value; s; s = va_arg(va, char const *)) {
    if ((dup ? (char const *)su_strlst_dup_append(l, s) : su_strlst_append(l, s)) == NULL) {
      su_strlst_destroy(l);
      return NULL;
    }
  }
  return l;
}

su_strlst_t *su_strlst_vcreate_with(su_home_t *home, char const *value, va_list va)
{
  return shim_vcreate(home, value, va, 0);
}

su_strlst_t *su_strlst_vcreate_with_dup(su_home_t *home, char const *value, va_list va)
{
  return shim_vcreate(home, value, va, 1);
}

su_strlst_t *su_strlst_create_with(su_home_t *home, char const *value, ...)
{
  va_list va;
  su_strlst_t *l;
  va_start(va, value);
  l = shim_vcreate(home, value, va, 0);
  va_end(va);
  return l;
}

su_strlst_t *su_strlst_create_with_dup(su_home_t *home, char const *value, ...)
{
  va_list va;
  su_strlst_t *l;
  va_start(va, value);
  l = shim_vcreate(home, value, va, 1);
  va_end(va);
  return l;
}

char const *su_slvprintf(su_strlst_t *self, char const *fmt, va_list ap)
{
  char *text;
  char const *item;
  if (self == NULL || fmt == NULL)
    return NULL;
  text = sofia_shim_vformat(fmt, ap);
  if (text == NULL)
    return NULL;
  item = su_strlst_dup_append(self, text);
  free(text);
  return item;
}

char const *su_slprintf(su_strlst_t *self, char const *fmt, ...)
{
  va_list ap;
  char const *item;
  va_start(ap, fmt);
  item = su_slvprintf(self, fmt, ap);
  va_end(ap);
  return item;
}
