/* sofia-rs: URLs (SIP, SIPS, tel, http and friends): the url_t structure, parsing
 * (url_d, url_make, url_hdup), printing (url_e, url_as_string, URL_PRINT_ARGS),
 * parameters, escapes, comparison and digests. */

#ifndef URL_H_TYPES
#define URL_H_TYPES

/* Scheme of a parsed URL (url_t.url_type). The FreeSWITCH fork (1.13, our default)
 * inserted url_urn after url_sips; Debian's 1.12 numbering is selected with
 * SOFIA_RS_ABI_1_12 (set by the 1.12 flavour's pkg-config file). */
enum url_type_e {
  url_invalid = -2,  /* scheme with characters a scheme cannot have */
  url_unknown = -1,  /* a scheme Sofia does not know, or none */
  url_any = 0,       /* "*" */
  url_sip,           /* sip: (RFC 3261) */
  url_sips,          /* sips: (RFC 3261) */
#ifndef SOFIA_RS_ABI_1_12
  url_urn,           /* urn: (fork only) */
#endif
  url_tel,           /* tel: (RFC 3966) */
  url_fax,           /* fax: (obsolete, RFC 2806) */
  url_modem,         /* modem: (obsolete, RFC 2806) */
  url_http,          /* http: */
  url_https,         /* https: */
  url_ftp,           /* ftp: */
  url_file,          /* file: */
  url_rtsp,          /* rtsp: (RFC 2326) */
  url_rtspu,         /* rtspu: (RFC 2326) */
  url_mailto,        /* mailto: */
  url_im,            /* im: (RFC 3860) */
  url_pres,          /* pres: (RFC 3859) */
  url_cid,           /* cid: (Content-ID, RFC 2392) */
  url_msrp,          /* msrp: */
  url_msrps,         /* msrps: */
  url_wv,            /* wv: (Wireless Village) */
  _url_none
};

/* A parsed URL. Every string member is NUL-terminated or NULL when the part is
 * absent; url_params has no leading ';', url_headers no leading '?'. The first six
 * bytes are always zero, which tells a url_t from a string in url_string_t. */
typedef struct {
  char        url_pad[sizeof(void *) - 2]; /* zero */
  signed char url_type;                    /* enum url_type_e */
  char        url_root;                    /* '/' if the URL had "//" or "/" */
  char const *url_scheme;
  char const *url_user;
  char const *url_password;
  char const *url_host;
  char const *url_port;
  char const *url_path;                    /* without the leading '/' of a root URL */
  char const *url_params;
  char const *url_headers;
  char const *url_fragment;
} url_t;

enum {
  /* Longest URL text. */
  URL_MAXLEN = 65536
};

/* A URL given either as text or as a parsed url_t (see URL_STRING_P()). */
typedef union {
  char  us_str[URL_MAXLEN];
  url_t us_url[1];
} url_string_t;

#endif /* URL_H_TYPES */

#ifndef URL_H
#define URL_H

#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif

SOFIA_BEGIN_DECLS

/* Parse a string into a url_t allocated (with its strings) from home. */
SOFIAPUBFUN url_t *url_make(su_home_t *h, char const *str);
/* As url_make() with printf-style formatting. */
SOFIAPUBFUN url_t *url_format(su_home_t *h, char const *fmt, ...);
/* The URL (url_t or string) as text allocated from home. */
SOFIAPUBFUN char *url_as_string(su_home_t *home, url_t const *url);
/* Deep copy of a url_t (or parse of a string) into one block. */
SOFIAPUBFUN url_t *url_hdup(su_home_t *h, url_t const *src);
/* Guess the scheme of a scheme-less URL: 0 if sane, -1 otherwise. */
SOFIAPUBFUN int url_sanitize(url_t *u);
/* Name of a scheme; "*" for url_any, NULL for url_unknown. */
SOFIAPUBFUN char const *url_scheme(enum url_type_e type);

/* Comparison: url_cmp() looks at scheme, host, port and user; url_cmp_all() at
 * everything. */
SOFIAPUBFUN int url_cmp(url_t const *a, url_t const *b);
SOFIAPUBFUN int url_cmp_all(url_t const *a, url_t const *b);

/* Parameters. url_param() copies the value of parameter tag into value and
 * returns its length + 1, or 0 if there is no such parameter. */
SOFIAPUBFUN isize_t url_param(char const *params, char const *tag,
                              char value[], isize_t vlen);
SOFIAPUBFUN int url_has_param(url_t const *url, char const *name);
SOFIAPUBFUN isize_t url_have_param(char const *params, char const *tag);
SOFIAPUBFUN int url_param_add(su_home_t *h, url_t *url, char const *param);
SOFIAPUBFUN int url_strip_transport(url_t *u);
SOFIAPUBFUN char *url_strip_param_string(char *params, char const *name);
SOFIAPUBFUN int url_have_transport(url_t const *u);

