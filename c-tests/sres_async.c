/* The asynchronous resolver on a root (sofia-sip/sresolv.h): sres_resolver_create,
 * sres_query, sres_query_sockaddr, sres_query_bind, sres_resolver_destroy.
 *
 * The program is its own DNS server: a UDP socket on 127.0.0.1 (ephemeral port)
 * registered on the same root answers from a fixed table; the resolver is pointed at it
 * by a resolv.conf in a temporary file ("nameserver 127.0.0.1" + "port N"). Cases: A,
 * AAAA, SRV, NAPTR, PTR (from a sockaddr), NXDOMAIN, no data, a CNAME followed, a query
 * rebound to another callback, a server that never answers (the query times out after
 * Sofia's retransmissions, about 64 s), a refused server (ICMP port unreachable).
 * Results are kept per case and printed in case order. Bounded: a 100 s guard timer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/sresolv.h>
#include <sofia-resolv/sres_record.h>

static su_root_t *root;
static int dns_fd = -1, dns_index;
static int silent_seen, ptr_seen;
static time_t t0;

/* ------------------------------------------------------------------ DNS server */

struct rr { char const *name; unsigned type; char const *data; };

/* data: A/AAAA address; SRV "prio weight port target"; NAPTR "order pref flags services
 * regexp replacement" ('-' = empty); CNAME/PTR target. */
static struct rr const table[] = {
  { "a.test", 1, "192.0.2.1" },
  { "a.test", 1, "192.0.2.2" },
  { "aaaa.test", 28, "2001:db8::1" },
  { "aaaa.test", 28, "2001:db8::2:1" },
  { "_sip._udp.srv.test", 33, "20 10 5062 b.test" },
  { "_sip._udp.srv.test", 33, "10 60 5060 a.test" },
  { "_sip._udp.srv.test", 33, "10 40 5061 c.test" },
  { "naptr.test", 35, "20 10 s SIP+D2U - _sip._udp.srv.test" },
  { "naptr.test", 35, "10 50 s SIPS+D2T - _sips._tcp.srv.test" },
  { "alias.test", 5, "a.test" },
  { "1.2.0.192.in-addr.arpa", 12, "a.test" },
  { "rebind.test", 1, "198.51.100.7" },
};
#define N_TABLE (sizeof table / sizeof table[0])

struct msg { unsigned char b[1500]; size_t n; };

static void put16(struct msg *m, unsigned v) { m->b[m->n++] = v >> 8; m->b[m->n++] = v & 255; }
static void put32(struct msg *m, unsigned long v) { put16(m, (v >> 16) & 0xffff); put16(m, v & 0xffff); }

static void put_name(struct msg *m, char const *name)
{
  while (*name) {
    char const *dot = strchr(name, '.');
    size_t len = dot ? (size_t)(dot - name) : strlen(name);
    m->b[m->n++] = (unsigned char)len;
    memcpy(m->b + m->n, name, len);
    m->n += len;
    name += len;
    if (*name == '.')
      name++;
  }
  m->b[m->n++] = 0;
}

static void put_string(struct msg *m, char const *s)
{
  size_t len = strcmp(s, "-") ? strlen(s) : 0;
  m->b[m->n++] = (unsigned char)len;
  memcpy(m->b + m->n, s, len);
  m->n += len;
}

/* One answer record named by the question (pointer to offset 12). */
static void put_rr(struct msg *m, struct rr const *r)
{
  size_t rdlen_at;
  char w[6][64];
  put16(m, 0xc00c);
  put16(m, r->type);
  put16(m, 1);
  put32(m, 300);
  rdlen_at = m->n;
  put16(m, 0);
  switch (r->type) {
  case 1: inet_pton(AF_INET, r->data, m->b + m->n); m->n += 4; break;
  case 28: inet_pton(AF_INET6, r->data, m->b + m->n); m->n += 16; break;
  case 5: case 12: put_name(m, r->data); break;
  case 33:
    sscanf(r->data, "%63s %63s %63s %63s", w[0], w[1], w[2], w[3]);
    put16(m, atoi(w[0])); put16(m, atoi(w[1])); put16(m, atoi(w[2])); put_name(m, w[3]);
    break;
  case 35:
    sscanf(r->data, "%63s %63s %63s %63s %63s %63s", w[0], w[1], w[2], w[3], w[4], w[5]);
    put16(m, atoi(w[0])); put16(m, atoi(w[1]));
    put_string(m, w[2]); put_string(m, w[3]); put_string(m, w[4]); put_name(m, w[5]);
    break;
  }
  m->b[rdlen_at] = (m->n - rdlen_at - 2) >> 8;
  m->b[rdlen_at + 1] = (m->n - rdlen_at - 2) & 255;
}

