/* soa: two sessions on one root doing offer -> answer -> process_answer with various user
 * descriptions; local and remote SDP texts and activity flags are printed. The o= id and
 * version are random in the real library: they are printed as ID and the version as its
 * difference from the first one seen for that id. Every session has SOATAG_ADDRESS (an IP
 * address), so that no address is looked up on the host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include <sofia-sip/su_wait.h>
#include <sofia-sip/soa.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sdp.h>

static struct { char id[32]; unsigned long long base; } ids[64];
static int nids;

/* Print an SDP text with its o= line normalised. */
static void print_sdp(char const *label, char const *s)
{
  char const *line, *end;
  printf("%s:\n", label);
  if (!s) { printf("  (none)\n"); return; }
  for (line = s; *line; line = end) {
    end = strchr(line, '\n'); end = end ? end + 1 : line + strlen(line);
    if (strncmp(line, "o=", 2) == 0) {
      char user[64], id[32], rest[128]; unsigned long long ver; int i;
      if (sscanf(line, "o=%63s %31s %llu %127[^\r\n]", user, id, &ver, rest) == 4) {
        for (i = 0; i < nids; i++) if (strcmp(ids[i].id, id) == 0) break;
        if (i == nids && nids < 64) { strcpy(ids[i].id, id); ids[i].base = ver; nids++; }
        printf("  o=%s ID%d +%llu %s\n", user, i, ver - ids[i].base, rest);
        continue;
      }
    }
    printf("  %.*s\n", (int)(end - line) - ((end > line && end[-1] == '\n') ? ((end - line > 1 && end[-2] == '\r') ? 2 : 1) : 0), line);
  }
}

static void show(char const *name, soa_session_t *ss)
{
  char const *s = NULL; isize_t len = 0; char label[64];
  int r = soa_get_local_sdp(ss, NULL, &s, &len);
  snprintf(label, sizeof label, "%s local (%d, len ok %d)", name, r, r <= 0 || (size_t)len == strlen(s));
  print_sdp(label, r > 0 ? s : NULL);
  s = NULL;
  r = soa_get_remote_sdp(ss, NULL, &s, &len);
  snprintf(label, sizeof label, "%s remote (%d)", name, r);
  print_sdp(label, r > 0 ? s : NULL);
  printf("%s: complete %d active audio %d video %d image %d chat %d; remote audio %d video %d image %d chat %d\n",
         name, soa_is_complete(ss),
         soa_is_audio_active(ss), soa_is_video_active(ss), soa_is_image_active(ss), soa_is_chat_active(ss),
         soa_is_remote_audio_active(ss), soa_is_remote_video_active(ss),
         soa_is_remote_image_active(ss), soa_is_remote_chat_active(ss));
}

/* a offers, b answers, a processes the answer */
static void round_trip(char const *title, soa_session_t *a, soa_session_t *b)
{
  char const *s = NULL; isize_t len = 0; int r;
  printf("== %s\n", title);
  r = soa_generate_offer(a, 1, NULL);
  printf("generate_offer %d\n", r);
  if (r < 0) { printf("  error %d\n", soa_error_as_sip_response(a, NULL)); return; }
  soa_get_local_sdp(a, NULL, &s, &len);
  r = soa_set_remote_sdp(b, NULL, s, len);
  printf("b set_remote %d\n", r);
  r = soa_generate_answer(b, NULL);
  printf("generate_answer %d\n", r);
  if (r < 0) { char const *p; int st = soa_error_as_sip_response(b, &p); printf("  error %d %s\n", st, p); return; }
  s = NULL;
  soa_get_local_sdp(b, NULL, &s, &len);
  r = soa_set_remote_sdp(a, NULL, s, -1);
  printf("a set_remote %d\n", r);
  r = soa_process_answer(a, NULL);
  printf("process_answer %d\n", r);
  show("a", a);
  show("b", b);
}

static soa_session_t *make(su_root_t *root, char const *addr, char const *user)
{
  soa_session_t *ss = soa_create(NULL, root, NULL);
  int n = soa_set_params(ss, SOATAG_ADDRESS(addr), SOATAG_USER_SDP_STR(user), TAG_END());
  printf("set_params %d\n", n);
  return ss;
}

#define A_AUDIO \
  "v=0\r\ns=alice\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\n" \
  "m=audio 5000 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n"
#define B_AUDIO \
  "v=0\r\ns=bob\r\nc=IN IP4 203.0.113.2\r\nt=0 0\r\n" \
  "m=audio 7000 RTP/AVP 8 0 13 101\r\na=rtpmap:101 telephone-event/8000\r\na=ptime:20\r\n"

