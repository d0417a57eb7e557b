/* SDP API: copies (sdp_*_dup) compared with sdp_*_cmp and printed, comparisons of
 * differing descriptions, attribute find/append/replace/remove/mode, media match and
 * count, rtpmap matching, sdp_media_connections, printing into caller buffers, and the
 * error texts of malformed bodies. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sdp.h>

#define S(x) ((x) ? (x) : "(NULL)")
#define SIGN(x) ((x) < 0 ? -1 : (x) > 0)

static char const a_sdp[] =
  "v=0\r\n"
  "o=alice 1 2 IN IP4 192.0.2.1\r\n"
  "s=test\r\n"
  "i=info\r\n"
  "e=a@example.com\r\n"
  "p=+1 555\r\n"
  "c=IN IP4 192.0.2.1\r\n"
  "b=CT:100\r\n"
  "t=100 200\r\n"
  "r=7d 1h 0 25h\r\n"
  "z=2882844526 -1h 2898848070 0\r\n"
  "k=clear:key\r\n"
  "a=tool:x\r\n"
  "a=recvonly\r\n"
  "m=audio 5000 RTP/AVP 0 8 97 101\r\n"
  "c=IN IP4 192.0.2.2\r\n"
  "b=AS:64\r\n"
  "k=prompt\r\n"
  "a=rtpmap:97 speex/16000/1\r\n"
  "a=rtpmap:101 telephone-event/8000\r\n"
  "a=fmtp:101 0-15\r\n"
  "a=ptime:20\r\n"
  "a=x-map:101 hello world\r\n"
  "a=x-map:97\r\n"
  "m=video 6000 RTP/AVP 31\r\n"
  "a=sendonly\r\n"
  "m=application 7000 udp wb\r\n"
  "m=image 0 udptl t38\r\n"
  "m=foo 8000 bar/x y\r\n";

static char const *const others[] = {
  "v=0\r\no=alice 1 3 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=Test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.9\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5002 RTP/AVP 0\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 8\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\na=sendonly\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\nm=video 0 RTP/AVP 31\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\nm=video 0 RTP/AVP 34\r\n",
  "v=0\r\no=bob 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 1\r\nm=audio 5000 RTP/AVP 0\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nb=AS:5\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000/1\r\n",
};

/* Same lengths, different attribute values. */
static char const *const attr_pair[] = {
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\na=x:1\r\n",
  "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=test\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\na=x:2\r\n",
};

static char const *const malformed[] = {
  "", "v=0", "v=0\r\n", "v=1\r\n", "x=0\r\n", "v=0\r\no=\r\n", "v=0\r\no=- \r\n",
  "v=0\r\no=- 1\r\n", "v=0\r\no=- 1 2\r\n", "v=0\r\no=- 1 2 IN\r\n", "v=0\r\no=- 1 2 IN IP4\r\n",
  "v=0\r\no=- 1 2 XX IP4 1.2.3.4\r\n", "v=0\r\no=- 1 2 IN IP5 1.2.3.4\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 224.0.0.1/\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 224.0.0.1/1x\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nb=:1\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nt=1\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nt=1 2\r\nr=1x 2\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nt=1 2\r\nz=1 2 3\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nt=1 2\r\nz=1 2\r\nz=3 4\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nz=1 2\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nk=:x\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\na=\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nm=\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nm=audio\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nm=audio 1/x RTP/AVP 0\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP x\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 128\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 96\r\na=rtpmap:96 x/\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 96\r\na=rtpmap:96 /8000\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0\r\n",
  "v=0\r\ns=-\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0\r\nc=IN IP6\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0\r\nb=AS\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0\r\na=:\r\n",
  "v=0\r\no=this-is-a-very-long-user-name-that-goes-on-and-on-and-on 1 2 IN IPV4 "
  "a-very-long-address-name-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n",
};

