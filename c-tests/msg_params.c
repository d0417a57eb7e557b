/* msg_header.h parameter lists: add/find/find_slot/cmp/replace/remove/length on lists
 * allocated in a home; msg_unquote/msg_unquote_dup of tricky quoted strings;
 * msg_hash_string. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/msg_header.h>

static su_home_t home[1] = { SU_HOME_INIT(home) };

static char const *s_(char const *s) { return s ? s : "(null)"; }
static int sign(int x) { return x < 0 ? -1 : x > 0; }

static void show(char const *what, msg_param_t const *l)
{
  size_t i;
  printf("%s [%u]:", what, (unsigned)msg_params_length(l));
  for (i = 0; l && l[i]; i++)
    printf(" <%s>", l[i]);
  printf("\n");
}

static msg_param_t *make(char const *const items[])
{
  msg_param_t *l = NULL;
  size_t i;
  for (i = 0; items[i]; i++)
    if (msg_params_add(home, &l, items[i]) < 0)
      printf("add failed\n");
  return l;
}

int main(void)
{
  static char const *const base[] = {
    "transport=tcp", "lr", "Maddr=10.0.0.1", "ttl=", "user=phone", "x=\"quoted;value\"",
    "method=INVITE", "a", "b=1", "c=2", NULL
  };
  static char const *const names[] = {
    "transport", "TRANSPORT", "transport=udp", "lr", "lr=", "LR=yes", "maddr", "ttl",
    "ttl=", "user", "use", "users", "x", "method", "a", "a=", "b", "c=9", "d", "tr", NULL
  };
  static char const *const slots[] = {
    "transport", "transport=", "trans", "tr=", "lr", "LR", "ttl", "ttl=", "x=", "m", "method=I",
    "a", "b", "b=", "b=1", "zz", NULL
  };
  static char const *const quoted[] = {
    "\"abc\"", "\"a\\\"b\"", "\"a\\\\b\"", "\"\"", "\"abc\" tail", "\"a\\", "\"abc",
    "abc", "\"\\\"\\\"\"", "\"tab\\\there\"", "\"x\\yz\"", "\"x;y,z=\\\"w\\\"\";p", "",
    NULL
  };
  static char const *const dupq[] = {
    "\"abc\"", "abc", "\"a\\\"b\" x", "a\\\"b", "\"a\\", "\"", "", "a\\b\\c", "\"open",
    "\"x\\\\\"y\"", NULL
  };
  static char const *const hashes[] = { "", "a", "abc", "z9hG4bK-1234", "\xc3\xa4\xff", NULL };
  msg_param_t *l, *l2, *slot;
  size_t i;
  int r;

  l = make(base);
  show("list", l);
  for (i = 0; names[i]; i++)
    printf("find(%s) = %s\n", names[i], s_(msg_params_find(l, names[i])));
  for (i = 0; slots[i]; i++) {
    slot = msg_params_find_slot((msg_param_t *)l, slots[i]);
    printf("find_slot(%s) = %d\n", slots[i], slot ? (int)(slot - l) : -1);
  }
  printf("find(NULL list) = %s, find(NULL name) = %s\n",
         s_(msg_params_find(NULL, "a")), s_(msg_params_find(l, NULL)));
  printf("find_slot(NULL list) = %p\n", (void *)msg_params_find_slot(NULL, "a"));
  printf("length(NULL) = %u\n", (unsigned)msg_params_length(NULL));

  /* Comparison */
  l2 = make(base);
  printf("cmp(l, copy) = %d\n", sign(msg_params_cmp(l, l2)));
  l2[0] = "TRANSPORT=tcp";
  printf("cmp(name case) = %d\n", sign(msg_params_cmp(l, l2)));
  l2[0] = "transport=TCP";
  printf("cmp(value case) = %d / %d\n", sign(msg_params_cmp(l, l2)), sign(msg_params_cmp(l2, l)));
  l2[0] = "transport=tcp";
  l2[9] = NULL;
  printf("cmp(shorter) = %d / %d\n", sign(msg_params_cmp(l, l2)), sign(msg_params_cmp(l2, l)));
  l2[9] = "c=3";
  printf("cmp(last value) = %d\n", sign(msg_params_cmp(l, l2)));
  l2[9] = "c";
  printf("cmp(no value) = %d / %d\n", sign(msg_params_cmp(l, l2)), sign(msg_params_cmp(l2, l)));
  l2[9] = "d=2";
  printf("cmp(name) = %d / %d\n", sign(msg_params_cmp(l, l2)), sign(msg_params_cmp(l2, l)));
  printf("cmp(NULL) = %d %d %d\n", msg_params_cmp(NULL, NULL), sign(msg_params_cmp(l, NULL)),
         sign(msg_params_cmp(NULL, l)));

  /* Replace */
  r = msg_params_replace(home, &l, "TRANSPORT=udp"); printf("replace = %d\n", r);
  r = msg_params_replace(home, &l, "lr=on"); printf("replace = %d\n", r);
  r = msg_params_replace(home, &l, "new=1"); printf("replace = %d\n", r);
  r = msg_params_replace(home, &l, "new"); printf("replace = %d\n", r);
  r = msg_params_replace(home, &l, "ne"); printf("replace = %d\n", r);
  r = msg_params_replace(home, &l, ""); printf("replace(\"\") = %d\n", r);
  r = msg_params_replace(home, &l, "=x"); printf("replace(=x) = %d\n", r);
  r = msg_params_replace(home, &l, NULL); printf("replace(NULL) = %d\n", r);
  show("replaced", l);
  {
    msg_param_t *empty = NULL;
    r = msg_params_replace(home, &empty, "only=1");
    printf("replace into NULL list = %d\n", r);
    show("fresh", empty);
  }

  /* Remove */
  printf("remove(maddr) = %d\n", msg_params_remove((char const **)l, "maddr"));
  printf("remove(MADDR) = %d\n", msg_params_remove((char const **)l, "MADDR"));
  printf("remove(b=7) = %d\n", msg_params_remove((char const **)l, "b=7"));
  printf("remove(ne) = %d\n", msg_params_remove((char const **)l, "ne"));
  printf("remove(new) = %d\n", msg_params_remove((char const **)l, "new"));
  printf("remove(\"\") = %d\n", msg_params_remove((char const **)l, ""));
  printf("remove(NULL) = %d\n", msg_params_remove((char const **)l, NULL));
  printf("remove(NULL list) = %d\n", msg_params_remove(NULL, "a"));
  show("removed", l);
  while (l[0])
    msg_params_remove((char const **)l, l[0]);
  show("all removed", l);

  /* Growth across the 8-item steps */
  {
    msg_param_t *g = NULL;
    char const *items[] = { "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10",
                            "p11", "p12", "p13", "p14", "p15", "p16", "p17" };
    for (i = 0; i < sizeof items / sizeof items[0]; i++)
      msg_params_add(home, &g, items[i]);
    show("grown", g);
    printf("find(p17) = \"%s\" add(NULL) = %d\n", s_(msg_params_find(g, "p17")),
           msg_params_add(home, &g, NULL));
  }

  /* Unquoting */
  for (i = 0; quoted[i]; i++) {
    char buf[64], *u;
    memset(buf, 0, sizeof buf);
    u = msg_unquote(buf, quoted[i]);
    printf("unquote(%s) = %s", quoted[i], u ? "buf" : "NULL");
    if (u)
      printf(" <%s>", buf);
    printf(" check=%s\n", msg_unquote(NULL, quoted[i]) ? "non-NULL" : "NULL");
  }
  {
    char inplace[] = "\"in \\\"place\\\"\"";
    char *u = msg_unquote(inplace, inplace);
    printf("in place: %s <%s>\n", u == inplace ? "same" : "other", s_(u));
  }
  for (i = 0; dupq[i]; i++) {
    char *d = msg_unquote_dup(home, dupq[i]);
    printf("unquote_dup(%s) = <%s>\n", dupq[i], s_(d));
    su_free(home, d);
  }
  {
    char *d = msg_unquote_dup(NULL, "\"malloced\"");
    printf("unquote_dup(NULL home) = <%s>\n", s_(d));
    free(d);
  }

  for (i = 0; hashes[i]; i++)
    printf("hash(%s) = %lu\n", hashes[i], msg_hash_string(hashes[i]));
  printf("hash(NULL) = %lu\n", msg_hash_string(NULL));

  su_home_deinit(home);
  return 0;
}
