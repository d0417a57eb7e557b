/* Stand-in for GLib's <glib.h> when GLib's headers are not installed: only the type
 * <sofia-sip/su_glib.h> names, so that its consumers can be syntax-checked. */
#ifndef __GLIB_H__
#define __GLIB_H__
typedef struct _GSource GSource;
typedef struct _GMainContext GMainContext;
typedef int gboolean;
#endif
