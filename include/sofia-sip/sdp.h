/* sofia-rs: SDP session descriptions (RFC 4566): the C structures, the parser
 * (sdp_parse), the printer (sdp_print), copies (sdp_*_dup), comparisons (sdp_*_cmp)
 * and helpers over attributes, media lines and rtpmaps.
 *
 * Every structure starts with an int holding its own size; list elements have their
 * next pointer right after it. Text members are NUL-terminated, NULL when absent.
 * Values only the FreeSWITCH fork (1.13, our default flavour) knows are compiled in
 * when SOFIA_SIP_ABI_VERSION >= 113. */
#ifndef SDP_H
#define SDP_H

#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif
#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif
#include <sofia-sip/su_config.h>

SOFIA_BEGIN_DECLS

typedef struct sdp_session_s     sdp_session_t;     /* whole description */
typedef unsigned long            sdp_version_t;     /* v= */
typedef struct sdp_origin_s      sdp_origin_t;      /* o= */
typedef struct sdp_connection_s  sdp_connection_t;  /* c= */
typedef struct sdp_bandwidth_s   sdp_bandwidth_t;   /* b= */
typedef struct sdp_time_s        sdp_time_t;        /* t= */
typedef struct sdp_repeat_s      sdp_repeat_t;      /* r= */
typedef struct sdp_zone_s        sdp_zone_t;        /* z= */
typedef struct sdp_key_s         sdp_key_t;         /* k= */
typedef struct sdp_attribute_s   sdp_attribute_t;   /* a= */
typedef struct sdp_media_s       sdp_media_t;       /* m= */
typedef struct sdp_list_s        sdp_list_t;        /* e=, p=, media formats */
typedef struct sdp_rtpmap_s      sdp_rtpmap_t;      /* a=rtpmap (and a=fmtp) */

typedef char const               sdp_text_t;

#define SDP_MIME_TYPE "application/sdp"

enum { SDP_CURRENT_VERSION = 0 };

struct sdp_session_s {
  int                sdp_size;
  sdp_session_t     *sdp_next;
  sdp_version_t      sdp_version[1];
  sdp_origin_t      *sdp_origin;
  sdp_text_t        *sdp_subject;       /* s= */
  sdp_text_t        *sdp_information;   /* i= */
  sdp_text_t        *sdp_uri;           /* u= */
  sdp_list_t        *sdp_emails;        /* e= lines */
  sdp_list_t        *sdp_phones;        /* p= lines */
  sdp_connection_t  *sdp_connection;    /* session-level c= */
  sdp_bandwidth_t   *sdp_bandwidths;
  sdp_time_t        *sdp_time;
  sdp_key_t         *sdp_key;
  sdp_attribute_t   *sdp_attributes;
  sdp_text_t        *sdp_charset;       /* a=charset: value */
  sdp_media_t       *sdp_media;
};

struct sdp_origin_s {
  int               o_size;
  sdp_text_t       *o_username;
  uint64_t          o_id;
  uint64_t          o_version;
  sdp_connection_t *o_address;
};

typedef enum {
  sdp_net_x = 0,     /* other network type */
  sdp_net_in = 1     /* IN */
} sdp_nettype_e;

typedef enum {
  sdp_addr_x = 0,    /* other address type */
  sdp_addr_ip4 = 1,
  sdp_addr_ip6 = 2,
} sdp_addrtype_e;

struct sdp_connection_s {
  int               c_size;
  sdp_connection_t *c_next;
  sdp_nettype_e     c_nettype;
  sdp_addrtype_e    c_addrtype;
  sdp_text_t       *c_address;
  unsigned          c_ttl : 8;       /* multicast time to live */
  unsigned          c_mcast : 1;     /* a /ttl was given */
  unsigned          : 0;
  unsigned          c_groups;        /* number of addresses (1 unless /ttl/n) */
};

typedef enum {
  sdp_bw_x,          /* other: see b_modifier_name */
  sdp_bw_ct,         /* CT: conference total */
  sdp_bw_as,         /* AS: application specific */
#if SOFIA_SIP_ABI_VERSION >= 113
  sdp_bw_tias,       /* TIAS (RFC 3890) */
  sdp_bw_rs,         /* RS: RTCP senders (RFC 3556) */
  sdp_bw_rr,         /* RR: RTCP receivers (RFC 3556) */
#endif
} sdp_bandwidth_e;

struct sdp_bandwidth_s {
  int              b_size;
  sdp_bandwidth_t *b_next;
  sdp_bandwidth_e  b_modifier;
  sdp_text_t      *b_modifier_name;
  unsigned long    b_value;          /* kilobits per second */
};

