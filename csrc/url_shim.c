/* printf-like entry point of url.h: formats the text, then parses it in Rust. */
#include <stdlib.h>

#include <sofia-sip/url.h>
#include "shim.h"

url_t *url_format(su_home_t *home, char const *fmt, ...)
{
  va_list ap;
  char *text;
  url_t *url;

  if (fmt == NULL)
    return NULL;
  va_start(ap, fmt);
  text = sofia_shim_vformat(fmt, ap);
  va_end(ap);
  if (text == NULL)
    return NULL;
  url = url_make(home, text);
  free(text);
  return url;
}
