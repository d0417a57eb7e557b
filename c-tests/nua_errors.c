/* nua: errors of requests and responses. MESSAGE to a closed TCP port (503 from the
 * transaction layer, with the local response message), MESSAGE on a handle without a
 * destination (900: the phrase is the library's own, not printed), nua_respond on a
 * handle without a request (nua_i_error 500). */
#include <stdio.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_header.h>

static su_root_t *root;
static nua_t *A;
static nua_handle_t *h1, *h2, *h3;
static int got, done;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  printf("%s %d %s nh=%s sip=%s", nua_event_name(event), status, status >= 900 ? "(phrase)" : phrase,
         nh == h1 ? "h1" : nh == h2 ? "h2" : nh == h3 ? "h3" : nh ? "other" : "null", sip ? "yes" : "no");
  if (sip && sip->sip_cseq)
    printf(" cseq=%s", sip->sip_cseq->cs_method_name);
  printf(" tags=%s\n", tags && tags->t_tag ? "some" : "none");
  if (event != nua_r_shutdown && ++got == 3)
    nua_shutdown(A);
  if (event == nua_r_shutdown && status >= 200) {
    done = 1;
    su_root_break(root);
  }
}

int main(void)
{
  su_time_t deadline;
  su_init();
  root = su_root_create(NULL);
  su_root_threading(root, 0); /* one thread: the order of the three events is fixed */
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35095"), TAG_END());
  if (!A)
    return 1;
  h1 = nua_handle(A, NULL, SIPTAG_TO_STR("sip:127.0.0.1:35099;transport=tcp"), TAG_END());
  nua_message(h1, SIPTAG_PAYLOAD_STR("x"), TAG_END());
  h2 = nua_handle(A, NULL, TAG_END());
  nua_message(h2, SIPTAG_PAYLOAD_STR("x"), TAG_END());
  h3 = nua_handle(A, NULL, TAG_END());
  nua_respond(h3, 200, "OK", TAG_END());

  deadline = su_now();
  deadline.tv_sec += 5;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);
  printf("done: %d\n", done);
  nua_handle_destroy(h1);
  nua_handle_destroy(h2);
  nua_handle_destroy(h3);
  if (done)
    nua_destroy(A);
  su_root_destroy(root);
  su_deinit();
  return done ? 0 : 1;
}
