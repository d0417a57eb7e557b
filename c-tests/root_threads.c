/* Threads and clones: a pthread wakes the root through a pipe; su_clone_start runs init in
 * the clone's thread, su_task_execute runs a function there and returns its value,
 * su_clone_wait runs deinit and ends the thread; the same with su_root_threading(root, 0),
 * where the clone shares the parent's thread; init failures. */
#include <stdio.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>

static su_root_t *root;
static pthread_t main_thread;
static int p[2];
static int clone_magic = 3;

static void *writer(void *arg)
{
  usleep(20000);
  write(p[1], "w", 1);
  return NULL;
}

static int on_input(su_root_magic_t *m, su_wait_t *w, su_wakeup_arg_t *arg)
{
  char c = 0;
  read(p[0], &c, 1);
  printf("got '%c' from the thread\n", c);
  su_root_break(root);
  return 0;
}

static int init(su_root_t *r, su_root_magic_t *m)
{
  printf("init: own thread %d, magic ok %d, root magic ok %d\n",
         !pthread_equal(pthread_self(), main_thread), m == (void *)&clone_magic,
         su_root_magic(r) == (void *)&clone_magic);
  return 0;
}

static int failing_init(su_root_t *r, su_root_magic_t *m)
{
  printf("failing init: own thread %d\n", !pthread_equal(pthread_self(), main_thread));
  return -1;
}

static void deinit(su_root_t *r, su_root_magic_t *m)
{
  printf("deinit: own thread %d\n", !pthread_equal(pthread_self(), main_thread));
}

static int add_one(void *arg)
{
  int *v = arg;
  printf("execute: own thread %d\n", !pthread_equal(pthread_self(), main_thread));
  return *v + 1;
}

static void clones(int threading)
{
  su_clone_r clone = SU_CLONE_R_INIT;
  int v = 41, ret = 0, rc;

  printf("-- threading %d\n", su_root_threading(root, threading));
  rc = su_clone_start(root, clone, (void *)&clone_magic, init, deinit);
  printf("clone start: %d, handle %d\n", rc, clone[0] != NULL);
  printf("clone task differs from root task: %d\n",
         su_task_cmp(su_clone_task(clone), su_root_task(root)) != 0);
  rc = su_task_execute(su_clone_task(clone), add_one, &v, &ret);
  printf("execute: %d, value %d\n", rc, ret);
  printf("execute NULL function: %d\n", su_task_execute(su_clone_task(clone), NULL, &v, &ret));
  su_clone_wait(root, clone);
  printf("waited, handle %d\n", clone[0] != NULL);

  rc = su_clone_start(root, clone, (void *)&clone_magic, failing_init, deinit);
  printf("failing clone start: %d\n", rc);
}

int main(void)
{
  pthread_t t;
  su_wait_t w[1];
  su_clone_r clone = SU_CLONE_R_INIT;
  int ret = 0, v = 1;

  main_thread = pthread_self();
  root = su_root_create(NULL);
  if (pipe(p))
    return 1;

  /* another thread wakes the loop through a pipe */
  su_wait_create(w, p[0], SU_WAIT_IN);
  su_root_register(root, w, on_input, NULL, su_pri_normal);
  pthread_create(&t, NULL, writer, NULL);
  su_root_run(root);
  pthread_join(t, NULL);
  printf("run returned\n");
  su_root_unregister(root, w, on_input, NULL);

  /* su_task_execute on our own task calls directly */
  v = su_task_execute(su_root_task(root), add_one, &v, &ret);
  printf("execute own task: %d, value %d\n", v, ret);

  clones(1);
  clones(0);

  /* with a shared thread, su_clone_stop destroys the clone on the next step */
  su_clone_start(root, clone, (void *)&clone_magic, init, deinit);
  su_clone_stop(clone);
  printf("stopped, handle %d\n", clone[0] != NULL);
  su_root_step(root, 0);
  printf("stepped\n");

  su_root_destroy(root);
  close(p[0]), close(p[1]);
  printf("done\n");
  return 0;
}