struct sdp_time_s {
  int            t_size;
  sdp_time_t    *t_next;
  unsigned long  t_start;            /* NTP seconds (since 1900) */
  unsigned long  t_stop;
  sdp_repeat_t  *t_repeat;
  sdp_zone_t    *t_zone;
};

struct sdp_repeat_s {
  int           r_size;              /* includes all of r_offsets[] */
  int           r_number_of_offsets;
  unsigned long r_interval;
  unsigned long r_duration;
  unsigned long r_offsets[1];        /* r_number_of_offsets entries */
};

struct sdp_zone_s {
  int z_size;                        /* includes all of z_adjustments[] */
  int z_number_of_adjustments;
  struct {
    unsigned long z_at;
    long          z_offset;
  } z_adjustments[1];                /* z_number_of_adjustments entries */
};

typedef enum {
  sdp_key_x,         /* other: see k_method_name */
  sdp_key_clear,
  sdp_key_base64,
  sdp_key_uri,
  sdp_key_prompt
} sdp_key_method_e;

struct sdp_key_s {
  int              k_size;
  sdp_key_method_e k_method;
  sdp_text_t      *k_method_name;
  sdp_text_t      *k_material;
};

struct sdp_attribute_s {
  int              a_size;
  sdp_attribute_t *a_next;
  sdp_text_t      *a_name;
  sdp_text_t      *a_value;          /* NULL for a flag attribute */
};

typedef enum {
  sdp_media_x = 0,   /* other: see m_type_name */
  sdp_media_any,     /* "*" */
  sdp_media_audio,
  sdp_media_video,
  sdp_media_application,
  sdp_media_data,
  sdp_media_control,
  sdp_media_message,
  sdp_media_image,
  sdp_media_red,
#if SOFIA_SIP_ABI_VERSION >= 113
  sdp_media_text,    /* real-time text */
#endif
} sdp_media_e;

typedef enum {
  sdp_proto_x = 0,   /* other: see m_proto_name */
  sdp_proto_tcp = 6,
  sdp_proto_udp = 17,
  sdp_proto_rtp = 256,     /* RTP/AVP */
  sdp_proto_srtp = 257,    /* RTP/SAVP */
  sdp_proto_udptl = 258,
#if SOFIA_SIP_ABI_VERSION >= 113
  sdp_proto_msrp = 259,    /* TCP/MSRP */
  sdp_proto_msrps = 260,   /* TCP/TLS/MSRP */
  sdp_proto_extended_srtp = 261,  /* RTP/SAVPF, UDP/TLS/RTP/SAVPF */
  sdp_proto_extended_rtp = 262,   /* RTP/AVPF, UDP/RTP/AVPF */
#endif
  sdp_proto_tls = 511,
  sdp_proto_any = 512      /* "*" */
} sdp_proto_e;

typedef enum {
  sdp_inactive = 0,
  sdp_sendonly = 1,
  sdp_recvonly = 2,
  sdp_sendrecv = sdp_sendonly | sdp_recvonly
} sdp_mode_t;

struct sdp_media_s {
  int               m_size;
  sdp_media_t      *m_next;
  sdp_session_t    *m_session;        /* the description this line belongs to */
  sdp_media_e       m_type;
  sdp_text_t       *m_type_name;
  unsigned long     m_port;
  unsigned long     m_number_of_ports;
  sdp_proto_e       m_proto;
  sdp_text_t       *m_proto_name;
  sdp_list_t       *m_format;         /* formats of non-RTP media */
  sdp_rtpmap_t     *m_rtpmaps;        /* payload types of RTP media */
  sdp_text_t       *m_information;
  sdp_connection_t *m_connections;
  sdp_bandwidth_t  *m_bandwidths;
  sdp_key_t        *m_key;
  sdp_attribute_t  *m_attributes;     /* without rtpmap, fmtp and direction */
  void             *m_user;           /* for the application */
  unsigned          m_rejected : 1;   /* port 0 */
  unsigned          m_mode : 2;       /* sdp_mode_t */
  unsigned          : 0;
};

struct sdp_list_s {
  int              l_size;
  sdp_list_t      *l_next;
  sdp_text_t      *l_text;
};

struct sdp_rtpmap_s {
  int            rm_size;
  sdp_rtpmap_t  *rm_next;
  sdp_text_t    *rm_encoding;
  unsigned long  rm_rate;
  sdp_text_t    *rm_params;        /* e.g. channels */
  sdp_text_t    *rm_fmtp;          /* a=fmtp parameters */
  unsigned       rm_predef : 1;    /* from the static payload table, no a=rtpmap */
  unsigned       rm_pt : 7;        /* payload type */
  unsigned       rm_any : 1;       /* "*" */
  unsigned       : 0;
};

