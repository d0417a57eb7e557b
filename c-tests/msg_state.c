/* msg: the state kept with a message: msg_size() of a parsed and of a new message,
 * msg_maxsize(), msg_errno()/msg_set_errno(), msg_is_streaming()/msg_set_streaming() (and
 * msg_mark_as_complete() ending it), msg_next()/msg_set_next() (a stream's next messages,
 * linked, not referenced). */
#include <stdio.h>
#include <string.h>
#include <errno.h>

#include <sofia-sip/su.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/msg_addr.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>

static char const req[] =
  "OPTIONS sip:bob@example.org SIP/2.0\r\n"
  "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKstate\r\n"
  "From: <sip:alice@example.org>;tag=a\r\n"
  "To: <sip:bob@example.org>\r\n"
  "Call-ID: state@example.org\r\n"
  "CSeq: 1 OPTIONS\r\n"
  "Content-Length: 0\r\n"
  "\r\n";

int main(void)
{
  msg_t *parsed, *m, *a, *b, *c, *n;
  int r;

  parsed = msg_make(sip_default_mclass(), 0, req, sizeof req - 1);
  printf("parsed: %d of %d bytes\n", (int)msg_size(parsed), (int)(sizeof req - 1));
  m = msg_create(sip_default_mclass(), 0);
  printf("new: size %d, errno %d, streaming %d\n", (int)msg_size(m), msg_errno(m), msg_is_streaming(m));
  printf("NULL: size %d, errno EINVAL %d, streaming %d, next %p, maxsize %d\n", (int)msg_size(NULL),
         msg_errno(NULL) == EINVAL, msg_is_streaming(NULL), (void *)msg_next(NULL), (int)msg_maxsize(NULL, 5));

  printf("maxsize: %d", (int)msg_maxsize(m, 0));
  printf(" %d", (int)msg_maxsize(m, 1000));
  printf(" %d", (int)msg_maxsize(m, 0));
  printf(" %d", (int)msg_maxsize(m, 2000));
  printf(" %d\n", (int)msg_maxsize(m, 0));

  msg_set_errno(m, ENOBUFS);
  printf("errno ENOBUFS %d\n", msg_errno(m) == ENOBUFS);
  msg_set_errno(NULL, 1);

  msg_set_streaming(m, msg_start_streaming);
  printf("streaming %d", msg_is_streaming(m));
  msg_mark_as_complete(m, 0);
  printf(", after msg_mark_as_complete %d\n", msg_is_streaming(m));

  a = msg_create(sip_default_mclass(), 0);
  b = msg_create(sip_default_mclass(), 0);
  c = msg_create(sip_default_mclass(), 0);
  printf("next of a new message: %s\n", msg_next(a) ? "yes" : "none");
  r = msg_set_next(a, b);
  printf("set_next(a, b) %d\n", r);
  r = msg_set_next(a, c);
  printf("set_next(a, c) %d (b now after c)\n", r);
  r = msg_set_next(b, c);
  printf("set_next(b, c) with c linked %d\n", r);
  r = msg_set_next(NULL, b);
  printf("set_next(NULL, b) %d\n", r);
  n = msg_next(a);
  printf("next(a): %s\n", n == c ? "c" : n == b ? "b" : n ? "other" : "none");
  n = msg_next(a);
  printf("next(a) again: %s\n", n ? "yes" : "none");
  n = msg_next(c);
  printf("next(c): %s\n", n == b ? "b" : n ? "other" : "none");
  n = msg_next(c);
  printf("next(c) again: %s\n", n ? "yes" : "none");
  r = msg_set_next(a, b);
  printf("set_next(a, b) %d", r);
  r = msg_set_next(a, NULL);
  n = msg_next(a);
  printf(", set_next(a, NULL) %d, next(a) %s\n", r, n ? "yes" : "none");

  msg_destroy(a);
  msg_destroy(b);
  msg_destroy(c);
  msg_destroy(m);
  msg_destroy(parsed);
  return 0;
}
