/* hostdomain.h: every predicate over well-formed and malformed hosts, and host_cmp. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/hostdomain.h>

static char const *hosts[] = {
  NULL, "", "a", "A", "1", "a1", "1a", "-", "a-", "-a", "a-b", "a--b", "a.b", "a.b.",
  "a..b", ".a", "a.", "a.1", "a.1b", "a.b1", "-a.com", "a-.com", "example.com",
  "Example.COM.", "sip.example.com:5060", "exa_mple.com", "xn--bcher-kva.example",
  "1.2.3.4", "1.2.3", "1.2.3.4.", "1.2.3.4.5", "0.0.0.0", "255.255.255.255", "256.1.1.1",
  "1.256.1.1", "249.250.251.252", "199.1.1.1", "001.002.003.004", "01.2.3.4", "0001.2.3.4",
  "1.2.3.4a", "1.2.3.04", "127.0.0.1", "127.1", "1.2.3.a",
  "::", "::1", "[::1]", "[::1", "::1]", "[]", "[1.2.3.4]", ":::", "1::", "1::2::3",
  "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7::",
  "::ffff:1.2.3.4", "[::ffff:1.2.3.4]", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
  "1:2:3:4:5:6:7:1.2.3.4", "1::1.2.3.4", "::ffff:256.1.1.1", "fe80::1%eth0",
  "FE80::ABCD:ef01", "12345::1", "g::1", "::g", "[fe80::1]", "[FE80::1]:5060",
  "localhost", "LOCALHOST", "localhost.", "localhost.localdomain",
  "localhost.localdomain.", "localhost.localdomainx", "localhostx", "localhost.com",
  "localhost.localdom", "127.255.255.254", "128.0.0.1", "[::2]", "::2",
  "invalid", "invalid.", "foo.invalid", "foo.invalid.", "foo.INVALID", "fooinvalid",
  "foo.invalidx", "x.invalid.com", "inval", "[::1]x",
  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com",
  "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z",
};

static char const *pairs[][2] = {
  { "1.2.3.4", "1.2.3.4" }, { "1.2.3.4", "1.2.3.5" }, { "010.1.1.1", "10.1.1.1" },
  { "::1", "[::1]" }, { "::ffff:1.2.3.4", "1.2.3.4" }, { "[::ffff:1.2.3.4]", "1.2.3.4" },
  { "::1.2.3.4", "1.2.3.4" }, { "1.2.3.4", "::5" }, { "::5", "1.2.3.4" },
  { "Example.COM", "example.com" }, { "a.com", "b.com" }, { "b.com", "a.com" },
  { "1.2.3.4", "a.com" }, { NULL, "a" }, { "a", NULL }, { NULL, NULL }, { "", "" },
  { "[::1]x", "::1" }, { "FE80::1", "fe80:0:0::1" }, { "1.2.3.4", "1.2.3.4.5" },
};

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void)
{
  size_t i;
  printf("ip4 ip6 ref6 ref6old ip dom valid local invalid  host\n");
  for (i = 0; i < sizeof hosts / sizeof hosts[0]; i++) {
    char const *h = hosts[i];
    printf(" %d   %d   %d    %d      %d   %d   %d     %d     %d       %s\n",
           host_is_ip4_address(h), host_is_ip6_address(h), host_is_ip6_reference(h),
           host_ip6_reference(h), host_is_ip_address(h), host_is_domain(h),
           host_is_valid(h), host_is_local(h), host_has_domain_invalid(h),
           h ? h : "(null)");
  }
  for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
    printf("host_cmp(%s, %s) = %d\n", pairs[i][0] ? pairs[i][0] : "(null)",
           pairs[i][1] ? pairs[i][1] : "(null)", sign(host_cmp(pairs[i][0], pairs[i][1])));
  return 0;
}
