/* Layouts of the sres record structs and constants (sofia-resolv/sres_record.h), and the
 * pure helpers: record type/status names, sorting and comparing hand-built records. */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <netinet/in.h>
#include <string.h>
#include <sofia-resolv/sres.h>
#include <sofia-resolv/sres_record.h>

#define SZ(t) printf("sizeof %s %zu\n", #t, sizeof(t))
#define OFF(t, f) printf("offsetof %s.%s %zu\n", #t, #f, offsetof(t, f))

static sres_record_t *srv(sres_srv_record_t *s, unsigned prio, unsigned weight, unsigned port, char *target)
{
  memset(s, 0, sizeof *s);
  s->srv_record->r_type = sres_type_srv;
  s->srv_record->r_class = sres_class_in;
  s->srv_priority = prio, s->srv_weight = weight, s->srv_port = port, s->srv_target = target;
  return (sres_record_t *)s;
}

int main(void)
{
  char b[8];
  SZ(sres_common_t); OFF(sres_common_t, r_name); OFF(sres_common_t, r_status); OFF(sres_common_t, r_size);
  OFF(sres_common_t, r_type); OFF(sres_common_t, r_class); OFF(sres_common_t, r_ttl);
  OFF(sres_common_t, r_rdlen); OFF(sres_common_t, r_parsed);
  SZ(sres_record_t); SZ(sres_generic_t); SZ(sres_soa_record_t); OFF(sres_soa_record_t, soa_minimum);
  SZ(sres_a_record_t); OFF(sres_a_record_t, a_addr);
  SZ(sres_a6_record_t); OFF(sres_a6_record_t, a6_suffix); OFF(sres_a6_record_t, a6_prename);
  SZ(sres_aaaa_record_t); OFF(sres_aaaa_record_t, aaaa_addr);
  SZ(sres_cname_record_t); SZ(sres_ptr_record_t);
  SZ(sres_srv_record_t); OFF(sres_srv_record_t, srv_port); OFF(sres_srv_record_t, srv_target);
  SZ(sres_naptr_record_t); OFF(sres_naptr_record_t, na_flags); OFF(sres_naptr_record_t, na_replace);
  printf("consts %d %d %d %d %d %d %d\n", SRES_RETRANSMIT_INTERVAL, SRES_RETRY_INTERVAL, SRES_MAX_RETRY_COUNT,
         SRES_MAX_SEARCH, SRES_MAX_NAMESERVERS, SRES_MAXDNAME, SRES_MAX_SORTLIST);
  printf("status %d %d %d %d\n", SRES_TIMEOUT_ERR, SRES_RECORD_ERR, SRES_INTERNAL_ERR, SRES_NETWORK_ERR);
  printf("types %d %d %d %d\n", sres_type_aaaa, sres_type_srv, sres_type_naptr, sres_qtype_any);

  {
    int t[] = { 1, 5, 28, 33, 35, 38, 41, 250, 255, 99, 3, 1000 };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
      printf("type %d %s\n", t[i], sres_record_type(t[i], b));
    int s[] = { 0, 1, 2, 3, 4, 5, 32, 33, 34, 35, 6, 300 };
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++)
      printf("status %d %s\n", s[i], sres_record_status(s[i], b));
  }

  {
    /* sort hand-built SRV records: priority up, weight down, target, port */
    sres_srv_record_t r[6];
    sres_record_t *a[7];
    sres_resolver_t *res = sres_resolver_new("/dev/null");
    a[0] = srv(&r[0], 20, 0, 5060, "z.");
    a[1] = srv(&r[1], 10, 10, 5060, "b.");
    a[2] = srv(&r[2], 10, 50, 5062, "a.");
    a[3] = srv(&r[3], 10, 10, 5061, "a.");
    a[4] = srv(&r[4], 10, 10, 5060, "a.");
    a[5] = srv(&r[5], 0, 0, 1, "c.");
    r[5].srv_record->r_status = SRES_NAME_ERR;
    a[6] = NULL;
    printf("compare %d %d\n", sres_record_compare(a[1], a[2]) < 0, sres_record_compare(a[4], a[4]));
    printf("sort %d\n", sres_sort_answers(res, a));
    for (int i = 0; a[i]; i++)
      printf("  %u %u %u %s status %u\n", a[i]->sr_srv->srv_priority, a[i]->sr_srv->srv_weight,
             a[i]->sr_srv->srv_port, a[i]->sr_srv->srv_target, a[i]->sr_record->r_status);
    printf("sort NULL %d\n", sres_sort_answers(res, NULL));
    printf("cached %p\n", (void *)sres_cached_answers(res, sres_type_a, "nothing.test"));
    sres_resolver_unref(res);
  }
  return 0;
}
