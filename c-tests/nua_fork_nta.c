/* sofia-rs-test: ours-only
 * The fork's nua → nta accessors FreeSWITCH's mod_sofia calls from its own threads
 * (1.13 flavour; Debian's 1.12 library has none of them):
 *   nta_agent_via(nua_get_agent(nua))          the agent's Via of each bound transport
 *   nta_leg_get_tag(nua_get_dialog_state_leg(nh))   our tag in the handle's dialog
 *   nua_reload_tls(nua, dir)                   certificates read again (arguments checked)
 * A calls B over UDP loopback (ports 35190/35191); B answers. With the stack in its
 * own thread (the default) the calls hop to the stack's thread; with
 * su_root_threading(root, 0) they run at once. Both modes run in turn. */
#include <stdio.h>
#include <string.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/soa_tag.h>

#ifdef SOFIA_RS_ABI_1_12
int main(void)
{
  printf("1.12 flavour: the fork's accessors do not exist\n");
  return 0;
}
#else

#define SDP_B "v=0\r\no=b 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 5006 RTP/AVP 0\r\n"

static su_root_t *root;
static nua_t *A, *B;
static nua_handle_t *ha, *hb;
static int active, ended, downs, tag_ok;
static char a_to_tag[128];

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  char const *who = (char const *)magic;
  (void)phrase; (void)hmagic; (void)tags; (void)nua;
  if (event == nua_i_invite) {
    hb = nh;
    nua_respond(nh, 200, "OK", SOATAG_USER_SDP_STR(SDP_B), TAG_END());
  }
  else if (event == nua_r_invite && status == 200 && sip && sip->sip_to && sip->sip_to->a_tag)
    snprintf(a_to_tag, sizeof a_to_tag, "%s", sip->sip_to->a_tag);
  else if (event == nua_i_active && who[0] == 'A') {
    nta_leg_t *leg;
    char const *tag;
    active = 1;
    /* B's dialog leg: its tag is the To tag A saw in the 200. */
    leg = hb ? nua_get_dialog_state_leg(hb) : NULL;
    tag = leg ? nta_leg_get_tag(leg) : NULL;
    tag_ok = tag && a_to_tag[0] && strcmp(tag, a_to_tag) == 0;
    printf("B's dialog leg: %s, its tag is A's To tag: %d\n", leg ? "found" : "none", tag_ok);
    nua_bye(ha, TAG_END());
  } else if (event == nua_r_bye && status >= 200) {
    ended = 1;
    nua_handle_destroy(ha);
    ha = NULL;
    nua_shutdown(A);
    nua_shutdown(B);
  } else if (event == nua_i_terminated && who[0] == 'B') {
    nua_handle_destroy(nh);
    hb = NULL;
  } else if (event == nua_r_shutdown && status >= 200) {
    if (++downs == 2)
      su_root_break(root);
  }
}

static int run(int threaded)
{
  su_time_t deadline;
  sip_via_t const *v;
  nta_agent_t *agent;
  int vias = 0, via_ok = 0, reload;

  active = ended = downs = tag_ok = 0;
  a_to_tag[0] = 0;
  ha = hb = NULL;
  root = su_root_create(NULL);
  if (!threaded)
    su_root_threading(root, 0);
  A = nua_create(root, cb, (nua_magic_t *)"A", NUTAG_URL("sip:127.0.0.1:35190"), TAG_END());
  B = nua_create(root, cb, (nua_magic_t *)"B", NUTAG_URL("sip:127.0.0.1:35191"), TAG_END());
  if (!A || !B) {
    printf("nua_create failed\n");
    return 1;
  }
  agent = nua_get_agent(A);
  for (v = agent ? nta_agent_via(agent) : NULL; v; v = v->v_next) {
    vias++;
    if (v->v_protocol && strcmp(v->v_protocol, "SIP/2.0/UDP") == 0 && v->v_host &&
        strcmp(v->v_host, "127.0.0.1") == 0 && v->v_port && strcmp(v->v_port, "35190") == 0)
      via_ok = 1;
  }
  printf("%s: agent %s, Via headers %d, UDP 127.0.0.1:35190 among them: %d\n",
         threaded ? "threaded" : "single thread", agent ? "found" : "none", vias, via_ok);
  /* nua_reload_tls(): -1 on NULL arguments, else 0 (the reload runs in the stack; a
   * directory without certificates only logs, and A has no TLS listener anyway). */
  reload = nua_reload_tls(NULL, "/nonexistent") == -1 && nua_reload_tls(A, NULL) == -1 &&
           nua_reload_tls(A, "/nonexistent") == 0;
  printf("nua_reload_tls results as documented: %d\n", reload);

  ha = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:b@127.0.0.1:35191>"), TAG_END());
  nua_invite(ha, NUTAG_URL("sip:b@127.0.0.1:35191"),
             SOATAG_USER_SDP_STR("v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
                                 "t=0 0\r\nm=audio 5004 RTP/AVP 0\r\n"), TAG_END());
  deadline = su_now();
  deadline.tv_sec += 10;
  while (downs < 2 && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);
  if (downs < 2) { /* the call did not go through: shut down anyway */
    nua_shutdown(A);
    nua_shutdown(B);
    deadline = su_now();
    deadline.tv_sec += 5;
    while (downs < 2 && su_time_cmp(su_now(), deadline) < 0)
      su_root_step(root, 100);
  }
  if (downs == 2) {
    nua_destroy(A);
    nua_destroy(B);
  }
  su_root_destroy(root);
  printf("call up: %d, ended: %d, shut down: %d\n", active, ended, downs == 2);
  return agent && vias >= 1 && via_ok && reload && active && tag_ok && ended && downs == 2 ? 0 : 1;
}

int main(void)
{
  int rc;
  su_init();
  rc = run(1) | run(0);
  su_deinit();
  return rc;
}
#endif
