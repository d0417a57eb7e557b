/* soa API: argument and state errors, parameters (soa_get_params, soa_get_paramlist),
 * capability and user descriptions, descriptions given as structs, soa_clone,
 * soa_process_reject, soa_terminate, soa_init_offer_answer, error texts, SIP features,
 * m= line slots on re-offers (SOATAG_ORDERED_USER, SOATAG_REUSE_REJECTED). The o= id and
 * version are printed normalised (random in the real library). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include <sofia-sip/su_wait.h>
#include <sofia-sip/soa.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sdp.h>

static void print_sdp(char const *label, char const *s)
{
  char const *line, *end;
  printf("%s:\n", label);
  if (!s) { printf("  (none)\n"); return; }
  for (line = s; *line; line = end) {
    end = strchr(line, '\n'); end = end ? end + 1 : line + strlen(line);
    if (strncmp(line, "o=", 2) == 0) {
      char user[64], rest[128];
      if (sscanf(line, "o=%63s %*s %*s %127[^\r\n]", user, rest) == 2) {
        printf("  o=%s ID VER %s\n", user, rest);
        continue;
      }
    }
    printf("  %.*s\n", (int)(end - line) - 2, line);
  }
}

static void local(char const *label, soa_session_t *ss)
{
  char const *s = NULL;
  int r = soa_get_local_sdp(ss, NULL, &s, NULL);
  printf("%s %d ", label, r);
  print_sdp("local", r > 0 ? s : NULL);
}

#define A "v=0\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0 8\r\n"
#define AV "v=0\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0 8\r\nm=video 6000 RTP/AVP 31\r\n"
#define V "v=0\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=video 6000 RTP/AVP 31\r\n"
#define B "v=0\r\ns=-\r\nc=IN IP4 203.0.113.2\r\nt=0 0\r\nm=audio 7000 RTP/AVP 0\r\nm=video 7002 RTP/AVP 31\r\n"

static int exchange(soa_session_t *a, soa_session_t *b)
{
  char const *s = NULL; int r;
  r = soa_generate_offer(a, 0, NULL); if (r < 0) return printf("offer %d\n", r), r;
  soa_get_local_sdp(a, NULL, &s, NULL);
  soa_set_remote_sdp(b, NULL, s, -1);
  r = soa_generate_answer(b, NULL); if (r < 0) return printf("answer %d\n", r), r;
  soa_get_local_sdp(b, NULL, &s, NULL);
  soa_set_remote_sdp(a, NULL, s, -1);
  r = soa_process_answer(a, NULL);
  printf("exchange %d\n", r);
  return r;
}

int main(void)
{
  su_root_t *root;
  soa_session_t *a, *b, *c;
  char const *s, *phrase;
  sdp_session_t const *sdp;
  isize_t len;
  int r;

  su_init();
  root = su_root_create(NULL);

  /* creation */
  errno = 0; printf("create other %p errno %d\n", (void *)soa_create("static", root, NULL), errno);
  errno = 0; printf("create no root %p errno %d\n", (void *)soa_create(NULL, NULL, NULL), errno);
  a = soa_create("default", root, NULL); printf("create default %d\n", a != NULL); soa_destroy(a);
  a = soa_create("DEF:x", root, NULL); printf("create DEF:x %d\n", a != NULL); soa_destroy(a);
  soa_destroy(NULL);

  /* NULL session */
  errno = 0; printf("set_params NULL %d errno %d\n", soa_set_params(NULL, TAG_END()), errno);
  errno = 0; printf("get_params NULL %d errno %d\n", soa_get_params(NULL, TAG_END()), errno);
  printf("get_paramlist NULL %p\n", (void *)soa_get_paramlist(NULL, TAG_END()));
  errno = 0; printf("get_local NULL %d errno %d\n", soa_get_local_sdp(NULL, NULL, NULL, NULL), errno);
  errno = 0; printf("offer NULL %d errno %d\n", soa_generate_offer(NULL, 1, NULL), errno);
  errno = 0; printf("answer NULL %d errno %d\n", soa_generate_answer(NULL, NULL), errno);
  errno = 0; printf("process NULL %d errno %d\n", soa_process_answer(NULL, NULL), errno);
  errno = 0; printf("reject NULL %d errno %d\n", soa_process_reject(NULL, NULL), errno);
  printf("activate NULL %d deactivate %d\n", soa_activate(NULL, NULL), soa_deactivate(NULL, NULL));
  soa_terminate(NULL, NULL);
  printf("complete NULL %d init %d audio %d remote video %d\n", soa_is_complete(NULL),
         soa_init_offer_answer(NULL), soa_is_audio_active(NULL), soa_is_remote_video_active(NULL));
  printf("response NULL %d ", soa_error_as_sip_response(NULL, &phrase)); printf("%s\n", phrase);
  printf("reason NULL %s\n", soa_error_as_sip_reason(NULL));
  printf("set_user NULL %d\n", soa_set_user_sdp(NULL, NULL, A, -1));

  a = soa_create(NULL, root, NULL);
  b = soa_create(NULL, root, NULL);
  soa_set_params(a, SOATAG_ADDRESS("198.51.100.1"), TAG_END());
  soa_set_params(b, SOATAG_ADDRESS("203.0.113.2"), TAG_END());

  /* state errors */
  printf("offer without user %d ", soa_generate_offer(a, 1, NULL));
  r = soa_error_as_sip_response(a, &phrase); printf("%d %s\n", r, phrase);
  printf("reason %s\n", soa_error_as_sip_reason(a));
  errno = 0; printf("answer without offer %d errno %d\n", soa_generate_answer(a, NULL), errno == EPROTO);
  errno = 0; printf("process without offer %d errno %d\n", soa_process_answer(a, NULL), errno == EPROTO);
  errno = 0; printf("reject without offer %d errno %d\n", soa_process_reject(a, NULL), errno == EPROTO);
  errno = 0; printf("set_user neither %d errno %d\n", soa_set_user_sdp(a, NULL, NULL, -1), errno == EINVAL);
  printf("set_user bad %d ", soa_set_user_sdp(a, NULL, "v=1\r\n", -1));
  r = soa_error_as_sip_response(a, &phrase); printf("%d %s\n", r, phrase);
  printf("get_user none %d\n", soa_get_user_sdp(a, NULL, NULL, NULL));
  printf("versions %d %d\n", soa_get_user_version(a), soa_get_remote_version(a));

  /* user + capabilities */
  printf("set_params %d\n", soa_set_params(a, SOATAG_USER_SDP_STR(A), TAG_END()));
  printf("set_params same %d version %d\n", soa_set_params(a, SOATAG_USER_SDP_STR(A), TAG_END()), soa_get_user_version(a));
  printf("set_user same %d\n", soa_set_user_sdp(a, NULL, A, -1));
  printf("set_user prefix %d\n", soa_set_user_sdp(a, NULL, A, 10));
  printf("set_user again %d version %d\n", soa_set_user_sdp(a, NULL, A, -1), soa_get_user_version(a));
  r = soa_get_user_sdp(a, &sdp, &s, &len); printf("get_user %d len ok %d\n", r, (size_t)len == strlen(s));
  print_sdp("user", s);
  r = soa_get_capability_sdp(a, &sdp, &s, &len); printf("get_caps %d\n", r);
  print_sdp("caps", s);
  printf("set_caps %d\n", soa_set_capability_sdp(a, NULL, V, -1));
  soa_get_capability_sdp(a, NULL, &s, NULL); print_sdp("caps", s);

  /* parameters */
  {
    char const *aux = "x", *hold = "x", *addr = NULL, *user_str = NULL, *local_str = "x";
    int af = -1, select = -1, sort = -1, mismatch = -1, srtp = -1, ordered = -1, reuse = -1;
    sdp_session_t const *user = NULL;
    printf("set %d\n", soa_set_params(a, SOATAG_AUDIO_AUX("cn"), SOATAG_HOLD("video"), SOATAG_AF(SOA_AF_IP4_ONLY),
                                      SOATAG_RTP_SELECT(SOA_RTP_SELECT_ALL), SOATAG_RTP_SORT(7), SOATAG_RTP_MISMATCH(5),
                                      SOATAG_ORDERED_USER(1), TAG_END()));
    r = soa_get_params(a, SOATAG_AUDIO_AUX_REF(aux), SOATAG_HOLD_REF(hold), SOATAG_ADDRESS_REF(addr),
                       SOATAG_AF_REF(af), SOATAG_RTP_SELECT_REF(select), SOATAG_RTP_SORT_REF(sort),
                       SOATAG_RTP_MISMATCH_REF(mismatch), SOATAG_SRTP_ENABLE_REF(srtp),
                       SOATAG_ORDERED_USER_REF(ordered), SOATAG_REUSE_REJECTED_REF(reuse),
                       SOATAG_USER_SDP_REF(user), SOATAG_USER_SDP_STR_REF(user_str),
                       SOATAG_LOCAL_SDP_STR_REF(local_str), TAG_END());
    printf("get %d aux %s hold %s addr %s af %d select %d sort %d mismatch %d srtp %d ordered %d reuse %d user %d str %d local %s\n",
           r, aux, hold, addr, af, select, sort, mismatch, srtp, ordered, reuse, user != NULL, user_str != NULL,
           local_str ? local_str : "NULL");
    printf("hold=1 %d ", soa_set_params(a, SOATAG_HOLD((char const *)1), TAG_END()));
    soa_get_params(a, SOATAG_HOLD_REF(hold), TAG_END()); printf("%s\n", hold);
    printf("reset %d\n", soa_set_params(a, SOATAG_AUDIO_AUX(NULL), SOATAG_HOLD(NULL), SOATAG_AF(SOA_AF_ANY),
                                        SOATAG_RTP_SELECT(SOA_RTP_SELECT_SINGLE), SOATAG_RTP_MISMATCH(0),
                                        SOATAG_ORDERED_USER(0), TAG_END()));
  }
  {
    tagi_t *tl = soa_get_paramlist(a, TAG_END()), *t;
    for (t = tl; t && t->t_tag; t++)
      printf("param %s%s\n", t->t_tag->tt_name,
             t->t_tag == soatag_user_sdp_str || t->t_tag == soatag_caps_sdp_str || t->t_tag == soatag_user_sdp || t->t_tag == soatag_caps_sdp ? "" : "");
    free(tl);
  }

  /* a description given as a struct */
  {
    su_home_t home[1] = { SU_HOME_INIT(home) };
    sdp_parser_t *p = sdp_parse(home, B, -1, sdp_f_config);
    /* (with no capabilities set, the real library would derive them from the struct and
     * zero the ports of the caller's struct while doing it) */
    printf("caps %d\n", soa_set_capability_sdp(b, NULL, B, -1));
    printf("struct user %d\n", soa_set_params(b, SOATAG_USER_SDP(sdp_session(p)), TAG_END()));
    printf("struct same %d\n", soa_set_user_sdp(b, sdp_session(p), NULL, 0));
    sdp_parser_free(p);
    su_home_deinit(home);
  }

  /* offer/answer states */
  printf("offer %d\n", soa_generate_offer(a, 1, NULL));
  errno = 0; printf("offer again %d proto %d\n", soa_generate_offer(a, 1, NULL), errno == EPROTO);
  errno = 0; printf("process without answer %d proto %d\n", soa_process_answer(a, NULL), errno == EPROTO);
  printf("reject %d complete %d audio %d\n", soa_process_reject(a, NULL), soa_is_complete(a), soa_is_audio_active(a));
  local("after reject", a);
  exchange(a, b);
  local("a", a);
  local("b", b);
  printf("init %d complete %d\n", soa_init_offer_answer(a), soa_is_complete(a));

  /* clone */
  c = soa_clone(a, root, NULL);
  printf("clone %d\n", c != NULL);
  local("clone", c);
  r = soa_get_params(c, SOATAG_ADDRESS_REF(s), TAG_END()); printf("clone address %d %s\n", r, s);
  soa_destroy(c);
  errno = 0; printf("clone NULL %p %d\n", (void *)soa_clone(NULL, root, NULL), errno == EFAULT);
  printf("clone no root %p\n", (void *)soa_clone(a, NULL, NULL));

  /* m= line slots: a drops audio, later adds it back */
  soa_set_user_sdp(a, NULL, V, -1);
  exchange(a, b); local("video only", a); local("b", b);
  soa_set_user_sdp(a, NULL, AV, -1);
  exchange(a, b); local("audio back", a);
  printf("reuse %d\n", soa_set_params(a, SOATAG_ORDERED_USER(1), SOATAG_REUSE_REJECTED(1), TAG_END()));
  soa_set_user_sdp(a, NULL, V, -1);
  exchange(a, b); local("ordered video only", a);
  soa_set_user_sdp(a, NULL, A, -1);
  exchange(a, b); local("ordered audio only", a);

  /* features, activation, termination */
  {
    su_home_t home[1] = { SU_HOME_INIT(home) };
    char **f = soa_media_features(a, 1, home);
    char const * const *req = soa_sip_require(a), * const *sup = soa_sip_supported(a);
    printf("features %d %d require %d supported %d remote %d\n", f != NULL, f && !f[0], req && !req[0], sup && !sup[0],
           soa_remote_sip_features(a, NULL, NULL));
    su_home_deinit(home);
  }
  printf("warning %d\n", soa_get_warning(a, &s));
  printf("activate %d deactivate %d\n", soa_activate(a, NULL), soa_deactivate(a, "audio"));
  soa_terminate(a, NULL);
  printf("terminated: complete %d audio %d remote %d\n", soa_is_complete(a), soa_is_audio_active(a),
         soa_get_remote_sdp(a, NULL, NULL, NULL));
  local("terminated", a);
  printf("user kept %d\n", soa_get_user_sdp(a, NULL, NULL, NULL));
  exchange(a, b); local("after terminate", a);

  soa_destroy(a); soa_destroy(b);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
