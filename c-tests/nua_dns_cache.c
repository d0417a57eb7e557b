/* sofia-rs-test: ours-only
 * nua_nta_agent_resolver_clean_dns_cache_ex() (the fork's; 1.13 flavour): the stack
 * forgets its cached DNS answers in its own thread and reports nothing. A nua on
 * 127.0.0.1:35196 gets the call (and one with NULL, ignored), then nua_get_params():
 * the only events are nua_r_get_params and the shutdown's; a call after nua_shutdown()
 * is refused as every other signal is. Stack in its own thread, then in the
 * application's. Exit 1 on any other event. */
#include <stdio.h>
#include <string.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>

#ifdef SOFIA_RS_ABI_1_12
int main(void)
{
  printf("1.12 flavour: nua_nta_agent_resolver_clean_dns_cache_ex does not exist\n");
  return 0;
}
#else

static su_root_t *root;
static int bad, down;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  printf("%s %d %s\n", nua_event_name(event), status, phrase ? phrase : "(null)");
  if (event == nua_r_get_params) {
    nua_shutdown(nua);
    nua_nta_agent_resolver_clean_dns_cache_ex(nua);
  } else if (event == nua_r_shutdown) {
    if (status >= 200) {
      down = 1;
      su_root_break(root);
    }
  } else {
    bad = 1;
  }
}

static int run(int threading)
{
  nua_t *nua;
  su_time_t deadline;
  root = su_root_create(NULL);
  if (!root)
    return 1;
  if (!threading)
    su_root_threading(root, 0);
  down = 0;
  nua = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35196"), TAG_END());
  if (!nua) {
    printf("nua_create failed\n");
    return 1;
  }
  nua_nta_agent_resolver_clean_dns_cache_ex(NULL);
  nua_nta_agent_resolver_clean_dns_cache_ex(nua);
  nua_nta_agent_resolver_clean_dns_cache_ex(nua);
  nua_get_params(nua, NUTAG_ENABLEMESSAGE(0), TAG_END());
  deadline = su_now();
  deadline.tv_sec += 5;
  while (!down && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);
  if (down)
    nua_destroy(nua);
  su_root_destroy(root);
  printf("%s: down %d, other events %d\n", threading ? "threaded" : "single thread", down, bad);
  return down && !bad ? 0 : 1;
}

int main(void)
{
  int rc;
  su_init();
  rc = run(1);
  if (rc == 0)
    rc = run(0);
  su_deinit();
  return rc;
}
#endif
