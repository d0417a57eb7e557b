/* su_string.h comparisons, string0.h wrappers and su_strlst.h lists. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_string.h>
#include <sofia-sip/string0.h>
#include <sofia-sip/su_strlst.h>

static int sign(int x) { return (x > 0) - (x < 0); }

static char const *show(char const *s) { return s ? s : "(null)"; }

static void print_list(char const *what, su_strlst_t *l)
{
  usize_t i, n = su_strlst_len(l);
  printf("%s: %u [", what, (unsigned)n);
  for (i = 0; i < n; i++)
    printf("%s\"%s\"", i ? ", " : "", su_strlst_item(l, i));
  printf("] item(n)=%s\n", show(su_strlst_item(l, n)));
}

int main(void)
{
  static char const *words[] = { NULL, "", "a", "A", "ab", "AB", "aB", "abc", "b", "[", "{",
                                 "Via", "VIA", "via:", "@", "`" };
  size_t nw = sizeof words / sizeof words[0], i, j;
  su_home_t home[1] = { SU_HOME_INIT(home) };
  su_strlst_t *l, *l2, *l3;
  char buf[64];
  char const **array;
  char const *hay = "Content-Type: application/SDP";

  for (i = 0; i < nw; i++) {
    printf("%-6s", show(words[i]));
    for (j = 0; j < nw; j++)
      printf(" %d%d%d%d%+d%+d%d%d%+d",
             su_casematch(words[i], words[j]), su_strmatch(words[i], words[j]),
             su_casenmatch(words[i], words[j], 2), su_strnmatch(words[i], words[j], 2),
             sign(su_strcasecmp(words[i], words[j])),
             sign(su_strncasecmp(words[i], words[j], 1)),
             su_casenmatch(words[i], words[j], 0), su_strnmatch(words[i], words[j], 0),
             sign(str0cmp(words[i], words[j])));
    printf("\n");
  }
  printf("strcasecmp values: %d %d %d\n", su_strcasecmp("abc", "ABD"),
         su_strcasecmp("b", "A"), su_strcasecmp("a[", "A{"));
  printf("strncasecmp n=3: %d, n=4: %d\n", su_strncasecmp("SIP/2.0", "sip/3.0", 3),
         sign(su_strncasecmp("SIP/2.0", "sip/3.0", 5)));
  printf("casenmatch over end: %d %d\n", su_casenmatch("abc", "ABC", 10),
         su_casenmatch("abc", "ABCD", 10));

  printf("strcasestr: %ld %ld %s %s %s\n",
         (long)(su_strcasestr(hay, "type") - hay), (long)(su_strcasestr(hay, "sdp") - hay),
         su_strcasestr(hay, "") == hay ? "empty=start" : "?",
         show(su_strcasestr(hay, "types")), show(su_strcasestr(NULL, "x")));
  printf("strnspn: %u %u %u %u\n", (unsigned)su_strnspn("  \t x", 10, " \t"),
         (unsigned)su_strnspn("aaaa", 2, "a"), (unsigned)su_strnspn("abc", 10, ""),
         (unsigned)su_strnspn("cbaz", 10, "abc"));
  printf("strncspn: %u %u %u %u\n", (unsigned)su_strncspn("abc;d", 10, ";"),
         (unsigned)su_strncspn("abcdef", 3, ";"), (unsigned)su_strncspn("abc", 10, NULL),
         (unsigned)su_strncspn("ab,c;d", 10, ";,."));
  printf("memspn: %u %u, memcspn: %u %u\n",
         (unsigned)su_memspn("aa\0ab", 5, "a\0", 2), (unsigned)su_memspn("x", 1, "", 0),
         (unsigned)su_memcspn("ab\0cd", 5, "c", 1), (unsigned)su_memcspn("abc", 3, NULL, 0));
  printf("strnspn/strncspn (string0.h): %u %u\n", (unsigned)strnspn("111x", 9, "1"),
         (unsigned)strncspn("ab cd", 9, " "));

  /* Lists. */
  l = su_strlst_create(home);
  print_list("empty", l);
  printf("join empty: \"%s\"\n", su_strlst_join(l, home, ","));
  strcpy(buf, "fixed");
  printf("append: %s\n", su_strlst_append(l, buf));
  printf("append NULL: \"%s\"\n", su_strlst_append(l, NULL));
  printf("dup_append: %s\n", su_strlst_dup_append(l, "copied"));
  printf("slprintf: %s\n", su_slprintf(l, "%d-%s", 7, "x"));
  for (i = 0; i < 20; i++)
    su_slprintf(l, "n%u", (unsigned)i);
  print_list("grown", l);
  printf("set_item 0: old %s\n", su_strlst_set_item(l, 0, "first"));
  printf("set_item len: %s\n", show(su_strlst_set_item(l, su_strlst_len(l), "appended")));
  printf("set_item beyond: %s\n", show(su_strlst_set_item(l, 99, "x")));
  printf("remove last: %s\n", su_strlst_remove(l, su_strlst_len(l) - 1));
  printf("remove beyond: %s\n", show(su_strlst_remove(l, 99)));
  su_strlst_set_item(l, 1, buf);
  l2 = su_strlst_dup(home, l);
  l3 = su_strlst_copy(home, l);
  strcpy(buf, "FIXED");
  printf("copy shares, dup copies: %s %s\n", su_strlst_item(l3, 1), su_strlst_item(l2, 1));
  su_strlst_destroy(l3);
  array = su_strlst_get_array(l2);
  for (i = 0; array[i]; i++)
    ;
  printf("array: %u items, [2]=%s, last NULL\n", (unsigned)i, array[2]);
  su_strlst_free_array(l2, array);
  su_strlst_destroy(l2);
  su_strlst_destroy(l);

  l = su_strlst_dup_split(home, "a, b,, c, ", ", ");
  print_list("dup_split \", \"", l);
  printf("join \"|\": %s\n", su_strlst_join(l, home, "|"));
  {
    char *joined = su_strlst_join(l, NULL, NULL);
    printf("join NULL sep, NULL home: %s\n", joined);
    free(joined);
  }
  su_strlst_destroy(l);
  strcpy(buf, "x::y:z::");
  l = su_strlst_split(home, buf, "::");
  print_list("split \"::\" in place", l);
  printf("buffer cut: %s\n", buf);
  su_strlst_destroy(l);
  l = su_strlst_dup_split(NULL, "no separator here", "");
  print_list("empty separator", l);
  su_strlst_destroy(l);
  l = su_strlst_dup_split(home, "", ",");
  print_list("split empty string", l);
  printf("split NULL: %p %p\n", (void *)su_strlst_split(home, NULL, ","),
         (void *)su_strlst_dup_split(home, NULL, ","));
  l = su_strlst_create_with(home, "one", "two", "three", NULL);
  print_list("create_with", l);
  l2 = su_strlst_create_with_dup(home, "uno", "dos", NULL);
  print_list("create_with_dup", l2);
  l3 = su_strlst_create_with(home, NULL);
  print_list("create_with nothing", l3);
  printf("in list home: %s\n", su_strdup(su_strlst_home(l2), "allocated"));
  printf("NULL list: len %u item %s append %s join %s\n", (unsigned)su_strlst_len(NULL),
         show(su_strlst_item(NULL, 0)), show(su_strlst_append(NULL, "x")),
         show(su_strlst_join(NULL, home, ",")));
  su_home_deinit(home);
  return 0;
}
