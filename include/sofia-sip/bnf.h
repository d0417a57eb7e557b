/* sofia-rs: character classes of the SIP/HTTP grammars (Sofia-SIP's <sofia-sip/bnf.h>).
 *
 * The grammar strings and the simple classifiers below need nothing from the library.
 * Sofia's 256-entry class table (_bnf_table) and the span_ and scan_ address/host
 * functions are not exported by sofia-rs and are not declared here. */
#ifndef BNF_H
/** Defined when <sofia-sip/bnf.h> has been included. */
#define BNF_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif
#include <string.h>

SOFIA_BEGIN_DECLS

/* Control characters: 1..31 and DEL (a C string, so NUL ends it). */
#define CTL "\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017" \
            "\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037" "\177" "\0"
#define SP      " "
#define HT      "\t"
#define CR      "\r"
#define LF      "\n"
#define CRLF    CR LF
#define WS      SP HT
#define LWS     SP HT CR LF
#define LOALPHA "abcdefghijklmnopqrstuvwxyz"
#define UPALPHA "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define ALPHA   LOALPHA UPALPHA
#define DIGIT   "0123456789"
#define SAFE    "$-_."
#define ALPHANUM DIGIT ALPHA
#define HEX     DIGIT "ABCDEF" "abcdef"

/* SIP tokens, separators and the characters of a Call-ID word. */
#define SIP_TOKEN      ALPHANUM "-.!%*_+`'~"
#define SIP_SEPARATOR  "()<>@,;:\\\"/[]?={}" SP HT
#define SIP_WORD       "()<>:\\\"/[]?{}"

/* URL character sets (RFC 2396). */
#define URL_RESERVED   ";/?:=+$,"
#define URL_MARK       "-_.!~*'()"
#define URL_UNRESERVED ALPHANUM URL_MARK
#define URL_ESCAPED    "%"
#define URL_DELIMS     "<>#%\""
#define URL_UNWISE     "{}|\\^[]`"
#define URL_SCHEME     ALPHANUM "+-."

/* Classifiers of one character (an int holding an unsigned char, or EOF). */
#define IS_CRLF(c)     ((c) == '\r' || (c) == '\n')
#define IS_WS(c)       ((c) == ' ' || (c) == '\t')
#define IS_LWS(c)      (IS_WS(c) || IS_CRLF(c))
#define IS_NON_WS(c)   ((c) && !IS_WS(c))
#define IS_NON_LWS(c)  ((c) && !IS_LWS(c))
#define IS_DIGIT(c)    ((c) >= '0' && (c) <= '9')
#define IS_ALPHA(c)    (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define IS_ALPHANUM(c) (IS_DIGIT(c) || IS_ALPHA(c))
#define IS_HEX(c)      (IS_DIGIT(c) || ((c) >= 'a' && (c) <= 'f') || ((c) >= 'A' && (c) <= 'F'))

/* Lengths of the longest prefix of s in (or not in) a class. */
#define span_non_crlf(s) strcspn((s), CR LF)
#define span_non_ws(s)   strcspn((s), WS)
#define span_ws(s)       strspn((s), WS)
#define span_non_lws(s)  strcspn((s), LWS)

su_inline isize_t span_digit(char const *s) { return (isize_t)strspn(s, DIGIT); }
su_inline isize_t span_hexdigit(char const *s) { return (isize_t)strspn(s, HEX); }
su_inline isize_t span_alpha(char const *s) { return (isize_t)strspn(s, ALPHA); }
su_inline isize_t span_alphanum(char const *s) { return (isize_t)strspn(s, ALPHANUM); }

SOFIA_END_DECLS

#endif /* BNF_H */
