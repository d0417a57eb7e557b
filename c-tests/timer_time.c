/* Time: su_time_t arithmetic, the NTP epoch, and the _su_time hook moving every timer. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_time.h>

/* The test hook of the library (not in the public headers). */
extern void (*_su_time)(su_time_t *);

static long offset_sec;
static void (*old_hook)(su_time_t *);

static void skew(su_time_t *tv)
{
  tv->tv_sec += offset_sec;
}

static int fired;
static void cb(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  fired++;
}

int main(void)
{
  su_time_t a = { 100, 999000 }, b = { 101, 500 }, c;
  su_time_t now, later;
  char buf[32];
  int n;
  su_root_t *root;
  su_timer_t *t;

  printf("sizeof su_time_t %d, su_duration_t %d\n", (int)sizeof(su_time_t), (int)sizeof(su_duration_t));
  printf("cmp: %ld %ld %ld\n", su_time_cmp(a, b), su_time_cmp(b, a), su_time_cmp(a, a));
  printf("duration: %ld %ld\n", su_duration(b, a), su_duration(a, b));
  printf("duration max: %d\n", su_duration((su_time_t){ 4000000000UL, 0 }, a) == SU_DURATION_MAX);
  printf("diff: %.6f\n", su_time_diff(b, a));
  c = su_time_add(a, 1500);
  printf("add: %lu.%06lu\n", c.tv_sec, c.tv_usec);
  c = su_time_add(a, -1000);
  printf("add negative: %lu.%06lu\n", c.tv_sec, c.tv_usec);
  c = su_time_dadd(a, 0.25);
  printf("dadd: %lu.%06lu\n", c.tv_sec, c.tv_usec);
  printf("ms: %u\n", su_time_ms(b));
  n = su_time_print(buf, sizeof buf, &b);
  printf("print: %d %s\n", n, buf);
  n = su_time_print(buf, 5, &b);
  printf("print short: %d %s\n", n, buf);

  now = su_now();
  printf("ntp epoch: %d\n", now.tv_sec >= (unsigned long)time(NULL) + SU_TIME_EPOCH - 1 &&
         now.tv_sec <= (unsigned long)time(NULL) + SU_TIME_EPOCH + 1);
  printf("usec in range: %d\n", now.tv_usec < 1000000);
  printf("nanotime agrees: %d\n", su_nanotime(NULL) / SU_E9 - now.tv_sec <= 1);
  printf("monotime moves: %d\n", su_monotime(NULL) > 0);
  printf("ntp sec: %d\n", su_ntp_sec() - (uint32_t)now.tv_sec <= 1);
  printf("ntp hi/lo: %u %u\n", su_ntp_hi(su_ntp_hilo(7, 9)), su_ntp_lo(su_ntp_hilo(7, 9)));

  /* the hook shifts su_time() ... */
  old_hook = _su_time;
  offset_sec = 3600;
  _su_time = skew;
  su_time(&later);
  printf("hooked: %ld\n", (long)(later.tv_sec - now.tv_sec) / 100);
  offset_sec = 0;

  /* ... and timers: a timer due in 10 minutes fires once time jumps forward */
  root = su_root_create(NULL);
  t = su_timer_create(su_root_task(root), 600000);
  su_timer_set(t, cb, NULL);
  su_root_step(root, 0);
  printf("before the jump: %d\n", fired);
  offset_sec = 601;
  su_root_step(root, 0);
  printf("after the jump: %d\n", fired);
  _su_time = old_hook;
  su_timer_destroy(t);
  su_root_destroy(root);
  return 0;
}
