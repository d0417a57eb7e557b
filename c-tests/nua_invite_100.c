/* sofia-rs-test: ours-only
 * NUTAG_AUTO_INVITE_100 (FreeSWITCH's fork; mod_sofia creates its nua with
 * NUTAG_AUTO_INVITE_100(0) and sends "100 Trying" itself when configured to). B
 * (127.0.0.1:35184) answers every INVITE 180 then 486 from its callback; a bare UDP
 * client (35183) sends an INVITE and prints the responses of the next 400 ms (a
 * retransmission once):
 *  call 1: default: 100, 180, 486
 *  call 2: after nua_set_params(NUTAG_AUTO_INVITE_100(0)): 180, 486 (no 100 from the stack)
 * Compared with c-tests/nua_invite_100.FLAVOUR.expected (the tag exists in both of our
 * flavours). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "udp_sock.h"

static su_root_t *root;
static int params_set, downs;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (event == nua_i_invite) {
    nua_respond(nh, SIP_180_RINGING, TAG_END());
    nua_respond(nh, SIP_486_BUSY_HERE, TAG_END());
  } else if (event == nua_i_terminated) {
    nua_handle_destroy(nh);
  } else if (event == nua_r_set_params) {
    params_set = 1;
  } else if (event == nua_r_shutdown && status >= 200) {
    downs = 1;
  }
}

static void call(int s, int n)
{
  char buf[4096];
  struct sockaddr_in to;
  int len, i, last = 0;
  len = snprintf(buf, sizeof buf,
    "INVITE sip:b@127.0.0.1:35184 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:35183;branch=z9hG4bK-i100-%d\r\n"
    "Max-Forwards: 70\r\nFrom: <sip:a@127.0.0.1>;tag=a%d\r\nTo: <sip:b@127.0.0.1>\r\n"
    "Call-ID: invite100-%d@test\r\nCSeq: 1 INVITE\r\nContact: <sip:a@127.0.0.1:35183>\r\n"
    "Content-Length: 0\r\n\r\n", n, n, n);
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(35184);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sendto(s, buf, len, 0, (struct sockaddr *)&to, sizeof to);
  printf("call %d:", n);
  for (i = 0; i < 40; i++) {
    struct pollfd p = { s, POLLIN, 0 };
    su_root_step(root, 5);
    while (poll(&p, 1, 5) > 0 && (len = recv(s, buf, sizeof buf - 1, 0)) > 0) {
      buf[len] = 0;
      /* A retransmitted final response is not printed again. */
      if (atoi(buf + 8) != last)
        printf(" %d", last = atoi(buf + 8));
    }
  }
  printf("\n");
}

int main(void)
{
  nua_t *B;
  int s, i;
  su_init();
  root = su_root_create(NULL);
  s = udp(35183);
  B = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35184"), TAG_END());
  if (!B)
    return 1;
  call(s, 1);
  nua_set_params(B, NUTAG_AUTO_INVITE_100(0), TAG_END());
  for (i = 0; i < 200 && !params_set; i++)
    su_root_step(root, 10);
  call(s, 2);
  nua_shutdown(B);
  for (i = 0; i < 600 && !downs; i++)
    su_root_step(root, 10);
  nua_destroy(B);
  close(s);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
