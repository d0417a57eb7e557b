/* Tag lists with application-defined tags of every generic class: copying, filtering,
 * finding, reading with REF tags, printing, scanning, malloc()ed lists. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#define TAG_NAMESPACE "test"
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_class.h>
#include <sofia-sip/su_tag_inline.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/su_tag_io.h>

tag_typedef_t t_int = INTTAG_TYPEDEF(t_int);
tag_typedef_t t_int_ref = REFTAG_TYPEDEF(t_int);
tag_typedef_t t_uint = UINTTAG_TYPEDEF(t_uint);
tag_typedef_t t_uint_ref = REFTAG_TYPEDEF(t_uint);
tag_typedef_t t_bool = BOOLTAG_TYPEDEF(t_bool);
tag_typedef_t t_bool_ref = REFTAG_TYPEDEF(t_bool);
tag_typedef_t t_str = STRTAG_TYPEDEF(t_str);
tag_typedef_t t_str_ref = REFTAG_TYPEDEF(t_str);
tag_typedef_t t_cstr = CSTRTAG_TYPEDEF(t_cstr);
tag_typedef_t t_ptr = PTRTAG_TYPEDEF(t_ptr);
tag_typedef_t t_ptr_ref = REFTAG_TYPEDEF(t_ptr);
tag_typedef_t t_size = SIZETAG_TYPEDEF(t_size);
tag_typedef_t t_size_ref = REFTAG_TYPEDEF(t_size);
tag_typedef_t t_usize = USIZETAG_TYPEDEF(t_usize);
tag_typedef_t t_any = NSTAG_TYPEDEF(*);

#define T_INT(x) t_int, tag_int_v(x)
#define T_INT_REF(x) t_int_ref, tag_int_vr(&(x))
#define T_UINT(x) t_uint, tag_uint_v(x)
#define T_UINT_REF(x) t_uint_ref, tag_uint_vr(&(x))
#define T_BOOL(x) t_bool, tag_bool_v(x)
#define T_BOOL_REF(x) t_bool_ref, tag_bool_vr(&(x))
#define T_STR(x) t_str, tag_str_v(x)
#define T_STR_REF(x) t_str_ref, tag_str_vr(&(x))
#define T_PTR_REF(x) t_ptr_ref, tag_ptr_vr(&(x), (x))

static void show(char const *title, tagi_t const *l)
{
  tagi_t const *t;
  int n = 0;
  printf("%s:", title);
  if (l == NULL) { printf(" NULL\n"); return; }
  for (t = l; t; t = t_next(t)) {
    if (++n > 40) { printf(" ..."); break; }
    printf(" %s", t->t_tag ? t->t_tag->tt_name : "END");
  }
  printf("\n");
}

static int accept_uint(tagi_t const *f, tagi_t const *t)
{
  (void)f;
  return t->t_tag == t_uint;
}

static size_t vllen(tag_type_t tag, tag_value_t value, ...)
{
  va_list ap; size_t n;
  va_start(ap, value); n = tl_vllen(tag, value, ap); va_end(ap);
  return n;
}

static size_t vlen(int dummy, ...)
{
  va_list ap; size_t n;
  va_start(ap, dummy); n = tl_vlen(ap); va_end(ap);
  return n;
}

/* A wrapper in the style of every Sofia API function: forwards its tags. */
static int wrapped_gets(tagi_t const *lst, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  int n;
  ta_start(ta, tag, value);
  n = tl_gets(lst, ta_tags(ta));
  ta_end(ta);
  return n;
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  char buf[64];
  int i = -1, b = -1, n;
  unsigned u = 0;
  size_t sz = 0;
  char const *s = "unset";
  void *p = (void *)1;
  tag_value_t v = 0;
  tagi_t *l, *x;
  void *bb;

  tagi_t inner[] = { { T_BOOL(7) }, { TAG_SKIP(5) }, { T_UINT(4000000000u) }, { TAG_END() } };
  tagi_t outer[] = { { T_INT(2) }, { TAG_NEXT(inner) } };

  l = tl_tlist(home, T_INT(-5), T_STR("hello"), TAG_SKIP(9), T_STR(NULL), t_cstr, tag_cstr_v("const"),
               t_ptr, tag_ptr_v(NULL), t_size, tag_size_v(12345), t_usize, tag_usize_v(77),
               TAG_IF(0, T_INT(100)), TAG_IF(1, T_INT(101)), TAG_NEXT(outer));
  show("tlist", l);
  tl_print(stdout, "print:\n", l);
  printf("len %u xtra %u\n", (unsigned)tl_len(l), (unsigned)tl_xtra(l, 0));
  printf("len outer %u inner %u NULL %u\n", (unsigned)tl_len(outer), (unsigned)tl_len(inner), (unsigned)tl_len(NULL));

  n = tl_gets(l, T_INT_REF(i), T_BOOL_REF(b), T_UINT_REF(u), T_STR_REF(s), T_PTR_REF(p), t_size_ref, tag_size_vr(&sz), TAG_END());
  printf("gets %d: int %d bool %d uint %u str %s ptr %p size %u\n", n, i, b, u, s ? s : "(null)", p, (unsigned)sz);
  i = 42;
  n = tl_gets(inner, T_INT_REF(i), TAG_END());
  printf("gets absent %d: int %d\n", n, i);
  n = tl_gets(NULL, T_INT_REF(i), TAG_END());
  printf("gets NULL list %d\n", n);
  n = wrapped_gets(l, T_UINT_REF(u), T_INT_REF(i), TAG_END());
  printf("wrapped gets %d: %u %d\n", n, u, i);
  n = tl_gets(l, TAG_SKIP(0), T_INT_REF(i), TAG_NEXT(NULL));
  printf("gets with skip/next %d: %d\n", n, i);

  printf("find int %s last int %s find skip %s find bool %s\n",
         tl_find(l, t_int) ? "yes" : "no",
         tl_find_last(l, t_int) && tl_find_last(l, t_int)->t_value == 2 ? "2" : "?",
         tl_find(l, tag_skip) ? "yes" : "no",
         tl_find(l, t_bool) ? "yes" : "no");
  show("next", tl_next(l));
  show("next next", tl_next(tl_next(l)));

  for (x = l; x; x = (tagi_t *)t_next(x)) {
    n = t_snprintf(x, buf, sizeof buf);
    printf("snprintf %d [%s]\n", n, buf);
  }
  n = t_snprintf(l + 1, buf, 8);
  printf("short %d [%s]\n", n, buf);

  {
    tagi_t f_any[] = { { TAG_ANY() }, { TAG_END() } };
    tagi_t f_int[] = { { T_INT(0) }, { T_BOOL(0) }, { TAG_END() } };
    tagi_t f_none[] = { { T_STR(0) }, { TAG_END() } };
    tagi_t f_fn[] = { { TAG_FILTER(accept_uint) }, { TAG_END() } };
    tagi_t f_ns[] = { { t_any, 0 }, { TAG_END() } };
    show("afilter any", tl_afilter(home, f_any, outer));
    show("afilter int+bool", tl_afilter(home, f_int, l));
    show("afilter none", tl_afilter(home, f_none, outer));
    show("afilter fn", tl_afilter(home, f_fn, l));
    show("afilter ns", tl_afilter(home, f_ns, outer));
    show("tfilter", tl_tfilter(home, l, T_STR(0), T_UINT(0), TAG_END()));
    show("filtered_tlist", tl_filtered_tlist(home, f_int, T_INT(1), T_STR("x"), T_BOOL(1), TAG_END()));
    bb = NULL;
    x = tl_filter(NULL, f_int, l, &bb);
    printf("filter count %u xtra %u\n", (unsigned)(size_t)x, (unsigned)(size_t)bb);
  }

  x = tl_adup(home, outer);
  show("adup", x);
  x = tl_adup(home, NULL);
  show("adup NULL", x);

  {
    tagi_t rem[] = { { T_INT(1) }, { T_BOOL(1) }, { T_INT(2) }, { T_STR("s") }, { TAG_END() } };
    tagi_t tg[] = { { T_INT_REF(i) }, { T_STR_REF(s) }, { TAG_END() } };
    tagi_t mv[4];
    printf("tremove %d\n", tl_tremove(rem, T_INT(0), T_BOOL(0), T_UINT(0), TAG_END()));
    show("after tremove", rem);
    n = tl_tgets(tg, T_INT(77), T_STR("seventy"), T_INT(78), TAG_END());
    printf("tgets %d: %d %s\n", n, i, s);
    printf("tmove %u\n", (unsigned)tl_tmove(mv, sizeof mv, T_INT(1), TAG_SKIP(0), T_BOOL(1), TAG_END()));
    show("tmove", mv);
  }

  x = tl_list(T_INT(1), T_STR("a"), TAG_END());
  show("list", x);
  tl_vfree(x);
  x = tl_llist(T_INT(1), TAG_NEXT(inner));
  show("llist", x);
  tl_vfree(x);
  printf("vlen %u vlen next %u\n", (unsigned)vlen(0, T_INT(1), T_STR(0), TAG_END()), (unsigned)vlen(0, T_INT(1), TAG_NEXT(inner)));
  printf("vllen %u vllen next %u\n", (unsigned)vllen(T_INT(1), T_STR(0), TAG_END()), (unsigned)vllen(T_INT(1), TAG_NEXT(inner)));

  printf("scan int %d", t_scan(t_int, home, "42", &v)); printf(" %d\n", (int)v);
  printf("scan int bad %d\n", t_scan(t_int, home, "x42", &v));
  printf("scan uint %d", t_scan(t_uint, home, "-1", &v)); printf(" %u\n", (unsigned)v);
  printf("scan bool %d", t_scan(t_bool, home, "true", &v)); printf(" %d\n", (int)v);
  printf("scan bool false %d", t_scan(t_bool, home, "false", &v)); printf(" %d\n", (int)v);
  printf("scan bool bad %d\n", t_scan(t_bool, home, "maybe", &v));
  printf("scan str %d", t_scan(t_str, home, "text", &v)); printf(" %s\n", (char *)v);
  printf("scan ptr %d\n", t_scan(t_ptr, home, "0x10", &v));
  printf("scan ref %d\n", t_scan(t_int_ref, home, "1", &v));
  printf("scan NULL tag %d NULL string %d\n", t_scan(NULL, home, "1", &v), t_scan(t_int, home, NULL, &v));
  printf("scan spaces %d", t_scan(t_int, home, " 7 ", &v)); printf(" %d\n", (int)v);

  printf("sizes: tagi_t %u tag_type %u class %u ta_list %u\n", (unsigned)sizeof(tagi_t),
         (unsigned)sizeof(struct tag_type_s), (unsigned)sizeof(struct tag_class_s), (unsigned)sizeof(ta_list));
  printf("class slots: int snprintf %d str dup %d null next %d skip len %d\n",
         int_tag_class->tc_snprintf != NULL, str_tag_class->tc_dup != NULL,
         tag_null->tt_class->tc_next != NULL, tag_skip->tt_class->tc_len != NULL);
  printf("generic names: %s %s %s %s %s ns=[%s]\n", tag_null->tt_name, tag_skip->tt_name, tag_next->tt_name,
         tag_any->tt_name, tag_filter->tt_name, tag_null->tt_ns);

  su_home_deinit(home);
  return 0;
}
