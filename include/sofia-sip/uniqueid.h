/* sofia-rs: old names of su_uniqueid.h. */
#ifndef UNIQUEID_H
#define UNIQUEID_H

#include <sofia-sip/su_uniqueid.h>

#define guid_t su_guid_t
#define guid_generate su_guid_generate
#define guid_sprintf su_guid_sprintf
#define guid_strlen su_guid_strlen
#define randint su_randint
#define randmem su_randmem

#endif /* UNIQUEID_H */