/* SOA in the authority section (negative answers): minimum 120 s. */
static void put_soa(struct msg *m)
{
  size_t rdlen_at;
  put_name(m, "test");
  put16(m, 6); put16(m, 1); put32(m, 3600);
  rdlen_at = m->n;
  put16(m, 0);
  put_name(m, "ns.test"); put_name(m, "admin.test");
  put32(m, 1); put32(m, 3600); put32(m, 600); put32(m, 86400); put32(m, 120);
  m->b[rdlen_at] = (m->n - rdlen_at - 2) >> 8;
  m->b[rdlen_at + 1] = (m->n - rdlen_at - 2) & 255;
}

static int dns_serve(su_root_magic_t *magic, su_wait_t *w, su_wakeup_arg_t *arg)
{
  unsigned char q[1500];
  struct sockaddr_in from;
  socklen_t fromlen = sizeof from;
  ssize_t n = recvfrom(dns_fd, q, sizeof q, 0, (struct sockaddr *)&from, &fromlen);
  char name[256] = "";
  size_t i = 12, o = 0, k;
  unsigned qtype, an = 0, known = 0;
  struct msg m[1];

  if (n < 17)
    return 0;
  while (i < (size_t)n && q[i] != 0 && o + q[i] + 1 < sizeof name) {
    size_t len = q[i++];
    if (o) name[o++] = '.';
    memcpy(name + o, q + i, len);
    o += len, i += len;
  }
  name[o] = 0;
  i++;
  if (i + 4 > (size_t)n)
    return 0;
  qtype = q[i] << 8 | q[i + 1];
  i += 4;

  if (strcmp(name, "silent.test") == 0) {
    silent_seen++;
    return 0;
  }
  if (qtype == 12)
    ptr_seen++;

  m->n = 0;
  memcpy(m->b, q, 2);
  m->n = 2;
  put16(m, 0);			/* flags below */
  put16(m, 1); put16(m, 0); put16(m, 0); put16(m, 0);
  memcpy(m->b + m->n, q + 12, i - 12);
  m->n += i - 12;
  for (k = 0; k < N_TABLE; k++) {
    if (strcasecmp(table[k].name, name))
      continue;
    known = 1;
    if (table[k].type == qtype || table[k].type == 5)
      put_rr(m, table + k), an++;
  }
  m->b[2] = 0x81;
  m->b[3] = 0x80 | (known ? 0 : 3);
  m->b[6] = an >> 8, m->b[7] = an & 255;
  if (an == 0) {
    put_soa(m);
    m->b[8] = 0, m->b[9] = 1;
  }
  sendto(dns_fd, m->b, m->n, 0, (struct sockaddr *)&from, fromlen);
  return 0;
}

/* ------------------------------------------------------------------ client */

enum { C_A, C_AAAA, C_SRV, C_NAPTR, C_PTR, C_PTR6, C_NX, C_NODATA, C_CNAME, C_REBIND, C_SILENT, C_REFUSED, N_CASES };
static char const *const case_names[N_CASES] = {
  "A a.test", "AAAA aaaa.test", "SRV _sip._udp.srv.test", "NAPTR naptr.test",
  "PTR 192.0.2.1 (sockaddr)", "PTR 2001:db8::1 (sockaddr, unknown)", "A nx.test (NXDOMAIN)", "AAAA a.test (no data)",
  "A alias.test (CNAME)", "A rebind.test (rebound)", "A silent.test (timeout)",
  "A refused (ICMP)"
};

