/* sofia-rs: the resolver cache type. The sres_cache_* functions are not provided yet;
 * every resolver has its own cache. */
#ifndef SOFIA_RESOLV_SRES_CACHE_H
#define SOFIA_RESOLV_SRES_CACHE_H

#include "sofia-resolv/sres_config.h"

#ifndef SRES_CACHE_T
#define SRES_CACHE_T
typedef struct sres_cache sres_cache_t;
#endif

#ifndef SRES_RECORD_T
#define SRES_RECORD_T
typedef union sres_record sres_record_t;
#endif

/* Cache cleanup interval (seconds). */
enum { SRES_CACHE_TIMER_INTERVAL = 5 };
#define SRES_CACHE_TIMER_INTERVAL (SRES_CACHE_TIMER_INTERVAL)

#endif /* SOFIA_RESOLV_SRES_CACHE_H */
