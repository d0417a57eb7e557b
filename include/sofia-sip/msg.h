/* sofia-rs: message objects (Sofia-SIP's msg.h).
 *
 * A msg_t begins with its memory home (msg_home()); its reference count is the home's.
 * The parsed headers live in a public struct (sip_t for SIP: sip_object(msg)). */
#ifndef MSG_H
#define MSG_H

#ifndef MSG_TYPES_H
#include <sofia-sip/msg_types.h>
#endif
#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif

#include <sys/types.h>

SOFIA_BEGIN_DECLS

SOFIAPUBFUN msg_t *msg_create(msg_mclass_t const *mc, int flags);
SOFIAPUBFUN msg_t *msg_ref(msg_t *);
SOFIAPUBFUN void msg_unref(msg_t *);
SOFIAPUBFUN void msg_destroy(msg_t *);

/** Parse a complete message from @a data of @a len bytes. */
SOFIAPUBFUN msg_t *msg_make(msg_mclass_t const *mc, int flags, void const *data, ssize_t len);
/** The message as text in canonical form, allocated from @a home. */
SOFIAPUBFUN char *msg_as_string(su_home_t *home, msg_t *msg, msg_pub_t *pub, int flags,
                                size_t *return_len);

SOFIAPUBFUN void msg_set_parent(msg_t *kid, msg_t *dad);
/** A new message with copies of the headers of the original (msg_copy(): its fragment
 * chain in order, and a reference to it). */
SOFIAPUBFUN msg_t *msg_copy(msg_t *);
SOFIAPUBFUN msg_t *msg_dup(msg_t const *);
SOFIAPUBFUN msg_t *msg_ref_create(msg_t *);
SOFIAPUBFUN void msg_ref_destroy(msg_t *);

SOFIAPUBFUN msg_pub_t *msg_public(msg_t const *msg, void *tag);
SOFIAPUBFUN msg_pub_t *msg_object(msg_t const *msg);
SOFIAPUBFUN msg_mclass_t const *msg_mclass(msg_t const *msg);

SOFIAPUBFUN int msg_serialize(msg_t *msg, msg_pub_t *mo);

/** Bytes the message was parsed from, or of its last encoding. */
SOFIAPUBFUN usize_t msg_size(msg_t const *msg);
/** Sets the largest size (0: only reads it); returns the previous one. */
SOFIAPUBFUN usize_t msg_maxsize(msg_t *msg, usize_t maxsize);

/** Streaming state of a #msg_t object. */
enum msg_streaming_status {
  msg_stop_streaming = 0,
  msg_start_streaming = 1
};

SOFIAPUBFUN int msg_is_streaming(msg_t const *msg);
SOFIAPUBFUN void msg_set_streaming(msg_t *msg, enum msg_streaming_status what);
SOFIAPUBFUN int msg_is_complete(msg_t const *msg);
/** Marks the message complete (and sets the flags of @a mask); returns its flags. */
SOFIAPUBFUN unsigned msg_mark_as_complete(msg_t *msg, unsigned mask);
SOFIAPUBFUN int msg_has_error(msg_t const *msg);
SOFIAPUBFUN msg_header_t **msg_chain_head(msg_t const *msg);

#define msg_home(h) ((su_home_t*)(h))

SOFIAPUBFUN unsigned msg_get_flags(msg_t const *msg, unsigned mask);
SOFIAPUBFUN unsigned msg_set_flags(msg_t *msg, unsigned mask);
SOFIAPUBFUN unsigned msg_zap_flags(msg_t *msg, unsigned mask);

/** Flags an application gives (printing and parsing options). */
enum msg_flg_user {
  MSG_FLG_COMPACT = (1<<0),       /* compact header names, minimal white space */
  MSG_FLG_CANONIC = (1<<1),       /* canonic representation */
  MSG_FLG_EXTRACT_COPY = (1<<2),  /* keep a copy of the header text */
  MSG_FLG_COMMA_LISTS = (1<<3),   /* print lists comma-separated on one line */
  MSG_FLG_MAILBOX = (1<<4),
  MSG_FLG_CHUNKING = (1<<5),
  MSG_FLG_STREAMING = (1<<6),
  MSG_FLG_THRDSAFE = (1<<15),
  MSG_FLG_USERMASK = (1<<16) - 1
};

/** Flags the parser sets. */
enum msg_flg_parser {
  MSG_FLG_HEADERS = (1<<16),
  MSG_FLG_BODY = (1<<17),
  MSG_FLG_CHUNKS = (1<<18),
  MSG_FLG_TRAILERS = (1<<19),
  MSG_FLG_FRAGS = (1<<20),
  MSG_FLG_COMPLETE = (1<<24),
  MSG_FLG_ERROR = (1<<25),
  MSG_FLG_TOOLARGE = (1<<26),
  MSG_FLG_TRUNC = (1<<27),
  MSG_FLG_TIMEOUT = (1<<28),
  MSG_FLG_PARSERMASK = ((-1) ^ ((1<<16) - 1))
};

#define MSG_DO_COMPACT MSG_FLG_COMPACT
#define MSG_DO_CANONIC MSG_FLG_CANONIC
#define MSG_DO_EXTRACT_COPY MSG_FLG_EXTRACT_COPY

#define MSG_IS_COMPACT(f) ((f) & MSG_FLG_COMPACT)
#define MSG_IS_CANONIC(f) ((f) & MSG_FLG_CANONIC)
#define MSG_IS_EXTRACT_COPY(f) ((f) & MSG_FLG_EXTRACT_COPY)
#define MSG_IS_COMMA_LISTS(f) ((f) & MSG_FLG_COMMA_LISTS)
#define MSG_IS_MAILBOX(f) ((f) & MSG_FLG_MAILBOX)

#define MSG_HAS_COMPLETE(f) ((f) & MSG_FLG_COMPLETE)
#define MSG_HAS_ERROR(f) ((f) & MSG_FLG_ERROR)

SOFIA_END_DECLS

#endif /* MSG_H */