struct sres_context_s { int which; };
static struct sres_context_s ctx[N_CASES];
static sres_query_t *queries[N_CASES];
static char out[N_CASES][2048];
static int done[N_CASES], pending;
static sres_resolver_t *res, *res_refused;
static long elapsed[N_CASES];

static void format(char *b, size_t size, sres_record_t const *r)
{
  char tb[8], sb[8], a[64];
  sres_common_t const *c = r->sr_record;
  int n = snprintf(b, size, "  %s %s %s ttl=%u class=%u", sres_record_type(c->r_type, tb),
                   sres_record_status(c->r_status, sb), c->r_name, (unsigned)c->r_ttl,
                   (unsigned)c->r_class);
  b += n, size -= n;
  if (c->r_status)
    return;
  switch (c->r_type) {
  case sres_type_a:
    snprintf(b, size, " %s", inet_ntop(AF_INET, &r->sr_a->a_addr, a, sizeof a));
    break;
  case sres_type_aaaa:
    snprintf(b, size, " %s", inet_ntop(AF_INET6, &r->sr_aaaa->aaaa_addr, a, sizeof a));
    break;
  case sres_type_srv:
    snprintf(b, size, " prio=%u weight=%u port=%u target=%s", r->sr_srv->srv_priority,
             r->sr_srv->srv_weight, r->sr_srv->srv_port, r->sr_srv->srv_target);
    break;
  case sres_type_naptr:
    snprintf(b, size, " order=%u pref=%u flags=%s services=%s regexp=%s replace=%s",
             r->sr_naptr->na_order, r->sr_naptr->na_prefer, r->sr_naptr->na_flags,
             r->sr_naptr->na_services, r->sr_naptr->na_regexp, r->sr_naptr->na_replace);
    break;
  case sres_type_cname:
    snprintf(b, size, " %s", r->sr_cname->cn_cname);
    break;
  case sres_type_ptr:
    snprintf(b, size, " %s", r->sr_ptr->ptr_domain);
    break;
  }
}

static void record_answers(int which, sres_resolver_t *r, sres_query_t *q, sres_record_t **answers)
{
  char *b = out[which];
  size_t size = sizeof out[which], n;
  int i;
  n = snprintf(b, size, "%s: query %s, answers %s\n", case_names[which],
               q == queries[which] ? "is the one returned" : "DIFFERS",
               answers ? "given" : "NULL");
  for (i = 0; answers && answers[i]; i++) {
    if (n + 2 >= size) break;
    format(b + n, size - n - 1, answers[i]);
    n += strlen(b + n);
    b[n++] = '\n', b[n] = 0;
  }
  if (answers)
    sres_free_answers(r, answers);
  done[which] = 1;
  elapsed[which] = (long)(time(NULL) - t0);
  pending--;
}

static void answer(sres_context_t *c, sres_query_t *q, sres_record_t **answers)
{
  record_answers(c->which, c->which == C_REFUSED ? res_refused : res, q, answers);
  if (pending == 0)
    su_root_break(root);
}

/* The first callback of the rebound query: must not be called. */
static void wrong(sres_context_t *c, sres_query_t *q, sres_record_t **answers)
{
  printf("rebound query: old callback called (context %d)\n", c->which);
  sres_free_answers(res, answers);
}

static void guard_timer(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  printf("guard timer: %d queries still pending\n", pending);
  su_root_break(root);
}

static void start(int which, uint16_t type, char const *domain)
{
  ctx[which].which = which;
  queries[which] = sres_query(which == C_REFUSED ? res_refused : res, answer, &ctx[which], type, domain);
  if (queries[which])
    pending++;
  else
    printf("%s: sres_query failed: %s\n", case_names[which], strerror(errno));
}

