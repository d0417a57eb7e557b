/* Wait objects on a root: pipes registered with su_root_register, SU_WAIT_IN events,
 * su_wait_events, registration indices, deregister by index, unregister by object,
 * su_root_eventmask, hang-up, (de)registering from callbacks, su_wait(). */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>

static su_root_t *root;
static int calls, magic_value = 7;
static int p1[2], p2[2];
static int idx1, idx2, idx3;
static su_wait_t w3[1];

static int reader(su_root_magic_t *magic, su_wait_t *w, su_wakeup_arg_t *arg)
{
  char buf[8];
  int events = su_wait_events(w, *(int *)arg);
  ssize_t n = read(*(int *)arg, buf, sizeof buf);
  calls++;
  printf("reader fd%s: events 0x%x, read %d, magic ok %d, socket ok %d\n",
         *(int *)arg == p1[0] ? "1" : "2", events, (int)n,
         magic == (su_root_magic_t *)&magic_value, su_wait_socket(w) == *(int *)arg);
  return 0;
}

/* On hang-up: deregister itself from inside the callback. */
static int hup(su_root_magic_t *magic, su_wait_t *w, su_wakeup_arg_t *arg)
{
  int events = su_wait_events(w, *(int *)arg);
  calls++;
  printf("hup: events in 0x%x hup 0x%x\n", events & SU_WAIT_IN, events & SU_WAIT_HUP);
  printf("deregister self: %d\n", su_root_deregister(root, idx1) == idx1);
  return 0;
}

/* Registers another wait object from inside a callback. */
static int registrar(su_root_magic_t *magic, su_wait_t *w, su_wakeup_arg_t *arg)
{
  char c;
  read(p2[0], &c, 1);
  calls++;
  su_wait_create(w3, p1[0], SU_WAIT_IN);
  idx3 = su_root_register(root, w3, reader, &p1[0], su_pri_normal);
  printf("registered from callback: %d\n", idx3 > 0);
  return 0;
}

static void drain(void)
{
  int i;
  for (i = 0; i < 10; i++)
    su_root_step(root, 0);
}

int main(void)
{
  su_wait_t w1[1], w2[1], ws[2];
  su_wait_t init = SU_WAIT_INIT;
  su_duration_t r;

  printf("sizeof su_wait_t: %d, init fd %d\n", (int)sizeof(su_wait_t), init.fd);
  printf("constants: %d %d %d %d %d %d\n", SU_WAIT_IN, SU_WAIT_OUT, SU_WAIT_ERR, SU_WAIT_HUP,
         SU_WAIT_FOREVER, SU_WAIT_TIMEOUT);
  if (pipe(p1) || pipe(p2))
    return 1;
  root = su_root_create((su_root_magic_t *)&magic_value);

  printf("create with no events: %d\n", su_wait_create(w1, p1[0], 0));
  r = su_wait_create(w1, p1[0], SU_WAIT_IN);
  printf("create: %ld, fd ok %d, events %d\n", r, w1->fd == p1[0], w1->events);
  printf("non-blocking: %d\n", (fcntl(p1[0], F_GETFL) & O_NONBLOCK) != 0);
  su_wait_create(w2, p2[0], SU_WAIT_IN);

  idx1 = su_root_register(root, w1, reader, &p1[0], su_pri_normal);
  idx2 = su_root_register(root, w2, reader, &p2[0], su_pri_normal);
  printf("indices: %d %d\n", idx1, idx2);
  printf("register NULL wait: %d\n", su_root_register(root, NULL, reader, NULL, 0));

  r = su_root_step(root, 0);
  printf("idle step: %ld, calls %d\n", r, calls);

  write(p1[1], "x", 1);
  r = su_root_step(root, 1000);
  printf("step with input: %ld, calls %d\n", r, calls);

  write(p2[1], "yy", 2);
  su_root_step(root, 1000);
  printf("calls %d\n", calls);

  /* event mask 0: input stays pending, nobody is called */
  printf("eventmask 0: %d\n", su_root_eventmask(root, idx1, p1[0], 0));
  write(p1[1], "z", 1);
  drain();
  printf("masked calls %d\n", calls);
  printf("eventmask in: %d\n", su_root_eventmask(root, idx1, p1[0], SU_WAIT_IN));
  su_root_step(root, 1000);
  printf("unmasked calls %d\n", calls);
  printf("eventmask bad index: %d %d\n", su_root_eventmask(root, 0, p1[0], 0),
         su_root_eventmask(root, 999, p1[0], 0));

  /* unregister by object (and arg), deregister by index */
  printf("unregister: %d\n", su_root_unregister(root, w1, reader, &p1[0]) == idx1);
  printf("unregister again: %d\n", su_root_unregister(root, w1, reader, &p1[0]));
  printf("deregister: %d\n", su_root_deregister(root, idx2) == idx2);
  printf("deregister again: %d, index 0: %d\n", su_root_deregister(root, idx2),
         su_root_deregister(root, 0));
  write(p1[1], "q", 1);
  write(p2[1], "q", 1);
  drain();
  printf("after unregistering, calls %d\n", calls);
  read(p1[0], ws, 1), read(p2[0], ws, 1);

  /* freed indices are reused, last freed first */
  idx2 = su_root_register(root, w2, registrar, NULL, su_pri_normal);
  idx1 = su_root_register(root, w1, hup, &p1[0], su_pri_normal);
  printf("reused indices: %d\n", (idx2 == 3 && idx1 == 2) || (idx2 == 2 && idx1 == 3));

  /* register from a callback */
  su_root_deregister(root, idx1);
  write(p2[1], "r", 1);
  su_root_step(root, 1000);
  write(p1[1], "s", 1);
  su_root_step(root, 1000);
  printf("calls %d\n", calls);
  su_root_deregister(root, idx3);
  su_root_deregister(root, idx2);

  /* hang-up: the writer closes */
  idx1 = su_root_register(root, w1, hup, &p1[0], su_pri_normal);
  close(p1[1]);
  su_root_step(root, 1000);
  drain();
  printf("calls %d\n", calls);

  /* su_wait() on plain pollfds */
  su_wait_create(&ws[0], p2[0], SU_WAIT_IN);
  su_wait_create(&ws[1], p1[0], SU_WAIT_IN);
  printf("su_wait: %d\n", su_wait(ws, 2, 100));
  printf("su_wait first: %d\n", su_wait(ws, 1, 0));
  r = su_wait_destroy(&ws[0]);
  printf("wait destroy: %ld, fd %d\n", r, ws[0].fd);

  /* a registration left in place is removed by su_root_destroy */
  su_root_register(root, w2, reader, &p2[0], su_pri_normal);
  su_root_destroy(root);
  close(p1[0]), close(p2[0]), close(p2[1]);
  printf("done\n");
  return 0;
}
