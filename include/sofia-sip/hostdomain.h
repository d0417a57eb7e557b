/* sofia-rs: checks of host names and IP addresses (Sofia-SIP's hostdomain.h).
 * Each predicate returns 1 if the whole string is of the kind, 0 otherwise (NULL too). */
#ifndef SOFIA_SIP_HOSTDOMAIN_H
#define SOFIA_SIP_HOSTDOMAIN_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif

SOFIA_BEGIN_DECLS

SOFIAPUBFUN int host_is_ip4_address(char const *string);
SOFIAPUBFUN int host_is_ip6_address(char const *string);
SOFIAPUBFUN int host_is_ip6_reference(char const *string);
/** IPv4 address, IPv6 address or IPv6 reference. */
SOFIAPUBFUN int host_is_ip_address(char const *string);
SOFIAPUBFUN int host_is_domain(char const *string);
/** Domain name, IPv4 address or IPv6 reference. */
SOFIAPUBFUN int host_is_valid(char const *string);
/** localhost[.localdomain][.], 127.x.y.z, ::1 or [::1]. */
SOFIAPUBFUN int host_is_local(char const *string);
/** A domain name ending in the label "invalid". */
SOFIAPUBFUN int host_has_domain_invalid(char const *string);
/** Compare two hosts (IP addresses by value, names ignoring case); NULL first. */
SOFIAPUBFUN int host_cmp(char const *a, char const *b);
/** Old name of host_is_ip6_reference(). */
SOFIAPUBFUN int host_ip6_reference(char const *string);

SOFIA_END_DECLS

#endif /* !defined(SOFIA_SIP_HOSTDOMAIN_H) */