int main(void)
{
  struct sockaddr_in sin;
  socklen_t sinlen = sizeof sin;
  su_wait_t w[1];
  char conf[] = "/tmp/sres_async_XXXXXX", conf2[] = "/tmp/sres_async2_XXXXXX";
  int cfd, cfd2, closed_fd, i, rv;
  unsigned short port, closed_port;
  FILE *f;
  su_timer_t *guard;
  sres_record_t **cached;
  struct sockaddr_in ptr_addr;

  su_init();
  root = su_root_create(NULL);
  t0 = time(NULL);

  /* The DNS server. */
  dns_fd = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(dns_fd, (struct sockaddr *)&sin, sizeof sin);
  getsockname(dns_fd, (struct sockaddr *)&sin, &sinlen);
  port = ntohs(sin.sin_port);
  su_wait_create(w, dns_fd, SU_WAIT_IN);
  dns_index = su_root_register(root, w, dns_serve, NULL, 0);

  /* A port nobody listens on: bind and close to get one. */
  closed_fd = socket(AF_INET, SOCK_DGRAM, 0);
  sin.sin_port = 0;
  bind(closed_fd, (struct sockaddr *)&sin, sizeof sin);
  sinlen = sizeof sin;
  getsockname(closed_fd, (struct sockaddr *)&sin, &sinlen);
  closed_port = ntohs(sin.sin_port);
  close(closed_fd);

  cfd = mkstemp(conf);
  f = fdopen(cfd, "w");
  fprintf(f, "nameserver 127.0.0.1\nport %u\n", port);
  fclose(f);
  cfd2 = mkstemp(conf2);
  f = fdopen(cfd2, "w");
  fprintf(f, "nameserver 127.0.0.1\nport %u\n", closed_port);
  fclose(f);

  /* Argument errors. */
  errno = 0;
  rv = sres_resolver_create(NULL, conf, TAG_END()) != NULL;
  printf("create without root: %d, errno EFAULT %d\n", rv, errno == EFAULT);
  errno = 0;
  rv = sres_resolver_destroy(NULL);
  printf("destroy NULL: %d, errno EFAULT %d\n", rv, errno == EFAULT);

  res = sres_resolver_create(root, NULL, SRESTAG_RESOLV_CONF(conf), TAG_END());
  res_refused = sres_resolver_create(root, conf2, TAG_END());
  printf("created: %d %d\n", res != NULL, res_refused != NULL);
  if (!res || !res_refused)
    return 1;

  errno = 0;
  rv = sres_query(res, answer, NULL, sres_type_a, NULL) != NULL;
  printf("query NULL domain: %d, errno EFAULT %d\n", rv, errno == EFAULT);
  errno = 0;
  rv = sres_query(NULL, answer, NULL, sres_type_a, "a.test") != NULL;
  printf("query NULL resolver: %d, errno EFAULT %d\n", rv, errno == EFAULT);
  errno = 0;
  rv = sres_query_sockaddr(res, answer, NULL, sres_type_ptr, NULL) != NULL;
  printf("query_sockaddr NULL address: %d, errno EFAULT %d\n", rv, errno == EFAULT);
  {
    struct sockaddr bad;
    memset(&bad, 0, sizeof bad);
    bad.sa_family = AF_UNIX;
    errno = 0;
    rv = sres_query_sockaddr(res, answer, NULL, sres_type_ptr, &bad) != NULL;
    printf("query_sockaddr AF_UNIX: %d, errno EAFNOSUPPORT %d\n", rv, errno == EAFNOSUPPORT);
  }
  {
    sres_record_t **recs = NULL;
    errno = 0;
    rv = sres_blocking_query(res, sres_type_a, "a.test", 0, &recs);
    printf("blocking query on a resolver on a root: %d, errno EOPNOTSUPP %d, records %s\n",
           rv, errno == EOPNOTSUPP, recs ? "given" : "NULL");
  }
  printf("nothing cached yet: %s\n", sres_cached_answers(res, sres_type_a, "a.test") ? "answers" : "NULL");

  /* The first round, all at once; the timeout runs alongside everything else. */
  start(C_SILENT, sres_type_a, "silent.test");
  start(C_A, sres_type_a, "a.test");
  start(C_AAAA, sres_type_aaaa, "aaaa.test");
  start(C_SRV, sres_type_srv, "_sip._udp.srv.test");
  start(C_NAPTR, sres_type_naptr, "naptr.test");
  start(C_NX, sres_type_a, "nx.test");
  start(C_NODATA, sres_type_aaaa, "a.test");
  start(C_REFUSED, sres_type_a, "refused.test");
  memset(&ptr_addr, 0, sizeof ptr_addr);
  ptr_addr.sin_family = AF_INET;
  inet_pton(AF_INET, "192.0.2.1", &ptr_addr.sin_addr);
  ctx[C_PTR].which = C_PTR;
  queries[C_PTR] = sres_query_sockaddr(res, answer, &ctx[C_PTR], sres_type_ptr,
                                       (struct sockaddr *)&ptr_addr);
  if (queries[C_PTR]) pending++;
  {
    struct sockaddr_in6 sin6;
    memset(&sin6, 0, sizeof sin6);
    sin6.sin6_family = AF_INET6;
    inet_pton(AF_INET6, "2001:db8::1", &sin6.sin6_addr);
    ctx[C_PTR6].which = C_PTR6;
    queries[C_PTR6] = sres_query_sockaddr(res, answer, &ctx[C_PTR6], sres_type_ptr,
                                          (struct sockaddr *)&sin6);
    if (queries[C_PTR6]) pending++;
  }
  /* Rebind a query before it is answered. */
  ctx[C_REBIND].which = 99;
  queries[C_REBIND] = sres_query(res, wrong, &ctx[C_REBIND], sres_type_a, "rebind.test");
  if (queries[C_REBIND]) {
    pending++;
    ctx[C_REBIND].which = C_REBIND;
    sres_query_bind(queries[C_REBIND], answer, &ctx[C_REBIND]);
  }
  printf("queries started: %d\n", pending);
  printf("no answer inside sres_query: %d\n", !done[C_A] && !done[C_NX]);

  guard = su_timer_create(su_root_task(root), 100000);
  su_timer_set(guard, guard_timer, NULL);

  /* Run until everything but the silent query is done, then the CNAME case (a.test's
   * A records are cached by then). */
  while (pending > 1 && su_timer_is_set(guard))
    su_root_step(root, 100);
  printf("before the timeout: silent pending %d\n", !done[C_SILENT]);

  cached = sres_cached_answers(res, sres_type_a, "a.test");
  printf("cached a.test A:\n");
  for (i = 0; cached && cached[i]; i++) {
    char b[512];
    format(b, sizeof b, cached[i]);
    printf("%s\n", b);
  }
  if (cached)
    sres_free_answers(res, cached);
  cached = sres_cached_answers(res, sres_type_a, "nx.test");
  printf("cached nx.test A: %s\n", cached && cached[0] ? "error record cached" : "none");
  if (cached)
    sres_free_answers(res, cached);

  start(C_CNAME, sres_type_a, "alias.test");
  su_root_run(root);

  for (i = 0; i < N_CASES; i++)
    printf("%s", done[i] ? out[i] : "");
  for (i = 0; i < N_CASES; i++)
    if (!done[i])
      printf("%s: not answered\n", case_names[i]);
  printf("silent: %d transmissions, timed out after 60..70 s: %d\n", silent_seen,
         elapsed[C_SILENT] >= 60 && elapsed[C_SILENT] <= 70);
  printf("PTR queries seen: %d\n", ptr_seen);

  /* A query left pending at destroy: no callback. */
  queries[C_SILENT] = sres_query(res, wrong, &ctx[C_SILENT], sres_type_a, "silent.test");
  printf("pending at destroy: %d\n", queries[C_SILENT] != NULL);

  printf("destroy: %d %d\n", sres_resolver_destroy(res), sres_resolver_destroy(res_refused));
  su_root_step(root, 50);
  {
    sres_resolver_t *plain = sres_resolver_new(conf);
    errno = 0;
    rv = sres_resolver_destroy(plain);
    printf("destroy a resolver without root: %d, errno EINVAL %d\n", rv, errno == EINVAL);
    sres_resolver_unref(plain);
  }

  su_timer_destroy(guard);
  su_root_deregister(root, dns_index);
  close(dns_fd);
  su_root_destroy(root);
  su_deinit();
  unlink(conf);
  unlink(conf2);
  return 0;
}
