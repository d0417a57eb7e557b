/* Timer set + dispatch cycles: N times, arm a timer for 0 ms and step the root until its
 * callback ran. Usage: bench_timers N */
#include <stdio.h>
#include <stdlib.h>
#include <sofia-sip/su_wait.h>

static unsigned long fired;

static void cb(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  fired++;
}

int main(int argc, char **argv)
{
  unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000, i;
  su_root_t *root = su_root_create(NULL);
  su_timer_t *t = su_timer_create(su_root_task(root), 1);
  su_timer_t *idle = su_timer_create(su_root_task(root), 1);

  if (!root || !t || !idle)
    return 1;
  /* a far-away timer keeps the queue non-trivial */
  su_timer_set_interval(idle, cb, NULL, 3600 * 1000);
  for (i = 0; i < n; i++) {
    unsigned long before = fired;
    su_timer_set_interval(t, cb, NULL, 0);
    while (fired == before)
      su_root_step(root, 0);
  }
  printf("%lu\n", fired);
  su_timer_destroy(t);
  su_timer_destroy(idle);
  su_root_destroy(root);
  return fired == n ? 0 : 1;
}
