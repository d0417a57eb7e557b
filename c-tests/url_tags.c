/* URL tags: URLTAG_URL with url_t and string values in tag lists: printing, deep
 * copies (tl_adup, tl_tlist, tl_dup), REF reads (tl_gets), filters (URLTAG_ANY),
 * scanning (t_scan) and an application-defined URLTAG_TYPEDEF tag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TAG_NAMESPACE "test"
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_class.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/url.h>
#include <sofia-sip/url_tag.h>
#include <sofia-sip/url_tag_class.h>

tag_typedef_t t_myurl = URLTAG_TYPEDEF(myurl);
tag_typedef_t t_myurl_ref = REFTAG_TYPEDEF(t_myurl);
#define T_MYURL(x) t_myurl, urltag_url_v(x)
#define T_MYURL_REF(x) t_myurl_ref, urltag_url_vr(&(x))

static void show_value(char const *what, tagi_t const *t)
{
  char buf[128];
  int n = t_snprintf(t, buf, sizeof buf);
  printf("%s: %d \"%s\"\n", what, n, buf);
}

static char const *kind(url_string_t const *us)
{
  if (us == NULL)
    return "NULL";
  return URL_STRING_P(us) ? "string" : "url_t";
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  url_t *u = url_make(home, "sips:alice:pw@[2001:db8::1]:5061;transport=tls?subject=hi#frag");
  url_t *any = url_make(home, "*");
  url_t *h = url_make(home, "http://www.example.com/a/b?q=1");
  char const *str = "sip:bob@example.org;lr";
  tagi_t *lst, *dup, *filtered;
  url_string_t const *r1 = NULL, *r2 = NULL, *r3 = (url_string_t *)"untouched";
  int n;

  printf("class size %d url_tag_class ok %d\n", url_tag_class->tc_size, urltag_url->tt_class == url_tag_class);
  printf("names %s::%s %s %s\n", urltag_url->tt_ns, urltag_url->tt_name, urltag_url_ref->tt_name, urltag_any->tt_name);
  printf("ref class %d magic %d\n", urltag_url_ref->tt_class == ref_tag_class,
         (tag_type_t)urltag_url_ref->tt_magic == urltag_url);

  lst = tl_tlist(home,
                 URLTAG_URL(u),
                 URLTAG_URL(str),
                 URLTAG_URL(NULL),
                 T_MYURL(h),
                 URLTAG_URL(any),
                 TAG_END());
  tl_print(stdout, "list: ", lst);
  show_value("item0", lst + 0);
  show_value("item1", lst + 1);
  show_value("item2", lst + 2);
  show_value("item3", lst + 3);
  show_value("item4", lst + 4);
  {
    char small[10];
    n = t_snprintf(lst, small, sizeof small);
    printf("truncated: %d \"%s\"\n", n, small);
  }

  /* Deep copy: url_t values are copied with their strings, strings as strings. */
  printf("tl_xtra(lst, 0)=%d\n", (int)tl_xtra(lst, 0));
  dup = tl_adup(home, lst);
  {
    tagi_t *t;
    int i = 0;
    for (t = dup; t && t->t_tag; t = tl_next(t), i++) {
      url_string_t const *a = (url_string_t const *)lst[i].t_value;
      url_string_t const *b = (url_string_t const *)t->t_value;
      printf("dup[%d] %s kind %s copied=%d", i, t->t_tag->tt_name, kind(b), a != b || a == NULL);
      if (b && !URL_STRING_P(b)) {
        url_t const *bu = b->us_url;
        printf(" type=%d root=%d cmp_all=%d in_block=%d", bu->url_type, bu->url_root,
               url_cmp_all(a->us_url, bu),
               bu->url_host == NULL || (bu->url_host > (char const *)bu && bu->url_host < (char const *)(bu + 1) + 200));
      } else if (b) {
        printf(" \"%s\" same_text=%d", b->us_str, strcmp(a->us_str, b->us_str) == 0);
      }
      printf("\n");
    }
  }
  tl_print(stdout, "dup: ", dup);

  /* The copy survives the originals. */
  su_free(home, u);
  su_free(home, h);
  u = h = NULL;
  tl_print(stdout, "after free: ", dup);

  /* REF tags read the last matching item. */
  n = tl_gets(dup, URLTAG_URL_REF(r1), T_MYURL_REF(r2), TAG_END());
  printf("tl_gets=%d r1=%s r2=%s\n", n, kind(r1), kind(r2));
  if (r2)
    printf("r2 = %s\n", url_as_string(home, r2->us_url));
  n = tl_gets(dup + 4, T_MYURL_REF(r3), TAG_END());
  printf("tl_gets(no match)=%d r3=%s\n", n, r3->us_str);

  /* URLTAG_ANY keeps the url:: namespace only. */
  {
    tagi_t f_any[2] = {{ URLTAG_ANY() }, { TAG_END() }};
    tagi_t f_url[2] = {{ URLTAG_URL(NULL) }, { TAG_END() }};
    filtered = tl_afilter(home, f_any, dup);
    tl_print(stdout, "filtered: ", filtered);
    filtered = tl_afilter(home, f_url, dup);
  }
  tl_print(stdout, "filtered by tag: ", filtered);

  /* Scanning text into a url_t value. */
  {
    static char const *const texts[] = {
      "sip:carol@example.net;user=phone",
      "<sip:x@y>",
      "sip:a@b c",
      "http://host/p%41th",
      "sip:",
      "",
      NULL
    };
    size_t i;
    for (i = 0; texts[i]; i++) {
      tag_value_t v = 0;
      int r = t_scan(urltag_url, home, texts[i], &v);
      printf("t_scan(\"%s\") = %d", texts[i], r);
      if (r >= 0 && v) {
        url_t const *su = (url_t const *)v;
        tagi_t item[1] = {{ urltag_url, v }};
        printf(" -> %s type=%d", url_as_string(home, su), su->url_type);
        show_value(" print", item);
      } else
        printf("\n");
    }
  }

  su_home_deinit(home);
  return 0;
}