int main(void)
{
  su_root_t *root;
  soa_session_t *a, *b;

  su_init();
  root = su_root_create(NULL);

  /* audio only */
  a = make(root, "198.51.100.1", A_AUDIO);
  b = make(root, "203.0.113.2", B_AUDIO);
  round_trip("audio", a, b);
  /* nothing changed: same version */
  round_trip("audio again", a, b);
  /* hold and resume */
  printf("hold %d\n", soa_set_params(a, SOATAG_HOLD("audio"), TAG_END()));
  round_trip("hold audio", a, b);
  printf("hold %d\n", soa_set_params(a, SOATAG_HOLD("*"), TAG_END()));
  round_trip("hold *", a, b);
  printf("hold %d\n", soa_set_params(a, SOATAG_HOLD(NULL), TAG_END()));
  round_trip("resume", a, b);
  printf("hold %d\n", soa_set_params(b, SOATAG_HOLD("#"), TAG_END()));
  round_trip("b inactive", a, b);
  soa_destroy(a); soa_destroy(b);

  /* audio + video offered, audio only answered */
  a = make(root, "198.51.100.1",
           "v=0\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\n"
           "m=audio 5000 RTP/AVP 0 8\r\n"
           "m=video 6000 RTP/AVP 31 34\r\n");
  b = make(root, "203.0.113.2", B_AUDIO);
  round_trip("audio+video, video rejected", a, b);
  /* b adds video: a re-offers */
  printf("b user %d\n", soa_set_user_sdp(b, NULL,
         "v=0\r\ns=bob\r\nc=IN IP4 203.0.113.2\r\nt=0 0\r\n"
         "m=audio 7000 RTP/AVP 0\r\n"
         "m=video 7002 RTP/AVP 34\r\na=sendonly\r\n", -1));
  round_trip("video accepted sendonly", a, b);
  /* a drops video */
  printf("a user %d\n", soa_set_user_sdp(a, NULL,
         "v=0\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0 8\r\n", -1));
  round_trip("video removed by offerer", a, b);
  soa_destroy(a); soa_destroy(b);

  /* codec mismatch */
  a = make(root, "198.51.100.1",
           "v=0\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 18 3\r\n");
  b = make(root, "203.0.113.2", B_AUDIO);
  round_trip("codec mismatch", a, b);
  soa_destroy(b);
  b = make(root, "203.0.113.2", B_AUDIO);
  printf("mismatch %d\n", soa_set_params(b, SOATAG_RTP_MISMATCH(1), TAG_END()));
  soa_terminate(a, NULL);
  round_trip("codec mismatch allowed", a, b);
  soa_destroy(a); soa_destroy(b);

  /* AUDIO_AUX, RTP_SELECT, RTP_SORT */
  {
    static struct { char const *title; int select, sort; char const *aux; } v[] = {
      { "select single", SOA_RTP_SELECT_SINGLE, SOA_RTP_SORT_DEFAULT, NULL },
      { "select single aux", SOA_RTP_SELECT_SINGLE, SOA_RTP_SORT_DEFAULT, "cn telephone-event" },
      { "select common", SOA_RTP_SELECT_COMMON, SOA_RTP_SORT_DEFAULT, NULL },
      { "select common sort remote", SOA_RTP_SELECT_COMMON, SOA_RTP_SORT_REMOTE, NULL },
      { "select all sort remote aux", SOA_RTP_SELECT_ALL, SOA_RTP_SORT_REMOTE, "telephone-event" },
      { "select all sort local", SOA_RTP_SELECT_ALL, SOA_RTP_SORT_LOCAL, NULL },
    };
    size_t i;
    for (i = 0; i < sizeof v / sizeof v[0]; i++) {
      a = make(root, "198.51.100.1",
               "v=0\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\n"
               "m=audio 5000 RTP/AVP 0 8 13 96 101\r\na=rtpmap:96 speex/8000\r\n"
               "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n");
      b = make(root, "203.0.113.2", B_AUDIO);
      printf("params %d\n", soa_set_params(b, SOATAG_RTP_SELECT(v[i].select), SOATAG_RTP_SORT(v[i].sort),
                                           SOATAG_AUDIO_AUX(v[i].aux), TAG_END()));
      round_trip(v[i].title, a, b);
      soa_destroy(a); soa_destroy(b);
    }
  }

  su_root_destroy(root);
  su_deinit();
  return 0;
}
