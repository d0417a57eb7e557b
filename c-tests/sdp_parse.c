/* SDP parsing and printing on the bodies of testdata/sdp/ (embedded below: the tests run
 * in their own directories): every field of the parsed session with several parser
 * flags, the parsing error texts, then sdp_print() output with several printer flags.
 * The array is testdata/sdp/*.sdp except deviations.sdp (where ours differs from
 * Debian's library on purpose; tested in Rust). Keep in sync when adding bodies. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sdp.h>

struct body { char const *name, *text; };

static struct body const bodies[] = {
  { "anynet.sdp",
    "v=0\r\n"
    "o=- 1 1 ATM NSAP 47.0005.80.ffe100.0000.f21a.01.0000.0000.0000.01\r\n"
    "s=-\r\n"
    "c=ATM NSAP 47.0005.80.ffe100.0000.f21a.01.0000.0000.0000.01\r\n"
    "t=0 0\r\n"
    "m=audio 3456 RTP/AVP 0\r\n"
    "" },
  { "bad-addrtype.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IPX 10.6.6.6\r\n"
    "" },
  { "bad-attr.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "a=:x\r\n"
    "" },
  { "bad-bw.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "b=AS:x\r\n"
    "" },
  { "bad-groups.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "c=IN IP4 224.1.1.1/16/x\r\n"
    "" },
  { "bad-line.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "xyz\r\n"
    "" },
  { "bad-origin.sdp",
    "v=0\r\n"
    "o=- x 1 IN IP4 10.6.6.6\r\n"
    "" },
  { "bad-payload.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "c=IN IP4 10.6.6.6\r\n"
    "t=0 0\r\n"
    "m=audio 9 RTP/AVP 0 200\r\n"
    "" },
  { "bad-port.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "c=IN IP4 10.6.6.6\r\n"
    "t=0 0\r\n"
    "m=audio x RTP/AVP 0\r\n"
    "" },
  { "bad-repeat.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "t=0 0\r\n"
    "r=1d\r\n"
    "" },
  { "bad-rtpmap.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "c=IN IP4 10.6.6.6\r\n"
    "t=0 0\r\n"
    "m=audio 9 RTP/AVP 96\r\n"
    "a=rtpmap:96 foo\r\n"
    "" },
  { "bad-time.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "t=now\r\n"
    "" },
  { "bad-ttl.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "c=IN IP4 224.1.1.1/300\r\n"
    "" },
  { "bad-version.sdp",
    "v=1\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "s=-\r\n"
    "" },
  { "bad-zone.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "t=0 0\r\n"
    "z=abc\r\n"
    "" },
  { "classic-audio.sdp",
    "v=0\r\n"
    "o=alice 2890844526 2890844526 IN IP4 host.atlanta.example.com\r\n"
    "s=-\r\n"
    "c=IN IP4 192.0.2.101\r\n"
    "t=0 0\r\n"
    "m=audio 49170 RTP/AVP 0\r\n"
    "" },
  { "empty.sdp",
    "" },
  { "g711-dtmf.sdp",
    "v=0\r\n"
    "o=- 1234 5678 IN IP4 10.0.0.1\r\n"
    "s=call\r\n"
    "c=IN IP4 10.0.0.1\r\n"
    "b=CT:128\r\n"
    "t=0 0\r\n"
    "m=audio 30000 RTP/AVP 0 8 18 101\r\n"
    "b=AS:64\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=fmtp:101 0-16\r\n"
    "a=fmtp:18 annexb=no\r\n"
    "a=ptime:20\r\n"
    "a=sendrecv\r\n"
    "" },
  { "lf-only.sdp",
    "v=0\n"
    "o=- 1 1 IN IP4 10.1.1.1\n"
    "s=-\n"
    "c=IN IP4 10.1.1.1\n"
    "t=0 0\n"
    "m=audio 1000 RTP/AVP 8\n"
    "" },
  { "many.sdp",
    "v=0\r\n"
    "o=x 0 0 IN IP4 203.0.113.9\r\n"
    "s=many\r\n"
    "c=IN IP4 224.2.17.12/127/3\r\n"
    "b=CT:100\r\n"
    "t=3034423619 3042462419\r\n"
    "t=0 0\r\n"
    "k=clear:secret\r\n"
    "a=charset:ISO-8859-1\r\n"
    "a=sendonly\r\n"
    "a=orient:portrait\r\n"
    "a=type:broadcast\r\n"
    "a=flag\r\n"
    "m=audio 7000/2 RTP/AVP 0 3 4 97 98\r\n"
    "c=IN IP4 203.0.113.10\r\n"
    "c=IN IP4 203.0.113.11\r\n"
    "k=base64:c2VjcmV0\r\n"
    "a=rtpmap:97 L16/16000/2\r\n"
    "a=rtpmap:98 speex/16000\r\n"
    "a=fmtp:98 vbr=on\r\n"
    "a=maxptime:40\r\n"
    "m=application 5000 TCP/MSRP *\r\n"
    "a=accept-types:message/cpim text/plain\r\n"
    "a=path:msrp://203.0.113.9:5000/kjhd37s2s2;tcp\r\n"
    "m=text 5002 RTP/AVP 98 100\r\n"
    "a=rtpmap:98 t140/1000\r\n"
    "a=rtpmap:100 red/1000\r\n"
    "m=message 5003 TCP/MSRP *\r\n"
    "m=control 5004 tcp x\r\n"
    "m=data 5005 UDP y z\r\n"
    "m=foo 5006 bar/baz fmt\r\n"
    "a=inactive\r\n"
    "" },
  { "no-c.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.4.4.4\r\n"
    "s=-\r\n"
    "t=0 0\r\n"
    "m=audio 4000 RTP/AVP 0\r\n"
    "" },
  { "no-o.sdp",
    "v=0\r\n"
    "s=-\r\n"
    "c=IN IP4 10.5.5.5\r\n"
    "t=0 0\r\n"
    "m=audio 5000 RTP/AVP 0\r\n"
    "" },
  { "no-proto.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "c=IN IP4 10.6.6.6\r\n"
    "t=0 0\r\n"
    "m=audio 9\r\n"
    "" },
  { "opus.sdp",
    "v=0\r\n"
    "o=user 1 1 IN IP6 2001:db8::1\r\n"
    "s=opus\r\n"
    "c=IN IP6 2001:db8::1\r\n"
    "t=0 0\r\n"
    "m=audio 5004 RTP/AVP 111 9\r\n"
    "a=rtpmap:111 opus/48000/2\r\n"
    "a=fmtp:111 minptime=10;useinbandfec=1\r\n"
    "a=rtpmap:9 G722/8000\r\n"
    "a=recvonly\r\n"
    "" },
  { "rejected.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.3.3.3\r\n"
    "s=-\r\n"
    "t=0 0\r\n"
    "m=audio 0 RTP/AVP 0\r\n"
    "m=video 3000 RTP/AVP 31\r\n"
    "c=IN IP4 0.0.0.0\r\n"
    "" },
  { "repeat-no-time.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "r=1d 1h\r\n"
    "" },
  { "spaces.sdp",
    "v=0\r\n"
    "o= user  1   2  IN IP4   10.2.2.2  \r\n"
    "s= \r\n"
    "c=in ip4 10.2.2.2\r\n"
    "t= 0 0\r\n"
    "m=audio  2000  rtp/avp  0  8 \r\n"
    "a= rtpmap:8 PCMA/8000\r\n"
    "a=fmtp:99 unknown\r\n"
    "a=rtpmap:99 x/1\r\n"
    "" },
  { "srtp-savp.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 198.51.100.1\r\n"
    "s=-\r\n"
    "c=IN IP4 198.51.100.1\r\n"
    "t=0 0\r\n"
    "m=audio 40000 RTP/SAVP 0 101\r\n"
    "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=rtcp-mux\r\n"
    "" },
  { "t38-image.sdp",
    "v=0\r\n"
    "o=fax 1 2 IN IP4 192.0.2.5\r\n"
    "s=T.38\r\n"
    "c=IN IP4 192.0.2.5\r\n"
    "t=0 0\r\n"
    "m=image 6000 udptl t38\r\n"
    "a=T38FaxVersion:0\r\n"
    "a=T38MaxBitRate:14400\r\n"
    "a=T38FaxRateManagement:transferredTCF\r\n"
    "" },
  { "truncated.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.1.1.1\r\n"
    "s=-\r\n"
    "c=IN IP4 10.1.1.1\r\n"
    "t=0 0\r\n"
    "m=audio 1000 RTP/AVP 0 8\r\n"
    "a=rtpmap:8 PCMA/8000" },
  { "unknown-field.sdp",
    "v=0\r\n"
    "o=- 1 1 IN IP4 10.6.6.6\r\n"
    "q=what\r\n"
    "" },
  { "video.sdp",
    "v=0\r\n"
    "o=bob 2808844564 2808844564 IN IP4 host.biloxi.example.com\r\n"
    "s=\r\n"
    "i=A video call\r\n"
    "u=http://www.example.com/seminars/sdp.pdf\r\n"
    "e=j.doe@example.com (Jane Doe)\r\n"
    "p=+1 617 555-6011\r\n"
    "c=IN IP4 host.biloxi.example.com\r\n"
    "t=2873397496 2873404696\r\n"
    "r=7d 1h 0 25h\r\n"
    "z=2882844526 -1h 2898848070 0\r\n"
    "k=prompt\r\n"
    "a=recvonly\r\n"
    "a=tool:sofia-rs\r\n"
    "m=audio 49172 RTP/AVP 0 97\r\n"
    "a=rtpmap:97 iLBC/8000\r\n"
    "m=video 51372 RTP/AVP 31 34 96\r\n"
    "b=AS:512\r\n"
    "a=rtpmap:96 H264/90000\r\n"
    "a=fmtp:96 profile-level-id=42e01f;packetization-mode=1\r\n"
    "a=sendonly\r\n"
    "a=framerate:30\r\n"
    "m=video 0 RTP/AVP 32\r\n"
    "a=sendrecv\r\n"
    "" },
  { "webrtc.sdp",
    "v=0\r\n"
    "o=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n"
    "s=-\r\n"
    "t=0 0\r\n"
    "a=group:BUNDLE 0 1\r\n"
    "a=extmap-allow-mixed\r\n"
    "a=msid-semantic: WMS stream0\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\n"
    "c=IN IP4 0.0.0.0\r\n"
    "a=rtcp:9 IN IP4 0.0.0.0\r\n"
    "a=candidate:1467250027 1 udp 2122260223 192.168.0.196 46243 typ host generation 0\r\n"
    "a=candidate:1853887674 1 udp 1518280447 47.61.61.61 36768 typ srflx raddr 192.168.0.196 rport 36768 generation 0\r\n"
    "a=ice-ufrag:i3nX\r\n"
    "a=ice-pwd:Ha8fLw0uFmhxTYQ3tGzPGYgx\r\n"
    "a=ice-options:trickle\r\n"
    "a=fingerprint:sha-256 75:74:5A:A6:A4:E5:52:F4:A7:67:4C:01:C7:EE:91:3F:21:3D:A2:E3:53:7B:6F:30:86:F2:30:AA:65:FB:04:24\r\n"
    "a=setup:actpass\r\n"
    "a=mid:0\r\n"
    "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\n"
    "a=sendrecv\r\n"
    "a=msid:stream0 audio0\r\n"
    "a=rtcp-mux\r\n"
    "a=rtpmap:111 opus/48000/2\r\n"
    "a=rtcp-fb:111 transport-cc\r\n"
    "a=fmtp:111 minptime=10;useinbandfec=1\r\n"
    "a=rtpmap:63 red/48000/2\r\n"
    "a=fmtp:63 111/111\r\n"
    "a=rtpmap:9 G722/8000\r\n"
    "a=rtpmap:0 PCMU/8000\r\n"
    "a=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:13 CN/8000\r\n"
    "a=rtpmap:110 telephone-event/48000\r\n"
    "a=rtpmap:126 telephone-event/8000\r\n"
    "a=ssrc:3570614608 cname:4TOk42mSjXCkVIa6\r\n"
    "a=ssrc:3570614608 msid:stream0 audio0\r\n"
    "m=video 9 UDP/TLS/RTP/SAVPF 96 97\r\n"
    "c=IN IP4 0.0.0.0\r\n"
    "b=AS:2000\r\n"
    "a=rtcp:9 IN IP4 0.0.0.0\r\n"
    "a=ice-ufrag:i3nX\r\n"
    "a=ice-pwd:Ha8fLw0uFmhxTYQ3tGzPGYgx\r\n"
    "a=fingerprint:sha-256 75:74:5A:A6:A4:E5:52:F4:A7:67:4C:01:C7:EE:91:3F:21:3D:A2:E3:53:7B:6F:30:86:F2:30:AA:65:FB:04:24\r\n"
    "a=setup:actpass\r\n"
    "a=mid:1\r\n"
    "a=sendonly\r\n"
    "a=msid:stream0 video0\r\n"
    "a=rtcp-mux\r\n"
    "a=rtcp-rsize\r\n"
    "a=rtpmap:96 VP8/90000\r\n"
    "a=rtcp-fb:96 nack\r\n"
    "a=rtcp-fb:96 nack pli\r\n"
    "a=rtpmap:97 rtx/90000\r\n"
    "a=fmtp:97 apt=96\r\n"
    "a=ssrc-group:FID 1 2\r\n"
    "a=ssrc:1 cname:4TOk42mSjXCkVIa6\r\n"
    "a=ssrc:2 cname:4TOk42mSjXCkVIa6\r\n"
    "" },
};

#define S(x) ((x) ? (x) : "(NULL)")

/* Bandwidth modifier as printed text: Debian's 1.12 stores AS as an unknown modifier
 * named "AS", ours as sdp_bw_as (see docs/deviations.md, SDP). */
