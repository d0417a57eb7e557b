/* Demo server: answers "PING n" datagrams with "PONG n" on a sip: URL's address until it gets
 * "BYE", all driven by an su_root (a wait object for the socket, a timer for the deadline). */
#include <stdio.h>
#include <string.h>
#include "demo_common.h"

struct server {
  su_home_t home[1];
  su_root_t *root;
  su_socket_t s;
  int pings;
  int timed_out;
};

static int on_readable(su_root_magic_t *magic, su_wait_t *w, su_wakeup_arg_t *arg)
{
  struct server *srv = (struct server *)arg;
  char buf[256], reply[300];
  su_sockaddr_t from;
  socklen_t fromlen = sizeof from;
  ssize_t n;
  (void)magic;
  if (!(su_wait_events(w, srv->s) & SU_WAIT_IN))
    return 0;
  n = su_recvfrom(srv->s, buf, sizeof buf - 1, 0, &from, &fromlen);
  if (n <= 0)
    return 0;
  buf[n] = 0;
  if (strncmp(buf, "PING ", 5) == 0) {
    srv->pings++;
    snprintf(reply, sizeof reply, "PONG %s", buf + 5);
    su_sendto(srv->s, reply, strlen(reply), 0, &from, fromlen);
  } else if (strcmp(buf, "BYE") == 0) {
    su_sendto(srv->s, "BYE", 3, 0, &from, fromlen);
    su_root_break(srv->root);
  }
  return 0;
}

static void on_deadline(su_root_magic_t *magic, su_timer_t *t, su_timer_arg_t *arg)
{
  struct server *srv = (struct server *)arg;
  (void)magic; (void)t;
  srv->timed_out = 1;
  su_root_break(srv->root);
}

static int serve(struct server *srv, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  url_string_t const *us = NULL;
  url_t const *url;
  su_sockaddr_t local;
  su_wait_t wait[1];
  su_timer_t *deadline;
  int index;

  ta_start(ta, tag, value);
  tl_gets(ta_args(ta), URLTAG_URL_REF(us), TAG_END());
  url = us ? us->us_url : NULL;
  printf("server: options\n");
  tl_print(stdout, "", ta_args(ta));
  ta_end(ta);
  if (!url)
    return 1;

  srv->s = demo_socket(url, 1, &local);
  if (srv->s == INVALID_SOCKET) {
    perror("server: socket");
    return 1;
  }
  su_wait_create(wait, srv->s, SU_WAIT_IN);
  index = su_root_register(srv->root, wait, on_readable, (su_wakeup_arg_t *)srv, 0);
  deadline = su_timer_create(su_root_task(srv->root), 10000);
  su_timer_set(deadline, on_deadline, (su_timer_arg_t *)srv);
  printf("server: listening on %s:%s\n", url->url_host, url_port(url));
  fflush(stdout);

  su_root_run(srv->root);

  su_timer_destroy(deadline);
  su_root_deregister(srv->root, index);
  su_close(srv->s);
  printf("server: answered %d pings%s\n", srv->pings, srv->timed_out ? " (timed out)" : "");
  return srv->timed_out;
}

int main(int argc, char *argv[])
{
  struct server srv[1] = {{{ SU_HOME_INIT(srv) }}};
  url_t *url;
  int rc;

  su_init();
  su_home_init(srv->home);
  url = url_hdup(srv->home, (url_t *)URL_STRING_MAKE(argc > 1 ? argv[1] : "sip:127.0.0.1:5099")->us_url);
  srv->root = su_root_create(srv);
  if (!url || !srv->root)
    return 2;
  rc = serve(srv, URLTAG_URL(url), TAG_END());
  su_root_destroy(srv->root);
  su_home_deinit(srv->home);
  su_deinit();
  return rc;
}
