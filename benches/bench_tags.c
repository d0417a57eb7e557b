/* Benchmark workload: tl_gets() reading 4 REF tags from a 12-item list, and tl_adup() of
 * that list, N times (N = argv[1]). Built against both libraries by benches/side-by-side. */
#include <stdio.h>
#include <stdlib.h>
#define TAG_NAMESPACE "bench"
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_class.h>

tag_typedef_t b_a = INTTAG_TYPEDEF(a); tag_typedef_t b_a_ref = REFTAG_TYPEDEF(b_a);
tag_typedef_t b_b = UINTTAG_TYPEDEF(b); tag_typedef_t b_b_ref = REFTAG_TYPEDEF(b_b);
tag_typedef_t b_c = BOOLTAG_TYPEDEF(c); tag_typedef_t b_c_ref = REFTAG_TYPEDEF(b_c);
tag_typedef_t b_d = STRTAG_TYPEDEF(d); tag_typedef_t b_d_ref = REFTAG_TYPEDEF(b_d);
tag_typedef_t b_e = INTTAG_TYPEDEF(e);

int main(int argc, char **argv)
{
  long n = argc > 1 ? atol(argv[1]) : 1000, i, sum = 0;
  su_home_t home[1] = { SU_HOME_INIT(home) };
  tagi_t lst[] = {
    { b_e, 1 }, { b_e, 2 }, { b_a, 3 }, { b_e, 4 }, { b_b, 5 }, { b_e, 6 },
    { b_c, 1 }, { b_e, 8 }, { b_d, (tag_value_t)"text" }, { b_e, 10 }, { b_a, 11 }, { NULL, 0 } };
  for (i = 0; i < n; i++) {
    int a = 0, c = 0; unsigned b = 0; char const *d = NULL;
    tagi_t *copy;
    sum += tl_gets(lst, b_a_ref, tag_int_vr(&a), b_b_ref, tag_uint_vr(&b), b_c_ref, tag_bool_vr(&c),
                   b_d_ref, tag_str_vr(&d), TAG_END());
    sum += a + (long)b + c + (d != NULL);
    copy = tl_adup(home, lst);
    sum += copy[2].t_value;
    su_free(home, copy);
  }
  su_home_deinit(home);
  printf("%ld\n", sum);
  return 0;
}
