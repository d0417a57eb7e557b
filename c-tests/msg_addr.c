/* msg_addr(), msg_addr_zero(), msg_addr_copy() with msg_set_address() /
 * msg_get_address() / msg_addrinfo(); msg_mark_as_complete(). */
#include <stdio.h>
#include <string.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <sofia-sip/su.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/msg_addr.h>

static void show(char const *what, msg_t *msg)
{
  su_addrinfo_t *ai = msg_addrinfo(msg);
  su_sockaddr_t *su = msg_addr(msg);
  char b[64] = "";
  if (su->su_family == AF_INET)
    inet_ntop(AF_INET, &su->su_sin.sin_addr, b, sizeof b);
  else if (su->su_family == AF_INET6)
    inet_ntop(AF_INET6, &su->su_sin6.sin6_addr, b, sizeof b);
  printf("%s: family=%d len=%u addr-is-ai=%d host=%s port=%u\n", what, ai->ai_family,
         (unsigned)ai->ai_addrlen, (void *)ai->ai_addr == (void *)su, b, ntohs(su->su_port));
}

int main(void)
{
  msg_t *a = msg_create(sip_default_mclass(), 0), *b = msg_create(sip_default_mclass(), 0);
  su_sockaddr_t su[1];
  socklen_t len;

  memset(su, 0, sizeof su);
  su->su_sin.sin_family = AF_INET;
  su->su_sin.sin_port = htons(5060);
  inet_pton(AF_INET, "192.0.2.7", &su->su_sin.sin_addr);
  printf("set: %d\n", msg_set_address(a, su, sizeof su->su_sin));
  show("a", a);
  msg_addr_copy(b, a);
  show("b copy", b);
  len = sizeof su;
  memset(su, 0, sizeof su);
  printf("get: %d len=%u\n", msg_get_address(b, su, &len), (unsigned)len);
  msg_addr_zero(a);
  show("a zero", a);
  memset(su, 0, sizeof su);
  su->su_sin6.sin6_family = AF_INET6;
  su->su_sin6.sin6_port = htons(5061);
  inet_pton(AF_INET6, "2001:db8::1", &su->su_sin6.sin6_addr);
  printf("set6: %d\n", msg_set_address(a, su, sizeof su->su_sin6));
  msg_addr_copy(b, a);
  show("b copy6", b);
  printf("null: %p\n", (void *)msg_addr(NULL));
  printf("complete before: %d\n", msg_is_complete(a));
  printf("mark: %#x\n", msg_mark_as_complete(a, MSG_FLG_EXTRACT_COPY) & (MSG_FLG_COMPLETE | MSG_FLG_EXTRACT_COPY));
  printf("complete after: %d flags=%#x\n", msg_is_complete(a), msg_get_flags(a, MSG_FLG_COMPLETE | MSG_FLG_EXTRACT_COPY));
  printf("mark null: %u\n", msg_mark_as_complete(NULL, 1));
  msg_destroy(a);
  msg_destroy(b);
  return 0;
}
