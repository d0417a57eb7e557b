/* Shared by the demo user agents, in the shape of FreeSWITCH's mod_sofia:
 *  - a "profile" thread creates the su_root and the nua and runs the root;
 *  - the event callback (on the profile thread) saves each event with nua_save_event()
 *    and queues it to a worker thread, taking a handle reference (nua_handle_ref);
 *  - the worker handles the event (nua_respond, nua_bye, ... from its own thread) with
 *    the per-call context (sofia_private) bound to the handle, then destroys the event
 *    and drops the reference.
 * Each program defines demo_handle_event(), called on the worker thread. */
#ifndef DEMO_PROFILE_H
#define DEMO_PROFILE_H

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct demo_profile demo_profile_t;
typedef struct sofia_private sofia_private_t;

#define NUA_MAGIC_T demo_profile_t
#define NUA_HMAGIC_T sofia_private_t

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>

/* Per-call context (mod_sofia's sofia_private_t). */
struct sofia_private {
  char uuid[64];
  int established;
};

struct demo_event {
  struct demo_event *next;
  nua_saved_event_t saved[1];
  nua_handle_t *nh;
};

struct demo_profile {
  char const *name;
  char const *url;
  su_root_t *root;
  nua_t *nua;
  pthread_t thread, worker;
  pthread_mutex_t lock;
  pthread_cond_t cond;
  struct demo_event *head, **tail;
  int started, stopping, ok;
};

/* Implemented by each program; runs on the worker thread. */
static void demo_handle_event(demo_profile_t *p, nua_event_t event, int status, char const *phrase,
                              nua_handle_t *nh, sofia_private_t *priv, sip_t const *sip, tagi_t *tags);

static void demo_log(demo_profile_t *p, char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  printf("%s: ", p->name);
  vprintf(fmt, ap);
  printf("\n");
  fflush(stdout);
  va_end(ap);
}

/* The nua callback (profile thread): save the event and queue it to the worker. */
static void sofia_event_callback(nua_event_t event, int status, char const *phrase, nua_t *nua,
                                 demo_profile_t *p, nua_handle_t *nh, sofia_private_t *priv,
                                 sip_t const *sip, tagi_t tags[])
{
  struct demo_event *de;
  if (event == nua_r_shutdown && status >= 200) {
    su_root_break(p->root);
    return;
  }
  if (event == nua_r_shutdown)
    return;
  de = calloc(1, sizeof *de);
  if (!de || !nua_save_event(nua, de->saved)) {
    free(de);
    return;
  }
  de->nh = nh ? nua_handle_ref(nh) : NULL;
  pthread_mutex_lock(&p->lock);
  *p->tail = de;
  p->tail = &de->next;
  pthread_cond_signal(&p->cond);
  pthread_mutex_unlock(&p->lock);
}

static void *demo_worker(void *arg)
{
  demo_profile_t *p = arg;
  for (;;) {
    struct demo_event *de;
    nua_event_data_t const *d;
    pthread_mutex_lock(&p->lock);
    while (!p->head && !p->stopping)
      pthread_cond_wait(&p->cond, &p->lock);
    de = p->head;
    if (de) {
      p->head = de->next;
      if (!p->head)
        p->tail = &p->head;
    }
    pthread_mutex_unlock(&p->lock);
    if (!de)
      break;
    d = nua_event_data(de->saved);
    demo_handle_event(p, d->e_event, d->e_status, d->e_phrase, de->nh,
                      de->nh ? nua_handle_magic(de->nh) : NULL,
                      d->e_msg ? sip_object(d->e_msg) : NULL, (tagi_t *)d->e_tags);
    nua_destroy_event(de->saved);
    if (de->nh)
      nua_handle_unref(de->nh);
    free(de);
  }
  return NULL;
}

/* The profile thread: root, nua, run until nua_r_shutdown. */
static void *demo_profile_thread(void *arg)
{
  demo_profile_t *p = arg;
  p->root = su_root_create(p);
  if (p->root)
    p->nua = nua_create(p->root, sofia_event_callback, p, NUTAG_URL(p->url),
                        NUTAG_AUTOANSWER(0), TAG_END());
  pthread_mutex_lock(&p->lock);
  p->started = p->nua ? 1 : -1;
  pthread_cond_broadcast(&p->cond);
  pthread_mutex_unlock(&p->lock);
  if (p->nua) {
    su_root_run(p->root);
    nua_destroy(p->nua);
  }
  if (p->root)
    su_root_destroy(p->root);
  return NULL;
}

/* Starts the profile and its worker; 0 when the nua is up. */
static int demo_start(demo_profile_t *p, char const *name, char const *url)
{
  memset(p, 0, sizeof *p);
  p->name = name;
  p->url = url;
  p->tail = &p->head;
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->cond, NULL);
  pthread_create(&p->worker, NULL, demo_worker, p);
  pthread_create(&p->thread, NULL, demo_profile_thread, p);
  pthread_mutex_lock(&p->lock);
  while (!p->started)
    pthread_cond_wait(&p->cond, &p->lock);
  pthread_mutex_unlock(&p->lock);
  return p->started > 0 ? 0 : -1;
}

/* Waits for the profile thread (after nua_shutdown), then stops the worker. */
static void demo_join(demo_profile_t *p)
{
  pthread_join(p->thread, NULL);
  pthread_mutex_lock(&p->lock);
  p->stopping = 1;
  pthread_cond_signal(&p->cond);
  pthread_mutex_unlock(&p->lock);
  pthread_join(p->worker, NULL);
  pthread_mutex_destroy(&p->lock);
  pthread_cond_destroy(&p->cond);
}

/* The call state of an nua_i_state event. */
static int demo_callstate(tagi_t const *tags)
{
  int state = -1;
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), TAG_END());
  return state;
}

#endif
