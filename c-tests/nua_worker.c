/* nua: events saved in the callback and processed by a worker thread, as FreeSWITCH does:
 * the callback saves each event and takes a handle reference, the worker prints it from
 * nua_event_data(), destroys it and drops the reference. One agent sends MESSAGE and
 * OPTIONS to itself (stack in its own thread). */
#include <stdio.h>
#include <string.h>
#include <pthread.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_header.h>

#define URL_A "sip:127.0.0.1:35096"

struct item { nua_saved_event_t ev[1]; nua_handle_t *nh; };

static struct item queue[64];
static int head, tail, stop;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static su_root_t *root;
static nua_t *A;
static nua_handle_t *h1;
static int done, responses;

static void *worker(void *arg)
{
  (void)arg;
  for (;;) {
    struct item it;
    nua_event_data_t const *d;
    pthread_mutex_lock(&mu);
    while (head == tail && !stop)
      pthread_cond_wait(&cv, &mu);
    if (head == tail && stop) {
      pthread_mutex_unlock(&mu);
      return NULL;
    }
    it = queue[head++ % 64];
    pthread_mutex_unlock(&mu);
    d = nua_event_data(it.ev);
    printf("worker: %s %d %s msg=%s", nua_event_name(d->e_event), d->e_status, d->e_phrase,
           d->e_msg ? "yes" : "no");
    if (d->e_msg) {
      sip_t const *sip = sip_object(d->e_msg);
      printf(" cseq=%s", sip && sip->sip_cseq ? sip->sip_cseq->cs_method_name : "-");
    }
    printf(" request=%s\n", nua_saved_event_request(it.ev) == d->e_msg ? "same" : "differs");
    fflush(stdout);
    nua_destroy_event(it.ev);
    if (it.nh)
      nua_handle_unref(it.nh);
  }
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct item it;
  memset(&it, 0, sizeof it);
  if (nua_save_event(nua, it.ev)) {
    it.nh = nh ? nua_handle_ref(nh) : NULL;
    pthread_mutex_lock(&mu);
    queue[tail++ % 64] = it;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
  }
  switch (event) {
  case nua_i_message:
  case nua_i_options:
    nua_handle_destroy(nh);
    break;
  case nua_r_message:
    nua_options(h1, TAG_END());
    break;
  case nua_r_options:
    nua_shutdown(nua);
    break;
  case nua_r_shutdown:
    if (status >= 200) {
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
  pthread_t th;
  su_time_t deadline;
  su_init();
  root = su_root_create(NULL);
  A = nua_create(root, cb, NULL, NUTAG_URL(URL_A), TAG_END());
  if (!A)
    return 1;
  pthread_create(&th, NULL, worker, NULL);
  h1 = nua_handle(A, NULL, SIPTAG_TO_STR(URL_A), TAG_END());
  nua_message(h1, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("self"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 5;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  pthread_mutex_lock(&mu);
  stop = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  pthread_join(th, NULL);
  printf("done: %d\n", done);
  nua_handle_destroy(h1);
  if (done)
    nua_destroy(A);
  su_root_destroy(root);
  su_deinit();
  return done ? 0 : 1;
}