static char const *const strict_bodies[] = {
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0 x\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nb=AS:1 x\r\nt=0 0\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\nk=Clear:x\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\nr=0 1\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\na=rtpmap:x\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\na=rtpmap:8 PCMA/8000\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\na=fmtp:8 x\r\n",
  "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\nm=audio 1 RTP 0\r\n",
};

static sdp_session_t *parse(su_home_t *home, char const *text, int flags)
{
  sdp_parser_t *p = sdp_parse(home, text, -1, flags);
  sdp_session_t *sdp = sdp_session(p);
  if (!sdp) {
    printf("parse error: %s\n", S(sdp_parsing_error(p)));
    sdp_parser_free(p);
    return NULL;
  }
  sdp = sdp_session_dup(home, sdp);
  sdp_parser_free(p);
  return sdp;
}

static void print(su_home_t *home, char const *what, sdp_session_t const *sdp)
{
  sdp_printer_t *pr = sdp_print(home, sdp, NULL, 0, 0);
  printf("%s:\n%s", what, sdp_message(pr) ? sdp_message(pr) : S(sdp_printing_error(pr)));
  if (!sdp_message(pr)) printf("\n");
  sdp_printer_free(pr);
}

static void attrs(char const *what, sdp_attribute_t const *a)
{
  printf("%s:", what);
  for (; a; a = a->a_next) printf(" %s%s%s", S(a->a_name), a->a_value ? "=" : "", a->a_value ? a->a_value : "");
  printf("\n");
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  sdp_session_t *a, *b;
  sdp_media_t *m, *audio, *video;
  size_t i;

  setvbuf(stdout, NULL, _IONBF, 0);
  a = parse(home, a_sdp, 0);
  if (!a) return 1;
  print(home, "original", a);

  /* Copies. */
  b = sdp_session_dup(home, a);
  printf("dup cmp=%d same-media-session=%d\n", sdp_session_cmp(a, b), b->sdp_media->m_session == b);
  print(home, "dup", b);
  /* sdp_session_dup_without_media() crashes in Debian's library: tested in Rust. */
  printf("origin %d connection %d bandwidth %d time %d repeat %d zone %d key %d\n",
         sdp_origin_cmp(a->sdp_origin, sdp_origin_dup(home, a->sdp_origin)),
         sdp_connection_cmp(a->sdp_connection, sdp_connection_dup(home, a->sdp_connection)),
         sdp_bandwidth_cmp(a->sdp_bandwidths, sdp_bandwidth_dup(home, a->sdp_bandwidths)),
         sdp_time_cmp(a->sdp_time, sdp_time_dup(home, a->sdp_time)),
         sdp_repeat_cmp(a->sdp_time->t_repeat, sdp_repeat_dup(home, a->sdp_time->t_repeat)),
         sdp_zone_cmp(a->sdp_time->t_zone, sdp_zone_dup(home, a->sdp_time->t_zone)),
         sdp_key_cmp(a->sdp_key, sdp_key_dup(home, a->sdp_key)));
  audio = a->sdp_media; video = audio->m_next;
  printf("attribute %d list %d rtpmap %d media %d\n",
         sdp_attribute_cmp(audio->m_attributes, sdp_attribute_dup(home, audio->m_attributes)),
         sdp_list_cmp(a->sdp_emails, sdp_list_dup(home, a->sdp_emails)),
         sdp_rtpmap_cmp(audio->m_rtpmaps, sdp_rtpmap_dup(home, audio->m_rtpmaps)),
         sdp_media_cmp(audio, sdp_media_dup(home, audio, a)));
  {
    sdp_media_t *one = sdp_media_dup(home, audio, b), *all = sdp_media_dup_all(home, audio, b);
    int n = 0;
    for (m = all; m; m = m->m_next) n++;
    printf("media_dup next=%p session=%d all=%d cmp=%d\n", (void *)one->m_next, one->m_session == b, n,
           sdp_media_cmp(all->m_next, video));
  }
  printf("null dups: %p %p %p\n", (void *)sdp_session_dup(home, NULL),
         (void *)sdp_attribute_dup(home, NULL), (void *)sdp_rtpmap_dup(home, NULL));
  printf("null cmps: %d %d %d %d %d\n", sdp_session_cmp(NULL, NULL), SIGN(sdp_session_cmp(a, NULL)),
         SIGN(sdp_session_cmp(NULL, a)), SIGN(sdp_media_cmp(NULL, audio)), SIGN(sdp_rtpmap_cmp(audio->m_rtpmaps, NULL)));

  /* Comparisons of differing descriptions. */
  {
    sdp_session_t *base = parse(home, others[0], 0);
    for (i = 0; i < sizeof others / sizeof others[0]; i++) {
      sdp_session_t *o = parse(home, others[i], 0);
      int ab = sdp_session_cmp(base, o), ba = sdp_session_cmp(o, base);
      printf("cmp others[0] others[%u]: %d %d media %d %d\n", (unsigned)i, SIGN(ab), SIGN(ba),
             SIGN(sdp_media_cmp(base->sdp_media, o->sdp_media)), SIGN(sdp_media_cmp(o->sdp_media, base->sdp_media)));
    }
  }

  {
    sdp_session_t *x = parse(home, attr_pair[0], 0), *y = parse(home, attr_pair[1], 0);
    printf("attr pair: %d %d media %d %d\n", SIGN(sdp_session_cmp(x, y)), SIGN(sdp_session_cmp(y, x)),
           SIGN(sdp_media_cmp(x->sdp_media, y->sdp_media)), SIGN(sdp_media_cmp(y->sdp_media, x->sdp_media)));
  }

  /* Attributes. */
  attrs("session", a->sdp_attributes);
  attrs("audio", audio->m_attributes);
  printf("find ptime=%s find PTIME=%s find none=%p\n",
         S(sdp_attribute_find(audio->m_attributes, "ptime")->a_value),
         S(sdp_attribute_find(audio->m_attributes, "PTIME")->a_value),
         (void *)sdp_attribute_find(audio->m_attributes, "none"));
  printf("find2 tool=%s find2 ptime=%s\n",
         S(sdp_attribute_find2(audio->m_attributes, a->sdp_attributes, "tool")->a_value),
         S(sdp_attribute_find2(audio->m_attributes, a->sdp_attributes, "ptime")->a_value));
  printf("mode session=%d audio=%d none=%d\n", sdp_attribute_mode(a->sdp_attributes, sdp_sendrecv),
         sdp_attribute_mode(audio->m_attributes, sdp_inactive), sdp_attribute_mode(NULL, sdp_sendonly));
  for (i = 0; i < 5; i++) {
    sdp_attribute_t *x = sdp_attribute_by_mode(home, (sdp_mode_t)i);
    printf("by_mode %u: %s %s size=%d\n", (unsigned)i, x ? S(x->a_name) : "NULL", x ? S(x->a_value) : "", x ? x->a_size : 0);
  }
  {
    char *result = (char *)"unset";
    sdp_attribute_t *x = sdp_attribute_mapped_find(audio->m_attributes, "x-map", 101, &result);
    printf("mapped 101: %s '%s'\n", x ? "found" : "none", S(result));
    x = sdp_attribute_mapped_find(audio->m_attributes, "x-map", 97, &result);
    printf("mapped 97: %s '%s'\n", x ? "found" : "none", S(result));
    x = sdp_attribute_mapped_find(audio->m_attributes, "x-map", 200, &result);
    printf("mapped 200: %s '%s'\n", x ? "found" : "none", S(result));
  }
  {
    sdp_attribute_t *list = sdp_attribute_dup(home, audio->m_attributes), *replaced = NULL, *removed;
    sdp_attribute_t *n1 = sdp_attribute_by_mode(home, sdp_sendonly), *n2;
    sdp_attribute_append(&list, n1);
    attrs("append", list);
    n2 = su_zalloc(home, sizeof *n2); n2->a_size = sizeof *n2; n2->a_name = "PTIME"; n2->a_value = "30";
    printf("replace=%d", sdp_attribute_replace(&list, n2, &replaced));
    printf(" replaced=%s\n", replaced ? S(replaced->a_value) : "NULL");
    attrs("replaced", list);
    n2 = su_zalloc(home, sizeof *n2); n2->a_size = sizeof *n2; n2->a_name = "new";
    printf("replace=%d", sdp_attribute_replace(&list, n2, &replaced));
    printf(" replaced=%p\n", (void *)replaced);
    attrs("appended", list);
    removed = sdp_attribute_remove(&list, "X-MAP");
    printf("removed %s next=%p\n", removed ? S(removed->a_value) : "NULL", removed ? (void *)removed->a_next : NULL);
    attrs("after remove", list);
    printf("remove none=%p null=%p\n", (void *)sdp_attribute_remove(&list, "none"), (void *)sdp_attribute_remove(&list, NULL));
    printf("replace null=%d\n", sdp_attribute_replace(&list, NULL, NULL));
    sdp_attribute_append(&list, NULL);
  }

  /* Media. */
  for (m = a->sdp_media; m; m = m->m_next)
    printf("media %s: has_rtp=%d uses_rtp=%d conn=%s audio/rtp=%u any=%u video/any=%u x/foo=%u\n",
           S(m->m_type_name), sdp_media_has_rtp(m), sdp_media_uses_rtp(m),
           S(sdp_media_connections(m) ? sdp_media_connections(m)->c_address : NULL),
           sdp_media_match(m, sdp_media_audio, NULL, sdp_proto_rtp, NULL),
           sdp_media_match(m, sdp_media_any, NULL, sdp_proto_x, NULL),
           sdp_media_match(m, sdp_media_video, NULL, sdp_proto_any, NULL),
           sdp_media_match(m, sdp_media_x, "FOO", sdp_proto_x, "BAR/X"));
  printf("count audio=%u any=%u udp=%u with-audio=%u with-null=%u null=%u\n",
         sdp_media_count(a, sdp_media_audio, NULL, sdp_proto_rtp, NULL),
         sdp_media_count(a, sdp_media_any, NULL, sdp_proto_any, NULL),
         sdp_media_count(a, sdp_media_application, NULL, sdp_proto_udp, NULL),
         sdp_media_count_with(a, audio), sdp_media_count_with(a, NULL),
         sdp_media_count(NULL, sdp_media_any, NULL, sdp_proto_any, NULL));
  printf("match_with audio,video=%u audio,audio=%u null,null=%u\n", sdp_media_match_with(audio, video),
         sdp_media_match_with(audio, audio), sdp_media_match_with(NULL, NULL));
  {
    sdp_media_t mm[1];
    memset(mm, 0, sizeof mm);
    mm->m_size = sizeof mm;
    sdp_media_type(mm, "VIDEO"); printf("type VIDEO: %d %s\n", mm->m_type, S(mm->m_type_name));
    sdp_media_type(mm, "*"); printf("type *: %d %s\n", mm->m_type, S(mm->m_type_name));
    sdp_media_type(mm, "other"); printf("type other: %d %s\n", mm->m_type, S(mm->m_type_name));
    sdp_media_transport(mm, "rtp/savp"); printf("proto rtp/savp: %d %s\n", mm->m_proto, S(mm->m_proto_name));
    sdp_media_transport(mm, "UdPtL"); printf("proto UdPtL: %d %s\n", mm->m_proto, S(mm->m_proto_name));
    sdp_media_transport(mm, "RTP/XYZ"); printf("proto RTP/XYZ: %d %s uses_rtp=%d\n", mm->m_proto, S(mm->m_proto_name), sdp_media_uses_rtp(mm));
    sdp_media_transport(mm, NULL); printf("proto NULL: %d %s\n", mm->m_proto, S(mm->m_proto_name));
    printf("connections of lone media: %p\n", (void *)sdp_media_connections(mm));
  }

  /* Rtpmaps. */
  {
    sdp_rtpmap_t *rm;
    sdp_rtpmap_t x[1];
    for (rm = audio->m_rtpmaps; rm; rm = rm->rm_next) {
      sdp_rtpmap_t *f = sdp_rtpmap_find_matching(audio->m_rtpmaps, rm);
      printf("rtpmap %u %s/%lu: match-self=%d find=%u well-known=%s\n", rm->rm_pt, S(rm->rm_encoding), rm->rm_rate,
             sdp_rtpmap_match(rm, rm), f ? f->rm_pt : 999,
             sdp_rtpmap_well_known[rm->rm_pt] ? S(sdp_rtpmap_well_known[rm->rm_pt]->rm_encoding) : "none");
    }
    memset(x, 0, sizeof x); x->rm_size = sizeof x;
    x->rm_encoding = "SPEEX"; x->rm_rate = 16000; x->rm_pt = 100;
    rm = sdp_rtpmap_find_matching(audio->m_rtpmaps, x);
    printf("find SPEEX/16000: %u match=%d\n", rm ? rm->rm_pt : 999, rm ? sdp_rtpmap_match(rm, x) : -1);
    x->rm_params = "2";
    rm = sdp_rtpmap_find_matching(audio->m_rtpmaps, x);
    printf("find SPEEX/16000/2: %p\n", (void *)rm);
    printf("match null: %d %d\n", sdp_rtpmap_match(NULL, NULL), sdp_rtpmap_match(x, NULL));
    for (i = 0; i < 128; i++)
      if (sdp_rtpmap_well_known[i])
        printf("well-known %u: %s/%lu/%s predef=%u pt=%u size=%d\n", (unsigned)i,
               sdp_rtpmap_well_known[i]->rm_encoding, sdp_rtpmap_well_known[i]->rm_rate,
               S(sdp_rtpmap_well_known[i]->rm_params), sdp_rtpmap_well_known[i]->rm_predef,
               sdp_rtpmap_well_known[i]->rm_pt, sdp_rtpmap_well_known[i]->rm_size);
  }

  /* Printing into caller buffers. */
  {
    char buf[64], big[2048];
    sdp_printer_t *pr;
    pr = sdp_print(home, a, big, sizeof big, 0);
    printf("big: %d %s\n", (int)sdp_message_size(pr), sdp_message(pr) == big ? "in buffer" : "elsewhere");
    sdp_printer_free(pr);
    pr = sdp_print(home, a, buf, sizeof buf, 0);
    printf("small: size=%d msg=%p error=%s\n", (int)sdp_message_size(pr), (void *)sdp_message(pr), S(sdp_printing_error(pr)));
    sdp_printer_free(pr);
    pr = sdp_print(home, a, buf, sizeof buf, sdp_f_realloc);
    printf("realloc: size=%d %s\n", (int)sdp_message_size(pr), sdp_message(pr) == buf ? "in buffer" : "elsewhere");
    printf("%s", S(sdp_message(pr)));
    sdp_printer_free(pr);
    strcpy(big, "prefix\r\n");
    pr = sdp_print(home, a, big, sizeof big, sdp_f_print_prefix);
    printf("prefix: size=%d starts=%.8s\n", (int)sdp_message_size(pr), S(sdp_message(pr)));
    sdp_printer_free(pr);
    pr = sdp_print(home, NULL, NULL, 0, 0);
    /* (Debian's printer leaves its error text unwritten here: not compared.) */
    printf("null session: msg=%p size=%d\n", (void *)sdp_message(pr), (int)sdp_message_size(pr));
    sdp_printer_free(pr);
    printf("null printer: %s %p %d\n", S(sdp_printing_error(NULL)), (void *)sdp_message(NULL), (int)sdp_message_size(NULL));
    pr = sdp_print(home, a, NULL, 0, sdp_f_strict);
    printf("strict size=%d\n", (int)sdp_message_size(pr));
    sdp_printer_free(pr);
  }

  /* Printing structures built by hand. */
  {
    sdp_session_t s[1];
    sdp_origin_t o[1];
    sdp_connection_t c[1];
    sdp_printer_t *pr;
    memset(s, 0, sizeof s); memset(o, 0, sizeof o); memset(c, 0, sizeof c);
    s->sdp_size = sizeof s;
    pr = sdp_print(home, s, NULL, 0, 0);
    printf("empty: '%s'\n", S(sdp_message(pr)));
    sdp_printer_free(pr);
    pr = sdp_print(home, s, NULL, 0, sdp_f_strict);
    printf("empty strict: '%s'\n", S(sdp_message(pr)));
    sdp_printer_free(pr);
    s->sdp_origin = o; o->o_size = sizeof o; o->o_username = "u";
    pr = sdp_print(home, s, NULL, 0, 0);
    printf("no o address: %s\n", S(sdp_printing_error(pr)));
    sdp_printer_free(pr);
    o->o_address = c; c->c_size = sizeof c; c->c_nettype = sdp_net_in; c->c_addrtype = sdp_addr_ip4;
    pr = sdp_print(home, s, NULL, 0, 0);
    printf("no c address: %s\n", S(sdp_printing_error(pr)));
    sdp_printer_free(pr);
    c->c_address = "1.2.3.4"; c->c_ttl = 5;
    pr = sdp_print(home, s, NULL, 0, 0);
    printf("o ttl: %s\n", S(sdp_printing_error(pr)));
    sdp_printer_free(pr);
    c->c_ttl = 0; c->c_addrtype = 7;
    pr = sdp_print(home, s, NULL, 0, 0);
    printf("bad addrtype: %s\n", S(sdp_printing_error(pr)));
    sdp_printer_free(pr);
    c->c_addrtype = sdp_addr_ip6; c->c_address = "::1";
    pr = sdp_print(home, s, NULL, 0, 0);
    printf("ok: %s", S(sdp_message(pr)));
    sdp_printer_free(pr);
  }

  /* Errors of malformed bodies. */
  for (i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
    sdp_parser_t *p = sdp_parse(home, malformed[i], -1, 0);
    printf("malformed %u: %s\n", (unsigned)i, sdp_session(p) ? "ok" : S(sdp_parsing_error(p)));
    sdp_parser_free(p);
  }
  for (i = 0; i < sizeof strict_bodies / sizeof strict_bodies[0]; i++) {
    sdp_parser_t *p = sdp_parse(home, strict_bodies[i], -1, sdp_f_strict);
    printf("strict %u: %s", (unsigned)i, sdp_session(p) ? "ok" : S(sdp_parsing_error(p)));
    sdp_parser_free(p);
    p = sdp_parse(home, strict_bodies[i], -1, 0);
    printf(" / lax: %s\n", sdp_session(p) ? "ok" : S(sdp_parsing_error(p)));
    sdp_parser_free(p);
  }

  /* sdp_sanity_check on an edited session, and the parser home. */
  {
    sdp_parser_t *p = sdp_parse(home, "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0\r\n", -1, 0);
    sdp_session_t *s = sdp_session(p);
    printf("sanity=%d home=%s\n", sdp_sanity_check(p), sdp_parser_home(p) ? "yes" : "no");
    s->sdp_connection = NULL;
    printf("sanity without c=%d", sdp_sanity_check(p));
    printf(" error=%s session=%s\n", S(sdp_parsing_error(p)), sdp_session(p) ? "yes" : "NULL");
    sdp_parser_free(p);
    printf("sanity null=%d\n", sdp_sanity_check(NULL));
  }

  su_home_deinit(home);
  return 0;
}
