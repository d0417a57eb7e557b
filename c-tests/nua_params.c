/* nua: nua_set_params / nua_get_params / nua_set_hparams / nua_get_hparams with the
 * parameters built (NUTAG_ENABLEMESSAGE, NUTAG_APPL_METHOD): a handle without parameters
 * of its own reports none, nua_set_hparams gives it a copy (APPL_METHOD merged),
 * NUTAG_APPL_METHOD(NULL) clears the list. Stack in the application's thread. */
#include <stdio.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_tag.h>

static su_root_t *root;
static nua_t *A;
static nua_handle_t *h1;
static int step, done;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  tagi_t const *t;
  char buf[200];
  printf("%s %d %s nh=%s", nua_event_name(event), status, phrase, nh == h1 ? "h1" : nh ? "other" : "null");
  for (t = tags; t && t->t_tag; t = tl_next(t)) {
    t_snprintf(t, buf, sizeof buf);
    printf(" [%s]", buf);
  }
  printf("\n");
  switch (step++) {
  case 0: nua_set_hparams(h1, NUTAG_ENABLEMESSAGE(0), NUTAG_APPL_METHOD("OPTIONS"), TAG_END()); break;
  case 1: nua_get_hparams(h1, NUTAG_ENABLEMESSAGE(1), NUTAG_APPL_METHOD(NULL), TAG_END()); break;
  case 2: nua_get_params(A, NUTAG_APPL_METHOD(NULL), NUTAG_ENABLEMESSAGE(1), TAG_END()); break;
  case 3: nua_set_params(A, NUTAG_APPL_METHOD(NULL), NUTAG_ENABLEMESSAGE(0), TAG_END()); break;
  case 4: nua_get_params(A, NUTAG_ENABLEMESSAGE(1), NUTAG_APPL_METHOD(NULL), TAG_END()); break;
  case 5: nua_set_params(A, NUTAG_APPL_METHOD("MESSAGE"), NUTAG_APPL_METHOD("INFO, MESSAGE"), TAG_END()); break;
  case 6: nua_get_params(A, NUTAG_APPL_METHOD(NULL), TAG_END()); break;
  case 7: nua_shutdown(A); break;
  default:
    if (event == nua_r_shutdown && status >= 200) {
      done = 1;
      su_root_break(root);
    }
  }
}

int main(void)
{
  su_time_t deadline;
  su_init();
  root = su_root_create(NULL);
  su_root_threading(root, 0);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35097"), TAG_END());
  if (!A)
    return 1;
  h1 = nua_handle(A, NULL, SIPTAG_TO_STR("sip:127.0.0.1:35098"), TAG_END());
  nua_get_hparams(h1, NUTAG_ENABLEMESSAGE(1), NUTAG_APPL_METHOD(NULL), TAG_END());
  deadline = su_now();
  deadline.tv_sec += 5;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);
  printf("done: %d\n", done);
  nua_handle_destroy(h1);
  if (done)
    nua_destroy(A);
  su_root_destroy(root);
  su_deinit();
  return done ? 0 : 1;
}
