/* sofia-rs: globally unique identifiers and random numbers. */
#ifndef SU_UNIQUEID_H
#define SU_UNIQUEID_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif

SOFIA_BEGIN_DECLS

typedef union GloballyUniqueIdentifier {
  unsigned char id[16];
  struct {
    uint32_t time_low;
    uint16_t time_mid;
    uint16_t time_high_and_version;
    uint8_t  clock_seq_hi_and_reserved;
    uint8_t  clock_seq_low;
    uint8_t  node[6];
  } s;
} su_guid_t;

SOFIAPUBFUN size_t su_node_identifier(void *address, size_t addrlen);
SOFIAPUBFUN void su_guid_generate(su_guid_t *guid);
SOFIAPUBFUN isize_t su_guid_sprintf(char *buf, size_t len, su_guid_t const *guid);

enum {
  su_guid_strlen = 36  /* 8-4-4-4-12 hex digits */
};

SOFIAPUBFUN int su_randint(int lb, int ub);
SOFIAPUBFUN void *su_randmem(void *mem, size_t siz);
SOFIAPUBFUN uint32_t su_random(void);
SOFIAPUBFUN uint64_t su_random64(void);

SOFIA_END_DECLS

#endif /* SU_UNIQUEID_H */
