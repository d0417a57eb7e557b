/* sofia-rs: string comparison helpers (Sofia-SIP's su_string.h).
 *
 * NULL is accepted everywhere: the *cmp functions treat it as "", the *match functions
 * consider two NULLs equal and NULL different from any string. Case folding is ASCII. */
#ifndef SOFIA_SIP_SU_STRING_H
#define SOFIA_SIP_SU_STRING_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif

#include <string.h>

SOFIA_BEGIN_DECLS

su_inline int su_strcmp(char const *a, char const *b);
su_inline int su_strncmp(char const *a, char const *b, size_t n);

SOFIAPUBFUN char *su_strcasestr(const char *haystack, const char *needle);
SOFIAPUBFUN int su_strcasecmp(char const *s1, char const *s2);
SOFIAPUBFUN int su_strncasecmp(char const *s1, char const *s2, size_t n);

SOFIAPUBFUN int su_strmatch(char const *str, char const *with);
SOFIAPUBFUN int su_strnmatch(char const *str, char const *with, size_t n);
SOFIAPUBFUN int su_casematch(char const *s1, char const *with);
SOFIAPUBFUN int su_casenmatch(char const *s1, char const *with, size_t n);

/* Length of the prefix of s (at most n bytes, stopping at NUL) made of bytes
 * in (spn) or not in (cspn) the given set. */
SOFIAPUBFUN size_t su_strnspn(char const *s, size_t size, char const *term);
SOFIAPUBFUN size_t su_strncspn(char const *s, size_t ssize, char const *reject);

/* The same for byte buffers (NUL is an ordinary byte). */
SOFIAPUBFUN size_t su_memspn(const void *mem, size_t memlen,
                             const void *accept, size_t acceptlen);
SOFIAPUBFUN size_t su_memcspn(const void *mem, size_t memlen,
                              const void *reject, size_t rejectlen);

su_inline int su_strcmp(char const *a, char const *b)
{
  return strcmp(a ? a : "", b ? b : "");
}

su_inline int su_strncmp(char const *a, char const *b, size_t n)
{
  return strncmp(a ? a : "", b ? b : "", n);
}

SOFIA_END_DECLS

#endif /* !SOFIA_SIP_SU_STRING_H */