/* "a=b&body=c" style query as header lines. */
SOFIAPUBFUN char *url_query_as_header_string(su_home_t *home, char const *query);

/* %-escapes. */
SOFIAPUBFUN int url_reserved_p(char const *s);
SOFIAPUBFUN char *url_escape(char *d, char const *s, char const reserved[]);
SOFIAPUBFUN isize_t url_esclen(char const *s, char const reserved[]);
SOFIAPUBFUN size_t url_unescape_to(char *d, char const *s, size_t n);
SOFIAPUBFUN char *url_unescape(char *d, char const *s);

#define URL_RESERVED_CHARS ";/?:@&=+$,"

/* Static initializer and run-time initializer of an empty URL of a type. */
#define URL_INIT_AS(type) \
  { "\0", url_##type, 0, url_##type != url_any ? #type : "*" }

SOFIAPUBFUN void url_init(url_t *url, enum url_type_e type);

/* Default port and transport of a scheme; the port of a URL. */
SOFIAPUBFUN char const *url_port_default(enum url_type_e url_type);
SOFIAPUBFUN char const *url_tport_default(enum url_type_e url_type);
SOFIAPUBFUN char const *url_port(url_t const *u);

#define URL_PORT(u) \
  ((u) && (u)->url_port ? (u)->url_port : \
   url_port_default((u) ? (enum url_type_e)(u)->url_type : url_any))

/* A url_string_t holds text when its first byte is not NUL. */
#define URL_STRING_P(u) ((u) && *((url_string_t *)(u))->us_str != 0)
#define URL_IS_STRING(u) URL_STRING_P(u)

SOFIAPUBFUN int url_string_p(url_string_t const *url);
SOFIAPUBFUN int url_is_string(url_string_t const *url);

/* A string as a url_string_t pointer; NULL for NULL or "". */
#define URL_STRING_MAKE(s) \
  ((url_string_t *)((s) && *((char *)(s)) ? (s) : NULL))

/* printf(URL_PRINT_FORMAT, URL_PRINT_ARGS(url)) prints a url_t. */
#define URL_PRINT_FORMAT "%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s"
#define URL_FORMAT_STRING URL_PRINT_FORMAT

#define URL_PRINT_ARGS(u) \
  (u)->url_scheme ? (u)->url_scheme : "", \
  (u)->url_type != url_any && (u)->url_scheme && (u)->url_scheme[0] ? ":" : "", \
  (u)->url_root && ((u)->url_host || (u)->url_user) ? "//" : "", \
  (u)->url_user ? (u)->url_user : "", \
  (u)->url_user && (u)->url_password ? ":" : "", \
  (u)->url_user && (u)->url_password ? (u)->url_password : "", \
  (u)->url_user && (u)->url_host ? "@" : "", \
  (u)->url_host ? (u)->url_host : "", \
  (u)->url_host && (u)->url_port ? ":" : "", \
  (u)->url_host && (u)->url_port ? (u)->url_port : "", \
  (u)->url_root && (u)->url_path ? "/" : "", \
  (u)->url_path ? (u)->url_path : "", \
  (u)->url_params ? ";" : "", (u)->url_params ? (u)->url_params : "", \
  (u)->url_headers ? "?" : "", (u)->url_headers ? (u)->url_headers : "", \
  (u)->url_fragment ? "#" : "", (u)->url_fragment ? (u)->url_fragment : ""

/* Digests over scheme, user, host and port. */
struct su_md5_t;
SOFIAPUBFUN void url_update(struct su_md5_t *md5, url_t const *url);
SOFIAPUBFUN void url_digest(void *hash, int hsize, url_t const *, char const *key);

/* Parse in place (the members point into s, which is modified): 0 or -1. */
SOFIAPUBFUN int url_d(url_t *url, char *s);
/* Length of the printed URL. */
SOFIAPUBFUN isize_t url_len(url_t const *url);
/* Print into buffer (snprintf convention). */
SOFIAPUBFUN issize_t url_e(char buffer[], isize_t n, url_t const *url);

#define URL_E(buf, end, url) \
  (buf) += url_e((buf), (buf) < (end) ? (end) - (buf) : 0, (url))

/* Bytes url_dup() needs for the strings of url. */
SOFIAPUBFUN isize_t url_xtra(url_t const *url);
/* Copy src to dst, its strings to buf; returns the bytes needed. */
SOFIAPUBFUN issize_t url_dup(char *, isize_t, url_t *dst, url_t const *src);

#define URL_DUP(buf, end, dst, src) \
  (buf) += url_dup((buf), (isize_t)((buf) < (end) ? (end) - (buf) : 0), (dst), (src))

SOFIA_END_DECLS

#endif /* URL_H */