static char const *bwname(sdp_bandwidth_t const *b)
{
  if (b->b_modifier == sdp_bw_ct) return "CT";
  if (b->b_modifier == sdp_bw_as) return "AS";
  return S(b->b_modifier_name);
}

static void print_connections(char const *pfx, sdp_connection_t const *c)
{
  for (; c; c = c->c_next)
    printf("%sc: size=%d net=%d addr=%d '%s' ttl=%u mcast=%u groups=%u\n", pfx, c->c_size,
           c->c_nettype, c->c_addrtype, S(c->c_address), c->c_ttl, c->c_mcast, c->c_groups);
}

static void print_bandwidths(char const *pfx, sdp_bandwidth_t const *b)
{
  for (; b; b = b->b_next)
    printf("%sb: %s %lu\n", pfx, bwname(b), b->b_value);
}

static void print_attributes(char const *pfx, sdp_attribute_t const *a)
{
  for (; a; a = a->a_next)
    printf("%sa: size=%d '%s' = '%s'\n", pfx, a->a_size, S(a->a_name), S(a->a_value));
}

static void print_key(char const *pfx, sdp_key_t const *k)
{
  if (k)
    printf("%sk: method=%d '%s' '%s'\n", pfx, k->k_method, S(k->k_method_name), S(k->k_material));
}

