/* sofia-rs: the generic message types shared by SIP (and HTTP) messages.
 *
 * Every parsed header is a struct that begins with a msg_common_t (40 bytes) followed by a
 * "next" pointer; its class (msg_hclass_t, an exported 64-byte object per header kind) says
 * how to parse, print and copy it. Layouts are Sofia-SIP's, field for field. */
#ifndef MSG_TYPES_H
#define MSG_TYPES_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif

SOFIA_BEGIN_DECLS

typedef struct msg_mclass_s       msg_mclass_t;
typedef struct msg_hclass_s const msg_hclass_t;
typedef struct msg_href_s         msg_href_t;
typedef struct msg_s              msg_t;

#ifndef MSG_TIME_T_DEFINED
#define MSG_TIME_T_DEFINED
/** Seconds since 1 January 1900 (the NTP epoch). */
typedef unsigned long msg_time_t;
#endif

#ifndef MSG_TIME_MAX
#define MSG_TIME_MAX ((msg_time_t)ULONG_MAX)
#endif

/* A protocol's public message struct (sip_t for SIP) may be substituted for msg_pub_t and
 * its header union for msg_header_t by defining these before inclusion. */
#ifndef MSG_PUB_T
#ifdef MSG_OBJ_T
#define MSG_PUB_T MSG_OBJ_T
#else
#define MSG_PUB_T struct msg_pub_s
#endif
#endif
typedef MSG_PUB_T msg_pub_t;

#ifndef MSG_HDR_T
#define MSG_HDR_T union msg_header_u
#endif
typedef MSG_HDR_T msg_header_t;

typedef struct msg_common_s         msg_common_t;
typedef struct msg_separator_s      msg_separator_t;
typedef struct msg_payload_s        msg_payload_t;
typedef struct msg_unknown_s        msg_unknown_t;
typedef struct msg_error_s          msg_error_t;
typedef msg_common_t msg_frg_t;

/** A parameter: "name=value" or "name"; lists of them end with NULL. */
typedef char const *msg_param_t;

typedef struct msg_numeric_s        msg_numeric_t;
typedef struct msg_generic_s        msg_generic_t;
typedef struct msg_list_s           msg_list_t;
typedef struct msg_auth_s           msg_auth_t;
typedef struct msg_auth_info_s      msg_auth_info_t;

#define MSG_HEADER_N 16377

/** What every header and message fragment starts with. */
struct msg_common_s {
  msg_header_t       *h_succ;   /* next fragment of the message, in wire order */
  msg_header_t      **h_prev;   /* the pointer that points at this fragment */
  msg_hclass_t       *h_class;  /* header class (for a public message: its msg_mclass_t) */
  void const         *h_data;   /* encoded text, when kept */
  usize_t             h_len;    /* length of h_data, line end included */
};

/** A message as a generic table of header pointers. */
struct msg_pub_s {
  msg_common_t        msg_common[1];
  msg_pub_t          *msg_next;
  void               *msg_user;
  unsigned            msg_size;
  unsigned            msg_flags;
  msg_error_t        *msg_error;
  msg_header_t       *msg_request;
  msg_header_t       *msg_status;
  msg_header_t       *msg_headers[MSG_HEADER_N];
};

#define msg_ident msg_common->h_class

/** A header with one unsigned number. */
struct msg_numeric_s {
  msg_common_t   x_common[1];
  msg_numeric_t *x_next;
  unsigned long  x_value;
};

/** A header kept as one string. */
struct msg_generic_s {
  msg_common_t   g_common[1];
  msg_generic_t *g_next;
  char const    *g_string;
};

/** A comma-separated list of tokens. */
struct msg_list_s {
  msg_common_t       k_common[1];
  msg_list_t        *k_next;
  msg_param_t       *k_items;
};

/** Credentials or a challenge: a scheme and its comma-separated parameters. */
struct msg_auth_s {
  msg_common_t       au_common[1];
  msg_auth_t        *au_next;
  char const        *au_scheme;
  msg_param_t const *au_params;
};

