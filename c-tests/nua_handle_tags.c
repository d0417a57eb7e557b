/* nua: the SIP header tags given to nua_handle() go into every request of the handle, as
 * the request template of Sofia's nua builds them (mod_sofia gives its Contact, Call-ID,
 * Route and X- headers that way): A (127.0.0.1:35384) sends to a bare UDP peer (35385),
 * which prints the headers it gets and answers 200.
 *  1. MESSAGE and OPTIONS on a handle with Contact, Expires, Subject and X-Handle: the
 *     handle's headers, a Subject of the request replacing the handle's, headers of the
 *     request added after them;
 *  2. INVITE (no media) on a handle with Call-ID, Contact, Route and X-Handle: the INVITE,
 *     its ACK and the BYE;
 *  3. a handle without header tags: none of them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
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
  if (event == nua_i_state || event == nua_i_active || event == nua_i_terminated)
    return;
  printf("A: %s %d %s\n", nua_event_name(event), status, phrase);
}

/* Prints the request line and the header lines this test is about, answers 200 (with a
 * Contact for the INVITE), nothing for ACK. */
static void serve(int s)
{
  static char const *const names[] = {
    "\r\nCall-ID:", "\r\nContact:", "\r\nRoute:", "\r\nSubject:", "\r\nExpires:",
    "\r\nX-Handle:", "\r\nX-Req:", "\r\nContent-Type:",
  };
  char buf[4096], v[512];
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  size_t i;
  int n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
  if (n <= 0)
    return;
  buf[n] = 0;
  printf("peer: %.*s\n", (int)strcspn(buf, "\r"), buf);
  for (i = 0; i < sizeof names / sizeof names[0]; i++) {
    char const *name = names[i];
    /* The generated Call-IDs differ per run: only the handle's is printed. */
    sip_value(buf, name, v, sizeof v);
    if (!v[0] || (i == 0 && strcmp(v, "handle-call-id@example.org") != 0))
      continue;
    printf("  %.*s %s\n", (int)strlen(name) - 2, name + 2, v);
  }
  if (strncmp(buf, "ACK ", 4) == 0)
    return;
  sip_answer(s, buf, &peer, plen, 200, "OK", "peer",
             strncmp(buf, "INVITE ", 7) == 0 ? "\r\nContact: <sip:peer@127.0.0.1:35385>" : NULL);
}


int main(void)
{
  nua_t *A;
  nua_handle_t *h;
  int s;
  su_init();
  root = su_root_create(NULL);
  s = udp(35385);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35384"), NUTAG_MEDIA_ENABLE(0), TAG_END());
  if (!A)
    return 1;

  printf("-- 1. MESSAGE, OPTIONS\n");
  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35385>"), SIPTAG_FROM_STR("<sip:alice@example.org>"),
                 SIPTAG_CONTACT_STR("<sip:fs@127.0.0.1:35384;transport=udp>"), SIPTAG_HEADER_STR("X-Handle: 1"),
                 SIPTAG_SUBJECT_STR("from handle"), SIPTAG_EXPIRES_STR("77"), TAG_END());
  nua_message(h, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"),
              SIPTAG_SUBJECT_STR("from request"), TAG_END());
  run(s, 400);
  nua_options(h, SIPTAG_HEADER_STR("X-Req: 2"), TAG_END());
  run(s, 400);
  nua_handle_destroy(h);

  printf("-- 2. INVITE, ACK, BYE\n");
  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35385>"), SIPTAG_CALL_ID_STR("handle-call-id@example.org"),
                 SIPTAG_CONTACT_STR("<sip:fs@127.0.0.1:35384>"), SIPTAG_ROUTE_STR("<sip:127.0.0.1:35385;lr>"),
                 SIPTAG_HEADER_STR("X-Handle: 2"), TAG_END());
  nua_invite(h, TAG_END());
  run(s, 400);
  nua_bye(h, TAG_END());
  run(s, 400);
  nua_handle_destroy(h);

  printf("-- 3. no header tags\n");
  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35385>"), TAG_END());
  nua_options(h, TAG_END());
  run(s, 400);
  nua_handle_destroy(h);

  agent_shutdown(A);
  close(s);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