static void print_session(sdp_session_t const *sdp)
{
  sdp_list_t const *l;
  sdp_time_t const *t;
  sdp_media_t const *m;

  printf("  size=%d version=%lu\n", sdp->sdp_size, sdp->sdp_version[0]);
  if (sdp->sdp_origin) {
    sdp_origin_t const *o = sdp->sdp_origin;
    printf("  o: size=%d '%s' %llu %llu\n", o->o_size, S(o->o_username),
           (unsigned long long)o->o_id, (unsigned long long)o->o_version);
    print_connections("  o.", o->o_address);
  }
  printf("  s='%s' i='%s' u='%s' charset='%s'\n", S(sdp->sdp_subject),
         S(sdp->sdp_information), S(sdp->sdp_uri), S(sdp->sdp_charset));
  for (l = sdp->sdp_emails; l; l = l->l_next) printf("  e: '%s'\n", S(l->l_text));
  for (l = sdp->sdp_phones; l; l = l->l_next) printf("  p: '%s'\n", S(l->l_text));
  print_connections("  ", sdp->sdp_connection);
  print_bandwidths("  ", sdp->sdp_bandwidths);
  for (t = sdp->sdp_time; t; t = t->t_next) {
    printf("  t: size=%d %lu %lu\n", t->t_size, t->t_start, t->t_stop);
    if (t->t_repeat) {
      sdp_repeat_t const *r = t->t_repeat;
      int i;
      printf("  r: size=%d n=%d %lu %lu", r->r_size, r->r_number_of_offsets, r->r_interval, r->r_duration);
      for (i = 0; i < r->r_number_of_offsets; i++) printf(" %lu", r->r_offsets[i]);
      printf("\n");
    }
    if (t->t_zone) {
      sdp_zone_t const *z = t->t_zone;
      int i;
      printf("  z: size=%d n=%d", z->z_size, z->z_number_of_adjustments);
      for (i = 0; i < z->z_number_of_adjustments; i++)
        printf(" %lu/%ld", z->z_adjustments[i].z_at, z->z_adjustments[i].z_offset);
      printf("\n");
    }
  }
  print_key("  ", sdp->sdp_key);
  print_attributes("  ", sdp->sdp_attributes);
  for (m = sdp->sdp_media; m; m = m->m_next) {
    sdp_rtpmap_t const *rm;
    printf("  m: size=%d type=%d '%s' port=%lu n=%lu proto=%d '%s' rejected=%u mode=%u session=%s\n",
           m->m_size, m->m_type, S(m->m_type_name), m->m_port, m->m_number_of_ports,
           m->m_proto, S(m->m_proto_name), m->m_rejected, m->m_mode,
           m->m_session == sdp ? "ok" : "WRONG");
    for (l = m->m_format; l; l = l->l_next) printf("    fmt: '%s'\n", S(l->l_text));
    for (rm = m->m_rtpmaps; rm; rm = rm->rm_next)
      printf("    rtpmap: size=%d pt=%u '%s' %lu params='%s' fmtp='%s' predef=%u any=%u\n",
             rm->rm_size, rm->rm_pt, S(rm->rm_encoding), rm->rm_rate, S(rm->rm_params),
             S(rm->rm_fmtp), rm->rm_predef, rm->rm_any);
    printf("    i='%s'\n", S(m->m_information));
    print_connections("    ", m->m_connections);
    printf("    media_connections: %s\n", S(sdp_media_connections(m) ? sdp_media_connections(m)->c_address : NULL));
    print_bandwidths("    ", m->m_bandwidths);
    print_key("    ", m->m_key);
    print_attributes("    ", m->m_attributes);
  }
}

