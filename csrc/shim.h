/* sofia-rs C shim: common declarations. The shim defines only what Rust cannot:
 * variadic entry points and functions taking a va_list. They collect their arguments
 * (a tag list, or formatted text) and call Rust. Helpers of the shim itself are static
 * or named sofia_shim_*, which the export map hides. */
#ifndef SOFIA_SHIM_H
#define SOFIA_SHIM_H

#include <stdarg.h>
#include <stddef.h>

#define SHIM_HIDDEN __attribute__((visibility("hidden")))

/* vsnprintf into a malloc()ed buffer; NULL on failure. */
SHIM_HIDDEN char *sofia_shim_vformat(char const *fmt, va_list ap);

#endif
