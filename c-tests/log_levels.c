/* Logs: levels from the environment, set/soft-set levels, redirection, the SU_DEBUG_n
 * macros on a module log, su_llog/su_vllog, su_perror2. Messages are captured by a
 * redirected logger and printed on stdout; the default logger prints to a FILE given as
 * stream. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#define SU_LOG nua_log
#include <sofia-sip/su.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/su_debug.h>

extern su_log_t soa_log[], nta_log[], tport_log[], nea_log[], iptsec_log[],
  sresolv_log[], stun_log[], nth_client_log[], nth_server_log[];

static char captured[4096];

static void capture(void *stream, char const *fmt, va_list ap)
{
  size_t n = strlen(captured);
  char line[512];
  vsnprintf(line, sizeof line, fmt, ap);
  snprintf(captured + n, sizeof captured - n, "[%s] %s", (char const *)stream, line);
}

static void flush(char const *what)
{
  char *p, *nl;
  /* The 1.13 flavour prefixes "file:line func() ": keep what follows "() ". */
  printf("%s:\n", what);
  for (p = captured; *p; p = nl + 1) {
    char *body = p;
    char *q;
    nl = strchr(p, '\n');
    if (!nl)
      nl = p + strlen(p) - 1;
    *nl = '\0';
    if ((q = strstr(p, "() ")) && q < nl)
      body = q + 3;
    if (body != p) /* keep the "[stream] " tag */
      printf("  %.*s%s\n", (int)(strchr(p, ']') + 2 - p), p, body);
    else
      printf("  %s\n", p);
  }
  captured[0] = '\0';
}

static void vcall(su_log_t *log, unsigned level, char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  su_vllog(log, level, fmt, ap);
  va_end(ap);
}

static void dump(su_log_t *l)
{
  printf("%-7s %-13s size=%d default=%u level=%u init=%d logger=%s\n",
         l->log_name, l->log_env, l->log_size, l->log_default, l->log_level,
         l->log_init, l->log_logger ? "set" : "NULL");
}

int main(void)
{
  su_log_t *all[] = { su_log_default, su_log_global, nua_log, soa_log, nta_log, tport_log,
                      nea_log, iptsec_log, sresolv_log, stun_log, nth_client_log,
                      nth_server_log };
  unsigned i;
  FILE *f;
  su_logger_f *original = su_log_default->log_logger;
  char buf[256];

  printf("sizeof(su_log_t) = %u, SU_LOG_MAX = %d\n", (unsigned)sizeof(su_log_t), SU_LOG_MAX);
  for (i = 0; i < sizeof all / sizeof all[0]; i++)
    dump(all[i]);

  /* The environment is read when a log is first initialised. */
  setenv("NTA_DEBUG", "7", 1);
  setenv("SOFIA_DEBUG", "2", 1);
  unsetenv("NUA_DEBUG");
  unsetenv("SU_DEBUG");
  unsetenv("TPORT_DEBUG");
  unsetenv("SHOW_DEBUG_LEVELS");
  printf("su_init: %d\n", su_init());
  dump(su_log_default);
  dump(su_log_global);
  dump(nta_log);
  su_log_init(nta_log);
  dump(nta_log);
  setenv("NTA_DEBUG", "1", 1); /* too late: read once */
  su_log_init(nta_log);
  dump(nta_log);

  /* Capture everything that reaches su_log_default's logger. */
  su_log_redirect(NULL, capture, "default");
  su_llog(nua_log, 2, "nua at %d (default level 2)\n", 2);
  su_llog(nua_log, 3, "nua at %d: hidden\n", 3);
  su_llog(nta_log, 7, "nta at %d (env 7)\n", 7);
  su_llog(nta_log, 8, "nta at 8: hidden\n");
  su_log("su_log %s\n", "always");
  flush("module logs follow the default level");
  dump(nua_log);

  /* SU_DEBUG_n on nua_log: follows su_log_default until set. */
  SU_DEBUG_1(("debug 1 %s\n", "shown"));
  SU_DEBUG_3(("debug 3 %s\n", "hidden"));
  su_log_set_level(su_log_default, 5);
  SU_DEBUG_3(("debug 3 %s\n", "shown"));
  SU_DEBUG_6(("debug 6 %s\n", "hidden"));
  flush("SU_DEBUG_n with SU_LOG nua_log");

  su_log_set_level(nua_log, 1);
  dump(nua_log);
  SU_DEBUG_1(("after set 1: %d\n", 1));
  SU_DEBUG_2(("after set 2: %d\n", 2));
  su_log_set_level(nua_log, 9);
  SU_DEBUG_9(("after set 9: %d\n", 9));
  flush("su_log_set_level(nua_log)");

  /* Soft set: ignored once the level came from the environment or the default. */
  su_log_soft_set_level(nta_log, 2);
  dump(nta_log);
  su_log_soft_set_level(tport_log, 4);
  dump(tport_log);
  su_log_init(soa_log);
  su_log_soft_set_level(soa_log, 8);
  dump(soa_log);
  su_llog(tport_log, 4, "tport at 4\n");
  su_llog(tport_log, 5, "tport at 5: hidden\n");
  flush("soft set");

  /* A module logger of its own; NULL gives the default logger back. */
  su_log_redirect(tport_log, capture, "tport");
  su_llog(tport_log, 1, "to the tport logger\n");
  su_log_redirect(tport_log, NULL, NULL);
  su_llog(tport_log, 1, "back to the default logger\n");
  vcall(tport_log, 0, "vllog %s %d\n", "args", 42);
  flush("redirect");

  /* Applications write the fields directly. */
  nua_log->log_level = 0;
  SU_DEBUG_1(("level 0 written directly: hidden\n"));
  SU_DEBUG_0(("level 0 message %s\n", "shown"));
  flush("direct field writes");

  su_perror2("perror2", ENOENT);
  errno = EACCES;
  su_perror("perror");
  flush("su_perror");
  printf("su_strerror(EINVAL): %s\n", su_strerror(EINVAL));
  errno = 0;
  i = su_seterrno(EAGAIN);
  printf("su_seterrno: %d, errno %d\n", (int)i, su_errno());

  /* The default logger prints to the FILE given as stream. */
  f = tmpfile();
  su_log_redirect(su_log_default, original, f);
  su_llog(soa_log, 1, "to a file: %s %u\n", "soa", 1u);
  su_log("%s", "two\nlines\n");
  rewind(f);
  while (fgets(buf, sizeof buf, f)) {
    char *q = strstr(buf, "() ");
    printf("  file: %s", q ? q + 3 : buf);
  }
  su_log_redirect(NULL, NULL, NULL);
  su_llog(nua_log, 0, "nowhere: su_log_default has no logger\n");
  flush("no logger at all");
  (void)buf;
  fclose(f);
  return 0;
}
