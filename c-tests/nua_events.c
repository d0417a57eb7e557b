/* nua: names of events and states; saved events (nua_save_event, nua_event_data,
 * NUTAG_WITH_SAVED, nua_destroy_event); handle references; responding to a request the
 * stack answered (nua_i_error 500); the headers of the stack's answer to OPTIONS; no
 * events for a destroyed handle; nua_default. A on 127.0.0.1:35093, B on 35094, the stack
 * in the application's thread (su_root_threading(root, 0)). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#define URL_B "sip:127.0.0.1:35094"

static su_root_t *root;
static nua_t *A, *B;
static nua_handle_t *h1, *h2, *saved_nh;
static nua_saved_event_t saved[1];
static int done, shutdowns, messages;
static su_home_t home[1];

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  char const *who = (char const *)magic;
  printf("%s: %s %d %s nh=%s\n", who, nua_event_name(event), status, phrase,
         nh == NULL ? "null" : nh == h1 ? "h1" : nh == h2 ? "h2" : "other");

  switch (event) {
  case nua_i_message:
    messages++;
    if (messages == 1) {
      nua_event_data_t const *d;
      int n = nua_save_event(nua, saved);
      d = nua_event_data(saved);
      printf("B: saved %d, data %s, event %s, status %d %s, nh same %s, msg same %s, request same %s\n",
             n != 0, d ? "yes" : "no", d ? nua_event_name(d->e_event) : "-", d ? d->e_status : 0,
             d ? d->e_phrase : "-", d && d->e_nh == nh ? "yes" : "no",
             d && d->e_msg == nua_current_request(nua) ? "yes" : "no",
             nua_saved_event_request(saved) == nua_current_request(nua) ? "yes" : "no");
      saved_nh = nua_handle_ref(nh);
      printf("B: ref same %s\n", saved_nh == nh ? "yes" : "no");
      nua_respond(nh, SIP_200_OK, NUTAG_WITH_SAVED(saved), TAG_END());
    } else {
      nua_handle_destroy(nh);
      nua_options(h1, TAG_END());
    }
    break;
  case nua_i_error:
    if (nh && nh == saved_nh) {
      nua_destroy_event(saved);
      printf("B: saved after destroy %s\n", saved[0] == NULL ? "null" : "set");
      printf("B: unref %d\n", nua_handle_unref(saved_nh));
      nua_handle_destroy(saved_nh);
      saved_nh = NULL;
      /* h2 is destroyed right after its MESSAGE: A sees no nua_r_message for it */
      h2 = nua_handle(A, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
      nua_message(h2, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("lost"), TAG_END());
      nua_handle_destroy(h2);
    }
    break;
  case nua_r_options:
    if (sip && sip->sip_allow)
      printf("A: Allow: %s\n", sip_header_as_string(home, (sip_header_t const *)sip->sip_allow));
    if (sip && sip->sip_accept)
      printf("A: Accept: %s\n", sip_header_as_string(home, (sip_header_t const *)sip->sip_accept));
    if (sip && sip->sip_supported)
      printf("A: Supported: %s\n", sip_header_as_string(home, (sip_header_t const *)sip->sip_supported));
    nua_shutdown(A);
    nua_shutdown(B);
    break;
  case nua_r_shutdown:
    if (status >= 200 && ++shutdowns == 2) {
      done = 1;
      su_root_break(root);
    }
    break;
  default:
    break;
  }
}

int main(void)
{
  int i;
  su_time_t deadline;

  for (i = -2; i <= 56; i++)
    printf("event %d %s incoming %d\n", i, nua_event_name((nua_event_t)i),
           nua_event_is_incoming_request((nua_event_t)i));
  for (i = 0; i <= 10; i++)
    printf("callstate %d %s\n", i, nua_callstate_name((enum nua_callstate)i));
  for (i = -1; i <= 3; i++)
    printf("substate %d %s\n", i, nua_substate_name((enum nua_substate)i));
  printf("substate_make %d %d %d %d %d\n", nua_substate_make("terminated"), nua_substate_make("PENDING"),
         nua_substate_make("active"), nua_substate_make("foo"), nua_substate_make(NULL));

  su_init();
  su_home_init(home);
  root = su_root_create(NULL);
  su_root_threading(root, 0);
  A = nua_create(root, cb, (nua_magic_t *)"A", NUTAG_URL("sip:127.0.0.1:35093"), TAG_END());
  B = nua_create(root, cb, (nua_magic_t *)"B", NUTAG_URL(URL_B), TAG_END());
  if (!A || !B)
    return 1;
  printf("default %s, no nua %s\n", nua_default(A) ? "yes" : "no",
         nua_create(root, NULL, NULL, TAG_END()) == NULL ? "null" : "made");
  h1 = nua_handle(A, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
  nua_message(h1, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("one"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 5;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);
  printf("done: %d\n", done);
  nua_handle_destroy(h1);
  if (done) {
    nua_destroy(A);
    nua_destroy(B);
  }
  su_root_destroy(root);
  su_home_deinit(home);
  su_deinit();
  return done ? 0 : 1;
}
