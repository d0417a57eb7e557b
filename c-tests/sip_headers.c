/* Every header kind made from text (msg_header_make) and printed back (the value, and the
 * whole header line in normal and compact form), including lists, odd white space and
 * values that must be rejected. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_extra.h>
#include <sofia-sip/msg_header.h>

struct hdr { msg_hclass_t *hc; char const *text; };

#define H(k, t) { sip_##k##_class, t }

static struct hdr const hdrs[] = {
  H(request, "INVITE sip:bob@example.com SIP/2.0"),
  H(request, "FOO sip:bob@example.com;lr SIP/2.0"),
  H(status, "SIP/2.0 180 Ringing"),
  H(status, "SIP/2.0 200 OK"),
  H(via, "SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport"),
  H(via, "SIP / 2.0 / TCP  host.example.com ; received = 1.2.3.4 ; maddr=224.2.0.1;ttl=16"),
  H(via, "SIP/2.0/UDP a, SIP/2.0/TCP b:5070;branch=x"),
  H(via, "SIP/2.0/TLS [2001:db8::9]:5061;branch=z9hG4bKv6"),
  H(via, "SIP/2.0/UDP"),
  H(route, "<sip:p1.example.com;lr>, <sip:p2.example.com;lr;transport=tcp>"),
  H(route, "\"Proxy\" <sip:p3.example.com;lr>;foo=bar"),
  H(record_route, "<sip:rr.example.com;lr;ftag=abc>"),
  H(from, "\"Alice A.\" <sip:alice@atlanta.example.com>;tag=88sja8x"),
  H(from, "Bob <sip:bob@biloxi.example.com:5062;transport=tcp>;tag=x;epid=1"),
  H(from, "sip:anonymous@anonymous.invalid;tag=1"),
  H(from, "<tel:+1-201-555-0123;phone-context=example.com>"),
  H(to, "<sip:carol@chicago.example.com>"),
  H(to, "sip:carol@chicago.example.com?subject=x"),
  H(to, "Carol <sip:carol@chicago.example.com"),
  H(call_id, "f81d4fae-7dec-11d0-a765-00a0c91e6bf6@foo.bar.com"),
  H(call_id, "two words"),
  H(cseq, "4711 INVITE"),
  H(cseq, "1 FOOBAR"),
  H(cseq, "x INVITE"),
  H(contact, "\"Mr. Watson\" <sip:watson@worcester.bell-telephone.com>;q=0.7; expires=3600, \"Mr. Watson\" <mailto:watson@bell-telephone.com> ;q=0.1"),
  H(contact, "*"),
  H(contact, "<sip:+1234@gw.example.com;user=phone>;+sip.instance=\"<urn:uuid:1>\";reg-id=1"),
  H(max_forwards, "70"),
  H(max_forwards, "seventy"),
  H(min_expires, "60"),
  H(rseq, "988789"),
  H(rack, "776656 1 INVITE"),
  H(expires, "3600"),
  H(expires, "Thu, 01 Dec 1994 16:00:00 GMT"),
  H(date, "Sat, 13 Nov 2010 23:29:00 GMT"),
  H(date, "not a date"),
  H(retry_after, "18000;duration=3600"),
  H(retry_after, "120 (I'm in a meeting)"),
  H(timestamp, "54.3"),
  H(timestamp, "54 0.5"),
  H(subject, "Need more boxes"),
  H(subject, ""),
  H(priority, "emergency"),
  H(organization, "Boxes by Bob"),
  H(server, "HomeServer v2"),
  H(user_agent, "Softphone Beta1.5 (linux)"),
  H(in_reply_to, "70710@saturn.bell-tel.com, 17320@saturn.bell-tel.com"),
  H(mime_version, "1.0"),
  H(accept, "application/sdp;level=1, application/x-private, text/html"),
  H(accept, "*/*"),
  H(accept_encoding, "gzip;q=1.0, identity; q=0.5, *;q=0"),
  H(accept_language, "da, en-gb;q=0.8, en;q=0.7"),
  H(allow, "INVITE, ACK, OPTIONS, CANCEL, BYE, FOO"),
  H(require, "100rel"),
  H(proxy_require, "foo, bar"),
  H(supported, "100rel, timer ,replaces"),
  H(unsupported, "foo"),
  H(event, "presence;id=1"),
  H(event, "refer"),
  H(allow_events, "presence, dialog, refer"),
  H(subscription_state, "active;expires=60"),
  H(subscription_state, "terminated;reason=timeout;retry-after=10"),
  H(proxy_authenticate, "Digest realm=\"atlanta.com\", domain=\"sip:ss1.carrier.com\", qop=\"auth\", nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", opaque=\"\", stale=FALSE, algorithm=MD5"),
  H(www_authenticate, "Digest realm=\"biloxi.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""),
  H(authorization, "Digest username=\"bob\", realm=\"biloxi.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"sip:bob@biloxi.com\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""),
  H(proxy_authorization, "Digest username=\"alice\", realm = \"atlanta.com\" , nonce=\"x\""),
  H(authentication_info, "nextnonce=\"47364c23432d2e131a5fb210812c\""),
  H(error_info, "<sip:not-in-service-recording@atlanta.com>"),
  H(call_info, "<http://wwww.example.com/alice/photo.jpg> ;purpose=icon, <http://www.example.com/alice/> ;purpose=info"),
  H(warning, "307 isi.edu \"Session parameter 'foo' not understood\""),
  H(warning, "301 isi.edu:5060 \"Incompatible network address type 'E.164'\""),
  H(refer_to, "<sip:carol@cleveland.example.org?Replaces=abc%40def%3Bto-tag%3Dx>"),
  H(refer_to, "sip:carol@cleveland.example.org"),
  H(referred_by, "<sip:referrer@referrer.example>;cid=\"20398823.2UWQFN309shb3@referrer.example\""),
  H(replaces, "98732@sip.example.com;from-tag=r33th4x0r;to-tag=ff87ff"),
  H(replaces, "12345@192.168.118.3;to-tag=12345;from-tag=54321;early-only"),
  H(session_expires, "4000;refresher=uac"),
  H(session_expires, "90"),
  H(min_se, "90;lr"),
  H(path, "<sip:P3.EXAMPLEHOME.COM;lr>,<sip:P1.EXAMPLEVISITED.COM;lr>"),
  H(service_route, "<sip:P2.HOME.EXAMPLE.COM;lr>, <sip:HSP.HOME.EXAMPLE.COM;lr>"),
  H(reason, "SIP;cause=580;text=\"Precondition Failure\""),
  H(reason, "Q.850 ;cause=16 ;text=\"Terminated\""),
  H(security_client, "ipsec-ike;q=0.1, tls;q=0.2"),
  H(security_server, "tls;q=0.2;d-alg=md5"),
  H(security_verify, "tls;q=0.2"),
  H(privacy, "id; user"),
  H(etag, "dx200xyz"),
  H(if_match, "dx200xyz"),
  H(content_type, "application/sdp"),
  H(content_type, "multipart/mixed; boundary=\"unique-boundary-1\""),
  H(content_type, "text"),
  H(content_encoding, "gzip, tar"),
  H(content_language, "fr, de"),
  H(content_disposition, "session;handling=required"),
  H(content_disposition, "attachment; filename=smime.p7s;handling=optional"),
  H(content_length, "349"),
  H(content_length, "-1"),
  H(accept_contact, "*;audio;require"),
  H(reject_contact, "*;actor=\"msg-taker\";video"),
  H(request_disposition, "proxy, recurse, parallel"),
  H(refer_sub, "false"),
  H(alert_info, "<http://www.example.com/sounds/moo.wav>"),
  H(reply_to, "Bob <sip:bob@biloxi.com>"),
  H(p_asserted_identity, "\"Cullen Jennings\" <sip:fluffy@cisco.com>"),
  H(p_preferred_identity, "<tel:+14085264000>"),
  H(remote_party_id, "\"John Doe\" <sip:jdoe@foo.com>;party=calling;id-type=subscriber;privacy=full;screen=yes"),
  { NULL, NULL }
};

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  char buf[1024];

  for (int i = 0; hdrs[i].hc; i++) {
    msg_header_t *h = msg_header_make(home, hdrs[i].hc, hdrs[i].text);
    printf("%s: [%s]\n", hdrs[i].hc->hc_name ? hdrs[i].hc->hc_name : "(start line)", hdrs[i].text);
    if (!h) {
      printf("  -> rejected\n");
      continue;
    }
    for (msg_header_t *x = h; x; x = x->sh_next) {
      /* Sofia's sip_header_as_string() cuts long values (a deviation): compare those through
       * msg_header_e() only. */
      if (msg_header_field_e(buf, sizeof buf, x, 0) < 128)
        printf("  -> [%s]\n", sip_header_as_string(home, (sip_header_t *)x));
      msg_header_e(buf, sizeof buf, x, 0);
      printf("     line: %s", buf);
      msg_header_e(buf, sizeof buf, x, MSG_FLG_COMPACT);
      printf("     compact: %s", buf);
    }
    {
      msg_header_t *d = msg_header_dup(home, h);
      if (d)
        msg_header_field_e(buf, sizeof buf, d, 0);
      printf("  dup: [%s]\n", d ? buf : "(null)");
    }
  }
  su_home_deinit(home);
  return 0;
}