/** Authentication-Info and friends: parameters only. */
struct msg_auth_info_s {
  msg_common_t        ai_common[1];
  msg_error_t        *ai_next;
  msg_param_t const  *ai_params;
};

/** A header the parser does not know. */
struct msg_unknown_s {
  msg_common_t    un_common[1];
  msg_unknown_t  *un_next;
  char const     *un_name;
  char const     *un_value;
};

/** A header that could not be parsed. */
struct msg_error_s {
  msg_common_t    er_common[1];
  msg_error_t    *er_next;
  char const     *er_name;
};

/** The empty line between headers and body. */
struct msg_separator_s {
  msg_common_t    sep_common[1];
  msg_error_t    *sep_next;
  char            sep_data[4];
};

/** The body, or a piece of it. */
struct msg_payload_s {
  msg_common_t    pl_common[1];
  msg_payload_t  *pl_next;
  char           *pl_data;
  usize_t         pl_len;
};

/** Any header, seen through the parts all of them share. */
union msg_header_u {
  msg_common_t    sh_common[1];
  struct {
    msg_common_t  shn_common;
    msg_header_t *shn_next;
  }               sh_header_next[1];
#define sh_next   sh_header_next->shn_next
#define sh_class  sh_common->h_class
#define sh_succ   sh_common->h_succ
#define sh_prev   sh_common->h_prev
#define sh_data   sh_common->h_data
#define sh_len    sh_common->h_len
  msg_generic_t   sh_generic[1];
  msg_numeric_t   sh_numeric[1];
  msg_list_t      sh_list[1];
  msg_auth_t      sh_auth[1];
  msg_separator_t sh_separator[1];
  msg_payload_t   sh_payload[1];
  msg_unknown_t   sh_unknown[1];
  msg_error_t     sh_error[1];
};

/** How several headers of one kind combine (msg_hclass_t.hc_kind). */
typedef enum {
  msg_kind_single,      /* at most one */
  msg_kind_append,      /* each new one goes last */
  msg_kind_list,        /* token lists merge into the first one */
  msg_kind_apndlist,    /* complex lists: appended */
  msg_kind_prepend      /* each new one goes first */
#if SOFIA_SIP_ABI_VERSION >= 113
  , msg_kind_non_compact_append /* appended, never printed comma-joined */
#endif
} msg_header_kind_t;

struct su_home_s;

typedef issize_t msg_parse_f(struct su_home_s *, msg_header_t *, char *, isize_t);
typedef issize_t msg_print_f(char buf[], isize_t bufsiz, msg_header_t const *, int flags);
typedef char *msg_dup_f(msg_header_t *dst, msg_header_t const *src, char *buf, isize_t bufsiz);
typedef isize_t msg_xtra_f(msg_header_t const *h, isize_t offset);
typedef int msg_update_f(msg_common_t *, char const *name, isize_t namelen, char const *value);

/** A header class: one exported object per header kind (sip_via_class, ...). */
struct msg_hclass_s
{
  int               hc_hash;     /* hash of the name; negative for the special kinds */
  msg_parse_f      *hc_parse;
  msg_print_f      *hc_print;
  msg_xtra_f       *hc_dxtra;    /* extra bytes a copy needs */
  msg_dup_f        *hc_dup_one;
  msg_update_f     *hc_update;   /* refresh cached parameter values */
  char const       *hc_name;
  short             hc_len;      /* strlen(hc_name) */
  char              hc_short[2]; /* compact form */
  unsigned char     hc_size;     /* sizeof the header struct */
  unsigned char     hc_params;   /* offset of its msg_param_t list, or 0 */
  unsigned          hc_kind:3;   /* msg_header_kind_t */
  unsigned          hc_critical:1;
  unsigned          :0;
};

#define HC_LEN_MAX SHRT_MAX

SOFIA_END_DECLS

#endif /* MSG_TYPES_H */
