/* nua: our INVITE carried an offer and the 2xx comes without an answer (RFC 3264 §4
 * requires one). A (127.0.0.1:35390) calls a bare UDP peer (35391) that answers 200 without
 * a body: A reports the media error, ACKs and ends the call with a BYE. The trace has each
 * event with its call state and the requests the peer got. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "sip_peer.h"
#include "peer_run.h"

static struct trace ev, peer_log;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  int state = -1;
  if (shutdown_event(event, status))
    return;
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), TAG_END());
  trace(&ev, "A: %s %d %s%s%s\n", nua_event_name(event), status, phrase,
                      state >= 0 ? " state=" : "", state >= 0 ? nua_callstate_name(state) : "");
}

static void serve(int s)
{
  char buf[4096];
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  int n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
  if (n <= 0)
    return;
  buf[n] = 0;
  trace(&peer_log, "peer: %.*s\n", (int)strcspn(buf, " "), buf);
  if (strncmp(buf, "ACK ", 4) == 0)
    return;
  sip_answer(s, buf, &peer, plen, 200, "OK", "peer",
             strncmp(buf, "INVITE ", 7) == 0 ? "\r\nContact: <sip:peer@127.0.0.1:35391>" : NULL);
}


int main(void)
{
  nua_t *A;
  nua_handle_t *h;
  int s;
  su_init();
  root = su_root_create(NULL);
  s = udp(35391);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35390"), TAG_END());
  if (!A)
    return 1;
  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35391>"), TAG_END());
  nua_invite(h, SOATAG_USER_SDP_STR("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                                    "m=audio 5004 RTP/AVP 0\r\n"), TAG_END());
  run(s, 600);
  nua_handle_destroy(h);
  agent_shutdown(A);
  fputs(peer_log.text, stdout);
  fputs(ev.text, stdout);
  close(s);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
