/* Parsing a typical INVITE (with an SDP body) into a msg_t/sip_t and freeing it, N times;
 * every iteration also reads a few fields as an application would.
 * Usage: bench_parse N */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/msg.h>

static char const invite[] =
  "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
  "Via: SIP/2.0/UDP pc33.atlanta.example.com:5060;branch=z9hG4bK776asdhds;rport\r\n"
  "Via: SIP/2.0/TCP proxy.example.com;branch=z9hG4bK-proxy-1;received=192.0.2.10\r\n"
  "Max-Forwards: 70\r\n"
  "To: Bob <sip:bob@biloxi.example.com>\r\n"
  "From: Alice <sip:alice@atlanta.example.com>;tag=1928301774\r\n"
  "Call-ID: a84b4c76e66710@pc33.atlanta.example.com\r\n"
  "CSeq: 314159 INVITE\r\n"
  "Contact: <sip:alice@pc33.atlanta.example.com;transport=udp>\r\n"
  "Record-Route: <sip:proxy.example.com;lr>\r\n"
  "Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY, INFO, UPDATE, PRACK\r\n"
  "Supported: timer, 100rel, replaces\r\n"
  "Session-Expires: 1800;refresher=uac\r\n"
  "User-Agent: bench/1.0\r\n"
  "Content-Type: application/sdp\r\n"
  "Content-Length: 224\r\n"
  "\r\n"
  "v=0\r\n"
  "o=alice 2890844526 2890844526 IN IP4 pc33.atlanta.example.com\r\n"
  "s=-\r\n"
  "c=IN IP4 192.0.2.101\r\n"
  "t=0 0\r\n"
  "m=audio 49172 RTP/AVP 0 8 101\r\n"
  "a=rtpmap:0 PCMU/8000\r\n"
  "a=rtpmap:8 PCMA/8000\r\n"
  "a=rtpmap:101 telephone-event/8000\r\n"
  "a=sendrecv\r\n";

int main(int argc, char **argv)
{
  unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000, i, sum = 0;
  for (i = 0; i < n; i++) {
    msg_t *msg = msg_make(sip_default_mclass(), 0, invite, sizeof invite - 1);
    sip_t *sip = sip_object(msg);
    if (!sip || !sip->sip_from || !sip->sip_payload)
      return 1;
    sum += sip->sip_cseq->cs_seq + strlen(sip->sip_from->a_tag) + sip->sip_payload->pl_len;
    msg_destroy(msg);
  }
  printf("%lu\n", sum);
  return 0;
}
