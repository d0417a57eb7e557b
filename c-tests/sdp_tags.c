/* SDP tags: SDPTAG_SESSION in tag lists (deep copies with tl_dup / tl_adup / tl_tlist,
 * printing with t_snprintf and tl_print, REF reads with tl_gets, SDPTAG_ANY filters),
 * the SOATAG_*_SDP tags of the same class, and an application SDPTAG_TYPEDEF tag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TAG_NAMESPACE "test"
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_class.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/sdp.h>
#include <sofia-sip/sdp_tag.h>
#include <sofia-sip/soa_tag.h>

tag_typedef_t t_mysdp = SDPTAG_TYPEDEF(mysdp);
#define T_MYSDP(x) t_mysdp, sdptag_session_v(x)

static char const body[] =
  "v=0\r\n"
  "o=- 42 1 IN IP4 192.0.2.7\r\n"
  "s=tags\r\n"
  "c=IN IP4 192.0.2.7\r\n"
  "t=0 0\r\n"
  "a=tool:t\r\n"
  "m=audio 4000 RTP/AVP 0 101\r\n"
  "a=rtpmap:101 telephone-event/8000\r\n"
  "a=fmtp:101 0-15\r\n"
  "m=video 0 RTP/AVP 31\r\n";

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  sdp_parser_t *p = sdp_parse(home, body, -1, 0);
  sdp_session_t *sdp = sdp_session(p);
  sdp_session_t const *r1 = NULL, *r2 = NULL;
  tagi_t *lst, *dup, *filtered, *adup;
  char buf[1024], small[16];
  int n;

  setvbuf(stdout, NULL, _IONBF, 0);
  if (!sdp) return 1;
  printf("class size %d ok %d name %s::%s ref %s magic %d any %s\n",
         sdptag_session_class->tc_size, sdptag_session->tt_class == sdptag_session_class,
         sdptag_session->tt_ns, sdptag_session->tt_name, sdptag_session_ref->tt_name,
         (tag_type_t)sdptag_session_ref->tt_magic == sdptag_session, sdptag_any->tt_name);
  printf("soa classes %d %d %d %d\n", soatag_user_sdp->tt_class == sdptag_session_class,
         soatag_remote_sdp->tt_class == sdptag_session_class,
         soatag_local_sdp->tt_class == sdptag_session_class,
         soatag_caps_sdp->tt_class == sdptag_session_class);

  lst = tl_tlist(home, SDPTAG_SESSION(sdp), SDPTAG_SESSION(NULL), T_MYSDP(sdp),
                 SOATAG_USER_SDP(sdp), TAG_END());
  n = t_snprintf(lst, buf, sizeof buf);
  printf("t_snprintf: %d\n%s", n, buf);
  n = t_snprintf(lst + 1, buf, sizeof buf);
  printf("t_snprintf null: %d '%s'\n", n, buf);
  n = t_snprintf(lst, small, sizeof small);
  printf("t_snprintf small: %d\n", n);
  tl_print(stdout, "list: ", lst);

  printf("tl_tlist copies: %d %d\n", lst[0].t_value != (tag_value_t)sdp,
         sdp_session_cmp((sdp_session_t *)lst[0].t_value, sdp));

  dup = tl_adup(home, lst);
  printf("tl_adup: copied=%d cmp=%d back-pointer=%d\n", dup[0].t_value != lst[0].t_value,
         sdp_session_cmp((sdp_session_t *)dup[0].t_value, sdp),
         ((sdp_session_t *)dup[0].t_value)->sdp_media->m_session == (sdp_session_t *)dup[0].t_value);
  adup = tl_adup(NULL, lst);
  sdp_parser_free(p);   /* the copies do not depend on the parser */
  tl_print(stdout, "adup: ", adup);

  n = tl_gets(dup, SDPTAG_SESSION_REF(r1), SOATAG_USER_SDP_REF(r2), TAG_END());
  printf("tl_gets: %d r1=%d r2=%d\n", n, r1 == (sdp_session_t *)dup[0].t_value,
         r2 == (sdp_session_t *)dup[3].t_value);

  /* (tl_afilter() with session tags fails an assertion in Debian's library.) */
  filtered = tl_filtered_tlist(home, dup, SDPTAG_ANY(), TAG_END());
  tl_print(stdout, "filtered: ", filtered);

  free(adup);
  su_home_deinit(home);
  return 0;
}
