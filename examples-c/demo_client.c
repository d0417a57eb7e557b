/* Demo client: sends "PING n" every 20 ms from a periodic su_timer, counts the "PONG n"
 * answers read by an su_root wait object, then says "BYE". A second thread reports progress
 * to the loop through a pipe registered with the root (the cross-thread wake-up path). */
#include <stdio.h>
#include <string.h>
#include <pthread.h>
#include "demo_common.h"

#define PINGS 5

struct client {
  su_home_t home[1];
  su_root_t *root;
  su_socket_t s;
  su_sockaddr_t server;
  int sent, pongs, done;
  int pipefd[2];
};

static int on_readable(su_root_magic_t *magic, su_wait_t *w, su_wakeup_arg_t *arg)
{
  struct client *c = (struct client *)arg;
  char buf[256];
  ssize_t n;
  (void)magic;
  if (!(su_wait_events(w, c->s) & SU_WAIT_IN))
    return 0;
  n = su_recv(c->s, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return 0;
  buf[n] = 0;
  if (strncmp(buf, "PONG ", 5) == 0) {
    c->pongs++;
    printf("client: got %s\n", buf);
  } else if (strcmp(buf, "BYE") == 0) {
    printf("client: server said BYE\n");
    c->done = 1;
    su_root_break(c->root);
  }
  return 0;
}

static void on_tick(su_root_magic_t *magic, su_timer_t *t, su_timer_arg_t *arg)
{
  struct client *c = (struct client *)arg;
  char msg[32];
  (void)magic;
  if (c->sent < PINGS) {
    snprintf(msg, sizeof msg, "PING %d", ++c->sent);
    su_sendto(c->s, msg, strlen(msg), 0, &c->server, SU_SOCKADDR_SIZE(&c->server));
  } else if (c->pongs == PINGS) {
    su_timer_reset(t);
    su_sendto(c->s, "BYE", 3, 0, &c->server, SU_SOCKADDR_SIZE(&c->server));
  }
}

static void on_deadline(su_root_magic_t *magic, su_timer_t *t, su_timer_arg_t *arg)
{
  struct client *c = (struct client *)arg;
  (void)magic; (void)t;
  printf("client: no answer in time\n");
  su_root_break(c->root);
}

static void *worker(void *arg)
{
  struct client *c = arg;
  char const note[] = "worker thread says hello";
  if (write(c->pipefd[1], note, sizeof note) < 0)
    perror("write");
  return NULL;
}

static int on_note(su_root_magic_t *magic, su_wait_t *w, su_wakeup_arg_t *arg)
{
  struct client *c = (struct client *)arg;
  char buf[64];
  ssize_t n = read(c->pipefd[0], buf, sizeof buf);
  (void)magic; (void)w;
  if (n > 0)
    printf("client: loop woken by another thread: %s\n", buf);
  return 0;
}

int main(int argc, char *argv[])
{
  struct client c[1];
  url_t *url;
  su_wait_t sw[1], pw[1];
  su_timer_t *tick, *deadline;
  pthread_t thread;
  int i1, i2;

  memset(c, 0, sizeof c);
  su_init();
  su_home_init(c->home);
  url = url_hdup(c->home, (url_t *)URL_STRING_MAKE(argc > 1 ? argv[1] : "sip:127.0.0.1:5099")->us_url);
  c->root = su_root_create(c);
  if (!url || !c->root || pipe(c->pipefd) < 0)
    return 2;
  c->s = demo_socket(url, 0, &c->server);
  if (c->s == INVALID_SOCKET)
    return 2;

  su_wait_create(sw, c->s, SU_WAIT_IN);
  i1 = su_root_register(c->root, sw, on_readable, (su_wakeup_arg_t *)c, 0);
  su_wait_create(pw, c->pipefd[0], SU_WAIT_IN);
  i2 = su_root_register(c->root, pw, on_note, (su_wakeup_arg_t *)c, 0);

  tick = su_timer_create(su_root_task(c->root), 20);
  su_timer_set_for_ever(tick, on_tick, (su_timer_arg_t *)c);
  deadline = su_timer_create(su_root_task(c->root), 10000);
  su_timer_set(deadline, on_deadline, (su_timer_arg_t *)c);

  pthread_create(&thread, NULL, worker, c);
  printf("client: pinging %s\n", url_as_string(c->home, url));
  su_root_run(c->root);
  pthread_join(thread, NULL);

  su_timer_destroy(tick);
  su_timer_destroy(deadline);
  su_root_deregister(c->root, i1);
  su_root_deregister(c->root, i2);
  su_close(c->s);
  close(c->pipefd[0]);
  close(c->pipefd[1]);
  su_root_destroy(c->root);
  su_home_deinit(c->home);
  su_deinit();
  printf("client: %d pings, %d pongs\n", c->sent, c->pongs);
  return c->done && c->pongs == PINGS ? 0 : 1;
}
