/* Homes: allocation, strings, clones, destructors, refcounts. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>

static int destructed;
static void destructor(void *arg) { (void)arg; destructed++; }

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  su_home_t *h, *sub;
  char *s;

  s = su_strdup(home, "hello");
  printf("strdup: %s\n", s);
  printf("strndup: %s\n", su_strndup(home, "abcdef", 3));
  printf("strcat: %s\n", su_strcat(home, "foo", "bar"));
  printf("strcat_all: %s\n", su_strcat_all(home, "a", "b", "c", NULL));
  printf("sprintf: %s\n", su_sprintf(home, "%d-%s-%05.1f", 42, "x", 3.14159));
  s = su_realloc(home, s, 100);
  printf("realloc keeps: %s\n", s);
  su_free(home, s);
  su_home_deinit(home);

  h = su_home_new(sizeof *h);
  printf("new: refcount %u\n", (unsigned)su_home_refcount(h));
  su_home_ref(h);
  printf("ref: refcount %u\n", (unsigned)su_home_refcount(h));
  printf("destructor set: %d\n", su_home_destructor(h, destructor));
  sub = su_home_clone(h, sizeof *sub);
  printf("clone has parent: %d\n", su_home_has_parent(sub));
  su_alloc(sub, 10);
  su_zalloc(h, 20);
  printf("unref 1: %d\n", su_home_unref(h));
  printf("destructed: %d\n", destructed);
  printf("unref 2: %d\n", su_home_unref(h));
  printf("destructed: %d\n", destructed);
  printf("unref NULL: %d\n", su_home_unref(NULL));
  s = su_alloc(NULL, 10);
  su_free(NULL, s);
  return 0;
}
