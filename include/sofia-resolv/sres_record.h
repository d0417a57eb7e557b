/* sofia-rs: DNS records as the sres resolver returns them (layouts of Sofia-SIP 1.12). */
#ifndef SOFIA_RESOLV_SRES_RECORD_H
#define SOFIA_RESOLV_SRES_RECORD_H

#include "sofia-resolv/sres_config.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Fields every record starts with. */
typedef struct sres_common
{
  int               r_refcount;  /* references held */
  char             *r_name;      /* owner name, absolute (ends with a dot) */
  uint16_t          r_status;    /* 0, or an enum sres_status error */
  uint16_t          r_size;      /* size of the record struct */
  uint16_t          r_type;      /* enum sres_qtypes */
  uint16_t          r_class;     /* enum sres_class */
  uint32_t          r_ttl;       /* time to live (seconds) */
  uint16_t          r_rdlen;     /* length of the record data on the wire */
  uint16_t          r_parsed;    /* nonzero when the data was decoded */
} sres_common_t;

enum sres_status {
  SRES_OK = 0,
  SRES_FORMAT_ERR = 1,
  SRES_SERVER_ERR = 2,
  SRES_NAME_ERR = 3,
  SRES_UNIMPL_ERR = 4,
  SRES_AUTH_ERR = 5,

  /* made by the resolver */
  SRES_TIMEOUT_ERR = 32,
  SRES_RECORD_ERR = 33,
  SRES_INTERNAL_ERR = 34,
  SRES_NETWORK_ERR = 35,

  _SRES_LAST_ERR
};

typedef struct sres_soa_record
{
  sres_common_t  soa_record[1];
  char          *soa_mname;
  char          *soa_rname;
  uint32_t       soa_serial;
  uint32_t       soa_refresh;
  uint32_t       soa_retry;
  uint32_t       soa_expire;
  uint32_t       soa_minimum;
} sres_soa_record_t;

/* A record of a type the resolver does not decode: raw data follows the common part. */
typedef struct sres_generic
{
  sres_common_t  g_record[1];
  uint8_t        g_data[128];
} sres_generic_t;

typedef struct sres_a_record
{
  sres_common_t  a_record[1];
  struct in_addr a_addr;
} sres_a_record_t;

typedef struct
{
  uint8_t u6_addr[16];
} sres_in6_t;

typedef struct sres_a6_record
{
  sres_common_t  a6_record[1];
  uint8_t        a6_prelen;
  uint8_t        a6_pad[3];
  sres_in6_t     a6_suffix;
  char          *a6_prename;
} sres_a6_record_t;

typedef struct sres_aaaa_record
{
  sres_common_t aaaa_record[1];
  sres_in6_t    aaaa_addr;
} sres_aaaa_record_t;

typedef struct sres_cname_record
{
  sres_common_t  cn_record[1];
  char          *cn_cname;
} sres_cname_record_t;

typedef struct sres_ptr_record
{
  sres_common_t  ptr_record[1];
  char          *ptr_domain;
} sres_ptr_record_t;

typedef struct sres_srv_record
{
  sres_common_t  srv_record[1];
  uint16_t       srv_priority;
  uint16_t       srv_weight;
  uint16_t       srv_port;
  uint16_t       srv_pad;
  char          *srv_target;
} sres_srv_record_t;

typedef struct sres_naptr_record
{
  sres_common_t  na_record[1];
  uint16_t       na_order;
  uint16_t       na_prefer;
  char          *na_flags;
  char          *na_services;
  char          *na_regexp;
  char          *na_replace;
} sres_naptr_record_t;

#ifndef SRES_RECORD_T
#define SRES_RECORD_T
typedef union sres_record sres_record_t;
#endif

union sres_record
{
  sres_common_t       sr_record[1];
  sres_generic_t      sr_generic[1];
  sres_soa_record_t   sr_soa[1];
  sres_a_record_t     sr_a[1];
  sres_cname_record_t sr_cname[1];
  sres_ptr_record_t   sr_ptr[1];
  sres_a6_record_t    sr_a6[1];
  sres_aaaa_record_t  sr_aaaa[1];
  sres_srv_record_t   sr_srv[1];
  sres_naptr_record_t sr_naptr[1];
};

enum sres_class {
  sres_class_in = 1,
  sres_class_any = 255
};

enum sres_qtypes {
  sres_type_a = 1,
  sres_type_ns = 2,
  sres_type_mf = 4,
  sres_type_cname = 5,
  sres_type_soa = 6,
  sres_type_mb = 7,
  sres_type_mg = 8,
  sres_type_mr = 9,
  sres_type_null = 10,
  sres_type_wks = 11,
  sres_type_ptr = 12,
  sres_type_hinfo = 13,
  sres_type_minfo = 14,
  sres_type_mx = 15,
  sres_type_txt = 16,
  sres_type_rp = 17,
  sres_type_afsdb = 18,
  sres_type_x25 = 19,
  sres_type_isdn = 20,
  sres_type_rt = 21,
  sres_type_nsap = 22,
  sres_type_nsap_ptr = 23,
  sres_type_sig = 24,
  sres_type_key = 25,
  sres_type_px = 26,
  sres_type_gpos = 27,
  sres_type_aaaa = 28,
  sres_type_loc = 29,
  sres_type_nxt = 30,
  sres_type_eid = 31,
  sres_type_nimloc = 32,
  sres_type_srv = 33,
  sres_type_atma = 34,
  sres_type_naptr = 35,
  sres_type_kx = 36,
  sres_type_cert = 37,
  sres_type_a6 = 38,
  sres_type_dname = 39,
  sres_type_sink = 40,
  sres_type_opt = 41,

  sres_qtype_tsig = 250,
  sres_qtype_ixfr = 251,
  sres_qtype_axfr = 252,
  sres_qtype_mailb = 253,
  sres_qtype_maila = 254,
  sres_qtype_any = 255
};

/* Name of a record type ("A", "SRV", ...); unknown ones are written into buffer as "N?". */
SRESPUBFUN char const *sres_record_type(int type, char buffer[8]);

/* Name of a status ("OK", "NAME_ERR", ...); unknown ones are written into buffer. */
SRESPUBFUN char const *sres_record_status(int status, char buffer[8]);

/* Order of records: status, class, type, then the type's data. */
SRESPUBFUN int sres_record_compare(sres_record_t const *,
				   sres_record_t const *);

#ifdef __cplusplus
}
#endif

#endif /* SOFIA_RESOLV_SRES_RECORD_H */