static void print_text(su_home_t *home, sdp_session_t const *sdp, int flags)
{
  sdp_printer_t *pr = sdp_print(home, sdp, NULL, 0, flags);
  if (sdp_message(pr))
    printf("  print(%d) %d bytes:\n%s", flags, (int)sdp_message_size(pr), sdp_message(pr));
  else
    printf("  print(%d) error: %s\n", flags, S(sdp_printing_error(pr)));
  sdp_printer_free(pr);
}

int main(void)
{
  static int const flags[] = {
    0, sdp_f_strict, sdp_f_anynet, sdp_f_insane | sdp_f_c_missing, sdp_f_mode_manual,
    sdp_f_mode_0000, sdp_f_config, sdp_f_anynet | sdp_f_c_missing
  };
  static int const pflags[] = { 0, sdp_f_all_rtpmaps, sdp_f_mode_always, sdp_f_mode_manual };
  su_home_t home[1] = { SU_HOME_INIT(home) };
  size_t i, j, k;

  for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
    for (j = 0; j < sizeof flags / sizeof flags[0]; j++) {
      sdp_parser_t *p = sdp_parse(home, bodies[i].text, (issize_t)strlen(bodies[i].text), flags[j]);
      sdp_session_t *sdp = sdp_session(p);
      printf("== %s flags=%d: %s\n", bodies[i].name, flags[j], sdp ? "ok" : S(sdp_parsing_error(p)));
      if (sdp) {
        print_session(sdp);
        if (sdp->sdp_time && sdp->sdp_time->t_next)
          printf("  print skipped: several t= lines (see docs/deviations.md, SDP)\n");
        else if (j == 0)
          for (k = 0; k < sizeof pflags / sizeof pflags[0]; k++)
            print_text(home, sdp, pflags[k]);
        else
          print_text(home, sdp, 0);
        printf("  sanity=%d\n", sdp_sanity_check(p));
      }
      sdp_parser_free(p);
    }
  }

  /* msgsize -1 (up to the NUL), a shorter msgsize, NULL input, embedded NUL. */
  {
    sdp_parser_t *p = sdp_parse(home, bodies[0].text, -1, 0);
    printf("strlen: %s\n", sdp_session(p) ? "ok" : S(sdp_parsing_error(p)));
    sdp_parser_free(p);
    p = sdp_parse(home, "v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0", 38, 0);
    printf("short: %s media=%p\n", sdp_session(p) ? "ok" : S(sdp_parsing_error(p)),
           sdp_session(p) ? (void *)sdp_session(p)->sdp_media : NULL);
    sdp_parser_free(p);
    p = sdp_parse(home, NULL, 0, 0);
    printf("null: %s session=%p\n", S(sdp_parsing_error(p)), (void *)sdp_session(p));
    sdp_parser_free(p);
    p = sdp_parse(home, "v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\n\0m=x", 35, 0);
    printf("nul: %s\n", sdp_session(p) ? "ok" : S(sdp_parsing_error(p)));
    sdp_parser_free(p);
  }

  su_home_deinit(home);
  return 0;
}
