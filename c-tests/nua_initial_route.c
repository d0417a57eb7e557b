/* nua: NUTAG_INITIAL_ROUTE_STR, the preloaded route set (mod_sofia passes it to
 * nua_invite). A (127.0.0.1:35188) sends requests for sip:b@192.0.2.9 (nowhere); a bare
 * UDP socket on 127.0.0.1:35189 plays the proxy of the initial route, prints what reaches
 * it (method and Route headers) and answers non-2xx.
 *  1. nua_set_params(NUTAG_INITIAL_ROUTE_STR): a MESSAGE goes to the proxy with the Route.
 *  2. nua_invite with NUTAG_INITIAL_ROUTE_STR in its tags (it overrides the nua's): the
 *     INVITE and the ACK of its 486 carry that Route.
 *  3. nua_set_params(NUTAG_INITIAL_ROUTE_STR(NULL)) clears it: the next MESSAGE goes
 *     straight to its target (127.0.0.1:35185, where nothing listens) and the proxy sees
 *     nothing. */
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

#include "sip_peer.h"

static su_root_t *root;
static int proxy, final, params_set, downs, served;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if ((event == nua_r_message || event == nua_r_invite) && status >= 200) {
    printf("A: %s %d\n", nua_event_name(event), status);
    final = 1;
  } else if (event == nua_r_set_params) {
    params_set = 1;
  } else if (event == nua_r_shutdown && status >= 200) {
    downs = 1;
  }
}

/* Prints a request that reached the proxy; answers it (not an ACK) with STATUS. */
static void serve(int status, char const *phrase)
{
  char buf[4096];
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  char const *r;
  int n = recvfrom(proxy, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
  if (n <= 0)
    return;
  buf[n] = 0;
  served++;
  printf("proxy: %.*s", (int)strcspn(buf, " "), buf);
  for (r = strstr(buf, "\r\nRoute:"); r; r = strstr(r + 2, "\r\nRoute:"))
    printf(" [%.*s]", (int)strcspn(r + 2, "\r"), r + 2);
  printf("\n");
  if (strncmp(buf, "ACK ", 4) == 0)
    return;
  sip_answer(proxy, buf, &peer, plen, status, phrase, "px", NULL);
}

/* Runs the loop until A got a final response (or ms), serving the proxy. */
static void run(int ms, int status, char const *phrase)
{
  int i;
  final = 0;
  for (i = 0; i < ms / 10 && !final; i++) {
    struct pollfd p = { proxy, POLLIN, 0 };
    su_root_step(root, 5);
    if (poll(&p, 1, 5) > 0)
      serve(status, phrase);
  }
  /* The ACK of a non-2xx final response. */
  for (i = 0; i < 30; i++) {
    struct pollfd p = { proxy, POLLIN, 0 };
    su_root_step(root, 5);
    if (poll(&p, 1, 5) > 0)
      serve(status, phrase);
  }
}

int main(void)
{
  nua_t *A;
  nua_handle_t *h;
  int i;
  su_init();
  root = su_root_create(NULL);
  proxy = udp(35189);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35188"), TAG_END());
  if (!A)
    return 1;

  nua_set_params(A, NUTAG_INITIAL_ROUTE_STR("<sip:127.0.0.1:35189;lr>"), TAG_END());
  for (i = 0; i < 200 && !params_set; i++)
    su_root_step(root, 10);
  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:b@192.0.2.9>"), TAG_END());
  nua_message(h, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"), TAG_END());
  run(3000, 404, "Not Found");
  nua_handle_destroy(h);

  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:b@192.0.2.9>"), TAG_END());
  nua_invite(h, NUTAG_INITIAL_ROUTE_STR("<sip:127.0.0.1:35189;lr;x=invite>"), NUTAG_MEDIA_ENABLE(0),
             TAG_END());
  run(3000, 486, "Busy Here");
  nua_handle_destroy(h);

  params_set = 0;
  nua_set_params(A, NUTAG_INITIAL_ROUTE_STR(NULL), TAG_END());
  for (i = 0; i < 200 && !params_set; i++)
    su_root_step(root, 10);
  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:b@127.0.0.1:35185>"), TAG_END());
  nua_message(h, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"), TAG_END());
  served = 0;
  run(1500, 404, "Not Found");
  printf("after clearing: %d requests at the proxy\n", served);
  nua_handle_destroy(h);

  nua_shutdown(A);
  for (i = 0; i < 600 && !downs; i++)
    su_root_step(root, 10);
  nua_destroy(A);
  close(proxy);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
