/* sofia-rs: printing tag lists. */
#ifndef SU_TAG_IO_H
#define SU_TAG_IO_H

#include <stdio.h>
#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif

SOFIA_BEGIN_DECLS

/* Print the title, then each item as "   ns::name: value" on a line of its own. */
SOFIAPUBFUN void tl_print(FILE *f, char const *title, tagi_t const lst[]);

SOFIA_END_DECLS

#endif /* SU_TAG_IO_H */
