/* sofia-rs: basic integer types. */
#ifndef SU_TYPES_H
#define SU_TYPES_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif

#include <stdint.h>
#include <inttypes.h>
#include <stddef.h>
#include <sys/types.h>
#include <limits.h>

SOFIA_BEGIN_DECLS

/** Sizes as in the 1.12.0 ABI: 32-bit even on LP64. */
typedef SOFIA_ISIZE_T isize_t;
typedef SOFIA_ISSIZE_T issize_t;
typedef SOFIA_USIZE_T usize_t;

SOFIA_END_DECLS

#endif /* SU_TYPES_H */
