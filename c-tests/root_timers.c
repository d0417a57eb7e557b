/* Timers on a root: one-shot ordering, default and explicit intervals, su_timer_run and
 * su_timer_set_for_ever with counts, reset, re-arming and destroying from callbacks,
 * su_root_break from a timer, su_root_step return values, destroying a root with timers. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>

struct ctx { int dummy; };

static char order[64];
static int fired, count;
static su_timer_t *victim;
static su_root_t *root;
static struct ctx the_ctx;

static void mark(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  size_t n = strlen(order);
  if (m != &the_ctx) printf("wrong magic\n");
  if (n + 1 < sizeof order) order[n] = *(char *)arg, order[n + 1] = 0;
  fired++;
}

static void periodic(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  if (++count == *(int *)arg)
    su_timer_reset(t);
}

static void rearm(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  if (++count < 3)
    printf("rearm %d: %d\n", count, su_timer_set_interval(t, rearm, arg, 1));
}

static void destroy_other(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  printf("destroying the other timer (set: %d)\n", su_timer_is_set(victim));
  su_timer_destroy(victim), victim = NULL;
  su_timer_destroy(t); /* itself, as the last thing it does */
  fired++;
}

static void never(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  printf("destroyed timer fired!\n");
}

static void breaker(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  printf("breaking\n");
  su_root_break(root);
}

/* Step until *v reaches target, for at most 5 seconds (a timer due in less than a
 * millisecond makes su_root_step return at once, so count time, not steps). */
static void steps_until(int *v, int target)
{
  su_time_t start = su_now();
  while (*v < target && su_duration(su_now(), start) < 5000)
    su_root_step(root, 10);
}

int main(void)
{
  su_timer_t *a, *b, *c, *t, *u;
  su_duration_t r;
  int limit;
  char ca = 'a', cb = 'b', cc = 'c', cd = 'd';

  root = su_root_create(&the_ctx);
  printf("root: %d, magic ok: %d\n", root != NULL, su_root_magic(root) == &the_ctx);
  printf("task root ok: %d\n", su_task_root(su_root_task(root)) == root);
  printf("task differs from null: %d\n", su_task_cmp(su_root_task(root), su_task_null) != 0);
  printf("null task root: %d\n", su_task_root(su_task_null) == NULL);
  printf("timer on null task: %p\n", (void *)su_timer_create(su_task_null, 10));

  /* no timers: step returns "forever" */
  printf("step without timers: %ld\n", su_root_step(root, 0));

  /* one-shot ordering */
  a = su_timer_create(su_root_task(root), 0);
  b = su_timer_create(su_root_task(root), 0);
  c = su_timer_create(su_root_task(root), 200);
  printf("timer root ok: %d, set: %d\n", su_timer_root(a) == root, su_timer_is_set(a));
  printf("set a: %d\n", su_timer_set_interval(a, mark, &ca, 300));
  printf("set b: %d\n", su_timer_set_interval(b, mark, &cb, 100));
  printf("set c: %d\n", su_timer_set(c, mark, &cc));
  printf("is set: %d %d %d\n", su_timer_is_set(a), su_timer_is_set(b), su_timer_is_set(c));
  r = su_root_step(root, 0);
  printf("step: next timer in (50,100]: %d\n", r > 50 && r <= 100);
  steps_until(&fired, 3);
  printf("order: %s, is set: %d %d %d\n", order, su_timer_is_set(a), su_timer_is_set(b), su_timer_is_set(c));

  /* set_at, and reset before it fires */
  fired = 0, order[0] = 0;
  printf("set_at: %d\n", su_timer_set_at(a, mark, &cd, su_time_add(su_now(), 15)));
  printf("set b: %d\n", su_timer_set_interval(b, mark, &cb, 5));
  printf("reset b: %d, set: %d\n", su_timer_reset(b), su_timer_is_set(b));
  printf("reset unset: %d, reset NULL: %d\n", su_timer_reset(b), su_timer_reset(NULL));
  steps_until(&fired, 1);
  su_root_sleep(root, 20);
  printf("order: %s\n", order);

  /* set again while set: only the last setting counts */
  fired = 0, order[0] = 0;
  su_timer_set_interval(a, mark, &ca, 1000);
  su_timer_set_interval(a, mark, &cb, 1);
  steps_until(&fired, 1);
  printf("re-set: %s\n", order);

  /* periodic timers */
  t = su_timer_create(su_root_task(root), 3);
  count = 0, limit = 5;
  printf("run: %d\n", su_timer_run(t, periodic, &limit));
  steps_until(&count, 5);
  su_root_sleep(root, 20);
  printf("run count: %d, set: %d\n", count, su_timer_is_set(t));
  count = 0, limit = 3;
  printf("for ever: %d\n", su_timer_set_for_ever(t, periodic, &limit));
  steps_until(&count, 3);
  su_root_sleep(root, 20);
  printf("for ever count: %d, set: %d\n", count, su_timer_is_set(t));

  /* re-arm from the callback */
  count = 0;
  su_timer_set_interval(t, rearm, NULL, 1);
  steps_until(&count, 3);
  su_root_sleep(root, 10);
  printf("rearm count: %d\n", count);

  /* destroy timers from a callback */
  fired = 0;
  u = su_timer_create(su_root_task(root), 0);
  victim = su_timer_create(su_root_task(root), 0);
  su_timer_set_interval(victim, never, NULL, 30);
  su_timer_set_interval(u, destroy_other, NULL, 2);
  steps_until(&fired, 1);
  su_root_sleep(root, 40);
  printf("victim gone: %d\n", victim == NULL);

  /* su_root_break from a timer ends su_root_run */
  su_timer_set_interval(t, breaker, NULL, 5);
  su_root_run(root);
  printf("run returned\n");

  /* step reports the next timer */
  su_timer_set_interval(t, mark, &ca, 100);
  r = su_root_step(root, 0);
  printf("step: next timer in (50,100]: %d\n", r > 50 && r <= 100);
  su_timer_reset(t);
  printf("step after reset: %ld\n", su_root_step(root, 0));

  /* destroying the root: the timer still set is taken care of by the root */
  su_timer_set_interval(c, never, NULL, 10000);
  su_timer_destroy(a);
  su_timer_destroy(b);
  su_timer_destroy(t);
  su_root_destroy(root);
  printf("root destroyed\n");
  return 0;
}
