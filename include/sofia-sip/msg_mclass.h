/* sofia-rs: message classes (Sofia-SIP's msg_mclass.h). A message class maps header names
 * to header classes and to the offsets of their pointers in the public message struct. */
#ifndef MSG_MCLASS_H
#define MSG_MCLASS_H

#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif

SOFIA_BEGIN_DECLS

/** A header class and where its pointer is in the public struct. */
struct msg_href_s {
  msg_hclass_t  *hr_class;
  unsigned short hr_offset;
  unsigned short hr_flags;
};

enum {
  MC_HASH_SIZE = 127,   /* default size of the name table */
  MC_SHORT_SIZE = 26    /* compact forms a..z */
};

struct msg_mclass_s {
  struct msg_hclass_s mc_hclass[1];  /* the message as a "header" */
  char const   *mc_name;             /* protocol, e.g. "SIP/2.0" */
  void         *mc_tag;              /* key for msg_public() */
  unsigned      mc_flags;
  unsigned      mc_msize;            /* bytes of the public message struct */
  issize_t    (*mc_extract_body)(msg_t *msg, msg_pub_t *pub, char b[], isize_t bsiz, int eos);
  msg_href_t    mc_request[1];
  msg_href_t    mc_status[1];
  msg_href_t    mc_separator[1];
  msg_href_t    mc_payload[1];
  msg_href_t    mc_unknown[1];
  msg_href_t    mc_error[1];
  msg_href_t    mc_multipart[1];
  msg_href_t const *mc_short;        /* compact forms, indexed by letter */
  short         mc_hash_size;
  short         mc_hash_used;
  msg_href_t    mc_hash[MC_HASH_SIZE];
};

/** The reference for the header named at the start of @a s (unknown / error references
 * when it has none); the start of its value (after the colon, 0 if none) in the last. */
SOFIAPUBFUN msg_href_t const *msg_find_hclass(msg_mclass_t const *, char const *, isize_t *);

SOFIA_END_DECLS

#endif /* MSG_MCLASS_H */