/* The static payload types 0..34, indexed by number (NULL where unassigned). */
SOFIAPUBVAR sdp_rtpmap_t const * const sdp_rtpmap_well_known[128];

/* Copies: one allocation from the home each; NULL in, NULL out. */
SOFIAPUBFUN sdp_session_t *sdp_session_dup(su_home_t *, sdp_session_t const *);
SOFIAPUBFUN sdp_session_t *sdp_session_dup_without_media(su_home_t *, sdp_session_t const *);
SOFIAPUBFUN sdp_origin_t *sdp_origin_dup(su_home_t *, sdp_origin_t const *);
SOFIAPUBFUN sdp_connection_t *sdp_connection_dup(su_home_t *, sdp_connection_t const *);
SOFIAPUBFUN sdp_bandwidth_t *sdp_bandwidth_dup(su_home_t *, sdp_bandwidth_t const *);
SOFIAPUBFUN sdp_time_t *sdp_time_dup(su_home_t *, sdp_time_t const *);
SOFIAPUBFUN sdp_repeat_t *sdp_repeat_dup(su_home_t *, sdp_repeat_t const *);
SOFIAPUBFUN sdp_zone_t *sdp_zone_dup(su_home_t *, sdp_zone_t const *);
SOFIAPUBFUN sdp_key_t *sdp_key_dup(su_home_t *, sdp_key_t const *);
SOFIAPUBFUN sdp_attribute_t *sdp_attribute_dup(su_home_t *, sdp_attribute_t const *);
SOFIAPUBFUN sdp_media_t *sdp_media_dup(su_home_t *, sdp_media_t const *, sdp_session_t *);
SOFIAPUBFUN sdp_media_t *sdp_media_dup_all(su_home_t *, sdp_media_t const *, sdp_session_t *);
SOFIAPUBFUN sdp_list_t *sdp_list_dup(su_home_t *, sdp_list_t const *);
SOFIAPUBFUN sdp_rtpmap_t *sdp_rtpmap_dup(su_home_t *, sdp_rtpmap_t const *);

/* Comparisons: 0 when equal, otherwise negative or positive like strcmp(). */
SOFIAPUBFUN int sdp_session_cmp(sdp_session_t const *, sdp_session_t const *);
SOFIAPUBFUN int sdp_origin_cmp(sdp_origin_t const *, sdp_origin_t const *);
SOFIAPUBFUN int sdp_connection_cmp(sdp_connection_t const *, sdp_connection_t const *);
SOFIAPUBFUN int sdp_bandwidth_cmp(sdp_bandwidth_t const *, sdp_bandwidth_t const *);
SOFIAPUBFUN int sdp_time_cmp(sdp_time_t const *, sdp_time_t const *);
SOFIAPUBFUN int sdp_repeat_cmp(sdp_repeat_t const *, sdp_repeat_t const *);
SOFIAPUBFUN int sdp_zone_cmp(sdp_zone_t const *, sdp_zone_t const *);
SOFIAPUBFUN int sdp_key_cmp(sdp_key_t const *, sdp_key_t const *);
SOFIAPUBFUN int sdp_attribute_cmp(sdp_attribute_t const *, sdp_attribute_t const *);
SOFIAPUBFUN int sdp_media_cmp(sdp_media_t const *, sdp_media_t const *);
SOFIAPUBFUN int sdp_rtpmap_cmp(sdp_rtpmap_t const *, sdp_rtpmap_t const *);
SOFIAPUBFUN int sdp_list_cmp(sdp_list_t const *, sdp_list_t const *);

/* Media lines. */
SOFIAPUBFUN sdp_connection_t *sdp_media_connections(sdp_media_t const *m);
SOFIAPUBFUN int sdp_media_has_rtp(sdp_media_t const *m);
SOFIAPUBFUN void sdp_media_type(sdp_media_t *m, char const *s);
SOFIAPUBFUN void sdp_media_transport(sdp_media_t *m, char const *s);
SOFIAPUBFUN unsigned sdp_media_match(sdp_media_t const *m,
                                     sdp_media_e type, sdp_text_t *type_name,
                                     sdp_proto_e proto, sdp_text_t *proto_name);
SOFIAPUBFUN unsigned sdp_media_match_with(sdp_media_t const *a, sdp_media_t const *b);
SOFIAPUBFUN unsigned sdp_media_count(sdp_session_t const *sdp,
                                     sdp_media_e type, sdp_text_t *type_name,
                                     sdp_proto_e proto, sdp_text_t *proto_name);
