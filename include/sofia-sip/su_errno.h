/* sofia-rs: portable access to the error number of the last failed system call. */
#ifndef SU_ERRNO_H
#define SU_ERRNO_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif

#include <errno.h>

SOFIA_BEGIN_DECLS

/** The last error number (errno on POSIX systems). */
SOFIAPUBFUN int su_errno(void);
/** Set the error number; returns -1 so that `return su_seterrno(EINVAL);` works. */
SOFIAPUBFUN int su_seterrno(int);
/** Text describing an error number. */
SOFIAPUBFUN char const *su_strerror(int e);

/* On POSIX systems the error number is errno itself. */
#define su_errno() (errno)
#define su_seterrno(n) ((errno = (n)), -1)

SOFIA_END_DECLS

#endif /* SU_ERRNO_H */
