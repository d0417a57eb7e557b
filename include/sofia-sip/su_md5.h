/* sofia-rs: MD5 message digest (RFC 1321). */
#ifndef SU_MD5_H
#define SU_MD5_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif
#include <string.h>

SOFIA_BEGIN_DECLS

/* Digest state: chaining words, message length in bits, unprocessed input. */
typedef struct su_md5_t {
  uint32_t buf[4];
  uint32_t bits[2];
  uint8_t  in[64];
} su_md5_t;

#define SU_MD5_DIGEST_SIZE 16

SOFIAPUBFUN void su_md5_init(su_md5_t *context);
SOFIAPUBFUN void su_md5_deinit(su_md5_t *context);
SOFIAPUBFUN void su_md5_update(su_md5_t *context, void const *buf, usize_t len);
SOFIAPUBFUN void su_md5_strupdate(su_md5_t *ctx, char const *s);
SOFIAPUBFUN void su_md5_str0update(su_md5_t *ctx, char const *s);
/* The "i" variants fold ASCII letters to lower case before digesting. */
SOFIAPUBFUN void su_md5_iupdate(su_md5_t *context, void const *buf, usize_t len);
SOFIAPUBFUN void su_md5_striupdate(su_md5_t *ctx, char const *s);
SOFIAPUBFUN void su_md5_stri0update(su_md5_t *ctx, char const *s);
SOFIAPUBFUN void su_md5_digest(su_md5_t const *ctx, uint8_t digest[SU_MD5_DIGEST_SIZE]);
SOFIAPUBFUN void su_md5_hexdigest(su_md5_t const *ctx, char digest[2 * SU_MD5_DIGEST_SIZE + 1]);

#define SU_MD5_STRUPDATE(ctx, s) ((s) ? su_md5_update(ctx, (s), strlen(s)) : (void)0)
#define SU_MD5_STR0UPDATE(ctx, s) su_md5_update(ctx, (s) ? (s) : "", (s) ? strlen(s) + 1 : 1)
#define SU_MD5_STRIUPDATE(ctx, s) ((s) ? su_md5_iupdate(ctx, (s), strlen(s)) : (void)0)
#define SU_MD5_STRI0UPDATE(ctx, s) su_md5_iupdate(ctx, (s) ? (s) : "", (s) ? strlen(s) : 1)

SOFIA_END_DECLS

#endif /* SU_MD5_H */
