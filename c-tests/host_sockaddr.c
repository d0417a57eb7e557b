/* su.h sockets: su_init (SIGPIPE ignored), su_socket & co., vectored I/O over loopback
 * UDP, socket address comparison, matching and canonization. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sofia-sip/su.h>

static int sign(int x) { return (x > 0) - (x < 0); }

static su_sockaddr_t addr(char const *ip, unsigned port)
{
  su_sockaddr_t su;
  memset(&su, 0, sizeof su);
  if (strchr(ip, ':')) {
    su.su_family = AF_INET6;
    inet_pton(AF_INET6, ip, &su.su_sin6.sin6_addr);
  } else if (*ip) {
    su.su_family = AF_INET;
    inet_pton(AF_INET, ip, &su.su_sin.sin_addr);
  }
  su.su_port = htons(port);
  return su;
}

int main(void)
{
  static char const *ips[][2] = {
    { "10.0.0.1", "10.0.0.1" }, { "10.0.0.1", "10.0.0.2" }, { "10.0.0.2", "10.0.0.1" },
    { "0.0.0.0", "10.0.0.1" }, { "", "10.0.0.1" }, { "::1", "::1" }, { "::", "::1" },
    { "::1", "10.0.0.1" }, { "10.0.0.1", "::1" }, { "fe80::1", "fe80::2" },
  };
  static unsigned ports[][2] = { { 5060, 5060 }, { 0, 5060 }, { 5060, 5061 } };
  size_t i, j;
  su_socket_t s, r;
  su_sockaddr_t su, from;
  socklen_t sulen, fromlen;
  char b1[] = "hello, ", b2[] = "world", in1[4], in2[32];
  su_iovec_t out[2], in[2];
  int sv[2], n;

  printf("su_init: %d\n", su_init());
  printf("sizeof su_sockaddr_t %u, su_iovec_t %u\n", (unsigned)sizeof(su_sockaddr_t),
         (unsigned)sizeof(su_iovec_t));

  for (i = 0; i < sizeof ips / sizeof ips[0]; i++)
    for (j = 0; j < sizeof ports / sizeof ports[0]; j++) {
      su_sockaddr_t a = addr(ips[i][0], ports[j][0]), b = addr(ips[i][1], ports[j][1]);
      printf("%-8s:%-4u vs %-8s:%-4u cmp %+d match %d any %d\n", ips[i][0], ports[j][0],
             ips[i][1], ports[j][1], sign(su_cmp_sockaddr(&a, &b)), su_match_sockaddr(&a, &b),
             SU_HAS_INADDR_ANY(&a));
    }
  su = addr("10.0.0.1", 1);
  printf("NULLs: cmp %d %d %d match %d %d\n", su_cmp_sockaddr(NULL, &su),
         su_cmp_sockaddr(&su, NULL), su_cmp_sockaddr(NULL, NULL),
         su_match_sockaddr(NULL, &su), su_match_sockaddr(&su, NULL));

  {
    static char const *v6[] = { "::ffff:192.0.2.1", "::192.0.2.1", "::1", "::", "2001:db8::1" };
    char text[64];
    for (i = 0; i < sizeof v6 / sizeof v6[0]; i++) {
      su = addr(v6[i], 5060);
      SU_CANONIZE_SOCKADDR(&su);
      printf("canonize %-16s -> family %s %s port %u\n", v6[i],
             su.su_family == AF_INET ? "inet" : "inet6",
             inet_ntop(su.su_family, SU_ADDR(&su), text, sizeof text), ntohs(su.su_port));
    }
  }

  s = su_socket(AF_INET, SOCK_DGRAM, 0);
  r = su_socket(AF_INET, SOCK_DGRAM, 0);
  printf("socket type dgram: %d, nonblocking: %d\n", su_getsocktype(s) == SOCK_DGRAM,
         (fcntl(s, F_GETFL) & O_NONBLOCK) != 0);
  n = su_setblocking(s, 1);
  printf("setblocking 1: %d -> nonblocking %d\n", n, (fcntl(s, F_GETFL) & O_NONBLOCK) != 0);
  n = su_setblocking(s, 0);
  printf("setblocking 0: %d -> nonblocking %d\n", n, (fcntl(s, F_GETFL) & O_NONBLOCK) != 0);
  printf("setreuseaddr: %d, soerror: %d\n", su_setreuseaddr(r, 1), su_soerror(r));
  su = addr("127.0.0.1", 0);
  bind(r, &su.su_sa, sizeof su.su_sin);
  sulen = sizeof su;
  getsockname(r, &su.su_sa, &sulen);
  printf("getmsgsize empty: %d\n", (int)su_getmsgsize(r));
  out[0].siv_base = b1, out[0].siv_len = strlen(b1);
  out[1].siv_base = b2, out[1].siv_len = strlen(b2);
  printf("vsend: %d\n", (int)su_vsend(s, out, 2, 0, &su, sulen));
  su_setblocking(r, 1);
  {
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(r, &fds);
    select(r + 1, &fds, NULL, NULL, NULL);
  }
  printf("getmsgsize: %d\n", (int)su_getmsgsize(r));
  memset(in1, 0, sizeof in1), memset(in2, 0, sizeof in2);
  in[0].siv_base = in1, in[0].siv_len = sizeof in1;
  in[1].siv_base = in2, in[1].siv_len = sizeof in2 - 1;
  fromlen = sizeof from;
  n = (int)su_vrecv(r, in, 2, 0, &from, &fromlen);
  printf("vrecv: %d \"%.4s\" \"%s\" from loopback %d\n", n, in1, in2,
         from.su_family == AF_INET && fromlen == sizeof from.su_sin &&
         from.su_sin.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
  printf("vsend bad count: %d\n", (int)su_vsend(s, out, -1, 0, &su, sulen));
  n = su_close(s);
  printf("close: %d", n);
  n = su_close(r);
  printf(" %d", n);
  n = su_close(s);
  printf(", again: %d\n", n);
  printf("su_is_blocking: %d %d %d\n", su_is_blocking(EAGAIN), su_is_blocking(EINPROGRESS),
         su_is_blocking(EINVAL));

  /* SIGPIPE is ignored: writing to a closed peer fails with EPIPE. */
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  su_close(sv[1]);
  n = (int)write(sv[0], "x", 1);
  printf("write to closed peer: %d EPIPE %d\n", n, errno == EPIPE);
  su_close(sv[0]);
  su_deinit();
  return 0;
}
