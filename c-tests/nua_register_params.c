/* nua: a registration configured as GNOME Calls configures it. Parameters given to
 * nua_create() (NUTAG_PATH_ENABLE(0), NUTAG_SUPPORTED), to nua_handle() (SIPTAG_EXPIRES_STR,
 * NUTAG_M_PARAMS, NUTAG_CALLEE_CAPS, NUTAG_OUTBOUND, NUTAG_SUPPORTED) and to nua_register()
 * (NUTAG_M_USERNAME, NUTAG_M_DISPLAY, NUTAG_REGISTRAR) shape the REGISTER: Contact with
 * display name, user, M_PARAMS and the methods of the callee capabilities; Expires of the
 * handle; no "path" in Supported. A (127.0.0.1:35386) registers with a bare UDP registrar
 * (35387), which prints what it gets and answers 200; then un-REGISTER. The handle keeps the
 * parameters of its requests: nua_get_hparams reports them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "sip_peer.h"
#include "peer_run.h"


static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (shutdown_event(event, status))
    return;
  printf("A: %s %d %s\n", nua_event_name(event), status, phrase);
  if (event == nua_r_get_params) {
    char const *display = NULL, *mparams = NULL, *outbound = NULL;
    int caps = -1;
    tl_gets(tags, NUTAG_M_DISPLAY_REF(display), NUTAG_M_PARAMS_REF(mparams), NUTAG_OUTBOUND_REF(outbound),
            NUTAG_CALLEE_CAPS_REF(caps), TAG_END());
    printf("  callee caps %d, outbound \"%s\"\n", caps, outbound ? outbound : "(none)");
  }
}

static void serve(int s)
{
  static char const *const names[] = { "\r\nContact:", "\r\nExpires:", "\r\nSupported:" };
  char buf[4096], contact[600], v[600];
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  size_t i;
  int n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
  if (n <= 0)
    return;
  buf[n] = 0;
  printf("registrar: %.*s\n", (int)strcspn(buf, "\r"), buf);
  for (i = 0; i < sizeof names / sizeof names[0]; i++) {
    sip_value(buf, names[i], v, sizeof v);
    if (v[0])
      printf("  %.*s %s\n", (int)strlen(names[i]) - 2, names[i] + 2, v);
  }
  sip_line(buf, "\r\nContact:", contact, sizeof contact - sizeof ";expires=180");
  if (contact[0])
    strcat(contact, ";expires=180");
  sip_answer(s, buf, &peer, plen, 200, "OK", "reg", contact);
}


int main(void)
{
  nua_t *A;
  nua_handle_t *h;
  int s;
  su_init();
  root = su_root_create(NULL);
  s = udp(35387);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35386"), NUTAG_PATH_ENABLE(0),
                 NUTAG_ALLOW("INVITE, ACK, BYE, CANCEL, OPTIONS, UPDATE"), NUTAG_SUPPORTED("replaces, gruu, outbound"),
                 NUTAG_ENABLEINVITE(1), NUTAG_AUTOANSWER(0), NUTAG_AUTOACK(1), NUTAG_MEDIA_ENABLE(1),
                 SIPTAG_FROM_STR("<sip:alice@127.0.0.1:35387>"), TAG_END());
  if (!A)
    return 1;
  h = nua_handle(A, NULL, SIPTAG_EXPIRES_STR("180"), NUTAG_SUPPORTED("replaces, outbound, gruu"),
                 NUTAG_OUTBOUND("outbound natify gruuize no-validate"), NUTAG_M_PARAMS("user=phone"),
                 NUTAG_CALLEE_CAPS(1), TAG_END());
  nua_register(h, NUTAG_M_USERNAME("alice"), NUTAG_M_DISPLAY("Alice"), NUTAG_REGISTRAR("sip:127.0.0.1:35387"),
               TAG_END());
  run(s, 600);
  nua_get_hparams(h, TAG_ANY(), TAG_END());
  run(s, 200);
  nua_unregister(h, TAG_END());
  run(s, 500);
  nua_handle_destroy(h);
  agent_shutdown(A);
  close(s);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