SOFIAPUBFUN unsigned sdp_media_count_with(sdp_session_t const *sdp, sdp_media_t const *m0);
#if SOFIA_SIP_ABI_VERSION >= 113
SOFIAPUBFUN sdp_media_t **sdp_media_exists(sdp_session_t *sdp, sdp_media_t const *m0);
#endif
SOFIAPUBFUN int sdp_media_uses_rtp(sdp_media_t const *m);
SOFIAPUBFUN int sdp_connection_is_inaddr_any(sdp_connection_t const *c);

/* Attribute lists. */
SOFIAPUBFUN sdp_attribute_t *sdp_attribute_find(sdp_attribute_t const *a, char const *name);
SOFIAPUBFUN sdp_attribute_t *sdp_attribute_find2(sdp_attribute_t const *a,
                                                 sdp_attribute_t const *a2,
                                                 char const *name);
SOFIAPUBFUN sdp_mode_t sdp_attribute_mode(sdp_attribute_t const *a, sdp_mode_t defmode);
SOFIAPUBFUN sdp_attribute_t *sdp_attribute_by_mode(su_home_t *, sdp_mode_t mode);
SOFIAPUBFUN sdp_attribute_t *sdp_attribute_mapped_find(sdp_attribute_t const *a,
                                                       char const *name,
                                                       int pt, char **return_result);
SOFIAPUBFUN void sdp_attribute_append(sdp_attribute_t **list, sdp_attribute_t const *a);
SOFIAPUBFUN int sdp_attribute_replace(sdp_attribute_t **list, sdp_attribute_t *a,
                                      sdp_attribute_t **return_replaced);
SOFIAPUBFUN sdp_attribute_t *sdp_attribute_remove(sdp_attribute_t **list, char const *name);

/* Rtpmaps. */
SOFIAPUBFUN int sdp_rtpmap_match(sdp_rtpmap_t const *, sdp_rtpmap_t const *);
SOFIAPUBFUN sdp_rtpmap_t *sdp_rtpmap_find_matching(sdp_rtpmap_t const *list,
                                                   sdp_rtpmap_t const *rm);

/* Flags of sdp_parse() and sdp_print(). */
enum sdp_parse_flags_e {
  sdp_f_strict = 1,          /* refuse what RFC 4566 does not allow */
  sdp_f_anynet = 2,          /* accept any network type in c= and o= */
  sdp_f_realloc = 4,         /* printer: replace a full caller buffer with a bigger one */
  sdp_f_all_rtpmaps = 8,     /* printer: a=rtpmap for static payload types too */
  sdp_f_print_prefix = 16,   /* printer: append to the text already in the buffer */
  sdp_f_mode_0000 = 32,      /* c= 0.0.0.0 means the media is not received */
  sdp_f_insane = 64,         /* skip the check for mandatory lines */
  sdp_f_c_missing = 128,     /* c= may be missing */
  sdp_f_config = 256,        /* configuration file: v= optional, m=* allowed */
  sdp_f_mode_manual = 512,   /* keep direction attributes as attributes */
  sdp_f_mode_always = 1024   /* printer: a direction attribute on every m= */
};

/* Parser handle: owns the parsed session. */
typedef struct sdp_parser_s sdp_parser_t;
typedef sdp_parser_t *sdp_parser;

SOFIAPUBFUN sdp_parser_t *sdp_parse(su_home_t *, char const msg[], issize_t msgsize, int flags);
SOFIAPUBFUN char const *sdp_parsing_error(sdp_parser_t *p);
SOFIAPUBFUN sdp_session_t *sdp_session(sdp_parser_t *p);
SOFIAPUBFUN void sdp_parser_free(sdp_parser_t *p);
SOFIAPUBFUN int sdp_sanity_check(sdp_parser_t *);
SOFIAPUBFUN su_home_t *sdp_parser_home(sdp_parser_t *);

/* Printer handle: owns (or fills the caller's) message buffer. */
typedef struct sdp_printer_s sdp_printer_t;
typedef sdp_printer_t *sdp_printer;

SOFIAPUBFUN sdp_printer_t *sdp_print(su_home_t *, sdp_session_t const *,
                                     char msgbuf[], isize_t maxmsgsize, int flags);
SOFIAPUBFUN char const *sdp_printing_error(sdp_printer_t *p);
SOFIAPUBFUN char const *sdp_message(sdp_printer_t *p);
SOFIAPUBFUN isize_t sdp_message_size(sdp_printer_t *p);
SOFIAPUBFUN void sdp_printer_free(sdp_printer_t *p);

#define sdp_mapped_attribute_find sdp_attribute_mapped_find
#define sdp_free_parser  sdp_parser_free
#define sdp_free_printer sdp_printer_free

SOFIA_END_DECLS

#endif /* SDP_H */
